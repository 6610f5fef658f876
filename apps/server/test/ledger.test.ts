import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countOf, defined, failure, key, startTestServer, type Client, type TestServer } from "./harness.js";

let server: TestServer;
let donor: Client;
let state: Client;

beforeAll(async () => {
  server = await startTestServer();
  donor = await server.client("demo-donor-eu", "donor");
  state = await server.client("demo-gov-br", "state");
});
afterAll(async () => server?.close());

const eurPledge = (idempotencyKey = key(), amount = "1000000.50") => ({
  kind: "funding" as const,
  idempotencyKey,
  appealId: "demo-rmrp-2019",
  programme: "solidarity-cities" as const,
  year: 2020,
  amount,
  currency: "EUR",
  usdRate: { usdPerUnit: "1.1234", date: "2020-01-15", source: "test rate" },
});

describe("funding pledges over HTTP", () => {
  it("are exact in minor units and keep the dated USD rate", async () => {
    const pledge = await donor.pledge.create.mutate(eurPledge());
    expect(pledge.funding).toMatchObject({
      currency: "EUR",
      pledged: "1000000.50",
      committed: "0.00",
      usd: { pledged: "1123400.56", rate: "1.1234", rateDate: "2020-01-15", rateSource: "test rate" },
    });
    expect(pledge).toMatchObject({ status: "pledged", version: 1, organisationId: "demo-donor-eu" });
    const [row] = await server.query<{ pledged_minor: number }>("select pledged_minor from pledges where id = ?", [
      pledge.id,
    ]);
    expect(Number(row?.pledged_minor)).toBe(100_000_050);
  });

  it("move pledged -> committed -> paid, each step an event with who, when and why", async () => {
    let pledge = await donor.pledge.create.mutate(eurPledge(key(), "300"));
    pledge = await donor.pledge.transition.mutate({
      id: pledge.id,
      expectedVersion: 1,
      action: "commit",
      amount: "300",
      reason: "agreement signed",
    });
    pledge = await donor.pledge.transition.mutate({
      id: pledge.id,
      expectedVersion: 2,
      action: "pay",
      amount: "100.25",
      reason: "first tranche",
    });
    expect(pledge).toMatchObject({ status: "partially-paid", version: 3 });
    pledge = await donor.pledge.transition.mutate({
      id: pledge.id,
      expectedVersion: 3,
      action: "pay",
      amount: "199.75",
      reason: "final tranche",
    });
    expect(pledge.status).toBe("paid");
    const history = await donor.pledge.history.query({ id: pledge.id });
    expect(history.map((event) => [event.version, event.type, event.reason])).toEqual([
      [1, "created", null],
      [2, "commit", "agreement signed"],
      [3, "pay", "first tranche"],
      [4, "pay", "final tranche"],
    ]);
    expect(history[2]).toMatchObject({
      data: { type: "pay", amountMinor: 10_025 },
      by: { organisationId: "demo-donor-eu" },
    });
    expect(history[2]?.by.tokenId).toEqual(expect.any(String));
    expect(history[2]?.at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it("refuses to pay more than committed or commit more than pledged, and writes nothing", async () => {
    const pledge = await donor.pledge.create.mutate(eurPledge(key(), "100"));
    const before = await countOf(server.query, "select count(*) as n from pledge_events");
    const overCommit = await failure(() =>
      donor.pledge.transition.mutate({
        id: pledge.id,
        expectedVersion: 1,
        action: "commit",
        amount: "100.01",
        reason: "too much",
      }),
    );
    expect(overCommit).toMatchObject({ code: "BAD_REQUEST" });
    expect(overCommit.message).toMatch(/amount: committed would exceed the amount pledged/);
    const overPay = await failure(() =>
      donor.pledge.transition.mutate({
        id: pledge.id,
        expectedVersion: 1,
        action: "pay",
        amount: "1",
        reason: "nothing committed",
      }),
    );
    expect(overPay.message).toMatch(/paid would exceed the amount committed/);
    expect(await countOf(server.query, "select count(*) as n from pledge_events")).toBe(before);
    expect((await donor.pledge.get.query({ id: pledge.id })).version).toBe(1);
  });
});

describe("places pledges over HTTP", () => {
  it("move pledged -> confirmed -> allocated -> departed -> arrived, never beyond the stage before", async () => {
    let pledge = await state.pledge.create.mutate({
      kind: "places",
      idempotencyKey: key(),
      programme: "solidarity-resettlement",
      year: 2020,
      places: 10,
      resettlementCountry: "BR",
      hostCountry: "PE",
      category: "medical-needs",
    });
    const step = async (action: string, places: number) => {
      pledge = await state.pledge.transition.mutate({
        id: pledge.id,
        expectedVersion: pledge.version,
        action,
        places,
        reason: `${action} ${places}`,
      });
    };
    await step("confirm", 8);
    await step("allocate", 5);
    expect((await failure(() => step("depart", 6))).message).toMatch(
      /departed places would exceed the allocated places/,
    );
    await step("depart", 5);
    await step("arrive", 4);
    expect(pledge.places).toEqual({
      resettlementCountry: "BR",
      hostCountry: "PE",
      category: "medical-needs",
      pledged: 10,
      confirmed: 8,
      allocated: 5,
      departed: 5,
      arrived: 4,
    });
    expect(pledge.status).toBe("arrived");
  });
});

describe("idempotency and concurrency", () => {
  it("a retried create with the same key returns the same pledge", async () => {
    const input = eurPledge();
    const first = await donor.pledge.create.mutate(input);
    const again = await donor.pledge.create.mutate(input);
    expect(again.id).toBe(first.id);
    expect(
      await countOf(server.query, "select count(*) as n from pledges where idempotency_key = ?", [
        input.idempotencyKey,
      ]),
    ).toBe(1);
  });

  it("the same key with different content is a CONFLICT", async () => {
    const input = eurPledge();
    await donor.pledge.create.mutate(input);
    expect((await failure(() => donor.pledge.create.mutate({ ...input, amount: "5" }))).code).toBe("CONFLICT");
  });

  it("two concurrent transitions on one pledge: exactly one wins, the other gets CONFLICT", async () => {
    const pledge = await donor.pledge.create.mutate(eurPledge(key(), "1000"));
    const attempt = (reason: string) =>
      donor.pledge.transition
        .mutate({ id: pledge.id, expectedVersion: 1, action: "commit", amount: "600", reason })
        .then(() => "OK")
        .catch((error: { data?: { code?: string } }) => error.data?.code);
    const results = await Promise.all([attempt("first"), attempt("second")]);
    expect(results.sort()).toEqual(["CONFLICT", "OK"]);
    const history = await donor.pledge.history.query({ id: pledge.id });
    expect(history).toHaveLength(2);
  });
});

describe("the projection", () => {
  it("is exactly the fold of the event log, for every pledge", async () => {
    expect(await server.store.rebuildProjection()).toEqual([]);
  });

  it("keeps the appeal funding totals equal to the sum of the pledges", async () => {
    expect(await server.store.verifyFundingTotals()).toEqual([]);
  });

  it("a tampered projection is detected", async () => {
    const [first] = await server.query<{ id: string; status: string }>(
      "select id, status from pledges where status <> 'cancelled' order by id limit 1",
    );
    const row = defined(first, "a pledge");
    await server.query("update pledges set status = ? where id = ?", ["cancelled", row.id]);
    expect((await server.store.rebuildProjection()).map((mismatch) => mismatch.pledgeId)).toEqual([row.id]);
    await server.query("update pledges set status = ? where id = ?", [row.status, row.id]);
  });
});
