import { and, eq, isNotNull, ne, sql } from "drizzle-orm";
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
import { organisations, pledges, type LedgerDatabase } from "@solidaria/db";

/**
 * Each participating state's fair share of what all of them pledged, by a key (population and GDP by
 * default), beside what it pledged. States are organisations with a country the indicators cover.
 * The answer shows how the shares were computed: the key's formula in es, pt and en, each indicator's
 * code, years and release, and every figure a state's share rests on with its year.
 */
export function fairShareReport(
  db: LedgerDatabase,
  input: { kind: "funding" | "places"; year?: number; key?: FairShareKey },
) {
  const amount = input.kind === "funding" ? pledges.pledgedUsdMinor : pledges.placesPledged;
  const pledgedByCountry = db
    .select({ country: organisations.country, total: sql<number>`coalesce(sum(${amount}), 0)` })
    .from(organisations)
    .leftJoin(
      pledges,
      and(
        eq(pledges.organisationId, organisations.id),
        eq(pledges.kind, input.kind),
        ne(pledges.status, "cancelled"),
        input.year ? eq(pledges.year, input.year) : undefined,
      ),
    )
    .where(and(isNotNull(organisations.country), eq(organisations.kind, "state")))
    .groupBy(organisations.country)
    .all();

  const pledged = new Map<string, number>();
  for (const { country, total } of pledgedByCountry) if (country !== null) pledged.set(country, Number(total));
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
