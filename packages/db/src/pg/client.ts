import pg from "pg";
import { sql } from "drizzle-orm";
import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import { readMigrationFiles } from "drizzle-orm/migrator";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { MigrationStatus } from "../migration-status.js";
import * as schema from "./schema.js";

export type PgLedgerDatabase = NodePgDatabase<typeof schema> & { $client: pg.Pool };

/** Where the committed PostgreSQL migrations live (next to src/ and dist/, as ../../migrations-pg). */
export const PG_MIGRATIONS_FOLDER = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "migrations-pg");

export interface PgOpenOptions {
  /** Apply pending migrations on open (default true). */
  readonly migrate?: boolean;
  /** Connections this process keeps at most (default 10); every node and worker has its own pool. */
  readonly max?: number;
  /** How the connections appear in pg_stat_activity (default `solidaria/<pid>`). */
  readonly applicationName?: string;
  /**
   * Called when an idle pooled connection fails (the server restarted, the network dropped it). The
   * pool has already discarded it and opens a new one on the next query, so this is only for logs.
   */
  readonly onIdleError?: (error: Error) => void;
}

/**
 * Key of the session-level advisory lock held while migrating: an arbitrary constant, shared by every
 * node on the database, that nothing else in the ledger uses.
 */
const MIGRATION_LOCK_KEY = 7_316_020_114_931;

/**
 * int8 (bigint, count(*)) as a JS number, refusing a value a number cannot hold exactly rather than
 * rounding it: money in minor units must never change on the way out of the database.
 */
function parseInt8(text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`PostgreSQL returned the integer ${text}, beyond what the ledger can hold exactly`);
  }
  return value;
}

/**
 * For this pool only (pg's global parsers stay as they are for any other code in the process). It
 * applies to queries made on the pool itself (`db.$client.query`). drizzle (its query builder and
 * `db.execute`) hands pg parsers of its own with every query, which fall back to pg's global ones:
 * there int8 arrives as a string, which `bigint({ mode: "number" })` columns and `.mapWith(Number)`
 * convert without this check.
 */
const types: pg.CustomTypesConfig = {
  getTypeParser: (id, format): unknown =>
    id === pg.types.builtins.INT8 && format !== "binary" ? parseInt8 : pg.types.getTypeParser(id, format),
};

/**
 * Opens a pool of connections to the PostgreSQL ledger at `url` and, by default, brings its schema up
 * to date. The timeouts bound what a stuck server or a forgotten transaction can hold: a request
 * fails after seconds instead of waiting for ever, and the server ends a session left idle inside a
 * transaction (a process killed mid-transaction on a host that vanished) so its row locks go.
 */
export async function openPgDatabase(url: string, options: PgOpenOptions = {}): Promise<PgLedgerDatabase> {
  const applicationName = options.applicationName ?? `solidaria/${process.pid}`;
  if (options.migrate ?? true) await migratePg(url, applicationName);
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
    keepAlive: true,
    statement_timeout: 10_000,
    lock_timeout: 5_000,
    idle_in_transaction_session_timeout: 30_000,
    application_name: applicationName,
    types,
  });
  // Without a listener, the `error` event of an idle connection that fails would crash the process.
  const onIdleError = options.onIdleError ?? (() => undefined);
  pool.on("error", (error) => onIdleError(error));
  return drizzle({ client: pool, schema });
}

/**
 * Applies the pending migrations on one connection of its own, holding an advisory lock: drizzle's
 * migrator takes no lock (it reads the last migration applied, then applies the newer ones), so
 * nodes starting together would otherwise race to apply the same DDL. The lock dies with the
 * connection if this process does. No statement or lock timeout here: waiting for another node's
 * migration, or a migration rewriting a large table, may take longer than any request should.
 */
async function migratePg(url: string, applicationName: string): Promise<void> {
  const client = new pg.Client({
    connectionString: url,
    connectionTimeoutMillis: 5_000,
    keepAlive: true,
    application_name: `${applicationName}/migrate`,
  });
  // A connection failure while a query runs rejects that query; the event must not crash the process.
  client.on("error", () => undefined);
  await client.connect();
  try {
    await client.query("select pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    try {
      await migrate(drizzle({ client }), { migrationsFolder: PG_MIGRATIONS_FOLDER });
    } finally {
      await client.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await client.end();
  }
}

/**
 * How far the database's schema is from the committed migrations, with the same meaning as
 * `migrationStatus` for SQLite: drizzle's PostgreSQL migrator records each migration it applies in
 * `drizzle.__drizzle_migrations` with the migration's folder timestamp, and applies those newer
 * than the last one recorded.
 */
export async function pgMigrationStatus(db: PgLedgerDatabase): Promise<MigrationStatus> {
  const committed = readMigrationFiles({ migrationsFolder: PG_MIGRATIONS_FOLDER });
  // Checked first: naming a missing table would fail the whole statement.
  const [table] = await db
    .execute<{ present: boolean }>(sql`select to_regclass('drizzle.__drizzle_migrations') is not null as present`)
    .then((result) => result.rows);
  let last: number | null = null;
  if (table?.present) {
    const [row] = await db
      .execute<{ last: string | null }>(sql`select max(created_at)::text as last from drizzle.__drizzle_migrations`)
      .then((result) => result.rows);
    last = row?.last == null ? null : Number(row.last);
  }
  const applied = last === null ? 0 : committed.filter((migration) => migration.folderMillis <= last).length;
  return { expected: committed.length, applied };
}

/** Closes the pool, waiting for the queries under way; closing twice is harmless. */
export async function closePgDatabase(db: PgLedgerDatabase): Promise<void> {
  if (!db.$client.ended) await db.$client.end();
}

/** Whether a `--db` value or DATABASE_URL names a PostgreSQL database rather than a SQLite file. */
export function isPostgresUrl(value: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(value);
}

/**
 * The URL as it may be shown in logs, `/ready` and command output: the password (in the user part or
 * as a query parameter) replaced by `***`. A URL that does not parse is hidden after its scheme,
 * since where its password is cannot be told.
 */
export function redactDatabaseUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(url)?.[0] ?? "";
    return `${scheme}***`;
  }
  if (parsed.password) parsed.password = "***";
  for (const name of [...parsed.searchParams.keys()]) {
    if (/password/i.test(name)) parsed.searchParams.set(name, "***");
  }
  return parsed.toString();
}

/**
 * The URL with no password at all, for a command people copy (pg_dump, psql): a password in the URL,
 * even `***`, would be sent instead of the one in PGPASSWORD or ~/.pgpass. Null when it does not parse.
 */
export function databaseUrlWithoutPassword(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  parsed.password = "";
  for (const name of [...parsed.searchParams.keys()]) {
    if (/password/i.test(name)) parsed.searchParams.delete(name);
  }
  return parsed.toString();
}
