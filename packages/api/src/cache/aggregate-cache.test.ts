import { afterEach, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { closeDatabase, openDatabase, organisations } from "@solidaria/db";
import { sqliteStore } from "../store/sqlite-store.js";
import { cachedAggregate } from "./aggregate-cache.js";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function databases() {
  const dir = mkdtempSync(join(tmpdir(), "solidaria-cache-"));
  dirs.push(dir);
  const path = join(dir, "ledger.sqlite");
  return { db: openDatabase(path), other: openDatabase(path) };
}

describe("cachedAggregate", () => {
  it("computes once until the ledger changes, through this connection or another process's", async () => {
    const { db, other } = databases();
    const store = sqliteStore(db);
    try {
      let computed = 0;
      const count = () =>
        cachedAggregate(store, "organisations", () => {
          computed += 1;
          return Promise.resolve(db.select().from(organisations).all().length);
        });
      expect([await count(), await count()]).toEqual([0, 0]);
      expect(computed).toBe(1);

      db.insert(organisations).values({ id: "a", name: "A", kind: "donor" }).run();
      expect(await count()).toBe(1);
      other.insert(organisations).values({ id: "b", name: "B", kind: "donor" }).run();
      expect(await count()).toBe(2);
      expect(computed).toBe(3);
    } finally {
      closeDatabase(other);
      closeDatabase(db);
    }
  });

  it("keeps at most a few dozen keys", async () => {
    const { db, other } = databases();
    const store = sqliteStore(db);
    try {
      let computed = 0;
      const read = (key: string) =>
        cachedAggregate(store, key, () => {
          computed += 1;
          return Promise.resolve(key);
        });
      for (let index = 0; index < 200; index += 1) await read(`key-${index}`);
      await read("key-199");
      expect(computed).toBe(200);
      await read("key-0");
      expect(computed).toBe(201);
    } finally {
      closeDatabase(other);
      closeDatabase(db);
    }
  });

  it("computes every time while changes cannot be noticed", async () => {
    let computed = 0;
    const blind = { changeStamp: () => null };
    const read = () =>
      cachedAggregate(blind, "key", () => {
        computed += 1;
        return Promise.resolve(computed);
      });
    expect([await read(), await read()]).toEqual([1, 2]);
  });
});
