import { describe, expect, it } from "vitest";
import { annotation, codesOf, peruCase, undeterminedCodes } from "../../../test/helpers.js";

describe("vulnerability rules", () => {
  it("flag each need once per case, naming the people concerned", () => {
    const facts = peruCase({
      people: [
        { id: "mother", relationship: "principal", age: 30, needs: ["pregnancy"] },
        {
          id: "grandma",
          relationship: "parent",
          birthDate: "1956-02-01",
          needs: ["serious-medical-condition", "disability"],
        },
        { id: "son", relationship: "child", age: 9 },
        { id: "daughter", relationship: "child", age: 12 },
      ],
    });
    const codes = codesOf(facts);
    expect(codes).toEqual(
      expect.arrayContaining([
        "vulnerability.pregnancy",
        "vulnerability.older-person",
        "vulnerability.serious-medical-condition",
        "vulnerability.disability",
        "vulnerability.child",
      ]),
    );
    expect(annotation(facts, "vulnerability.child")?.people).toEqual(["son", "daughter"]);
    expect(annotation(facts, "vulnerability.older-person")?.people).toEqual(["grandma"]);
    expect(annotation(facts, "vulnerability.child")?.detail.pt).toContain("2 menores");
    expect(codes).not.toContain("vulnerability.unaccompanied-child");
    // The trigger facts name the field each rule read, as shown to staff.
    expect(annotation(facts, "vulnerability.child")?.facts).toEqual([
      { path: "people[2].age", value: 9 },
      { path: "people[3].age", value: 12 },
    ]);
    expect(annotation(facts, "vulnerability.serious-medical-condition")?.facts).toEqual([
      { path: "people[1].needs", value: ["serious-medical-condition", "disability"] },
    ]);
  });

  it("cite Peru's resolution on humanitarian categories only in Peru", () => {
    const older = { people: [{ id: "p", relationship: "principal" as const, age: 70 }] };
    const basisIn = (jurisdiction: string) =>
      annotation(peruCase({ ...older, jurisdiction }), "vulnerability.older-person")?.basis.map(
        (basis) => basis.instrument,
      );
    expect(basisIn("PE")).toContain("pe-rs-000270-2018-migraciones");
    expect(basisIn("BR")).not.toContain("pe-rs-000270-2018-migraciones");
    expect(basisIn("BR")).toEqual(["mexico-declaration-2004"]);
  });

  it("someone travelling alone with no age on file is an open question, not silence", () => {
    const facts = peruCase({ people: [{ id: "p", relationship: "principal", unaccompanied: true }] });
    expect(codesOf(facts)).not.toContain("vulnerability.unaccompanied-child");
    expect(undeterminedCodes(facts)).toContain("vulnerability.unaccompanied-child");
  });

  it("nationals of the country are outside the refugee definitions and non-refoulement", () => {
    const facts = peruCase({
      nationality: "PE",
      countryOfOrigin: "VE",
      location: { kind: "border" },
      entry: { decision: "refused" },
    });
    expect(codesOf(facts)).not.toContain("definition.cartagena");
    expect(codesOf(facts)).not.toContain("nonrefoulement.border-rejection");
  });

  it("an origin with no country situation on file leaves the Cartagena question open", () => {
    const facts = peruCase({ nationality: "HN", countryOfOrigin: "HN" });
    expect(codesOf(facts)).not.toContain("definition.cartagena");
    expect(undeterminedCodes(facts)).toContain("definition.cartagena");
  });

  it("an unaccompanied child gets the critical code instead of the general one", () => {
    const facts = peruCase({ people: [{ id: "p", relationship: "principal", age: 15, unaccompanied: true }] });
    expect(annotation(facts, "vulnerability.unaccompanied-child")?.severity).toBe("critical");
    expect(codesOf(facts)).not.toContain("vulnerability.child");
  });

  it("counts ages on the evaluation day from the birth date", () => {
    const turnedEighteen = peruCase({ people: [{ birthDate: "2001-11-20" }] });
    expect(codesOf(turnedEighteen)).not.toContain("vulnerability.child");
    const stillSeventeen = peruCase({ people: [{ birthDate: "2001-11-21" }] });
    expect(codesOf(stillSeventeen)).toContain("vulnerability.child");
    expect(codesOf(peruCase({ people: [{ age: 59 }] }))).not.toContain("vulnerability.older-person");
    expect(codesOf(peruCase({ people: [{ age: 60 }] }))).toContain("vulnerability.older-person");
  });

  it("does not guess the age of someone listed as a child with no age", () => {
    const facts = peruCase({ people: [{ relationship: "child" }] });
    expect(codesOf(facts)).not.toContain("vulnerability.child");
    expect(undeterminedCodes(facts)).toContain("vulnerability.child");
  });

  it("nobody flagged for an adult household without needs", () => {
    const codes = codesOf(peruCase({ people: [{ age: 30 }, { age: 32 }] }));
    expect(codes.filter((code) => code.startsWith("vulnerability."))).toEqual([]);
  });
});

describe("family.reunification", () => {
  it("children joining a parent who holds a PTP (Amnesty 2020, ch. 6) is a warning", () => {
    const facts = peruCase({
      people: [
        { id: "kid-1", relationship: "principal", age: 17 },
        { id: "kid-2", relationship: "sibling", age: 11 },
      ],
      familyInCountry: [{ relationship: "parent", status: "temporary-stay-permit" }],
    });
    const found = annotation(facts, "family.reunification");
    expect(found?.severity).toBe("warning");
    expect(found?.facts).toContainEqual({ path: "familyInCountry", value: "parent:temporary-stay-permit" });
  });

  it("a spouse who is a recognised refugee is information", () => {
    const facts = peruCase({ people: [{ age: 40 }], familyInCountry: [{ relationship: "spouse", status: "refugee" }] });
    expect(annotation(facts, "family.reunification")?.severity).toBe("info");
  });

  it("does not fire for relatives without regular status or distant relatives", () => {
    expect(codesOf(peruCase({ familyInCountry: [{ relationship: "parent", status: "irregular" }] }))).not.toContain(
      "family.reunification",
    );
    expect(codesOf(peruCase({ familyInCountry: [{ relationship: "other", status: "resident" }] }))).not.toContain(
      "family.reunification",
    );
  });
});

