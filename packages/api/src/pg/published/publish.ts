import { desc, getTableName, sql } from "drizzle-orm";
import type { countrySituations, jurisdictionProfiles, PgLedgerDatabase } from "@solidaria/db/pg";
import { attemptAsync, type Result } from "../../errors.js";
import {
  checkedDocument,
  publishedRow,
  refuseOlderVersion,
  type PublishedRow,
  type SafeParser,
  type Versioned,
} from "../../published/documents.js";
import { withPgTransaction, type PgTx } from "../transaction.js";

/** The table a kind of document is published in: both have the same columns and key (country, version). */
export type PublishedTable = typeof countrySituations | typeof jurisdictionProfiles;

/**
 * First key of the transaction-level advisory locks that serialise publications per country (the
 * second key is a hash of the table and the country). The two-key form never meets the one-key
 * locks the ledger takes elsewhere (the migration lock).
 */
const PUBLISH_LOCK_CLASS = 5_217_401;

/** The stored versions of a kind of document, newest first, read through `db` (the pool or a transaction). */
export function publishedRows(db: Pick<PgLedgerDatabase, "select">, table: PublishedTable): Promise<PublishedRow[]> {
  return db
    .select({ country: table.country, version: table.version, document: table.document })
    .from(table)
    .orderBy(desc(table.version));
}

/**
 * Publishing a versioned document per country on the PostgreSQL ledger (see
 * ../../published/publish.ts): checked, then in one transaction compared with the version in force
 * and inserted. Several nodes may publish for one country at once:
 * - a transaction-level advisory lock per country makes them take turns, so the second reads what
 *   the first committed and is refused exactly as SQLite's write lock would have it (a version that
 *   is not newer: CONFLICT on `version`);
 * - the primary key (country, version) decides should anything publish without the lock: the
 *   insert that loses does nothing (`on conflict do nothing`), and the refusal names the version
 *   that won.
 * On commit, every node is told to drop what it cached of the public aggregates.
 */
export async function publishDocument<T extends Versioned>(
  db: PgLedgerDatabase,
  kind: { schema: SafeParser<T>; table: PublishedTable; inForce: (rows: readonly PublishedRow[]) => T[] },
  input: unknown,
  publishedBy: string,
  publishedAt: string,
): Promise<Result<T>> {
  return attemptAsync(async () => {
    const document = checkedDocument(kind.schema, input);
    const current = async (tx: PgTx) => kind.inForce(await publishedRows(tx, kind.table));
    return withPgTransaction(
      db,
      async (tx) => {
        await tx.execute(
          sql`select pg_advisory_xact_lock(${PUBLISH_LOCK_CLASS}::int4, hashtext(${`${getTableName(kind.table)}:${document.country}`}))`,
        );
        refuseOlderVersion(await current(tx), document);
        const inserted = await tx
          .insert(kind.table)
          .values(publishedRow(document, publishedBy, publishedAt))
          .onConflictDoNothing()
          .returning({ version: kind.table.version });
        if (inserted.length === 0) {
          // Read again (a new statement sees what the winner committed); the refusal names its version.
          refuseOlderVersion(await current(tx), document);
          throw new Error(`publishing ${document.country} version ${document.version} inserted nothing`);
        }
        return document;
      },
      { notify: true },
    );
  });
}
