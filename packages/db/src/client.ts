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
  const db: LedgerDatabase = drizzle({ client: sqlite, schema });
  if ((options.migrate ?? true) && !options.readonly) migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  return db;
}

/** An online backup: a consistent copy while the server keeps writing. */
export async function backupDatabase(db: LedgerDatabase, destination: string): Promise<void> {
  mkdirSync(dirname(resolve(destination)), { recursive: true });
  await db.$client.backup(destination);
}

export function closeDatabase(db: LedgerDatabase): void {
  db.$client.close();
}
