import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import * as prettier from "prettier";
import { caseFactsSection } from "./case-facts-reference.js";
import { factsToCodesSection } from "./facts-to-codes.js";

/**
 * The generated sections of the SDK's README: each between `<!-- generated:NAME -->` and
 * `<!-- /generated:NAME -->`, rewritten whole by `generate:reference` and compared by a test.
 */

export const README = fileURLToPath(new URL("../../README.md", import.meta.url));
export const REGENERATE = "pnpm --filter @solidaria/sdk generate:reference";

const SECTIONS: Readonly<Record<string, () => string>> = {
  "case-facts": () => caseFactsSection(),
  "facts-to-codes": () => factsToCodesSection(),
};

export class MarkerError extends Error {
  override readonly name = "MarkerError";
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** `readme` with every generated section replaced; an error names a section whose markers are missing. */
export function withSections(readme: string, sections: Readonly<Record<string, () => string>> = SECTIONS): string {
  let text = readme;
  for (const [name, render] of Object.entries(sections)) {
    const open = `<!-- generated:${name} -->`;
    const close = `<!-- /generated:${name} -->`;
    const pattern = new RegExp(`${escape(open)}[\\s\\S]*?${escape(close)}`);
    if (!pattern.test(text)) throw new MarkerError(`${README}: no "${open}" ... "${close}" markers`);
    const body = `${open}\n\n<!-- Generated from the schema and the rules: edit them, then run ${REGENERATE}. -->\n\n${render()}\n\n${close}`;
    text = text.replace(pattern, () => body);
  }
  return text;
}

/** The README as it should be: generated sections in place, formatted as the workspace formats Markdown. */
export async function expectedReadme(path: string = README): Promise<string> {
  const current = await readFile(path, "utf8");
  const options = (await prettier.resolveConfig(path)) ?? {};
  return prettier.format(withSections(current), { ...options, filepath: path });
}
