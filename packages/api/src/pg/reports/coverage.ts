import { and, eq, inArray, sql } from "drizzle-orm";
import { appeals, fundingTotals, type PgLedgerDatabase } from "@solidaria/db/pg";
import { coverageFromTotals } from "../../reports/coverage-figures.js";

/**
 * The coverage report (see ../../reports/coverage.ts) from the PostgreSQL ledger: appeals by year,
 * then code in byte order (SQLite's BINARY collation, whatever the database's locale).
 */
export async function coverageReport(
  db: Pick<PgLedgerDatabase, "select">,
  filter: { appealId?: string; year?: number } = {},
) {
  const appealRows = await db
    .select()
    .from(appeals)
    .where(
      and(
        filter.appealId ? eq(appeals.id, filter.appealId) : undefined,
        filter.year ? eq(appeals.year, filter.year) : undefined,
      ),
    )
    .orderBy(appeals.year, sql`${appeals.code} collate "C"`);
  if (appealRows.length === 0) return [];
  const totals = await db
    .select({
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
    })
    .from(fundingTotals)
    .where(
      inArray(
        fundingTotals.appealId,
        appealRows.map((appeal) => appeal.id),
      ),
    );
  return coverageFromTotals(appealRows, totals);
}
