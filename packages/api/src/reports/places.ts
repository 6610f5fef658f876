import { and, eq, sql } from "drizzle-orm";
import { appealPlaceNeeds, appeals, pledges, type LedgerDatabase } from "@solidaria/db";

const STAGES = ["pledged", "confirmed", "allocated", "departed", "arrived"] as const;
type StageCounts = Record<(typeof STAGES)[number], number>;

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
    .all()
    .map((row) => {
      const { resettlementCountry, hostCountry, category } = row;
      if (resettlementCountry === null || hostCountry === null || category === null)
        throw new Error("a places pledge without its resettlement country, host country or category");
      return {
        resettlementCountry,
        hostCountry,
        category,
        ...(Object.fromEntries(STAGES.map((stage) => [stage, Number(row[stage] ?? 0)])) as StageCounts),
      };
    });

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

  const byNeed = new Map<string, { hostCountry: string; category: string; needed: number } & StageCounts>();
  const key = (host: string, category: string) => `${host}|${category}`;
  for (const need of needs) {
    byNeed.set(key(need.hostCountry, need.category), {
      hostCountry: need.hostCountry,
      category: need.category,
      needed: Number(need.needed),
      pledged: 0,
      confirmed: 0,
      allocated: 0,
      departed: 0,
      arrived: 0,
    });
  }
  for (const offer of offers) {
    const entry = byNeed.get(key(offer.hostCountry, offer.category)) ?? {
      hostCountry: offer.hostCountry,
      category: offer.category,
      needed: 0,
      pledged: 0,
      confirmed: 0,
      allocated: 0,
      departed: 0,
      arrived: 0,
    };
    for (const stage of STAGES) entry[stage] += offer[stage];
    byNeed.set(key(offer.hostCountry, offer.category), entry);
  }
  const coverage = [...byNeed.values()]
    .map((entry) => ({ ...entry, unmet: Math.max(0, entry.needed - entry.pledged) }))
    .sort((a, b) => a.hostCountry.localeCompare(b.hostCountry) || a.category.localeCompare(b.category));
  return { offers, needs: coverage };
}

/** Places still open (pledged or confirmed, not yet allocated): the public aggregate the extension shows. */
export function placesAvailable(db: LedgerDatabase, today: string) {
  return placesReport(db)
    .offers.map((offer) => ({
      hostCountry: offer.hostCountry,
      resettlementCountry: offer.resettlementCountry,
      category: offer.category,
      available: Math.max(0, offer.pledged - offer.allocated),
      asOf: today,
    }))
    .filter((offer) => offer.available > 0);
}
