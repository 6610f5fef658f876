import { setImmediate as nextTurn } from "node:timers/promises";
import { closeDatabase, openDatabase, type LedgerDatabase } from "@solidaria/db";
import { pledgeCsvPages } from "../reports/hxl-csv.js";

/** The UTF-8 byte-order mark: spreadsheet programs read a CSV as UTF-8 only when it starts with one. */
const UTF8_BOM = "\uFEFF";

interface PledgeExportOptions {
  /** Start with a UTF-8 byte-order mark (for spreadsheet programs). */
  readonly byteOrderMark?: boolean;
  readonly pageRows?: number;
}

/**
 * Every pledge as HXL-tagged CSV, one page of rows at a time, without holding the event loop: the
 * export waits a turn of the loop before each page, so other requests are served between pages, and
 * it reads nothing until its consumer asks for the next page (backpressure).
 *
 * The pages come from one snapshot: a read transaction on a read-only connection of its own, so
 * that writes committed during a long export neither tear it nor wait for it (WAL readers do not
 * block writers). Stopping early (`return()`, or `break` in `for await`) ends the transaction and
 * closes that connection.
 */
export async function* pledgeCsvExport(
  db: LedgerDatabase,
  options: PledgeExportOptions = {},
): AsyncGenerator<string, void, undefined> {
  // An in-memory database cannot be opened twice: it is read on its own connection, page by page.
  const reader = db.$client.memory ? db : openDatabase(db.$client.name, { readonly: true });
  const snapshot = reader !== db;
  try {
    if (snapshot) {
      reader.$client.exec("BEGIN");
      // A deferred transaction takes its snapshot at its first read: take it now, not at the first page.
      reader.$client.prepare("select count(*) from sqlite_master").get();
    }
    if (options.byteOrderMark) yield UTF8_BOM;
    for (const page of pledgeCsvPages(reader, options.pageRows)) {
      yield page;
      await nextTurn();
    }
  } finally {
    if (snapshot) {
      if (reader.$client.inTransaction) reader.$client.exec("COMMIT");
      closeDatabase(reader);
    }
  }
}
