import { asc, sql } from "drizzle-orm";
import { pledges, organisations, type LedgerDatabase } from "@solidaria/db";
import { CSV_PAGE_ROWS, csvHeader, csvRows } from "./csv-format.js";

export { cell } from "./csv-format.js";

/**
 * One page of pledges in export order, after `after` (keyset paging on the `pledges_list` index).
 * The organisation names are looked up apart: joined in, with the database's statistics (ANALYZE),
 * SQLite may start from the few organisations and sort every pledge again for each page.
 */
export function pledgePage(db: LedgerDatabase, after: { createdAt: string; id: string } | null, pageRows: number) {
  return db
    .select()
    .from(pledges)
    .where(after === null ? undefined : sql`(${pledges.createdAt}, ${pledges.id}) > (${after.createdAt}, ${after.id})`)
    .orderBy(asc(pledges.createdAt), asc(pledges.id))
    .limit(pageRows);
}

/**
 * The CSV in pages, oldest pledge first: the header and HXL rows, then one string per page of
 * `pageRows` pledges. Each page is its own short query, continuing after the last row of the one
 * before, so a caller can stop between pages and let other work run; to read every page from one
 * snapshot, run it inside a read transaction.
 */
export function* pledgeCsvPages(db: LedgerDatabase, pageRows = CSV_PAGE_ROWS): Generator<string, void, undefined> {
  yield csvHeader();
  const names = new Map(
    db
      .select({ id: organisations.id, name: organisations.name })
      .from(organisations)
      .all()
      .map((organisation) => [organisation.id, organisation.name]),
  );
  let after: { createdAt: string; id: string } | null = null;
  for (;;) {
    const rows = pledgePage(db, after, pageRows).all();
    if (rows.length === 0) return;
    yield csvRows(rows, names);
    after = rows[rows.length - 1] ?? null;
    if (rows.length < pageRows) return;
  }
}

/** The whole CSV as one string, for the CLI. */
export function pledgesCsv(db: LedgerDatabase): string {
  // Read in one go, without yielding: every page sees the same state.
  return [...pledgeCsvPages(db)].join("");
}
