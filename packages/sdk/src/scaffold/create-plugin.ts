import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** Creates a plugin package from the template: a plugin, a saved page and a passing test. */
export interface ScaffoldOptions {
  /** Folder name and package suffix, e.g. "br-conare-cards". */
  readonly name: string;
  readonly jurisdiction: string;
  readonly title?: string;
  /** Where plugin packages live (packages/plugins). */
  readonly into: string;
}

const TEMPLATE = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "templates", "plugin");

export class ScaffoldError extends Error {
  override readonly name = "ScaffoldError";
}

function fill(folder: string, values: Record<string, string>): void {
  for (const entry of readdirSync(folder)) {
    const path = join(folder, entry);
    if (statSync(path).isDirectory()) {
      fill(path, values);
      continue;
    }
    if (!entry.endsWith(".tmpl")) continue;
    const text = readFileSync(path, "utf8").replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? "");
    writeFileSync(path, text);
    renameSync(path, path.slice(0, -".tmpl".length));
  }
}

export function createPlugin(options: ScaffoldOptions): string {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(options.name))
    throw new ScaffoldError("the name must be lower-case words joined by dashes, e.g. br-conare-cards");
  if (!/^[A-Z]{2}$/.test(options.jurisdiction))
    throw new ScaffoldError("--jurisdiction must be an ISO 3166-1 alpha-2 code such as BR");
  const target = join(options.into, options.name);
  if (existsSync(target)) throw new ScaffoldError(`${target} already exists`);
  mkdirSync(options.into, { recursive: true });
  cpSync(TEMPLATE, target, { recursive: true });
  // Shared configuration the workspace's plugins use.
  const base = JSON.stringify(
    {
      extends: "../../../tsconfig.base.json",
      compilerOptions: { lib: ["ES2023", "DOM", "DOM.Iterable"], types: ["node"], noEmit: true },
      include: ["src", "test"],
    },
    null,
    2,
  );
  writeFileSync(join(target, "tsconfig.json"), `${base}\n`);
  writeFileSync(
    join(target, "tsconfig.build.json"),
    `${JSON.stringify({ extends: "../../../tsconfig.base.json", compilerOptions: { lib: ["ES2023", "DOM", "DOM.Iterable"], types: ["node"], rootDir: "src", outDir: "dist", noEmit: false }, include: ["src"] }, null, 2)}\n`,
  );
  writeFileSync(
    join(target, "vitest.config.ts"),
    'import { defineConfig } from "vitest/config";\nimport { sharedVitestConfig } from "../../../vitest.shared.js";\n\nexport default defineConfig(sharedVitestConfig);\n',
  );
  const title = options.title ?? options.name.replace(/-/g, " ");
  // Plugin ids are dotted ("br.conare.cards"): a one-word name gets its country in front.
  const id = options.name.includes("-")
    ? options.name.replace(/-/g, ".")
    : `${options.jurisdiction.toLowerCase()}.${options.name}`;
  fill(target, {
    name: options.name,
    jurisdiction: options.jurisdiction,
    // The title lands in a string literal and in a comment: escaped for both.
    titleJson: JSON.stringify(title),
    titleComment: title.replace(/\*\//g, "* /"),
    id,
  });
  return target;
}
