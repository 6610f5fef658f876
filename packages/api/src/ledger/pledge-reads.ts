import { projectPledge, type PledgeEvent } from "@solidaria/domain";
import type { Actor } from "../access/access-policy.js";
import { invalid } from "../errors.js";
import { decodePledge, projectionColumns, type PledgeRow } from "./pledge-codec.js";

/**
 * What the ledger's reads make of the rows they get, whichever database gave them: the history as
 * people read it, the pages of the pledge list, the check of the projection against the log.
 */

/** An event of the log joined with the names of who made it (what the history query selects). */
export interface HistoryRow {
  version: number;
  type: string;
  data: string;
  reason: string | null;
  at: string;
  organisationId: string;
  organisationName: string | null;
  tokenId: string | null;
  label: string | null;
  userId: string | null;
  userName: string | null;
}

/**
 * One event as the history shows it. A token's id is shown only to its own organisation and to
 * coordinators, who revoke tokens; to anyone else it would only be something to probe with.
 */
export function historyEntry(event: HistoryRow, reader: Actor) {
  return {
    version: event.version,
    type: event.type,
    data: JSON.parse(event.data) as Record<string, unknown>,
    reason: event.reason,
    by: {
      organisationId: event.organisationId,
      organisationName: event.organisationName ?? event.organisationId,
      /** The token's label; null for people and for the server's own actions (demo data, maintenance). */
      label: event.label,
      /** The person who acted through the dashboard, by id and the name they go by; null for a token. */
      userId: event.userId,
      userName: event.userName,
      tokenId: reader.role === "coordinator" || reader.organisation.id === event.organisationId ? event.tokenId : null,
    },
    at: event.at,
  };
}

function encodeCursor(createdAt: string, id: string): string {
  return Buffer.from(JSON.stringify([createdAt, id])).toString("base64url");
}

/** Where a page continues: after the pledge with this (createdAt, id). */
export function decodeCursor(cursor: string): [string, string] {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(value) && value.length === 2 && value.every((part) => typeof part === "string"))
      return value as [string, string];
  } catch {
    // fall through to the refusal below
  }
  throw invalid("cursor", "not a cursor this server returned");
}

/** A page from the `limit + 1` rows its query read: the extra row says whether another page follows. */
export function pageOf(rows: PledgeRow[], limit: number): { rows: PledgeRow[]; nextCursor: string | null } {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { rows: page, nextCursor: rows.length > limit && last ? encodeCursor(last.createdAt, last.id) : null };
}

export type ProjectionMismatch = { pledgeId: string; stored: unknown; rebuilt: unknown };

/**
 * The pledges whose stored projection differs from the fold of their events, given the events in
 * (pledge, version) order.
 */
export function projectionMismatches(
  eventRows: Iterable<{ pledgeId: string; version: number; data: string }>,
  pledgeRows: Iterable<PledgeRow>,
): ProjectionMismatch[] {
  const events = new Map<string, { version: number; event: PledgeEvent }[]>();
  for (const row of eventRows) {
    const list = events.get(row.pledgeId) ?? [];
    list.push({ version: row.version, event: JSON.parse(row.data) as PledgeEvent });
    events.set(row.pledgeId, list);
  }
  const mismatches: ProjectionMismatch[] = [];
  for (const row of pledgeRows) {
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
