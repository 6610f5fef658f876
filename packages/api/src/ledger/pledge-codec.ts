import {
  FUNDING_STATUSES,
  PLACES_STATUSES,
  toUsd,
  type FundingState,
  type FundingStatus,
  type PlacesState,
  type PlacesStatus,
  type PledgeState,
  type UsdRate,
} from "@solidaria/domain";
import type { pledges } from "@solidaria/db";

/**
 * The `pledges` row and the pledge it stores, both ways. One table holds both kinds, so each kind's
 * columns are nullable in the row; decoding checks that the row's kind has all of its own, and gives
 * a pledge whose fields are never null where its kind always has them.
 */
export type PledgeRow = typeof pledges.$inferSelect;

interface PledgeRecord {
  readonly id: string;
  readonly organisationId: string;
  readonly appealId: string | null;
  readonly programme: string;
  readonly year: number;
  readonly version: number;
  readonly note: string | null;
  readonly demo: boolean;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface FundingPledge extends PledgeRecord {
  readonly kind: "funding";
  readonly state: FundingState;
  /** The dated rate the pledge was made with (1 for USD pledges). */
  readonly rate: UsdRate;
  /** USD equivalents of the pledged, committed and paid totals, in cents. */
  readonly usd: { readonly pledgedMinor: number; readonly committedMinor: number; readonly paidMinor: number };
}

interface PlacesPledge extends PledgeRecord {
  readonly kind: "places";
  readonly state: PlacesState;
  readonly resettlementCountry: string;
  readonly hostCountry: string;
  readonly category: string;
}

export type Pledge = FundingPledge | PlacesPledge;

/** A row that breaks its kind's shape: the database was damaged or written around the ledger. */
class DamagedRowError extends Error {
  override readonly name = "DamagedRowError";
}

/** A column the row's kind always fills; a null there is refused, never passed on. */
function filled<K extends keyof PledgeRow>(row: PledgeRow, column: K): NonNullable<PledgeRow[K]> {
  const value = row[column];
  if (value === null || value === undefined) {
    throw new DamagedRowError(`pledge ${row.id}: a ${row.kind} pledge without ${column}`);
  }
  return value;
}

function status<S extends string>(row: PledgeRow, statuses: readonly S[]): S {
  const found = statuses.find((candidate) => candidate === row.status);
  if (found === undefined) throw new DamagedRowError(`pledge ${row.id}: unknown ${row.kind} status "${row.status}"`);
  return found;
}

export function decodePledge(row: PledgeRow): Pledge {
  const record: PledgeRecord = {
    id: row.id,
    organisationId: row.organisationId,
    appealId: row.appealId,
    programme: row.programme,
    year: row.year,
    version: row.version,
    note: row.note,
    demo: row.demo,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
  if (row.kind === "funding") {
    const currency = filled(row, "currency");
    return {
      ...record,
      kind: "funding",
      state: {
        kind: "funding",
        status: status<FundingStatus>(row, FUNDING_STATUSES),
        currency,
        pledgedMinor: filled(row, "pledgedMinor"),
        committedMinor: filled(row, "committedMinor"),
        paidMinor: filled(row, "paidMinor"),
      },
      rate: {
        currency,
        usdPerUnit: filled(row, "usdRate"),
        date: filled(row, "usdRateDate"),
        source: filled(row, "usdRateSource"),
      },
      usd: {
        pledgedMinor: filled(row, "pledgedUsdMinor"),
        committedMinor: filled(row, "committedUsdMinor"),
        paidMinor: filled(row, "paidUsdMinor"),
      },
    };
  }
  return {
    ...record,
    kind: "places",
    state: {
      kind: "places",
      status: status<PlacesStatus>(row, PLACES_STATUSES),
      pledged: filled(row, "placesPledged"),
      confirmed: filled(row, "placesConfirmed"),
      allocated: filled(row, "placesAllocated"),
      departed: filled(row, "placesDeparted"),
      arrived: filled(row, "placesArrived"),
    },
    resettlementCountry: filled(row, "resettlementCountry"),
    hostCountry: filled(row, "hostCountry"),
    category: filled(row, "category"),
  };
}

const NO_FUNDING = {
  pledgedMinor: null,
  committedMinor: null,
  paidMinor: null,
  pledgedUsdMinor: null,
  committedUsdMinor: null,
  paidUsdMinor: null,
};
const NO_PLACES = {
  placesPledged: null,
  placesConfirmed: null,
  placesAllocated: null,
  placesDeparted: null,
  placesArrived: null,
};

/**
 * Every projection column for a state (the other kind's columns null). USD equivalents are recomputed
 * from the totals with the pledge's dated rate (a funding pledge always has one; places none), never
 * summed from rounded steps. Throws the domain's MoneyError when the rate cannot convert the amount.
 */
export function projectionColumns(state: PledgeState, rate: UsdRate | null) {
  if (state.kind === "funding") {
    const usd = (minor: number) => {
      if (state.currency === "USD") return minor;
      if (rate === null) throw new DamagedRowError(`a funding pledge in ${state.currency} without its USD rate`);
      return toUsd({ minor, currency: state.currency }, rate).minor;
    };
    return {
      status: state.status,
      pledgedMinor: state.pledgedMinor,
      committedMinor: state.committedMinor,
      paidMinor: state.paidMinor,
      pledgedUsdMinor: usd(state.pledgedMinor),
      committedUsdMinor: usd(state.committedMinor),
      paidUsdMinor: usd(state.paidMinor),
      ...NO_PLACES,
    };
  }
  return {
    status: state.status,
    ...NO_FUNDING,
    placesPledged: state.pledged,
    placesConfirmed: state.confirmed,
    placesAllocated: state.allocated,
    placesDeparted: state.departed,
    placesArrived: state.arrived,
  };
}
export type ProjectionColumns = ReturnType<typeof projectionColumns>;
