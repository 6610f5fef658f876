import type { LegalCase } from "../legal-case.js";

/** resettlement.candidate: a submission category, never more than the Handbook's categories say. */
export const RESETTLEMENT_CASES: readonly LegalCase[] = [
  {
    name: "a recognised refugee, survivor of torture with a serious illness: resettlement categories",
    source: "004 ch. 3, 'Solidarity Resettlement'; UNHCR Resettlement Handbook ch. 6",
    facts: {
      nationality: "VE",
      people: [
        {
          id: "p",
          relationship: "principal",
          age: 52,
          needs: ["survivor-of-violence-or-torture", "serious-medical-condition"],
        },
      ],
      decision: { outcome: "recognized", written: true },
    },
    fires: {
      "resettlement.candidate": {
        severity: "info",
        detail: { en: ["survivors of violence and/or torture", "medical needs", "No coordination server configured"] },
      },
    },
    silent: ["definition.cartagena", "appeal.available"],
  },
  {
    name: "pledged places synced from the coordination server are counted for the case's profile and host country",
    source: "004 ch. 3, 'Solidarity Resettlement'",
    facts: {
      nationality: "VE",
      people: [{ id: "p", relationship: "principal", age: 30, needs: ["woman-at-risk"] }],
      decision: { outcome: "recognized", written: true },
    },
    options: {
      resettlementPlaces: [
        {
          hostCountry: "PE",
          resettlementCountry: "BR",
          category: "women-girls-at-risk",
          available: 30,
          asOf: "2019-11-01",
        },
        {
          hostCountry: "EC",
          resettlementCountry: "BR",
          category: "women-girls-at-risk",
          available: 99,
          asOf: "2019-11-01",
        },
      ],
    },
    fires: { "resettlement.candidate": { detail: { en: ["Brazil: 30"] }, never: ["99"] } },
  },
  {
    name: "no submission category on record: no resettlement annotation",
    source: "UNHCR Resettlement Handbook ch. 6",
    facts: {
      nationality: "VE",
      people: [{ id: "p", relationship: "principal", age: 30 }],
      decision: { outcome: "recognized" },
    },
    silent: ["resettlement.candidate", "family.separation", "trafficking.indicators"],
  },
];
