import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countOf, failure, key, startTestServer, type Client, type TestServer } from "./harness.js";

let server: TestServer;
let donor: Client;
let state: Client;
let token: string;

beforeAll(async () => {
  server = await startTestServer();
  donor = await server.client("demo-donor-eu", "donor");
  state = await server.client("demo-gov-br", "state");
  token = await server.token("demo-donor-eu", "donor", "raw http");
});
afterAll(async () => server?.close());

const valid = () => ({
  kind: "funding" as const,
  idempotencyKey: key(),
  programme: "training" as const,
  year: 2020,
  amount: "100.00",
  currency: "USD",
});

const rows = async () => ({
  pledges: await countOf(server.query, "select count(*) as n from pledges"),
  events: await countOf(server.query, "select count(*) as n from pledge_events"),
});

describe("bad input gets BAD_REQUEST naming the field, and nothing is written", () => {
  const cases: [string, Record<string, unknown>, RegExp][] = [
    ["unknown currency", { currency: "XYZ" }, /currency: is not an ISO 4217 currency code/],
    ["too many decimals", { amount: "10.001" }, /amount: USD has 2 decimal places, got "10.001"/],
    [
      "too many decimals for JPY",
      { amount: "10.5", currency: "JPY", usdRate: { usdPerUnit: "0.009", date: "2020-01-01", source: "t" } },
      /amount: JPY has no decimal places/,
    ],
    ["zero amount", { amount: "0" }, /amount: must be greater than zero/],
    ["negative amount", { amount: "-5" }, /amount: amount "-5" is negative/],
    ["not a number", { amount: "1e6" }, /amount: amount "1e6" is not a decimal number/],
    ["year out of range", { year: 1999 }, /year: must be 2000 or later/],
    [
      "rate date out of range",
      { currency: "EUR", usdRate: { usdPerUnit: "1.1", date: "1999-12-31", source: "t" } },
      /usdRate.date: must be between 2000-01-01 and 2100-12-31/,
    ],
    [
      "impossible date",
      { currency: "EUR", usdRate: { usdPerUnit: "1.1", date: "2020-02-30", source: "t" } },
      /usdRate.date: must be a real calendar date/,
    ],
    ["missing rate for a non-USD currency", { currency: "EUR" }, /usdRate: is required for EUR/],
    ["unknown field", { surprise: true }, /unknown field\(s\): "surprise"/],
    ["unknown programme", { programme: "walls" }, /programme: expected one of .*, got "walls"/],
    ["oversized note", { note: "x".repeat(501) }, /note: must have at most 500 characters/],
  ];

  for (const [name, change, message] of cases) {
    it(name, async () => {
      const before = await rows();
      const error = await failure(() => donor.pledge.create.mutate({ ...valid(), ...change }));
      expect(error.code).toBe("BAD_REQUEST");
      expect(error.httpStatus).toBe(400);
      expect(error.message).toMatch(message);
      expect(await rows()).toEqual(before);
    });
  }

  it("unknown countries and categories in a places pledge", async () => {
    const places = {
      kind: "places" as const,
      idempotencyKey: key(),
      programme: "solidarity-resettlement" as const,
      year: 2020,
      places: 5,
      resettlementCountry: "XX",
      hostCountry: "PE",
      category: "medical-needs" as const,
    };
    const error = await failure(() => state.pledge.create.mutate(places));
    expect(error.message).toMatch(/resettlementCountry: is not an ISO 3166-1 alpha-2 country code/);
    expect(
      (await failure(() => state.pledge.create.mutate({ ...places, resettlementCountry: "BR", places: 0 }))).message,
    ).toMatch(/places: must be at least 1/);
  });

  it("oversized bodies are refused before parsing (413)", async () => {
    const before = await rows();
    const response = await fetch(`${server.url}/trpc/pledge.create`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ ...valid(), note: "x".repeat(200_000) }),
    });
    expect(response.status).toBe(413);
    const body = (await response.json()) as { error: { data: { code: string } } };
    expect(body.error.data.code).toBe("PAYLOAD_TOO_LARGE");
    expect(await rows()).toEqual(before);
  });

  it("a malformed JSON body is a BAD_REQUEST", async () => {
    const response = await fetch(`${server.url}/trpc/pledge.create`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: "{not json",
    });
    expect(response.status).toBe(400);
  });
});

describe("HTTP host", () => {
  it("answers unknown routes with a JSON 404", async () => {
    const response = await fetch(`${server.url}/nope`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { code: "NOT_FOUND" } });
  });

  it("allows CORS only for configured origins and extensions", async () => {
    const closed = await fetch(`${server.url}/trpc/health`, { headers: { origin: "https://evil.example" } });
    expect(closed.status).toBe(403);
    // No extension is allowed unless named (any installed extension used to be).
    const extension = await fetch(`${server.url}/trpc/health`, {
      headers: { origin: "chrome-extension://abcdefghijklmnopabcdefghijklmnop" },
    });
    expect(extension.status).toBe(403);
    expect(extension.headers.get("access-control-allow-origin")).toBeNull();
    const configured = await startTestServer({
      allowedOrigins: ["https://dashboard.example"],
      extensionIds: ["known-id"],
    });
    try {
      const preflight = await fetch(`${configured.url}/trpc/pledge.create`, {
        method: "OPTIONS",
        headers: { origin: "https://dashboard.example" },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get("access-control-allow-headers")).toContain("authorization");
      expect(
        (await fetch(`${configured.url}/trpc/health`, { headers: { origin: "chrome-extension://other-id" } })).status,
      ).toBe(403);
      expect(
        (await fetch(`${configured.url}/trpc/health`, { headers: { origin: "moz-extension://known-id" } })).status,
      ).toBe(200);
    } finally {
      await configured.close();
    }
  });
});
