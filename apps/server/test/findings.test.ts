import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { createToken } from "../src/admin.js";
import {
  clientFor,
  defined,
  failure,
  key,
  startTestServer,
  TEST_DIALECT,
  type Client,
  type TestServer,
} from "./harness.js";

/**
 * The findings of the attack on the landed server (issue 11), each reproduced through the real HTTP
 * server and tRPC client: these tests failed before the fixes.
 */
let server: TestServer;
let coordinator: Client;
let brazil: Client;
let viewer: Client;

beforeAll(async () => {
  server = await startTestServer();
  coordinator = await server.client("demo-secretariat", "coordinator");
  brazil = await server.client("demo-gov-br", "state");
  viewer = await server.client("demo-observer", "viewer");
});
afterAll(async () => server?.close());

const places = (change: Record<string, unknown> = {}) => ({
  kind: "places" as const,
  idempotencyKey: key(),
  programme: "solidarity-resettlement" as const,
  year: 2020,
  places: 10,
  resettlementCountry: "BR",
  hostCountry: "CO",
  category: "medical-needs" as const,
  ...change,
});

const usd = (amount: string, change: Record<string, unknown> = {}) => ({
  kind: "funding" as const,
  idempotencyKey: key(),
  programme: "training" as const,
  year: 2020,
  amount,
  currency: "USD",
  ...change,
});

describe("2. a state pledges places only as itself", () => {
  it("refuses Brazil's token pledging places in Mexico's name, naming the field, and writes nothing", async () => {
    const refused = await failure(() => brazil.pledge.create.mutate(places({ resettlementCountry: "MX" })));
    expect(refused.code).toBe("FORBIDDEN");
    expect(refused.message).toMatch(/resettlementCountry/);
    expect(refused.message).toMatch(/BR/);
    const open = await (await server.client()).situation.placesAvailable.query();
    expect(open.filter((row) => row.resettlementCountry === "MX")).toEqual([]);
  });

  it("a coordinator records places for a state in that state's name only", async () => {
    const refused = await failure(() =>
      coordinator.pledge.create.mutate(places({ organisationId: "demo-gov-br", resettlementCountry: "MX" })),
    );
    expect(refused.code).toBe("FORBIDDEN");
    expect(refused.message).toMatch(/resettlementCountry/);
    const recorded = await coordinator.pledge.create.mutate(places({ organisationId: "demo-gov-br" }));
    expect(recorded.places?.resettlementCountry).toBe("BR");
  });
});

describe("3. cancelling a places pledge keeps the people who already moved", () => {
  it("report.places keeps the 4 arrivals of a cancelled pledge of 10, and no place stays open", async () => {
    let pledge = await brazil.pledge.create.mutate(places({ hostCountry: "AR", category: "family-reunification" }));
    for (const action of ["confirm", "allocate", "depart", "arrive"]) {
      pledge = await brazil.pledge.transition.mutate({
        id: pledge.id,
        expectedVersion: pledge.version,
        action,
        places: 4,
        reason: `${action} 4`,
      });
    }
    pledge = await brazil.pledge.transition.mutate({
      id: pledge.id,
      expectedVersion: pledge.version,
      action: "cancel",
      reason: "programme closed",
    });
    expect(pledge.status).toBe("cancelled");
    const offer = (await viewer.report.places.query()).offers.find(
      (row) => row.resettlementCountry === "BR" && row.hostCountry === "AR" && row.category === "family-reunification",
    );
    expect(offer).toMatchObject({ departed: 4, arrived: 4 });
    const open = await (await server.client()).situation.placesAvailable.query();
    expect(open.filter((row) => row.hostCountry === "AR" && row.resettlementCountry === "BR")).toEqual([]);
    expect(await server.store.rebuildProjection()).toEqual([]);
  });

  it("people in transit when the pledge is cancelled can still arrive; nothing else can happen", async () => {
    let pledge = await brazil.pledge.create.mutate(places({ hostCountry: "AR", category: "medical-needs", places: 5 }));
    const step = async (action: string, count?: number) => {
      pledge = await brazil.pledge.transition.mutate({
        id: pledge.id,
        expectedVersion: pledge.version,
        action,
        ...(count === undefined ? {} : { places: count }),
        reason: `${action} ${count ?? ""}`,
      });
    };
    await step("confirm", 3);
    await step("allocate", 3);
    await step("depart", 3);
    await step("arrive", 1);
    await step("cancel");
    await step("arrive", 2);
    expect(pledge).toMatchObject({ status: "cancelled", places: { departed: 3, arrived: 3 } });
    const amend = await failure(() => step("amend", 10));
    expect(amend.code).toBe("BAD_REQUEST");
    expect(amend.message).toMatch(/action: the pledge is cancelled/);
    expect(await server.store.rebuildProjection()).toEqual([]);
  });
});

