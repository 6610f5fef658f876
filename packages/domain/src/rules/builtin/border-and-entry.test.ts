import { describe, expect, it } from "vitest";
import { annotation, codesOf, peruCase, undeterminedCodes } from "../../../test/helpers.js";
import type { CaseFactsInput } from "../../case/case-facts.js";

/** The humanitarian-visa holder of Amnesty 2020 ch. 6: refused at CEBAF Tumbes for lack of Ecuadorian stamps. */
const refusedForStamps = (overrides: Partial<CaseFactsInput> = {}) =>
  peruCase({
    location: { kind: "border", place: "CEBAF Tumbes" },
    documents: [
      { kind: "passport", status: "valid" },
      { kind: "humanitarian-visa", country: "PE", status: "valid" },
    ],
    entry: { decision: "refused", refusalReason: "missing-stamps" },
    people: [{ id: "a", relationship: "principal", age: 63 }],
    ...overrides,
  });

describe("nonrefoulement.border-rejection", () => {
  it("fires when entry is refused at the border to a Venezuelan", () => {
    const found = annotation(refusedForStamps(), "nonrefoulement.border-rejection");
    expect(found?.severity).toBe("critical");
    expect(found?.basis.map((basis) => basis.instrument)).toEqual(
      expect.arrayContaining(["refugee-convention-1951", "american-convention-1969", "cartagena-declaration-1984"]),
    );
  });

  it("fires when a claim is rejected while the person waits at the border", () => {
    const facts = peruCase({ location: { kind: "border" }, decision: { outcome: "rejected", written: true } });
    expect(codesOf(facts)).toContain("nonrefoulement.border-rejection");
  });

  it("treats an entry refusal without a location as happening at the border", () => {
    expect(codesOf(peruCase({ entry: { decision: "refused" } }))).toContain("nonrefoulement.border-rejection");
  });

  it("does not fire inland, on admission, or for someone with no sign of protection needs", () => {
    expect(codesOf(peruCase({ location: { kind: "inland" }, decision: { outcome: "rejected" } }))).not.toContain(
      "nonrefoulement.border-rejection",
    );
    expect(codesOf(refusedForStamps({ entry: { decision: "admitted" } }))).not.toContain(
      "nonrefoulement.border-rejection",
    );
    const tourist = peruCase({ nationality: "FR", entry: { decision: "refused" }, flightReasons: ["economic"] });
    expect(codesOf(tourist)).not.toContain("nonrefoulement.border-rejection");
  });

  it("fires for any nationality once protection is sought", () => {
    const facts = peruCase({
      nationality: "FR",
      entry: { decision: "refused" },
      flightReasons: ["persecution-political-opinion"],
    });
    expect(codesOf(facts)).toContain("nonrefoulement.border-rejection");
  });
});

describe("entry.humanitarian-exception", () => {
  it("fires for an older humanitarian-visa holder refused for missing stamps", () => {
    const found = annotation(refusedForStamps(), "entry.humanitarian-exception");
    expect(found?.severity).toBe("critical");
    expect(found?.people).toEqual(["a"]);
    expect(found?.basis[0]?.instrument).toBe("pe-rs-000270-2018-migraciones");
    expect(found?.detail.es).toContain("persona mayor");
  });

  it("fires for a child joining a parent who holds a PTP", () => {
    const facts = refusedForStamps({
      people: [{ id: "kid", relationship: "principal", age: 11 }],
      familyInCountry: [{ relationship: "parent", status: "temporary-stay-permit" }],
    });
    expect(annotation(facts, "entry.humanitarian-exception")?.detail.en).toContain("child joining a parent");
  });

  it("fires for pregnancy and serious illness", () => {
    const pregnant = refusedForStamps({ people: [{ age: 30, needs: ["pregnancy"] }] });
    const ill = refusedForStamps({ people: [{ age: 40, needs: ["chronic-illness"] }] });
    expect(codesOf(pregnant)).toContain("entry.humanitarian-exception");
    expect(codesOf(ill)).toContain("entry.humanitarian-exception");
  });

  it("fires without the humanitarian visa too: the criteria, not the 2019 practice of demanding it (AI ch. 6)", () => {
    expect(codesOf(refusedForStamps({ documents: [{ kind: "passport" }] }))).toContain("entry.humanitarian-exception");
    expect(codesOf(refusedForStamps({ documents: undefined }))).toContain("entry.humanitarian-exception");
  });

  it("does not fire without a vulnerability, for a reason the exception does not waive, or before it existed", () => {
    expect(codesOf(refusedForStamps({ people: [{ age: 30 }] }))).not.toContain("entry.humanitarian-exception");
    expect(codesOf(refusedForStamps({ entry: { decision: "refused", refusalReason: "security" } }))).not.toContain(
      "entry.humanitarian-exception",
    );
    expect(
      codesOf(refusedForStamps({ entry: { decision: "refused", refusalReason: "no-passport", date: "2017-05-02" } })),
    ).not.toContain("entry.humanitarian-exception");
  });

  it("a child alone does not qualify in Peru unless joining a parent", () => {
    expect(codesOf(refusedForStamps({ people: [{ relationship: "principal", age: 11 }] }))).not.toContain(
      "entry.humanitarian-exception",
    );
  });

  it("says what is missing instead of guessing", () => {
    expect(undeterminedCodes(refusedForStamps({ entry: { decision: "refused" } }))).toContain(
      "entry.humanitarian-exception",
    );
    // Brazil's profile records no humanitarian exceptions.
    expect(undeterminedCodes(refusedForStamps({ jurisdiction: "BR" }))).toContain("entry.humanitarian-exception");
  });
});
