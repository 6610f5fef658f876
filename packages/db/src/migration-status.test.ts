import { afterEach, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { closeDatabase, openDatabase } from "./client.js";
import { migrationStatus } from "./migration-status.js";

const dirs: string[] = [];
const tempPath = () => {
  const dir = mkdtempSync(join(tmpdir(), "solidaria-db-"));
  dirs.push(dir);
  return join(dir, "ledger.sqlite");
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("migrationStatus", () => {
  it("counts every committed migration as applied once the database is opened", () => {
    const db = openDatabase(tempPath());
    try {
      const status = migrationStatus(db);
      expect(status.expected).toBeGreaterThan(0);
      expect(status.applied).toBe(status.expected);
    } finally {
      closeDatabase(db);
    }
  });

  it("sees a database that never ran the migrations, and one that missed the newest", () => {
    const path = tempPath();
    const bare = openDatabase(path, { migrate: false });
    try {
      expect(migrationStatus(bare)).toMatchObject({ applied: 0 });
    } finally {
      closeDatabase(bare);
    }
    const db = openDatabase(path);
    try {
      db.$client.exec(
        "delete from __drizzle_migrations where created_at = (select max(created_at) from __drizzle_migrations)",
      );
      const status = migrationStatus(db);
      expect(status.applied).toBe(status.expected - 1);
    } finally {
      closeDatabase(db);
    }
  });
});
