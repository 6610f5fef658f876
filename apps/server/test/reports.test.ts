import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defined, failure, key, startTestServer, TEST_DIALECT, type Client, type TestServer } from "./harness.js";

let server: TestServer;
let viewer: Client;
let coordinator: Client;

beforeAll(async () => {
  server = await startTestServer();
  viewer = await server.client("demo-observer", "viewer");
  coordinator = await server.client("demo-secretariat", "coordinator");
});
afterAll(async () => server?.close());

describe("report.coverage", () => {
  it("reports the demo appeal in USD and in original currencies", async () => {
    const [appeal] = await viewer.report.coverage.query({ appealId: "demo-rmrp-2019" });
    expect(appeal?.usd).toEqual({
      required: "738000000.00",
      pledged: "470400000.00",
      committed: "380400000.00",
      paid: "258400000.00",
      unmet: "357600000.00",
    });
    expect(appeal?.percentageFunded).toBe(51.54);
    expect(appeal?.byCurrency.find((row) => row.currency === "JPY")).toEqual({
      currency: "JPY",
      pledges: 1,
      pledged: "2000000000",
      committed: "2000000000",
      paid: "0",
    });
    // The cancelled CAD pledge counts only what was paid on it (nothing).
    expect(appeal?.byCurrency.find((row) => row.currency === "CAD")).toMatchObject({
      pledges: 2,
      pledged: "40000000.00",
    });
  });

  it("follows new commitments", async () => {
    const donor = await server.client("demo-donor-us", "donor");
    const pledge = await donor.pledge.create.mutate({
      kind: "funding",
      idempotencyKey: key(),
      appealId: "demo-rmrp-2019",
      programme: "training",
      year: 2019,
      amount: "1000000",
      currency: "USD",
    });
    await donor.pledge.transition.mutate({
      id: pledge.id,
      expectedVersion: 1,
      action: "commit",
      amount: "1000000",
      reason: "signed",
    });
    const [appeal] = await viewer.report.coverage.query({ appealId: "demo-rmrp-2019" });
    expect(appeal?.usd.committed).toBe("381400000.00");
    expect(appeal?.usd.unmet).toBe("356600000.00");
  });
});

describe("report.places", () => {
  it("shows each stage per resettlement country, host country and category, and needs against pledges", async () => {
    const report = await viewer.report.places.query({ appealId: "demo-rmrp-2019" });
    expect(report.offers).toContainEqual({
      resettlementCountry: "BR",
      hostCountry: "EC",
      category: "legal-physical-protection",
      pledged: 120,
      confirmed: 100,
      allocated: 60,
      departed: 40,
      arrived: 30,
    });
    expect(report.needs).toContainEqual({
      hostCountry: "PE",
      category: "medical-needs",
      needed: 150,
      pledged: 40,
      confirmed: 40,
      allocated: 10,
      departed: 0,
      arrived: 0,
      unmet: 110,
    });
  });
});

describe("report.fairShare", () => {
  it("compares each state's places pledged with its share by population and GDP", async () => {
    const report = await viewer.report.fairShare.query({ kind: "places" });
    expect(report.key).toBe("population-gdp-50-50");
    expect(report.states.map((row) => row.country).sort()).toEqual(["AR", "BR", "CL", "CO", "EC", "PE"]);
    const total = report.states.reduce((sum, row) => sum + Number(row.fairShare), 0);
    expect(total).toBe(355);
    expect(report.total).toBe(355);
    const brazil = report.states.find((row) => row.country === "BR");
    expect(brazil?.pledged).toBe(160);
    expect(brazil?.share).toBeGreaterThan(40);
  });

  it("accepts a custom key and rejects a malformed one", async () => {
    const byPopulation = await viewer.report.fairShare.query({
      kind: "places",
      key: { id: "pop", weights: [{ indicator: "population", weight: 1 }] },
    });
    expect(byPopulation.key).toBe("pop");
    expect(
      (await failure(() => viewer.report.fairShare.query({ kind: "places", key: { id: "x", weights: [] } }))).code,
    ).toBe("BAD_REQUEST");
  });
});

