/**
 * The pledge ledger's rules (docs/architecture.md, "Ledger rules"), as a pure fold over events: the server
 * stores the events and this projection; a rebuild from the events must give the same state.
 *
 * Funding: pledged -> committed -> paid (partially or fully), or cancelled (FTS flow statuses).
 * Places:  pledged -> confirmed -> allocated -> departed -> arrived, or cancelled.
 * No stage may exceed the stage before; an amendment changes the pledged total, never below what
 * the next stage already holds.
 *
 * Cancelling keeps what happened: a cancelled funding pledge keeps what was paid (the reports count
 * only that), and cancelling a places pledge withdraws only the places nobody has travelled on yet
 * (every stage comes down to the departed count), so the people who departed or arrived stay in the
 * record, and those still in transit can still be recorded as arrived.
 */

export const FUNDING_STATUSES = ["pledged", "committed", "partially-paid", "paid", "cancelled"] as const;
export type FundingStatus = (typeof FUNDING_STATUSES)[number];
export const PLACES_STATUSES = ["pledged", "confirmed", "allocated", "departed", "arrived", "cancelled"] as const;
export type PlacesStatus = (typeof PLACES_STATUSES)[number];
export type PledgeStatus = FundingStatus | PlacesStatus;

export const FUNDING_ACTIONS = ["commit", "pay", "amend", "cancel"] as const;
export const PLACES_ACTIONS = ["confirm", "allocate", "depart", "arrive", "amend", "cancel"] as const;
export type FundingAction = (typeof FUNDING_ACTIONS)[number];
export type PlacesAction = (typeof PLACES_ACTIONS)[number];

export interface FundingState {
  readonly kind: "funding";
  readonly status: FundingStatus;
  readonly currency: string;
  readonly pledgedMinor: number;
  readonly committedMinor: number;
  readonly paidMinor: number;
}

export interface PlacesState {
  readonly kind: "places";
  readonly status: PlacesStatus;
  readonly pledged: number;
  readonly confirmed: number;
  readonly allocated: number;
  readonly departed: number;
  readonly arrived: number;
}

export type PledgeState = FundingState | PlacesState;

export type PledgeEvent =
  | { readonly type: "created"; readonly kind: "funding"; readonly currency: string; readonly amountMinor: number }
  | { readonly type: "created"; readonly kind: "places"; readonly places: number }
  | { readonly type: "commit" | "pay"; readonly amountMinor: number }
  | { readonly type: "confirm" | "allocate" | "depart" | "arrive"; readonly places: number }
  | { readonly type: "amend"; readonly amountMinor?: number; readonly places?: number }
  | { readonly type: "cancel" };

export type LedgerErrorReason = "exceeds-previous-stage" | "not-allowed" | "invalid-amount" | "cancelled";

export class LedgerError extends Error {
  override readonly name = "LedgerError";
  constructor(
    readonly reason: LedgerErrorReason,
    message: string,
  ) {
    super(message);
  }
}

function positiveWhole(value: number | undefined, what: string): number {
  if (value === undefined || !Number.isSafeInteger(value) || value <= 0) {
    throw new LedgerError("invalid-amount", `${what} must be a whole number greater than zero`);
  }
  return value;
}

function fundingStatus(state: Omit<FundingState, "status">): FundingStatus {
  if (state.paidMinor > 0) return state.paidMinor >= state.pledgedMinor ? "paid" : "partially-paid";
  return state.committedMinor > 0 ? "committed" : "pledged";
}

function placesStatus(state: Omit<PlacesState, "status">): PlacesStatus {
  if (state.arrived > 0) return "arrived";
  if (state.departed > 0) return "departed";
  if (state.allocated > 0) return "allocated";
  if (state.confirmed > 0) return "confirmed";
  return "pledged";
}

const PLACE_STAGES = {
  confirm: ["pledged", "confirmed"],
  allocate: ["confirmed", "allocated"],
  depart: ["allocated", "departed"],
  arrive: ["departed", "arrived"],
} as const;

