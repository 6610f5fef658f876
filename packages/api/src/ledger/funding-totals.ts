import { eq } from "drizzle-orm";
import { toDecimalString } from "@solidaria/domain";
import { fundingTotals, pledges, type LedgerDatabase } from "@solidaria/db";
import { invalid } from "../errors.js";
import { MAX_PLEDGE_MINOR } from "../validators.js";
import { decodePledge, type FundingPledge } from "./pledge-codec.js";
import type { LedgerStatements } from "./statements.js";

/**
 * Funding totals per appeal, organisation and currency (`funding_totals`), kept with every pledge
 * change in the same transaction, and what bounds them: one organisation's pledges to an appeal may
 * not exceed what the appeal requires, so that no one organisation can use up the exact-total
 * headroom of an appeal and lock every other pledge out (issue 11, finding 4a).
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

const ZERO: FundingContribution = {
  pledges: 0,
  pledgedMinor: 0,
  committedMinor: 0,
  paidMinor: 0,
  pledgedUsdMinor: 0,
  committedUsdMinor: 0,
  paidUsdMinor: 0,
};

const usd = (minor: number) => toDecimalString({ minor, currency: "USD" });

type Appeal = { readonly code: string; readonly requiredUsdMinor: number };

/**
 * Adds the change between two versions of a funding pledge (`before` null at creation) to its
 * appeal's totals, refusing (and so rolling back the whole change) a pledge that would take its
 * organisation beyond the appeal's requirement, or a total beyond what JavaScript counts exactly.
 * Only a change that adds to what is pledged is checked: payments and cancellations always pass.
 */
export function recordFundingChange(
  statements: LedgerStatements,
  before: FundingPledge | null,
  after: FundingPledge,
  /** The pledge's appeal, when the caller has just read it. */
  knownAppeal?: Appeal,
): void {
  const appealId = after.appealId;
  if (appealId === null) return;
  const next = fundingContribution(after);
  const previous = before ? fundingContribution(before) : ZERO;
  const delta: FundingContribution = {
    pledges: next.pledges - previous.pledges,
    pledgedMinor: next.pledgedMinor - previous.pledgedMinor,
    committedMinor: next.committedMinor - previous.committedMinor,
    paidMinor: next.paidMinor - previous.paidMinor,
    pledgedUsdMinor: next.pledgedUsdMinor - previous.pledgedUsdMinor,
    committedUsdMinor: next.committedUsdMinor - previous.committedUsdMinor,
    paidUsdMinor: next.paidUsdMinor - previous.paidUsdMinor,
  };
  const { currency } = after.state;
  const organisationId = after.organisationId;
  const row = statements.addFundingTotals.get({ appealId, organisationId, currency, ...delta });
  if (delta.pledgedMinor <= 0 && delta.pledgedUsdMinor <= 0) return;

  const appeal = knownAppeal ?? statements.appealById.get({ id: appealId });
  const sums = statements.appealFundingSums.get({ appealId, organisationId, currency });
  if (!appeal || !row || !sums) throw new Error(`funding totals of appeal ${appealId} could not be read back`);
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

interface TotalsRow extends FundingContribution {
  appealId: string;
  organisationId: string;
  currency: string;
}

const keyOf = (row: { appealId: string; organisationId: string; currency: string }) =>
  JSON.stringify([row.appealId, row.organisationId, row.currency]);

/** The funding totals per appeal, organisation and currency as they follow from the pledges. */
function expectedFundingTotals(db: LedgerDatabase): Map<string, TotalsRow> {
  const totals = new Map<string, TotalsRow>();
  for (const row of db.select().from(pledges).where(eq(pledges.kind, "funding")).all()) {
    const pledge = decodePledge(row);
    if (pledge.kind !== "funding" || pledge.appealId === null) continue;
    const id = { appealId: pledge.appealId, organisationId: pledge.organisationId, currency: pledge.state.currency };
    const sum = totals.get(keyOf(id)) ?? { ...id, ...ZERO };
    const contribution = fundingContribution(pledge);
    for (const column of Object.keys(ZERO) as (keyof FundingContribution)[]) sum[column] += contribution[column];
    totals.set(keyOf(id), sum);
  }
  return totals;
}

/** Lists the totals that differ from what the pledges add up to (empty when consistent). */
export function verifyFundingTotals(db: LedgerDatabase): { key: string; stored: unknown; expected: unknown }[] {
  const expected = expectedFundingTotals(db);
  const stored = new Map<string, TotalsRow>(
    db
      .select()
      .from(fundingTotals)
      .all()
      .filter((row) => row.pledges > 0)
      .map((row) => [keyOf(row), row]),
  );
  const mismatches: { key: string; stored: unknown; expected: unknown }[] = [];
  for (const key of new Set([...expected.keys(), ...stored.keys()])) {
    const a = stored.get(key) ?? null;
    const b = expected.get(key) ?? null;
    const same =
      a !== null &&
      b !== null &&
      (Object.keys(ZERO) as (keyof FundingContribution)[]).every((column) => a[column] === b[column]);
    if (!same) mismatches.push({ key, stored: a, expected: b });
  }
  return mismatches;
}

/** Recomputes the funding totals from the pledges (after a bulk import, or to repair them). */
export function rebuildFundingTotals(db: LedgerDatabase): void {
  db.transaction(
    (tx) => {
      tx.delete(fundingTotals).run();
      for (const row of expectedFundingTotals(db).values()) tx.insert(fundingTotals).values(row).run();
    },
    { behavior: "immediate" },
  );
}
