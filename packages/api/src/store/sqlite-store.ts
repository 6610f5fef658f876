import { changeStamp, closeDatabase, migrationStatus, type LedgerDatabase } from "@solidaria/db";
import { pledgeCsvExport } from "../export/pledge-export.js";
import { createPledge } from "../ledger/create-pledge.js";
import { transitionPledge } from "../ledger/transition-pledge.js";
import { writeBatcherFor } from "../ledger/write-batcher.js";
import { TokenBuckets } from "../rate-limit/token-buckets.js";
import { bindOperations, SQLITE_OPERATIONS, type LedgerStore } from "./ledger-store.js";

/**
 * The ledger in an SQLite file: the core's functions answer synchronously on the one connection of
 * this process; pledge writes share a commit with the writes that arrive in the same turn of the
 * event loop (the group commit of write-batcher.ts).
 */
export function sqliteStore(db: LedgerDatabase): LedgerStore {
  const batcher = writeBatcherFor(db);
  return {
    ...bindOperations(db, SQLITE_OPERATIONS),
    createPledge: (...args) => batcher.run(() => createPledge(db, ...args)),
    transitionPledge: (...args) => batcher.run(() => transitionPledge(db, ...args)),
    dialect: "sqlite",
    location: db.$client.name,
    pledgeCsvExport: (options) => pledgeCsvExport(db, options),
    changeStamp: () => changeStamp(db),
    readiness: () => {
      try {
        db.$client.prepare("select 1").get();
      } catch (error) {
        return Promise.resolve({ reachable: false, reason: error instanceof Error ? error.message : String(error) });
      }
      return Promise.resolve({ reachable: true, migrations: migrationStatus(db) });
    },
    // Each process counts its own callers: the limit is per worker process on one file.
    rateLimiter: ({ clock = () => performance.now(), ...limits }) => new TokenBuckets({ ...limits, clock }).limiter(),
    // Server processes on one file are started by one primary, which loads data before forking them.
    exclusively: (_name, run) => run(),
    close: () => {
      closeDatabase(db);
      return Promise.resolve();
    },
  };
}
