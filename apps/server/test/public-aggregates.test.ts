import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPledge, validators } from "@solidaria/api";
import { closeDatabase, openDatabase } from "@solidaria/db";
import { key, startTestServer, type Client, type TestServer } from "./harness.js";

/**
 * The public aggregates are served from a cache in the API; whatever writes to the ledger, this
 * server or another process on the same file, the next answer shows it.
 */
let server: TestServer;
let brazil: Client;
beforeAll(async () => {
  server = await startTestServer();
  brazil = server.client("demo-gov-br", "state");
});
afterAll(async () => server?.close());

const open = async (host: string, category: string) =>
  (await server.client().situation.placesAvailable.query()).find(
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

  it("show a write by another process on the same database", async () => {
    expect(await open("EC", "women-girls-at-risk")).toBeUndefined();
    const other = openDatabase(server.dbPath);
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

  it("coverage follows writes too", async () => {
    const viewer = server.client("demo-observer", "viewer");
    const before = (await viewer.report.coverage.query({ appealId: "demo-rmrp-2019" }))[0]?.usd.pledged;
    await server.client("demo-donor-us", "donor").pledge.create.mutate({
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
