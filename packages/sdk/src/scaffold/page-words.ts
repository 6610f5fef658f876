import type { Locale } from "@solidaria/domain";

/**
 * The words of the sample page a new plugin starts from, in the template's language: labels as a portal
 * would show them, and values the SDK's vocabularies read (so the generated test passes as written).
 */
export interface PageWords {
  readonly title: string;
  readonly heading: string;
  /** The heading of a one-case page, before the case number. */
  readonly caseHeading: string;
  readonly reference: string;
  readonly nationality: string;
  readonly claimDate: string;
  readonly outcome: string;
  readonly venezuelan: string;
  readonly underReview: string;
  readonly rejected: string;
  /** 2019-09-02 and 2019-08-15 as the page writes them. */
  readonly firstDate: string;
  readonly secondDate: string;
  /** The last part of the sample page's address. */
  readonly pathSegment: string;
}

export const PAGE_WORDS: Readonly<Record<Locale, PageWords>> = {
  es: {
    title: "Casos (página guardada con datos sintéticos: reemplácela por una de su portal)",
    heading: "Casos",
    caseHeading: "Expediente",
    reference: "Caso",
    nationality: "Nacionalidad",
    claimDate: "Fecha de solicitud",
    outcome: "Resultado",
    venezuelan: "Venezolana",
    underReview: "En evaluación",
    rejected: "Denegado",
    firstDate: "02/09/2019",
    secondDate: "15/08/2019",
    pathSegment: "casos",
  },
  pt: {
    title: "Processos (página salva com dados sintéticos: substitua-a por uma do seu portal)",
    heading: "Processos",
    caseHeading: "Processo",
    reference: "Processo",
    nationality: "Nacionalidade",
    claimDate: "Data do pedido",
    outcome: "Situação",
    venezuelan: "Venezuelana",
    underReview: "Em análise",
    rejected: "Indeferido",
    firstDate: "02/09/2019",
    secondDate: "15/08/2019",
    pathSegment: "processos",
  },
  en: {
    title: "Cases (a saved page with synthetic data: replace it with one from your portal)",
    heading: "Cases",
    caseHeading: "Case file",
    reference: "Case",
    nationality: "Nationality",
    claimDate: "Claim date",
    outcome: "Outcome",
    venezuelan: "Venezuelan",
    underReview: "Under review",
    rejected: "Rejected",
    firstDate: "2 September 2019",
    secondDate: "15 August 2019",
    pathSegment: "cases",
  },
};
