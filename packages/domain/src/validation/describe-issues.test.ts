import { describe, expect, it } from "vitest";
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
});
