import { toDecimalString } from "@solidaria/domain";
import { invalid } from "../errors.js";
import { MAX_PLEDGE_MINOR } from "../validators.js";
import { decodePledge, type FundingPledge, type PledgeRow } from "./pledge-codec.js";

/**
 * Funding totals per appeal, organisation and currency (`funding_totals`), kept with every pledge
 * change in the same transaction, and what bounds them: one organisation's pledges to an appeal may
 * not exceed what the appeal requires, so that no one organisation can use up the exact-total
 * headroom of an appeal and lock every other pledge out (issue 11, finding 4a).
 *
 * This module decides; the databases' own modules (funding-totals.ts, ../pg/ledger/funding-totals.ts)
 * only read and write.
 */

interface FundingContribution {
  pledges: number;
  pledgedMinor: number;
  committedMinor: number;
  paidMinor: number;
  pledgedUsdMinor: number;
  committedUsdMinor: number;
  paidUsdMinor: number;
}

const ZERO: FundingContribution = {
  pledges: 0,
  pledgedMinor: 0,
  committedMinor: 0,
  paidMinor: 0,
  pledgedUsdMinor: 0,
  committedUsdMinor: 0,
  paidUsdMinor: 0,
};

const COLUMNS = Object.keys(ZERO) as (keyof FundingContribution)[];

/** What a funding pledge adds to its appeal's totals: a cancelled pledge counts only what was paid. */
function fundingContribution(pledge: FundingPledge): FundingContribution {
  const { state, usd } = pledge;
  const cancelled = state.status === "cancelled";
  return {
    pledges: 1,
    pledgedMinor: cancelled ? state.paidMinor : state.pledgedMinor,
    committedMinor: cancelled ? state.paidMinor : state.committedMinor,
    paidMinor: state.paidMinor,
    pledgedUsdMinor: cancelled ? usd.paidMinor : usd.pledgedMinor,
    committedUsdMinor: cancelled ? usd.paidMinor : usd.committedMinor,
    paidUsdMinor: usd.paidMinor,
  };
}

/** One row of the totals: which appeal, organisation and currency, and how much. */
export interface FundingTotalsChange extends FundingContribution {
  appealId: string;
  organisationId: string;
  currency: string;
}

/**
 * What a change between two versions of a funding pledge (`before` null at creation) adds to its
 * appeal's totals, and whether it must be checked against the bounds afterwards (only a change
 * that adds to what is pledged is: payments and cancellations always pass). Null for a pledge to no
 * appeal.
 */
export function fundingChange(
  before: FundingPledge | null,
  after: FundingPledge,
): { delta: FundingTotalsChange; bounded: boolean } | null {
  const appealId = after.appealId;
  if (appealId === null) return null;
  const next = fundingContribution(after);
  const previous = before ? fundingContribution(before) : ZERO;
  const delta = { appealId, organisationId: after.organisationId, currency: after.state.currency, ...ZERO };
  for (const column of COLUMNS) delta[column] = next[column] - previous[column];
  return { delta, bounded: delta.pledgedMinor > 0 || delta.pledgedUsdMinor > 0 };
}

const usd = (minor: number) => toDecimalString({ minor, currency: "USD" });

export type BoundingAppeal = { readonly code: string; readonly requiredUsdMinor: number };

/**
 * What bounds a funding pledge to an appeal, read from the maintained totals after the change was
 * added: the organisation's USD total, and the appeal's totals in the pledge's currency and in USD.
 */
export interface AppealFundingSums {
  readonly organisationUsdMinor: number;
  readonly currencyMinor: number;
  readonly usdMinor: number;
}

/**
 * Refuses (and so rolls back the whole change) a change that took its organisation beyond the
 * appeal's requirement, or a total beyond what JavaScript counts exactly. `row` is the totals row the
 * change was added to, as it now is.
 */
export function checkFundingBounds(
  delta: FundingTotalsChange,
  appeal: BoundingAppeal,
  row: { readonly pledgedMinor: number },
  sums: AppealFundingSums,
): void {
  const { organisationId, currency } = delta;
  if (delta.pledgedUsdMinor > 0 && sums.organisationUsdMinor > appeal.requiredUsdMinor) {
    throw invalid(
      "amount",
      `would bring ${organisationId}'s pledges to appeal ${appeal.code} to USD ${usd(sums.organisationUsdMinor)}, ` +
        `more than the appeal requires in all (USD ${usd(appeal.requiredUsdMinor)}); one organisation's pledges to an appeal are bounded by its requirement`,
    );
  }
  if (delta.pledgedMinor > 0 && row.pledgedMinor > MAX_PLEDGE_MINOR) {
    throw invalid(
      "amount",
      `would bring ${organisationId}'s ${currency} pledges to appeal ${appeal.code} beyond what one organisation may pledge to an appeal in one currency (${MAX_PLEDGE_MINOR} minor units)`,
    );
  }
  // Totals are JavaScript numbers when read: past 2^53 they stop being exact, and coverage would lie.
  if (sums.currencyMinor > Number.MAX_SAFE_INTEGER || sums.usdMinor > Number.MAX_SAFE_INTEGER) {
    throw invalid("amount", `would take appeal ${appeal.code}'s ${currency} total beyond what can be counted exactly`);
  }
}

/** The failure when the totals just written cannot be read back: a bug or a damaged database. */
export const unreadableTotals = (appealId: string) =>
  new Error(`funding totals of appeal ${appealId} could not be read back`);

const keyOf = (row: { appealId: string; organisationId: string; currency: string }) =>
  JSON.stringify([row.appealId, row.organisationId, row.currency]);

/** The funding totals per appeal, organisation and currency as they follow from the funding pledges. */
export function expectedFundingTotals(rows: Iterable<PledgeRow>): Map<string, FundingTotalsChange> {
  const totals = new Map<string, FundingTotalsChange>();
  for (const row of rows) {
    const pledge = decodePledge(row);
    if (pledge.kind !== "funding" || pledge.appealId === null) continue;
    const id = { appealId: pledge.appealId, organisationId: pledge.organisationId, currency: pledge.state.currency };
    const sum = totals.get(keyOf(id)) ?? { ...id, ...ZERO };
    const contribution = fundingContribution(pledge);
    for (const column of COLUMNS) sum[column] += contribution[column];
    totals.set(keyOf(id), sum);
  }
  return totals;
}

export type FundingTotalsMismatch = { key: string; stored: unknown; expected: unknown };

/** The stored totals rows that differ from what the pledges add up to (empty when consistent). */
export function fundingTotalsMismatches(
  expected: Map<string, FundingTotalsChange>,
  storedRows: Iterable<FundingTotalsChange>,
): FundingTotalsMismatch[] {
  const stored = new Map<string, FundingTotalsChange>();
  for (const row of storedRows) if (row.pledges > 0) stored.set(keyOf(row), row);
  const mismatches: FundingTotalsMismatch[] = [];
  for (const key of new Set([...expected.keys(), ...stored.keys()])) {
    const a = stored.get(key) ?? null;
    const b = expected.get(key) ?? null;
    const same = a !== null && b !== null && COLUMNS.every((column) => a[column] === b[column]);
    if (!same) mismatches.push({ key, stored: a, expected: b });
  }
  return mismatches;
}
