import { and, eq, isNotNull, ne, sql } from "drizzle-orm";
import type { FairShareKey } from "@solidaria/domain";
import { organisations, pledges, type PgLedgerDatabase } from "@solidaria/db/pg";
import { fairShareFromTotals } from "../../reports/fair-share-figures.js";

/** The fair-share report (see ../../reports/fair-share.ts) from the PostgreSQL ledger. */
export async function fairShareReport(
  db: Pick<PgLedgerDatabase, "select">,
  input: { kind: "funding" | "places"; year?: number; key?: FairShareKey },
) {
  const amount = input.kind === "funding" ? pledges.pledgedUsdMinor : pledges.placesPledged;
  const pledgedByCountry = await db
    .select({
      country: organisations.country,
      total: sql<number>`coalesce(sum(${amount}), 0)::bigint`.mapWith(Number),
    })
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
    .groupBy(organisations.country);
  return fairShareFromTotals(pledgedByCountry, input);
}
