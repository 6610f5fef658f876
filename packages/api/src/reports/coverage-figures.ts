import { toDecimalString } from "@solidaria/domain";

/** The columns of an appeal the coverage report reads (a row of `appeals` on either database). */
export interface CoverageAppeal {
  readonly id: string;
  readonly code: string;
  readonly title: string;
  readonly year: number;
  readonly requiredUsdMinor: number;
}

/** One row of `funding_totals`: an organisation's totals for an appeal in one currency. */
export interface CoverageTotal {
  readonly appealId: string;
  readonly organisationId: string;
  readonly currency: string;
  readonly pledged: number;
  readonly committed: number;
  readonly paid: number;
  readonly pledgedUsd: number | null;
  readonly committedUsd: number | null;
  readonly paidUsd: number | null;
  readonly count: number;
}

/**
 * The coverage report from the appeals it covers (in report order) and their maintained totals (in
 * any order): see `coverageReport`. Rows with no pledge left (`count` 0) are left out.
 */
export function coverageFromTotals(appealRows: readonly CoverageAppeal[], allTotals: readonly CoverageTotal[]) {
  const totals = allTotals.filter((row) => row.count > 0);
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
function byCurrency(rows: readonly CoverageTotal[]) {
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
