import { MoneyError, parseMoney, type PledgeEvent, type UsdRate } from "@solidaria/domain";
import { authorize, mayAttempt, type Actor, type Subject } from "../access/access-policy.js";
import { conflict, invalid, notFound } from "../errors.js";
import { MAX_PLEDGE_MINOR, type PledgeCreate, type PledgeTransition } from "../validators.js";
import { applyEvent, checkedProjection } from "./apply-event.js";
import { requestHash } from "./idempotency.js";
import { decodePledge, type Pledge, type PledgeRow } from "./pledge-codec.js";
import { timeOrderedId } from "./time-ordered-id.js";

/**
 * What the pledge commands decide, apart from the database: who may, what a request means, the event
 * and the projection it writes. Each database's commands (SQLite in this folder, PostgreSQL in
 * ../pg/ledger) read what these functions need, call them in the same order, and write what they
 * return, so that both refuse the same requests with the same errors and write the same rows.
 */

/**
 * Who made a change: the organisation, and the token it used or the person signed in (both null for
 * the server's own actions).
 */
interface EventActor {
  readonly organisation: { readonly id: string };
  readonly tokenId: string | null;
  readonly user?: { readonly id: string } | null;
}

/** The caller of a ledger command: who they are (for the access policy) and what the log records. */
export type LedgerActor = Actor & EventActor;

/** One entry of the event log, as a command appends it. */
export interface EventEntry {
  readonly pledgeId: string;
  readonly version: number;
  readonly event: PledgeEvent;
  readonly reason: string | null;
  readonly actor: EventActor;
  readonly at: string;
}

/** The `pledge_events` row of an entry (its id is the database's). */
export function eventValues(entry: EventEntry) {
  return {
    pledgeId: entry.pledgeId,
    version: entry.version,
    type: entry.event.type,
    data: JSON.stringify(entry.event),
    reason: entry.reason,
    actorOrganisationId: entry.actor.organisation.id,
    actorTokenId: entry.actor.tokenId,
    actorUserId: entry.actor.user?.id ?? null,
    at: entry.at,
  };
}

/** The organisation a pledge is for: coordinators name it, everyone else pledges for their own. */
function organisationFor(actor: LedgerActor, requested: string | undefined): string {
  if (actor.role !== "coordinator") return requested ?? actor.organisation.id;
  if (requested === undefined) {
    throw invalid("organisationId", "is required when a coordinator pledges on behalf of an organisation");
  }
  return requested;
}

/** The dated USD rate a new funding pledge keeps (1 for USD, dated the day it is made). */
function rateFor(input: Extract<PledgeCreate, { kind: "funding" }>, day: string): UsdRate {
  const currency = input.money.currency;
  if (currency === "USD") return { currency, usdPerUnit: "1", date: day, source: "USD" };
  if (input.usdRate === undefined) throw invalid("usdRate", `is required for ${currency}: the dated USD rate used`);
  return { currency, ...input.usdRate };
}

/** A create request checked before anything is read: for whom, may the caller try, what it means. */
export interface CreateRequest {
  readonly operation: "funding.pledge" | "places.pledge";
  readonly organisationId: string;
  /** What the idempotency key is bound to. */
  readonly hash: string;
  readonly at: string;
}

export function createRequest(actor: LedgerActor, input: PledgeCreate, now: Date): CreateRequest {
  const operation = input.kind === "funding" ? "funding.pledge" : "places.pledge";
  const organisationId = organisationFor(actor, input.organisationId);
  // Before the idempotency key is looked up: it must not find another organisation's pledge.
  const refused = mayAttempt(actor, operation) ?? authorize(actor, operation, { organisationId });
  if (refused) throw refused;
  return { operation, organisationId, hash: requestHash(input, organisationId), at: now.toISOString() };
}

/**
 * The answer to a create whose idempotency key is already taken: the pledge made with it when the
 * request means the same, a conflict otherwise.
 */
export function repeatedCreate(existing: PledgeRow, request: CreateRequest): PledgeRow {
  if (existing.requestHash !== request.hash) {
    throw conflict("idempotencyKey", "this idempotency key was already used for a different pledge");
  }
  return existing;
}

/** What a create reads before it decides: the organisation and, if one is named, the appeal. */
export interface CreateContext {
  readonly owner: { readonly country: string | null } | undefined;
  readonly appeal: { readonly id: string } | undefined;
}

/**
 * The new pledge's row and first event, refusing a request the access policy, the ledger's rules or
 * the named organisation and appeal do not allow.
 */
