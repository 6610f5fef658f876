import type { LedgerDatabase } from "@solidaria/db";
import { attempt, type Result } from "../errors.js";
import type { PledgeTransition } from "../validators.js";
import { appendEvent } from "./event-log.js";
import { recordFundingChange } from "./funding-totals.js";
import { decodePledge, type PledgeRow } from "./pledge-codec.js";
import { changedMeanwhile, plannedTransition, type LedgerActor } from "./pledge-rules.js";
import { IMMEDIATE, statementsFor } from "./statements.js";

/**
 * Moves a pledge one step: checks who may, the version the caller last saw and the ledger's rules,
 * then appends the event, updates the projection and the appeal's funding totals, in one transaction.
 * (What is decided is in pledge-rules.ts; this is SQLite's reads and writes.)
 */
export function transitionPledge(
  db: LedgerDatabase,
  actor: LedgerActor,
  input: PledgeTransition,
  now: Date,
): Result<PledgeRow> {
  const statements = statementsFor(db);
  return attempt(() =>
    db.transaction(() => {
      const { before, update, entry } = plannedTransition(
        actor,
        statements.pledgeById.get({ id: input.id }),
        input,
        now,
      );
      // The version check in the WHERE clause makes the update itself the concurrency guard.
      const updated = statements.updateProjection.get(update) as PledgeRow | undefined;
      if (!updated) throw changedMeanwhile();
      appendEvent(statements, entry);
      const after = decodePledge(updated);
      if (before.kind === "funding" && after.kind === "funding") recordFundingChange(statements, before, after);
      return updated;
    }, IMMEDIATE),
  );
}
