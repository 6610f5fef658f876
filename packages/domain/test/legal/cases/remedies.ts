import type { LegalCase } from "../legal-case.js";

/** Class 2: a claim under reconsideration or appeal is pending; a remedy lodged is never "out of time". */
export const REMEDY_CASES: readonly LegalCase[] = [
  {
    name: "reconsideration lodged (only the stage says so): remedy under way, no deadline",
    source: "001 ch. 6, 'Appeals against negative first decisions' (most had submitted a reconsideración)",
    facts: {
      nationality: "VE",
      claim: { date: "2019-08-01", stage: "reconsideration" },
      decision: { outcome: "rejected", notifiedDate: "2019-09-02", written: true },
    },
    fires: {
      "appeal.available": {
        severity: "info",
        due: null,
        title: { en: "Remedy under way" },
        detail: {
          en: [
            "the claim is still pending",
            "no period for a further remedy runs",
            "Comisión Revisora para Asuntos de Refugiados",
          ],
          es: ["no corre plazo para recurrir"],
          pt: ["nenhum prazo de recurso corre"],
        },
        // Other periods (the card's renewal, the entry status) still run: only the remedy's does not.
        never: [
          "ended",
          "passed",
          "terminó",
          "vencid",
          "no period runs against the person",
          "ningún plazo contra la persona",
        ],
      },
    },
    undetermined: { "procedure.long-wait": ["remedies"] },
  },
  {
    name: "reconsideration filed on a known date: the wait for its decision is counted from then",
    source: "001 ch. 6, 'The reality of the asylum system' (30 to 70 days waiting)",
    facts: {
      nationality: "VE",
      location: { kind: "inland" },
      claim: { date: "2019-03-20", stage: "reconsideration" },
      decision: { outcome: "rejected", notifiedDate: "2019-09-04", written: true },
      remedies: [{ step: "reconsideration", filedOn: "2019-09-18", outcome: "pending" }],
    },
    fires: {
      "appeal.available": { due: null, detail: { en: ["18 September 2019"] } },
      "procedure.long-wait": { severity: "warning", detail: { en: ["63 days", "a decision on the remedy"] } },
    },
  },
  {
    name: "the asylum-seeker card must still be renewed while a reconsideration is pending",
    source: "001 ch. 5, 'Changes to asylum procedures', fn. 90",
    facts: {
      nationality: "VE",
      claim: { date: "2019-05-01", stage: "reconsideration", asylumSeekerDocument: { lastRenewed: "2019-09-25" } },
      decision: { outcome: "rejected", notifiedDate: "2019-09-02", written: true },
    },
    fires: {
      "procedure.renewal-due": {
        severity: "warning",
        due: "2019-11-24",
        basis: ["ai-2020-peru"],
        notBasis: ["pe-law-27891"],
      },
    },
  },
  {
    name: "an oral rejection does not end the wait for a written decision (Carlos, 68 days at CEBAF)",
    source: "001 ch. 6, 'Other apparent irregularities'",
    facts: {
      nationality: "VE",
      location: { kind: "border" },
      claim: { date: "2019-08-30" },
      decision: { outcome: "rejected", date: "2019-09-07", written: false },
    },
    today: "2019-11-06",
    fires: { "procedure.long-wait": { severity: "critical", detail: { en: ["68 days", "a written decision"] } } },
  },
  {
    name: "a reconsideration granted: nothing negative stands, no remedy to advise",
    source: "D.S. 119-2003-RE / TUO Ley 27444 art. 219 (reconsideration)",
    facts: {
      nationality: "VE",
      decision: { outcome: "rejected", notifiedDate: "2019-09-02", written: true },
      remedies: [{ step: "reconsideration", outcome: "granted", decidedOn: "2019-10-10" }],
    },
    silent: ["appeal.available", "procedure.long-wait", "procedure.no-written-decision"],
  },
  {
    name: "a withdrawn reconsideration: no period is offered, the officer checks whether the decision is final",
    source:
      "LEGAL-NOTES §1 (the effect of a withdrawal, under Law 27444 or D.S. 119-2003-RE, is to be checked by a lawyer)",
    facts: {
      nationality: "VE",
      location: { kind: "border" },
      decision: { outcome: "rejected", notifiedDate: "2019-11-14", written: true },
      remedies: [{ step: "reconsideration", filedOn: "2019-11-15", outcome: "withdrawn" }],
    },
    fires: {
      "appeal.available": {
        severity: "warning",
        due: null,
        title: { en: "Remedy withdrawn: check whether the decision is final" },
        detail: {
          en: ["withdrew the remedy (reconsideration) against the first-instance decision", "no period is computed"],
        },
        action: { en: ["check with the Comisión Especial para los Refugiados (CEPR)"] },
        never: ["5 December 2019"],
      },
      // Whether the decision is final is not known: the advice is the one after a final rejection.
      "nonrefoulement.border-rejection": {
        action: {
          en: ["assess the risk on return", "Also check whether a remedy against the decision can still be lodged"],
        },
        basis: ["convention-against-torture-1984"],
      },
    },
  },
  {
    name: "a remedy decided with no outcome on record: where the case stands is not known",
    source: "001 ch. 6, 'Appeals against negative first decisions'",
    facts: {
      nationality: "VE",
      decision: { outcome: "rejected", notifiedDate: "2019-09-02", written: true },
      remedies: [{ step: "reconsideration", decidedOn: "2019-10-30" }],
    },
    undetermined: { "appeal.available": ["remedies[0].outcome"] },
  },
  {
    name: "at the border with a reconsideration pending: do not return; never 'register the claim'",
    source: "001 ch. 5, 'Changes to asylum procedures' (claimants wait at the border)",
    facts: {
      nationality: "VE",
      location: { kind: "border" },
      claim: { date: "2019-09-01", stage: "reconsideration" },
      decision: { outcome: "rejected", notifiedDate: "2019-10-01", written: true },
      remedies: [{ step: "reconsideration", filedOn: "2019-10-10", outcome: "pending" }],
    },
    fires: {
      "nonrefoulement.border-rejection": {
        severity: "critical",
        action: { en: ["The claim is pending"] },
        never: ["register", "registrar"],
      },
    },
  },
  {
    name: "after the last remedy the law provides, nothing more is advised (Brazil: the Minister's decision is final)",
    source: "Lei 9.474 art. 31",
    facts: {
      jurisdiction: "BR",
      nationality: "VE",
      decision: { outcome: "rejected", notifiedDate: "2019-06-01", written: true },
      remedies: [
        { step: "appeal", outcome: "rejected", decidedOn: "2019-09-01", notifiedOn: "2019-09-05", written: true },
      ],
    },
    silent: ["appeal.available"],
  },
];
