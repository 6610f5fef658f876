import { asc, eq, sql, type Subquery } from "drizzle-orm";
import { organisations, pledgeEvents, tokens, users, type PgLedgerDatabase } from "@solidaria/db/pg";
import type { Actor } from "../../access/access-policy.js";
import { historyEntry } from "../../ledger/pledge-reads.js";
import { eventValues, type EventEntry } from "../../ledger/pledge-rules.js";
import type { PgTx } from "../transaction.js";

/**
 * `entry` appended to the event log, as a CTE of the statement that writes its pledge (one round trip
 * less while the appeal is locked): inserted only if `written`, the CTE of that pledge's INSERT or
 * UPDATE … RETURNING, returned a row, so that a create whose key was taken meanwhile, or an update that
 * found the pledge at another version, logs nothing. Its statement need not read it: PostgreSQL runs
 * every data-modifying CTE to completion. The foreign key to the pledge is checked at the end of the
 * statement, when the pledge inserted by `written` is there.
 *
 * Written in SQL because drizzle's INSERT … SELECT wants every column selected, the identity `id`
 * too; as in any INSERT … SELECT, the values take the types of the columns they go to.
 */
export function loggedEvent(tx: PgTx, written: Subquery, entry: EventEntry) {
  const values = eventValues(entry);
  const columns = Object.keys(values) as (keyof typeof values)[];
  const names = sql.join(
    columns.map((column) => sql.identifier(pledgeEvents[column].name)),
    sql`, `,
  );
  const selected = sql.join(
    // undefined (a transition without a reason) would render as nothing: it is stored as null.
    columns.map((column) => sql`${values[column] ?? null}`),
    sql`, `,
  );
  return tx
    .$with("logged", {})
    .as(sql`insert into ${pledgeEvents} (${names}) select ${selected} where exists (select from ${written})`);
}

/**
 * The events of one pledge, oldest first, each naming who made it as people read it: the
 * organisation, and the label of the token used or the name of the person signed in (see historyEntry).
 */
export async function pledgeHistory(db: PgLedgerDatabase, pledgeId: string, reader: Actor) {
  const events = await db
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
    .orderBy(asc(pledgeEvents.version));
  return events.map((event) => historyEntry(event, reader));
}
