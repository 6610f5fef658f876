import { and, eq, inArray } from "drizzle-orm";
import { appeals, fundingTotals, type LedgerDatabase } from "@solidaria/db";
import { coverageFromTotals } from "./coverage-figures.js";

/** The columns of `funding_totals` the report reads, as `coverageFromTotals` names them. */
const COVERAGE_TOTALS = {
  appealId: fundingTotals.appealId,
  organisationId: fundingTotals.organisationId,
  currency: fundingTotals.currency,
  pledged: fundingTotals.pledgedMinor,
  committed: fundingTotals.committedMinor,
  paid: fundingTotals.paidMinor,
  pledgedUsd: fundingTotals.pledgedUsdMinor,
  committedUsd: fundingTotals.committedUsdMinor,
  paidUsd: fundingTotals.paidUsdMinor,
  count: fundingTotals.pledges,
};

/**
 * Coverage of appeals by funding pledges, as FTS reports it: funding = commitments (which include
 * what is paid); unmet = requirements - funding. Cancelled pledges count only what was paid.
 *
 * For coordinators, each appeal also names the organisation that has pledged the most to it, with
 * its share of the requirement (one organisation may pledge at most the whole requirement: 100%),
 * and whether the pledges together exceed the requirement.
 */
export function coverageReport(db: LedgerDatabase, filter: { appealId?: string; year?: number } = {}) {
  const appealRows = db
    .select()
    .from(appeals)
    .where(
      and(
        filter.appealId ? eq(appeals.id, filter.appealId) : undefined,
        filter.year ? eq(appeals.year, filter.year) : undefined,
      ),
    )
    .orderBy(appeals.year, appeals.code)
    .all();
  if (appealRows.length === 0) return [];
  const ids = appealRows.map((appeal) => appeal.id);
  // Totals are maintained with every pledge change (see fundingTotals): a few rows per appeal.
  const totals = db.select(COVERAGE_TOTALS).from(fundingTotals).where(inArray(fundingTotals.appealId, ids)).all();
  return coverageFromTotals(appealRows, totals);
}
