import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import * as schema from "./schema.js";

export type LedgerDatabase = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/** Where the committed SQL migrations live (next to src/ and dist/). */
export const MIGRATIONS_FOLDER = resolve(dirname(fileURLToPath(import.meta.url)), "..", "migrations");

export interface OpenOptions {
  /** Apply pending migrations on open (default true). */
  readonly migrate?: boolean;
  readonly readonly?: boolean;
}

/**
 * Opens (creating if needed) the SQLite ledger at `path` in WAL mode and brings its schema up to date.
 * WAL with synchronous=NORMAL keeps every committed transaction through a process crash (kill -9);
 * only an operating-system crash or power loss can lose the last few.
 */
export function openDatabase(path: string, options: OpenOptions = {}): LedgerDatabase {
  if (path !== ":memory:") mkdirSync(dirname(resolve(path)), { recursive: true });
  const sqlite = new Database(path, { readonly: options.readonly ?? false });
  sqlite.pragma("busy_timeout = 5000");
  if (!options.readonly) {
    sqlite.pragma("journal_mode = WAL");
    sqlite.pragma("synchronous = NORMAL");
  }
  sqlite.pragma("foreign_keys = ON");
  // ANALYZE (run by `optimize` below) samples this many rows per index rather than reading them all.
  sqlite.pragma("analysis_limit = 1000");
  const db: LedgerDatabase = drizzle({ client: sqlite, schema });
  if ((options.migrate ?? true) && !options.readonly) {
    migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
    // SQLite's advice for long-lived connections: gather index statistics where they are missing or
    // stale (bounded work), so a query with several filters uses the index of the most selective one.
    sqlite.pragma("optimize = 0x10002");
  }
  return db;
}

/** An online backup: a consistent copy while the server keeps writing. */
export async function backupDatabase(db: LedgerDatabase, destination: string): Promise<void> {
  mkdirSync(dirname(resolve(destination)), { recursive: true });
  await db.$client.backup(destination);
}

const stampStatements = new WeakMap<LedgerDatabase, Database.Statement<[], unknown[]>>();

/**
 * A value that changes whenever what this connection reads may have changed: a commit by any other
 * connection, such as another server process on the same file (SQLite's `data_version`), or a row
 * changed through this connection (`total_changes()`). Caches of what is read from the ledger compare
 * it instead of relying on every writer to invalidate them. It can change without a visible change (a
 * write rolled back), never the other way round.
 */
export function changeStamp(db: LedgerDatabase): string {
  let statement = stampStatements.get(db);
  if (!statement) {
    statement = db.$client
      .prepare<[], unknown[]>("select data_version, total_changes() from pragma_data_version")
      .raw(true);
    stampStatements.set(db, statement);
  }
  return String(statement.get());
}

export function closeDatabase(db: LedgerDatabase): void {
  if (!db.$client.readonly && db.$client.open) db.$client.pragma("optimize");
  db.$client.close();
}
