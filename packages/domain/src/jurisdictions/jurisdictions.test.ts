import { describe, expect, it } from "vitest";
import { Jurisdiction } from "./jurisdiction.js";
import { getJurisdiction, listJurisdictions, parseJurisdiction } from "./registry.js";
import { resolveSource } from "../sources/resolve-source.js";
import { BUILTIN_SITUATIONS } from "../situations/builtin-situations.js";
import { CountrySituation, parseCountrySituation } from "../situations/country-situation.js";
import { getInstrument, listInstruments } from "../instruments/catalogue.js";
import { defined } from "../../test/helpers.js";

/** Every `source` id anywhere inside a value. */
function citedSources(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((item) => citedSources(item, found));
  else if (value && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      if (key === "source" && child && typeof child === "object" && "source" in child)
        found.push(String((child as { source: unknown }).source));
      else citedSources(child, found);
    }
  }
  return found;
}

describe("jurisdiction profiles", () => {
  it("Peru, Ecuador, Colombia, Brazil, Chile, Mexico and Argentina are valid profiles", () => {
    expect(listJurisdictions().map((jurisdiction) => jurisdiction.country)).toEqual([
      "PE",
      "EC",
      "CO",
      "BR",
      "CL",
      "MX",
      "AR",
    ]);
    for (const jurisdiction of listJurisdictions()) expect(Jurisdiction.parse(jurisdiction)).toEqual(jurisdiction);
  });

  it("cite only known sources, and national laws that exist in the catalogue", () => {
    for (const jurisdiction of listJurisdictions()) {
      for (const source of citedSources(jurisdiction))
        expect(resolveSource(source), `${jurisdiction.country}: ${source}`).toBeDefined();
      const law = jurisdiction.refugeeLaw?.value.instrument;
      if (law) expect(getInstrument(law)?.country).toBe(jurisdiction.country);
    }
  });

  it("Peru is complete from the 2020 report: CEPR, reconsideration, Comisión Revisora, 60 and 180 days, art. 3(b)", () => {
    const peru = defined(getJurisdiction("PE"), "the jurisdiction PE");
    expect(peru.commission?.value.acronym).toBe("CEPR");
    expect(peru.remedies.map((remedy) => [remedy.step, remedy.body?.value.name])).toEqual([
      ["reconsideration", "Comisión Especial para los Refugiados"],
      ["appeal", "Comisión Revisora para Asuntos de Refugiados"],
    ]);
    expect(peru.asylumSeekerRenewalDays?.value).toBe(60);
    expect(peru.entryStatusForAsylumSeekers?.value).toEqual({ status: "tourist", days: 180 });
    expect(peru.cartagena?.value.extent).toBe("partial");
    expect(peru.cartagena?.value.grounds).not.toContain("generalized-violence");
    // The resolution's criteria; the 2019 visa requirement was the practice the report calls unlawful.
    expect(peru.humanitarianExceptions?.value.requiresDocuments).toEqual([]);
  });

  it("unknown facts are null rather than guessed", () => {
    expect(getJurisdiction("CL")?.asylumSeekerRenewalDays).toBeNull();
    expect(getJurisdiction("AR")?.remedies).toEqual([]);
  });

  it("rejects a malformed profile naming the field", () => {
    const broken = {
      ...defined(getJurisdiction("PE"), "the jurisdiction PE"),
      asylumSeekerRenewalDays: { value: -5, source: { source: "x", locator: null } },
    };
    expect(() => parseJurisdiction(broken)).toThrow(/asylumSeekerRenewalDays/);
  });
});

describe("country situations", () => {
  it("Venezuela (since 2014) and Colombia are valid and cited", () => {
    for (const situation of BUILTIN_SITUATIONS) {
      expect(CountrySituation.parse(situation)).toEqual(situation);
      for (const source of citedSources(situation)) expect(resolveSource(source)).toBeDefined();
    }
    const venezuela = defined(
      BUILTIN_SITUATIONS.find((situation) => situation.country === "VE"),
      "a built-in situation for VE",
    );
    expect(venezuela.since?.value).toBe("2014");
    expect(venezuela.cartagenaGrounds.map((entry) => entry.ground)).toContain("massive-human-rights-violations");
  });

  it("a coordinator's update is validated before use", () => {
    const update = { ...defined(BUILTIN_SITUATIONS[0], "a built-in situation"), version: 2, updated: "2020-06-01" };
    expect(parseCountrySituation(update).version).toBe(2);
    expect(() =>
      parseCountrySituation({
        ...update,
        cartagenaGrounds: [{ ground: "famine", source: { source: "x", locator: null } }],
      }),
    ).toThrow(/cartagenaGrounds/);
  });
});

describe("instrument catalogue", () => {
  it("includes the instruments the rules rely on, with Cartagena III(3) quoted", () => {
    const ids = listInstruments().map((instrument) => instrument.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        "refugee-convention-1951",
        "refugee-protocol-1967",
        "cartagena-declaration-1984",
        "san-jose-declaration-1994",
        "mexico-declaration-2004",
        "american-convention-1969",
        "convention-against-torture-1984",
        "palermo-trafficking-protocol-2000",
        "smuggling-protocol-2000",
        "convention-rights-child-1989",
        "pe-law-27891",
      ]),
    );
    const quote = getInstrument("cartagena-declaration-1984")?.quotes?.["concl. III(3)"];
    expect(quote?.text.es).toContain("violencia generalizada");
    expect(quote?.text.en).toContain("massive violation of human rights");
  });
});
