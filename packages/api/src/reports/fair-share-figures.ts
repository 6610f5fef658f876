import {
  AMERICAS_INDICATORS,
  apportion,
  computeFairShares,
  DEFAULT_FAIR_SHARE_KEY,
  explainFairShareKey,
  INDICATORS_SOURCE,
  toDecimalString,
  type FairShareExplanation,
  type FairShareKey,
} from "@solidaria/domain";

/** What one participating state pledged in all (0 when nothing), or null for a row without a country. */
export interface PledgedByCountry {
  readonly country: string | null;
  readonly total: number | string;
}

/**
 * The fair-share report from what each state pledged (one row per country, in any order): see
 * `fairShareReport`. Countries are taken in code order, so that states left out are listed in the
 * same order whichever database summed the pledges.
 */
export function fairShareFromTotals(
  pledgedByCountry: readonly PledgedByCountry[],
  input: { kind: "funding" | "places"; key?: FairShareKey },
) {
  const sorted = [...pledgedByCountry].sort((a, b) =>
    a.country === b.country ? 0 : a.country === null ? -1 : b.country === null ? 1 : a.country < b.country ? -1 : 1,
  );
  const pledged = new Map<string, number>();
  for (const { country, total } of sorted) if (country !== null) pledged.set(country, Number(total));
  const table = AMERICAS_INDICATORS.filter((row) => pledged.has(row.country));
  const key = input.key ?? DEFAULT_FAIR_SHARE_KEY;
  const notCovered = [...pledged.keys()].filter((country) => !table.some((row) => row.country === country));
  if (table.length === 0)
    return {
      kind: input.kind,
      key: key.id,
      ...howComputed(explainFairShareKey(table, key)),
      total: format(0, input.kind),
      states: [],
      excluded: notCovered.map((country) => ({ country, missing: ["indicators"] })),
    };

  const shares = computeFairShares(table, key);
  const total = shares.shares.reduce((sum, row) => sum + (pledged.get(row.country) ?? 0), 0);
  const fair = new Map(apportion(total, shares.shares).map((row) => [row.country, row.amount]));
  return {
    kind: input.kind,
    key: shares.key,
    ...howComputed(shares),
    total: format(total, input.kind),
    states: shares.shares.map((row) => {
      const own = pledged.get(row.country) ?? 0;
      const fairAmount = fair.get(row.country) ?? 0;
      return {
        country: row.country,
        share: Math.round(row.share * 1_000_000) / 10_000,
        fairShare: format(fairAmount, input.kind),
        pledged: format(own, input.kind),
        /** Pledged as a percentage of the fair share (100 = exactly its share). */
        percentOfFairShare: fairAmount === 0 ? null : Math.round((own / fairAmount) * 1000) / 10,
        /** The figures the share rests on, each with its year and indicator code. */
        figures: row.figures,
      };
    }),
    excluded: [...shares.excluded, ...notCovered.map((country) => ({ country, missing: ["indicators"] }))],
  };
}

/**
 * The key's formula and components, each component with the release its figures come from (null for
 * an indicator the built-in table does not have), and when the table was last verified.
 */
function howComputed({ formula, components }: FairShareExplanation) {
  const releases = Object.values(INDICATORS_SOURCE.indicators);
  return {
    formula,
    components: components.map((component) => ({
      ...component,
      source: releases.find((release) => release.code === component.code) ?? null,
    })),
    source: {
      citation: INDICATORS_SOURCE.citation,
      licence: INDICATORS_SOURCE.licence,
      lastVerified: INDICATORS_SOURCE.lastVerified,
    },
  };
}

function format(value: number, kind: "funding" | "places"): string | number {
  return kind === "funding" ? toDecimalString({ minor: value, currency: "USD" }) : value;
}
