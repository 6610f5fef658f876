import { asc, sql } from "drizzle-orm";
import { organisations, pledges, type PgLedgerDatabase } from "@solidaria/db/pg";
import { CSV_PAGE_ROWS, csvHeader, csvRows } from "../../reports/csv-format.js";
import { withPgTransaction } from "../transaction.js";

/** What reads the CSV: the pool, a transaction, or a connection of its own. */
type PgReader = Pick<PgLedgerDatabase, "select">;

/**
 * One page of pledges in export order, after `after` (keyset paging on the `pledges_list` index: a
 * page reads its rows from the index, it never sorts the table).
 *
 * The order is the database's default collation, not `collate "C"`: an ORDER BY with another
 * collation than the index's cannot use the index. It is SQLite's order for what the ledger stores
 * there (ISO-8601 times of one format; its own pledge ids, UUIDs), in every collation, and for any
 * text in a database created with the C or C.UTF-8 locale.
 */
export function pledgePage(db: PgReader, after: { createdAt: string; id: string } | null, pageRows: number) {
  return db
    .select()
    .from(pledges)
    .where(after === null ? undefined : sql`(${pledges.createdAt}, ${pledges.id}) > (${after.createdAt}, ${after.id})`)
    .orderBy(asc(pledges.createdAt), asc(pledges.id))
    .limit(pageRows);
}

/**
 * The CSV in pages, oldest pledge first (see ../../reports/hxl-csv.ts): the header and HXL rows, then
 * one string per page of `pageRows` pledges, each page its own short query. To read every page from
 * one snapshot, pass a repeatable-read transaction (as `pledgesCsv` and `pledgeCsvExport` do).
 */
export async function* pledgeCsvPages(db: PgReader, pageRows = CSV_PAGE_ROWS): AsyncGenerator<string, void, undefined> {
  yield csvHeader();
  const names = new Map(
    (await db.select({ id: organisations.id, name: organisations.name }).from(organisations)).map((organisation) => [
      organisation.id,
      organisation.name,
    ]),
  );
  let after: { createdAt: string; id: string } | null = null;
  for (;;) {
    const rows = await pledgePage(db, after, pageRows);
    if (rows.length === 0) return;
    yield csvRows(rows, names);
    after = rows[rows.length - 1] ?? null;
    if (rows.length < pageRows) return;
  }
}

/** The whole CSV as one string, for the CLI: every page from one snapshot. */
export async function pledgesCsv(db: PgLedgerDatabase): Promise<string> {
  return withPgTransaction(
    db,
    async (tx) => {
      let csv = "";
      for await (const page of pledgeCsvPages(tx)) csv += page;
      return csv;
    },
    { isolation: "repeatable read", readOnly: true },
  );
}
