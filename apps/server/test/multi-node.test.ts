import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { TRPCClientError } from "@trpc/client";
import { validators, valueOf, type LedgerStore } from "@solidaria/api";
import { createToken } from "../src/admin.js";
import { seedDemoData } from "../src/demo-data.js";
import { openStore } from "../src/open-store.js";
import { clientFor, freshLocation, TEST_DIALECT, type Client } from "./harness.js";
import { startServerProcess } from "./process.js";

/**
 * Three server processes on one PostgreSQL, as behind a load balancer, under a concurrent write load
 * of pledges and commitments to one appeal whose requirement the organisations' pledges reach (so the
 * per-organisation bound is contended from every node); one node is killed with SIGKILL mid-load. On
 * SQLite the same property of one file under kill -9 is test/durability.test.ts.
 */
const NODES = 3;
const DONORS = ["demo-donor-eu", "demo-donor-us", "demo-donor-ca"] as const;
const CLIENTS_PER_DONOR = 4;
/** Acknowledged writes in all; the kill comes after a third of them. */
const TARGET_WRITES = 450;
const APPEAL_ID = "multi-node-appeal";
/** USD 20,000: pledges of USD 50-400 reach it per organisation after about a hundred each. */
const REQUIRED_USD_MINOR = 2_000_000;

const SECRETARIAT = {
  tokenId: null,
  role: "coordinator",
  organisation: { id: "demo-secretariat", country: null },
} as const;

interface Node {
  readonly url: string;
  readonly child: ChildProcess;
  alive: boolean;
  /** Answers this node gave after the kill (successes and the ledger's own refusals). */
  answeredAfterKill: number;
}

interface Acknowledged {
  readonly id: string;
  readonly organisationId: string;
  readonly idempotencyKey: string;
  /** The version the last acknowledged write of it returned. */
  version: number;
  status: string;
}

/** The refusals the ledger gives by design under this load; anything else is a failure. */
type Refusal = "bound" | "stale-version";

function refusalOf(error: unknown): Refusal | null {
  if (!(error instanceof TRPCClientError)) return null;
  const code = (error.data as { code?: string } | undefined)?.code;
  // The appeal's requirement reached by the organisation's pledges (funding-rules.ts).
  if (code === "BAD_REQUEST" && error.message.includes("one organisation's pledges to an appeal are bounded"))
    return "bound";
  // Another client moved the pledge first (this load commits its own pledges from several clients).
  if (code === "CONFLICT" && error.message.includes("expectedVersion")) return "stale-version";
  return null;
}

/** Whether the call never got an answer (the node it reached died): no tRPC error code came back. */
const unanswered = (error: unknown) =>
  !(error instanceof TRPCClientError) || (error.data as { code?: string } | undefined)?.code === undefined;

