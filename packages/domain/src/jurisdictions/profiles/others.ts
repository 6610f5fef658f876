import { cite, sourced } from "../../sources/citation.js";
import type { Jurisdiction } from "../jurisdiction.js";
import { CARTAGENA_GROUNDS } from "../../situations/cartagena-grounds.js";

/**
 * Profiles cited from each country's refugee law and its general administrative law. Each fact was
 * checked against the law's text or a source quoting it word for word (packages/domain/LEGAL-NOTES.md
 * says which, and what is still to be read in the official gazette). What could not be established to
 * that standard is `null`, and the rules that need it say so.
 */

export const brazil: Jurisdiction = {
  country: "BR",
  version: 1,
  // The statute texts read were captured from planalto.gov.br on 5 December 2025.
  lastVerified: "2025-12-05",
  refugeeLaw: sourced({ instrument: "br-law-9474" }, "br-law-9474", null),
  cartagena: sourced(
    {
      // Art. 1, III: "grave e generalizada violação de direitos humanos", and none of the other four grounds.
      extent: "partial",
      grounds: ["massive-human-rights-violations"],
      instrument: "br-law-9474",
      provision: "art. 1, III",
    },
    "br-law-9474",
    "art. 1, III",
  ),
  cartagenaPractice: [{ origin: "VE", applied: true, source: cite("ai-2020-peru", "ch. 4, fn. 56") }],
  commission: sourced({ name: "Comitê Nacional para os Refugiados", acronym: "CONARE" }, "br-law-9474", "art. 11"),
  remedies: [
    {
      step: "appeal",
      source: cite("br-law-9474", "art. 29"),
      against: "first-instance",
      body: sourced({ name: "Ministro de Estado da Justiça", acronym: null }, "br-law-9474", "art. 29"),
      // "no prazo de quinze dias, contados do recebimento da notificação"; continuous days (Law 9.784 art. 66 §2).
      deadline: sourced({ amount: 15, unit: "calendar-days", from: "notification" }, "br-law-9474", "art. 29"),
      practicalBarriers: null,
    },
  ],
  deadlineEndsOnWorkingDay: sourced(true, "br-law-9784", "art. 66 §1"),
  // Art. 8: an irregular entry is no obstacle, and the law sets no period for claiming.
  claimFilingDeadline: sourced(null, "br-law-9474", "arts. 7-8"),
  // Art. 47 only says the procedure is urgent.
  decisionTimeLimit: sourced(null, "br-law-9474", "art. 47"),
  asylumSeekerDocument: sourced(
    { name: { es: "protocolo", pt: "protocolo", en: "protocol (protocolo)" }, validity: null },
    "br-law-9474",
    "art. 21",
  ),
  entryStatusForAsylumSeekers: null,
  humanitarianExceptions: null,
  olderPersonAge: null,
  borderProcedure: null,
};

export const mexico: Jurisdiction = {
  country: "MX",
  version: 1,
  lastVerified: "2026-12-01",
  refugeeLaw: sourced({ instrument: "mx-law-refugees-2011" }, "mx-law-refugees-2011", null),
  cartagena: sourced(
    { extent: "full", grounds: [...CARTAGENA_GROUNDS], instrument: "mx-law-refugees-2011", provision: "art. 13, II" },
    "mx-law-refugees-2011",
    "art. 13, II",
  ),
  cartagenaPractice: [{ origin: "VE", applied: true, source: cite("ai-2020-peru", "ch. 4, fn. 56") }],
  // COMAR decides, but the article (Reglamento art. 15) is known only from a paraphrase: not in the data
  // until its text is read (LEGAL-NOTES §3).
  commission: null,
  remedies: [
    {
      step: "appeal",
      name: {
        es: "recurso de revisión",
        pt: "recurso de revisão (recurso de revisión)",
        en: "review (recurso de revisión)",
      },
      source: cite("mx-law-refugees-2011", "art. 25"),
      against: "first-instance",
      // Lodged with the authority that decided and resolved by its hierarchical superior (LFPA art. 86).
      body: null,
      deadline: sourced({ amount: 15, unit: "working-days", from: "notification" }, "mx-law-refugees-2011", "art. 25"),
      practicalBarriers: null,
    },
  ],
  deadlineEndsOnWorkingDay: null,
  claimFilingDeadline: sourced({ amount: 30, unit: "working-days", from: "entry" }, "mx-law-refugees-2011", "art. 18"),
  // 45 working days (art. 24) is known only from COMAR's own pages, which paraphrase it: not in the data
  // until the article's text is read (LEGAL-NOTES §3). Long waits use the default threshold meanwhile.
  decisionTimeLimit: null,
  asylumSeekerDocument: null,
  entryStatusForAsylumSeekers: null,
  humanitarianExceptions: null,
  olderPersonAge: null,
  borderProcedure: null,
};

