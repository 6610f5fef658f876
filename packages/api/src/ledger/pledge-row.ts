import type { UsdRate } from "@solidaria/domain";
import type { pledges } from "@solidaria/db";

/** A row of the `pledges` projection: one table for both kinds, so each kind's columns are nullable. */
export type PledgeRow = typeof pledges.$inferSelect;

/**
 * A column the row's kind always fills (a funding pledge's currency, amounts and USD rate; a places
 * pledge's countries, category and counts). A null there is a damaged row: refused, never passed on.
 */
export function kindColumn<K extends keyof PledgeRow>(row: PledgeRow, column: K): NonNullable<PledgeRow[K]> {
  const value = row[column];
  if (value === null || value === undefined)
    throw new Error(`pledge ${row.id}: a ${row.kind} pledge without ${column}`);
  return value;
}

/** The dated USD rate a funding pledge was made with. */
export function rateOf(row: PledgeRow): UsdRate {
  return {
    currency: kindColumn(row, "currency"),
    usdPerUnit: kindColumn(row, "usdRate"),
    date: kindColumn(row, "usdRateDate"),
    source: kindColumn(row, "usdRateSource"),
  };
}
