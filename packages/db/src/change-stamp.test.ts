import { afterEach, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { changeStamp, closeDatabase, openDatabase } from "./client.js";
import { organisations } from "./schema.js";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("changeStamp", () => {
  it("stays while nothing changes, and moves on a write through this connection or another one", () => {
    const dir = mkdtempSync(join(tmpdir(), "solidaria-stamp-"));
    dirs.push(dir);
    const path = join(dir, "ledger.sqlite");
    const db = openDatabase(path);
    const other = openDatabase(path);
    try {
      const first = changeStamp(db);
      db.select().from(organisations).all();
      expect(changeStamp(db)).toBe(first);

      db.insert(organisations).values({ id: "own", name: "Own write", kind: "donor" }).run();
      const afterOwn = changeStamp(db);
      expect(afterOwn).not.toBe(first);

      // Another connection stands for another server process on the same file.
      other.insert(organisations).values({ id: "other", name: "Other process", kind: "donor" }).run();
      expect(changeStamp(db)).not.toBe(afterOwn);
    } finally {
      closeDatabase(other);
      closeDatabase(db);
    }
  });
});