describe("jurisdiction profiles", () => {
  it("are public, versioned, and a coordinator's checked update supersedes the built-in one", async () => {
    const anonymous = await server.client();
    const peru = defined(
      (await anonymous.jurisdiction.list.query()).find((profile) => profile.country === "PE"),
      "the profile for PE",
    );
    expect(peru.remedies.map((remedy) => remedy.step)).toEqual(["reconsideration", "appeal"]);
    const update = { ...peru, version: peru.version + 1, lastVerified: "2026-11-30" };
    await coordinator.jurisdiction.publish.mutate(update);
    const after = (await anonymous.jurisdiction.list.query()).find((profile) => profile.country === "PE");
    expect(after).toMatchObject({ version: peru.version + 1, lastVerified: "2026-11-30" });
    expect((await failure(() => coordinator.jurisdiction.publish.mutate(update))).code).toBe("CONFLICT");
    const invalid = await failure(() =>
      coordinator.jurisdiction.publish.mutate({ ...update, version: 99, lastVerified: "30/11/2026" }),
    );
    expect(invalid.code).toBe("BAD_REQUEST");
    expect(invalid.message).toMatch(/lastVerified/);
  });
});

describe("situations", () => {
  it("are public, and a coordinator's newer version supersedes the built-in one", async () => {
    const anonymous = await server.client();
    const before = await anonymous.situation.list.query();
    const venezuela = defined(
      before.find((situation) => situation.country === "VE"),
      "the situation for VE",
    );
    expect(venezuela.cartagenaGrounds.map((entry) => entry.ground)).toContain("massive-human-rights-violations");
    await coordinator.situation.publish.mutate({ ...venezuela, version: venezuela.version + 1, updated: "2020-06-01" });
    const after = await anonymous.situation.list.query();
    expect(after.find((situation) => situation.country === "VE")?.version).toBe(venezuela.version + 1);
    const stale = await failure(() => coordinator.situation.publish.mutate({ ...venezuela, version: 1 }));
    expect(stale.code).toBe("CONFLICT");
    const invalid = await failure(() =>
      coordinator.situation.publish.mutate({ ...venezuela, version: 9, cartagenaGrounds: [{ ground: "drought" }] }),
    );
    expect(invalid.message).toMatch(/cartagenaGrounds\[0\]/);
  });

  it("a situation stored before lastVerified existed is read as verified when published", async () => {
    const venezuela = defined(
      (await (await server.client()).situation.list.query()).find((situation) => situation.country === "VE"),
      "the situation for VE",
    );
    const { lastVerified: _dropped, ...older } = venezuela;
    await server.query(
      "insert into country_situations (country, version, document, published_by, published_at) values (?, ?, ?, ?, ?)",
      ["VE", 50, JSON.stringify({ ...older, version: 50, updated: "2021-03-01" }), "demo-secretariat", "2021-03-01"],
    );
    // A row written behind the ledger's back: on SQLite the file's change is seen at once; on
    // PostgreSQL the nodes learn of a change by the notification every ledger write sends on commit
    // (LEDGER_CHANGED_CHANNEL, packages/api/src/pg/transaction.ts), so the test sends it too.
    if (TEST_DIALECT === "postgresql") await server.query("select pg_notify('solidaria_ledger_changed', '')");
    const anonymous = await server.client();
    const read = async () => (await anonymous.situation.list.query()).find((situation) => situation.country === "VE");
    await expect
      .poll(read, { timeout: 5_000, interval: 200 })
      .toMatchObject({ version: 50, lastVerified: "2021-03-01" });
  });

  it("places still open are a public aggregate with no case data", async () => {
    const places = await (await server.client()).situation.placesAvailable.query();
    expect(places).toContainEqual(
      expect.objectContaining({
        hostCountry: "PE",
        resettlementCountry: "BR",
        category: "medical-needs",
        available: 30,
      }),
    );
    for (const row of places)
      expect(Object.keys(row).sort()).toEqual(["asOf", "available", "category", "hostCountry", "resettlementCountry"]);
  });
});
