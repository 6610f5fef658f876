import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { arbitraryCaseFacts, arbitraryToday } from "../../test/arbitrary-case-facts.js";
import type { TriggerFact } from "../annotations/annotation.js";
import {
  Decision,
  DecisionGround,
  DocumentKind,
  EntryRefusalReason,
  EntryStatus,
  FlightReason,
  LocationKind,
  PersonNeed,
  ProcedureStage,
  ProtectionRisk,
  RefugeeDefinition,
  Relationship,
  RemedyStep,
  Removal,
  ResidenceStatus,
  SeparationKind,
  TraffickingAct,
  TraffickingMeans,
  TraffickingPurpose,
  TraffickingSign,
  CaseFacts,
} from "../case/case-facts.js";
import { HumanitarianExceptionCategory } from "../jurisdictions/jurisdiction.js";
import { RESETTLEMENT_CATEGORIES, type PlaceAvailability } from "../resettlement/categories.js";
import { assessCase, buildContext } from "../rules/evaluate.js";
import { SAMPLE_CASES, SAMPLE_TODAY } from "../samples/sample-cases.js";
import { describeFact, FACT_LABELS, factLabel, GENERIC_FACT_LABEL, UNKNOWN_FACT_VALUE } from "./fact-words.js";
import { LOCALES, type Locale, type LocalizedText } from "./locale.js";
import { DOCUMENT_STATUS_NAMES, ENTRY_DECISION_NAMES, REMEDY_OUTCOME_NAMES, SEX_NAMES } from "./value-words.js";

const keys = (table: object) => Object.keys(table);

/** Every enum a trigger fact can carry, at a path where it occurs. */
const ENUM_PATHS: readonly (readonly [string, readonly string[]])[] = [
  ["people[0].relationship", Relationship.options],
  ["people[0].sex", keys(SEX_NAMES)],
  ["people[0].needs", PersonNeed.options],
  ["people[0].separation.kind", SeparationKind.options],
  ["people[0].separation.reason", EntryRefusalReason.options],
  ["people[0].trafficking.acts", TraffickingAct.options],
  ["people[0].trafficking.means", TraffickingMeans.options],
  ["people[0].trafficking.purposes", TraffickingPurpose.options],
  ["people[0].trafficking.signs", TraffickingSign.options],
  ["people[0]", HumanitarianExceptionCategory.options],
  ["location.kind", LocationKind.options],
  ["documents[0].kind", DocumentKind.options],
  ["documents[0].status", keys(DOCUMENT_STATUS_NAMES)],
  ["entry.decision", keys(ENTRY_DECISION_NAMES)],
  ["entry.refusalReason", EntryRefusalReason.options],
  ["entry.status", EntryStatus.options],
  ["claim.stage", ProcedureStage.options],
  ["decision.outcome", Decision.shape.outcome.options],
  ["decision.grounds", DecisionGround.options],
  ["decision.definitionsAssessed", RefugeeDefinition.options],
  ["remedies[0].step", RemedyStep.options],
  ["remedies[0].outcome", keys(REMEDY_OUTCOME_NAMES)],
  ["removal.measure", Removal.shape.measure.options],
  ["removal.status", Removal.shape.status.options],
  ["familyInCountry[0].relationship", Relationship.options],
  ["familyInCountry[0].status", ResidenceStatus.options],
  ["flightReasons", FlightReason.options],
  ["fearOfReturn", CaseFacts.shape.fearOfReturn.def.innerType.options],
  ["trafficking.acts", TraffickingAct.options],
  ["trafficking.means", TraffickingMeans.options],
  ["trafficking.purposes", TraffickingPurpose.options],
  ["trafficking.signs", TraffickingSign.options],
  ["protectionRisks", ProtectionRisk.options],
  ["resettlement.categories", RESETTLEMENT_CATEGORIES],
];

/** English enum values a Spanish or Portuguese reader must never see ("chronic-illness"). */
const ENGLISH_TOKENS = [...new Set(ENUM_PATHS.flatMap(([, values]) => values))].filter((value) => value.includes("-"));
const PATH_SHAPE = /[a-z]+\.[a-z]|\[\d+\]/;

/** What makes a text unfit for a Spanish or Portuguese reader: a field path, an English enum value. */
function unreadable(text: string): string | null {
  if (PATH_SHAPE.test(text)) return "a field path";
  const token = ENGLISH_TOKENS.find((candidate) => text.includes(candidate));
  return token === undefined ? null : `the English value "${token}"`;
}

function expectReadable(text: string, where: string): void {
  expect(unreadable(text), where).toBeNull();
}

