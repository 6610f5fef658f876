import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import * as prettier from "prettier";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPlugin, ScaffoldError } from "./create-plugin.js";
import { languageOf } from "./options.js";

const run = promisify(execFile);
const sdkRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const workspace = mkdtempSync(join(tmpdir(), "solidaria-scaffold-"));
const plugins = join(workspace, "packages", "plugins");

beforeAll(() => {
  // The shared configuration the generated packages extend, where it sits in the repository.
  symlinkSync(join(sdkRoot, "..", "..", "tsconfig.base.json"), join(workspace, "tsconfig.base.json"));
  symlinkSync(join(sdkRoot, "..", "..", "vitest.shared.ts"), join(workspace, "vitest.shared.ts"));
});
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

/** Links the workspace packages and tools into a generated package the way pnpm would. */
function link(target: string): void {
  const modules = join(target, "node_modules", "@solidaria");
  mkdirSync(modules, { recursive: true });
  symlinkSync(sdkRoot, join(modules, "sdk"));
  symlinkSync(join(sdkRoot, "..", "domain"), join(modules, "domain"));
  symlinkSync(join(sdkRoot, "node_modules", "vitest"), join(target, "node_modules", "vitest"));
}

/** Runs the generated package's own test, in its own folder, as `pnpm test` would; resolves with its report. */
async function runGeneratedTest(target: string): Promise<string> {
  link(target);
  const { stdout } = await run(process.execPath, [join(sdkRoot, "node_modules", "vitest", "vitest.mjs"), "run"], {
    cwd: target,
    encoding: "utf8",
    // Plain text, so that the report can be read.
    env: { ...process.env, CI: "true", NO_COLOR: "1" },
  });
  return stdout;
}

const read = (target: string, path: string) => readFileSync(join(target, path), "utf8");

describe("createPlugin", () => {
  // Each layout once, each language at least once; the saved page, the plugin and the test agree.
  const variants = [
    {
      name: "pe-cepr-table",
      jurisdiction: "PE",
      layout: "table",
      lang: "es",
      fixture: "case-list.html",
      label: "Nacionalidad",
    },
    {
      name: "conare",
      jurisdiction: "BR",
      layout: "cards",
      lang: "pt",
      fixture: "case-cards.html",
      label: "Nacionalidade",
    },
    {
      name: "jm-detail",
      jurisdiction: "JM",
      layout: "detail",
      lang: "en",
      fixture: "case-detail.html",
      label: "Nationality",
    },
  ] as const;

  it.each(variants)(
    "creates a $layout plugin in $lang for $jurisdiction whose test passes as generated",
    async (variant) => {
      const target = await createPlugin({
        name: variant.name,
        jurisdiction: variant.jurisdiction,
        layout: variant.layout,
        into: plugins,
        // Quotes and a comment terminator: still valid TypeScript.
        title: `Portal "${variant.name}" */ ${variant.layout}`,
      });
      const page = read(target, `fixtures/${variant.fixture}`);
      expect(page).toContain(`<html lang="${variant.lang}">`);
      expect(page).toContain(variant.label);
      const source = read(target, "src/index.ts");
      expect(source).toContain(`jurisdiction: "${variant.jurisdiction}"`);
      expect(source).toContain(JSON.stringify(variant.label));
      // Formatted as the workspace formats code: quotes inside, so single quotes outside.
      expect(source).toContain(`name: 'Portal "${variant.name}" */ ${variant.layout}'`);
      const report = await runGeneratedTest(target);
      expect(report).toMatch(/Tests\s+2 passed \(2\)/);
    },
    120_000,
  );

  it("asserts what the rules conclude in the jurisdiction, also where they cannot decide", async () => {
    const known = read(
      await createPlugin({ name: "pe-known", jurisdiction: "PE", into: plugins }),
      "test/plugin.test.ts",
    );
    expect(known).toMatch(/codes\)\.toEqual\(\[[^\]]*"appeal\.available"/);
    // No legal profile for Jamaica: the next remedy cannot be named, and the test says so.
    const unknown = read(
      await createPlugin({ name: "jm-unknown", jurisdiction: "JM", into: plugins }),
      "test/plugin.test.ts",
    );
    expect(unknown).toMatch(/undetermined\.map\(\(rule\) => rule\.code\)\)\.toEqual\(\[[^\]]*"appeal\.available"/);
  });

  it("takes the language from the country unless --lang says otherwise", async () => {
    expect(languageOf("BR")).toBe("pt");
    expect(languageOf("EC")).toBe("es");
    expect(languageOf("GY")).toBe("en");
    expect(languageOf("BR", "es")).toBe("es");
    const target = await createPlugin({ name: "br-in-spanish", jurisdiction: "BR", lang: "es", into: plugins });
    expect(read(target, "fixtures/case-list.html")).toContain('<html lang="es">');
    expect(read(target, "src/index.ts")).toContain('"Fecha de solicitud"');
  });

  it("names the option and the values it takes when one is wrong", async () => {
    const attempt = (options: Partial<Parameters<typeof createPlugin>[0]>) =>
      createPlugin({ name: "x", jurisdiction: "PE", into: plugins, ...options });
    await expect(attempt({ layout: "grid" })).rejects.toThrow(
      new ScaffoldError('--layout: expected one of table, cards, detail; got "grid"'),
    );
    await expect(attempt({ lang: "fr" })).rejects.toThrow(
      new ScaffoldError('--lang: expected one of es, pt, en; got "fr"'),
    );
    await expect(attempt({ jurisdiction: "Brazil" })).rejects.toThrow(
      '--jurisdiction: expected an ISO 3166-1 alpha-2 country code such as BR; got "Brazil"',
    );
    await expect(attempt({ jurisdiction: "XX" })).rejects.toThrow("--jurisdiction");
    await expect(attempt({ name: "Bad Name" })).rejects.toThrow("NAME: expected lower-case words joined by dashes");
    // Every problem at once.
    await expect(attempt({ layout: "grid", lang: "fr" })).rejects.toThrow(/--layout: .*\n--lang: /);
  });

  it("says so on the command line, with the exit code for a usage error", async () => {
    const cli = run(
      process.execPath,
      [
        "--conditions=@solidaria/source",
        "--import",
        "tsx",
        "src/scaffold/cli.ts",
        "x",
        "--jurisdiction",
        "pe",
        "--layout",
        "grid",
        "--into",
        plugins,
      ],
      { cwd: sdkRoot, encoding: "utf8" },
    );
    await expect(cli).rejects.toMatchObject({
      code: 2,
      stderr: 'create-plugin: --layout: expected one of table, cards, detail; got "grid"\n',
    });
  }, 60_000);

  it("refuses an existing folder", async () => {
    await createPlugin({ name: "twice", jurisdiction: "PE", into: plugins });
    await expect(createPlugin({ name: "twice", jurisdiction: "PE", into: plugins })).rejects.toThrow(/already exists/);
  });

  it("writes code the workspace's formatter leaves as it is", async () => {
    const target = await createPlugin({ name: "formatted", jurisdiction: "BR", layout: "cards", into: plugins });
    const config = (await prettier.resolveConfig(join(sdkRoot, "package.json"))) ?? {};
    for (const file of ["src/index.ts", "test/plugin.test.ts", "package.json", "tsconfig.json", "vitest.config.ts"])
      expect(await prettier.check(read(target, file), { ...config, filepath: join(target, file) }), file).toBe(true);
  });
});
