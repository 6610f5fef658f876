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
    name: "invented household (like Deisy's, with a granddaughter born in Ecuador): the grandmother is covered; the baby's nationality is asked",
    source:
      "INVENTED facts (ages, refusal); the household is modelled on 001 ch. 6, 'Other apparent irregularities' (Deisy), which records only a 50-day wait for the claim. Groups: ch. 6, 'The reality of humanitarian exceptions'. Which nationalities a child born in Ecuador holds is not in the sources (LEGAL-NOTES §9)",
    facts: {
      nationality: "VE",
      location: { kind: "border" },
      people: [
        { id: "deisy", relationship: "principal", age: 61, sex: "female" },
        { id: "baby", relationship: "grandchild", age: 1, sex: "female", nationality: "EC" },
      ],
      entry: { date: "2019-10-25", decision: "refused", refusalReason: "no-visa" },
    },
    fires: {
      "entry.humanitarian-exception": {
        people: ["deisy", "baby"],
        detail: {
          en: [
            "In those groups: the principal applicant (61): older person",
            "Nationality to check: the granddaughter (1)",
            "could also be a national of Venezuela",
          ],
        },
        // Not joining a parent: her only group is one the 2018 list had, and only if she is Venezuelan.
        never: ["granddaughter (1): child joining a parent", "older person; the granddaughter"],
      },
    },
  },
  {
    name: "pregnant and chronically ill, refused after 15 June 2019: the 2018 groups may still cover her; warning, never silence",
    source:
      "001 ch. 5, 'Elimination of humanitarian exceptions' ('at first' the exceptions continued, fn. 75; narrowed by unpublished criteria, fn. 76); ch. 6 ('including')",
    facts: {
      nationality: "VE",
      location: { kind: "border" },
      people: [{ id: "p", relationship: "principal", age: 25, sex: "female", needs: ["pregnancy", "chronic-illness"] }],
      entry: { date: "2019-07-01", decision: "refused", refusalReason: "no-visa" },
    },
    fires: {
      "entry.humanitarian-exception": {
        severity: "warning",
        people: ["p"],
        title: { en: "Possible humanitarian exception" },
        detail: {
          en: [
            "Possibly covered, though the source does not establish it",
            "pregnancy, chronic illness",
            "never published",
          ],
        },
        action: { en: ["confirm the criteria in force"] },
        basis: ["pe-rs-000177-2019-migraciones", "ai-2020-peru"],
      },
    },
  },
  {
    name: "an asylum-seeker refused for lack of a visa after 22 June 2019: not a group of the 2019 regime",
    source: "001 ch. 5, 'Changes to asylum procedures' (claimants made to wait at the border)",
    facts: {
      nationality: "VE",
      location: { kind: "border" },
      people: [{ id: "p", relationship: "principal", age: 30, sex: "male" }],
      claim: { date: "2019-10-01" },
      entry: { date: "2019-10-01", decision: "refused", refusalReason: "no-visa" },
    },
    silent: ["entry.humanitarian-exception"],
  },
  {
    name: "the grandmother and a nephew refused entry at CEBAF apart from the household: judged as their own refusal",
    source:
      "001 ch. 6, 'Appeals against negative first decisions' (Carla's mother, 62, and nephew); ch. 6, 'The reality of humanitarian exceptions'",
    facts: {
      nationality: "VE",
      location: { kind: "border" },
      claim: { date: "2019-10-01" },
      people: [
        { id: "c1", relationship: "principal", age: 29, sex: "female" },
        {
          id: "c4",
          relationship: "parent",
          age: 62,
          sex: "female",
          separation: { kind: "refused-entry", date: "2019-11-05", reason: "no-visa" },
        },
        {
          id: "c5",
          relationship: "other-relative",
          age: 15,
          sex: "male",
          separation: { kind: "refused-entry", date: "2019-11-05", reason: "no-visa" },
        },
      ],
    },
    fires: {
      "entry.humanitarian-exception": {
        people: ["c4", "c5"],
        detail: {
          en: [
            "Entry was refused to the mother (62) and a relative (15)",
            "the mother (62): older person",
            "a relative (15): child",
          ],
          es: ["a estas personas: la madre (62 años) y un familiar (15 años)"],
          pt: ["nacionais da Venezuela"],
        },
      },
      "nonrefoulement.border-rejection": { people: ["c4", "c5"] },
      "vulnerability.separated-child": { people: ["c5"] },
    },
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
        findings: ["found cases, including", "ought to have been able to enter even without a humanitarian visa"],
        never: ["ought to", "concludes that"],
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
