import { toDecimalString } from "@solidaria/domain";
import { kindColumn, type PledgeRow } from "./pledge-row.js";

type MoneyColumn =
  "pledgedMinor" | "committedMinor" | "paidMinor" | "pledgedUsdMinor" | "committedUsdMinor" | "paidUsdMinor";

/** A funding pledge's amount in `column`, as a decimal string in `currency`. */
const money = (row: PledgeRow, column: MoneyColumn, currency: string) =>
  toDecimalString({ minor: kindColumn(row, column), currency });

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
    const currency = kindColumn(row, "currency");
    return {
      ...base,
      funding: {
        currency,
        pledged: money(row, "pledgedMinor", currency),
        committed: money(row, "committedMinor", currency),
        paid: money(row, "paidMinor", currency),
        usd: {
          pledged: money(row, "pledgedUsdMinor", "USD"),
          committed: money(row, "committedUsdMinor", "USD"),
          paid: money(row, "paidUsdMinor", "USD"),
          rate: kindColumn(row, "usdRate"),
          rateDate: kindColumn(row, "usdRateDate"),
          rateSource: kindColumn(row, "usdRateSource"),
        },
      },
      places: null,
    };
  }
  return {
    ...base,
    funding: null,
    places: {
      resettlementCountry: kindColumn(row, "resettlementCountry"),
      hostCountry: kindColumn(row, "hostCountry"),
      category: kindColumn(row, "category"),
      pledged: kindColumn(row, "placesPledged"),
      confirmed: kindColumn(row, "placesConfirmed"),
      allocated: kindColumn(row, "placesAllocated"),
      departed: kindColumn(row, "placesDeparted"),
      arrived: kindColumn(row, "placesArrived"),
    },
  };
}
export type PledgeView = ReturnType<typeof toPledgeView>;
