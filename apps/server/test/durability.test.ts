import { afterEach, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { rebuildProjection } from "@solidaria/api";
import { backupDatabase, closeDatabase, openDatabase } from "@solidaria/db";
import { createToken } from "../src/admin.js";
import { seedDemoData } from "../src/demo-data.js";
import { openStore } from "../src/open-store.js";
import {
  clientFor,
  countOf,
  defined,
  freshLocation,
  key,
  openReader,
  startTestServer,
  TEST_DIALECT,
} from "./harness.js";
import { startServerProcess, stopServerProcess } from "./process.js";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh ledger (SQLite file or PostgreSQL database) with the demo data and a donor's token. */
async function freshDatabase() {
  const dir = mkdtempSync(join(tmpdir(), "solidaria-kill-"));
  dirs.push(dir);
  const path = await freshLocation(dir);
  const store = await openStore(path);
  try {
    await seedDemoData(store);
    const token = (await createToken(store, { organisationId: "demo-donor-us", role: "donor", label: "load" })).secret;
    return { path, token };
  } finally {
    await store.close();
  }
}

/** What the ledger at `path` holds once the server is gone, and whether its derived tables agree. */
async function afterwards(path: string, acknowledged: readonly string[] = []) {
  const reader = openReader(path);
  const store = await openStore(path);
  try {
    const marks = acknowledged.map(() => "?").join(", ");
    return {
      // SQLite's own check of the file; PostgreSQL keeps a committed transaction by itself.
      integrity:
        TEST_DIALECT === "sqlite"
          ? (await reader.query<{ integrity_check: string }>("pragma integrity_check"))[0]?.integrity_check
          : "ok",
      found:
        acknowledged.length === 0
          ? 0
          : await countOf(reader.query, `select count(*) as n from pledges where id in (${marks})`, acknowledged),
      projection: await store.rebuildProjection(),
      fundingTotals: await store.verifyFundingTotals(),
    };
  } finally {
    await store.close();
    await reader.close();
  }
}

describe("durability", () => {
  it("keeps every acknowledged pledge when the process is killed with SIGKILL during a write load", async () => {
    const { path, token } = await freshDatabase();
    const { child, url } = await startServerProcess(["--db", path]);
    const client = clientFor(url, token);
    const acknowledged: string[] = [];
    let killed = false;
    const writer = async () => {
      while (!killed) {
        try {
          const pledge = await client.pledge.create.mutate({
            kind: "funding",
            idempotencyKey: key("load"),
            programme: "training",
            year: 2020,
            amount: "12.34",
            currency: "USD",
          });
          acknowledged.push(pledge.id);
        } catch {
          return; // the server is gone
        }
      }
    };
    const writers = Array.from({ length: 16 }, writer);
    // Kill once the load is well under way: after a number of acknowledged writes, not after a time,
    // so a slow or busy machine simply takes longer to get there. Sixteen writers keep writes in flight.
    await expect.poll(() => acknowledged.length, { timeout: 50_000, interval: 10 }).toBeGreaterThanOrEqual(100);
    child.kill("SIGKILL");
    killed = true;
    await Promise.all(writers);

    const after = await afterwards(path, acknowledged);
    expect(after.integrity).toBe("ok");
    expect(after.found).toBe(acknowledged.length);
    expect(after.projection).toEqual([]);
    expect(after.fundingTotals).toEqual([]);

    // And it starts again on the same ledger.
    const restarted = await startServerProcess(["--db", path]);
    try {
      expect(await clientFor(restarted.url).health.query()).toMatchObject({ status: "ok" });
    } finally {
      await stopServerProcess(restarted.child);
    }
  });

  it("serves from several worker processes on one database without losing or failing a write", async () => {
    const { path, token } = await freshDatabase();
    const { child, url, output } = await startServerProcess(["--db", path, "--workers", "2"]);
    try {
      expect(output()).toContain("2 workers");
      const client = clientFor(url, token);
      const created = await Promise.all(
        Array.from({ length: 200 }, () =>
          client.pledge.create.mutate({
            kind: "funding",
            idempotencyKey: key("workers"),
            appealId: "demo-rmrp-2019",
            programme: "training",
            year: 2020,
            amount: "1",
            currency: "USD",
          }),
        ),
      );
      expect(new Set(created.map((pledge) => pledge.id)).size).toBe(200);
    } finally {
      const exit = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exit;
    }
    const after = await afterwards(path);
    expect(after.fundingTotals).toEqual([]);
    expect(after.projection).toEqual([]);
  });

  it("shuts down cleanly on SIGTERM", async () => {
    const { path } = await freshDatabase();
    const { child, output } = await startServerProcess(["--db", path]);
    const exit = new Promise<number | null>((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    expect(await exit).toBe(0);
    expect(output()).toContain("stopped.");
  });

  // SQLite's file backup; on PostgreSQL `solidaria backup` refers the operator to pg_dump (cli.test.ts).
  it.skipIf(TEST_DIALECT !== "sqlite")(
    "an online backup taken while writing opens and holds everything written before it",
    async () => {
      const server = await startTestServer();
      try {
        const sqlite = defined(server.sqlite, "the server's SQLite connection");
        const donor = await server.client("demo-donor-us", "donor");
        for (let index = 0; index < 20; index += 1) {
          await donor.pledge.create.mutate({
            kind: "funding",
            idempotencyKey: key(),
            programme: "training",
            year: 2020,
            amount: "1",
            currency: "USD",
          });
        }
        const expected = {
          pledges: await countOf(server.query, "select count(*) as n from pledges"),
          events: await countOf(server.query, "select count(*) as n from pledge_events"),
        };
        const destination = join(server.dir, "backup", "copy.sqlite");
        const writes = Promise.all(
          Array.from({ length: 10 }, () =>
            donor.pledge.create.mutate({
              kind: "funding",
              idempotencyKey: key(),
              programme: "training",
              year: 2020,
              amount: "1",
              currency: "USD",
            }),
          ),
        );
        await backupDatabase(sqlite, destination);
        await writes;
        const copy = openDatabase(destination, { readonly: true });
        try {
          expect(copy.$client.pragma("integrity_check", { simple: true })).toBe("ok");
          const countIn = (table: string) =>
            (copy.$client.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
          expect(countIn("pledges")).toBeGreaterThanOrEqual(expected.pledges);
          expect(countIn("pledge_events")).toBeGreaterThanOrEqual(expected.events);
          expect(rebuildProjection(copy)).toEqual([]);
        } finally {
          closeDatabase(copy);
        }
      } finally {
        await server.close();
      }
    },
  );
});
