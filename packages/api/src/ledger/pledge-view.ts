import { toDecimalString } from "@solidaria/domain";
import type { pledges } from "@solidaria/db";

type PledgeRow = typeof pledges.$inferSelect;

const money = (minor: number | null, currency: string | null) =>
  minor === null || currency === null ? null : toDecimalString({ minor, currency });

/** What clients see of a pledge: decimal strings for money (exact), counts for places. */
export function toPledgeView(row: PledgeRow) {
  const base = {
    id: row.id,
    kind: row.kind,
    organisationId: row.organisationId,
    appealId: row.appealId,
    programme: row.programme,
    year: row.year,
    status: row.status,
    version: row.version,
    note: row.note,
    demo: row.demo,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
  if (row.kind === "funding") {
    return {
      ...base,
      funding: {
        currency: row.currency!,
        pledged: money(row.pledgedMinor, row.currency)!,
        committed: money(row.committedMinor, row.currency)!,
        paid: money(row.paidMinor, row.currency)!,
        usd: {
          pledged: money(row.pledgedUsdMinor, "USD")!,
          committed: money(row.committedUsdMinor, "USD")!,
          paid: money(row.paidUsdMinor, "USD")!,
          rate: row.usdRate!,
          rateDate: row.usdRateDate!,
          rateSource: row.usdRateSource!,
        },
      },
      places: null,
    };
  }
  return {
    ...base,
    funding: null,
    places: {
      resettlementCountry: row.resettlementCountry!,
      hostCountry: row.hostCountry!,
      category: row.category!,
      pledged: row.placesPledged!,
      confirmed: row.placesConfirmed!,
      allocated: row.placesAllocated!,
      departed: row.placesDeparted!,
      arrived: row.placesArrived!,
    },
  };
}
export type PledgeView = ReturnType<typeof toPledgeView>;
