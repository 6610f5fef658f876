import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { closeDatabase, openDatabase, type LedgerDatabase } from "@solidaria/db";
import { pledgesCsv } from "../reports/hxl-csv.js";
import { pledgeCsvExport } from "./pledge-export.js";

let db: LedgerDatabase;
let dir: string;
let added = 0;

/** Funding pledges written straight into the tables, as many as a test needs. */
function addPledges(count: number): void {
  const insert = db.$client.prepare(`insert into pledges (id, kind, organisation_id, appeal_id, programme, year, status,
    version, idempotency_key, request_hash, currency, pledged_minor, committed_minor, paid_minor, usd_rate, usd_rate_date,
    usd_rate_source, pledged_usd_minor, committed_usd_minor, paid_usd_minor, created_at, updated_at)
    values (?, 'funding', 'donor', null, 'training', 2020, 'pledged', 1, ?, 'h', 'USD', 100, 0, 0, '1', '2020-01-01',
    'USD', 100, 0, 0, ?, ?)`);
  db.$client.transaction(() => {
    for (let index = 0; index < count; index += 1) {
      added += 1;
      const at = `2020-01-01T00:00:00.${String(added).padStart(6, "0")}Z`;
      insert.run(`p-${String(added).padStart(6, "0")}`, `key-${added}`, at, at);
    }
  })();
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "solidaria-export-"));
  db = openDatabase(join(dir, "ledger.sqlite"));
  db.$client.prepare("insert into organisations (id, name, kind) values ('donor', 'Donante, \"A\"', 'donor')").run();
  added = 0;
});
afterEach(() => {
  closeDatabase(db);
  rmSync(dir, { recursive: true, force: true });
});

async function collect(pages: AsyncIterable<string>): Promise<string[]> {
  const collected: string[] = [];
  for await (const page of pages) collected.push(page);
  return collected;
}

describe("pledgeCsvExport", () => {
  it("gives the same CSV as the whole-file export, the header first and then pages of rows", async () => {
    addPledges(25);
    const pages = await collect(pledgeCsvExport(db, { pageRows: 10 }));
    expect(pages).toHaveLength(4);
    expect(pages[0]?.split("\r\n")[1]).toMatch(/^#activity\+id,/);
    expect(pages[1]?.split("\r\n")).toHaveLength(11);
    expect(pages.join("")).toBe(pledgesCsv(db));
    expect(pledgesCsv(db)).toContain('"Donante, ""A"""');
  });

  it("starts with a UTF-8 byte-order mark only when asked", async () => {
    addPledges(1);
    const [bom] = await collect(pledgeCsvExport(db, { byteOrderMark: true }));
    expect(bom).toBe("\uFEFF");
    const [header] = await collect(pledgeCsvExport(db));
    expect(header?.startsWith("Pledge ID")).toBe(true);
  });

  it("lets other work run between two pages", async () => {
    addPledges(20);
    const pages = pledgeCsvExport(db, { pageRows: 10 });
    await pages.next();
    await pages.next();
    let ranBetween = false;
    setImmediate(() => {
      ranBetween = true;
    });
    await pages.next();
    expect(ranBetween).toBe(true);
    await pages.return();
  });

  it("reads one snapshot: what is written during the export is not in it", async () => {
    addPledges(20);
    const before = pledgesCsv(db);
    const pages = pledgeCsvExport(db, { pageRows: 5 });
    const first = await pages.next();
    addPledges(3);
    const rest = await collect({ [Symbol.asyncIterator]: () => pages });
    expect([first.value, ...rest].join("")).toBe(before);
    expect(pledgesCsv(db)).not.toBe(before);
  });

  it("lets go of its snapshot when stopped early, so the write-ahead log can be emptied", async () => {
    addPledges(20);
    const pages = pledgeCsvExport(db, { pageRows: 5 });
    await pages.next();
    await pages.next();
    addPledges(1);
    // A reader still holding an older snapshot keeps a checkpoint from copying the newer frames.
    const checkpoint = () => db.$client.pragma("wal_checkpoint(PASSIVE)") as { log: number; checkpointed: number }[];
    const [held] = checkpoint();
    expect(held?.checkpointed).toBeLessThan(held?.log ?? 0);
    await pages.return();
    const [released] = checkpoint();
    expect(released?.checkpointed).toBe(released?.log);
  });
});