export function plannedCreate(
  actor: LedgerActor,
  input: PledgeCreate,
  request: CreateRequest,
  context: CreateContext,
  now: Date,
  options: { demo?: boolean },
) {
  const { organisationId, at } = request;
  const { owner, appeal } = context;
  const subject: Subject =
    input.kind === "places"
      ? {
          organisationId,
          places: { resettlementCountry: input.resettlementCountry, organisationCountry: owner?.country ?? null },
        }
      : { organisationId };
  const denied = authorize(actor, request.operation, subject);
  if (denied) throw denied;
  if (!owner) throw invalid("organisationId", `no organisation "${organisationId}"`);
  if (input.appealId !== undefined && !appeal) throw invalid("appealId", `no appeal "${input.appealId}"`);

  let event: PledgeEvent;
  let rate: UsdRate | null = null;
  let columns = {
    currency: null as string | null,
    usdRate: null as string | null,
    usdRateDate: null as string | null,
    usdRateSource: null as string | null,
    resettlementCountry: null as string | null,
    hostCountry: null as string | null,
    category: null as string | null,
  };
  if (input.kind === "funding") {
    rate = rateFor(input, at.slice(0, 10));
    event = { type: "created", kind: "funding", currency: input.money.currency, amountMinor: input.money.minor };
    columns = {
      ...columns,
      currency: rate.currency,
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
  const state = applyEvent(null, event, input.kind);
  const values = {
    id: timeOrderedId(now.getTime()),
    kind: input.kind,
    organisationId,
    appealId: input.appealId ?? null,
    programme: input.programme,
    year: input.year,
    version: 1,
    idempotencyKey: input.idempotencyKey,
    requestHash: request.hash,
    note: input.note ?? null,
    demo: options.demo === true,
    createdAt: at,
    updatedAt: at,
    ...columns,
    ...checkedProjection(state, rate),
  };
  const entry = (pledgeId: string): EventEntry => ({
    pledgeId,
    version: 1,
    event,
    reason: input.note ?? null,
    actor,
    at,
  });
  return { values, entry };
}

/** The amount of a funding step, parsed once, in the pledge's own currency. */
function amountOf(input: PledgeTransition, currency: string): number {
  if (input.amount === undefined) throw invalid("amount", `is required to ${input.action} a funding pledge`);
  let minor: number;
  try {
    minor = parseMoney(input.amount, currency).minor;
  } catch (error) {
    if (error instanceof MoneyError) throw invalid("amount", error.message);
    throw error;
  }
  if (minor === 0) throw invalid("amount", "must be greater than zero");
  if (minor > MAX_PLEDGE_MINOR) {
    throw invalid("amount", `is too large for one pledge (at most ${MAX_PLEDGE_MINOR} minor units)`);
  }
  return minor;
}

/** The event a transition asks for, refusing an action or a count that does not fit the pledge's kind. */
function eventFor(pledge: Pledge, input: PledgeTransition): PledgeEvent {
  if (pledge.kind === "funding") {
    if (input.places !== undefined)
      throw invalid("places", "applies to places pledges; a funding pledge moves by amount");
    switch (input.action) {
      case "cancel":
        return { type: "cancel" };
      case "commit":
      case "pay":
      case "amend":
        return { type: input.action, amountMinor: amountOf(input, pledge.state.currency) };
    }
  } else {
    if (input.amount !== undefined)
      throw invalid("amount", "applies to funding pledges; a places pledge moves by places");
    if (input.action === "cancel") return { type: "cancel" };
    if (input.places === undefined) throw invalid("places", `is required to ${input.action} a places pledge`);
    switch (input.action) {
      case "amend":
        return { type: "amend", places: input.places };
      case "confirm":
      case "allocate":
      case "depart":
      case "arrive":
        return { type: input.action, places: input.places };
    }
  }
  throw invalid("action", `"${input.action}" does not apply to a ${pledge.kind} pledge`);
}

/**
 * A transition of the pledge stored as `row` (undefined: there is none): who may, whether the caller
 * saw its current version, and the ledger's rules; then the projection update and the event it writes.
 */
export function plannedTransition(actor: LedgerActor, row: PledgeRow | undefined, input: PledgeTransition, now: Date) {
  if (!row) throw notFound("id", `no pledge "${input.id}"`);
  const before = decodePledge(row);
  const denied = authorize(actor, before.kind === "funding" ? "funding.move" : "places.move", {
    organisationId: before.organisationId,
  });
  if (denied) throw denied;
  if (row.version !== input.expectedVersion) {
    throw conflict(
      "expectedVersion",
      `the pledge is at version ${row.version}, not ${input.expectedVersion}: reload it and try again`,
    );
  }
  const event = eventFor(before, input);
  const state = applyEvent(before.state, event, before.kind);
  const version = row.version + 1;
  const at = now.toISOString();
  return {
    before,
    /** The update, applied only if the pledge is still at `expectedVersion`. */
    update: {
      id: row.id,
      expectedVersion: row.version,
      version,
      updatedAt: at,
      ...checkedProjection(state, before.kind === "funding" ? before.rate : null),
    },
    entry: { pledgeId: row.id, version, event, reason: input.reason, actor, at } satisfies EventEntry,
  };
}

/** The refusal when the version-checked update found the pledge at another version. */
export const changedMeanwhile = () =>
  conflict("expectedVersion", "the pledge changed meanwhile: reload it and try again");
