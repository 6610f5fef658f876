import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPledge, validators } from "@solidaria/api";
import { closeDatabase, openDatabase } from "@solidaria/db";
import { createHttpServer, listen } from "../src/http-server.js";
import { createLogger } from "../src/logger.js";
import { openStore } from "../src/open-store.js";
import { clientFor, key, startTestServer, TEST_DIALECT, type Client, type TestServer } from "./harness.js";

/**
 * The public aggregates are served from a cache in the API; whatever writes to the ledger, this
 * server or another process on the same file (or another server node on the same PostgreSQL), the
 * next answer shows it.
 */
let server: TestServer;
let brazil: Client;
beforeAll(async () => {
  server = await startTestServer();
  brazil = await server.client("demo-gov-br", "state");
});
afterAll(async () => server?.close());

const open = async (host: string, category: string) =>
  (await (await server.client()).situation.placesAvailable.query()).find(
    (row) => row.resettlementCountry === "BR" && row.hostCountry === host && row.category === category,
  )?.available;

const places = (host: string, count: number) => ({
  kind: "places" as const,
  idempotencyKey: key(),
  programme: "solidarity-resettlement" as const,
  year: 2020,
  places: count,
  resettlementCountry: "BR",
  hostCountry: host,
  category: "women-girls-at-risk" as const,
});

describe("cached public aggregates", () => {
  it("show a write through this server at once", async () => {
    expect(await open("CO", "women-girls-at-risk")).toBeUndefined();
    await brazil.pledge.create.mutate(places("CO", 7));
    expect(await open("CO", "women-girls-at-risk")).toBe(7);
    await brazil.pledge.create.mutate(places("CO", 3));
    expect(await open("CO", "women-girls-at-risk")).toBe(10);
  });

  it.skipIf(TEST_DIALECT !== "sqlite")("show a write by another process on the same database", async () => {
    // On PostgreSQL: "show a write through another server node on the same database", below.
    expect(server.store.changeStamp()).not.toBeNull();
    expect(await open("EC", "women-girls-at-risk")).toBeUndefined();
    const other = openDatabase(server.location);
    try {
      const created = createPledge(
        other,
        { role: "state", tokenId: null, organisation: { id: "demo-gov-br", country: "BR" } },
        validators.PledgeCreate.parse(places("EC", 5)),
        new Date(),
      );
      expect(created.ok).toBe(true);
    } finally {
      closeDatabase(other);
    }
    expect(await open("EC", "women-girls-at-risk")).toBe(5);
  });

  it("show a write through another server node on the same database", async () => {
    // A second node: its own store (connections, change listener and cache) and HTTP server.
    const store = await openStore(server.location);
    const node = createHttpServer({ store, logger: createLogger("silent") });
    try {
      const url = await listen(node, 0);
      // This node caches (a null stamp would cache nothing and prove nothing), and has the answer cached.
      expect(server.store.changeStamp()).not.toBeNull();
      expect(await open("PE", "women-girls-at-risk")).toBeUndefined();
      expect(await open("PE", "women-girls-at-risk")).toBeUndefined();
      const other = clientFor(url, await server.token("demo-gov-br", "state"));
      await other.pledge.create.mutate(places("PE", 4));
      // Another node's write reaches this one asynchronously on PostgreSQL (a notification): bounded wait.
      await expect.poll(() => open("PE", "women-girls-at-risk"), { timeout: 5_000, interval: 100 }).toBe(4);
    } finally {
      node.closeAllConnections();
      await new Promise<void>((resolve) => node.close(() => resolve()));
      await store.close();
    }
  });

  it("coverage follows writes too", async () => {
    const viewer = await server.client("demo-observer", "viewer");
    const before = (await viewer.report.coverage.query({ appealId: "demo-rmrp-2019" }))[0]?.usd.pledged;
    await (
      await server.client("demo-donor-us", "donor")
    ).pledge.create.mutate({
      kind: "funding",
      idempotencyKey: key(),
      appealId: "demo-rmrp-2019",
      programme: "training",
      year: 2020,
      amount: "1000",
      currency: "USD",
    });
    const after = (await viewer.report.coverage.query({ appealId: "demo-rmrp-2019" }))[0]?.usd.pledged;
    expect(Number(after) - Number(before)).toBe(1000);
  });
});
