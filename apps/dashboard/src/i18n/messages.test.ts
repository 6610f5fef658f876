import { describe, expect, it } from "vitest";
import { IntlMessageFormat } from "intl-messageformat";
import { INTL_TAGS, LOCALES } from "@solidaria/domain";
import { CATALOGUES } from "./catalogue.js";
import { en } from "./messages/en.js";

/** The arguments a message takes, with the kind each needs ("plural" wants a number, "select" a word). */
function argumentsOf(ast: unknown, found = new Map<string, string>()): Map<string, string> {
  if (Array.isArray(ast)) {
    for (const element of ast) argumentsOf(element, found);
    return found;
  }
  if (ast === null || typeof ast !== "object") return found;
  const node = ast as { type: number; value?: unknown; options?: Record<string, { value: unknown }> };
  // intl-messageformat's element types: 1 argument, 2 number, 3 date, 4 time, 5 select, 6 plural.
  const kinds: Record<number, string> = { 1: "text", 2: "number", 3: "date", 4: "time", 5: "select", 6: "plural" };
  const kind = kinds[node.type];
  if (kind && typeof node.value === "string") {
    if (!found.has(node.value) || kind !== "text") found.set(node.value, kind);
  }
  for (const option of Object.values(node.options ?? {})) argumentsOf(option.value, found);
  return found;
}

const sample = (kind: string) => (kind === "plural" || kind === "number" ? 2 : kind === "select" ? "other" : "x");

describe("message catalogues", () => {
  const ids = Object.keys(en).sort();

  it.each(LOCALES)("%s has exactly the English ids, none empty", (locale) => {
    const catalogue = CATALOGUES[locale];
    expect(Object.keys(catalogue).sort()).toEqual(ids);
    for (const id of ids) expect(catalogue[id as keyof typeof en].trim(), id).not.toBe("");
  });

  it.each(LOCALES)("every %s message parses as ICU and formats with sample values", (locale) => {
    for (const [id, text] of Object.entries(CATALOGUES[locale])) {
      const format = new IntlMessageFormat(text, INTL_TAGS[locale]);
      const args = argumentsOf(format.getAst());
      const values = Object.fromEntries([...args].map(([name, kind]) => [name, sample(kind)]));
      expect(() => format.format(values), `${locale} ${id}`).not.toThrow();
    }
  });

  it.each(LOCALES.filter((locale) => locale !== "en"))("%s messages take the same arguments as English", (locale) => {
    for (const id of ids) {
      const key = id as keyof typeof en;
      const mine = argumentsOf(new IntlMessageFormat(CATALOGUES[locale][key], INTL_TAGS[locale]).getAst());
      const english = argumentsOf(new IntlMessageFormat(en[key], "en-GB").getAst());
      expect([...mine.keys()].sort(), `${locale} ${id}`).toEqual([...english.keys()].sort());
    }
  });

  it("keeps quotes and apostrophes out of ICU's way (no straight apostrophe in any message)", () => {
    for (const locale of LOCALES)
      for (const [id, text] of Object.entries(CATALOGUES[locale]))
        expect(text.includes("'"), `${locale} ${id}`).toBe(false);
  });

  it("words plurals per language", () => {
    const count = (locale: (typeof LOCALES)[number], value: number) =>
      new IntlMessageFormat(CATALOGUES[locale]["pledges.placesCount"], INTL_TAGS[locale]).format({ count: value });
    expect(count("en", 1)).toBe("1 place");
    expect(count("es", 1500)).toBe("1,500 plazas");
    expect(count("pt", 1500)).toBe("1.500 vagas");
  });
});
