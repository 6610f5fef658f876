import { createHash } from "node:crypto";
import { asc, eq } from "drizzle-orm";
import { TRPCError } from "@trpc/server";
import {
  applyPledgeEvent,
  LedgerError,
  MoneyError,
  parseMoney,
  toUsd,
  type PledgeEvent,
  type PledgeState,
  type UsdRate,
} from "@solidaria/domain";
import { pledgeEvents, type LedgerDatabase } from "@solidaria/db";
import type { Caller } from "../context.js";
import { MAX_PLEDGE_MINOR, type PledgeCreate, type PledgeTransition } from "../validators.js";
import { kindColumn, rateOf, type PledgeRow } from "./pledge-row.js";
import { statementsFor, type LedgerStatements } from "./statements.js";
import { timeOrderedId } from "./time-ordered-id.js";

/**
 * Writes to the ledger: each change appends an event and updates the projection in one SQLite
 * transaction, so the two can never disagree and nothing is half-written.
 */

/**
 * Write transactions take the write lock at BEGIN: with several server processes on one file, a
 * deferred transaction that reads first could not upgrade to writing and would fail instead of waiting.
 */
const IMMEDIATE = { behavior: "immediate" } as const;

/** JSON with object keys in sorted order: the same request hashes the same whatever its key order. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, field]) => field !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, field]) => `${JSON.stringify(key)}:${canonicalJson(field)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/**
 * What an idempotency key is bound to: the request as it means, not as it was typed ("10" and
 * "10.00" are the same amount; key order and an explicit own organisation change nothing).
 */
function requestHash(input: PledgeCreate, organisationId: string): string {
  const meaning =
    input.kind === "funding"
      ? { ...input, organisationId, amount: parseMoney(input.amount, input.currency).minor }
      : { ...input, organisationId };
  return createHash("sha256").update(canonicalJson(meaning)).digest("hex");
}

function badRequest(field: string, message: string): TRPCError {
  return new TRPCError({ code: "BAD_REQUEST", message: `Invalid input: ${field}: ${message}` });
}

