import { afterEach, describe, expect, it } from "vitest";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { closeDatabase, MIGRATIONS_FOLDER, openDatabase } from "./client.js";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A database as the migrations up to `tag` left it: how a ledger from an earlier release looks. */
function databaseAt(tag: string): string {
  const dir = mkdtempSync(join(tmpdir(), "solidaria-migrations-"));
  dirs.push(dir);
  const folder = join(dir, "migrations");
  cpSync(MIGRATIONS_FOLDER, folder, { recursive: true });
  const journalPath = join(folder, "meta", "_journal.json");
  const journal = JSON.parse(readFileSync(journalPath, "utf8")) as { entries: { tag: string }[] };
  const last = journal.entries.findIndex((entry) => entry.tag === tag);
  writeFileSync(journalPath, JSON.stringify({ ...journal, entries: journal.entries.slice(0, last + 1) }));
  const path = join(dir, "ledger.sqlite");
  const sqlite = new Database(path);
  migrate(drizzle({ client: sqlite }), { migrationsFolder: folder });
  sqlite.close();
  return path;
}

describe("0002: funding totals by organisation, cancelled places keep what happened", () => {
  it("recomputes the totals per organisation and brings cancelled places pledges down to their departures", () => {
    const path = databaseAt("0001_jurisdiction_profiles");
    const sqlite = new Database(path);
    sqlite.exec(`
      insert into organisations (id, name, kind) values ('a', 'A', 'donor'), ('b', 'B', 'donor'), ('s', 'S', 'state');
      insert into appeals (id, code, title, year, organisation_id, required_usd_minor) values ('ap', 'AP', 'Appeal', 2020, 's', 100000);
      insert into pledges (id, kind, organisation_id, appeal_id, programme, year, status, version, idempotency_key,
        request_hash, currency, pledged_minor, committed_minor, paid_minor, pledged_usd_minor, committed_usd_minor,
        paid_usd_minor, updated_at) values
        ('f1', 'funding', 'a', 'ap', 'training', 2020, 'committed', 2, 'k1', 'h', 'USD', 500, 300, 0, 500, 300, 0, 'x'),
        ('f2', 'funding', 'a', 'ap', 'training', 2020, 'cancelled', 3, 'k2', 'h', 'USD', 700, 200, 100, 700, 200, 100, 'x'),
        ('f3', 'funding', 'b', 'ap', 'training', 2020, 'pledged', 1, 'k3', 'h', 'USD', 50, 0, 0, 50, 0, 0, 'x');
      insert into pledges (id, kind, organisation_id, programme, year, status, version, idempotency_key, request_hash,
        resettlement_country, host_country, category, places_pledged, places_confirmed, places_allocated,
        places_departed, places_arrived, updated_at) values
        ('p1', 'places', 's', 'solidarity-resettlement', 2020, 'cancelled', 6, 'k4', 'h', 'BR', 'PE', 'medical-needs', 10, 8, 6, 4, 4, 'x');
      insert into funding_totals values ('ap', 'USD', 3, 650, 400, 100, 650, 400, 100);
    `);
    sqlite.close();

    const db = openDatabase(path);
    try {
      const totals = db.$client
        .prepare(
          "select organisation_id, currency, pledges, pledged_minor, committed_minor, paid_minor from funding_totals order by organisation_id",
        )
        .all();
      expect(totals).toEqual([
        {
          organisation_id: "a",
          currency: "USD",
          pledges: 2,
          pledged_minor: 600,
          committed_minor: 400,
          paid_minor: 100,
        },
        { organisation_id: "b", currency: "USD", pledges: 1, pledged_minor: 50, committed_minor: 0, paid_minor: 0 },
      ]);
      expect(
        db.$client
          .prepare(
            "select places_pledged, places_confirmed, places_allocated, places_departed, places_arrived from pledges where id = 'p1'",
          )
          .get(),
      ).toEqual({ places_pledged: 4, places_confirmed: 4, places_allocated: 4, places_departed: 4, places_arrived: 4 });
    } finally {
      closeDatabase(db);
    }
  });
});

describe("0004: users and sessions", () => {
  it("keeps every event, naming no person for those made before, and refuses an event naming an unknown one", () => {
    const path = databaseAt("0003_pledge_list_filters");
    const sqlite = new Database(path);
    sqlite.exec(`
      insert into organisations (id, name, kind) values ('a', 'A', 'donor');
      insert into pledges (id, kind, organisation_id, programme, year, status, version, idempotency_key, request_hash,
        currency, pledged_minor, committed_minor, paid_minor, pledged_usd_minor, committed_usd_minor, paid_usd_minor,
        updated_at) values ('f1', 'funding', 'a', 'training', 2020, 'pledged', 1, 'k1', 'h', 'USD', 5, 0, 0, 5, 0, 0, 'x');
      insert into pledge_events (pledge_id, version, type, data, actor_organisation_id, actor_token_id, at)
        values ('f1', 1, 'created', '{}', 'a', 't', '2020-01-01T00:00:00.000Z');
    `);
    sqlite.close();

    const db = openDatabase(path);
    try {
      expect(db.$client.prepare("select actor_token_id, actor_user_id from pledge_events").all()).toEqual([
        { actor_token_id: "t", actor_user_id: null },
      ]);
      expect(() =>
        db.$client
          .prepare(
            "insert into pledge_events (pledge_id, version, type, data, actor_organisation_id, actor_user_id, at) values ('f1', 2, 'cancel', '{}', 'a', 'nobody', 'x')",
          )
          .run(),
      ).toThrow(/FOREIGN KEY/);
      db.$client
        .prepare(
          "insert into users (id, email, display_name, organisation_id, role) values ('u', 'u@example.org', 'U', 'a', 'donor')",
        )
        .run();
      expect(() =>
        db.$client
          .prepare(
            "insert into users (id, email, display_name, organisation_id, role) values ('v', 'u@example.org', 'V', 'a', 'donor')",
          )
          .run(),
      ).toThrow(/UNIQUE/);
    } finally {
      closeDatabase(db);
    }
  });
});
