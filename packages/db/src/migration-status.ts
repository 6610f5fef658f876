import { readMigrationFiles } from "drizzle-orm/migrator";
import { MIGRATIONS_FOLDER, type LedgerDatabase } from "./client.js";

export interface MigrationStatus {
  /** Committed migrations (packages/db/migrations). */
  readonly expected: number;
  /** Committed migrations the database has applied. */
  readonly applied: number;
}

/**
 * How far the database's schema is from the committed migrations. drizzle's SQLite migrator records
 * each migration it applies in `__drizzle_migrations` with the migration's folder timestamp, and
 * applies those newer than the last one recorded: a migration counts as applied when its timestamp
 * is at or below that mark.
 */
export function migrationStatus(db: LedgerDatabase): MigrationStatus {
  const committed = readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER });
  const hasTable = db.$client
    .prepare("select 1 from sqlite_master where type = 'table' and name = '__drizzle_migrations'")
    .get();
  const last = hasTable
    ? (db.$client.prepare("select max(created_at) from __drizzle_migrations").pluck().get() as number | null)
    : null;
  const applied = last === null ? 0 : committed.filter((migration) => migration.folderMillis <= last).length;
  return { expected: committed.length, applied };
}
