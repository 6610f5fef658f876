import type { PledgeRow } from "../ledger/pledge-codec.js";
import { toPledgeView } from "../ledger/pledge-view.js";

/** What a CSV cell can hold: text, a number, or nothing (an empty cell). */
type CellValue = string | number | null | undefined;

/** Pledges as CSV with an HXL hashtag row under the header (Humanitarian Exchange Language). */
const COLUMNS: readonly [
  header: string,
  hxl: string,
  value: (row: ReturnType<typeof toPledgeView> & { organisationName: string }) => CellValue,
][] = [
  ["Pledge ID", "#activity+id", (row) => row.id],
  ["Kind", "#activity+type", (row) => row.kind],
  ["Organisation", "#org+name", (row) => row.organisationName],
  ["Organisation ID", "#org+code", (row) => row.organisationId],
  ["Appeal", "#activity+appeal+code", (row) => row.appealId],
  ["Programme", "#sector", (row) => row.programme],
  ["Year", "#date+year", (row) => row.year],
  ["Status", "#status", (row) => row.status],
  ["Currency", "#currency", (row) => row.funding?.currency],
  ["Pledged", "#value+pledged", (row) => row.funding?.pledged],
  ["Committed", "#value+committed", (row) => row.funding?.committed],
  ["Paid", "#value+paid", (row) => row.funding?.paid],
  ["Pledged USD", "#value+pledged+usd", (row) => row.funding?.usd.pledged],
  ["Committed USD", "#value+committed+usd", (row) => row.funding?.usd.committed],
  ["Paid USD", "#value+paid+usd", (row) => row.funding?.usd.paid],
  ["USD rate", "#rate+usd", (row) => row.funding?.usd.rate],
  ["USD rate date", "#date+rate", (row) => row.funding?.usd.rateDate],
  ["Resettlement country", "#country+code+resettlement", (row) => row.places?.resettlementCountry],
  ["Host country", "#country+code+host", (row) => row.places?.hostCountry],
  ["Category", "#population+category", (row) => row.places?.category],
  ["Places pledged", "#affected+places+pledged", (row) => row.places?.pledged],
  ["Places confirmed", "#affected+places+confirmed", (row) => row.places?.confirmed],
  ["Places allocated", "#affected+places+allocated", (row) => row.places?.allocated],
  ["Places departed", "#affected+places+departed", (row) => row.places?.departed],
  ["Places arrived", "#affected+places+arrived", (row) => row.places?.arrived],
  ["Demo data", "#meta+demo", (row) => (row.demo ? "yes" : "no")],
  ["Updated", "#date+updated", (row) => row.updatedAt],
];

export function cell(value: CellValue): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  // Quote when needed, and defuse spreadsheet formulas in text typed by users.
  // Only a plain number may start with "-": "-2+3+cmd|..." is a formula.
  const safe = /^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows per page: a page is one short query and a few milliseconds of formatting. */
export const CSV_PAGE_ROWS = 500;

/** The header row and the HXL hashtag row under it. */
export function csvHeader(): string {
  return `${COLUMNS.map(([header]) => cell(header)).join(",")}\r\n${COLUMNS.map(([, hxl]) => hxl).join(",")}\r\n`;
}

/** CSV lines for pledges, each with its organisation's name from `names` (by organisation id). */
export function csvRows(rows: readonly PledgeRow[], names: ReadonlyMap<string, string>): string {
  let page = "";
  for (const pledge of rows) {
    const view = { ...toPledgeView(pledge), organisationName: names.get(pledge.organisationId) ?? "" };
    page += `${COLUMNS.map(([, , value]) => cell(value(view))).join(",")}\r\n`;
  }
  return page;
}
