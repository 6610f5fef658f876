const STAGES = ["pledged", "confirmed", "allocated", "departed", "arrived"] as const;
type StageCounts = Record<(typeof STAGES)[number], number>;

/** Places pledged per resettlement country, host country and category, summed over each stage. */
export interface PlacesOfferRow {
  readonly resettlementCountry: string | null;
  readonly hostCountry: string | null;
  readonly category: string | null;
  readonly pledged: number | null;
  readonly confirmed: number | null;
  readonly allocated: number | null;
  readonly departed: number | null;
  readonly arrived: number | null;
}

/** Places appeals ask for, per host country and category. */
export interface PlacesNeedRow {
  readonly hostCountry: string;
  readonly category: string;
  readonly needed: number;
}

/**
 * The places report from the offers (grouped, in report order) and the needs (grouped, in any
 * order): see `placesReport`.
 */
export function placesFromRows(offerRows: readonly PlacesOfferRow[], needs: readonly PlacesNeedRow[]) {
  const offers = offerRows.map((row) => {
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

/** Places still open (pledged or confirmed, not yet allocated), from the places report's offers. */
export function availableFromOffers(offers: ReturnType<typeof placesFromRows>["offers"], today: string) {
  return offers
    .map((offer) => ({
      hostCountry: offer.hostCountry,
      resettlementCountry: offer.resettlementCountry,
      category: offer.category,
      available: Math.max(0, offer.pledged - offer.allocated),
      asOf: today,
    }))
    .filter((offer) => offer.available > 0);
}
