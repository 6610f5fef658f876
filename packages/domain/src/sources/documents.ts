import type { Locale, LocalizedText } from "../i18n/locale.js";

/**
 * The documents every fact in this package is cited from. Reports are the project's reference set
 * (their file names in the shared reference folder are given so a reviewer can open them); legal
 * texts are the instruments themselves, cited by article.
 */
export interface SourceDocument {
  readonly id: string;
  /**
   * `declaration`: a text states adopted, not binding as a treaty is (the Mexico Declaration); the
   * binding instruments themselves are in the instrument catalogue.
   */
  readonly kind: "report" | "declaration" | "dataset" | "guidance";
  /** The title as the document gives it, in its own language (`titleLanguage`). */
  readonly title: string;
  readonly titleLanguage: Locale;
  /**
   * What the document is, in each language ("Informe de Amnistía Internacional sobre …"), so that a
   * reader who does not read the title's language knows what is cited: "<title> — <description>".
   */
  readonly description: LocalizedText;
  readonly publisher: string;
  /** Date or year of publication, as precise as the document states. */
  readonly published: string;
  /** Document symbol or index number, when it has one. */
  readonly symbol: string | null;
  /** File name in the project's shared reference set, for the reports it holds. */
  readonly referenceFile: string | null;
}

export const REPORTS = [
  {
    id: "ai-2020-peru",
    kind: "report",
    title: "In Search of Safety: Peru turns its back on people fleeing Venezuela",
    titleLanguage: "en",
    description: {
      es: "Informe de Amnistía Internacional sobre el trato de Perú a las personas que huyen de Venezuela (2020)",
      pt: "Relatório da Anistia Internacional sobre o tratamento dado pelo Peru às pessoas que fogem da Venezuela (2020)",
      en: "Amnesty International report on Peru's treatment of people fleeing Venezuela (2020)",
    },
    publisher: "Amnesty International",
    published: "2020",
    symbol: "AMR 46/1675/2020",
    referenceFile: "001_12fff9a49d0d80ab.txt",
  },
  {
    id: "ai-andean-seminar",
    kind: "report",
    title: "Statement to the seminar on refugee protection in the Andean region",
    titleLanguage: "en",
    description: {
      es: "Declaración de Amnistía Internacional ante un seminario sobre la protección de refugiados en la región andina (década de 1990)",
      pt: "Declaração da Anistia Internacional em um seminário sobre a proteção de refugiados na região andina (década de 1990)",
      en: "Amnesty International statement to a seminar on refugee protection in the Andean region (1990s)",
    },
    publisher: "Amnesty International",
    published: "1990s",
    symbol: null,
    referenceFile: "000_113f6bbd733a5d56.txt",
  },
  {
    id: "psg-2017-amnesty-report",
    kind: "report",
    title: "Amnesty publishes annual report (note on Peru, Amnesty International Report 2016/17)",
    titleLanguage: "en",
    description: {
      es: "Nota del Peru Support Group sobre el capítulo de Perú del Informe 2016/17 de Amnistía Internacional (2017)",
      pt: "Nota do Peru Support Group sobre o capítulo do Peru no Informe 2016/17 da Anistia Internacional (2017)",
      en: "Peru Support Group note on the Peru chapter of Amnesty International's Report 2016/17 (2017)",
    },
    publisher: "Peru Support Group",
    published: "2017-03-11",
    symbol: null,
    referenceFile: "002_a58aeae049a7e124.txt",
  },
  {
    id: "eclac-2004-trafficking",
    kind: "report",
    title:
      "Human Rights and Trafficking in Persons in the Americas: Summary and Highlights of the Hemispheric Conference on International Migration",
    titleLanguage: "en",
    description: {
      es: "Resumen de la Conferencia Hemisférica sobre Migración Internacional: derechos humanos y trata de personas en las Américas (CEPAL/CELADE, OIM, UNFPA, 2004)",
      pt: "Resumo da Conferência Hemisférica sobre Migração Internacional: direitos humanos e tráfico de pessoas nas Américas (CEPAL/CELADE, OIM, UNFPA, 2004)",
      en: "Summary of the Hemispheric Conference on International Migration: human rights and trafficking in persons in the Americas (ECLAC/CELADE, IOM, UNFPA, 2004)",
    },
    publisher: "ECLAC/CELADE, IOM, UNFPA",
    published: "2004-01",
    symbol: null,
    referenceFile: "003_1686e4b79d345cfa.txt",
  },
  {
    id: "mexico-plan-of-action-2004",
    kind: "declaration",
    title:
      "Mexico Declaration and Plan of Action to Strengthen the International Protection of Refugees in Latin America",
    titleLanguage: "en",
    description: {
      es: "Declaración y Plan de Acción de México para fortalecer la protección internacional de los refugiados en América Latina (2004)",
      pt: "Declaração e Plano de Ação do México para fortalecer a proteção internacional dos refugiados na América Latina (2004)",
      en: "Mexico Declaration and Plan of Action to strengthen the international protection of refugees in Latin America (2004)",
    },
    publisher: "Governments of Latin America, with UNHCR",
    published: "2004-11-16",
    symbol: null,
    referenceFile: "004_adb8d2c5cd19fd68.txt",
  },
  {
    id: "unhcr-resettlement-handbook-2011",
    kind: "guidance",
    title: "UNHCR Resettlement Handbook",
    titleLanguage: "en",
    description: {
      es: "Manual de reasentamiento del ACNUR (2011)",
      pt: "Manual de reassentamento do ACNUR (2011)",
      en: "UNHCR guide to resettlement procedures and submission categories (2011)",
    },
    publisher: "UNHCR",
    published: "2011",
    symbol: null,
    referenceFile: null,
  },
  {
    id: "world-bank-wdi",
    kind: "dataset",
    title: "World Development Indicators (SP.POP.TOTL, NY.GDP.MKTP.CD)",
    titleLanguage: "en",
    description: {
      es: "Indicadores del desarrollo mundial del Banco Mundial: población total y PIB en dólares corrientes (actualización del 19 de septiembre de 2024)",
      pt: "Indicadores de desenvolvimento mundial do Banco Mundial: população total e PIB em dólares correntes (atualização de 19 de setembro de 2024)",
      en: "World Bank data on total population and GDP in current US dollars (update of 19 September 2024)",
    },
    publisher: "World Bank",
    published: "2024-09-19",
    symbol: null,
    referenceFile: null,
  },
] as const satisfies readonly SourceDocument[];

export type ReportId = (typeof REPORTS)[number]["id"];

const byId = new Map<string, SourceDocument>(REPORTS.map((document) => [document.id, document]));

export function getReport(id: string): SourceDocument | undefined {
  return byId.get(id);
}

export function listReports(): SourceDocument[] {
  return [...byId.values()];
}
