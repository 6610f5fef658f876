import { afterEach, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { freshPgDatabase } from "../../test-support/index.js";
import {
  closePgDatabase,
  isPostgresUrl,
  openPgDatabase,
  pgMigrationStatus,
  redactDatabaseUrl,
  databaseUrlWithoutPassword,
  type PgLedgerDatabase,
} from "./client.js";
import { organisations } from "./schema.js";

const open: PgLedgerDatabase[] = [];
async function opened(url: string, options?: Parameters<typeof openPgDatabase>[1]): Promise<PgLedgerDatabase> {
  const db = await openPgDatabase(url, options);
  open.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(open.splice(0).map((db) => closePgDatabase(db)));
});

describe("openPgDatabase", () => {
  it("migrates the database, and pgMigrationStatus counts every committed migration as applied", async () => {
    const url = await freshPgDatabase();
    const db = await opened(url);
    const status = await pgMigrationStatus(db);
    expect(status.expected).toBeGreaterThan(0);
    expect(status.applied).toBe(status.expected);
  });

  it("lets several nodes start on a new database at once: one migrates, the others wait for it", async () => {
    const url = await freshPgDatabase();
    // A database the template did not migrate: drop what it has, so that all three race to migrate.
    const reset = await opened(url, { migrate: false });
    await reset.execute(sql`drop schema public cascade; drop schema drizzle cascade; create schema public`);
    expect(await pgMigrationStatus(reset)).toMatchObject({ applied: 0 });

    const nodes = await Promise.all([0, 1, 2].map((node) => opened(url, { applicationName: `node-${node}` })));
    for (const db of nodes) {
      const status = await pgMigrationStatus(db);
      expect(status.applied).toBe(status.expected);
    }
    const rows = await reset.$client.query<{ count: number }>(
      "select count(*) as count from drizzle.__drizzle_migrations",
    );
    expect(rows.rows[0]?.count).toBe((await pgMigrationStatus(reset)).expected);
  });

  it("reads int8 as a number, and refuses one a number cannot hold exactly", async () => {
    const db = await opened(await freshPgDatabase(), { migrate: false });
    const { rows } = await db.$client.query<{ n: unknown; c: unknown }>(
      "select 9007199254740991::int8 as n, count(*) as c from generate_series(1, 3)",
    );
    expect(rows[0]).toEqual({ n: Number.MAX_SAFE_INTEGER, c: 3 });
    await expect(db.$client.query("select 9007199254740992::int8")).rejects.toThrow(/beyond what the ledger can hold/);
    // The connection is still usable after the refusal.
    expect((await db.$client.query<{ n: unknown }>("select -5::int8 as n")).rows[0]).toEqual({ n: -5 });
  });

  it("returns the schema's defaults: created_at in the SQLite format", async () => {
    const db = await opened(await freshPgDatabase(), { migrate: false });
    const [row] = await db.insert(organisations).values({ id: "o", name: "O", kind: "donor" }).returning();
    expect(row?.demo).toBe(false);
    expect(row?.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });
});

describe("database URLs", () => {
  it("tells PostgreSQL URLs from file paths", () => {
    expect(isPostgresUrl("postgres://db/ledger")).toBe(true);
    expect(isPostgresUrl("postgresql://db/ledger")).toBe(true);
    expect(isPostgresUrl("data/solidaria.sqlite")).toBe(false);
    expect(isPostgresUrl("/var/lib/postgres://x")).toBe(false);
  });

  it("hides the password", () => {
    expect(databaseUrlWithoutPassword("postgres://user:s3cret@host:5432/db?sslmode=require&sslpassword=x")).toBe(
      "postgres://user@host:5432/db?sslmode=require",
    );
    expect(databaseUrlWithoutPassword("postgres://user@host/db")).toBe("postgres://user@host/db");
    expect(databaseUrlWithoutPassword("postgres://user:pa ss@[bad")).toBeNull();
    expect(redactDatabaseUrl("postgres://user:s3cret@host:5432/db")).toBe("postgres://user:***@host:5432/db");
    expect(redactDatabaseUrl("postgresql://user:p%40ss@db.example/ledger?sslmode=require")).toBe(
      "postgresql://user:***@db.example/ledger?sslmode=require",
    );
    expect(redactDatabaseUrl("postgres://host/db?user=u&password=s3cret")).toBe(
      "postgres://host/db?user=u&password=***",
    );
    expect(redactDatabaseUrl("postgres://user@host:5432/db")).toBe("postgres://user@host:5432/db");
    expect(redactDatabaseUrl("postgres://user:s3cret@[bad")).toBe("postgres://***");
  });
});