function applyFunding(state: FundingState, event: PledgeEvent): FundingState {
  let next: Omit<FundingState, "status">;
  switch (event.type) {
    case "commit": {
      const committedMinor = state.committedMinor + positiveWhole(event.amountMinor, "amount");
      if (committedMinor > state.pledgedMinor) {
        throw new LedgerError("exceeds-previous-stage", "committed would exceed the amount pledged");
      }
      next = { ...state, committedMinor };
      break;
    }
    case "pay": {
      const paidMinor = state.paidMinor + positiveWhole(event.amountMinor, "amount");
      if (paidMinor > state.committedMinor) {
        throw new LedgerError("exceeds-previous-stage", "paid would exceed the amount committed");
      }
      next = { ...state, paidMinor };
      break;
    }
    case "amend": {
      const pledgedMinor = positiveWhole(event.amountMinor, "amended amount");
      if (pledgedMinor < state.committedMinor) {
        throw new LedgerError(
          "exceeds-previous-stage",
          "the amended pledge would be less than what is already committed",
        );
      }
      next = { ...state, pledgedMinor };
      break;
    }
    case "cancel":
      if (state.paidMinor >= state.pledgedMinor)
        throw new LedgerError("not-allowed", "a fully paid pledge cannot be cancelled");
      return { ...state, status: "cancelled" };
    default:
      throw new LedgerError("not-allowed", `"${event.type}" does not apply to a funding pledge`);
  }
  return { ...next, kind: "funding", status: fundingStatus(next) };
}

function applyPlaces(state: PlacesState, event: PledgeEvent): PlacesState {
  let next: Omit<PlacesState, "status">;
  switch (event.type) {
    case "confirm":
    case "allocate":
    case "depart":
    case "arrive": {
      const [before, stage] = PLACE_STAGES[event.type];
      const count = state[stage] + positiveWhole(event.places, "places");
      if (count > state[before]) {
        throw new LedgerError("exceeds-previous-stage", `${stage} places would exceed the ${before} places`);
      }
      next = { ...state, [stage]: count };
      break;
    }
    case "amend": {
      const pledged = positiveWhole(event.places, "amended places");
      if (pledged < state.confirmed) {
        throw new LedgerError(
          "exceeds-previous-stage",
          "the amended pledge would be less than the places already confirmed",
        );
      }
      next = { ...state, pledged };
      break;
    }
    case "cancel":
      if (state.arrived >= state.pledged)
        throw new LedgerError("not-allowed", "a pledge whose places have all arrived cannot be cancelled");
      // Withdraws the places not yet travelled on; those who departed stay pledged, confirmed and allocated.
      return {
        ...state,
        status: "cancelled",
        pledged: state.departed,
        confirmed: state.departed,
        allocated: state.departed,
      };
    default:
      throw new LedgerError("not-allowed", `"${event.type}" does not apply to a places pledge`);
  }
  return { ...next, kind: "places", status: placesStatus(next) };
}

/** On a cancelled places pledge, only the arrival of people who had already departed can still be recorded. */
function applyCancelledPlaces(state: PlacesState, event: PledgeEvent): PlacesState {
  if (event.type !== "arrive") throw new LedgerError("cancelled", "the pledge is cancelled");
  const arrived = state.arrived + positiveWhole(event.places, "places");
  if (arrived > state.departed) {
    throw new LedgerError("exceeds-previous-stage", "arrived places would exceed the departed places");
  }
  return { ...state, arrived };
}

/** The state after one more event; throws LedgerError when the event would break a ledger rule. */
export function applyPledgeEvent(state: PledgeState | null, event: PledgeEvent): PledgeState {
  if (event.type === "created") {
    if (state !== null) throw new LedgerError("not-allowed", "the pledge already exists");
    if (event.kind === "funding") {
      const pledgedMinor = positiveWhole(event.amountMinor, "amount");
      return {
        kind: "funding",
        status: "pledged",
        currency: event.currency,
        pledgedMinor,
        committedMinor: 0,
        paidMinor: 0,
      };
    }
    const pledged = positiveWhole(event.places, "places");
    return { kind: "places", status: "pledged", pledged, confirmed: 0, allocated: 0, departed: 0, arrived: 0 };
  }
  if (state === null) throw new LedgerError("not-allowed", "the first event of a pledge must create it");
  if (state.status === "cancelled") {
    if (state.kind === "places") return applyCancelledPlaces(state, event);
    throw new LedgerError("cancelled", "the pledge is cancelled");
  }
  return state.kind === "funding" ? applyFunding(state, event) : applyPlaces(state, event);
}

/** Folds a pledge's whole event log into its state. */
export function projectPledge(events: Iterable<PledgeEvent>): PledgeState | null {
  let state: PledgeState | null = null;
  for (const event of events) state = applyPledgeEvent(state, event);
  return state;
}
