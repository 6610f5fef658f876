import { MoneyError, parseMoney, type PledgeEvent } from "@solidaria/domain";
import type { LedgerDatabase } from "@solidaria/db";
import { authorize } from "../access/access-policy.js";
import { attempt, conflict, invalid, notFound, type Result } from "../errors.js";
import { MAX_PLEDGE_MINOR, type PledgeTransition } from "../validators.js";
import { applyEvent, checkedProjection } from "./apply-event.js";
import type { LedgerActor } from "./create-pledge.js";
import { appendEvent } from "./event-log.js";
import { recordFundingChange } from "./funding-totals.js";
import { decodePledge, type Pledge, type PledgeRow } from "./pledge-codec.js";
import { IMMEDIATE, statementsFor } from "./statements.js";

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
 * Moves a pledge one step: checks who may, the version the caller last saw and the ledger's rules,
 * then appends the event, updates the projection and the appeal's funding totals, in one transaction.
 */
export function transitionPledge(
  db: LedgerDatabase,
  actor: LedgerActor,
  input: PledgeTransition,
  now: Date,
): Result<PledgeRow> {
  const at = now.toISOString();
  const statements = statementsFor(db);
  return attempt(() =>
    db.transaction(() => {
      const row = statements.pledgeById.get({ id: input.id });
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
      // The version check in the WHERE clause makes the update itself the concurrency guard.
      const updated = statements.updateProjection.get({
        id: row.id,
        expectedVersion: row.version,
        version,
        updatedAt: at,
        ...checkedProjection(state, before.kind === "funding" ? before.rate : null),
      }) as PledgeRow | undefined;
      if (!updated) throw conflict("expectedVersion", "the pledge changed meanwhile: reload it and try again");
      appendEvent(statements, { pledgeId: row.id, version, event, reason: input.reason, actor, at });
      const after = decodePledge(updated);
      if (before.kind === "funding" && after.kind === "funding") recordFundingChange(statements, before, after);
      return updated;
    }, IMMEDIATE),
  );
}
