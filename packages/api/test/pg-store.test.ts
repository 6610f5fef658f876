import { setTimeout as sleep } from "node:timers/promises";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import pg from "pg";
import { freshPgDatabase } from "@solidaria/db/test-support";
import { valueOf } from "../src/errors.js";
import { openPgStore } from "../src/store/pg-store.js";
import type { LedgerStore } from "../src/store/ledger-store.js";
import { OrganisationCreate } from "../src/validators.js";

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

/** Waits for `condition`, failing with `what` after a bounded time (never a fixed sleep then a check). */
async function eventually(condition: () => boolean, what: string): Promise<void> {
  for (let waited = 0; !condition(); waited += 20) {
    if (waited > 10_000) throw new Error(`still waiting for ${what}`);
    await sleep(20);
  }
}

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

describe("readiness", () => {
  it("says the database answers with every migration applied", async () => {
    const state = await nodeA.readiness();
    expect(state.reachable).toBe(true);
    if (state.reachable) expect(state.migrations.applied).toBe(state.migrations.expected);
  });
});
