import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, symlinkSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { createPlugin, ScaffoldError } from "./create-plugin.js";

const sdkRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const workspace = mkdtempSync(join(tmpdir(), "solidaria-scaffold-"));
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

describe("createPlugin", () => {
  it("creates a plugin package whose test passes as generated", () => {
    // A one-word name and a title with quotes and a comment terminator: still valid TypeScript and a valid id.
    const target = createPlugin({
      name: "conare",
      jurisdiction: "BR",
      title: 'Portal "CONARE" */ cards',
      into: join(workspace, "packages", "plugins"),
    });
    const source = readFileSync(join(target, "src", "index.ts"), "utf8");
    expect(source).toContain('jurisdiction: "BR"');
    expect(source).toContain('id: "br.conare"');
    expect(source).toContain('name: "Portal \\"CONARE\\" */ cards"');
    // Link the workspace packages and tools the way pnpm would, then run the generated test for real.
    const modules = join(target, "node_modules", "@solidaria");
    mkdirSync(modules, { recursive: true });
    symlinkSync(sdkRoot, join(modules, "sdk"));
    symlinkSync(join(sdkRoot, "..", "domain"), join(modules, "domain"));
    symlinkSync(join(sdkRoot, "node_modules", "vitest"), join(target, "node_modules", "vitest"));
    symlinkSync(join(sdkRoot, "..", "..", "tsconfig.base.json"), join(workspace, "tsconfig.base.json"));
    symlinkSync(join(sdkRoot, "..", "..", "vitest.shared.ts"), join(workspace, "vitest.shared.ts"));
    const output = execFileSync(process.execPath, [join(sdkRoot, "node_modules", "vitest", "vitest.mjs"), "run"], {
      cwd: target,
      encoding: "utf8",
      env: { ...process.env, CI: "true" },
    });
    expect(output).toMatch(/2 passed/);
  }, 60_000);

  it("refuses bad names and existing folders", () => {
    expect(() => createPlugin({ name: "Bad Name", jurisdiction: "BR", into: workspace })).toThrow(ScaffoldError);
    expect(() => createPlugin({ name: "x", jurisdiction: "Brazil", into: workspace })).toThrow(/ISO 3166-1/);
    createPlugin({ name: "twice", jurisdiction: "PE", into: workspace });
    expect(() => createPlugin({ name: "twice", jurisdiction: "PE", into: workspace })).toThrow(/already exists/);
  });
});
