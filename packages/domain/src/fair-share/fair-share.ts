import * as z from "zod/mini";

/**
 * Fair shares of a common effort (resettlement places, money): each state's share is a weighted sum
 * of its share of each indicator among the participating states.
 *
 * The default key weighs population and GDP equally: the two capacity components the EU's 2015
 * relocation key gives 40% each (European Commission, COM(2015) 450), without its unemployment and
 * past-effort corrections, for which no comparable dataset covers the Americas here. States that
 * already host many refugees can be credited with an `effort` indicator, which lowers their share.
 */

export const FairShareWeight = z.strictObject({
  indicator: z.string().check(z.minLength(1)),
  weight: z.number().check(z.positive()),
  /** `capacity`: more of it means a larger share; `effort`: more of it (people already hosted) means a smaller one. */
  direction: z._default(z.enum(["capacity", "effort"]), "capacity"),
});
export type FairShareWeight = z.input<typeof FairShareWeight>;

export const FairShareKey = z.strictObject({
  id: z.string().check(z.minLength(1)),
  weights: z.array(FairShareWeight).check(z.minLength(1)),
});
export type FairShareKey = z.input<typeof FairShareKey>;

export const DEFAULT_FAIR_SHARE_KEY: FairShareKey = {
  id: "population-gdp-50-50",
  weights: [
    { indicator: "population", weight: 0.5 },
    { indicator: "gdpUsd", weight: 0.5 },
  ],
};

/** Per-state indicator values; `null` or absent means not known. */
export type IndicatorTable = readonly {
  readonly country: string;
  readonly [indicator: string]: number | string | null;
}[];

export interface FairShareRow {
  readonly country: string;
  /** Fraction of the total, summing to 1 over the included states. */
  readonly share: number;
}

export interface FairShareResult {
  readonly key: string;
  readonly shares: FairShareRow[];
  /** States left out because an indicator the key needs is unknown: never guessed. */
  readonly excluded: { readonly country: string; readonly missing: string[] }[];
}

export class FairShareError extends Error {
  override readonly name = "FairShareError";
}

export function computeFairShares(
  table: IndicatorTable,
  keyInput: FairShareKey = DEFAULT_FAIR_SHARE_KEY,
): FairShareResult {
  const key = FairShareKey.parse(keyInput);
  const totalWeight = key.weights.reduce((sum, weight) => sum + weight.weight, 0);
  const included: { country: string; values: number[] }[] = [];
  const excluded: { country: string; missing: string[] }[] = [];
  for (const row of table) {
    const missing: string[] = [];
    const values = key.weights.map(({ indicator }) => {
      const value = row[indicator];
      if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
        missing.push(indicator);
        return 0;
      }
      return value;
    });
    if (missing.length > 0) excluded.push({ country: row.country, missing });
    else included.push({ country: row.country, values });
  }
  if (included.length === 0) throw new FairShareError("no state has every indicator the key needs");

  const shares = new Map<string, number>(included.map((row) => [row.country, 0]));
  key.weights.forEach((weight, index) => {
    // Effort indicators count inversely: a state hosting twice as many gets half the component.
    const transformed = included.map((row) => {
      const value = row.values[index] ?? 0;
      return weight.direction === "effort" ? 1 / (1 + value) : value;
    });
    const sum = transformed.reduce((total, value) => total + value, 0);
    if (sum === 0) throw new FairShareError(`indicator "${weight.indicator}" is zero for every included state`);
    included.forEach((row, rowIndex) => {
      shares.set(
        row.country,
        (shares.get(row.country) ?? 0) + ((transformed[rowIndex] ?? 0) / sum) * (weight.weight / totalWeight),
      );
    });
  });
  return {
    key: key.id,
    shares: [...shares].map(([country, share]) => ({ country, share })).sort((a, b) => b.share - a.share),
    excluded,
  };
}

/**
 * Splits a whole number (places, or money in minor units) by shares so that the parts add up exactly:
 * largest remainder method, ties broken by country code for a stable result.
 */
export function apportion(total: number, shares: readonly FairShareRow[]): { country: string; amount: number }[] {
  if (!Number.isSafeInteger(total) || total < 0) throw new FairShareError("total must be a non-negative whole number");
  const shareSum = shares.reduce((sum, row) => sum + row.share, 0);
  if (shares.length === 0 || shareSum <= 0) throw new FairShareError("no shares to apportion by");
  const exact = shares.map((row) => ({ country: row.country, value: (total * row.share) / shareSum }));
  const result = exact.map((row) => ({
    country: row.country,
    amount: Math.floor(row.value),
    remainder: row.value - Math.floor(row.value),
  }));
  let left = total - result.reduce((sum, row) => sum + row.amount, 0);
  const order = [...result].sort((a, b) => b.remainder - a.remainder || (a.country < b.country ? -1 : 1));
  for (const row of order) {
    if (left <= 0) break;
    row.amount += 1;
    left -= 1;
  }
  return result.map(({ country, amount }) => ({ country, amount }));
}
