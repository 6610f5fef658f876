import { and, eq, inArray } from "drizzle-orm";
import { toDecimalString } from "@solidaria/domain";
import { appeals, fundingTotals, type LedgerDatabase } from "@solidaria/db";

/**
 * Coverage of appeals by funding pledges, as FTS reports it: funding = commitments (which include
 * what is paid); unmet = requirements - funding. Cancelled pledges count only what was paid.
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
  const totals = db
    .select({
      appealId: fundingTotals.appealId,
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
    .where(inArray(fundingTotals.appealId, ids))
    .all()
    .filter((row) => row.count > 0);

  return appealRows.map((appeal) => {
    const rows = totals.filter((row) => row.appealId === appeal.id);
    const sum = (key: "pledgedUsd" | "committedUsd" | "paidUsd") =>
      rows.reduce((total, row) => total + Number(row[key] ?? 0), 0);
    const committedUsd = sum("committedUsd");
    const unmetUsd = Math.max(0, appeal.requiredUsdMinor - committedUsd);
    const usd = (minor: number) => toDecimalString({ minor, currency: "USD" });
    return {
      appealId: appeal.id,
      code: appeal.code,
      title: appeal.title,
      year: appeal.year,
      usd: {
        required: usd(appeal.requiredUsdMinor),
        pledged: usd(sum("pledgedUsd")),
        committed: usd(committedUsd),
        paid: usd(sum("paidUsd")),
        unmet: usd(unmetUsd),
      },
      /** Share of the requirement committed or paid, in percent (two decimals). */
      percentageFunded:
        appeal.requiredUsdMinor === 0 ? null : Math.round((committedUsd / appeal.requiredUsdMinor) * 10_000) / 100,
      byCurrency: rows
        .filter((row) => row.currency !== null)
        .map((row) => ({
          currency: row.currency,
          pledges: Number(row.count),
          pledged: toDecimalString({ minor: Number(row.pledged ?? 0), currency: row.currency }),
          committed: toDecimalString({ minor: Number(row.committed ?? 0), currency: row.currency }),
          paid: toDecimalString({ minor: Number(row.paid ?? 0), currency: row.currency }),
        }))
        .sort((a, b) => a.currency.localeCompare(b.currency)),
    };
  });
}
