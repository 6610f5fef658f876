import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createHTTPServer } from "@trpc/server/adapters/standalone";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter, createContextFactory, sqliteStore, type LedgerStore } from "@solidaria/api";
import { openDatabase } from "@solidaria/db";
import { createToken } from "../src/admin.js";
import { seedDemoData } from "../src/demo-data.js";
import { createHttpServer, DEFAULT_MAX_BODY_BYTES, listen } from "../src/http-server.js";
import { createLogger } from "../src/logger.js";
import { openStore } from "../src/open-store.js";
import { freshLocation, TEST_DIALECT } from "./harness.js";

/**
 * Part 6: the fast HTTP path (src/trpc-http-adapter.ts) answers what tRPC's own adapter answers. The
 * same requests go, in the same order, to the server and to tRPC's standalone adapter over the same
 * router, each on its own copy of one database, with one pinned clock; status, the headers clients
 * act on and the body must be identical. Ids made at random (new pledges) are numbered in order of
 * appearance on each side. A tRPC upgrade that changes the wire format fails here.
 */
const NOW = () => new Date("2026-03-02T10:00:00.000Z");
const SAME_HEADERS = ["content-type", "vary", "allow", "retry-after"] as const;

interface Side {
  readonly url: string;
  readonly store: LedgerStore;
  readonly server: Server;
  /** Random ids seen on this side, numbered in order of appearance. */
  readonly ids: Map<string, string>;
}

let dir: string;
let fast: Side;
let stock: Side;
const tokens: Record<"coordinator" | "donor" | "viewer", string> = { coordinator: "", donor: "", viewer: "" };

/**
 * A copy of the seeded `template` ledger for one side: a copy of the SQLite file, or on PostgreSQL a
 * database created from the template one (CREATE DATABASE ... TEMPLATE), so that both sides hold the
 * same pledge ids and token secrets, as the file copies do. Seeding each side on its own would not
 * do: random pledge ids show un-numbered inside pledge.list's cursors, and pledges made at the same
 * instant are listed in the order of their random ids.
 */
async function copyOf(template: string, name: string): Promise<string> {
  if (TEST_DIALECT === "sqlite") {
    copyFileSync(template, join(dir, `${name}.sqlite`));
    return join(dir, `${name}.sqlite`);
  }
  const url = new URL(template);
  const source = decodeURIComponent(url.pathname.slice(1));
  const copy = `${source}_${name}`;
  // A database is copied while nobody is connected to it: connect to the cluster's own.
  url.pathname = "/postgres";
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await client.query(`create database "${copy}" template "${source}"`);
  } finally {
    await client.end();
  }
  url.pathname = `/${encodeURIComponent(copy)}`;
  return url.toString();
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "solidaria-wire-"));
  const template = await freshLocation(dir);
  const sqlite = TEST_DIALECT === "sqlite" ? openDatabase(template) : null;
  const store = sqlite === null ? await openStore(template) : sqliteStore(sqlite);
  try {
    await seedDemoData(store);
    const token = async (organisationId: string, role: string) =>
      (await createToken(store, { organisationId, role, label: "t" })).secret;
    tokens.coordinator = await token("demo-secretariat", "coordinator");
    tokens.donor = await token("demo-donor-eu", "donor");
    tokens.viewer = await token("demo-observer", "viewer");
  } finally {
    // On SQLite, everything into the file itself, ready to copy.
    sqlite?.$client.pragma("wal_checkpoint(TRUNCATE)");
    await store.close();
  }
  const fastStore = await openStore(await copyOf(template, "fast"));
  const fastServer = createHttpServer({
    store: fastStore,
    now: NOW,
    logger: createLogger("silent"),
    anonymousRate: null,
    maxBatchSize: 10,
  });
  fast = { store: fastStore, server: fastServer, url: await listen(fastServer, 0), ids: new Map() };
  const stockStore = await openStore(await copyOf(template, "stock"));
  const createContext = createContextFactory({ store: stockStore, now: NOW });
  const stockServer = createHTTPServer({
    router: appRouter,
    allowMethodOverride: true,
    basePath: "/trpc/",
    maxBodySize: DEFAULT_MAX_BODY_BYTES,
    createContext: ({ req }) => createContext({ req }),
  });
  stock = { store: stockStore, server: stockServer, url: await listen(stockServer, 0), ids: new Map() };
});

afterAll(async () => {
  for (const side of [fast, stock]) {
    if (!side) continue;
    side.server.closeAllConnections();
    await new Promise((resolve) => side.server.close(resolve));
    await side.store.close();
  }
  rmSync(dir, { recursive: true, force: true });
});

