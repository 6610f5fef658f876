import { readFile } from "node:fs/promises";
import { defineRule } from "@solidaria/domain";
import { describe, expect, it } from "vitest";
import { caseFactsRows } from "../scripts/reference/case-facts-reference.js";
import { factsToCodesSection } from "../scripts/reference/facts-to-codes.js";
import { expectedReadme, MarkerError, README, REGENERATE, withSections } from "../scripts/reference/readme-sections.js";

describe("the README's generated reference", () => {
  it("matches the CaseFacts schema and the rule registry", async () => {
    const [actual, expected] = await Promise.all([readFile(README, "utf8"), expectedReadme()]);
    expect(actual, `packages/sdk/README.md is out of date: run ${REGENERATE} and commit the result`).toBe(expected);
  });

  it("walks every field with its type, whether it may be left out and its description", () => {
    const rows = new Map(caseFactsRows().map((row) => [row.path, row]));
    expect(rows.get("reference")).toMatchObject({ required: true, type: "text, 1 to 200 characters" });
    expect(rows.get("people[].age")).toMatchObject({ required: false, type: "whole number from 0 to 130" });
    expect(rows.get("people[].birthDate")?.type).toBe("date, `YYYY-MM-DD`");
    expect(rows.get("location.kind")).toMatchObject({
      required: true,
      type: "one of `border`, `port-of-entry`, `airport`, `inland`, `detention`",
    });
    expect(rows.get("familyAbroad")?.type).toBe("list of up to 20; each: country, ISO 3166-1 alpha-2 code (`VE`)");
    expect(rows.get("people")?.type).toBe("list of up to 50 objects (their fields follow)");
    expect(rows.get("people[].separation.kind")?.required).toBe(true);
    const undocumented = [...rows.values()].filter((row) => row.description === "").map((row) => row.path);
    expect(undocumented, "fields without a description in the schema").toEqual([]);
  });

  it("lists a rule under each fact it reads", () => {
    const rule = defineRule({
      code: "test.reads-removal",
      summary: { es: "Prueba", pt: "Teste", en: "A test rule" },
      reads: ["removal", "people"],
      evaluate: () => null,
    });
    const section = factsToCodesSection([rule]);
    expect(section).toContain("| `removal` | `test.reads-removal` |");
    expect(section).toContain("| `decision` | none of the built-in rules |");
    expect(section).toContain("| `test.reads-removal` | `removal`, `people` | A test rule |");
  });

  it("names the markers it cannot find", () => {
    expect(() => withSections("# no markers", { "case-facts": () => "x" })).toThrow(MarkerError);
    expect(() => withSections("# no markers", { "case-facts": () => "x" })).toThrow("<!-- generated:case-facts -->");
  });
});
