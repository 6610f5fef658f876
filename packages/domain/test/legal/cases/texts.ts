import type { LegalCase } from "../legal-case.js";

/** Class 7: texts say no more than the law or the source. */
export const TEXT_CASES: readonly LegalCase[] = [
  {
    name: "an oral rejection: the person cannot effectively challenge it (not 'cannot appeal')",
    source: "Convención Americana art. 8; 001 ch. 6, 'Other apparent irregularities'",
    facts: { nationality: "VE", decision: { outcome: "rejected", written: false } },
    fires: {
      "procedure.no-written-decision": {
        detail: { en: ["cannot effectively challenge it"], es: ["no puede recurrirla de manera efectiva"] },
        never: ["cannot appeal", "no puede recurrirla.", "não pode recorrer."],
      },
    },
  },
  {
    name: "a written rejection: nothing to say about written notification",
    source: "Convención Americana art. 8",
    facts: { nationality: "VE", decision: { outcome: "rejected", notifiedDate: "2019-11-14", written: true } },
    silent: ["procedure.no-written-decision"],
  },
  {
    name: "a spouse who is a recognised refugee: reunification 'may be possible', never 'is possible'",
    source: "Convención Americana art. 17; 004 Declaration (family unity)",
    facts: {
      nationality: "VE",
      people: [{ id: "p", relationship: "principal", age: 30 }],
      familyInCountry: [{ relationship: "spouse", status: "refugee" }],
    },
    fires: {
      "family.reunification": {
        severity: "info",
        detail: { en: ["may be possible"], es: ["puede ser posible"], pt: ["pode ser possível"] },
        never: ["is possible", "es posible", "é possível"],
      },
    },
  },
  {
    name: "a sibling with residence is not close family for reunification",
    source: "Convention on the Rights of the Child art. 10 (parents and children)",
    facts: {
      nationality: "VE",
      people: [{ id: "p", relationship: "principal", age: 30 }],
      familyInCountry: [
        { relationship: "sibling", status: "resident" },
        { relationship: "grandparent", status: "citizen" },
      ],
    },
    silent: ["family.reunification"],
  },
  {
    name: "a spouse with a temporary stay permit (PTP): reunification is not said to be possible",
    source: "001 ch. 5, 'The elimination of the temporary stay permit (PTP)'",
    facts: {
      nationality: "VE",
      people: [{ id: "p", relationship: "principal", age: 30 }],
      familyInCountry: [{ relationship: "spouse", status: "temporary-stay-permit" }],
    },
    silent: ["family.reunification"],
  },
  {
    name: "Cartagena: the definition is met by a person whose life, safety or freedom was threatened, not by a situation",
    source: "Cartagena Declaration concl. III(3) (quoted in 000 and 001 ch. 4); Ley 27891 art. 3(b)",
    facts: { nationality: "VE" },
    fires: {
      "definition.cartagena": {
        severity: "info",
        detail: { en: ["A person who fled because that situation threatened their life, safety or freedom"] },
        findings: ["do not apply the extended definition in practice"],
        never: ["Venezuela meets", "situation meets", "cumple la definición ampliada de refugiado, que"],
      },
    },
  },
  {
    name: "'not examined' only when the decision shows which definitions it examined",
    source: "001 ch. 6, 'Criteria for refugee status determination'",
    facts: {
      nationality: "VE",
      decision: {
        outcome: "rejected",
        written: true,
        grounds: ["no-well-founded-fear"],
        definitionsAssessed: ["convention-1951"],
      },
    },
    fires: {
      "definition.cartagena-not-assessed": {
        severity: "critical",
        title: { en: "Extended definition not examined" },
        detail: { en: ["examined only the 1951 Convention's definition"] },
        action: { en: ["When the decision is reviewed, examine the claim"] },
        never: ["Seek reconsideration"],
      },
    },
  },
  {
    name: "grounds on individual persecution only, definitions examined unknown: 'not shown', not 'not examined'",
    source: "001 ch. 6, 'Criteria for refugee status determination'",
    facts: {
      nationality: "VE",
      decision: { outcome: "rejected", written: true, grounds: ["no-well-founded-fear", "not-credible"] },
    },
    silent: ["definition.cartagena-not-assessed"],
  },
  {
    name: "only individual grounds and no list of definitions examined: warning, worded as what the record shows",
    source: "001 ch. 6, 'Criteria for refugee status determination'",
    facts: { nationality: "VE", decision: { outcome: "rejected", written: true, grounds: ["no-well-founded-fear"] } },
    fires: {
      "definition.cartagena-not-assessed": {
        severity: "warning",
        detail: { en: ["the record does not show"] },
        never: ["not examined", "did not examine", "no fue examinada"],
      },
    },
  },
  {
    name: "the 60-day renewal is a practice the report documents, cited as the report, not as Law 27891",
    source: "001 ch. 5, 'Changes to asylum procedures', fn. 90",
    facts: { nationality: "VE", claim: { date: "2019-05-01", asylumSeekerDocument: { issued: "2019-09-23" } } },
    fires: { "procedure.renewal-due": { due: "2019-11-22", basis: ["ai-2020-peru"], notBasis: ["pe-law-27891"] } },
  },
  {
    name: "tourist status: the report says 180 days and, in a footnote, 60; both dates are given",
    source: "001 ch. 5, 'Changes to asylum procedures' and fn. 89",
    facts: {
      nationality: "VE",
      entry: { date: "2019-09-25", status: "tourist", decision: "admitted" },
      claim: { date: "2019-10-01" },
    },
    fires: {
      "status.entry-permit-expiry": {
        severity: "warning",
        due: "2019-11-24",
        detail: { en: ["24 November 2019", "23 March 2020", "footnote 89"] },
      },
    },
  },
  {
    name: "no pending claim: an expiring entry status is not flagged",
    source: "1951 Convention art. 31",
    facts: { nationality: "VE", entry: { date: "2019-06-01", status: "tourist", decision: "admitted" } },
    silent: ["status.entry-permit-expiry", "procedure.renewal-due"],
  },
];
