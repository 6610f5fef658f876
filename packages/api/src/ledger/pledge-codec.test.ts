import { describe, expect, it } from "vitest";
import { decodePledge, projectionColumns, type PledgeRow } from "./pledge-codec.js";

const row: PledgeRow = {
  id: "p1",
  kind: "funding",
  organisationId: "donor-eu",
  appealId: null,
  programme: "training",
  year: 2020,
  status: "committed",
  version: 2,
  idempotencyKey: "key-00001",
  requestHash: "h",
  note: null,
  currency: "EUR",
  pledgedMinor: 10_000,
  committedMinor: 5_000,
  paidMinor: 0,
  usdRate: "1.1",
  usdRateDate: "2020-01-01",
  usdRateSource: "ECB",
  pledgedUsdMinor: 11_000,
  committedUsdMinor: 5_500,
  paidUsdMinor: 0,
  resettlementCountry: null,
  hostCountry: null,
  category: null,
  placesPledged: null,
  placesConfirmed: null,
  placesAllocated: null,
  placesDeparted: null,
  placesArrived: null,
  demo: false,
  createdAt: "2020-01-01T00:00:00.000Z",
  updatedAt: "2020-01-02T00:00:00.000Z",
};

describe("the pledge row codec", () => {
  it("decodes a row into its kind's fields and encodes the state back to the same columns", () => {
    const pledge = decodePledge(row);
    if (pledge.kind !== "funding") throw new Error("expected a funding pledge");
    expect(pledge.rate).toEqual({ currency: "EUR", usdPerUnit: "1.1", date: "2020-01-01", source: "ECB" });
    expect(projectionColumns(pledge.state, pledge.rate)).toMatchObject({
      status: "committed",
      pledgedMinor: 10_000,
      pledgedUsdMinor: 11_000,
      committedUsdMinor: 5_500,
      placesPledged: null,
    });
  });

  it("refuses a row that lacks a column of its kind, or has a status its kind does not", () => {
    expect(() => decodePledge({ ...row, usdRate: null })).toThrow(/a funding pledge without usdRate/);
    expect(() => decodePledge({ ...row, status: "arrived" })).toThrow(/unknown funding status "arrived"/);
    expect(() => decodePledge({ ...row, kind: "places", status: "pledged" })).toThrow(
      /a places pledge without placesPledged/,
    );
  });
});
