import { afterEach, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import { closeDatabase, openDatabase, organisations, type LedgerDatabase } from "@solidaria/db";
import { WriteBatcher } from "./write-batcher.js";

let db: LedgerDatabase;
let dir: string;
afterEach(() => {
  closeDatabase(db);
  rmSync(dir, { recursive: true, force: true });
});

function open() {
  dir = mkdtempSync(join(tmpdir(), "solidaria-batch-"));
  db = openDatabase(join(dir, "ledger.sqlite"));
  return new WriteBatcher(db);
}

const addOrganisation = (id: string) => () =>
  db.transaction((tx) => {
    tx.insert(organisations).values({ id, name: id, kind: "donor" }).run();
    if (id.startsWith("bad")) throw new Error(`refused ${id}`);
    return id;
  });

describe("WriteBatcher", () => {
  it("commits writes of one turn together, each undone alone when it throws", async () => {
    const batcher = open();
    const results = await Promise.allSettled([
      batcher.run(addOrganisation("org-a")),
      batcher.run(addOrganisation("bad-b")),
      batcher.run(addOrganisation("org-c")),
    ]);
    expect(results.map((result) => result.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect(
      db
        .select()
        .from(organisations)
        .all()
        .map((row) => row.id)
        .sort(),
    ).toEqual(["org-a", "org-c"]);
    expect(db.$client.inTransaction).toBe(false);
  });

  it("answers only after the commit, in arrival order, and later writes see earlier ones", async () => {
    const batcher = open();
    const first = batcher.run(addOrganisation("org-a"));
    const second = batcher.run(
      () => db.select().from(organisations).where(eq(organisations.id, "org-a")).get()?.id ?? null,
    );
    expect(db.select().from(organisations).all()).toEqual([]); // nothing runs before the flush
    expect(await Promise.all([first, second])).toEqual(["org-a", "org-a"]);
  });
});
