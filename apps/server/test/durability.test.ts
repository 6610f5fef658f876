import { afterEach, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { count, inArray } from "drizzle-orm";
import { rebuildProjection, verifyFundingTotals } from "@solidaria/api";
import { backupDatabase, closeDatabase, openDatabase, pledgeEvents, pledges } from "@solidaria/db";
import { createToken } from "../src/admin.js";
import { seedDemoData } from "../src/demo-data.js";
import { clientFor, defined, key, startTestServer } from "./harness.js";
import { startServerProcess } from "./process.js";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function freshDatabase() {
  const dir = mkdtempSync(join(tmpdir(), "solidaria-kill-"));
  dirs.push(dir);
  const path = join(dir, "ledger.sqlite");
  const db = openDatabase(path);
  seedDemoData(db);
  const token = createToken(db, { organisationId: "demo-donor-us", role: "donor", label: "load" }).secret;
  closeDatabase(db);
  return { path, token };
}

describe("durability", () => {
  it("keeps every acknowledged pledge when the process is killed with SIGKILL during a write load", async () => {
    const { path, token } = freshDatabase();
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

    const db = openDatabase(path);
    try {
      expect(db.$client.pragma("integrity_check", { simple: true })).toBe("ok");
      const found = db.select({ n: count() }).from(pledges).where(inArray(pledges.id, acknowledged)).get()?.n;
      expect(found).toBe(acknowledged.length);
      expect(rebuildProjection(db)).toEqual([]);
      expect(verifyFundingTotals(db)).toEqual([]);
    } finally {
      closeDatabase(db);
    }

    // And it starts again on the same file.
    const restarted = await startServerProcess(["--db", path]);
    try {
      expect(await clientFor(restarted.url).health.query()).toMatchObject({ status: "ok" });
    } finally {
      restarted.child.kill("SIGTERM");
    }
  });

  it("serves from several worker processes on one database without losing or failing a write", async () => {
    const { path, token } = freshDatabase();
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
    const db = openDatabase(path);
    try {
      expect(verifyFundingTotals(db)).toEqual([]);
      expect(rebuildProjection(db)).toEqual([]);
    } finally {
      closeDatabase(db);
    }
  });

  it("shuts down cleanly on SIGTERM", async () => {
    const { path } = freshDatabase();
    const { child, output } = await startServerProcess(["--db", path]);
    const exit = new Promise<number | null>((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    expect(await exit).toBe(0);
    expect(output()).toContain("stopped.");
  });

  it("an online backup taken while writing opens and holds everything written before it", async () => {
    const server = await startTestServer();
    try {
      const donor = server.client("demo-donor-us", "donor");
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
        pledges: defined(server.db.select({ n: count() }).from(pledges).get(), "a pledge count").n,
        events: defined(server.db.select({ n: count() }).from(pledgeEvents).get(), "an event count").n,
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
      await backupDatabase(server.db, destination);
      await writes;
      const copy = openDatabase(destination, { readonly: true });
      try {
        expect(copy.$client.pragma("integrity_check", { simple: true })).toBe("ok");
        expect(copy.select({ n: count() }).from(pledges).get()?.n).toBeGreaterThanOrEqual(expected.pledges);
        expect(copy.select({ n: count() }).from(pledgeEvents).get()?.n).toBeGreaterThanOrEqual(expected.events);
        expect(rebuildProjection(copy)).toEqual([]);
      } finally {
        closeDatabase(copy);
      }
    } finally {
      await server.close();
    }
  });
});
