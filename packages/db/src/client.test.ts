import { afterEach, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { backupDatabase, closeDatabase, openDatabase } from "./client.js";
import { organisations } from "./schema.js";

const dirs: string[] = [];
const tempPath = (name: string) => {
  const dir = mkdtempSync(join(tmpdir(), "solidaria-db-"));
  dirs.push(dir);
  return join(dir, "nested", name);
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("openDatabase", () => {
  it("creates the file and its folder, applies the migrations and uses WAL with foreign keys", () => {
    const db = openDatabase(tempPath("ledger.sqlite"));
    try {
      expect(db.$client.pragma("journal_mode", { simple: true })).toBe("wal");
      expect(db.$client.pragma("foreign_keys", { simple: true })).toBe(1);
      const tables = db.$client
        .prepare("select name from sqlite_master where type = 'table' order by name")
        .pluck()
        .all();
      expect(tables).toEqual(
        expect.arrayContaining([
          "organisations",
          "tokens",
          "appeals",
          "pledges",
          "pledge_events",
          "funding_totals",
          "country_situations",
        ]),
      );
      expect(() =>
        db.$client
          .prepare(
            "insert into tokens (id, organisation_id, role, label, secret_hash) values ('t', 'missing', 'viewer', 'x', 'h')",
          )
          .run(),
      ).toThrow(/FOREIGN KEY/);
    } finally {
      closeDatabase(db);
    }
  });

  it("is idempotent: opening again applies nothing twice and keeps the data", () => {
    const path = tempPath("ledger.sqlite");
    const first = openDatabase(path);
    first.insert(organisations).values({ id: "org-1", name: "Org", kind: "donor" }).run();
    closeDatabase(first);
    const second = openDatabase(path);
    try {
      expect(second.select().from(organisations).all()).toHaveLength(1);
    } finally {
      closeDatabase(second);
    }
  });

  it("backs up online to a file that opens with everything in it", async () => {
    const db = openDatabase(tempPath("ledger.sqlite"));
    db.insert(organisations).values({ id: "org-1", name: "Org", kind: "donor" }).run();
    const destination = tempPath("backup.sqlite");
    await backupDatabase(db, destination);
    closeDatabase(db);
    const copy = openDatabase(destination, { readonly: true });
    try {
      expect(
        copy
          .select()
          .from(organisations)
          .all()
          .map((row) => row.id),
      ).toEqual(["org-1"]);
    } finally {
      closeDatabase(copy);
    }
  });
});
