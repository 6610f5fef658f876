import { and, eq, sql, type AnyColumn } from "drizzle-orm";
import { appealPlaceNeeds, appeals, pledges, type PgLedgerDatabase } from "@solidaria/db/pg";
import { availableFromOffers, placesFromRows } from "../../reports/places-figures.js";

/** A sum of integers as a JS number (PostgreSQL sums integers as bigint, which pg reads as text). */
const total = (column: AnyColumn) => sql<number | null>`sum(${column})::bigint`.mapWith(Number);

/** A text column in byte order, as SQLite's BINARY collation sorts it. */
const bytewise = (column: AnyColumn) => sql`${column} collate "C"`;

/** The places report (see ../../reports/places.ts) from the PostgreSQL ledger. */
export async function placesReport(
  db: Pick<PgLedgerDatabase, "select">,
  filter: { appealId?: string; year?: number } = {},
) {
  const offers = await db
    .select({
      resettlementCountry: pledges.resettlementCountry,
      hostCountry: pledges.hostCountry,
      category: pledges.category,
      pledged: total(pledges.placesPledged),
      confirmed: total(pledges.placesConfirmed),
      allocated: total(pledges.placesAllocated),
      departed: total(pledges.placesDeparted),
      arrived: total(pledges.placesArrived),
    })
    .from(pledges)
    .where(
      and(
        eq(pledges.kind, "places"),
        filter.appealId ? eq(pledges.appealId, filter.appealId) : undefined,
        filter.year ? eq(pledges.year, filter.year) : undefined,
      ),
    )
    .groupBy(pledges.resettlementCountry, pledges.hostCountry, pledges.category)
    // SQLite puts nulls first; a null there is refused anyway (placesFromRows), whichever row it is.
    .orderBy(bytewise(pledges.resettlementCountry), bytewise(pledges.hostCountry), bytewise(pledges.category));

  const needs = await db
    .select({
      hostCountry: appealPlaceNeeds.hostCountry,
      category: appealPlaceNeeds.category,
      needed: sql<number>`sum(${appealPlaceNeeds.needed})::bigint`.mapWith(Number),
    })
    .from(appealPlaceNeeds)
    .innerJoin(appeals, eq(appeals.id, appealPlaceNeeds.appealId))
    .where(
      and(
        filter.appealId ? eq(appeals.id, filter.appealId) : undefined,
        filter.year ? eq(appeals.year, filter.year) : undefined,
      ),
    )
    .groupBy(appealPlaceNeeds.hostCountry, appealPlaceNeeds.category);

  return placesFromRows(offers, needs);
}

/** Places still open (pledged or confirmed, not yet allocated): the public aggregate the extension shows. */
export async function placesAvailable(db: Pick<PgLedgerDatabase, "select">, today: string) {
  return availableFromOffers((await placesReport(db)).offers, today);
}
