import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { CaseFacts } from "../case/case-facts.js";
import { describeIssues, describeValue, expectedGot } from "./describe-issues.js";

describe("describeIssues", () => {
  const result = CaseFacts.safeParse({
    jurisdiction: "ZZ",
    people: [{ age: -1, name: "Ana" }],
    entry: { date: "2019-02-30", decision: "maybe" },
  });
  const issues = result.error?.issues ?? [];

  it("names each bad field with what is wrong", () => {
    expect(describeIssues(issues)).toEqual(
      expect.arrayContaining([
        "reference: is required",
        "jurisdiction: is not an ISO 3166-1 alpha-2 country code",
        "people[0].age: must be at least 0",
        'people[0]: unknown field(s): "name"',
        "entry.date: must be a real calendar date between 1900 and 2200",
        'entry.decision: must be one of "admitted", "refused", "pending"',
      ]),
    );
  });

  it("speaks Spanish and Portuguese too", () => {
    expect(describeIssues(issues, "es")).toContain("people[0].age: debe ser como mínimo 0");
    expect(describeIssues(issues, "pt")).toContain("reference: é obrigatório");
  });

  it("tells a value of the wrong type from a missing one when given the input", () => {
    const input = { jurisdiction: "PE", reference: 12, people: [{ age: 4.5 }] };
    const wrong = CaseFacts.safeParse(input).error?.issues ?? [];
    expect(describeIssues(wrong, "en", input)).toEqual(
      expect.arrayContaining(["reference: expected text, got a number"]),
    );
    expect(describeIssues(wrong, "es", input)).toEqual(
      expect.arrayContaining(["reference: se esperaba texto, se recibió un número"]),
    );
    expect(describeIssues(wrong, "pt", input)).toEqual(
      expect.arrayContaining(["reference: esperava-se texto, recebeu-se um número"]),
    );
  });

  it("words the value itself when a number does not fit", () => {
    expect(expectedGot("int", 1.5)).toBe("expected a whole number, got 1.5");
    expect(expectedGot("int", "2020")).toBe("expected a whole number, got text");
    expect(describeValue([1], "pt")).toBe("uma lista");
  });

  describe("says what was expected and what came, given the input", () => {
    // What a plugin might extract: an age read as text, a place with no kind of location.
    const extracted = {
      reference: "DEMO-1",
      jurisdiction: "PE",
      people: [{ age: "68" }],
      location: { place: "Tumbes" },
      entry: { decision: "maybe" },
    };
    const wrong = CaseFacts.safeParse(extracted).error?.issues ?? [];
    const kinds = '"border", "port-of-entry", "airport", "inland", "detention"';

    it("in English", () => {
      expect(describeIssues(wrong, "en", extracted)).toEqual([
        `location.kind: is required: one of ${kinds}`,
        "people[0].age: expected a number, got text",
        'entry.decision: expected one of "admitted", "refused", "pending", got "maybe"',
      ]);
    });

    it("in Spanish", () => {
      expect(describeIssues(wrong, "es", extracted)).toEqual([
        `location.kind: es obligatorio: uno de ${kinds}`,
        "people[0].age: se esperaba un número, se recibió texto",
        'entry.decision: se esperaba uno de "admitted", "refused", "pending", se recibió "maybe"',
      ]);
    });

    it("in Portuguese", () => {
      expect(describeIssues(wrong, "pt", extracted)).toEqual([
        `location.kind: é obrigatório: um de ${kinds}`,
        "people[0].age: esperava-se um número, recebeu-se texto",
        'entry.decision: esperava-se um de "admitted", "refused", "pending", recebeu-se "maybe"',
      ]);
    });

    it("names a discriminated union's missing or unknown discriminator", () => {
      const Pledge = z.discriminatedUnion("kind", [
        z.strictObject({ kind: z.literal("funding"), amount: z.string() }),
        z.strictObject({ kind: z.literal("places"), places: z.number() }),
      ]);
      const Batch = z.strictObject({ pledges: z.array(Pledge) });
      const input = { pledges: [{ amount: "5" }, { kind: "money", amount: "5" }] };
      const issues = Batch.safeParse(input).error?.issues ?? [];
      expect(describeIssues(issues, "en", input)).toEqual([
        'pledges[0].kind: is required: one of "funding", "places"',
        'pledges[1].kind: expected one of "funding", "places", got "money"',
      ]);
      expect(describeIssues(issues, "es", input)[0]).toBe(
        'pledges[0].kind: es obligatorio: uno de "funding", "places"',
      );
      expect(describeIssues(issues, "pt", input)[1]).toBe(
        'pledges[1].kind: esperava-se um de "funding", "places", recebeu-se "money"',
      );
      // Parsed with reportInput, the issue carries the input itself: the same sentence without passing it.
      const reported = Batch.safeParse(input, { reportInput: true }).error?.issues ?? [];
      expect(describeIssues(reported, "en")[0]).toBe('pledges[0].kind: is required: one of "funding", "places"');
    });

    it("without the input, says only what is allowed", () => {
      expect(describeIssues(wrong, "en")).toContain(`location.kind: must be one of ${kinds}`);
    });
  });
});
