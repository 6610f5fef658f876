import { and, eq } from "drizzle-orm";
import { organisations, pledges, type PgLedgerDatabase } from "@solidaria/db/pg";
import { attemptAsync, type Result } from "../../errors.js";
import { decodePledge, type PledgeRow } from "../../ledger/pledge-codec.js";
import {
  createRequest,
  plannedCreate,
  repeatedCreate,
  type EventEntry,
  type LedgerActor,
} from "../../ledger/pledge-rules.js";
import type { PledgeCreate } from "../../validators.js";
import { notifyLedgerChanged, withPgTransaction, type PgQueryable, type PgTx } from "../transaction.js";
import { loggedEvent } from "./event-log.js";
import { lockAppeal, recordFundingChange } from "./funding-totals.js";

/**
 * The pledge commands on PostgreSQL, shared by every server node. What they decide is in
 * ../../ledger/pledge-rules.ts, as for SQLite; this is only their reads and writes.
 *
 * No group commit here (SQLite's WriteBatcher): each write is one transaction on its own pooled
 * connection. PostgreSQL already shares WAL flushes between transactions that commit together, and
 * putting several requests in one transaction would make one request's lock wait, or the abort of
 * a deadlock, stall or roll back every other request of its group.
 */

const pledgeByKey = async (db: PgQueryable, organisationId: string, key: string): Promise<PledgeRow | undefined> =>
  (
    await db
      .select()
      .from(pledges)
      .where(and(eq(pledges.organisationId, organisationId), eq(pledges.idempotencyKey, key)))
  )[0];

/**
 * The owner organisation's country and the pledge already made with the key, if any, in one read
 * taken before the appeal is locked: neither needs the lock. Organisations are never deleted, nor is
 * their country changed in a way a create depends on; and the key's look-up only spares a repeated
 * create the lock and the writes: the unique index on the key is the guarantee (see the insert).
 * No row: no such organisation (then no pledge of it either).
 */
async function ownerAndPledgeByKey(tx: PgTx, organisationId: string, key: string) {
  const [found] = await tx
    .select({ country: organisations.country, existing: pledges })
    .from(organisations)
    .leftJoin(pledges, and(eq(pledges.organisationId, organisations.id), eq(pledges.idempotencyKey, key)))
    .where(eq(organisations.id, organisationId));
  return { owner: found && { country: found.country }, existing: found?.existing ?? undefined };
}

const appealOf = async (tx: PgTx, input: PledgeCreate) => {
  if (input.appealId === undefined) return undefined;
  // A funding pledge changes its appeal's totals: it locks the appeal first, as every funding change does.
  return lockAppeal(tx, input.appealId);
};

/**
 * Inserts the pledge and, if it was inserted, its first event, and queues the notification, in one
 * statement (see loggedEvent and notifyLedgerChanged). The unique (organisation_id, idempotency_key)
 * index is the idempotency guarantee: a concurrent create of the same key makes this insert wait for
 * it, then insert nothing (undefined), and log nothing.
 */
async function insertPledge(tx: PgTx, values: typeof pledges.$inferInsert, entry: EventEntry) {
  const inserted = tx.$with("inserted").as(
    tx
      .insert(pledges)
      .values(values)
      .onConflictDoNothing({ target: [pledges.organisationId, pledges.idempotencyKey] })
      .returning(),
  );
  const [written] = await tx
    .with(inserted, loggedEvent(tx, inserted, entry))
    .select({ row: inserted._.selectedFields, notified: notifyLedgerChanged() })
    .from(inserted);
  return written?.row;
}

/**
 * Creates a pledge: its first event and its projection in one transaction, and its appeal's funding
 * totals with it. A create repeated with the same idempotency key and the same content returns the
 * pledge already made, whichever node made it.
 *
 * Round trips while the appeal is locked: the lock, the pledge with its event, the funding totals
 * with the sums that bound them (a funding pledge to an appeal only), the commit.
 */
export async function createPledge(
  db: PgLedgerDatabase,
  actor: LedgerActor,
  input: PledgeCreate,
  now: Date,
  options: { demo?: boolean } = {},
): Promise<Result<PledgeRow>> {
  return attemptAsync(async () => {
    const request = createRequest(actor, input, now);
    const { organisationId } = request;
    return withPgTransaction(
      db,
      async (tx) => {
        const { owner, existing } = await ownerAndPledgeByKey(tx, organisationId, input.idempotencyKey);
        if (existing) return repeatedCreate(existing, request);
        // Then the appeal (lock order: appeal, pledge, funding totals).
        const appeal = await appealOf(tx, input);
        const { values, entry } = plannedCreate(actor, input, request, { owner, appeal }, now, options);
        const row = await insertPledge(tx, values, entry(values.id));
        if (!row) {
          // The key was taken after the look-up above: under READ COMMITTED this new statement sees
          // the row of the create that won (committed, since the insert waited for it).
          const winner = await pledgeByKey(tx, organisationId, input.idempotencyKey);
          if (!winner) throw new Error(`pledge with idempotency key ${input.idempotencyKey} could not be read back`);
          return repeatedCreate(winner, request);
        }
        const pledge = decodePledge(row);
        if (pledge.kind === "funding") await recordFundingChange(tx, null, pledge, appeal);
        return row;
      },
      // Queued by insertPledge, the only statement that writes the pledge: a create that writes
      // nothing (its key already taken) notifies no one.
      { notify: "by run" },
    );
  });
}
