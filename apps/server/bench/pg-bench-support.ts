import { performance } from "node:perf_hooks";
import { percentile } from "./server-process.js";

export interface Throughput {
  readonly writes: number;
  readonly perSecond: number;
  readonly p50: number;
  readonly p99: number;
}

/**
 * `total` calls of `write`, by `clients` concurrent callers (caller i passes i, e.g. to pick its
 * node): the rate over the whole run and the latency of each call.
 */
export async function measureWrites(
  total: number,
  clients: number,
  write: (client: number) => Promise<unknown>,
): Promise<Throughput> {
  const latencies: number[] = [];
  let remaining = total;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      while (remaining > 0) {
        remaining -= 1;
        const began = performance.now();
        await write(client);
        latencies.push(performance.now() - began);
      }
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    writes: latencies.length,
    perSecond: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
  };
}

/** p50 and p99 (ms) of `rounds` calls of `run` after one untimed call; `before` runs untimed before each. */
export async function measureCalls(
  rounds: number,
  run: () => Promise<unknown>,
  before?: () => Promise<unknown>,
): Promise<{ p50: number; p99: number; min: number }> {
  await before?.();
  await run();
  const times: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    await before?.();
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99), min: times[0] ?? NaN };
}