describe("4a. one organisation cannot use up an appeal's headroom", () => {
  it("bounds an organisation's pledges to an appeal by its requirement, and shows coordinators who holds most", async () => {
    const appeal = await coordinator.appeal.create.mutate({
      code: "CAP-TEST",
      title: "Small appeal",
      year: 2020,
      requiredUsd: "1000",
    });
    const us = await server.client("demo-donor-us", "donor");
    const huge = await failure(() => us.pledge.create.mutate(usd("100000000000", { appealId: appeal.id })));
    expect(huge.code).toBe("BAD_REQUEST");
    expect(huge.message).toMatch(/amount: .*requires/);
    const first = await us.pledge.create.mutate(usd("600", { appealId: appeal.id }));
    const beyond = await failure(() => us.pledge.create.mutate(usd("400.01", { appealId: appeal.id })));
    expect(beyond.code).toBe("BAD_REQUEST");
    expect(beyond.message).toMatch(/amount: /);
    await us.pledge.create.mutate(usd("400", { appealId: appeal.id }));
    const amend = await failure(() =>
      us.pledge.transition.mutate({
        id: first.id,
        expectedVersion: 1,
        action: "amend",
        amount: "600.01",
        reason: "more",
      }),
    );
    expect(amend.message).toMatch(/amount: /);
    // Another organisation is not locked out.
    const canada = await server.client("demo-donor-ca", "donor");
    await canada.pledge.create.mutate({
      ...usd("400", { appealId: appeal.id }),
      currency: "CAD",
      usdRate: { usdPerUnit: "0.75", date: "2020-01-01", source: "test rate" },
    });
    const [coverage] = await coordinator.report.coverage.query({ appealId: appeal.id });
    expect(coverage).toMatchObject({
      overPledged: true,
      largestPledger: { organisationId: "demo-donor-us", pledgedUsd: "1000.00", percentOfRequirement: 100 },
    });
    expect(await server.store.verifyFundingTotals()).toEqual([]);
  });
});

/**
 * Holds a write transaction open from another connection (as another server process would) that
 * inserts `row`, until `holdMs` after it says it holds the lock. The server's publish in the meantime
 * must see the other write's version when it commits, not fail on the primary key.
 */
function holdWrite(location: string, sql: string, params: unknown[], holdMs: number) {
  return TEST_DIALECT === "sqlite"
    ? holdSqliteWrite(location, sql, params, holdMs)
    : holdPgWrite(location, sql, params, holdMs);
}

/** The same on PostgreSQL: another connection's open transaction holds the inserted key. */
function holdPgWrite(url: string, sql: string, params: unknown[], holdMs: number) {
  const client = new pg.Client({ connectionString: url });
  let index = 0;
  const holding = (async () => {
    await client.connect();
    await client.query("begin");
    await client.query(
      sql.replace(/\?/g, () => `$${(index += 1)}`),
      params,
    );
  })();
  const committed = (async () => {
    await holding;
    await new Promise((resolve) => setTimeout(resolve, holdMs));
    await client.query("commit");
    await client.end();
  })();
  return { holding, committed };
}

