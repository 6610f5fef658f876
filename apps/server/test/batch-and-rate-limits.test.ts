import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countOf, key, startTestServer, type TestServer } from "./harness.js";

/**
 * Finding 1 of the attack on the landed server: one GET batch of 150 `export.csv` calls froze every
 * client for 117 s; anonymous batches of `situation.placesAvailable` stalled it for seconds each.
 */
let server: TestServer;
let viewerToken: string;
let donorToken: string;
let now = 0;

beforeAll(async () => {
  server = await startTestServer({ maxBatchSize: 10, anonymousRate: { burst: 12, perSecond: 2 }, clock: () => now });
  viewerToken = await server.token("demo-observer", "viewer");
  donorToken = await server.token("demo-donor-eu", "donor");
});
afterAll(async () => server?.close());

interface TrpcErrorBody {
  error: { message: string; data: { code: string; httpStatus: number } };
}

const batchUrl = (procedure: string, calls: number) =>
  `${server.url}/trpc/${Array.from({ length: calls }, () => procedure).join(",")}?batch=1&input=${encodeURIComponent(
    JSON.stringify(Object.fromEntries(Array.from({ length: calls }, (_, index) => [index, {}]))),
  )}`;

describe("tRPC batches", () => {
  it("over the limit are refused before any call runs, with a 400 that names the limit", async () => {
    const response = await fetch(batchUrl("report.coverage", 150), {
      headers: { authorization: `Bearer ${viewerToken}` },
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as TrpcErrorBody[];
    expect(body).toHaveLength(150);
    expect(body[0]?.error.message).toBe("a batch may hold at most 10 calls; this one has 150: send it in parts");
    expect(body[0]?.error.data.code).toBe("BAD_REQUEST");
  });

  it("of writes over the limit write nothing", async () => {
    const before = await countOf(server.query, "select count(*) as n from pledges");
    const create = () => ({
      kind: "funding",
      idempotencyKey: key(),
      appealId: "demo-rmrp-2019",
      programme: "training",
      year: 2020,
      amount: "10",
      currency: "USD",
    });
    const calls = 11;
    const response = await fetch(
      `${server.url}/trpc/${Array.from({ length: calls }, () => "pledge.create").join(",")}?batch=1`,
      {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${donorToken}` },
        body: JSON.stringify(Object.fromEntries(Array.from({ length: calls }, (_, index) => [index, create()]))),
      },
    );
    expect(response.status).toBe(400);
    expect(await countOf(server.query, "select count(*) as n from pledges")).toBe(before);
  });

  it("up to the limit are served", async () => {
    const response = await fetch(batchUrl("report.coverage", 10), {
      headers: { authorization: `Bearer ${viewerToken}` },
    });
    expect(response.status).toBe(200);
    expect((await response.json()) as unknown[]).toHaveLength(10);
  });
});

describe("calls without a token", () => {
  const anonymous = (procedure = "situation.list", headers: Record<string, string> = {}) =>
    fetch(`${server.url}/trpc/${procedure}`, { headers });

  it("are limited per address (burst, then a steady rate) with 429 and Retry-After; token holders are not", async () => {
    now = 1_000_000;
    for (let call = 0; call < 12; call += 1) expect((await anonymous()).status).toBe(200);
    const refused = await anonymous();
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("1");
    const body = (await refused.json()) as TrpcErrorBody;
    expect(body.error.data.code).toBe("TOO_MANY_REQUESTS");
    expect(body.error.message).toMatch(
      /\(at most 12 at once, then 2 a second\): try again in 1 s, or use an API token/,
    );
    // A made-up token is no token.
    expect((await anonymous("situation.list", { authorization: "Bearer not-a-token" })).status).toBe(429);
    // A valid token is not counted against the address.
    expect((await anonymous("situation.list", { authorization: `Bearer ${viewerToken}` })).status).toBe(200);
    // Half a second later (2 a second), one call is allowed again, and only one.
    now += 500;
    expect((await anonymous()).status).toBe(200);
    expect((await anonymous()).status).toBe(429);
  });

  it("count each call of a batch", async () => {
    now = 2_000_000;
    const batch = () => fetch(batchUrl("situation.placesAvailable", 5));
    expect((await batch()).status).toBe(200);
    expect((await batch()).status).toBe(200);
    // 10 of 12 spent: a batch of 5 waits for 3 more (1.5 s at 2 a second).
    const refused = await batch();
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("2");
    expect(
      ((await refused.json()) as TrpcErrorBody[]).every((call) => call.error.data.code === "TOO_MANY_REQUESTS"),
    ).toBe(true);
    now += 1_500;
    expect((await batch()).status).toBe(200);
  });
});
