import { setTimeout as sleep } from "node:timers/promises";
import { sql, type SQL } from "drizzle-orm";
import type { NodePgQueryResultHKT } from "drizzle-orm/node-postgres";
import type { PgDatabase } from "drizzle-orm/pg-core";
import type { PgLedgerDatabase } from "@solidaria/db/pg";
import { DomainError } from "../errors.js";

/** A transaction on the PostgreSQL ledger: every query of a transaction must go through it, never `db`. */
export type PgTx = Parameters<Parameters<PgLedgerDatabase["transaction"]>[0]>[0];

/** The pool or a transaction: what reads that may run either inside a transaction or alone accept. */
export type PgQueryable = PgDatabase<NodePgQueryResultHKT, PgLedgerDatabase["_"]["fullSchema"]>;

/**
 * The channel every ledger write notifies when it commits, so that each server node drops what it
 * cached of the public aggregates (a rolled-back transaction notifies no one).
 */
export const LEDGER_CHANGED_CHANNEL = "solidaria_ledger_changed";

/**
 * The notification of LEDGER_CHANGED_CHANNEL as an expression, for a transaction run with
 * `notify: "by run"` to put in the select list of the statement that writes: PostgreSQL queues it
 * and delivers it only when the transaction commits (a rollback drops it), so it may be queued by
 * any statement of the transaction, and this saves the round trip of a statement of its own.
 */
export const notifyLedgerChanged = (): SQL<void> => sql<void>`pg_notify(${LEDGER_CHANGED_CHANNEL}, '')`;

export interface PgTransactionOptions {
  /**
   * Notify `LEDGER_CHANGED_CHANNEL` on commit: set it for every transaction that writes the ledger.
   * true: one `select pg_notify(...)` after `run` succeeded. "by run": `run` selects
   * notifyLedgerChanged() itself in a statement that writes, on every path that writes (saving a
   * round trip while the transaction holds its locks), and nothing more is sent here.
   */
  readonly notify?: boolean | "by run";
  /** READ COMMITTED (the default) with explicit row locks is what the ledger's writes are built for. */
  readonly isolation?: "read committed" | "repeatable read";
  readonly readOnly?: boolean;
}

/**
 * SQLSTATEs after which the whole transaction is run again: it was rolled back by the server for
 * reasons of timing, not of content, and nothing of it was committed.
 * 40001 serialization_failure, 40P01 deadlock_detected, 55P03 lock_not_available (lock_timeout).
 */
const RETRYABLE = new Set(["40001", "40P01", "55P03"]);

/** How many times a transaction is tried in all before its last failure is thrown. */
export const MAX_TRANSACTION_ATTEMPTS = 5;

/**
 * The SQLSTATE of a failure: node-postgres puts it in `code`, and drizzle wraps the driver's error
 * in one of its own that keeps it as `cause`.
 */
function sqlStateOf(error: unknown): string | null {
  for (let cause = error, depth = 0; cause !== null && typeof cause === "object" && depth < 5; depth += 1) {
    const code = (cause as { code?: unknown }).code;
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return code;
    cause = (cause as { cause?: unknown }).cause;
  }
  return null;
}

/** Whether running the same transaction again may succeed where it just failed. */
function isRetryable(error: unknown): boolean {
  if (error instanceof DomainError) return false;
  const state = sqlStateOf(error);
  return state !== null && RETRYABLE.has(state);
}

/**
 * Runs `run` in one transaction and returns what it returns. A transaction the server aborts for a
 * serialization failure, a deadlock or a lock timeout is run again from the start (up to
 * MAX_TRANSACTION_ATTEMPTS in all, after a short random pause so that the contenders do not collide
 * again), so `run` must do nothing outside the database that cannot be repeated. A refusal (a
 * DomainError) rolls the transaction back and is thrown as it is; so is any other failure.
 */
export async function withPgTransaction<T>(
  db: PgLedgerDatabase,
  run: (tx: PgTx) => Promise<T>,
  options: PgTransactionOptions = {},
): Promise<T> {
  const config = {
    isolationLevel: options.isolation ?? "read committed",
    accessMode: options.readOnly ? "read only" : "read write",
  } as const;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await db.transaction(async (tx) => {
        const result = await run(tx);
        // Last, so that it is only queued once the work has succeeded; delivered only on commit.
        if (options.notify === true) await tx.execute(sql`select pg_notify(${LEDGER_CHANGED_CHANNEL}, '')`);
        return result;
      }, config);
    } catch (error) {
      if (attempt >= MAX_TRANSACTION_ATTEMPTS || !isRetryable(error)) throw error;
      // 5–10 ms, then 10–20, 20–40, 40–80: jittered so that two contenders do not meet again.
      const base = 5 * 2 ** (attempt - 1);
      await sleep(base + Math.random() * base);
    }
  }
}
