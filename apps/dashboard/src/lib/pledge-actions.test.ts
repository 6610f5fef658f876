import { describe, expect, it } from "vitest";
import { fundingActions, pledgeChanges, placesActions, quantityProblem } from "./pledge-actions.js";

const funding = (status: string, pledged: string, committed: string, paid: string) => ({
  status,
  currency: "USD",
  pledged,
  committed,
  paid,
});
const places = (status: string, counts: [number, number, number, number, number]) => {
  const [pledged, confirmed, allocated, departed, arrived] = counts;
  return { status, pledged, confirmed, allocated, departed, arrived };
};

describe("fundingActions", () => {
  it("offers commit up to what is pledged, and pay up to what is committed", () => {
    expect(fundingActions(funding("pledged", "1000.00", "0.00", "0.00"))).toEqual([
      { action: "commit", quantity: "amount", max: "1000.00" },
      { action: "amend", quantity: "amount", max: null },
      { action: "cancel", quantity: "none", max: null },
    ]);
    expect(
      fundingActions(funding("partially-paid", "1000.00", "600.00", "250.50")).map((option) => [
        option.action,
        option.max,
      ]),
    ).toEqual([
      ["commit", "400.00"],
      ["pay", "349.50"],
      ["amend", null],
      ["cancel", null],
    ]);
  });

  it("offers no cancel once all is paid, and nothing once cancelled", () => {
    expect(fundingActions(funding("paid", "10.00", "10.00", "10.00")).map((option) => option.action)).toEqual([
      "amend",
    ]);
    expect(fundingActions(funding("cancelled", "10.00", "5.00", "0.00"))).toEqual([]);
  });

  it("counts exactly in the currency's minor units", () => {
    const [commit] = fundingActions({ ...funding("committed", "0.30", "0.10", "0.00"), currency: "USD" });
    expect(commit?.max).toBe("0.20");
    const [yen] = fundingActions({ status: "pledged", currency: "JPY", pledged: "1500", committed: "0", paid: "0" });
    expect(yen?.max).toBe("1500");
  });
});

describe("placesActions", () => {
  it("offers each stage up to the one before", () => {
    expect(placesActions(places("allocated", [10, 8, 5, 0, 0])).map((option) => [option.action, option.max])).toEqual([
      ["confirm", 2],
      ["allocate", 3],
      ["depart", 5],
      ["amend", null],
      ["cancel", null],
    ]);
  });

  it("after cancelling, only records the arrival of people already on their way", () => {
    expect(placesActions(places("cancelled", [4, 4, 4, 4, 1]))).toEqual([
      { action: "arrive", quantity: "places", max: 3 },
    ]);
    expect(placesActions(places("cancelled", [4, 4, 4, 4, 4]))).toEqual([]);
  });

  it("offers no cancel once everyone has arrived", () => {
    expect(placesActions(places("arrived", [3, 3, 3, 3, 3])).map((option) => option.action)).toEqual(["amend"]);
  });
});

describe("pledgeChanges", () => {
  it("lists what changed since the version a person was looking at", () => {
    const before = {
      version: 2,
      status: "committed",
      funding: funding("committed", "10.00", "5.00", "0.00"),
      places: null,
    };
    const after = {
      version: 3,
      status: "partially-paid",
      funding: funding("partially-paid", "10.00", "5.00", "2.00"),
      places: null,
    };
    expect(pledgeChanges(before, after)).toEqual([
      { field: "status", before: "committed", after: "partially-paid" },
      { field: "paid", before: "0.00", after: "2.00" },
    ]);
  });
});

describe("quantityProblem", () => {
  const write = (value: string | number) => String(value);

  it("refuses a step larger than the stage before holds", () => {
    const [commit] = fundingActions(funding("committed", "1000.00", "600.00", "0.00"));
    if (!commit) throw new Error("no commit");
    expect(quantityProblem(commit, "400.01", "USD", write)).toEqual({
      id: "issue.stepTooLarge",
      values: { max: "400.00" },
    });
    expect(quantityProblem(commit, "400", "USD", write)).toBeNull();
  });

  it("refuses a new total below what the next stage holds", () => {
    const amend = fundingActions(funding("committed", "1000.00", "600.00", "0.00")).find((o) => o.action === "amend");
    if (!amend) throw new Error("no amend");
    expect(quantityProblem(amend, "599.99", "USD", write)).toEqual({
      id: "issue.amendBelowCommitted",
      values: { min: "600.00" },
    });
    expect(quantityProblem(amend, "600", "USD", write)).toBeNull();
    const amendPlaces = placesActions(places("confirmed", [10, 4, 0, 0, 0])).find((o) => o.action === "amend");
    if (!amendPlaces) throw new Error("no amend");
    expect(quantityProblem(amendPlaces, 3, "USD", write)).toEqual({
      id: "issue.amendBelowConfirmed",
      values: { min: "4" },
    });
  });

  it("has no lower bound before anything is committed or confirmed", () => {
    const amend = fundingActions(funding("pledged", "10.00", "0.00", "0.00")).find((o) => o.action === "amend");
    expect(amend?.min).toBeUndefined();
  });
});
