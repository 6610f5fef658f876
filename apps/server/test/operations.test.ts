import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../src/logger.js";
import { defined, key, logCapture, startTestServer, TEST_DIALECT, type TestServer } from "./harness.js";

/** Part 5, the operator's view: liveness and readiness, Prometheus metrics, one JSON log line per request. */
let server: TestServer;
let token: string;
const log = logCapture();

beforeAll(async () => {
  server = await startTestServer({ logger: createLogger("info", log) });
  token = await server.token("demo-donor-eu", "donor");
});
afterAll(async () => server?.close());

const createPledge = (idempotencyKey: string, requestId?: string) =>
  fetch(`${server.url}/trpc/pledge.create`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      authorization: `Bearer ${token}`,
      ...(requestId ? { "x-request-id": requestId } : {}),
    },
    body: JSON.stringify({
      kind: "funding",
      idempotencyKey,
      appealId: "demo-rmrp-2019",
      programme: "training",
      year: 2020,
      amount: "10",
      currency: "USD",
      note: "a note that must stay out of the log",
    }),
  });

describe("/health and /ready", () => {
  it("/health says the process answers; /ready that the database answers with every migration applied", async () => {
    const health = await fetch(`${server.url}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: "ok", api: "/trpc" });
    const ready = await fetch(`${server.url}/ready`);
    expect(ready.status).toBe(200);
    const body = (await ready.json()) as {
      status: string;
      database: string;
      migrations: { expected: number; applied: number };
    };
    expect(body).toMatchObject({ status: "ready", database: "ok" });
    expect(body.migrations.applied).toBe(body.migrations.expected);
  });

  it("/ready answers 503 while a committed migration is not applied", async () => {
    // drizzle's migrator keeps its record in `drizzle.__drizzle_migrations` on PostgreSQL.
    const table = TEST_DIALECT === "postgresql" ? "drizzle.__drizzle_migrations" : "__drizzle_migrations";
    const [last] = await server.query<{ hash: string; createdAt: number }>(
      `select hash, created_at as "createdAt" from ${table} order by created_at desc limit 1`,
    );
    const newest = defined(last, "an applied migration");
    await server.query(`delete from ${table} where created_at = ?`, [newest.createdAt]);
    try {
      const ready = await fetch(`${server.url}/ready`);
      expect(ready.status).toBe(503);
      const body = (await ready.json()) as { status: string; migrations: { expected: number; applied: number } };
      expect(body.status).toBe("not-ready");
      expect(body.migrations.applied).toBe(body.migrations.expected - 1);
    } finally {
      await server.query(`insert into ${table} (hash, created_at) values (?, ?)`, [newest.hash, newest.createdAt]);
    }
    expect((await fetch(`${server.url}/ready`)).status).toBe(200);
  });
});

describe("/metrics", () => {
  it("counts calls and latency per procedure, write batches and the WAL's size, in Prometheus' format", async () => {
    expect((await createPledge(key())).status).toBe(200);
    await fetch(`${server.url}/trpc/report.coverage,report.places?batch=1`, {
      headers: { authorization: `Bearer ${token}` },
    });
    await fetch(`${server.url}/trpc/made.up.name`);
    // A batch whose calls end differently: each is counted under its own outcome.
    await fetch(`${server.url}/trpc/situation.list,me?batch=1`);
    // A dashboard page, under one label whatever its client-side path.
    await fetch(`${server.url}/pledges/some-pledge`, { headers: { accept: "text/html" } });
    const response = await fetch(`${server.url}/metrics`);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    expect(text).toMatch(/^solidaria_trpc_calls_total\{procedure="pledge\.create",outcome="ok"\} 1$/m);
    expect(text).toMatch(/^solidaria_trpc_calls_total\{procedure="report\.places",outcome="ok"\} 1$/m);
    expect(text).toMatch(/^solidaria_trpc_calls_total\{procedure="unknown",outcome="NOT_FOUND"\} 1$/m);
    expect(text).not.toContain("made.up.name");
    expect(text).toMatch(/^solidaria_trpc_calls_total\{procedure="me",outcome="UNAUTHORIZED"\} 1$/m);
    expect(text).toMatch(/^solidaria_trpc_calls_total\{procedure="situation\.list",outcome="ok"\} 1$/m);
    expect(text).toMatch(/^solidaria_trpc_duration_seconds_count\{procedure="pledge\.create"\} 1$/m);
    expect(text).toMatch(/^solidaria_trpc_batch_calls_bucket\{le="2",type="query"\} 2$/m);
    expect(text).toMatch(/^solidaria_trpc_batch_calls_count\{type="mutation"\} 1$/m);
    const walBytes = Number(/^solidaria_sqlite_wal_bytes (\d+)$/m.exec(text)?.[1]);
    // On PostgreSQL there is no SQLite file: the gauge is there, at zero.
    if (TEST_DIALECT === "sqlite") expect(walBytes).toBeGreaterThan(0);
    else expect(walBytes).toBe(0);
    expect(text).toMatch(/^solidaria_http_requests_total\{route="\/trpc",status="200"\} \d+$/m);
    expect(text).toMatch(/^solidaria_http_requests_total\{route="\/dashboard",status="200"\} 1$/m);
    expect(text).not.toContain("some-pledge");
    // The event-loop delay is where a request that holds the loop shows.
    expect(text).toMatch(/^nodejs_eventloop_lag_p99_seconds /m);
  });
});

describe("the log", () => {
  it("has one JSON line per request: id, procedure, organisation, status, outcome and duration", async () => {
    const idempotencyKey = key("logged");
    const response = await createPledge(idempotencyKey, "req-from-proxy-1");
    expect(response.headers.get("x-request-id")).toBe("req-from-proxy-1");
    const line = log.lines.find((entry) => entry.reqId === "req-from-proxy-1");
    expect(line).toMatchObject({
      level: "info",
      service: "solidaria",
      msg: "request",
      method: "POST",
      route: "/trpc",
      procedures: ["pledge.create"],
      organisation: "demo-donor-eu",
      status: 200,
      outcome: "ok",
    });
    expect(typeof line?.durationMs).toBe("number");
    expect(typeof line?.time).toBe("string");
    // No input (case data has no place here, and pledges' notes and keys neither), no token.
    const raw = log.raw.join("");
    expect(raw).not.toContain(idempotencyKey);
    expect(raw).not.toContain("a note that must stay out of the log");
    expect(raw).not.toContain(token);
  });

  it("names the error code of a failed call, and makes its own request id when none usable was sent", async () => {
    const response = await fetch(`${server.url}/trpc/me`, { headers: { "x-request-id": "not plain <script>" } });
    const id = response.headers.get("x-request-id");
    expect(id).toMatch(/^[0-9a-f]{8}-\d+$/);
    expect(log.lines.find((entry) => entry.reqId === id)).toMatchObject({
      procedures: ["me"],
      organisation: null,
      status: 401,
      outcome: "UNAUTHORIZED",
    });
  });

  it("keeps probes and scrapes out of the info level", async () => {
    const response = await fetch(`${server.url}/health`);
    const id = response.headers.get("x-request-id");
    expect(id).not.toBeNull();
    // Lines are written as requests finish: once the next request's line is there, the probe's would be.
    const next = (await fetch(`${server.url}/trpc/health`)).headers.get("x-request-id");
    await expect.poll(() => log.lines.some((entry) => entry.reqId === next)).toBe(true);
    expect(log.lines.some((entry) => entry.reqId === id)).toBe(false);
  });
});
