/**
 * The documents every fact in this package is cited from. Reports are the project's reference set
 * (their file names in the shared reference folder are given so a reviewer can open them); legal
 * texts are the instruments themselves, cited by article.
 */
export interface SourceDocument {
  readonly id: string;
  readonly kind: "report" | "legal-text" | "dataset" | "guidance";
  readonly title: string;
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
    publisher: "Amnesty International",
    published: "2020",
    symbol: "AMR 46/1675/2020",
    referenceFile: "001_12fff9a49d0d80ab.txt",
  },
  {
    id: "ai-andean-seminar",
    kind: "report",
    title: "Statement to the seminar on refugee protection in the Andean region",
    publisher: "Amnesty International",
    published: "1990s",
    symbol: null,
    referenceFile: "000_113f6bbd733a5d56.txt",
  },
  {
    id: "psg-2017-amnesty-report",
    kind: "report",
    title: "Amnesty publishes annual report (note on Peru, Amnesty International Report 2016/17)",
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
    publisher: "ECLAC/CELADE, IOM, UNFPA",
    published: "2004-01",
    symbol: null,
    referenceFile: "003_1686e4b79d345cfa.txt",
  },
  {
    id: "mexico-plan-of-action-2004",
    kind: "legal-text",
    title:
      "Mexico Declaration and Plan of Action to Strengthen the International Protection of Refugees in Latin America",
    publisher: "Governments of Latin America, with UNHCR",
    published: "2004-11-16",
    symbol: null,
    referenceFile: "004_adb8d2c5cd19fd68.txt",
  },
  {
    id: "unhcr-resettlement-handbook-2011",
    kind: "guidance",
    title: "UNHCR Resettlement Handbook",
    publisher: "UNHCR",
    published: "2011",
    symbol: null,
    referenceFile: null,
  },
  {
    id: "world-bank-wdi",
    kind: "dataset",
    title: "World Development Indicators (SP.POP.TOTL, NY.GDP.MKTP.CD, NY.GNP.PCAP.CD)",
    publisher: "World Bank",
    published: "2024",
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