/** Every fact of every annotation for `facts`, described in every language, with the household's labels. */
function describedFacts(facts: CaseFacts, today: string, places: readonly PlaceAvailability[] | null) {
  const people = buildContext(facts, { today }).people;
  const described: { fact: TriggerFact; locale: Locale; label: string; value: string }[] = [];
  for (const annotation of assessCase(facts, { today, resettlementPlaces: places }).annotations)
    for (const fact of annotation.facts)
      for (const locale of LOCALES) described.push({ fact, locale, ...describeFact(fact, locale, people) });
  return { described, people };
}

const PLACES: readonly PlaceAvailability[] = ["PE", "EC", "CO", "BR", "CL", "MX", "AR"].flatMap((hostCountry) =>
  ["BR", "UY"].flatMap((resettlementCountry) =>
    RESETTLEMENT_CATEGORIES.map((category) => ({
      hostCountry,
      resettlementCountry,
      category,
      available: 2,
      asOf: "2019-01-01",
    })),
  ),
);

describe("describeFact over every fact the built-in rules emit", () => {
  const seen = new Set<string>();

  /** What is wrong with the words for each fact (plain checks: thousands of facts are walked). */
  function problems(facts: CaseFacts, today: string, places: readonly PlaceAvailability[] | null): string[] {
    const found: string[] = [];
    const { described, people } = describedFacts(facts, today, places);
    for (const { fact, locale, label, value } of described) {
      const where = `${locale} ${fact.path}=${JSON.stringify(fact.value)} → "${label}: ${value}"`;
      const problem = (what: string) => found.push(`${where}: ${what}`);
      seen.add(fact.path.replace(/\[\d+\]/g, "[]"));
      if (locale !== "en") {
        const inLabel = unreadable(label);
        const inValue = unreadable(value);
        if (inLabel !== null) problem(`the label shows ${inLabel}`);
        if (inValue !== null) problem(`the value shows ${inValue}`);
      }
      // Every path and value the rules emit is known: nothing falls back to the generic words.
      if (label === GENERIC_FACT_LABEL[locale]) problem("generic label");
      if (value === UNKNOWN_FACT_VALUE || /\(\+\d+\)$/.test(value)) problem("value not in words");
      // A household member's fact names them as the case's texts do.
      const person = /^people\[(\d+)\]/.exec(fact.path);
      if (person !== null) {
        const name = people[Number(person[1])]?.label[locale];
        // "de la madre o del padre" / "da mãe ou do pai": articles may be contracted, the rest is there as is.
        const last = (name ?? "").split(/ o | ou /).at(-1) ?? "";
        if (name === undefined || !label.includes(last.replace(/^(el|la|los|las|o|a|os|as) /i, "")))
          problem("the person is not named");
      }
    }
    return found;
  }

  it("puts the sample cases' facts into words", () => {
    for (const sample of SAMPLE_CASES) {
      expect(problems(sample.facts, SAMPLE_TODAY, null)).toEqual([]);
      expect(problems(sample.facts, SAMPLE_TODAY, PLACES)).toEqual([]);
    }
  });

  it("puts the facts of any schema-valid case into words", () => {
    fc.assert(
      fc.property(arbitraryCaseFacts, arbitraryToday, fc.boolean(), (facts, today, withPlaces) => {
        expect(problems(facts, today, withPlaces ? PLACES : null)).toEqual([]);
      }),
      { numRuns: 1000 },
    );
    // The walk reached the rules' facts, not a handful of them.
    expect(seen.size).toBeGreaterThan(30);
    expect(seen).toContain("resettlement.placesAvailable");
  });
});

describe("describeFact on each enum value", () => {
  it.each(ENUM_PATHS)("%s: every value has words in every language", (path, values) => {
    for (const option of values)
      for (const locale of LOCALES) {
        const { label, value } = describeFact({ path, value: path === "people[0]" ? [option] : option }, locale);
        const where = `${locale} ${path}=${option} → "${label}: ${value}"`;
        expect(label, where).not.toBe(GENERIC_FACT_LABEL[locale]);
        expect(value, where).not.toBe(UNKNOWN_FACT_VALUE);
        if (locale !== "en") {
          expectReadable(label, where);
          expectReadable(value, where);
          expect(value.toLowerCase(), where).not.toBe(option);
        }
      }
  });
});

