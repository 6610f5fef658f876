/**
 * Attacks on a server holding a large ledger, each printed beside /health's latency measured during
 * it and, just before it, while the server was idle (the baseline of the same run). The attackers are
 * bounded in time (BENCH_ATTACK_MS each) and talk to loopback only.
 */
import { Agent, request } from "node:http";
import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import { sqliteStore } from "@solidaria/api";
import { openDatabase } from "@solidaria/db";
import { createToken } from "../src/admin.js";
import { percentile, startServer } from "./server-process.js";

const PHASE_MS = Number(process.env.BENCH_ATTACK_MS ?? 4_000);
/** The server's default batch limit (SOLIDARIA_MAX_BATCH). */
const MAX_BATCH = 10;
/** Queries a viewer may call without input, the candidates for the heaviest. */
const QUERIES = [
  "report.coverage",
  "report.places",
  "report.fairShare",
  "pledge.list",
  "appeal.list",
  "org.list",
  "situation.list",
  "situation.placesAvailable",
  "jurisdiction.list",
];

interface Answer {
  readonly status: number;
  readonly bytes: number;
  readonly ms: number;
}

const agent = new Agent({ keepAlive: true, maxSockets: 16 });

function get(url: string, headers: Record<string, string> = {}): Promise<Answer> {
  const began = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(url, { agent, headers }, (res) => {
      let bytes = 0;
      res.on("data", (chunk: Buffer) => (bytes += chunk.length));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, bytes, ms: performance.now() - began }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

const batchPath = (procedure: string, calls: number, input: object = {}) =>
  `/trpc/${Array.from({ length: calls }, () => procedure).join(",")}?batch=1&input=${encodeURIComponent(
    JSON.stringify(Object.fromEntries(Array.from({ length: calls }, (_, index) => [index, input]))),
  )}`;
/** A filter no pledge matches: the page query reads every pledge to find none. */
const MATCHES_NOTHING = { year: 2100, status: "arrived" };

/** /health, one request after the other, until `done`; the latencies in ms. */
async function probe(url: string, done: () => boolean): Promise<number[]> {
  const latencies: number[] = [];
  while (!done()) {
    latencies.push((await get(`${url}/health`)).ms);
    await sleep(20);
  }
  return latencies.sort((a, b) => a - b);
}

const shown = (latencies: number[]) =>
  `p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms, max ${(latencies.at(-1) ?? NaN).toFixed(1)} ms`;

/** Runs `attackers` copies of `attack` for PHASE_MS while /health is probed, after an idle baseline. */
async function phase(url: string, label: string, attackers: number, attack: () => Promise<Answer>): Promise<void> {
  const idleUntil = performance.now() + PHASE_MS / 2;
  const idle = await probe(url, () => performance.now() >= idleUntil);
  const until = performance.now() + PHASE_MS;
  const answers: Answer[] = [];
  const [during] = await Promise.all([
    probe(url, () => performance.now() >= until),
    ...Array.from({ length: attackers }, async () => {
      while (performance.now() < until) answers.push(await attack());
    }),
  ]);
  const statuses = [...new Set(answers.map((answer) => answer.status))].join("/");
  const slowest = Math.max(...answers.map((answer) => answer.ms));
  const megabytes = answers.reduce((sum, answer) => sum + answer.bytes, 0) / 1e6;
  console.log(`  ${label}`);
  console.log(
    `    attack: ${answers.length} requests by ${attackers} clients (HTTP ${statuses}), slowest ${slowest.toFixed(0)} ms, ${megabytes.toFixed(1)} MB received`,
  );
  console.log(`    /health during it: ${shown(during)}   baseline, idle just before: ${shown(idle)}`);
  const p99 = percentile(during, 99);
  console.log(`    target /health p99 <= 100 ms during the attack: ${p99 <= 100 ? "met" : "NOT met"}`);
}

export async function attacks(dbPath: string): Promise<void> {
  const db = openDatabase(dbPath);
  const store = sqliteStore(db);
  const token = (await createToken(store, { organisationId: "demo-observer", role: "viewer", label: "bench" })).secret;
  const pledges = db.$client.prepare("select count(*) from pledges").pluck().get() as number;
  await store.close();
  const server = await startServer(dbPath, 1);
  const auth = { authorization: `Bearer ${token}` };
  try {
    // The heaviest query a viewer may batch, measured on this ledger (best of three calls each).
    const costs: [string, number][] = [];
    for (const procedure of QUERIES) {
      let best = Infinity;
      for (let round = 0; round < 3; round += 1)
        best = Math.min(best, (await get(`${server.url}/trpc/${procedure}`, auth)).ms);
      costs.push([procedure, best]);
    }
    costs.sort((a, b) => b[1] - a[1]);
    const [heaviest = "report.coverage", cost = NaN] = costs[0] ?? [];
    console.log(
      `\nattacks on one server process over ${pledges.toLocaleString("en")} pledges (viewer token: not rate-limited)`,
    );
    console.log(
      `  heaviest batchable query: ${heaviest} (${cost.toFixed(1)} ms a call; next ${costs
        .slice(1, 3)
        .map(([name, ms]) => `${name} ${ms.toFixed(1)} ms`)
        .join(", ")})`,
    );
    await phase(server.url, `largest allowed batches (${MAX_BATCH}) of ${heaviest}, back to back`, 4, () =>
      get(`${server.url}${batchPath(heaviest, MAX_BATCH)}`, auth),
    );
    await phase(
      server.url,
      `largest allowed batches (${MAX_BATCH}) of pledge.list with a filter no pledge matches, back to back`,
      4,
      () => get(`${server.url}${batchPath("pledge.list", MAX_BATCH, MATCHES_NOTHING)}`, auth),
    );
    await phase(server.url, "the finding's request: batches of 150 calls (refused at once by the batch limit)", 4, () =>
      get(`${server.url}${batchPath(heaviest, 150)}`, auth),
    );
    await phase(server.url, "GET /export/pledges.csv, the whole ledger streamed, back to back", 2, () =>
      get(`${server.url}/export/pledges.csv`, auth),
    );
  } finally {
    await server.stop();
  }
}
