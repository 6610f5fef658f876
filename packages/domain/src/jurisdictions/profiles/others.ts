import { sourced } from "../../sources/citation.js";
import type { Jurisdiction } from "../jurisdiction.js";
import { CARTAGENA_GROUNDS } from "../../situations/cartagena-grounds.js";

/**
 * Profiles cited from each country's refugee law. Anything the law or the reference set does not
 * establish here is `null` (appeal periods, renewal periods, time limits): fill them in with a citation.
 */
const unknownOperationalFacts = {
  asylumSeekerRenewalDays: null,
  entryStatusForAsylumSeekers: null,
  humanitarianExceptions: null,
  olderPersonAge: null,
  decisionTimeLimitDays: null,
  borderProcedure: null,
} as const;

export const brazil: Jurisdiction = {
  country: "BR",
  refugeeLaw: sourced({ instrument: "br-law-9474" }, "br-law-9474", null),
  cartagena: sourced(
    {
      // Brazil's law recognises "grave and generalized violation of human rights" only.
      extent: "partial",
      grounds: ["massive-human-rights-violations"],
      instrument: "br-law-9474",
      provision: "art. 1, III",
    },
    "br-law-9474",
    "art. 1, III",
  ),
  cartagenaAppliedInPractice: sourced(true, "ai-2020-peru", "ch. 4, 'What are massive violations of human rights?'"),
  commission: sourced({ name: "Comitê Nacional para os Refugiados", acronym: "CONARE" }, "br-law-9474", "art. 11"),
  remedies: [
    {
      step: "appeal",
      against: "first-instance",
      body: sourced({ name: "Ministro de Estado da Justiça", acronym: null }, "br-law-9474", "art. 29"),
      deadline: sourced({ days: 15, unit: "calendar-days", from: "notification" }, "br-law-9474", "art. 29"),
      practicalBarriers: null,
    },
  ],
  ...unknownOperationalFacts,
};

export const mexico: Jurisdiction = {
  country: "MX",
  refugeeLaw: sourced({ instrument: "mx-law-refugees-2011" }, "mx-law-refugees-2011", null),
  cartagena: sourced(
    { extent: "full", grounds: [...CARTAGENA_GROUNDS], instrument: "mx-law-refugees-2011", provision: "art. 13, II" },
    "mx-law-refugees-2011",
    "art. 13, II",
  ),
  cartagenaAppliedInPractice: sourced(true, "ai-2020-peru", "ch. 4, 'What are massive violations of human rights?'"),
  commission: sourced(
    { name: "Comisión Mexicana de Ayuda a Refugiados", acronym: "COMAR" },
    "mx-law-refugees-2011",
    null,
  ),
  remedies: [],
  ...unknownOperationalFacts,
};

export const argentina: Jurisdiction = {
  country: "AR",
  refugeeLaw: sourced({ instrument: "ar-law-26165" }, "ar-law-26165", null),
  cartagena: sourced(
    { extent: "full", grounds: [...CARTAGENA_GROUNDS], instrument: "ar-law-26165", provision: "art. 4(b)" },
    "ar-law-26165",
    "art. 4(b)",
  ),
  cartagenaAppliedInPractice: null,
  commission: sourced({ name: "Comisión Nacional para los Refugiados", acronym: "CONARE" }, "ar-law-26165", null),
  remedies: [],
  ...unknownOperationalFacts,
};

export const chile: Jurisdiction = {
  country: "CL",
  refugeeLaw: sourced({ instrument: "cl-law-20430" }, "cl-law-20430", null),
  cartagena: sourced(
    { extent: "full", grounds: [...CARTAGENA_GROUNDS], instrument: "cl-law-20430", provision: "art. 2(2)" },
    "cl-law-20430",
    "art. 2(2)",
  ),
  cartagenaAppliedInPractice: null,
  commission: null,
  remedies: [],
  ...unknownOperationalFacts,
};

export const ecuador: Jurisdiction = {
  country: "EC",
  refugeeLaw: sourced({ instrument: "ec-lomh-2017" }, "ec-lomh-2017", null),
  cartagena: sourced(
    { extent: "full", grounds: [...CARTAGENA_GROUNDS], instrument: "ec-lomh-2017", provision: "art. 98" },
    "ec-lomh-2017",
    "art. 98",
  ),
  cartagenaAppliedInPractice: null,
  commission: null,
  remedies: [],
  ...unknownOperationalFacts,
};

export const colombia: Jurisdiction = {
  country: "CO",
  refugeeLaw: sourced({ instrument: "co-decree-1067-2015" }, "co-decree-1067-2015", null),
  cartagena: sourced(
    {
      extent: "full",
      grounds: [...CARTAGENA_GROUNDS],
      instrument: "co-decree-1067-2015",
      provision: "art. 2.2.3.1.1.1(b)",
    },
    "co-decree-1067-2015",
    "art. 2.2.3.1.1.1(b)",
  ),
  cartagenaAppliedInPractice: null,
  commission: sourced(
    { name: "Comisión Asesora para la Determinación de la Condición de Refugiado", acronym: "CONARE" },
    "co-decree-1067-2015",
    null,
  ),
  remedies: [],
  ...unknownOperationalFacts,
};
