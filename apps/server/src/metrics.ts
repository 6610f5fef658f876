import { statSync } from "node:fs";
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";

/**
 * The server's Prometheus metrics, served at /metrics. Label values come from fixed sets (known
 * procedure names, tRPC error codes, routes, status codes), never from what a client sends, so that
 * no client can grow the number of series.
 */
export class ServerMetrics {
  readonly registry = new Registry();

  /** tRPC calls by procedure and outcome ("ok" or the tRPC error code). */
  private readonly calls = new Counter({
    name: "solidaria_trpc_calls_total",
    help: "tRPC calls by procedure and outcome (ok, or the tRPC error code)",
    labelNames: ["procedure", "outcome"] as const,
    registers: [this.registry],
  });

  /** The HTTP request's duration, per procedure it carried (a batch counts for each of its calls). */
  private readonly latency = new Histogram({
    name: "solidaria_trpc_duration_seconds",
    help: "Duration of the HTTP request that carried each tRPC call, by procedure",
    labelNames: ["procedure"] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  /** Calls per tRPC HTTP request; `type="mutation"` are the write batches clients send. */
  readonly batchCalls = new Histogram({
    name: "solidaria_trpc_batch_calls",
    help: "Calls per tRPC HTTP request, by procedure type (mutation: the write batches)",
    labelNames: ["type"] as const,
    buckets: [1, 2, 3, 5, 8, 10, 20, 50, 100],
    registers: [this.registry],
  });

  private readonly requests = new Counter({
    name: "solidaria_http_requests_total",
    help: "HTTP requests answered, by route and status",
    labelNames: ["route", "status"] as const,
    registers: [this.registry],
  });

  readonly aborted = new Counter({
    name: "solidaria_http_aborted_total",
    help: "Requests the client abandoned before the answer was complete (an upload cut, a download stopped)",
    registers: [this.registry],
  });

  readonly rateLimited = new Counter({
    name: "solidaria_http_rate_limited_total",
    help: "Requests refused with 429 because their client had used up its calls without a token",
    registers: [this.registry],
  });

  // Labelled series looked up once: prom-client otherwise hashes the labels on every update.
  readonly #callSeries = new Map<string, { inc(): void }>();
  readonly #latencySeries = new Map<string, { observe(value: number): void }>();
  readonly #requestSeries = new Map<string, { inc(): void }>();

  /** One tRPC call: its outcome and the duration of the request that carried it. */
  recordCall(procedure: string, outcome: string, seconds: number): void {
    const key = `${procedure} ${outcome}`;
    let calls = this.#callSeries.get(key);
    if (calls === undefined) this.#callSeries.set(key, (calls = this.calls.labels(procedure, outcome)));
    calls.inc();
    let latency = this.#latencySeries.get(procedure);
    if (latency === undefined) this.#latencySeries.set(procedure, (latency = this.latency.labels(procedure)));
    latency.observe(seconds);
  }

  /** One HTTP answer, by route and status. */
  recordRequest(route: string, status: number): void {
    const key = `${route} ${status}`;
    let series = this.#requestSeries.get(key);
    if (series === undefined) this.#requestSeries.set(key, (series = this.requests.labels(route, String(status))));
    series.inc();
  }

  /** `sqliteFile`: the ledger's SQLite file, whose WAL is measured (null on PostgreSQL or in memory). */
  constructor(sqliteFile: string | null) {
    const file = sqliteFile === ":memory:" ? null : sqliteFile;
    new Gauge({
      name: "solidaria_sqlite_wal_bytes",
      help: "Size of the SQLite write-ahead log (grows until a checkpoint copies it into the database)",
      registers: [this.registry],
      collect() {
        this.set(file === null ? 0 : fileSize(`${file}-wal`));
      },
    });
    new Gauge({
      name: "solidaria_sqlite_database_bytes",
      help: "Size of the SQLite database file",
      registers: [this.registry],
      collect() {
        this.set(file === null ? 0 : fileSize(file));
      },
    });
    // Process figures: memory, CPU, event-loop delay (what a blocking request shows up in), handles.
    collectDefaultMetrics({ register: this.registry });
  }
}

function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    // No WAL file between a clean close and the next write: an empty log.
    return 0;
  }
}
