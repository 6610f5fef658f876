import { and, eq, inArray } from "drizzle-orm";
import { toDecimalString } from "@solidaria/domain";
import { appeals, fundingTotals, type LedgerDatabase } from "@solidaria/db";

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
  const totals = db
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
    .where(inArray(fundingTotals.appealId, ids))
    .all()
    .filter((row) => row.count > 0);

  return appealRows.map((appeal) => {
    const rows = totals.filter((row) => row.appealId === appeal.id);
    const sum = (key: "pledgedUsd" | "committedUsd" | "paidUsd") =>
      rows.reduce((total, row) => total + Number(row[key] ?? 0), 0);
    const committedUsd = sum("committedUsd");
    const pledgedUsd = sum("pledgedUsd");
    const unmetUsd = Math.max(0, appeal.requiredUsdMinor - committedUsd);
    const usd = (minor: number) => toDecimalString({ minor, currency: "USD" });
    const percentOfRequirement = (minor: number) =>
      appeal.requiredUsdMinor === 0 ? null : Math.round((minor / appeal.requiredUsdMinor) * 10_000) / 100;
    const byOrganisation = new Map<string, number>();
    for (const row of rows) {
      byOrganisation.set(row.organisationId, (byOrganisation.get(row.organisationId) ?? 0) + Number(row.pledgedUsd));
    }
    const [largest] = [...byOrganisation].sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
    return {
      appealId: appeal.id,
      code: appeal.code,
      title: appeal.title,
      year: appeal.year,
      usd: {
        required: usd(appeal.requiredUsdMinor),
        pledged: usd(pledgedUsd),
        committed: usd(committedUsd),
        paid: usd(sum("paidUsd")),
        unmet: usd(unmetUsd),
      },
      /** Share of the requirement committed or paid, in percent (two decimals). */
      percentageFunded: percentOfRequirement(committedUsd),
      /** Pledged (USD) beyond the requirement, by all organisations together. */
      overPledged: pledgedUsd > appeal.requiredUsdMinor,
      /** The organisation with the most pledged (USD) to this appeal; 100% is as far as one may go. */
      largestPledger: largest
        ? {
            organisationId: largest[0],
            pledgedUsd: usd(largest[1]),
            percentOfRequirement: percentOfRequirement(largest[1]),
          }
        : null,
      byCurrency: byCurrency(rows),
    };
  });
}

/** The appeal's totals per original currency, summed over the organisations that pledged in it. */
function byCurrency(rows: { currency: string; count: number; pledged: number; committed: number; paid: number }[]) {
  const totals = new Map<string, { pledges: number; pledged: number; committed: number; paid: number }>();
  for (const row of rows) {
    const total = totals.get(row.currency) ?? { pledges: 0, pledged: 0, committed: 0, paid: 0 };
    total.pledges += Number(row.count);
    total.pledged += Number(row.pledged);
    total.committed += Number(row.committed);
    total.paid += Number(row.paid);
    totals.set(row.currency, total);
  }
  return [...totals]
    .map(([currency, total]) => ({
      currency,
      pledges: total.pledges,
      pledged: toDecimalString({ minor: total.pledged, currency }),
      committed: toDecimalString({ minor: total.committed, currency }),
      paid: toDecimalString({ minor: total.paid, currency }),
    }))
    .sort((a, b) => a.currency.localeCompare(b.currency));
}
