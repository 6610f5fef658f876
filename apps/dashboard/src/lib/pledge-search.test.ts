import { describe, expect, it } from "vitest";
import { exportUrl, parsePledgeSearch, searchFromForm, toPledgeListInput } from "./pledge-search.js";

describe("pledge filters in the URL", () => {
  it("reads typed filters from search params", () => {
    expect(
      parsePledgeSearch({ year: "2019", programme: "training", kind: "places", status: "arrived", country: "pe" }),
    ).toEqual({ year: 2019, programme: "training", kind: "places", status: "arrived", country: "PE" });
  });

  it("drops values that do not fit instead of failing the page", () => {
    expect(
      parsePledgeSearch({
        year: "nineteen",
        programme: "unknown",
        kind: "gold",
        status: "lost",
        country: "XX",
        extra: 1,
      }),
    ).toEqual({});
    expect(parsePledgeSearch({ year: 1999 })).toEqual({});
  });

  it("leaves absent filters out, so equal filters compare equal", () => {
    expect(parsePledgeSearch({})).toEqual({});
    expect(Object.keys(parsePledgeSearch({ organisationId: "gov-uy" }))).toEqual(["organisationId"]);
  });

  it("takes a form's fields, empty meaning any", () => {
    expect(
      searchFromForm({
        year: " 2020 ",
        programme: "",
        organisationId: "gov-uy",
        country: "",
        status: "",
        kind: "funding",
      }),
    ).toEqual({ year: 2020, organisationId: "gov-uy", kind: "funding" });
  });

  it("survives the trip to the URL and back", () => {
    const filters = { year: 2019, kind: "funding" as const, status: "partially-paid" as const, appealId: "a-1" };
    const params = new URLSearchParams(Object.entries(filters).map(([key, value]) => [key, String(value)]));
    expect(parsePledgeSearch(Object.fromEntries(params))).toEqual(filters);
  });

  it("asks the API for a page of results", () => {
    expect(toPledgeListInput({ year: 2019 })).toEqual({ year: 2019, limit: 50 });
    expect(toPledgeListInput({ kind: "places" }, "cursor-1", 10)).toEqual({
      kind: "places",
      limit: 10,
      cursor: "cursor-1",
    });
  });

  it("links the CSV export, with a byte-order mark for spreadsheet programs", () => {
    expect(exportUrl(false)).toBe("/export/pledges.csv");
    expect(exportUrl(true)).toBe("/export/pledges.csv?bom=1");
  });
});
