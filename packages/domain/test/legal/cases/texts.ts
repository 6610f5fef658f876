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
    name: "Cartagena: the life-safety-freedom threshold is Cartagena's, attributed to it; the national wording governs",
    source:
      "Cartagena Declaration concl. III(3) (quoted in 000 and 001 ch. 4); Ley 27891 art. 3(b) as 001 fn. 47 quotes it ('forced to flee … as a result of')",
    facts: { nationality: "VE" },
    fires: {
      "definition.cartagena": {
        severity: "info",
        detail: {
          en: [
            "Under the Cartagena Declaration (concl. III(3)), a person who fled because that situation threatened their life, safety or freedom has the elements of that definition, unless an exclusion clause applies",
            "the national law may word it differently",
            "that art. 3(b) of Ley 27891 incorporates in part",
          ],
          es: ["que la Ley 27891 (art. 3.b) incorpora en parte", "salvo que se aplique una causal de exclusión"],
          pt: ["A situação na Venezuela", "que a Ley 27891 (art. 3.b) incorpora em parte"],
        },
        // No claim on record: the advice is for when the person asks for protection.
        action: { en: ["If the person asks for protection, examine the claim"] },
        findings: ["do not apply the extended definition in practice"],
        never: [
          "Venezuela meets",
          "situation meets",
          "meets that definition",
          "Cumple esa definición",
          "que Ley 27891",
          "em Venezuela",
        ],
      },
    },
  },
  {
    name: "Cartagena with a claim pending: examine it under the national provision too",
    source: "Cartagena Declaration concl. III(3); 001 ch. 4, fn. 56 (not applied to Venezuelans in practice)",
    facts: { nationality: "VE", claim: { date: "2019-10-01" } },
    fires: {
      "definition.cartagena": {
        action: { en: ["Examine the claim under art. 3(b) of Ley 27891", "record that examination in the decision"] },
        never: ["If the person asks for protection"],
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
        detail: { en: ["examined only the 1951 Convention definition"] },
        action: { en: ["When the decision is reviewed, examine the claim"] },
        never: ["Seek reconsideration"],
      },
    },
  },
  {
    name: "'no well-founded fear' and 'not credible', the pattern the report documents: 'not shown', not 'not examined'",
    source:
      "001 ch. 6, 'Criteria for refugee status determination' (decisions citing no well-founded fear, or a fear not found credible)",
    facts: {
      nationality: "VE",
      decision: { outcome: "rejected", written: true, grounds: ["no-well-founded-fear", "not-credible"] },
    },
    fires: {
      "definition.cartagena-not-assessed": {
        severity: "warning",
        title: { en: "Extended definition not shown" },
        detail: { en: ["no well-founded fear and lack of credibility", "the record does not show"] },
        never: ["not examined"],
      },
    },
  },
  {
    name: "the definitions examined are named with their articles; complementary protection is not a definition",
    source: "001 ch. 6, 'Criteria for refugee status determination'",
    facts: {
      nationality: "VE",
      decision: {
        outcome: "rejected",
        written: true,
        grounds: ["no-well-founded-fear"],
        definitionsAssessed: ["convention-1951", "complementary-protection"],
      },
    },
    fires: {
      "definition.cartagena-not-assessed": {
        detail: {
          es: [
            "examinó solo la definición de la Convención de 1951 y la protección complementaria",
            "la definición ampliada de la Ley 27891 (art. 3.b)",
          ],
          pt: ["examinou apenas a definição da Convenção de 1951 e a proteção complementar", "da Ley 27891 (art. 3.b)"],
          en: ["examined only the 1951 Convention definition and complementary protection"],
        },
        never: ["la definición la de", "a definição a da", "and complementary protection definition"],
      },
    },
  },
  {
    name: "a decision that also rests on grounds other than individual persecution is not flagged",
    source: "001 ch. 6, 'Criteria for refugee status determination'",
    facts: {
      nationality: "VE",
      decision: { outcome: "rejected", written: true, grounds: ["no-well-founded-fear", "exclusion"] },
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
    name: "a renewal computed from the documented practice is never 'overdue' outright, nor critical; no consequence is added",
    source:
      "001 ch. 5, 'Changes to asylum procedures', fn. 90 (a UNHCR guide); fn. 89 (irregularity follows the tourist status)",
    facts: { nationality: "VE", claim: { date: "2019-05-01", asylumSeekerDocument: { lastRenewed: "2019-09-01" } } },
    fires: {
      "procedure.renewal-due": {
        severity: "warning",
        due: "2019-10-31",
        title: { en: "Renewal may be overdue (by the documented practice)" },
        detail: {
          en: [
            "By the documented practice (renewal every 60 calendar days)",
            "would have expired",
            "Check the date on the document",
          ],
          es: ["habría vencido"],
        },
        basis: ["ai-2020-peru"],
        never: ["irregular migrant", "migrante irregular", "Renewal overdue"],
      },
    },
  },
  {
    name: "an expiry date read from the card that has passed: critical, on the State's duty to issue identity papers",
    source: "1951 Convention art. 27",
    facts: { nationality: "VE", claim: { date: "2019-05-01", asylumSeekerDocument: { expires: "2019-11-10" } } },
    fires: {
      "procedure.renewal-due": {
        severity: "critical",
        title: { en: "Renewal overdue" },
        basis: ["refugee-convention-1951"],
        notBasis: ["ai-2020-peru"],
      },
    },
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
        detail: {
          en: [
            "24 November 2019",
            "23 March 2020",
            "footnote 89",
            "Venezuelan asylum-seekers registered as tourists in 2019",
          ],
        },
      },
    },
  },
  {
    name: "tourist status between the footnote's 60 days and the text's 180: end date uncertain, never 'expired'",
    source: "001 ch. 5, 'Changes to asylum procedures' (180 days) and fn. 89 (60 days)",
    facts: {
      nationality: "VE",
      entry: { date: "2019-06-01", status: "tourist", decision: "admitted" },
      claim: { date: "2019-06-10" },
    },
    fires: {
      "status.entry-permit-expiry": {
        severity: "warning",
        due: "2019-11-28",
        title: {
          es: "Calidad migratoria de entrada: fecha de vencimiento incierta",
          pt: "Situação migratória de entrada: data de vencimento incerta",
          en: "Entry status: end date uncertain",
        },
        detail: { en: ["would have expired on 31 July 2019", "it expires on 28 November 2019"] },
        action: { en: ["Check the end date on the migration record"] },
        never: ["Entry status expired", "estatus", "asilo", "status migratório"],
      },
    },
  },
  {
    name: "both of the source's dates passed: critical, still said as the count's result",
    source: "001 ch. 5, 'Changes to asylum procedures' and fn. 89",
    facts: {
      nationality: "VE",
      entry: { date: "2019-01-02", status: "tourist", decision: "admitted" },
      claim: { date: "2019-01-10" },
    },
    fires: {
      "status.entry-permit-expiry": {
        severity: "critical",
        due: "2019-07-01",
        title: { en: "Entry status may have expired (by this count)" },
        detail: { en: ["By this count the entry status would have expired on 3 March 2019 or on 1 July 2019"] },
      },
    },
  },
  {
    name: "an end date the portal shows, now passed: the entry status expired",
    source: "1951 Convention art. 31",
    facts: {
      nationality: "VE",
      entry: { date: "2019-05-01", status: "tourist", statusExpires: "2019-11-01" },
      claim: { date: "2019-05-10" },
    },
    fires: {
      "status.entry-permit-expiry": {
        severity: "critical",
        title: { en: "Entry status expired" },
        never: ["Check the end date on the migration record"],
      },
    },
  },
  {
    name: "no pending claim: an expiring entry status is not flagged",
    source: "1951 Convention art. 31",
    facts: { nationality: "VE", entry: { date: "2019-06-01", status: "tourist", decision: "admitted" } },
    silent: ["status.entry-permit-expiry", "procedure.renewal-due"],
  },
  {
    name: "trafficking: non-punishment is a recommendation shown as the source's, not a Protocol obligation",
    source:
      "Palermo Protocol art. 6 (assistance and protection); 003 sec. C, 'Trafficking in persons', 1(a) (a non-punishment provision was not adopted) and 1(b) (the Special Rapporteur's recommendation)",
    facts: {
      nationality: "VE",
      people: [
        {
          id: "w",
          relationship: "principal",
          age: 22,
          sex: "female",
          trafficking: { acts: ["recruitment"], means: ["deception"], purposes: ["forced-labour"] },
        },
      ],
    },
    fires: {
      "trafficking.indicators": {
        severity: "critical",
        action: {
          en: ["refer them to victim-of-trafficking protection", "a recommendation, not a Protocol obligation"],
        },
        findings: ["Special Rapporteur", "was discussed and not adopted"],
        basis: ["palermo-trafficking-protocol-2000"],
        never: ["and do not penalise them"],
      },
    },
  },
  {
    name: "trafficking: one element on record agrees in number, and what is missing is listed with 'ni'",
    source: "Palermo Protocol art. 3(a)",
    facts: {
      nationality: "VE",
      people: [
        {
          id: "p",
          relationship: "principal",
          age: 30,
          trafficking: { acts: ["recruitment"], signs: ["false-job-offer"] },
        },
      ],
    },
    fires: {
      "trafficking.indicators": {
        severity: "warning",
        detail: {
          es: ["consta un acto (captación)", "No constan un medio ni un fin de explotación"],
          pt: ["consta um ato (recrutamento)", "Não constam um meio nem uma finalidade de exploração"],
          en: [
            "For the principal applicant (30), on record: an act (recruitment)",
            "Not on record: a means or a purpose",
          ],
        },
        never: ["constan un acto (captación)", "constam um ato", "(30): on record"],
      },
    },
  },
];
