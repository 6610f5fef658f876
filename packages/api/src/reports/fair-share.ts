import { and, eq, isNotNull, ne, sql } from "drizzle-orm";
import type { FairShareKey } from "@solidaria/domain";
import { organisations, pledges, type LedgerDatabase } from "@solidaria/db";
import { fairShareFromTotals } from "./fair-share-figures.js";

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

  return fairShareFromTotals(pledgedByCountry, input);
}
