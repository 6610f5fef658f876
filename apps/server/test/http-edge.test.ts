import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../src/logger.js";
import { countOf, defined, key, logCapture, startTestServer, TEST_DIALECT, type TestServer } from "./harness.js";

/** Finding 4, its HTTP parts: what every answer says, bodies in other charsets, a full disk, cut uploads. */
let server: TestServer;
let token: string;
let now = 0;
const log = logCapture();

beforeAll(async () => {
  server = await startTestServer({
    logger: createLogger("info", log),
    clock: () => now,
    allowedOrigins: ["https://dashboard.example"],
  });
  token = await server.token("demo-donor-eu", "donor");
});
afterAll(async () => server?.close());

const pledgeInput = (idempotencyKey = key()) => ({
  kind: "funding",
  idempotencyKey,
  appealId: "demo-rmrp-2019",
  programme: "training",
  year: 2020,
  amount: "10",
  currency: "USD",
});

const create = (body: string | Uint8Array, contentType: string, batch = false) =>
  fetch(`${server.url}/trpc/pledge.create${batch ? "?batch=1" : ""}`, {
    method: "POST",
    headers: { "content-type": contentType, authorization: `Bearer ${token}` },
    body,
  });

const pledgeCount = () => countOf(server.query, "select count(*) as n from pledges");

