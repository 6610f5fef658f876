import { asc } from "drizzle-orm";
import { pledgeEvents, pledges, type LedgerDatabase } from "@solidaria/db";
import { projectionMismatches, type ProjectionMismatch } from "./pledge-reads.js";

/**
 * Recomputes every pledge's projection from its events alone and lists the pledges whose stored
 * projection differs. An empty list means the projection is exactly the fold of the log.
 */
export function rebuildProjection(db: LedgerDatabase): ProjectionMismatch[] {
  return projectionMismatches(
    db
      .select({ pledgeId: pledgeEvents.pledgeId, version: pledgeEvents.version, data: pledgeEvents.data })
      .from(pledgeEvents)
      .orderBy(asc(pledgeEvents.pledgeId), asc(pledgeEvents.version))
      .all(),
    db.select().from(pledges).orderBy(asc(pledges.id)).all(),
  );
}
