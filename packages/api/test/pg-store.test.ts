import { setTimeout as sleep } from "node:timers/promises";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import pg from "pg";
import { freshPgDatabase } from "@solidaria/db/test-support";
import { valueOf } from "../src/errors.js";
import { openPgStore } from "../src/store/pg-store.js";
import type { LedgerStore } from "../src/store/ledger-store.js";
import { OrganisationCreate, PledgeCreate } from "../src/validators.js";
import { eventually } from "./eventually.js";

/**
 * What each server node keeps besides the ledger's rows, on PostgreSQL: what it learns of other
 * nodes' writes (its cache's change stamp), rate limits counted for all nodes, and work done by one
 * node at a time. Two stores on one database stand for two nodes.
 */

let url: string;
let nodeA: LedgerStore;
let nodeB: LedgerStore;

beforeEach(async () => {
  url = await freshPgDatabase();
  nodeA = await openPgStore(url, { poolSize: 3 });
  nodeB = await openPgStore(url, { poolSize: 3 });
});
afterEach(async () => {
  await nodeA.close();
  await nodeB.close();
});

const organisation = (id: string) =>
  OrganisationCreate.parse({ id, name: `Organisation ${id}`, kind: "donor", country: null });

describe("a node's change stamp", () => {
  it("changes at once for the node's own write, and soon for another node's", async () => {
    const before = { a: nodeA.changeStamp(), b: nodeB.changeStamp() };
    expect(before.a).not.toBeNull();
    valueOf(await nodeA.addOrganisation(organisation("org-a")));
    expect(nodeA.changeStamp()).not.toBe(before.a);
    await eventually(() => nodeB.changeStamp() !== before.b, "node B to hear of node A's write");
  });

  it("is null while the listening connection is down, and changes when it is back", async () => {
    const before = nodeA.changeStamp();
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      // What a restarted database or a dropped connection does to the listener.
      await admin.query(
        "select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and application_name = 'solidaria/listen'",
      );
    } finally {
      await admin.end();
    }
    await eventually(() => nodeA.changeStamp() === null || nodeA.changeStamp() !== before, "the listener to drop");
    await eventually(() => nodeA.changeStamp() !== null, "the listener to come back");
    expect(nodeA.changeStamp()).not.toBe(before);
    // Listening again: another node's write is heard.
    const listening = nodeA.changeStamp();
    valueOf(await nodeB.addOrganisation(organisation("org-b")));
    await eventually(() => nodeA.changeStamp() !== listening, "node A to hear of node B's write");
  });
});

describe("rate limits on PostgreSQL", () => {
  it("are one budget for a client whichever node it calls", async () => {
    let now = 1_000_000;
    const clock = () => now;
    const limitA = nodeA.rateLimiter({ burst: 4, perSecond: 1, clock });
    const limitB = nodeB.rateLimiter({ burst: 4, perSecond: 1, clock });
    expect(await limitA.take("203.0.113.9", 2)).toEqual({ allowed: true });
    expect(await limitB.take("203.0.113.9", 2)).toEqual({ allowed: true });
    // Spent on both nodes together: each node alone would have allowed this.
    expect(await limitA.take("203.0.113.9")).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(await limitB.take("198.51.100.1", 4)).toEqual({ allowed: true });
    now += 2_000;
    expect(await limitB.take("203.0.113.9", 2)).toEqual({ allowed: true });
    expect(await limitA.take("203.0.113.9")).toMatchObject({ allowed: false });
  });

  it("never serve a call that costs more than the burst, as the buckets in memory do", async () => {
    const limit = nodeA.rateLimiter({ burst: 3, perSecond: 1, clock: () => 9_000_000 });
    expect(await limit.take("203.0.113.50", 4)).toEqual({ allowed: false, retryAfterSeconds: 1 });
    // Nothing was spent by the refusal: the whole burst is still there.
    expect(await limit.take("203.0.113.50", 3)).toEqual({ allowed: true });
  });

  it("never allow more than the burst to concurrent calls from several nodes", async () => {
    const clock = () => 5_000_000;
    const limitA = nodeA.rateLimiter({ burst: 10, perSecond: 0.001, clock });
    const limitB = nodeB.rateLimiter({ burst: 10, perSecond: 0.001, clock });
    const decisions = await Promise.all(
      Array.from({ length: 40 }, (_, index) => (index % 2 === 0 ? limitA : limitB).take("192.0.2.44")),
    );
    expect(decisions.filter((decision) => decision.allowed)).toHaveLength(10);
  });
});

