import { describe, expect, it } from "vitest";
import { toAppealView } from "./appeal-view.js";

const row = {
  id: "appeal-1",
  code: "RMRP-2026",
  title: "Regional plan",
  year: 2026,
  organisationId: "secretariat",
  requiredUsdMinor: 150_000,
  startDate: null,
  endDate: null,
  demo: false,
  createdAt: "2026-01-02T03:04:05.000Z",
};

describe("an appeal as answered", () => {
  it("lists its place needs by host country, then category, whatever order they came in", () => {
    const needs = [
      { hostCountry: "PE", category: "medical-needs", needed: 3 },
      { hostCountry: "CO", category: "family-reunification", needed: 2 },
      { hostCountry: "PE", category: "children-adolescents-at-risk", needed: 1 },
    ];
    const view = toAppealView(row, needs);
    expect(view.placeNeeds.map((need) => `${need.hostCountry} ${need.category}`)).toEqual([
      "CO family-reunification",
      "PE children-adolescents-at-risk",
      "PE medical-needs",
    ]);
    expect(toAppealView(row, [...needs].reverse()).placeNeeds).toEqual(view.placeNeeds);
    expect(view.requiredUsd).toBe("1500.00");
    // The caller's list is left as it was.
    expect(needs[0]?.hostCountry).toBe("PE");
  });
});
