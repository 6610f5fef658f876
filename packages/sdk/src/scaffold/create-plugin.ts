import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as prettier from "prettier";
import { assessCase, CaseFacts, type Locale } from "@solidaria/domain";
import { languageOf, ScaffoldRequest, type Layout } from "./options.js";
import { PAGE_WORDS } from "./page-words.js";

/** Creates a plugin package from the templates: a plugin, a saved page and a passing test. */
export interface ScaffoldOptions {
  /** Folder name and package suffix, e.g. "br-conare-cards". */
  readonly name: string;
  readonly jurisdiction: string;
  /** How the portal shows cases: rows of a table, cards, or one case per page. Default: table. */
  readonly layout?: string;
  /** The language of the sample page; default: the one the jurisdiction's portals are written in. */
  readonly lang?: string;
  readonly title?: string;
  /** Where plugin packages live (packages/plugins). */
  readonly into: string;
}

const TEMPLATES = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "templates");

/** The saved page each layout starts from. */
const FIXTURES: Record<Layout, { file: string; records: number }> = {
  table: { file: "case-list.html", records: 2 },
  cards: { file: "case-cards.html", records: 2 },
  detail: { file: "case-detail.html", records: 1 },
};

/** The day the generated test pins, and the rejected case every sample page shows. */
const TEST_TODAY = "2019-11-20";

export class ScaffoldError extends Error {
  override readonly name = "ScaffoldError";
}

function fill(folder: string, values: Readonly<Record<string, string>>): void {
  for (const entry of readdirSync(folder)) {
    const path = join(folder, entry);
    if (statSync(path).isDirectory()) {
      fill(path, values);
      continue;
    }
    if (!entry.endsWith(".tmpl")) continue;
    const text = readFileSync(path, "utf8").replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
      const value = values[key];
      // A template naming a value the scaffold does not give is a bug here, not in the new plugin.
      if (value === undefined) throw new ScaffoldError(`template ${entry} uses {{${key}}}, which has no value`);
      return value;
    });
    writeFileSync(path, text);
    renameSync(path, path.slice(0, -".tmpl".length));
  }
}

/** `["a", "b"]`, as the workspace's formatter writes a list of strings. */
const stringList = (items: readonly string[]) => `[${items.map((item) => JSON.stringify(item)).join(", ")}]`;

/**
 * What the rules conclude for the sample page's rejected case in this jurisdiction: the generated test
 * asserts exactly that, so it passes as generated and says what the plugin's facts lead to.
 */
function expectedFindings(jurisdiction: string): { codes: string[]; undetermined: string[] } {
  const facts = CaseFacts.parse({
    reference: "DEMO-0002",
    jurisdiction,
    nationality: "VE",
    claim: { date: "2019-08-15" },
    decision: { outcome: "rejected" },
  });
  const assessment = assessCase(facts, { today: TEST_TODAY, resettlementPlaces: null });
  return {
    codes: assessment.annotations.map((annotation) => annotation.code),
    undetermined: assessment.undetermined.map((rule) => rule.code),
  };
}

function checked(options: ScaffoldOptions): { layout: Layout; lang: Locale } {
  const input = {
    name: options.name,
    jurisdiction: options.jurisdiction,
    layout: options.layout ?? "table",
    ...(options.lang === undefined ? {} : { lang: options.lang }),
  };
  const parsed = ScaffoldRequest.safeParse(input);
  // Every message of the schema names the option as typed ("--layout: expected one of ...; got ...").
  if (!parsed.success) throw new ScaffoldError(parsed.error.issues.map((issue) => issue.message).join("\n"));
  return { layout: parsed.data.layout, lang: languageOf(parsed.data.jurisdiction, parsed.data.lang) };
}

/**
 * Formats the generated code as the workspace formats its own (its Prettier configuration, wherever the
 * package is created), so that a new plugin passes the workspace's format check as generated.
 */
async function format(folder: string): Promise<void> {
  const config = (await prettier.resolveConfig(join(TEMPLATES, "..", "package.json"))) ?? {};
  for (const entry of readdirSync(folder, { recursive: true, encoding: "utf8" })) {
    if (!/\.(ts|json)$/.test(entry) || entry.startsWith("node_modules")) continue;
    const path = join(folder, entry);
    writeFileSync(path, await prettier.format(readFileSync(path, "utf8"), { ...config, filepath: path }));
  }
}

export async function createPlugin(options: ScaffoldOptions): Promise<string> {
  const { layout, lang } = checked(options);
  const target = join(options.into, options.name);
  if (existsSync(target)) throw new ScaffoldError(`${target} already exists`);
  const findings = expectedFindings(options.jurisdiction);
  mkdirSync(options.into, { recursive: true });
  cpSync(join(TEMPLATES, "plugin"), target, { recursive: true });
  cpSync(join(TEMPLATES, "layouts", layout), target, { recursive: true });
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
  const words = PAGE_WORDS[lang];
  const fixture = FIXTURES[layout];
  fill(target, {
    name: options.name,
    jurisdiction: options.jurisdiction,
    // The title lands in a string literal and in a comment: escaped for both.
    titleJson: JSON.stringify(title),
    titleComment: title.replace(/\*\//g, "* /"),
    id,
    lang,
    ...words,
    referenceJson: JSON.stringify(words.reference),
    nationalityJson: JSON.stringify(words.nationality),
    claimDateJson: JSON.stringify(words.claimDate),
    outcomeJson: JSON.stringify(words.outcome),
    fixture: fixture.file,
    noErrors: `[${Array.from({ length: fixture.records }, () => "[]").join(", ")}]`,
    codes: stringList(findings.codes),
    undetermined: stringList(findings.undetermined),
  });
  await format(target);
  return target;
}