function holdSqliteWrite(path: string, sql: string, params: unknown[], holdMs: number) {
  const worker = new Worker(
    `
    const { parentPort, workerData } = require("node:worker_threads");
    const Database = require(workerData.driver);
    const db = new Database(workerData.path);
    db.pragma("busy_timeout = 5000");
    db.exec("BEGIN IMMEDIATE");
    db.prepare(workerData.sql).run(...workerData.params);
    parentPort.postMessage("holding");
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, workerData.holdMs);
    db.exec("COMMIT");
    db.close();
    parentPort.postMessage("committed");
    `,
    {
      eval: true,
      workerData: { driver: createRequire(import.meta.url).resolve("better-sqlite3"), path, sql, params, holdMs },
    },
  );
  const said = (message: string) =>
    new Promise<void>((resolve, reject) => {
      worker.on("message", (value) => {
        if (value === message) resolve();
      });
      worker.once("error", reject);
    });
  return { holding: said("holding"), committed: said("committed") };
}

describe("4b. publishing checks the version and inserts in one transaction", () => {
  it("situation.publish against another process's concurrent publish is a CONFLICT, not a 500", async () => {
    const venezuela = defined(
      (await (await server.client()).situation.list.query()).find((situation) => situation.country === "VE"),
      "the situation for VE",
    );
    const next = { ...venezuela, version: venezuela.version + 1, updated: "2020-07-01" };
    const other = holdWrite(
      server.location,
      "insert into country_situations (country, version, document, published_by, published_at) values (?, ?, ?, ?, ?)",
      ["VE", next.version, JSON.stringify(next), "demo-secretariat", "2020-07-01T00:00:00.000Z"],
      400,
    );
    await other.holding;
    const result = await failure(() => coordinator.situation.publish.mutate(next));
    await other.committed;
    expect(result.code).toBe("CONFLICT");
  });

  it("jurisdiction.publish likewise", async () => {
    const peru = defined(
      (await (await server.client()).jurisdiction.list.query()).find((profile) => profile.country === "PE"),
      "the profile for PE",
    );
    const next = { ...peru, version: peru.version + 1, lastVerified: "2020-07-01" };
    const other = holdWrite(
      server.location,
      "insert into jurisdiction_profiles (country, version, document, published_by, published_at) values (?, ?, ?, ?, ?)",
      ["PE", next.version, JSON.stringify(next), "demo-secretariat", "2020-07-01T00:00:00.000Z"],
      400,
    );
    await other.holding;
    const result = await failure(() => coordinator.jurisdiction.publish.mutate(next));
    await other.committed;
    expect(result.code).toBe("CONFLICT");
  });
});

describe("4c. pledge.history names organisations and labels, never other organisations' token ids", () => {
  it("shows a viewer the organisation and the token's label, and the token id only to its own organisation", async () => {
    const issued = await createToken(server.store, {
      organisationId: "demo-donor-eu",
      role: "donor",
      label: "EU liaison desk",
    });
    const eu = clientFor(server.url, issued.secret);
    const pledge = await eu.pledge.create.mutate(usd("10"));
    const [created] = await viewer.pledge.history.query({ id: pledge.id });
    expect(created?.by).toEqual({
      organisationId: "demo-donor-eu",
      organisationName: "[DEMO] European Union",
      label: "EU liaison desk",
      tokenId: null,
      userId: null,
      userName: null,
    });
    expect(JSON.stringify(await viewer.pledge.history.query({ id: pledge.id }))).not.toContain(issued.id);
    expect((await eu.pledge.history.query({ id: pledge.id }))[0]?.by.tokenId).toBe(issued.id);
    expect((await coordinator.pledge.history.query({ id: pledge.id }))[0]?.by.tokenId).toBe(issued.id);
  });
});