/** The state a row holds, for the ledger fold. */
export function stateOf(row: PledgeRow): PledgeState {
  if (row.kind === "funding") {
    return {
      kind: "funding",
      status: row.status as never,
      currency: kindColumn(row, "currency"),
      pledgedMinor: kindColumn(row, "pledgedMinor"),
      committedMinor: kindColumn(row, "committedMinor"),
      paidMinor: kindColumn(row, "paidMinor"),
    };
  }
  return {
    kind: "places",
    status: row.status as never,
    pledged: kindColumn(row, "placesPledged"),
    confirmed: kindColumn(row, "placesConfirmed"),
    allocated: kindColumn(row, "placesAllocated"),
    departed: kindColumn(row, "placesDeparted"),
    arrived: kindColumn(row, "placesArrived"),
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
 * from the totals with the pledge's dated rate, never summed from rounded steps.
 */
export function projectionColumns(state: PledgeState, rate: UsdRate | null) {
  if (state.kind === "funding") {
    const usd = (minor: number) => (rate ? toUsd({ minor, currency: state.currency }, rate).minor : minor);
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

/** Projection columns, refusing (as bad input) a total whose USD equivalent one pledge may not carry. */
function checkedProjection(state: PledgeState, rate: UsdRate | null) {
  let columns: ReturnType<typeof projectionColumns>;
  try {
    columns = projectionColumns(state, rate);
  } catch (error) {
    if (error instanceof MoneyError) throw badRequest("amount", error.message);
    throw error;
  }
  if ((columns.pledgedUsdMinor ?? 0) > MAX_PLEDGE_MINOR) {
    throw badRequest("amount", `gives a USD equivalent above the limit for one pledge (${MAX_PLEDGE_MINOR} cents)`);
  }
  return columns;
}

type FundingContribution = {
  pledges: number;
  pledgedMinor: number;
  committedMinor: number;
  paidMinor: number;
  pledgedUsdMinor: number;
  committedUsdMinor: number;
  paidUsdMinor: number;
};

/** What a funding pledge adds to its appeal's totals: a cancelled pledge counts only what was paid. */
export function fundingContribution(
  row: Pick<
    PledgeRow,
    | "status"
    | "pledgedMinor"
    | "committedMinor"
    | "paidMinor"
    | "pledgedUsdMinor"
    | "committedUsdMinor"
    | "paidUsdMinor"
  >,
): FundingContribution {
  const cancelled = row.status === "cancelled";
  const paid = row.paidMinor ?? 0;
  const paidUsd = row.paidUsdMinor ?? 0;
  return {
    pledges: 1,
    pledgedMinor: cancelled ? paid : (row.pledgedMinor ?? 0),
    committedMinor: cancelled ? paid : (row.committedMinor ?? 0),
    paidMinor: paid,
    pledgedUsdMinor: cancelled ? paidUsd : (row.pledgedUsdMinor ?? 0),
    committedUsdMinor: cancelled ? paidUsd : (row.committedUsdMinor ?? 0),
    paidUsdMinor: paidUsd,
  };
}

/** Appends one event to the log: what happened (`event`), to which pledge version, who, when and why. */
function appendEvent(
  statements: LedgerStatements,
  entry: { pledgeId: string; version: number; event: PledgeEvent; reason: string | null; caller: Caller; at: string },
): void {
  statements.insertEvent.run({
    pledgeId: entry.pledgeId,
    version: entry.version,
    type: entry.event.type,
    data: JSON.stringify(entry.event),
    reason: entry.reason,
    actorOrganisationId: entry.caller.organisation.id,
    actorTokenId: entry.caller.tokenId,
    at: entry.at,
  });
}

/** Adds the change between two versions of a funding pledge to its appeal's totals. */
function updateFundingTotals(statements: LedgerStatements, before: PledgeRow | null, after: PledgeRow): void {
  if (after.kind !== "funding" || after.appealId === null) return;
  const next = fundingContribution(after);
  const previous = before ? fundingContribution(before) : null;
  const delta = Object.fromEntries(
    Object.entries(next).map(([key, value]) => [
      key,
      value - (previous ? previous[key as keyof FundingContribution] : 0),
    ]),
  ) as FundingContribution;
  const totals = statements.addFundingTotals.get({ appealId: after.appealId, currency: after.currency, ...delta });
  // Totals are JavaScript numbers when read: past 2^53 they stop being exact, and coverage would lie.
  // Refusing the write rolls the whole pledge change back.
  const largest = totals
    ? Math.max(
        totals.pledgedMinor,
        totals.committedMinor,
        totals.paidMinor,
        totals.pledgedUsdMinor,
        totals.committedUsdMinor,
        totals.paidUsdMinor,
      )
    : 0;
  if (largest > Number.MAX_SAFE_INTEGER) {
    throw badRequest(
      "amount",
      `would take appeal ${after.appealId}'s ${after.currency} total beyond what can be counted exactly`,
    );
  }
}

function ownerFor(caller: Caller, requested: string | undefined): string {
  if (caller.role === "coordinator") {
    if (!requested)
      throw badRequest("organisationId", "is required when a coordinator pledges on behalf of an organisation");
    return requested;
  }
  if (requested && requested !== caller.organisation.id) {
    throw new TRPCError({ code: "FORBIDDEN", message: "you can only pledge for your own organisation" });
  }
  return caller.organisation.id;
}

export function createPledge(
  db: LedgerDatabase,
  caller: Caller,
  input: PledgeCreate,
  now: Date,
  options: { demo?: boolean } = {},
): PledgeRow {
  if (caller.role === "donor" && input.kind === "places") {
    throw new TRPCError({
      code: "FORBIDDEN",
      message: "donors pledge funding; resettlement places are pledged by states",
    });
  }
  const organisationId = ownerFor(caller, input.organisationId);
  const hash = requestHash(input, organisationId);
  const at = now.toISOString();

  const statements = statementsFor(db);
  return db.transaction(() => {
    const existing = statements.pledgeByKey.get({ organisationId, key: input.idempotencyKey });
    if (existing) {
      if (existing.requestHash !== hash) {
        throw new TRPCError({
          code: "CONFLICT",
          message: "this idempotency key was already used for a different pledge",
        });
      }
      return existing;
    }
    if (!statements.organisationExists.get({ id: organisationId })) {
      throw badRequest("organisationId", `no organisation "${organisationId}"`);
    }
    if (input.appealId && !statements.appealExists.get({ id: input.appealId })) {
      throw badRequest("appealId", `no appeal "${input.appealId}"`);
    }

    let event: PledgeEvent;
    let rate: UsdRate | null = null;
    let columns = {
      currency: null,
      usdRate: null,
      usdRateDate: null,
      usdRateSource: null,
      resettlementCountry: null,
      hostCountry: null,
      category: null,
    } as Record<string, string | null>;
    if (input.kind === "funding") {
      const money = parseMoney(input.amount, input.currency);
      if (money.currency === "USD") rate = { currency: "USD", usdPerUnit: "1", date: at.slice(0, 10), source: "USD" };
      else if (input.usdRate) rate = { currency: money.currency, ...input.usdRate };
      else throw badRequest("usdRate", `is required for ${money.currency}: the dated USD rate used`);
      event = { type: "created", kind: "funding", currency: money.currency, amountMinor: money.minor };
      columns = {
        ...columns,
        currency: money.currency,
        usdRate: rate.usdPerUnit,
        usdRateDate: rate.date,
        usdRateSource: rate.source,
      };
    } else {
      event = { type: "created", kind: "places", places: input.places };
      columns = {
        ...columns,
        resettlementCountry: input.resettlementCountry,
        hostCountry: input.hostCountry,
        category: input.category,
      };
    }
    const state = applyPledgeEvent(null, event);
    const row = statements.insertPledge.get({
      id: timeOrderedId(now.getTime()),
      kind: input.kind,
      organisationId,
      appealId: input.appealId ?? null,
      programme: input.programme,
      year: input.year,
      version: 1,
      idempotencyKey: input.idempotencyKey,
      requestHash: hash,
      note: input.note ?? null,
      demo: options.demo ? 1 : 0,
      createdAt: at,
      updatedAt: at,
      ...columns,
      ...projectionColumns(state, rate?.currency === "USD" ? null : rate),
    });
    appendEvent(statements, { pledgeId: row.id, version: 1, event, reason: input.note ?? null, caller, at });
    updateFundingTotals(statements, null, row);
    return row;
  }, IMMEDIATE);
}

/** Who may move a pledge: coordinators any; states their own organisation's; donors their own funding. */
function assertCanChange(caller: Caller, row: PledgeRow): void {
  if (caller.role === "coordinator") return;
  if (caller.role === "viewer" || row.organisationId !== caller.organisation.id) {
    throw new TRPCError({ code: "FORBIDDEN", message: "you can only change your own organisation's pledges" });
  }
  // As at creation: donors handle funding; places (even one a coordinator recorded for them) are states'.
  if (caller.role === "donor" && row.kind === "places") {
    throw new TRPCError({
      code: "FORBIDDEN",
      message: "donors pledge funding; resettlement places are moved by states",
    });
  }
}

function eventFor(row: PledgeRow, input: PledgeTransition): PledgeEvent {
  if (row.kind === "funding") {
    if (input.action === "cancel") return { type: "cancel" };
    if (input.amount === undefined) throw badRequest("amount", `is required to ${input.action} a funding pledge`);
    const currency = kindColumn(row, "currency");
    let minor: number;
    try {
      minor = parseMoney(input.amount, currency).minor;
    } catch (error) {
      throw badRequest("amount", (error as Error).message);
    }
    if (minor === 0) throw badRequest("amount", "must be greater than zero");
    if (minor > MAX_PLEDGE_MINOR)
      throw badRequest("amount", `is too large for one pledge (at most ${MAX_PLEDGE_MINOR} minor units)`);
    if (input.action === "commit" || input.action === "pay") return { type: input.action, amountMinor: minor };
    if (input.action === "amend") return { type: "amend", amountMinor: minor };
  } else {
    if (input.action === "cancel") return { type: "cancel" };
    if (input.places === undefined) throw badRequest("places", `is required to ${input.action} a places pledge`);
    if (input.action === "amend") return { type: "amend", places: input.places };
    if (
      input.action === "confirm" ||
      input.action === "allocate" ||
      input.action === "depart" ||
      input.action === "arrive"
    ) {
      return { type: input.action, places: input.places };
    }
  }
  throw badRequest("action", `"${input.action}" does not apply to a ${row.kind} pledge`);
}

export function transitionPledge(db: LedgerDatabase, caller: Caller, input: PledgeTransition, now: Date): PledgeRow {
  const at = now.toISOString();
  const statements = statementsFor(db);
  return db.transaction(() => {
    const row = statements.pledgeById.get({ id: input.id });
    if (!row) throw new TRPCError({ code: "NOT_FOUND", message: `no pledge "${input.id}"` });
    assertCanChange(caller, row);
    if (row.version !== input.expectedVersion) {
      throw new TRPCError({
        code: "CONFLICT",
        message: `the pledge is at version ${row.version}, not ${input.expectedVersion}: reload it and try again`,
      });
    }
    const event = eventFor(row, input);
    let state: PledgeState;
    try {
      state = applyPledgeEvent(stateOf(row), event);
    } catch (error) {
      if (error instanceof LedgerError) {
        throw badRequest(row.kind === "funding" ? "amount" : "places", error.message);
      }
      throw error;
    }
    const version = row.version + 1;
    // The version check in the WHERE clause makes the update itself the concurrency guard.
    const updated = statements.updateProjection.get({
      id: row.id,
      expectedVersion: row.version,
      version,
      updatedAt: at,
      ...checkedProjection(state, row.kind === "funding" && row.currency !== "USD" ? rateOf(row) : null),
    }) as PledgeRow | undefined;
    if (!updated)
      throw new TRPCError({ code: "CONFLICT", message: "the pledge changed meanwhile: reload it and try again" });
    appendEvent(statements, { pledgeId: row.id, version, event, reason: input.reason, caller, at });
    updateFundingTotals(statements, row, updated);
    return updated;
  }, IMMEDIATE);
}

/** The events of one pledge, oldest first. */
export function pledgeHistory(db: LedgerDatabase, pledgeId: string) {
  return db
    .select()
    .from(pledgeEvents)
    .where(eq(pledgeEvents.pledgeId, pledgeId))
    .orderBy(asc(pledgeEvents.version))
    .all();
}
