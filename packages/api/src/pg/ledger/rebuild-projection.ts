import { asc, sql } from "drizzle-orm";
import { pledgeEvents, pledges, type PgLedgerDatabase } from "@solidaria/db/pg";
import type { PledgeRow } from "../../ledger/pledge-codec.js";
import { projectionMismatches, type ProjectionMismatch } from "../../ledger/pledge-reads.js";
import { withPgTransaction } from "../transaction.js";

/**
 * Recomputes every pledge's projection from its events alone and lists the pledges whose stored
 * projection differs. An empty list means the projection is exactly the fold of the log.
 */
export async function rebuildProjection(db: PgLedgerDatabase): Promise<ProjectionMismatch[]> {
  // One snapshot for both reads: a change committed between them would show as a mismatch.
  return withPgTransaction(
    db,
    async (tx) => {
      const events = await tx
        .select({ pledgeId: pledgeEvents.pledgeId, version: pledgeEvents.version, data: pledgeEvents.data })
        .from(pledgeEvents)
        .orderBy(asc(pledgeEvents.pledgeId), asc(pledgeEvents.version));
      const rows: PledgeRow[] = await tx
        .select()
        .from(pledges)
        .orderBy(sql`${pledges.id} collate "C"`);
      return projectionMismatches(events, rows);
    },
    { isolation: "repeatable read", readOnly: true },
  );
}
