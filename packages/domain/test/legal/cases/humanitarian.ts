import type { LegalCase } from "../legal-case.js";

/** Class 5: humanitarian exceptions belong to persons, nationalities and dates; the law apart from the report's view. */
export const HUMANITARIAN_CASES: readonly LegalCase[] = [
  {
    name: "passport requirement (Aug 2018 - Jun 2019): a Venezuelan of 70 refused for having no passport",
    source: "001 ch. 5, 'Peru imposes a passport requirement', fn. 65, 68 and 75",
    facts: {
      nationality: "VE",
      location: { kind: "border" },
      people: [{ id: "old", relationship: "principal", age: 70 }],
      entry: { date: "2019-01-15", decision: "refused", refusalReason: "no-passport" },
    },
    fires: {
      "entry.humanitarian-exception": {
        severity: "warning",
        people: ["old"],
        detail: { en: ["a passport", "older people", "such as"] },
        basis: ["pe-rs-000270-2018-migraciones", "ai-2020-peru"],
      },
    },
  },
  {
    name: "the passport regime's exceptions do not cover a refusal for lack of a visa",
    source: "001 ch. 5, 'Peru imposes a passport requirement'",
    facts: {
      nationality: "VE",
      people: [{ id: "old", relationship: "principal", age: 70 }],
      entry: { date: "2019-01-15", decision: "refused", refusalReason: "no-visa" },
    },
    silent: ["entry.humanitarian-exception"],
  },
  {
    name: "before 25 August 2018 there was no requirement and so no exception",
    source: "001 ch. 5, 'Peru imposes a passport requirement', fn. 65",
    facts: {
      nationality: "VE",
      people: [{ id: "old", relationship: "principal", age: 70 }],
      entry: { date: "2018-08-01", decision: "refused", refusalReason: "no-passport" },
    },
    silent: ["entry.humanitarian-exception"],
  },
  {
    name: "the exceptions cover Venezuelans only: a Colombian of 70 is outside them",
    source: "001 ch. 5 (the requirement applied to Venezuelans)",
    facts: {
      nationality: "CO",
      people: [{ id: "old", relationship: "principal", age: 70 }],
      entry: { date: "2019-01-15", decision: "refused", refusalReason: "no-passport" },
    },
    silent: ["entry.humanitarian-exception"],
  },
  {
    name: "per person: the Venezuelan grandmother is covered, the granddaughter born in Ecuador is not (Deisy)",
    source: "001 ch. 6, 'Other apparent irregularities' (Deisy); ch. 6, 'The reality of humanitarian exceptions'",
    facts: {
      nationality: "VE",
      location: { kind: "border" },
      people: [
        { id: "deisy", relationship: "principal", age: 61, sex: "female" },
        { id: "baby", relationship: "grandchild", age: 1, nationality: "EC" },
      ],
      entry: { date: "2019-10-25", decision: "refused", refusalReason: "no-visa" },
    },
    fires: { "entry.humanitarian-exception": { people: ["deisy"] } },
  },
  {
    name: "an asylum-seeker is in a group the 2018 exceptions listed",
    source: "001 ch. 5, 'Peru imposes a passport requirement' (asylum seekers allowed in without a passport)",
    facts: {
      nationality: "VE",
      people: [{ id: "p", relationship: "principal", age: 30 }],
      claim: { stage: "intention-expressed" },
      entry: { date: "2019-03-10", decision: "refused", refusalReason: "no-passport" },
    },
    fires: { "entry.humanitarian-exception": { people: ["p"], detail: { en: ["asylum-seekers"] } } },
  },
  {
    name: "the day of the refusal decides which regime applies: unknown day, undetermined",
    source: "001 ch. 5 (two regimes, 2018 and 2019)",
    facts: {
      nationality: "VE",
      people: [{ id: "p", relationship: "principal", age: 70 }],
      entry: { decision: "refused", refusalReason: "no-visa" },
    },
    undetermined: { "entry.humanitarian-exception": ["entry.date"] },
  },
  {
    name: "the reason for refusal unknown: undetermined",
    source: "001 ch. 5",
    facts: {
      nationality: "VE",
      people: [{ id: "p", relationship: "principal", age: 70 }],
      entry: { date: "2019-10-20", decision: "refused" },
    },
    undetermined: { "entry.humanitarian-exception": ["entry.refusalReason"] },
  },
  {
    name: "the nationality unknown: undetermined, since the exceptions cover Venezuelans only",
    source: "001 ch. 5",
    facts: {
      people: [{ id: "p", relationship: "principal", age: 70 }],
      entry: { date: "2019-10-20", decision: "refused", refusalReason: "no-visa" },
    },
    undetermined: { "entry.humanitarian-exception": ["nationality"] },
  },
  {
    name: "the only person's age unknown under the 2018 regime (children, older people): undetermined",
    source: "001 ch. 5, 'Peru imposes a passport requirement'",
    facts: {
      nationality: "VE",
      people: [{ id: "p", relationship: "principal" }],
      entry: { date: "2019-01-10", decision: "refused", refusalReason: "no-passport" },
    },
    undetermined: { "entry.humanitarian-exception": ["people[0].age"] },
  },
  {
    name: "a person with a serious illness refused for lack of a visa: the law as documented, and the report's view apart",
    source: "001 ch. 6, 'The reality of humanitarian exceptions'; fn. 76",
    facts: {
      nationality: "VE",
      location: { kind: "border" },
      people: [{ id: "p", relationship: "principal", age: 45, needs: ["serious-medical-condition"] }],
      entry: { date: "2019-11-02", decision: "refused", refusalReason: "no-visa" },
    },
    fires: {
      "entry.humanitarian-exception": {
        severity: "warning",
        detail: { en: ["never published"] },
        findings: ["ought to have been able to enter even without a humanitarian visa"],
        never: ["ought to"],
      },
    },
  },
  {
    name: "a visa holder refused for lack of Ecuadorian stamps, travelling with her mother of 62 (Alberto's route)",
    source:
      "001 ch. 5, 'Elimination of humanitarian exceptions', fn. 78-80; ch. 6, 'The reality of humanitarian visas'",
    facts: {
      nationality: "VE",
      location: { kind: "border" },
      people: [
        { id: "m1", relationship: "principal", age: 34, sex: "female" },
        { id: "m2", relationship: "parent", age: 62, sex: "female" },
      ],
      documents: [{ kind: "humanitarian-visa", country: "PE", status: "valid" }],
      entry: { date: "2019-11-18", decision: "refused", refusalReason: "missing-stamps" },
    },
    fires: {
      "entry.humanitarian-exception": { people: ["m2"], detail: { en: ["presidential order", "the mother (62)"] } },
    },
  },
  {
    name: "no jurisdiction data on humanitarian exceptions (Chile): undetermined",
    source: "Ley 20.430 (no exception regime on record)",
    facts: {
      jurisdiction: "CL",
      nationality: "VE",
      people: [{ id: "p", relationship: "principal", age: 70 }],
      entry: { date: "2019-10-20", decision: "refused", refusalReason: "no-visa" },
    },
    undetermined: { "entry.humanitarian-exception": ["jurisdiction.humanitarianExceptions"] },
  },
];