describe("every answer", () => {
  it("says X-Content-Type-Options: nosniff, whatever the route and status", async () => {
    const answers = await Promise.all([
      fetch(`${server.url}/trpc/health`),
      fetch(`${server.url}/trpc/me`),
      fetch(`${server.url}/trpc/nope`),
      fetch(`${server.url}/nowhere`),
      fetch(`${server.url}/trpc/health`, { headers: { origin: "https://evil.example" } }),
      fetch(`${server.url}/trpc/health`, { method: "OPTIONS", headers: { origin: "https://dashboard.example" } }),
      fetch(`${server.url}/export/pledges.csv`, { headers: { authorization: `Bearer ${token}` } }),
      fetch(`${server.url}/health`),
      fetch(`${server.url}/ready`),
      fetch(`${server.url}/metrics`),
    ]);
    expect(answers.map((answer) => answer.status)).toEqual([200, 401, 404, 404, 403, 204, 200, 200, 200, 200]);
    for (const answer of answers) expect(answer.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("to a request with credentials is never stored by a cache; public answers may be", async () => {
    const authed = await fetch(`${server.url}/trpc/me`, { headers: { authorization: `Bearer ${token}` } });
    expect(authed.headers.get("cache-control")).toBe("no-store");
    const refused = await fetch(`${server.url}/trpc/me`, { headers: { authorization: "Bearer wrong" } });
    expect(refused.headers.get("cache-control")).toBe("no-store");
    const batch = await fetch(`${server.url}/trpc/me,health?batch=1`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(batch.headers.get("cache-control")).toBe("no-store");
    expect((await fetch(`${server.url}/trpc/situation.list`)).headers.get("cache-control")).toBeNull();
  });
});

describe("request bodies", () => {
  it("declared in a charset other than UTF-8 are refused with 415, naming it, and nothing is written", async () => {
    const before = await pledgeCount();
    const latin1 = Buffer.from(JSON.stringify({ ...pledgeInput(), note: "Perú" }), "latin1");
    const refused = await create(latin1, "application/json; charset=latin1");
    expect(refused.status).toBe(415);
    const body = (await refused.json()) as { error: { message: string; data: { code: string } } };
    expect(body.error).toMatchObject({
      message: "the request body must be UTF-8 (charset=utf-8), not latin1",
      data: { code: "UNSUPPORTED_MEDIA_TYPE" },
    });
    const batched = await create(
      Buffer.from(JSON.stringify({ 0: pledgeInput() }), "latin1"),
      "application/json; charset=ISO-8859-1",
      true,
    );
    expect(batched.status).toBe(415);
    expect(await pledgeCount()).toBe(before);
  });

  it("that are not valid UTF-8 are refused with 400 rather than read with replacement characters", async () => {
    const before = await pledgeCount();
    const refused = await create(
      Buffer.from(JSON.stringify({ ...pledgeInput(), note: "Perú" }), "latin1"),
      "application/json",
    );
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toBe(
      "the request body is not valid UTF-8",
    );
    expect(await pledgeCount()).toBe(before);
    const accepted = await create(
      JSON.stringify({ ...pledgeInput(), note: "Perú" }),
      "application/json; charset=UTF-8",
    );
    expect(accepted.status).toBe(200);
    expect(((await accepted.json()) as { result: { data: { note: string } } }).result.data.note).toBe("Perú");
  });
});

// SQLite's own size limit stands in for a full disk; PostgreSQL has no such per-connection limit to
// set. Its disk_full (SQLSTATE 53100) is told apart the same way: src/disk-full.test.ts.
describe.skipIf(TEST_DIALECT !== "sqlite")("a full disk", () => {
  it("answers 503 with Retry-After, writes nothing, and writes again once there is room", async () => {
    const sqlite = defined(server.sqlite, "the server's SQLite connection").$client;
    const pages = sqlite.pragma("page_count", { simple: true }) as number;
    // SQLite's own limit on the file's size: writes beyond it fail with SQLITE_FULL, as on a full disk.
    sqlite.pragma(`max_page_count = ${pages}`);
    try {
      let refused: Response | undefined;
      let refusedKey = "";
      for (let attempt = 0; attempt < 500 && refused === undefined; attempt += 1) {
        refusedKey = key();
        const response = await create(
          JSON.stringify({ ...pledgeInput(refusedKey), note: "x".repeat(400) }),
          "application/json",
        );
        if (response.status !== 200) refused = response;
      }
      if (refused === undefined) throw new Error("Expected the database to fill up within 500 pledges");
      expect(refused.status).toBe(503);
      expect(refused.headers.get("retry-after")).toBe("60");
      const body = (await refused.json()) as { error: { message: string; data: { code: string } } };
      expect(body.error).toMatchObject({
        message: "the server's disk is full: nothing was written; try again later",
        data: { code: "SERVICE_UNAVAILABLE" },
      });
      expect(await server.query("select * from pledges where idempotency_key = ?", [refusedKey])).toEqual([]);
      // Through tRPC's own path (a batch), the status and Retry-After are the same.
      const batched = await create(JSON.stringify({ 0: pledgeInput() }), "application/json", true);
      expect(batched.status).toBe(503);
      expect(batched.headers.get("retry-after")).toBe("60");
      expect(log.lines.some((line) => line.msg === "internal error")).toBe(false);
    } finally {
      sqlite.pragma("max_page_count = 4294967294");
    }
    expect((await create(JSON.stringify(pledgeInput()), "application/json")).status).toBe(200);
  });
});

describe("an upload the client cuts", () => {
  /** Sends the headers and part of a body, then closes the connection. */
  const cutUpload = () =>
    new Promise<void>((resolve, reject) => {
      const url = new URL(server.url);
      const socket = connect(Number(url.port), url.hostname, () => {
        socket.write(
          `POST /trpc/pledge.create HTTP/1.1\r\nHost: ${url.host}\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n{"kind":`,
          () => {
            socket.destroy();
            resolve();
          },
        );
      });
      socket.on("error", reject);
    });
  const abortedSoFar = async () => {
    const text = await (await fetch(`${server.url}/metrics`)).text();
    return Number(/^solidaria_http_aborted_total (\d+)/m.exec(text)?.[1] ?? 0);
  };
  const abortLines = () => log.lines.filter((line) => String(line.msg).includes("cut its request"));

  it("is logged in one line without a stack, at most once a minute, with how many were left out", async () => {
    now = 10_000_000;
    const before = await abortedSoFar();
    for (let cut = 0; cut < 30; cut += 1) await cutUpload();
    await expect.poll(abortedSoFar, { timeout: 20_000 }).toBe(before + 30);
    expect(abortLines()).toHaveLength(1);
    expect(abortLines()[0]).toMatchObject({ level: "warn", leftOut: 0 });
    expect(abortLines()[0]).not.toHaveProperty("err");
    expect(log.raw.join("")).not.toMatch(/ECONNRESET|at .*\.js:\d+/);
    now += 60_000;
    await cutUpload();
    await expect.poll(abortedSoFar, { timeout: 20_000 }).toBe(before + 31);
    expect(abortLines()).toHaveLength(2);
    expect(abortLines()[1]).toMatchObject({ leftOut: 29 });
  });
});