describe("work one node at a time", () => {
  it("runs the same name on one node after the other, never both at once", async () => {
    const log: string[] = [];
    const work = (node: string) => async () => {
      log.push(`${node} starts`);
      await sleep(50);
      log.push(`${node} ends`);
    };
    await Promise.all([nodeA.exclusively("job", work("A")), nodeB.exclusively("job", work("B"))]);
    const first = log[0]?.startsWith("A") ? "A" : "B";
    const second = first === "A" ? "B" : "A";
    expect(log).toEqual([`${first} starts`, `${first} ends`, `${second} starts`, `${second} ends`]);
  });
});

/** Ends, from another connection, the server side of this database's connections that match `which`. */
async function terminateBackends(which: string): Promise<number> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    const result = await admin.query(
      // Waits (up to 5 s) for each to be gone, so that its goodbye is on its client's socket already.
      `select pg_terminate_backend(pid, 5000) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and ${which}`,
    );
    return result.rowCount ?? 0;
  } finally {
    await admin.end();
  }
}

describe("a connection the server ends while a node holds it", () => {
  it("fails the export that read from it, and the node goes on", async () => {
    valueOf(await nodeA.addOrganisation(organisation("org-a")));
    const donor = { role: "donor" as const, tokenId: null, organisation: { id: "org-a", country: null } };
    for (let key = 0; key < 6; key += 1) {
      const input = {
        idempotencyKey: `export-${key}`,
        kind: "funding",
        programme: "training",
        year: 2024,
        amount: "10",
        currency: "USD",
      };
      valueOf(await nodeA.createPledge(donor, PledgeCreate.parse(input), new Date()));
    }
    const pages = nodeA.pledgeCsvExport({ pageRows: 2 });
    const header = await pages.next();
    expect(header.done).toBe(false);
    // Between two pages the export's transaction is idle: what a restart or failover would end.
    expect(await terminateBackends("state like 'idle in transaction%'")).toBe(1);
    // Without a listener of its own, this error event would have ended the test process.
    // With the server's reason (57P01: terminated by an administrator), not a later query's failure.
    await expect(pages.next()).rejects.toMatchObject({ code: "57P01" });
    expect((await pages.next()).done).toBe(true);
    // Its connection was thrown away, not given back: the pool still answers.
    expect(await nodeA.readiness()).toMatchObject({ reachable: true });
    expect(await nodeA.listOrganisations()).not.toHaveLength(0);
  });

  it("fails a run whose lock went with it, and another node can take the lock", async () => {
    let finish!: () => void;
    const finished = new Promise<void>((resolve) => (finish = resolve));
    let started = false;
    const first = nodeA.exclusively("job", async () => {
      started = true;
      await finished;
      return "done";
    });
    // Settled or not, it must not be left unobserved while the test goes on.
    const settled = first.then(
      (value) => ({ value }),
      (error: unknown) => ({ error }),
    );
    await eventually(() => started, "node A to hold the lock");
    expect(await terminateBackends("pid in (select pid from pg_locks where locktype = 'advisory' and granted)")).toBe(
      1,
    );
    // The server released the lock with the session: node B runs while node A's run still goes on.
    expect(await nodeB.exclusively("job", () => Promise.resolve("B ran"))).toBe("B ran");
    finish();
    // A run that may not have been alone is not reported as done.
    const outcome = await settled;
    expect(outcome).toHaveProperty("error");
    expect(String((outcome as { error: unknown }).error)).toMatch(/lock "job" was lost/);
    // The run's own error comes first, whatever happened to the lock.
    await expect(nodeA.exclusively("job", () => Promise.reject(new Error("the run failed")))).rejects.toThrow(
      "the run failed",
    );
    expect(await nodeA.exclusively("job", () => Promise.resolve(1))).toBe(1);
  });
});

describe("readiness", () => {
  it("says the database answers with every migration applied", async () => {
    const state = await nodeA.readiness();
    expect(state.reachable).toBe(true);
    if (state.reachable) expect(state.migrations.applied).toBe(state.migrations.expected);
  });
});
