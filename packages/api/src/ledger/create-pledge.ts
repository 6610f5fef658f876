import type { LedgerDatabase } from "@solidaria/db";
import { attempt, type Result } from "../errors.js";
import type { PledgeCreate } from "../validators.js";
import { appendEvent } from "./event-log.js";
import { recordFundingChange } from "./funding-totals.js";
import { decodePledge, type PledgeRow } from "./pledge-codec.js";
import { createRequest, plannedCreate, repeatedCreate } from "./pledge-rules.js";
import { IMMEDIATE, statementsFor } from "./statements.js";

export type { LedgerActor } from "./pledge-rules.js";
import type { LedgerActor } from "./pledge-rules.js";

/**
 * Creates a pledge: its first event and its projection in one transaction, and its appeal's funding
 * totals with it. A create repeated with the same idempotency key and the same content returns the
 * pledge already made. (What is decided is in pledge-rules.ts; this is SQLite's reads and writes.)
 */
export function createPledge(
  db: LedgerDatabase,
  actor: LedgerActor,
  input: PledgeCreate,
  now: Date,
  options: { demo?: boolean } = {},
): Result<PledgeRow> {
  return attempt(() => {
    const request = createRequest(actor, input, now);
    const statements = statementsFor(db);

    // IMMEDIATE: the write lock is held from the first read, so the key looked up stays free.
    return db.transaction(() => {
      const existing = statements.pledgeByKey.get({
        organisationId: request.organisationId,
        key: input.idempotencyKey,
      });
      if (existing) return repeatedCreate(existing, request);
      const owner = statements.organisationById.get({ id: request.organisationId });
      const appeal = input.appealId === undefined ? undefined : statements.appealById.get({ id: input.appealId });
      const { values, entry } = plannedCreate(actor, input, request, { owner, appeal }, now, options);
      const row = statements.insertPledge.get({ ...values, demo: values.demo ? 1 : 0 });
      appendEvent(statements, entry(row.id));
      const pledge = decodePledge(row);
      if (pledge.kind === "funding") recordFundingChange(statements, null, pledge, appeal);
      return row;
    }, IMMEDIATE);
  });
}