describe("family.separation", () => {
  it("fires for a family split at CEBAF, critical when children are involved", () => {
    const facts = peruCase({
      people: [
        { id: "carla", relationship: "principal", age: 30 },
        { id: "son", relationship: "child", age: 6 },
        { id: "mother", relationship: "parent", age: 62, separation: { kind: "refused-entry" } },
      ],
    });
    const found = annotation(facts, "family.separation");
    expect(found).toMatchObject({ severity: "critical", people: ["mother"] });
    expect(found?.facts).toEqual([{ path: "people[2].separation.kind", value: "refused-entry" }]);
  });

  it("is a warning among adults and silent when nobody was separated", () => {
    const adults = peruCase({ people: [{ age: 30 }, { age: 35, separation: { kind: "detained" } }] });
    expect(annotation(adults, "family.separation")?.severity).toBe("warning");
    expect(codesOf(peruCase({ people: [{ age: 30 }, { age: 6 }] }))).not.toContain("family.separation");
  });
});

describe("trafficking.indicators", () => {
  it("fires critical with act, means and purpose", () => {
    const facts = peruCase({
      people: [{ age: 24 }],
      trafficking: { acts: ["recruitment"], means: ["deception"], purposes: ["forced-labour"] },
    });
    expect(annotation(facts, "trafficking.indicators")?.severity).toBe("critical");
  });

  it("for a child the means is not needed (Palermo art. 3(c))", () => {
    const facts = peruCase({
      people: [{ id: "girl", age: 16 }],
      trafficking: { acts: ["transportation"], purposes: ["sexual-exploitation"] },
    });
    const found = annotation(facts, "trafficking.indicators");
    expect(found?.severity).toBe("critical");
    expect(found?.basis.map((basis) => basis.provision)).toContain("art. 3(c)");
  });

  it("a child travelling with an adult does not make the adult's case complete without the means", () => {
    const facts = peruCase({
      people: [
        { id: "mother", relationship: "principal", age: 30 },
        { id: "son", relationship: "child", age: 4 },
      ],
      trafficking: { acts: ["recruitment"], purposes: ["forced-labour"] },
    });
    expect(annotation(facts, "trafficking.indicators")?.severity).toBe("warning");
  });

  it("an adult without the means, or signs alone, is a warning to screen", () => {
    const adult = peruCase({
      people: [{ age: 30 }],
      trafficking: { acts: ["recruitment"], purposes: ["forced-labour"] },
    });
    expect(annotation(adult, "trafficking.indicators")?.severity).toBe("warning");
    const signs = peruCase({ trafficking: { signs: ["documents-withheld"] } });
    expect(annotation(signs, "trafficking.indicators")?.severity).toBe("warning");
  });

  it("is silent on a single element or nothing (smuggling is not trafficking)", () => {
    expect(codesOf(peruCase({ trafficking: { acts: ["transportation"] } }))).not.toContain("trafficking.indicators");
    expect(codesOf(peruCase({ trafficking: {} }))).not.toContain("trafficking.indicators");
  });
});

describe("resettlement.candidate", () => {
  const recognized = {
    decision: { outcome: "recognized" as const },
    people: [{ age: 45, needs: ["serious-medical-condition" as const] }],
  };

  it("fires for a recognised refugee with medical needs, urgent priority, places unknown without a server", () => {
    const found = annotation(peruCase(recognized), "resettlement.candidate");
    expect(found?.severity).toBe("info");
    expect(found?.detail.en).toContain("medical needs");
    expect(found?.detail.en).toContain("urgent priority");
    expect(found?.detail.en).toContain("No coordination server");
  });

  it("shows the pledged places for the case's profile and host country", () => {
    const places = [
      { hostCountry: "PE", resettlementCountry: "BR", category: "medical-needs", available: 12, asOf: "2019-11-01" },
      { hostCountry: "PE", resettlementCountry: "AR", category: "medical-needs", available: 3, asOf: "2019-11-01" },
      { hostCountry: "EC", resettlementCountry: "CL", category: "medical-needs", available: 40, asOf: "2019-11-01" },
      {
        hostCountry: "PE",
        resettlementCountry: "CL",
        category: "women-girls-at-risk",
        available: 9,
        asOf: "2019-11-01",
      },
    ] as const;
    const found = annotation(peruCase(recognized), "resettlement.candidate", { resettlementPlaces: places });
    expect(found?.facts).toContainEqual({ path: "resettlement.placesAvailable", value: 15 });
    expect(found?.detail.es).toContain("Brasil: 12");
    expect(found?.detail.es).not.toContain("Chile");
  });

  it("emergency priority for a threat to life", () => {
    const facts = peruCase({ ...recognized, protectionRisks: ["threat-to-life"] });
    expect(annotation(facts, "resettlement.candidate")?.detail.en).toContain("emergency priority");
  });

  it("does not fire without a category, or for someone who is neither recognised nor a prima facie refugee", () => {
    expect(codesOf(peruCase({ decision: { outcome: "recognized" }, people: [{ age: 30 }] }))).not.toContain(
      "resettlement.candidate",
    );
    expect(codesOf(peruCase({ nationality: "FR", people: recognized.people }))).not.toContain("resettlement.candidate");
  });
});
