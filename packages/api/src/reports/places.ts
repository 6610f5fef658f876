import { and, eq, sql } from "drizzle-orm";
import { appealPlaceNeeds, appeals, pledges, type LedgerDatabase } from "@solidaria/db";
import { availableFromOffers, placesFromRows } from "./places-figures.js";

/**
 * The resettlement pipeline: per resettlement country, host country and submission category, places
 * at each stage; and per host country and category, what appeals ask for against what is pledged.
 * Cancelled pledges count too: cancelling withdrew the places nobody travelled on, so what they
 * still hold is the people who departed or arrived.
 */
export function placesReport(db: LedgerDatabase, filter: { appealId?: string; year?: number } = {}) {
  const where = and(
    eq(pledges.kind, "places"),
    filter.appealId ? eq(pledges.appealId, filter.appealId) : undefined,
    filter.year ? eq(pledges.year, filter.year) : undefined,
  );
  const offers = db
    .select({
      resettlementCountry: pledges.resettlementCountry,
      hostCountry: pledges.hostCountry,
      category: pledges.category,
      pledged: sql<number>`sum(${pledges.placesPledged})`,
      confirmed: sql<number>`sum(${pledges.placesConfirmed})`,
      allocated: sql<number>`sum(${pledges.placesAllocated})`,
      departed: sql<number>`sum(${pledges.placesDeparted})`,
      arrived: sql<number>`sum(${pledges.placesArrived})`,
    })
    .from(pledges)
    .where(where)
    .groupBy(pledges.resettlementCountry, pledges.hostCountry, pledges.category)
    .orderBy(pledges.resettlementCountry, pledges.hostCountry, pledges.category)
    .all();

  const needs = db
    .select({
      hostCountry: appealPlaceNeeds.hostCountry,
      category: appealPlaceNeeds.category,
      needed: sql<number>`sum(${appealPlaceNeeds.needed})`,
    })
    .from(appealPlaceNeeds)
    .innerJoin(appeals, eq(appeals.id, appealPlaceNeeds.appealId))
    .where(
      and(
        filter.appealId ? eq(appeals.id, filter.appealId) : undefined,
        filter.year ? eq(appeals.year, filter.year) : undefined,
      ),
    )
    .groupBy(appealPlaceNeeds.hostCountry, appealPlaceNeeds.category)
    .all();

  return placesFromRows(offers, needs);
}

/** Places still open (pledged or confirmed, not yet allocated): the public aggregate the extension shows. */
export function placesAvailable(db: LedgerDatabase, today: string) {
  return availableFromOffers(placesReport(db).offers, today);
}
