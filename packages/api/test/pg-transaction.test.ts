import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import pg from "pg";
import { sql } from "drizzle-orm";
import { closePgDatabase, openPgDatabase, type PgLedgerDatabase } from "@solidaria/db/pg";
import { freshPgDatabase } from "@solidaria/db/test-support";
import { DomainError, invalid } from "../src/errors.js";
import {
  LEDGER_CHANGED_CHANNEL,
  MAX_TRANSACTION_ATTEMPTS,
  withPgTransaction,
  type PgTx,
} from "../src/pg/transaction.js";

/**
 * withPgTransaction on a real PostgreSQL, with two pools on one database as two server nodes would
 * have: a transaction the server aborts for a deadlock or a serialization failure is run again and
 * succeeds; refusals and other failures are not retried; the ledger's change notification is
 * delivered only when the transaction commits.
 */
let url: string;
let nodeA: PgLedgerDatabase;
let nodeB: PgLedgerDatabase;

beforeAll(async () => {
  url = await freshPgDatabase();
  nodeA = await openPgDatabase(url, { migrate: false });
  nodeB = await openPgDatabase(url, { migrate: false });
  await nodeA.execute(sql`create table scratch (id integer primary key, value integer not null)`);
});
afterAll(async () => {
  await closePgDatabase(nodeA);
  await closePgDatabase(nodeB);
});
beforeEach(async () => {
  await nodeA.execute(sql`truncate scratch`);
  await nodeA.execute(sql`insert into scratch (id, value) values (1, 0), (2, 0)`);
});

/** A point two transactions both reach before either goes on. */
function barrier(parties: number) {
  let arrived = 0;
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return () => {
    arrived += 1;
    if (arrived === parties) open();
    return opened;
  };
}

const add = (tx: PgTx, id: number) => tx.execute(sql`update scratch set value = value + 1 where id = ${id}`);
const values = async () =>
  (await nodeA.execute<{ id: number; value: number }>(sql`select id, value from scratch order by id`)).rows;

describe("withPgTransaction", () => {
  it("runs a transaction aborted by a real deadlock again, and both writers' changes are kept", async () => {
    const bothLocked = barrier(2);
    const attempts = { a: 0, b: 0 };
    const run = (db: PgLedgerDatabase, name: "a" | "b", first: number, second: number) =>
      withPgTransaction(db, async (tx) => {
        attempts[name] += 1;
        // Detected in 50 ms rather than the default second (the test cluster's user may set it).
        await tx.execute(sql`set local deadlock_timeout = '50ms'`);
        await add(tx, first);
        await bothLocked();
        await add(tx, second);
        return attempts[name];
      });
    const [a, b] = await Promise.all([run(nodeA, "a", 1, 2), run(nodeB, "b", 2, 1)]);
    // Exactly one of them was chosen as the deadlock victim and ran twice.
    expect([a, b].sort()).toEqual([1, 2]);
    expect(await values()).toEqual([
      { id: 1, value: 2 },
      { id: 2, value: 2 },
    ]);
  });

  it("runs a transaction that failed to serialise (40001) again, under repeatable read", async () => {
    const bothRead = barrier(2);
    let attempts = 0;
    const increment = (db: PgLedgerDatabase) =>
      withPgTransaction(
        db,
        async (tx) => {
          attempts += 1;
          const [row] = (await tx.execute<{ value: number }>(sql`select value from scratch where id = 1`)).rows;
          await bothRead();
          await tx.execute(sql`update scratch set value = ${(row?.value ?? 0) + 1} where id = 1`);
        },
        { isolation: "repeatable read" },
      );
    await Promise.all([increment(nodeA), increment(nodeB)]);
    // Read-modify-write from one snapshot: without the retry one increment would be lost or refused.
    expect(attempts).toBe(3);
    expect((await values())[0]).toEqual({ id: 1, value: 2 });
  });

  it("passes a refusal through untouched, once, with everything rolled back", async () => {
    const refusal = invalid("amount", "too much");
    let attempts = 0;
    const outcome = withPgTransaction(nodeA, async (tx) => {
      attempts += 1;
      await add(tx, 1);
      throw refusal;
    });
    await expect(outcome).rejects.toBe(refusal);
    expect(refusal).toBeInstanceOf(DomainError);
    expect(attempts).toBe(1);
    expect((await values())[0]?.value).toBe(0);
  });

  it("does not retry other failures, and gives up after a bounded number of attempts", async () => {
    let attempts = 0;
    await expect(
      withPgTransaction(nodeA, async (tx) => {
        attempts += 1;
        await tx.execute(sql`insert into scratch (id, value) values (1, 0)`); // 23505 unique_violation
      }),
    ).rejects.toThrow();
    expect(attempts).toBe(1);

    attempts = 0;
    const aborted = Object.assign(new Error("could not serialize access"), { code: "40001" });
    await expect(
      withPgTransaction(nodeA, () => {
        attempts += 1;
        return Promise.reject(aborted);
      }),
    ).rejects.toBe(aborted);
    expect(attempts).toBe(MAX_TRANSACTION_ATTEMPTS);
  });

  it("runs read-only transactions read-only", async () => {
    await expect(withPgTransaction(nodeA, (tx) => add(tx, 1), { readOnly: true })).rejects.toThrow();
  });

  it("notifies every node of a change when it commits, and no one when it rolls back", async () => {
    const listener = new pg.Client({ connectionString: url });
    await listener.connect();
    try {
      const received: string[] = [];
      // Payloads: the ledger's notifications carry none; the test's own marker says "sentinel".
      listener.on("notification", (message) => received.push(message.payload ?? ""));
      await listener.query(`listen ${LEDGER_CHANGED_CHANNEL}`);

      await expect(
        withPgTransaction(
          nodeB,
          async (tx) => {
            await add(tx, 1);
            throw invalid("amount", "refused");
          },
          { notify: true },
        ),
      ).rejects.toBeInstanceOf(DomainError);
      await withPgTransaction(nodeB, (tx) => add(tx, 2), { notify: false });
      // Notifications arrive in commit order: anything the two above sent would come before this.
      await listener.query(`select pg_notify('${LEDGER_CHANGED_CHANNEL}', 'sentinel')`);
      await withPgTransaction(nodeB, (tx) => add(tx, 2), { notify: true });
      await expect.poll(() => received, { timeout: 15_000 }).toEqual(["sentinel", ""]);
    } finally {
      await listener.end();
    }
  });
});
