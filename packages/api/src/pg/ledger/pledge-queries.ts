import { and, asc, eq, gt, inArray, or } from "drizzle-orm";
import { organisations, pledges, type PgLedgerDatabase } from "@solidaria/db/pg";
import type { PledgeRow } from "../../ledger/pledge-codec.js";
import { decodeCursor, pageOf } from "../../ledger/pledge-reads.js";
import type { PledgeListInput } from "../../validators.js";
import type { PgQueryable } from "../transaction.js";

/** Reads of the pledge projection on PostgreSQL: one pledge, or a filtered page of them. */

export async function pledgeById(db: PgQueryable, id: string): Promise<PledgeRow | undefined> {
  const [row] = await db.select().from(pledges).where(eq(pledges.id, id));
  return row;
}

/**
 * The query behind a page, with the same filters and order as SQLite's (pledge-queries.ts): pledges
 * alone, in the order of their (createdAt, id) index. Both columns hold ASCII only (ISO-8601 times,
 * UUIDs), so any collation orders them as SQLite does.
 */
function pledgePageQuery(db: PgLedgerDatabase, input: PledgeListInput) {
  const after = input.cursor ? decodeCursor(input.cursor) : null;
  return db
    .select()
    .from(pledges)
    .where(
      and(
        input.year ? eq(pledges.year, input.year) : undefined,
        input.programme ? eq(pledges.programme, input.programme) : undefined,
        input.organisationId ? eq(pledges.organisationId, input.organisationId) : undefined,
        input.status ? eq(pledges.status, input.status) : undefined,
        input.kind ? eq(pledges.kind, input.kind) : undefined,
        input.appealId ? eq(pledges.appealId, input.appealId) : undefined,
        input.country
          ? or(
              inArray(
                pledges.organisationId,
                db.select({ id: organisations.id }).from(organisations).where(eq(organisations.country, input.country)),
              ),
              eq(pledges.resettlementCountry, input.country),
              eq(pledges.hostCountry, input.country),
            )
          : undefined,
        after
          ? or(gt(pledges.createdAt, after[0]), and(eq(pledges.createdAt, after[0]), gt(pledges.id, after[1])))
          : undefined,
      ),
    )
    .orderBy(asc(pledges.createdAt), asc(pledges.id))
    .limit(input.limit + 1);
}

/** A page of pledges, oldest first; `nextCursor` continues after its last one (null at the end). */
export async function listPledges(
  db: PgLedgerDatabase,
  input: PledgeListInput,
): Promise<{ rows: PledgeRow[]; nextCursor: string | null }> {
  return pageOf(await pledgePageQuery(db, input), input.limit);
}
