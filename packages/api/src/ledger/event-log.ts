import { asc, eq } from "drizzle-orm";
import { organisations, pledgeEvents, tokens, users, type LedgerDatabase } from "@solidaria/db";
import type { Actor } from "../access/access-policy.js";
import { historyEntry } from "./pledge-reads.js";
import { eventValues, type EventEntry } from "./pledge-rules.js";
import type { LedgerStatements } from "./statements.js";

/** Appends one event to the log: what happened (`event`), to which pledge version, who, when and why. */
export function appendEvent(statements: LedgerStatements, entry: EventEntry): void {
  statements.insertEvent.run(eventValues(entry));
}

/**
 * The events of one pledge, oldest first, each naming who made it as people read it: the
 * organisation, and the label of the token used or the name of the person signed in (see historyEntry).
 */
export function pledgeHistory(db: LedgerDatabase, pledgeId: string, reader: Actor) {
  return db
    .select({
      version: pledgeEvents.version,
      type: pledgeEvents.type,
      data: pledgeEvents.data,
      reason: pledgeEvents.reason,
      at: pledgeEvents.at,
      organisationId: pledgeEvents.actorOrganisationId,
      organisationName: organisations.name,
      tokenId: pledgeEvents.actorTokenId,
      label: tokens.label,
      userId: pledgeEvents.actorUserId,
      userName: users.displayName,
    })
    .from(pledgeEvents)
    .leftJoin(organisations, eq(organisations.id, pledgeEvents.actorOrganisationId))
    .leftJoin(tokens, eq(tokens.id, pledgeEvents.actorTokenId))
    .leftJoin(users, eq(users.id, pledgeEvents.actorUserId))
    .where(eq(pledgeEvents.pledgeId, pledgeId))
    .orderBy(asc(pledgeEvents.version))
    .all()
    .map((event) => historyEntry(event, reader));
}
