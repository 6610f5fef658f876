import type { LedgerDatabase } from "@solidaria/db";

/**
 * Group commit: ledger writes that arrive in the same turn of the event loop share one SQLite
 * transaction. Each write still runs alone inside it (its own savepoint: a write that throws undoes
 * only itself) and in arrival order, so results are exactly those of one transaction per write; but
 * the commit, which writes the WAL, is paid once per group. Callers are answered only after the
 * commit, so nothing is acknowledged that a crash could lose.
 */
interface Job {
  run: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

export class WriteBatcher {
  #queue: Job[] = [];
  #scheduled = false;

  constructor(private readonly db: LedgerDatabase) {}

  /** Runs `write` (a function that does its own `db.transaction`) in the next group commit. */
  run<T>(write: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.#queue.push({ run: write, resolve: resolve as (value: unknown) => void, reject });
      if (!this.#scheduled) {
        this.#scheduled = true;
        setImmediate(() => this.#flush());
      }
    });
  }

  #flush(): void {
    const jobs = this.#queue;
    this.#queue = [];
    this.#scheduled = false;
    const sqlite = this.db.$client;
    const outcomes: ({ job: Job; ok: true; value: unknown } | { job: Job; ok: false; error: unknown })[] = [];
    try {
      sqlite.exec("BEGIN IMMEDIATE");
    } catch (error) {
      for (const job of jobs) job.reject(error);
      return;
    }
    for (const job of jobs) {
      try {
        // Inside an open transaction, better-sqlite3 turns the write's own transaction into a savepoint.
        outcomes.push({ job, ok: true, value: job.run() });
      } catch (error) {
        outcomes.push({ job, ok: false, error });
      }
    }
    try {
      sqlite.exec("COMMIT");
    } catch (error) {
      if (sqlite.inTransaction) sqlite.exec("ROLLBACK");
      for (const job of jobs) job.reject(error);
      return;
    }
    for (const outcome of outcomes) {
      if (outcome.ok) outcome.job.resolve(outcome.value);
      else outcome.job.reject(outcome.error);
    }
  }
}

const batchers = new WeakMap<LedgerDatabase, WriteBatcher>();

export function writeBatcherFor(db: LedgerDatabase): WriteBatcher {
  let batcher = batchers.get(db);
  if (!batcher) {
    batcher = new WriteBatcher(db);
    batchers.set(db, batcher);
  }
  return batcher;
}