describe("4d. a wrong type says what was expected, not that the field is required", () => {
  let donor: Client;
  beforeAll(async () => {
    donor = await server.client("demo-donor-us", "donor");
  });
  const cases: [string, Record<string, unknown>, RegExp][] = [
    ["year as text", { year: "2020" }, /year: expected a whole number, got text/],
    ["amount as a number", { amount: 10 }, /amount: expected a decimal number written as text.*got a number/],
    ["note as a number", { note: 5 }, /note: expected text, got a number/],
  ];
  for (const [name, change, message] of cases) {
    it(name, async () => {
      const refused = await failure(() => donor.pledge.create.mutate({ ...usd("10"), ...change }));
      expect(refused.code).toBe("BAD_REQUEST");
      expect(refused.message).toMatch(message);
      expect(refused.message).not.toMatch(/is required/);
    });
  }

  it("places: 1.5", async () => {
    const refused = await failure(() => brazil.pledge.create.mutate(places({ places: 1.5 })));
    expect(refused.message).toMatch(/places: expected a whole number, got 1\.5/);
  });

  it("a missing field is still required", async () => {
    const { year: _year, ...withoutYear } = usd("10");
    const refused = await failure(() => donor.pledge.create.mutate(withoutYear as never));
    expect(refused.message).toMatch(/year: is required/);
  });

  it("a pledge without its kind, or with an unknown one, names the field and the kinds it takes", async () => {
    const { kind: _kind, ...withoutKind } = usd("10");
    const missing = await failure(() => donor.pledge.create.mutate(withoutKind as never));
    expect(missing.message).toMatch(/kind: is required: one of "funding", "places"/);
    const unknown = await failure(() => donor.pledge.create.mutate({ ...usd("10"), kind: "money" } as never));
    expect(unknown.message).toMatch(/kind: expected one of "funding", "places", got "money"/);
  });
});

describe("4e. text is normalised to NFC, without control or bidi-override characters, and visible", () => {
  const organisation = (name: string) => ({ id: `t-${Math.random().toString(36).slice(2, 10)}`, name, kind: "donor" });
  const refusals: [string, string, RegExp][] = [
    ["only zero-width spaces", "\u200B\u200B\u200B", /name: must contain visible text/],
    ["a right-to-left override", "Evil\u202Egnp.exe", /name: .*U\+202E/],
    ["a NUL", "Donor\u0000X", /name: .*control character U\+0000/],
    ["an ANSI escape", "\u001b[31mRed donor", /name: .*control character U\+001B/],
  ];
  for (const [name, value, message] of refusals) {
    it(`refuses a name with ${name}`, async () => {
      const refused = await failure(() => coordinator.org.create.mutate(organisation(value) as never));
      expect(refused.code).toBe("BAD_REQUEST");
      expect(refused.message).toMatch(message);
    });
  }

  it("stores names in NFC", async () => {
    const input = organisation("Cafe\u0301 Solidario");
    await coordinator.org.create.mutate(input as never);
    const [row] = await server.query<{ name: string }>("select name from organisations where id = ?", [input.id]);
    expect(row?.name).toBe("Caf\u00e9 Solidario");
  });

  it("keeps line breaks in a note, refuses control characters in it", async () => {
    const donor = await server.client("demo-donor-us", "donor");
    const kept = await donor.pledge.create.mutate(usd("1", { note: "first line\nsecond line" }));
    expect(kept.note).toBe("first line\nsecond line");
    const refused = await failure(() => donor.pledge.create.mutate(usd("1", { note: "bell\u0007" })));
    expect(refused.message).toMatch(/note: .*control character U\+0007/);
  });

  it("refuses an invisible reason for a transition", async () => {
    const donor = await server.client("demo-donor-us", "donor");
    const pledge = await donor.pledge.create.mutate(usd("1"));
    const refused = await failure(() =>
      donor.pledge.transition.mutate({
        id: pledge.id,
        expectedVersion: 1,
        action: "cancel",
        reason: "\u200B\u200C\u200D\u2060",
      }),
    );
    expect(refused.message).toMatch(/reason: must contain visible text/);
  });
});
