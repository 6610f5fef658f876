import { and, asc, eq, ne, or, sql } from "drizzle-orm";
import { appeals, fundingTotals, pledges, type PgLedgerDatabase } from "@solidaria/db/pg";
import {
  checkFundingBounds,
  expectedFundingTotals,
  fundingChange,
  fundingTotalsMismatches,
  unreadableTotals,
  type BoundingAppeal,
  type FundingTotalsChange,
  type FundingTotalsMismatch,
} from "../../ledger/funding-rules.js";
import type { FundingPledge, PledgeRow } from "../../ledger/pledge-codec.js";
import { withPgTransaction, type PgQueryable, type PgTx } from "../transaction.js";

/**
 * The funding totals on PostgreSQL: the queries of ../../ledger/funding-rules.ts, which decides what
 * is added and what is refused, as the SQLite module does.
 *
 * Exactness across server nodes: the totals upsert adds to the row as it is when the row lock is
 * granted (`set x = funding_totals.x + excluded.x`), so no change is lost; but the bound is a sum
 * over several rows (one per currency), which READ COMMITTED alone would let two concurrent pledges of
 * one organisation in two currencies both pass. So every funding change to an appeal first locks the
 * appeal's row (lockAppeal), which serialises them per appeal. Locks are always taken in the order
 * appeal, pledge, funding_totals, so that two changes cannot wait for each other.
 */

/**
 * Locks the appeal for a funding change and returns what bounds it (undefined: no such appeal).
 * FOR NO KEY UPDATE, not FOR UPDATE: inserts that only reference the appeal (their foreign key check
 * takes FOR KEY SHARE) go on unblocked.
 */
export async function lockAppeal(tx: PgTx, id: string): Promise<(BoundingAppeal & { id: string }) | undefined> {
  const [appeal] = await tx
    .select({ id: appeals.id, code: appeals.code, requiredUsdMinor: appeals.requiredUsdMinor })
    .from(appeals)
    .where(eq(appeals.id, id))
    .for("no key update");
  return appeal;
}

/** As lockAppeal, for the appeal of a funding pledge (undefined for places pledges and pledges to no appeal). */
export async function lockAppealOfPledge(tx: PgTx, pledgeId: string) {
  const [appeal] = await tx
    .select({ id: appeals.id, code: appeals.code, requiredUsdMinor: appeals.requiredUsdMinor })
    .from(appeals)
    .where(
      sql`${appeals.id} = (select ${pledges.appealId} from ${pledges} where ${pledges.id} = ${pledgeId} and ${pledges.kind} = 'funding')`,
    )
    .for("no key update");
  return appeal;
}

/** Adds `delta` to its totals row: to the row as it is when its lock is granted, so no change is lost. */
const upsertTotals = (tx: PgTx, delta: FundingTotalsChange) =>
  tx
    .insert(fundingTotals)
    .values(delta)
    .onConflictDoUpdate({
      target: [fundingTotals.appealId, fundingTotals.organisationId, fundingTotals.currency],
      set: {
        pledges: sql`${fundingTotals.pledges} + excluded.pledges`,
        pledgedMinor: sql`${fundingTotals.pledgedMinor} + excluded.pledged_minor`,
        committedMinor: sql`${fundingTotals.committedMinor} + excluded.committed_minor`,
        paidMinor: sql`${fundingTotals.paidMinor} + excluded.paid_minor`,
        pledgedUsdMinor: sql`${fundingTotals.pledgedUsdMinor} + excluded.pledged_usd_minor`,
        committedUsdMinor: sql`${fundingTotals.committedUsdMinor} + excluded.committed_usd_minor`,
        paidUsdMinor: sql`${fundingTotals.paidUsdMinor} + excluded.paid_usd_minor`,
      },
    });

/**
 * Adds `delta` to its totals row and reads back, in the same statement (one round trip less while
 * the appeal is locked), that row's new pledged total and the appeal's sums that bound the change.
 *
 * A CTE does not see what another CTE of its statement writes: the sums are read from the appeal's
 * other rows (as the statement's snapshot has them, which holds every committed change to the appeal,
 * since the appeal's lock is held) plus the upserted row as its RETURNING gives it.
 */
