import type { LegalCase } from "../legal-case.js";

/** Class 1: a deadline runs from written notification, never from a decision nobody was told of. */
export const DEADLINE_CASES: readonly LegalCase[] = [
  {
    name: "written rejection notified: 15 working days from notification, Peru's holidays skipped",
    source: "TUO Ley 27444 art. 218.2; 001 ch. 6, 'Appeals against negative first decisions'",
    facts: {
      nationality: "VE",
      decision: { outcome: "rejected", date: "2019-11-12", notifiedDate: "2019-11-14", written: true },
    },
    fires: {
      "appeal.available": {
        severity: "warning",
        due: "2019-12-05",
        detail: { en: ["5 December 2019", "national public holidays"], es: ["5 de diciembre de 2019"] },
        basis: ["pe-law-27444", "american-convention-1969"],
      },
    },
    silent: ["procedure.no-written-decision"],
  },
  {
    name: "a national holiday inside the period moves the last day (8 October 2019, Combate de Angamos)",
    source: "D. Leg. 713 art. 6; TUO Ley 27444 art. 218.2",
    facts: { nationality: "VE", decision: { outcome: "rejected", notifiedDate: "2019-10-01", written: true } },
    fires: { "appeal.available": { due: "2019-10-23" } },
  },
  {
    name: "Fiestas Patrias and the 2022 holidays are skipped",
    source: "D. Leg. 713 art. 6 as amended by Law 31530 (6 August from 2022)",
    today: "2022-08-01",
    facts: { nationality: "VE", decision: { outcome: "rejected", notifiedDate: "2022-07-20", written: true } },
    fires: { "appeal.available": { due: "2022-08-12", stale: true } },
  },
  {
    name: "a decision never notified in writing starts no period (Carlos, rejected orally after eight days)",
    source: "001 ch. 6, 'Other apparent irregularities'",
    facts: {
      nationality: "VE",
      location: { kind: "border", place: "CEBAF Tumbes" },
      claim: { date: "2019-08-30" },
      decision: { outcome: "rejected", date: "2019-09-07", written: false },
    },
    fires: {
      "appeal.available": {
        due: null,
        detail: { en: ["It has not started: the decision was not notified in writing"] },
        action: { en: ["Notify the decision in writing"] },
        never: ["passed", "ended", "vencid", "terminó"],
      },
      "procedure.no-written-decision": { severity: "critical" },
    },
  },
  {
    name: "notification date unknown: the period cannot be computed, and is never counted from the decision",
    source: "TUO Ley 27444 art. 218.2 (runs from notification)",
    facts: { nationality: "VE", decision: { outcome: "rejected", date: "2019-10-01", written: true } },
    fires: {
      "appeal.available": {
        due: null,
        detail: { en: ["It cannot be computed: the notification date is not on record"] },
        never: ["ended", "passed", "October 2019"],
      },
    },
  },
  {
    name: "whether and when it was notified in writing both unknown: no period, and the written question is open",
    source: "TUO Ley 27444 art. 218.2",
    facts: { nationality: "VE", decision: { outcome: "rejected", date: "2019-10-01" } },
    fires: { "appeal.available": { due: null, detail: { en: ["neither whether nor when"] } } },
    undetermined: { "procedure.no-written-decision": ["decision.written"] },
  },
  {
    name: "past the last day by the count: the title too says it may have ended, by this count, never 'ended'",
    source: "TUO Ley 27444 art. 218.2; LEGAL-NOTES §9 'Deadlines' (never simply 'passed')",
    facts: { nationality: "VE", decision: { outcome: "rejected", notifiedDate: "2019-09-02", written: true } },
    fires: {
      "appeal.available": {
        severity: "warning",
        title: {
          es: "Plazo posiblemente vencido (según el cómputo)",
          pt: "Prazo possivelmente encerrado (pela contagem)",
          en: "Remedy period may have ended (by this count)",
        },
        detail: { en: ["By this count the period has ended", "regional holidays"] },
        action: { en: ["Before treating the decision as final"] },
        never: ["deadline passed", "Remedy period ended", "Plazo de recurso terminado", "Prazo de recurso terminado"],
      },
    },
  },
  {
    name: "critical in the last five days",
    source: "TUO Ley 27444 art. 218.2",
    today: "2019-11-25",
    facts: { nationality: "VE", decision: { outcome: "rejected", notifiedDate: "2019-11-08", written: true } },
    fires: { "appeal.available": { severity: "critical", due: "2019-11-29" } },
  },
  {
    name: "the appeal after a rejected reconsideration runs from that decision's notification (Brian)",
    source: "001 ch. 6, 'Appeals against negative first decisions'",
    facts: {
      nationality: "VE",
      location: { kind: "border" },
      decision: { outcome: "rejected", notifiedDate: "2019-10-01", written: true },
      remedies: [
        {
          step: "reconsideration",
          outcome: "rejected",
          decidedOn: "2019-11-13",
          notifiedOn: "2019-11-15",
          written: true,
        },
      ],
    },
    fires: {
      "appeal.available": {
        due: "2019-12-06",
        title: { es: "Cabe recurso de apelación", pt: "Cabe recurso de apelação", en: "Remedy: appeal" },
        detail: {
          en: ["Comisión Revisora para Asuntos de Refugiados", "consulate", "decision on reconsideration"],
          es: ["ante la Comisión Revisora para Asuntos de Refugiados"],
          pt: ["perante a Comisión Revisora"],
        },
        // The consulate practice is what a CEPR official said, with no rule cited; the critique is the report's.
        findings: ["cannot meet"],
        action: { en: ["Do not require the person to leave the country"] },
        never: ["Recurso: recurso", "must lodge the appeal from", "debe presentar la apelación desde"],
      },
    },
  },
  {
    name: "a rejected reconsideration given only orally starts no appeal period",
    source: "001 ch. 6, 'Other apparent irregularities'",
    facts: {
      nationality: "VE",
      decision: { outcome: "rejected", notifiedDate: "2019-10-01", written: true },
      remedies: [{ step: "reconsideration", outcome: "rejected", decidedOn: "2019-11-13", written: false }],
    },
    fires: {
      "appeal.available": { due: null, detail: { en: ["It has not started"] } },
      "procedure.no-written-decision": { severity: "critical" },
    },
  },
  {
    name: "Brazil: 15 continuous days from receipt of notification, carried to the next working day",
    source: "Lei 9.474 art. 29; Lei 9.784 art. 66 §1",
    facts: {
      jurisdiction: "BR",
      nationality: "VE",
      decision: { outcome: "rejected", notifiedDate: "2019-11-08", written: true },
    },
    fires: {
      "appeal.available": {
        due: "2019-11-25",
        detail: { en: ["Ministro de Estado da Justiça", "the period runs to the next one"], pt: ["15 dias corridos"] },
        basis: ["br-law-9474", "br-law-9784"],
      },
    },
  },
  {
    name: "Mexico: review within 15 working days; no holiday calendar, so the text says the count skips weekends only",
    source: "Ley sobre Refugiados (México) art. 25",
    facts: {
      jurisdiction: "MX",
      nationality: "HN",
      decision: { outcome: "rejected", notifiedDate: "2019-11-14", written: true },
    },
    fires: {
      "appeal.available": {
        due: "2019-12-05",
        title: { en: "Remedy: review (recurso de revisión)" },
        detail: { en: ["public holidays, which are not on record"] },
      },
    },
  },
];