export const argentina: Jurisdiction = {
  country: "AR",
  version: 1,
  lastVerified: "2025-12-01",
  refugeeLaw: sourced({ instrument: "ar-law-26165" }, "ar-law-26165", null),
  cartagena: sourced(
    { extent: "full", grounds: [...CARTAGENA_GROUNDS], instrument: "ar-law-26165", provision: "art. 4(b)" },
    "ar-decree-646-2025",
    "recitals",
  ),
  cartagenaPractice: [],
  commission: sourced(
    { name: "Comisión Nacional para los Refugiados", acronym: "CONARE" },
    "ar-decree-646-2025",
    "annex I, art. 3",
  ),
  remedies: [
    {
      // Emergency decree 942/2024 replaced art. 50: the administrative appeal is gone and a direct appeal to
      // a court takes its place. Neither its period nor the court could be read in its text.
      step: "judicial-review",
      name: {
        es: "recurso judicial directo",
        pt: "recurso judicial direto (recurso judicial directo)",
        en: "direct judicial appeal (recurso judicial directo)",
      },
      source: cite("ar-decree-646-2025", "annex I, art. 3"),
      against: "first-instance",
      body: null,
      deadline: null,
      practicalBarriers: null,
    },
  ],
  deadlineEndsOnWorkingDay: null,
  claimFilingDeadline: null,
  decisionTimeLimit: null,
  asylumSeekerDocument: null,
  entryStatusForAsylumSeekers: null,
  humanitarianExceptions: null,
  olderPersonAge: null,
  borderProcedure: null,
};

export const chile: Jurisdiction = {
  country: "CL",
  version: 1,
  // The version of Law 20.430 read on the national congress library's site: 20 February 2024.
  lastVerified: "2024-02-20",
  refugeeLaw: sourced({ instrument: "cl-law-20430" }, "cl-law-20430", null),
  // Art. 2 was read only up to numeral 1; numeral 2 (the extended definition) is known from memory and a
  // paraphrase, so it is not in the data until its text is read (LEGAL-NOTES §5).
  cartagena: null,
  cartagenaPractice: [],
  commission: null,
  remedies: [],
  deadlineEndsOnWorkingDay: null,
  claimFilingDeadline: null,
  decisionTimeLimit: null,
  asylumSeekerDocument: null,
  entryStatusForAsylumSeekers: null,
  humanitarianExceptions: null,
  olderPersonAge: null,
  borderProcedure: null,
};

export const ecuador: Jurisdiction = {
  country: "EC",
  version: 1,
  lastVerified: "2026-12-01",
  refugeeLaw: sourced({ instrument: "ec-lomh-2017" }, "ec-lomh-2017", null),
  cartagena: sourced(
    { extent: "full", grounds: [...CARTAGENA_GROUNDS], instrument: "ec-lomh-2017", provision: "art. 98(2)" },
    "ec-lomh-2017",
    "art. 98(2)",
  ),
  cartagenaPractice: [],
  commission: null,
  remedies: [],
  deadlineEndsOnWorkingDay: null,
  claimFilingDeadline: null,
  decisionTimeLimit: null,
  asylumSeekerDocument: null,
  entryStatusForAsylumSeekers: null,
  humanitarianExceptions: null,
  olderPersonAge: null,
  borderProcedure: null,
};

export const colombia: Jurisdiction = {
  country: "CO",
  version: 1,
  lastVerified: "2026-12-01",
  refugeeLaw: sourced({ instrument: "co-decree-1067-2015" }, "co-decree-1067-2015", null),
  cartagena: sourced(
    // Decreto 2840 of 2013, art. 1(b), compiled into Decreto 1067 of 2015 (Book 2, Part 2, Title 3).
    { extent: "full", grounds: [...CARTAGENA_GROUNDS], instrument: "co-decree-2840-2013", provision: "art. 1(b)" },
    "co-decree-2840-2013",
    "art. 1(b)",
  ),
  cartagenaPractice: [],
  commission: sourced(
    { name: "Comisión Asesora para la Determinación de la Condición de Refugiado", acronym: "CONARE" },
    "co-decree-2840-2013",
    "title",
  ),
  remedies: [],
  // Periods in months run by the calendar and move to the next working day (Law 4 of 1913, art. 62).
  deadlineEndsOnWorkingDay: sourced(true, "co-law-4-1913", "art. 62"),
  claimFilingDeadline: null,
  decisionTimeLimit: null,
  asylumSeekerDocument: null,
  entryStatusForAsylumSeekers: null,
  humanitarianExceptions: null,
  olderPersonAge: null,
  borderProcedure: null,
};
