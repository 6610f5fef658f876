import {
  applyPledgeEvent,
  LedgerError,
  MoneyError,
  type PledgeEvent,
  type PledgeState,
  type UsdRate,
} from "@solidaria/domain";
import { invalid } from "../errors.js";
import { MAX_PLEDGE_MINOR } from "../validators.js";
import { projectionColumns, type ProjectionColumns } from "./pledge-codec.js";

/**
 * The domain's ledger rules applied for a command: a rule the event breaks becomes a refusal naming
 * the field the caller should change (the amount or places for a count that does not fit, the action
 * for a step that cannot be taken).
 */
export function applyEvent(state: PledgeState | null, event: PledgeEvent, kind: "funding" | "places"): PledgeState {
  try {
    return applyPledgeEvent(state, event);
  } catch (error) {
    if (!(error instanceof LedgerError)) throw error;
    const field =
      error.reason === "cancelled" || error.reason === "not-allowed"
        ? "action"
        : kind === "funding"
          ? "amount"
          : "places";
    throw invalid(field, error.message);
  }
}

/** The projection columns for a state, refusing a total whose USD equivalent one pledge may not carry. */
export function checkedProjection(state: PledgeState, rate: UsdRate | null): ProjectionColumns {
  let columns: ProjectionColumns;
  try {
    columns = projectionColumns(state, rate);
  } catch (error) {
    if (error instanceof MoneyError) throw invalid("amount", error.message);
    throw error;
  }
  if ((columns.pledgedUsdMinor ?? 0) > MAX_PLEDGE_MINOR) {
    throw invalid("amount", `gives a USD equivalent above the limit for one pledge (${MAX_PLEDGE_MINOR} cents)`);
  }
  return columns;
}