interface Exchange {
  readonly method?: string;
  readonly path: string;
  readonly token?: keyof typeof tokens | "forged";
  readonly headers?: Record<string, string>;
  readonly body?: string;
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/** The body with this side's random ids numbered, so both sides' bodies can be compared. */
function normalised(side: Side, body: string): string {
  return body.replace(UUID, (id) => {
    let label = side.ids.get(id);
    if (label === undefined) {
      label = `<id ${side.ids.size + 1}>`;
      side.ids.set(id, label);
    }
    return label;
  });
}

/** This side's own id for a numbered one, to use in a later request. */
function idOf(side: Side, label: string): string {
  for (const [id, known] of side.ids) if (known === label) return id;
  throw new Error(`Expected ${label} to have been seen on this side`);
}

async function send(side: Side, exchange: Exchange | ((side: Side) => Exchange)) {
  const {
    method = "GET",
    path,
    token,
    headers = {},
    body,
  } = typeof exchange === "function" ? exchange(side) : exchange;
  const authorization: Record<string, string> =
    token === undefined ? {} : { authorization: `Bearer ${token === "forged" ? "0".repeat(43) : tokens[token]}` };
  const response = await fetch(`${side.url}${path}`, {
    method,
    headers: { ...authorization, ...headers },
    ...(body === undefined ? {} : { body }),
  });
  return {
    status: response.status,
    headers: Object.fromEntries(SAME_HEADERS.map((name) => [name, response.headers.get(name)])),
    body: normalised(side, await response.text()),
  };
}

/** Sends `exchange` to the fast path, then to tRPC's adapter, and expects the same answer. */
async function same(exchange: Exchange | ((side: Side) => Exchange)) {
  const answer = await send(fast, exchange);
  expect(answer).toEqual(await send(stock, exchange));
  return answer;
}

const json = { "content-type": "application/json" };
const input = (value: unknown) => `input=${encodeURIComponent(JSON.stringify(value))}`;
const funding = (idempotencyKey: string, amount = "1500.50") =>
  JSON.stringify({
    kind: "funding",
    idempotencyKey,
    appealId: "demo-rmrp-2019",
    programme: "training",
    year: 2020,
    amount,
    currency: "EUR",
    usdRate: { usdPerUnit: "1.08", date: "2020-02-01", source: "ECB" },
  });

describe("the fast HTTP path and tRPC's own adapter", () => {
  it("answer queries alike: public, authenticated, with input, refused", async () => {
    expect((await same({ path: "/trpc/health" })).status).toBe(200);
    await same({ path: "/trpc/situation.list" });
    await same({ path: "/trpc/situation.placesAvailable" });
    await same({ path: "/trpc/me", token: "donor" });
    await same({ path: `/trpc/report.coverage?${input({ year: 2020 })}`, token: "viewer" });
    await same({ path: `/trpc/pledge.list?${input({ limit: 5 })}`, token: "coordinator" });
    expect((await same({ path: "/trpc/me" })).status).toBe(401);
    expect((await same({ path: "/trpc/me", token: "forged" })).status).toBe(401);
    expect((await same({ path: "/trpc/org.create", method: "GET", token: "viewer" })).status).toBe(405);
    // A query by POST, its input in the body (how the dashboard keeps an invitation's token out of URLs).
    const posted = await same({
      path: "/trpc/report.coverage",
      method: "POST",
      token: "viewer",
      headers: json,
      body: JSON.stringify({ year: 2020 }),
    });
    expect(posted.status).toBe(200);
  });

  it("answer bad input alike: a field named, an unknown procedure, malformed JSON", async () => {
    const bad = await same({ path: `/trpc/report.coverage?${input({ year: "2020" })}`, token: "viewer" });
    expect(bad.status).toBe(400);
    await same({ path: `/trpc/report.fairShare?${input({ kind: "money" })}`, token: "viewer" });
    expect((await same({ path: "/trpc/nothing.here" })).status).toBe(404);
    expect((await same({ path: "/trpc/report.coverage?input=%7Bnot-json", token: "viewer" })).status).toBe(400);
  });

  it("answer mutations alike: created, replayed, refused, conflicting", async () => {
    const created = await same({
      method: "POST",
      path: "/trpc/pledge.create",
      token: "donor",
      headers: json,
      body: funding("wire-key-1"),
    });
    expect(created.status).toBe(200);
    await same({
      method: "POST",
      path: "/trpc/pledge.create",
      token: "donor",
      headers: json,
      body: funding("wire-key-1"),
    });
    expect(
      (
        await same({
          method: "POST",
          path: "/trpc/pledge.create",
          token: "donor",
          headers: json,
          body: funding("wire-key-1", "9"),
        })
      ).status,
    ).toBe(409);
    expect(
      (
        await same({
          method: "POST",
          path: "/trpc/pledge.create",
          token: "viewer",
          headers: json,
          body: funding("wire-key-2"),
        })
      ).status,
    ).toBe(403);
    expect(
      (await same({ method: "POST", path: "/trpc/pledge.create", headers: json, body: funding("wire-key-3") })).status,
    ).toBe(401);
    await same({
      method: "POST",
      path: "/trpc/pledge.create",
      token: "donor",
      headers: json,
      body: funding("wire-key-4", "1,5"),
    });
    await same({ method: "POST", path: "/trpc/pledge.create", token: "donor", headers: json, body: "{not json" });
    await same({ method: "POST", path: "/trpc/pledge.create", token: "donor", headers: json, body: "" });
    await same({
      method: "POST",
      path: "/trpc/pledge.create",
      token: "donor",
      headers: { "content-type": "text/plain" },
      body: "{}",
    });
    await same({ method: "POST", path: "/trpc/health", headers: json, body: "{}" });
    const label = /"id":"(<id \d+>)"/.exec(created.body)?.[1];
    if (label === undefined) throw new Error(`Expected a pledge id in ${created.body}`);
    const transition = (side: Side) => ({
      method: "POST",
      path: "/trpc/pledge.transition",
      token: "donor" as const,
      headers: json,
      body: JSON.stringify({
        id: idOf(side, label),
        expectedVersion: 1,
        action: "commit",
        amount: "100",
        reason: "signed",
      }),
    });
    expect((await same(transition)).status).toBe(200);
    expect((await same(transition)).status).toBe(409);
  });

  it("answer sign-in calls alike: no session, wrong credentials, bad input", async () => {
    expect((await same({ path: "/trpc/auth.session" })).body).toBe('{"result":{"data":null}}');
    const signIn = (body: unknown) => ({
      method: "POST",
      path: "/trpc/auth.signIn",
      headers: { ...json, "x-csrf-token": "anonymous" },
      body: JSON.stringify(body),
    });
    expect((await same(signIn({ email: "nobody@example.org", password: "not the password" }))).status).toBe(401);
    expect((await same(signIn({ email: "not an email", password: "" }))).status).toBe(400);
    expect((await same({ path: `/trpc/auth.invitation?${input({ token: "A".repeat(43) })}` })).status).toBe(404);
  });

  it("answer batches alike: queries, mixed outcomes, mutations, streaming", async () => {
    await same({ path: `/trpc/health,situation.list,me?batch=1&${input({})}`, token: "viewer" });
    expect((await same({ path: `/trpc/health,me?batch=1&${input({})}` })).status).toBe(207);
    await same({
      path: `/trpc/report.coverage,report.places?batch=1&${input({ 0: { year: 2020 }, 1: { year: "x" } })}`,
      token: "viewer",
    });
    await same({
      method: "POST",
      path: "/trpc/pledge.create,pledge.create?batch=1",
      token: "donor",
      headers: json,
      body: `{"0":${funding("wire-key-batch-1")},"1":${funding("wire-key-batch-2", "-1")}}`,
    });
    await same({
      path: `/trpc/health,situation.list?batch=1&${input({})}`,
      headers: { "trpc-accept": "application/jsonl" },
    });
    await same({ method: "HEAD", path: "/trpc/health" });
  });

  it("differ only where the server means to: a clearer message for a body over the limit", async () => {
    const body = funding("wire-key-big").replace(
      '"currency"',
      `"note":"${"x".repeat(DEFAULT_MAX_BODY_BYTES)}","currency"`,
    );
    const exchange = { method: "POST", path: "/trpc/pledge.create", token: "donor" as const, headers: json, body };
    const [ours, theirs] = [await send(fast, exchange), await send(stock, exchange)];
    expect(ours.status).toBe(413);
    expect(theirs.status).toBe(413);
    expect(ours.headers).toEqual(theirs.headers);
    expect(JSON.parse(ours.body)).toMatchObject({
      error: { message: `request body over ${DEFAULT_MAX_BODY_BYTES} bytes` },
    });
    expect(JSON.parse(theirs.body)).toMatchObject({ error: { message: "PAYLOAD_TOO_LARGE" } });
  });
});
