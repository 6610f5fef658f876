import type { PledgeEvent, UsdRate } from "@solidaria/domain";
import type { LedgerDatabase } from "@solidaria/db";
import { authorize, mayAttempt, type Actor, type Subject } from "../access/access-policy.js";
import { attempt, conflict, invalid, type Result } from "../errors.js";
import type { PledgeCreate } from "../validators.js";
import { applyEvent, checkedProjection } from "./apply-event.js";
import { appendEvent, type EventActor } from "./event-log.js";
import { recordFundingChange } from "./funding-totals.js";
import { requestHash } from "./idempotency.js";
import { decodePledge, type PledgeRow } from "./pledge-codec.js";
import { IMMEDIATE, statementsFor } from "./statements.js";
import { timeOrderedId } from "./time-ordered-id.js";

/** The caller of a ledger command: who they are (for the access policy) and what the log records. */
export type LedgerActor = Actor & EventActor;

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

/**
 * Creates a pledge: its first event and its projection in one transaction, and its appeal's funding
 * totals with it. A create repeated with the same idempotency key and the same content returns the
 * pledge already made.
 */
export function createPledge(
  db: LedgerDatabase,
  actor: LedgerActor,
  input: PledgeCreate,
  now: Date,
  options: { demo?: boolean } = {},
): Result<PledgeRow> {
  return attempt(() => {
    const operation = input.kind === "funding" ? "funding.pledge" : "places.pledge";
    const organisationId = organisationFor(actor, input.organisationId);
    // Before the idempotency key is looked up: it must not find another organisation's pledge.
    const refused = mayAttempt(actor, operation) ?? authorize(actor, operation, { organisationId });
    if (refused) throw refused;
    const hash = requestHash(input, organisationId);
    const at = now.toISOString();
    const statements = statementsFor(db);

    return db.transaction(() => {
      const existing = statements.pledgeByKey.get({ organisationId, key: input.idempotencyKey });
      if (existing) {
        if (existing.requestHash !== hash) {
          throw conflict("idempotencyKey", "this idempotency key was already used for a different pledge");
        }
        return existing;
      }
      const owner = statements.organisationById.get({ id: organisationId });
      const subject: Subject =
        input.kind === "places"
          ? {
              organisationId,
              places: { resettlementCountry: input.resettlementCountry, organisationCountry: owner?.country ?? null },
            }
          : { organisationId };
      const denied = authorize(actor, operation, subject);
      if (denied) throw denied;
      if (!owner) throw invalid("organisationId", `no organisation "${organisationId}"`);
      const appeal = input.appealId === undefined ? undefined : statements.appealById.get({ id: input.appealId });
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
        ...checkedProjection(state, rate),
      });
      appendEvent(statements, { pledgeId: row.id, version: 1, event, reason: input.note ?? null, actor, at });
      const pledge = decodePledge(row);
      if (pledge.kind === "funding") recordFundingChange(statements, null, pledge, appeal);
      return row;
    }, IMMEDIATE);
  });
}
