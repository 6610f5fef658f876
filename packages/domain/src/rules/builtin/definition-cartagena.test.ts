import { describe, expect, it } from "vitest";
import { annotation, codesOf, peruCase, undeterminedCodes } from "../../../test/helpers.js";
import { peru } from "../../jurisdictions/profiles/peru.js";
import type { Jurisdiction } from "../../jurisdictions/jurisdiction.js";
import type { CountrySituation } from "../../situations/country-situation.js";
import { venezuela } from "../../situations/builtin-situations.js";

describe("definition.cartagena", () => {
  it("fires for a Venezuelan in Peru: massive human rights violations are in Law 27891 art. 3(b)", () => {
    const found = annotation(peruCase(), "definition.cartagena");
    expect(found?.severity).toBe("warning"); // Peru is documented as not applying it
    expect(found?.basis.map((basis) => `${basis.instrument} ${basis.provision}`)).toEqual(
      expect.arrayContaining(["cartagena-declaration-1984 concl. III(3)", "pe-law-27891 art. 3(b)"]),
    );
    expect(found?.detail.en).toContain("Venezuela");
    expect(found?.detail.es).toContain("en parte");
  });

  it("fires for Colombians in Ecuador, whose law incorporates every ground", () => {
    const facts = peruCase({ jurisdiction: "EC", nationality: "CO" });
    const found = annotation(facts, "definition.cartagena");
    expect(found?.severity).toBe("info");
    expect(found?.detail.en).toMatch(/internal conflicts/);
    expect(found?.detail.en).toMatch(/generalized violence/);
  });

  it("does not fire where the situation meets only a ground the law omits", () => {
    // A situation of generalized violence alone: Peru's art. 3(b) leaves that ground out.
    const violenceOnly: CountrySituation = {
      ...venezuela,
      country: "HN",
      cartagenaGrounds: [{ ground: "generalized-violence", source: { source: "ai-2020-peru", locator: null } }],
    };
    expect(codesOf(peruCase({ nationality: "HN" }), { situations: [violenceOnly] })).not.toContain(
      "definition.cartagena",
    );
    expect(codesOf(peruCase({ jurisdiction: "EC", nationality: "HN" }), { situations: [violenceOnly] })).toContain(
      "definition.cartagena",
    );
  });

  it("does not fire without a known situation, nationality, or inside the origin country", () => {
    expect(codesOf(peruCase({ nationality: "FR" }))).not.toContain("definition.cartagena");
    expect(codesOf(peruCase({ nationality: undefined }))).not.toContain("definition.cartagena");
    expect(codesOf(peruCase({ jurisdiction: "CO", nationality: "CO" }))).not.toContain("definition.cartagena");
  });

  it("uses the country of origin over the nationality", () => {
    expect(codesOf(peruCase({ nationality: "FR", countryOfOrigin: "VE" }))).toContain("definition.cartagena");
  });

  it("does not fire for flight after a situation ended", () => {
    const ended = { ...venezuela, endedOn: "2019-01-01" };
    expect(codesOf(peruCase({ flightDate: "2019-06-01" }), { situations: [ended] })).not.toContain(
      "definition.cartagena",
    );
    expect(codesOf(peruCase({ flightDate: "2018-06-01" }), { situations: [ended] })).toContain("definition.cartagena");
  });

  it("says so instead of guessing when the jurisdiction's law is unknown", () => {
    const unknownLaw: Jurisdiction = { ...peru, cartagena: null };
    const facts = peruCase();
    expect(codesOf(facts, { jurisdictions: [unknownLaw] })).not.toContain("definition.cartagena");
    expect(undeterminedCodes(facts, { jurisdictions: [unknownLaw] })).toContain("definition.cartagena");
    expect(undeterminedCodes(peruCase({ jurisdiction: "UY" }))).toContain("definition.cartagena");
  });

  it("is informational once refugee status is recognised", () => {
    const facts = peruCase({ decision: { outcome: "recognized" } });
    expect(annotation(facts, "definition.cartagena")?.severity).toBe("info");
  });
});

describe("definition.cartagena-not-assessed", () => {
  const rejected = (grounds: string[] | undefined, extra: object = {}) =>
    peruCase({
      decision: { outcome: "rejected", written: true, ...(grounds ? { grounds: grounds as never } : {}), ...extra },
    });

  it("fires for a rejection reasoned only on 'well-founded fear' (Amnesty 2020, ch. 6)", () => {
    const found = annotation(rejected(["no-well-founded-fear"]), "definition.cartagena-not-assessed");
    expect(found?.severity).toBe("critical");
    expect(found?.facts).toContainEqual({ path: "decision.grounds", value: ["no-well-founded-fear"] });
    expect(codesOf(rejected(["no-individual-persecution", "economic-reasons"]))).toContain(
      "definition.cartagena-not-assessed",
    );
  });

  it("does not fire when Cartagena was examined, or the decision rests on other grounds", () => {
    expect(codesOf(rejected(["no-well-founded-fear", "cartagena-criteria-not-met"]))).not.toContain(
      "definition.cartagena-not-assessed",
    );
    expect(codesOf(rejected(["no-well-founded-fear"], { definitionsAssessed: ["cartagena"] }))).not.toContain(
      "definition.cartagena-not-assessed",
    );
    expect(codesOf(rejected(["exclusion"]))).not.toContain("definition.cartagena-not-assessed");
  });

  it("does not fire for positive decisions or when Cartagena does not apply", () => {
    expect(codesOf(peruCase({ decision: { outcome: "recognized" } }))).not.toContain(
      "definition.cartagena-not-assessed",
    );
    expect(
      codesOf(peruCase({ nationality: "FR", decision: { outcome: "rejected", grounds: ["no-well-founded-fear"] } })),
    ).not.toContain("definition.cartagena-not-assessed");
  });

  it("needs the grounds to decide", () => {
    expect(undeterminedCodes(rejected(undefined))).toContain("definition.cartagena-not-assessed");
  });
});
