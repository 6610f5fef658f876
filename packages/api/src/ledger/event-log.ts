import { asc, eq } from "drizzle-orm";
import type { PledgeEvent } from "@solidaria/domain";
import { organisations, pledgeEvents, tokens, users, type LedgerDatabase } from "@solidaria/db";
import type { Actor } from "../access/access-policy.js";
import type { LedgerStatements } from "./statements.js";

/**
 * Who made a change: the organisation, and the token it used or the person signed in (both null for
 * the server's own actions).
 */
export interface EventActor {
  readonly organisation: { readonly id: string };
  readonly tokenId: string | null;
  readonly user?: { readonly id: string } | null;
}

/** Appends one event to the log: what happened (`event`), to which pledge version, who, when and why. */
export function appendEvent(
  statements: LedgerStatements,
  entry: {
    pledgeId: string;
    version: number;
    event: PledgeEvent;
    reason: string | null;
    actor: EventActor;
    at: string;
  },
): void {
  statements.insertEvent.run({
    pledgeId: entry.pledgeId,
    version: entry.version,
    type: entry.event.type,
    data: JSON.stringify(entry.event),
    reason: entry.reason,
    actorOrganisationId: entry.actor.organisation.id,
    actorTokenId: entry.actor.tokenId,
    actorUserId: entry.actor.user?.id ?? null,
    at: entry.at,
  });
}

/**
 * The events of one pledge, oldest first, each naming who made it as people read it: the
 * organisation, and the label of the token used or the name of the person signed in. A token's id is shown only to its own organisation
 * and to coordinators, who revoke tokens; to anyone else it would only be something to probe with.
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
    .map((event) => ({
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
        tokenId:
          reader.role === "coordinator" || reader.organisation.id === event.organisationId ? event.tokenId : null,
      },
      at: event.at,
    }));
}
