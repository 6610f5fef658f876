import { describe, expect, it } from "vitest";
import { Jurisdiction } from "./jurisdiction.js";
import { IsoDate } from "../dates/iso-date.js";
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
    // A documented practice (ch. 5, fn. 90), cited as the report, not as Law 27891.
    expect(peru.asylumSeekerDocument?.value.validity).toEqual({ amount: 60, unit: "calendar-days", from: "issue" });
    expect(peru.asylumSeekerDocument?.source.source).toBe("ai-2020-peru");
    // 001 contradicts itself (180 days in ch. 5, 60 days in fn. 89): both are recorded.
    expect(peru.entryStatusForAsylumSeekers?.value.days).toBe(180);
    expect(peru.entryStatusForAsylumSeekers?.value.conflicting.map((other) => other.days)).toEqual([60]);
    expect(peru.cartagena?.value.extent).toBe("partial");
    expect(peru.cartagena?.value.grounds).not.toContain("generalized-violence");
    // Two regimes, each limited to Venezuelans and to its dates (001 ch. 5).
    expect(peru.humanitarianExceptions?.map((regime) => [regime.instrument, regime.from, regime.until])).toEqual([
      ["pe-rs-000270-2018-migraciones", "2018-08-25", "2019-06-14"],
      ["pe-rs-000177-2019-migraciones", "2019-06-15", null],
    ]);
  });

  it("Peru says what the report documents, as the report documents it", () => {
    const peru = defined(getJurisdiction("PE"), "the jurisdiction PE");
    // Fn. 47 sits in ch. 4's opening section, before the heading on massive violations.
    expect(peru.cartagena?.source.locator).toBe("ch. 4, fn. 47");
    // The consulate practice is what a CEPR official said (fn. 117); the critique is the report's, apart.
    const appeal = defined(peru.remedies[1], "Peru's appeal");
    expect(appeal.practicalBarriers?.value.es).toContain("no cita ninguna norma");
    expect(appeal.practicalBarriers?.value.es).not.toContain("debe presentar la apelación desde");
    expect(appeal.findings?.map((finding) => finding.text.en)).toEqual([
      "Amnesty International considers it a requirement most people cannot meet.",
    ]);
    // Venezuelans only, and admission to the procedure (fn. 87), not recognition.
    expect(peru.borderProcedure?.value.es).toContain("personas venezolanas");
    expect(peru.borderProcedure?.value.es).toContain("admisión de la solicitud al procedimiento");
    // The 2018 groups at first still applied (fn. 75): under the 2019 regime they are possible, not excluded.
    const visa = defined(peru.humanitarianExceptions?.[1], "the 2019 regime");
    expect(visa.uncertainCategories?.categories).toEqual(["child", "pregnancy", "chronic-illness"]);
    expect(visa.findings[0]?.text.en).toContain("found cases, including");
  });

  it("facts known only from a paraphrase are not in the data (Mexico's time limit and body, Chile's art. 2(2))", () => {
    expect(getJurisdiction("MX")?.decisionTimeLimit).toBeNull();
    expect(getJurisdiction("MX")?.commission).toBeNull();
    expect(getJurisdiction("CL")?.cartagena).toBeNull();
  });

  it("unknown facts are null rather than guessed, and 'the law sets none' is cited", () => {
    expect(getJurisdiction("CL")?.asylumSeekerDocument).toBeNull();
    expect(getJurisdiction("CL")?.remedies).toEqual([]);
    expect(getJurisdiction("BR")?.claimFilingDeadline).toEqual({
      value: null,
      source: { source: "br-law-9474", locator: "arts. 7-8" },
    });
  });

  it("every profile says when it was last verified", () => {
    for (const jurisdiction of listJurisdictions())
      expect(IsoDate.safeParse(jurisdiction.lastVerified).success).toBe(true);
  });

  it("rejects a malformed profile naming the field", () => {
    const broken = {
      ...defined(getJurisdiction("PE"), "the jurisdiction PE"),
      asylumSeekerDocument: {
        value: { name: { es: "x", pt: "x", en: "x" }, validity: { amount: -5 } },
        source: { source: "x", locator: null },
      },
    };
    expect(() => parseJurisdiction(broken)).toThrow(/asylumSeekerDocument/);
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

  it("quotes the provisions the non-refoulement and trafficking rules cite, marking unofficial translations", () => {
    const quote = (id: string, provision: string) =>
      defined(getInstrument(id)?.quotes?.[provision], `${id} ${provision}`);
    expect(quote("palermo-trafficking-protocol-2000", "art. 3(a)").text.en).toContain(
      "for the purpose of exploitation",
    );
    expect(quote("palermo-trafficking-protocol-2000", "art. 3(c)").text.en).toContain("of a child");
    // Only the English of art. 3(c) could be checked: the others are given as translations.
    expect(quote("palermo-trafficking-protocol-2000", "art. 3(c)").unofficialTranslations).toEqual(["es", "pt"]);
    expect(quote("american-convention-1969", "art. 22(8)").text.es).toContain("sea o no de origen");
    expect(quote("american-convention-1969", "art. 22(8)").unofficialTranslations).toEqual(["pt"]);
    expect(quote("convention-against-torture-1984", "art. 3").text.pt).toContain("submetida a tortura");
    // Every rule that cites these provisions cites one the catalogue quotes or lists.
    for (const [id, provision] of [
      ["american-convention-1969", "art. 22(8)"],
      ["convention-against-torture-1984", "art. 3"],
      ["palermo-trafficking-protocol-2000", "art. 3(a)"],
      ["palermo-trafficking-protocol-2000", "art. 3(c)"],
    ] as const)
      expect(Object.keys(defined(getInstrument(id), id).provisions)).toContain(provision);
  });

  it("uses Brazil's official Portuguese titles of the Palermo protocols", () => {
    expect(getInstrument("palermo-trafficking-protocol-2000")?.title.pt).toBe(
      "Protocolo Adicional à Convenção das Nações Unidas contra o Crime Organizado Transnacional Relativo à Prevenção, Repressão e Punição do Tráfico de Pessoas, em Especial Mulheres e Crianças",
    );
    expect(getInstrument("smuggling-protocol-2000")?.title.pt).toContain("relativo ao Combate ao Tráfico de Migrantes");
  });
});
