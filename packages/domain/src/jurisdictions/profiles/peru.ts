import { sourced } from "../../sources/citation.js";
import type { Jurisdiction } from "../jurisdiction.js";

const AI = "ai-2020-peru";

/** Peru: the procedures applied by CEPR and Migraciones as documented in Amnesty International's 2020 report. */
export const peru: Jurisdiction = {
  country: "PE",
  refugeeLaw: sourced({ instrument: "pe-law-27891" }, AI, "ch. 4, fn. 47"),
  cartagena: sourced(
    {
      // Art. 3(b) takes four of the five Cartagena situations: "generalized violence" is omitted.
      extent: "partial",
      grounds: [
        "foreign-aggression",
        "internal-conflict",
        "massive-human-rights-violations",
        "serious-public-order-disturbance",
      ],
      instrument: "pe-law-27891",
      provision: "art. 3(b)",
    },
    AI,
    "ch. 4, 'What are massive violations of human rights?'",
  ),
  cartagenaAppliedInPractice: sourced(false, AI, "ch. 6, 'Criteria for refugee status determination'"),
  commission: sourced({ name: "Comisión Especial para los Refugiados", acronym: "CEPR" }, AI, "Glossary"),
  remedies: [
    {
      step: "reconsideration",
      against: "first-instance",
      body: sourced(
        { name: "Comisión Especial para los Refugiados", acronym: "CEPR" },
        AI,
        "ch. 6, 'Appeals against negative first decisions'",
      ),
      // The report gives no filing period; the general administrative procedure law sets 15 working days for any recourse.
      deadline: sourced({ days: 15, unit: "working-days", from: "notification" }, "pe-law-27444", "art. 218.2"),
      practicalBarriers: null,
    },
    {
      step: "appeal",
      against: "reconsideration",
      body: sourced(
        { name: "Comisión Revisora para Asuntos de Refugiados", acronym: null },
        AI,
        "ch. 6, 'Appeals against negative first decisions'",
      ),
      deadline: sourced({ days: 15, unit: "working-days", from: "notification" }, "pe-law-27444", "art. 218.2"),
      practicalBarriers: sourced(
        {
          es: "Quien está en la frontera debe presentar la apelación desde un consulado peruano en un país vecino.",
          pt: "Quem está na fronteira deve apresentar o recurso em um consulado peruano num país vizinho.",
          en: "People at the border must lodge the appeal from a Peruvian consulate in a neighbouring country.",
        },
        AI,
        "ch. 6, 'Appeals against negative first decisions'",
      ),
    },
  ],
  asylumSeekerRenewalDays: sourced(60, AI, "ch. 5, 'Changes to asylum procedures'"),
  entryStatusForAsylumSeekers: sourced({ status: "tourist", days: 180 }, AI, "ch. 5, 'Changes to asylum procedures'"),
  humanitarianExceptions: sourced(
    {
      instrument: "pe-rs-000270-2018-migraciones",
      categories: ["child-joining-parent", "older-person", "pregnancy", "serious-medical-condition"],
      olderPersonAge: 60,
      // The resolution's criteria, not the 2019 practice: after the "presidential order" officials applied
      // the exceptions only to humanitarian-visa holders lacking Ecuadorian stamps, but the report finds
      // that people meeting the criteria "ought to have been eligible ... even without a humanitarian
      // visa" (ch. 6). The annotation points at exactly those refusals.
      requiresDocuments: [],
      waives: ["missing-stamps", "no-visa", "no-passport"],
      inForceSince: "2018-08-25",
    },
    AI,
    "ch. 5, 'Elimination of humanitarian exceptions'; ch. 6, 'The reality of humanitarian exceptions'",
  ),
  olderPersonAge: sourced(60, AI, "ch. 6, 'The reality of humanitarian exceptions'"),
  decisionTimeLimitDays: null,
  borderProcedure: sourced(
    {
      es: "Desde el 22 de junio de 2019 quien pide asilo en el CEBAF de Tumbes debe esperar en la frontera; solo una decisión positiva permite entrar.",
      pt: "Desde 22 de junho de 2019 quem pede asilo no CEBAF de Tumbes deve esperar na fronteira; só uma decisão positiva permite entrar.",
      en: "Since 22 June 2019 people claiming asylum at CEBAF Tumbes must wait at the border; only a positive decision lets them enter.",
    },
    AI,
    "ch. 5, 'Changes to asylum procedures'",
  ),
};
