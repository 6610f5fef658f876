import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { failure, key, startTestServer, type Client, type TestServer } from "./harness.js";

/** Inputs at the edges: money that would stop adding up, keys that fair shares cannot serve, retries. */
let server: TestServer;
let donor: Client;
let coordinator: Client;
let viewer: Client;

beforeAll(async () => {
  server = await startTestServer();
  donor = await server.client("demo-donor-eu", "donor");
  coordinator = await server.client("demo-secretariat", "coordinator");
  viewer = await server.client("demo-observer", "viewer");
});
afterAll(async () => server?.close());

const funding = (amount: string, currency = "USD", usdPerUnit?: string) => ({
  kind: "funding" as const,
  idempotencyKey: key(),
  appealId: "demo-rmrp-2019",
  programme: "solidarity-cities" as const,
  year: 2020,
  amount,
  currency,
  ...(usdPerUnit ? { usdRate: { usdPerUnit, date: "2020-01-15", source: "test rate" } } : {}),
});

describe("money that would stop adding up exactly", () => {
  it("refuses an amount beyond what one pledge may carry, naming the field", async () => {
    const refused = await failure(() => donor.pledge.create.mutate(funding("90071992547409.91")));
    expect(refused.code).toBe("BAD_REQUEST");
    expect(refused.message).toMatch(/amount: is too large/);
    expect(await server.store.verifyFundingTotals()).toEqual([]);
  });

  it("refuses a zero rate and a rate whose USD equivalent is too large, as bad input rather than a crash", async () => {
    const zero = await failure(() => donor.pledge.create.mutate(funding("1000", "EUR", "0")));
    expect(zero).toMatchObject({ code: "BAD_REQUEST" });
    expect(zero.message).toMatch(/usdRate\.usdPerUnit: must be greater than zero/);
    const huge = await failure(() => donor.pledge.create.mutate(funding("9007199254.40", "EUR", "100000")));
    expect(huge).toMatchObject({ code: "BAD_REQUEST" });
    expect(huge.message).toMatch(/usdRate\.usdPerUnit: gives a USD equivalent above the limit/);
  });

  it("refuses an amendment whose USD equivalent is too large, leaving the pledge as it was", async () => {
    const pledge = await donor.pledge.create.mutate(funding("1000", "EUR", "1000"));
    const refused = await failure(() =>
      donor.pledge.transition.mutate({
        id: pledge.id,
        expectedVersion: 1,
        action: "amend",
        amount: "99999999999",
        reason: "typo",
      }),
    );
    expect(refused).toMatchObject({ code: "BAD_REQUEST" });
    expect(refused.message).toMatch(/amount: /);
    expect((await donor.pledge.get.query({ id: pledge.id })).version).toBe(1);
    expect(await server.store.verifyFundingTotals()).toEqual([]);
  });
});

describe("idempotent retries", () => {
  it("are the same request whatever the key order, amount notation or explicit own organisation", async () => {
    const idempotencyKey = key();
    const first = await donor.pledge.create.mutate({ ...funding("10"), idempotencyKey });
    const { kind, ...rest } = { ...funding("10.00"), idempotencyKey };
    const retry = await donor.pledge.create.mutate({ organisationId: "demo-donor-eu", ...rest, kind });
    expect(retry.id).toBe(first.id);
    const different = await failure(() => donor.pledge.create.mutate({ ...funding("11"), idempotencyKey }));
    expect(different.code).toBe("CONFLICT");
  });
});

describe("who moves what", () => {
  it("donors cannot move a places pledge, even one recorded for them", async () => {
    const places = await coordinator.pledge.create.mutate({
      kind: "places",
      idempotencyKey: key(),
      organisationId: "demo-donor-eu",
      programme: "solidarity-resettlement",
      year: 2020,
      places: 5,
      resettlementCountry: "BR",
      hostCountry: "PE",
      category: "medical-needs",
    });
    const refused = await failure(() =>
      donor.pledge.transition.mutate({
        id: places.id,
        expectedVersion: 1,
        action: "confirm",
        places: 5,
        reason: "confirmed",
      }),
    );
    expect(refused.code).toBe("FORBIDDEN");
  });
});

describe("reports and appeals", () => {
  it("a fair-share key the indicators cannot serve is bad input, for every role", async () => {
    const unknown = await failure(() =>
      viewer.report.fairShare.query({ kind: "places", key: { id: "k", weights: [{ indicator: "nope", weight: 1 }] } }),
    );
    expect(unknown).toMatchObject({ code: "BAD_REQUEST", httpStatus: 400 });
    expect(unknown.message).toMatch(/key: no state has every indicator/);
    const absurd = await failure(() =>
      viewer.report.fairShare.query({
        kind: "places",
        key: { id: "k", weights: [{ indicator: "population", weight: 1e308 }] },
      }),
    );
    expect(absurd.message).toMatch(/weight: must be 1000 or less/);
  });

  it("an appeal that lists a host country and category twice is refused, naming the repeat", async () => {
    const need = { hostCountry: "PE", category: "medical-needs" as const, needed: 5 };
    const refused = await failure(() =>
      coordinator.appeal.create.mutate({
        code: "DUP-NEEDS",
        title: "Duplicate needs",
        year: 2020,
        requiredUsd: "1000",
        placeNeeds: [need, need],
      }),
    );
    expect(refused).toMatchObject({ code: "BAD_REQUEST" });
    expect(refused.message).toMatch(/placeNeeds\[1\]: repeats PE medical-needs/);
    expect(refused.message).not.toMatch(/UNIQUE|constraint/i);
  });
});

describe("the HTTP edge", () => {
  it("answers a mutation whose body is not declared JSON as tRPC does: 415", async () => {
    const response = await fetch(`${server.url}/trpc/pledge.create`, {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: JSON.stringify(funding("10")),
    });
    expect(response.status).toBe(415);
  });
});
