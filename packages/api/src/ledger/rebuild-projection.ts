import { asc } from "drizzle-orm";
import { projectPledge, type PledgeEvent } from "@solidaria/domain";
import { pledgeEvents, pledges, type LedgerDatabase } from "@solidaria/db";
import { decodePledge, projectionColumns } from "./pledge-codec.js";

/**
 * Recomputes every pledge's projection from its events alone and lists the pledges whose stored
 * projection differs. An empty list means the projection is exactly the fold of the log.
 */
export function rebuildProjection(db: LedgerDatabase): { pledgeId: string; stored: unknown; rebuilt: unknown }[] {
  const events = new Map<string, { version: number; event: PledgeEvent }[]>();
  for (const row of db
    .select()
    .from(pledgeEvents)
    .orderBy(asc(pledgeEvents.pledgeId), asc(pledgeEvents.version))
    .all()) {
    const list = events.get(row.pledgeId) ?? [];
    list.push({ version: row.version, event: JSON.parse(row.data) as PledgeEvent });
    events.set(row.pledgeId, list);
  }
  const mismatches: { pledgeId: string; stored: unknown; rebuilt: unknown }[] = [];
  for (const row of db.select().from(pledges).all()) {
    const log = events.get(row.id) ?? [];
    const state = projectPledge(log.map((entry) => entry.event));
    const pledge = decodePledge(row);
    const rate = pledge.kind === "funding" ? pledge.rate : null;
    const rebuilt = state ? { ...projectionColumns(state, rate), version: log.at(-1)?.version ?? 0 } : null;
    const stored = rebuilt
      ? Object.fromEntries(Object.keys(rebuilt).map((key) => [key, row[key as keyof typeof row]]))
      : row;
    if (JSON.stringify(stored) !== JSON.stringify(rebuilt)) mismatches.push({ pledgeId: row.id, stored, rebuilt });
  }
  return mismatches;
}