async function upsertTotalsAndSums(tx: PgTx, delta: FundingTotalsChange) {
  const upserted = tx.$with("upserted").as(
    upsertTotals(tx, delta).returning({
      pledgedMinor: fundingTotals.pledgedMinor,
      pledgedUsdMinor: fundingTotals.pledgedUsdMinor,
    }),
  );
  const others = tx.$with("others").as(
    tx
      .select({
        organisationUsdMinor:
          sql`coalesce(sum(${fundingTotals.pledgedUsdMinor}) filter (where ${fundingTotals.organisationId} = ${delta.organisationId}), 0)`.as(
            "organisation_usd_minor",
          ),
        currencyMinor:
          sql`coalesce(sum(${fundingTotals.pledgedMinor}) filter (where ${fundingTotals.currency} = ${delta.currency}), 0)`.as(
            "currency_minor",
          ),
        usdMinor: sql`coalesce(sum(${fundingTotals.pledgedUsdMinor}), 0)`.as("usd_minor"),
      })
      .from(fundingTotals)
      .where(
        and(
          eq(fundingTotals.appealId, delta.appealId),
          or(ne(fundingTotals.organisationId, delta.organisationId), ne(fundingTotals.currency, delta.currency)),
        ),
      ),
  );
  // pg returns int8 and numeric as strings: the sums are cast to bigint and mapped to numbers. The
  // upserted row is the organisation's, in the pledge's currency: it counts in all three sums.
  const [read] = await tx
    .with(upserted, others)
    .select({
      row: { pledgedMinor: upserted.pledgedMinor },
      sums: {
        organisationUsdMinor:
          sql<number>`(${upserted.pledgedUsdMinor} + ${others.organisationUsdMinor})::bigint`.mapWith(Number),
        currencyMinor: sql<number>`(${upserted.pledgedMinor} + ${others.currencyMinor})::bigint`.mapWith(Number),
        usdMinor: sql<number>`(${upserted.pledgedUsdMinor} + ${others.usdMinor})::bigint`.mapWith(Number),
      },
    })
    .from(upserted)
    .crossJoin(others);
  return read;
}

/**
 * Adds the change between two versions of a funding pledge (`before` null at creation) to its
 * appeal's totals, refusing (and so rolling back the whole change) what funding-rules.ts refuses.
 * `appeal` is the pledge's appeal, locked by the caller at the start of its transaction.
 */
export async function recordFundingChange(
  tx: PgTx,
  before: FundingPledge | null,
  after: FundingPledge,
  appeal: BoundingAppeal | undefined,
): Promise<void> {
  const change = fundingChange(before, after);
  if (change === null) return;
  const { delta } = change;
  if (!change.bounded) {
    await upsertTotals(tx, delta);
    return;
  }
  const read = await upsertTotalsAndSums(tx, delta);
  if (!appeal || !read) throw unreadableTotals(delta.appealId);
  checkFundingBounds(delta, appeal, read.row, read.sums);
}

/** Funding pledges in the order SQLite's check reads them (by id, bytewise). */
const fundingPledges = (db: PgQueryable): Promise<PledgeRow[]> =>
  db
    .select()
    .from(pledges)
    .where(eq(pledges.kind, "funding"))
    .orderBy(sql`${pledges.id} collate "C"`);

/** Lists the totals that differ from what the pledges add up to (empty when consistent). */
export async function verifyFundingTotals(db: PgLedgerDatabase): Promise<FundingTotalsMismatch[]> {
  // One snapshot for both reads: a pledge committed between them would show as a mismatch.
  return withPgTransaction(
    db,
    async (tx) =>
      fundingTotalsMismatches(
        expectedFundingTotals(await fundingPledges(tx)),
        await tx
          .select()
          .from(fundingTotals)
          .orderBy(
            sql`${fundingTotals.appealId} collate "C"`,
            sql`${fundingTotals.organisationId} collate "C"`,
            sql`${fundingTotals.currency} collate "C"`,
          ),
      ),
    { isolation: "repeatable read", readOnly: true },
  );
}

/** Rows per INSERT when the totals are rewritten: well below PostgreSQL's 65,535 parameters a statement. */
const INSERT_CHUNK = 1_000;

/**
 * Recomputes the funding totals from the pledges (after a bulk import, or to repair them). Every
 * appeal is locked first, in one order, so that no funding change runs between the read of the
 * pledges and the rewrite of the totals.
 */
export async function rebuildFundingTotals(db: PgLedgerDatabase): Promise<void> {
  await withPgTransaction(
    db,
    async (tx) => {
      await tx.select({ id: appeals.id }).from(appeals).orderBy(asc(appeals.id)).for("no key update");
      const rows = [...expectedFundingTotals(await fundingPledges(tx)).values()];
      await tx.delete(fundingTotals);
      for (let start = 0; start < rows.length; start += INSERT_CHUNK) {
        await tx.insert(fundingTotals).values(rows.slice(start, start + INSERT_CHUNK));
      }
    },
    { notify: true },
  );
}
