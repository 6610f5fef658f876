import type { LegalCase } from "../legal-case.js";
import { getJurisdiction } from "../../../src/jurisdictions/registry.js";
import { defined } from "../../helpers.js";

const chile = defined(getJurisdiction("CL"), "Chile's profile");
const mexico = defined(getJurisdiction("MX"), "Mexico's profile");

/** Class 8: every jurisdiction usable, as far as its law can be cited. */
export const JURISDICTION_CASES: readonly LegalCase[] = [
  {
    name: "Brazil incorporates only 'grave and generalized violation of human rights': Venezuela qualifies",
    source: "Lei 9.474 art. 1, III; 001 ch. 4, fn. 56 (Brazil's prima facie recognitions)",
    facts: { jurisdiction: "BR", nationality: "VE" },
    fires: {
      "definition.cartagena": {
        detail: {
          en: ["art. 1, III of Lei 9.474/1997", "in part"],
          es: ["que la Lei 9.474/1997 (art. 1, III) incorpora"],
        },
        findings: ["apply the extended definition to people from Venezuela"],
      },
    },
  },
  {
    name: "Brazil: Colombia's internal conflict and generalized violence are not grounds its law includes",
    source: "Lei 9.474 art. 1, III",
    facts: { jurisdiction: "BR", nationality: "CO" },
    silent: ["definition.cartagena"],
  },
  {
    name: "Brazil: the protocol is valid until the final decision, nothing to renew",
    source: "Lei 9.474 art. 21",
    facts: {
      jurisdiction: "BR",
      nationality: "VE",
      claim: { date: "2019-01-02", asylumSeekerDocument: { issued: "2019-01-02" } },
    },
    silent: ["procedure.renewal-due"],
  },
  {
    name: "Mexico: the 45 working days to decide are known only from a paraphrase, so not used: the default threshold applies",
    source:
      "Ley sobre Refugiados (México) art. 24, paraphrased by COMAR pages (LEGAL-NOTES §3: paraphrase is not data)",
    facts: { jurisdiction: "MX", nationality: "HN", claim: { date: "2019-09-02", stage: "admitted" } },
    fires: { "procedure.long-wait": { detail: { en: ["Has waited 79 days"] }, never: ["legal time limit"] } },
  },
  {
    name: "a statutory time limit a coordinator publishes: said as the count's result, with the days the count leaves out",
    source:
      "Ley sobre Refugiados (México) art. 24 (once read); 16 September is a Mexican holiday the count does not know",
    facts: { jurisdiction: "MX", nationality: "HN", claim: { date: "2019-09-02", stage: "admitted" } },
    options: {
      jurisdictions: [
        {
          ...mexico,
          version: 2,
          decisionTimeLimit: {
            value: { amount: 45, unit: "working-days", from: "filing" },
            source: { source: "mx-law-refugees-2011", locator: "art. 24" },
          },
        },
      ],
    },
    fires: {
      "procedure.long-wait": {
        detail: {
          en: [
            "By this count the legal time limit for deciding",
            "4 November 2019",
            "public holidays, which are not on record",
          ],
          es: ["Según esta cuenta, el plazo legal para decidir"],
        },
        never: ["The legal time limit for deciding (45 working days from the filing of the claim) ended"],
      },
    },
  },
  {
    name: "within a published statutory time limit, 50 days is not yet a long wait",
    source: "Ley sobre Refugiados (México) art. 24 (as a coordinator would cite it)",
    facts: { jurisdiction: "MX", nationality: "HN", claim: { date: "2019-10-01", stage: "admitted" } },
    options: {
      jurisdictions: [
        {
          ...mexico,
          version: 2,
          decisionTimeLimit: {
            value: { amount: 45, unit: "working-days", from: "filing" },
            source: { source: "mx-law-refugees-2011", locator: "art. 24" },
          },
        },
      ],
    },
    silent: ["procedure.long-wait"],
  },
  {
    name: "Chile: the extended definition (art. 2, numeral 2) was not read, so it is not assumed",
    source: "Ley 20.430 art. 2 (read up to numeral 1; LEGAL-NOTES §5)",
    facts: { jurisdiction: "CL", nationality: "VE" },
    undetermined: { "definition.cartagena": ["jurisdiction.cartagena"] },
  },
  {
    name: "Argentina: a direct judicial appeal replaced the administrative one; its period is not in the data",
    source: "Decreto 646/2025, annex I, art. 3 (art. 50 of Law 26.165 as replaced by DNU 942/2024)",
    facts: {
      jurisdiction: "AR",
      nationality: "VE",
      decision: { outcome: "rejected", notifiedDate: "2025-10-01", written: true },
    },
    today: "2025-10-05",
    fires: {
      "appeal.available": {
        due: null,
        title: { en: "Remedy: direct judicial appeal (recurso judicial directo)" },
        detail: { en: ["not in the data"] },
      },
    },
  },
  {
    name: "Chile: remedies not established from the law's text: undetermined",
    source: "Ley 20.430 (remedy articles not read)",
    facts: {
      jurisdiction: "CL",
      nationality: "VE",
      decision: { outcome: "rejected", notifiedDate: "2019-11-01", written: true },
    },
    undetermined: { "appeal.available": ["jurisdiction.remedies"] },
  },
  {
    name: "Chile: a coordinator's published profile with a remedy is used instead of the built-in one",
    source: "Ley 20.430; Ley 19.880 (as a coordinator would cite them)",
    facts: {
      jurisdiction: "CL",
      nationality: "VE",
      decision: { outcome: "rejected", notifiedDate: "2019-11-14", written: true },
    },
    options: {
      jurisdictions: [
        {
          ...chile,
          version: 2,
          lastVerified: "2019-11-01",
          remedies: [
            {
              step: "reconsideration",
              source: { source: "cl-law-20430", locator: null },
              against: "first-instance",
              body: {
                value: { name: "Subsecretaría del Interior", acronym: null },
                source: { source: "cl-law-20430", locator: null },
              },
              deadline: {
                value: { amount: 5, unit: "working-days", from: "notification" },
                source: { source: "cl-law-20430", locator: null },
              },
              practicalBarriers: null,
            },
          ],
        },
      ],
    },
    fires: { "appeal.available": { due: "2019-11-21", detail: { en: ["Subsecretaría del Interior"] } } },
  },
  {
    name: "Ecuador incorporates all five grounds: a Colombian there, on data last verified in 2004",
    source: "LOMH art. 98(2); 004 ch. 1; 000 (paragraph on Colombia)",
    facts: { jurisdiction: "EC", nationality: "CO" },
    fires: {
      "definition.cartagena": {
        detail: { en: ["internal conflicts", "Data last verified on 16 November 2004"] },
        stale: true,
      },
    },
  },
  {
    name: "Ecuador: remedies not established: undetermined",
    source: "LOMH; Código Orgánico Administrativo (not read)",
    facts: {
      jurisdiction: "EC",
      nationality: "CO",
      decision: { outcome: "rejected", notifiedDate: "2019-11-01", written: true },
    },
    undetermined: { "appeal.available": ["jurisdiction.remedies"] },
  },
  {
    name: "Colombia incorporates all five grounds: a Venezuelan there",
    source: "Decreto 2840 de 2013 art. 1(b)",
    facts: { jurisdiction: "CO", nationality: "VE" },
    fires: {
      "definition.cartagena": {
        detail: { en: ["art. 1(b) of Decreto 2840/2013"], es: ["que el Decreto 2840/2013 (art. 1.b) incorpora"] },
      },
    },
  },
  {
    name: "Colombia: remedies not established: undetermined",
    source: "Decreto 1067 de 2015 (remedy articles not read)",
    facts: {
      jurisdiction: "CO",
      nationality: "VE",
      decision: { outcome: "rejected", notifiedDate: "2019-11-01", written: true },
    },
    undetermined: { "appeal.available": ["jurisdiction.remedies"] },
  },
  {
    name: "a jurisdiction with no profile (Uruguay): undetermined, never another country's rules",
    source: "Convención Americana art. 8",
    facts: {
      jurisdiction: "UY",
      nationality: "VE",
      decision: { outcome: "rejected", notifiedDate: "2019-11-01", written: true },
    },
    undetermined: { "appeal.available": ["jurisdiction"], "definition.cartagena": ["jurisdiction"] },
  },
];