describe.skipIf(TEST_DIALECT !== "postgresql")("several server nodes on one PostgreSQL", () => {
  let dir: string;
  let location: string;
  let store: LedgerStore;
  const nodes: Node[] = [];
  const tokens = new Map<string, string>();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "solidaria-nodes-"));
    location = await freshLocation(dir);
    store = await openStore(location, { poolSize: 4 });
    await seedDemoData(store);
    valueOf(
      await store.createAppeal(
        SECRETARIAT,
        validators.AppealCreate.parse({
          code: "MULTI-NODE-2026",
          title: "Appeal written to from three server nodes",
          year: 2026,
          requiredUsd: String(REQUIRED_USD_MINOR / 100),
        }),
        { id: APPEAL_ID },
      ),
    );
    for (const donor of DONORS)
      tokens.set(donor, (await createToken(store, { organisationId: donor, role: "donor", label: "load" })).secret);
    // Started together: each migrates under the advisory lock and serves as soon as it is ready.
    const started = await Promise.all(
      Array.from({ length: NODES }, () => startServerProcess(["--db", location], { SOLIDARIA_LOG_LEVEL: "warn" })),
    );
    for (const { url, child } of started) nodes.push({ url, child, alive: true, answeredAfterKill: 0 });
  });

  afterAll(async () => {
    for (const node of nodes) if (node.alive) node.child.kill("SIGTERM");
    await Promise.all(
      nodes.map((node) =>
        node.child.exitCode !== null || node.child.signalCode !== null
          ? Promise.resolve()
          : new Promise((resolve) => node.child.once("exit", resolve)),
      ),
    );
    await store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("keeps every acknowledged write, exact totals and a consistent projection when a node is killed mid-load", async () => {
    const acknowledged = new Map<string, Acknowledged>();
    const failures: string[] = [];
    let writes = 0;
    const refusals: Record<Refusal, number> = { bound: 0, "stale-version": 0 };
    let killed = false;
    let turn = 0;
    const clients = new Map<string, Client>();
    const clientOf = (node: Node, donor: string) => {
      const name = `${node.url} ${donor}`;
      let client = clients.get(name);
      if (!client) clients.set(name, (client = clientFor(node.url, tokens.get(donor))));
      return client;
    };

    /**
     * Sends one call to the next live node, and to the next one again when the node it reached
     * dies before answering: a create is repeated with the same idempotency key, so it is made once.
     */
    async function send<T>(
      donor: string,
      call: (client: Client) => Promise<T>,
      retryOnLoss: boolean,
    ): Promise<T | null> {
      for (let attempt = 0; attempt < NODES * 2; attempt += 1) {
        const live = nodes.filter((node) => node.alive);
        const node = live[(turn += 1) % live.length];
        if (!node) throw new Error("no node is left");
        try {
          const result = await call(clientOf(node, donor));
          if (killed) node.answeredAfterKill += 1;
          return result;
        } catch (error) {
          const refusal = refusalOf(error);
          if (refusal !== null) {
            if (killed) node.answeredAfterKill += 1;
            refusals[refusal] += 1;
            return null;
          }
          if (unanswered(error) && !node.alive) {
            // The node died with the call in flight: its outcome is unknown until the call is repeated.
            if (retryOnLoss) continue;
            return null;
          }
          failures.push(`${node.url}: ${error instanceof Error ? error.message : String(error)}`);
          return null;
        }
      }
      failures.push("a call found no node to answer it");
      return null;
    }

    async function load(donor: string, worker: number): Promise<void> {
      let sequence = 0;
      while (writes < TARGET_WRITES && failures.length === 0) {
        const own = [...acknowledged.values()].filter(
          (pledge) => pledge.organisationId === donor && pledge.status === "pledged",
        );
        const pledge = own[(sequence * 7) % Math.max(own.length, 1)];
        sequence += 1;
        if (pledge !== undefined && sequence % 3 === 0) {
          const moved = await send(
            donor,
            (client) =>
              client.pledge.transition.mutate({
                id: pledge.id,
                expectedVersion: pledge.version,
                action: "commit",
                amount: "10",
                reason: "tranche agreed",
              }),
            false,
          );
          if (moved) {
            pledge.version = moved.version;
            pledge.status = moved.status;
            writes += 1;
          }
          continue;
        }
        const idempotencyKey = `load-${donor}-${worker}-${sequence}`;
        const created = await send(
          donor,
          (client) =>
            client.pledge.create.mutate({
              kind: "funding",
              idempotencyKey,
              appealId: APPEAL_ID,
              programme: "solidarity-cities",
              year: 2026,
              amount: String(50 + ((sequence * 37 + worker * 11) % 351)),
              currency: "USD",
            }),
          true,
        );
        if (created) {
          acknowledged.set(created.id, {
            id: created.id,
            organisationId: created.organisationId,
            idempotencyKey,
            version: created.version,
            status: created.status,
          });
          writes += 1;
        }
      }
    }

    async function killOneNodeMidLoad(): Promise<void> {
      while (writes < TARGET_WRITES / 3 && failures.length === 0) await sleep(20);
      const victim = nodes[0];
      if (!victim) return;
      victim.alive = false;
      killed = true;
      victim.child.kill("SIGKILL");
    }

    await Promise.all([
      killOneNodeMidLoad(),
      ...DONORS.flatMap((donor) => Array.from({ length: CLIENTS_PER_DONOR }, (_, worker) => load(donor, worker))),
    ]);

    expect(failures).toEqual([]);
    expect(killed).toBe(true);
    expect(writes).toBeGreaterThanOrEqual(TARGET_WRITES);
    // The survivors kept answering after the kill, and say they are ready.
    for (const node of nodes.slice(1)) {
      expect(node.answeredAfterKill).toBeGreaterThan(0);
      expect((await fetch(`${node.url}/ready`)).status).toBe(200);
    }
    // The organisations did reach the requirement: the bound was contended from every node.
    expect(refusals.bound).toBeGreaterThan(0);

    // Every acknowledged write is there, at least at the version it was acknowledged with.
    for (const pledge of acknowledged.values()) {
      const row = await store.pledgeById(pledge.id);
      expect(row?.idempotencyKey).toBe(pledge.idempotencyKey);
      expect(row?.version ?? 0).toBeGreaterThanOrEqual(pledge.version);
    }
    // The projection is its events' fold, and the maintained totals are the projection's sums.
    expect(await store.rebuildProjection()).toEqual([]);
    expect(await store.verifyFundingTotals()).toEqual([]);
    // No organisation has pledged more than the requirement, however the nodes interleaved.
    const [coverage] = await store.coverageReport({ appealId: APPEAL_ID });
    expect(coverage?.largestPledger?.percentOfRequirement ?? 0).toBeLessThanOrEqual(100);
    expect(coverage?.largestPledger?.percentOfRequirement ?? 0).toBeGreaterThan(90);
  });
});
