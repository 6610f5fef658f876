import { and, eq } from "drizzle-orm";
import { pledges, type PgLedgerDatabase } from "@solidaria/db/pg";
import { attemptAsync, type Result } from "../../errors.js";
import { decodePledge, type PledgeRow } from "../../ledger/pledge-codec.js";
import { changedMeanwhile, plannedTransition, type LedgerActor } from "../../ledger/pledge-rules.js";
import type { PledgeTransition } from "../../validators.js";
import { notifyLedgerChanged, withPgTransaction } from "../transaction.js";
import { loggedEvent } from "./event-log.js";
import { lockAppealOfPledge, recordFundingChange } from "./funding-totals.js";
import { pledgeById } from "./pledge-queries.js";

/**
 * Moves a pledge one step: checks who may, the version the caller last saw and the ledger's rules
 * (../../ledger/pledge-rules.ts), then appends the event, updates the projection and the appeal's
 * funding totals, in one transaction.
 *
 * Round trips while a funding pledge's appeal is locked: the lock, the pledge read, the update with
 * its event, the funding totals with the sums that bound them, the commit. The pledge is read in a
 * statement of its own after the lock: a statement that waits for a lock reads the other tables as
 * they were before it waited, and the pledge must be read as the appeal's last change left it.
 */
export async function transitionPledge(
  db: PgLedgerDatabase,
  actor: LedgerActor,
  input: PledgeTransition,
  now: Date,
): Promise<Result<PledgeRow>> {
  return attemptAsync(() =>
    withPgTransaction(
      db,
      async (tx) => {
        // Lock order: the appeal of a funding pledge first, then the pledge (by the update below).
        const appeal = await lockAppealOfPledge(tx, input.id);
        const { before, update, entry } = plannedTransition(actor, await pledgeById(tx, input.id), input, now);
        const { id, expectedVersion, ...columns } = update;
        // The version check in the WHERE clause makes the update itself the concurrency guard: of two
        // concurrent updates from the same version, the second waits for the first, finds the row at
        // another version when it re-reads it, and updates nothing (and logs nothing: loggedEvent).
        // The event and the notification go in the same statement (one round trip less).
        const updated = tx.$with("updated").as(
          tx
            .update(pledges)
            .set(columns)
            .where(and(eq(pledges.id, id), eq(pledges.version, expectedVersion)))
            .returning(),
        );
        const [written] = await tx
          .with(updated, loggedEvent(tx, updated, entry))
          .select({ row: updated._.selectedFields, notified: notifyLedgerChanged() })
          .from(updated);
        if (!written) throw changedMeanwhile();
        const after = decodePledge(written.row);
        if (before.kind === "funding" && after.kind === "funding") {
          await recordFundingChange(tx, before, after, appeal);
        }
        return written.row;
      },
      // Queued with the update, the only statement that writes the pledge; a refusal rolls it back.
      { notify: "by run" },
    ),
  );
}
