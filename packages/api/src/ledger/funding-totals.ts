import { asc, eq } from "drizzle-orm";
import { fundingTotals, pledges, type LedgerDatabase } from "@solidaria/db";
import {
  checkFundingBounds,
  expectedFundingTotals,
  fundingChange,
  fundingTotalsMismatches,
  unreadableTotals,
  type BoundingAppeal,
  type FundingTotalsMismatch,
} from "./funding-rules.js";
import type { FundingPledge } from "./pledge-codec.js";
import type { LedgerStatements } from "./statements.js";

/**
 * The funding totals on SQLite: the queries of funding-rules.ts, which decides what is added and
 * what is refused.
 */

/**
 * Adds the change between two versions of a funding pledge (`before` null at creation) to its
 * appeal's totals, refusing (and so rolling back the whole change) a pledge that would take its
 * organisation beyond the appeal's requirement, or a total beyond what JavaScript counts exactly.
 * Only a change that adds to what is pledged is checked: payments and cancellations always pass.
 */
export function recordFundingChange(
  statements: LedgerStatements,
  before: FundingPledge | null,
  after: FundingPledge,
  /** The pledge's appeal, when the caller has just read it. */
  knownAppeal?: BoundingAppeal,
): void {
  const change = fundingChange(before, after);
  if (change === null) return;
  const { delta } = change;
  const row = statements.addFundingTotals.get({ ...delta });
  if (!change.bounded) return;
  const appeal = knownAppeal ?? statements.appealById.get({ id: delta.appealId });
  const sums = statements.appealFundingSums.get({ ...delta });
  if (!appeal || !row || !sums) throw unreadableTotals(delta.appealId);
  checkFundingBounds(delta, appeal, row, sums);
}

/** Funding pledges in a fixed order (PostgreSQL gives them in the same one), for the rebuild and the check. */
const fundingPledges = (db: LedgerDatabase) =>
  db.select().from(pledges).where(eq(pledges.kind, "funding")).orderBy(asc(pledges.id)).all();

/** Lists the totals that differ from what the pledges add up to (empty when consistent). */
export function verifyFundingTotals(db: LedgerDatabase): FundingTotalsMismatch[] {
  return fundingTotalsMismatches(
    expectedFundingTotals(fundingPledges(db)),
    db
      .select()
      .from(fundingTotals)
      .orderBy(asc(fundingTotals.appealId), asc(fundingTotals.organisationId), asc(fundingTotals.currency))
      .all(),
  );
}

/** Recomputes the funding totals from the pledges (after a bulk import, or to repair them). */
export function rebuildFundingTotals(db: LedgerDatabase): void {
  db.transaction(
    (tx) => {
      tx.delete(fundingTotals).run();
      for (const row of expectedFundingTotals(fundingPledges(db)).values()) tx.insert(fundingTotals).values(row).run();
    },
    { behavior: "immediate" },
  );
}
