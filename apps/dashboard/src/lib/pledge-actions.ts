import { parseMoney, toDecimalString, type FundingAction, type PlacesAction } from "@solidaria/domain";
import type { IssueMessage } from "./issues.js";

/**
 * Which steps a pledge can take next and how much each may move, as the ledger's rules allow
 * (packages/domain/src/ledger/pledge-ledger.ts): the page offers only these; the server still decides.
 */

export interface FundingFigures {
  readonly status: string;
  readonly currency: string;
  readonly pledged: string;
  readonly committed: string;
  readonly paid: string;
}

export interface PlacesFigures {
  readonly status: string;
  readonly pledged: number;
  readonly confirmed: number;
  readonly allocated: number;
  readonly departed: number;
  readonly arrived: number;
}

export interface ActionOption<A extends string> {
  readonly action: A;
  /** What the step asks for: an amount or a count that it adds, a new total (amend), or nothing (cancel). */
  readonly quantity: "amount" | "places" | "none";
  /** The most it may move, as the field's default: a decimal string for money, a count for places. */
  readonly max: string | number | null;
  /** The least a new total may be (amend): what the next stage already holds. */
  readonly min?: string | number;
}

const minor = (decimal: string, currency: string) => parseMoney(decimal, currency).minor;
const decimal = (value: number, currency: string) => toDecimalString({ minor: value, currency });

export function fundingActions(figures: FundingFigures): ActionOption<FundingAction>[] {
  if (figures.status === "cancelled") return [];
  const { currency } = figures;
  const pledged = minor(figures.pledged, currency);
  const committed = minor(figures.committed, currency);
  const paid = minor(figures.paid, currency);
  const options: ActionOption<FundingAction>[] = [];
  if (committed < pledged)
    options.push({ action: "commit", quantity: "amount", max: decimal(pledged - committed, currency) });
  if (paid < committed) options.push({ action: "pay", quantity: "amount", max: decimal(committed - paid, currency) });
  options.push({
    action: "amend",
    quantity: "amount",
    max: null,
    ...(committed > 0 ? { min: decimal(committed, currency) } : {}),
  });
  if (paid < pledged) options.push({ action: "cancel", quantity: "none", max: null });
  return options;
}

const STAGES = [
  ["confirm", "pledged", "confirmed"],
  ["allocate", "confirmed", "allocated"],
  ["depart", "allocated", "departed"],
  ["arrive", "departed", "arrived"],
] as const;

export function placesActions(figures: PlacesFigures): ActionOption<PlacesAction>[] {
  if (figures.status === "cancelled") {
    // Only the arrival of people already on their way can still be recorded.
    return figures.arrived < figures.departed
      ? [{ action: "arrive", quantity: "places", max: figures.departed - figures.arrived }]
      : [];
  }
  const options: ActionOption<PlacesAction>[] = [];
  for (const [action, before, stage] of STAGES) {
    const open = figures[before] - figures[stage];
    if (open > 0) options.push({ action, quantity: "places", max: open });
  }
  options.push({
    action: "amend",
    quantity: "places",
    max: null,
    ...(figures.confirmed > 0 ? { min: figures.confirmed } : {}),
  });
  if (figures.arrived < figures.pledged) options.push({ action: "cancel", quantity: "none", max: null });
  return options;
}

/** What differs between the version a person was looking at and the current one, for a stale-version conflict. */
type Figures = {
  version: number;
  status: string;
  funding: Omit<FundingFigures, "status"> | null;
  places: Omit<PlacesFigures, "status"> | null;
};

export function pledgeChanges(
  before: Figures,
  after: Figures,
): {
  field: "status" | "pledged" | "committed" | "paid" | "confirmed" | "allocated" | "departed" | "arrived";
  before: string | number;
  after: string | number;
}[] {
  const changes: ReturnType<typeof pledgeChanges> = [];
  if (before.status !== after.status) changes.push({ field: "status", before: before.status, after: after.status });
  if (before.funding && after.funding) {
    for (const field of ["pledged", "committed", "paid"] as const)
      if (before.funding[field] !== after.funding[field])
        changes.push({ field, before: before.funding[field], after: after.funding[field] });
  }
  if (before.places && after.places) {
    for (const field of ["pledged", "confirmed", "allocated", "departed", "arrived"] as const)
      if (before.places[field] !== after.places[field])
        changes.push({ field, before: before.places[field], after: after.places[field] });
  }
  return changes;
}

/**
 * What is wrong with the quantity of a step before it is sent, as the ledger's rules would refuse it:
 * more than the stage before holds, or a new total below what the next stage already holds. The
 * values are canonical (a decimal string for money, a count for places); `format` writes them back.
 */
export function quantityProblem(
  option: ActionOption<string>,
  value: string | number,
  currency: string,
  format: (value: string | number) => string,
): IssueMessage | null {
  const size = (quantity: string | number) =>
    typeof quantity === "number" ? quantity : parseMoney(quantity, currency).minor;
  let given: number;
  try {
    given = size(value);
  } catch {
    return null; // not a readable amount: the schema words that
  }
  if (option.max !== null && given > size(option.max))
    return { id: "issue.stepTooLarge", values: { max: format(option.max) } };
  if (option.min !== undefined && given < size(option.min))
    return {
      id: option.quantity === "amount" ? "issue.amendBelowCommitted" : "issue.amendBelowConfirmed",
      values: { min: format(option.min) },
    };
  return null;
}