describe("describeFact", () => {
  const words = (fact: TriggerFact, people?: readonly { label: LocalizedText }[]) =>
    LOCALES.map((locale) => describeFact(fact, locale, people));

  it("writes an enum value in words", () => {
    expect(words({ path: "claim.stage", value: "registered" })).toEqual([
      { label: "Etapa del procedimiento", value: "Registrada" },
      { label: "Etapa do procedimento", value: "Registrado" },
      { label: "Procedure stage", value: "Registered" },
    ]);
    expect(describeFact({ path: "entry.refusalReason", value: "no-passport" }, "es")).toEqual({
      label: "Motivo del rechazo",
      value: "Sin pasaporte",
    });
  });

  it("names the household member by their label, or by their place in the household", () => {
    const people = [
      { label: { es: "la titular (34 años)", pt: "a titular (34 anos)", en: "the principal applicant (34)" } },
      { label: { es: "la madre (62 años)", pt: "a mãe (62 anos)", en: "the mother (62)" } },
    ];
    expect(words({ path: "people[1].needs", value: ["chronic-illness", "disability"] }, people)).toEqual([
      { label: "Necesidades de la madre (62 años)", value: "Enfermedad crónica y discapacidad" },
      { label: "Necessidades da mãe (62 anos)", value: "Doença crônica e deficiência" },
      { label: "Needs of the mother (62)", value: "Chronic illness and disability" },
    ]);
    expect(words({ path: "people[1].needs", value: ["chronic-illness"] }).map(({ label }) => label)).toEqual([
      "Necesidades de la persona n.º 2",
      "Necessidades da pessoa n.º 2",
      "Needs of person no. 2",
    ]);
    // A label the household list does not reach: the neutral name.
    expect(describeFact({ path: "people[5].age", value: 3 }, "es", people).label).toBe("Edad de la persona n.º 6");
  });

  it("contracts the preposition with each article of the person's label", () => {
    const spouse = [
      { label: { es: "el o la cónyuge (30 años)", pt: "o ou a cônjuge (30 anos)", en: "the spouse (30)" } },
    ];
    const parent = [{ label: { es: "la madre o el padre", pt: "a mãe ou o pai", en: "the parent" } }];
    const relative = [{ label: { es: "un familiar", pt: "um familiar", en: "a relative" } }];
    const son = [{ label: { es: "el hijo (7 años)", pt: "o filho (7 anos)", en: "the son (7)" } }];
    const label = (path: string, people: readonly { label: LocalizedText }[], locale: Locale) =>
      describeFact({ path, value: 1 }, locale, people).label;
    expect(label("people[0].age", spouse, "es")).toBe("Edad del o de la cónyuge (30 años)");
    expect(label("people[0].age", spouse, "pt")).toBe("Idade do ou da cônjuge (30 anos)");
    expect(label("people[0].age", parent, "es")).toBe("Edad de la madre o del padre");
    expect(label("people[0].age", parent, "pt")).toBe("Idade da mãe ou do pai");
    expect(label("people[0].age", relative, "es")).toBe("Edad de un familiar");
    expect(label("people[0].age", relative, "pt")).toBe("Idade de um familiar");
    expect(label("people[0].age", son, "es")).toBe("Edad del hijo (7 años)");
    expect(label("people[0].age", son, "pt")).toBe("Idade do filho (7 anos)");
  });

  it("names a person's humanitarian-exception groups and trafficking facts", () => {
    const mother = [{ label: { es: "la madre (62 años)", pt: "a mãe (62 anos)", en: "the mother (62)" } }];
    expect(words({ path: "people[0]", value: ["older-person", "chronic-illness"] }, mother)).toEqual([
      {
        label: "Supuestos de excepción humanitaria en el caso de la madre (62 años)",
        value: "Persona mayor y enfermedad crónica",
      },
      { label: "Hipóteses de exceção humanitária no caso da mãe (62 anos)", value: "Pessoa idosa e doença crônica" },
      {
        label: "Humanitarian exception groups in the case of the mother (62)",
        value: "Older person and chronic illness",
      },
    ]);
    expect(describeFact({ path: "people[0].trafficking.means", value: ["deception"] }, "pt", mother)).toEqual({
      label: "Meios empregados no tráfico de pessoas no caso da mãe (62 anos)",
      value: "Engano",
    });
  });

  it("writes dates, booleans, numbers, ages, countries and relatives in the reader's language", () => {
    expect(words({ path: "decision.notifiedDate", value: "2019-12-05" })).toEqual([
      { label: "Fecha de notificación", value: "5 de diciembre de 2019" },
      { label: "Data de notificação", value: "5 de dezembro de 2019" },
      { label: "Notification date", value: "5 December 2019" },
    ]);
    expect(words({ path: "decision.written", value: false }).map(({ value }) => value)).toEqual(["No", "Não", "No"]);
    expect(words({ path: "remedies[0].written", value: true }).map(({ value }) => value)).toEqual(["Sí", "Sim", "Yes"]);
    expect(words({ path: "people[0].age", value: 1 }).map(({ value }) => value)).toEqual(["1 año", "1 ano", "1 year"]);
    expect(words({ path: "nationality", value: "VE" }).map(({ value }) => value)).toEqual([
      "Venezuela",
      "Venezuela",
      "Venezuela",
    ]);
    expect(words({ path: "jurisdiction", value: "BR" }).map(({ value }) => value)).toEqual([
      "Brasil",
      "Brasil",
      "Brazil",
    ]);
    expect(describeFact({ path: "resettlement.placesAvailable", value: 1505 }, "pt").value).toBe("1.505");
    expect(words({ path: "resettlement.placesAvailable.BR", value: 3 }).map(({ label }) => label)).toEqual([
      "Plazas disponibles (Brasil)",
      "Vagas disponíveis (Brasil)",
      "Places available (Brazil)",
    ]);
    expect(words({ path: "familyInCountry[0]", value: ["spouse", "refugee"] }).map(({ value }) => value)).toEqual([
      "Cónyuge (condición de refugiado)",
      "Cônjuge (condição de refugiado)",
      "Spouse (refugee status)",
    ]);
  });

  it("numbers a second remedy or document", () => {
    expect(describeFact({ path: "remedies[1].filedOn", value: "2019-01-02" }, "es").label).toBe(
      "Fecha de presentación del recurso (n.º 2)",
    );
    expect(describeFact({ path: "remedies[0].filedOn", value: "2019-01-02" }, "es").label).toBe(
      "Fecha de presentación del recurso",
    );
  });

  it("says a missing value is not on record", () => {
    expect(words({ path: "claim.stage", value: null }).map(({ value }) => value)).toEqual([
      "No consta",
      "Não consta",
      "Not on record",
    ]);
    expect(describeFact({ path: "people[0].needs", value: [] }, "es").value).toBe("No consta");
  });

  it("never shows an unknown path or value raw", () => {
    for (const locale of LOCALES) {
      expect(describeFact({ path: "pe.ptp.category", value: "ptp-2" }, locale)).toEqual({
        label: GENERIC_FACT_LABEL[locale],
        value: UNKNOWN_FACT_VALUE,
      });
      expect(describeFact({ path: "claim.stage", value: "under-review" }, locale).value).toBe(UNKNOWN_FACT_VALUE);
      expect(describeFact({ path: "nationality", value: "XX" }, locale).value).toBe(UNKNOWN_FACT_VALUE);
      expect(describeFact({ path: "decision.date", value: "tomorrow" }, locale).value).toBe(UNKNOWN_FACT_VALUE);
      expect(describeFact({ path: "decision.written", value: "yes" }, locale).value).toBe(UNKNOWN_FACT_VALUE);
      // A value that carries no words of its own is still shown under the generic label.
      expect(describeFact({ path: "pe.ptp.days", value: 90 }, locale).value).toBe("90");
    }
    expect(describeFact({ path: "pe.ptp.expires", value: "2020-01-31" }, "es")).toEqual({
      label: "Dato del caso",
      value: "31 de enero de 2020",
    });
    // Known items are shown, unknown ones only counted.
    expect(describeFact({ path: "people[0].needs", value: ["pregnancy", "new-need"] }, "es").value).toBe(
      "Embarazo (+1)",
    );
  });
});

describe("FACT_LABELS and factLabel", () => {
  it("labels every pattern in every language, with no path in the words", () => {
    for (const [pattern, label] of Object.entries(FACT_LABELS)) {
      expect(pattern).not.toMatch(/\[\d+\]/);
      for (const locale of LOCALES) {
        expect(label[locale].length, pattern).toBeGreaterThan(0);
        if (locale !== "en") expectReadable(label[locale], pattern);
      }
    }
    expect(FACT_LABELS["people[].needs"]).toEqual({ es: "Necesidades", pt: "Necessidades", en: "Needs" });
    expect(FACT_LABELS["claim.stage"].es).toBe("Etapa del procedimiento");
  });

  it("names the paths the rules report missing", () => {
    expect(factLabel("decision.grounds", "es")).toBe("Fundamentos de la decisión");
    expect(factLabel("people[2].age", "pt")).toBe("Idade da pessoa n.º 3");
    expect(factLabel("jurisdiction.cartagena", "es")).toBe("Definición de Cartagena en la ley del país");
    expect(factLabel("situations.HN", "es")).toBe("Situación en el país de origen (Honduras)");
    expect(factLabel("pe.ptp.category", "pt")).toBe("Dado do caso");
  });
});
