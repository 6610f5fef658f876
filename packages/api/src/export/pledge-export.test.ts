import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { closeDatabase, openDatabase, type LedgerDatabase } from "@solidaria/db";
import { closePgDatabase, openPgDatabase, type PgLedgerDatabase } from "@solidaria/db/pg";
import { freshPgDatabase } from "@solidaria/db/test-support";
import * as pgExport from "../pg/export/pledge-export.js";
import * as pgCsv from "../pg/reports/hxl-csv.js";
import { pledgesCsv } from "../reports/hxl-csv.js";
import { pledgeCsvExport } from "./pledge-export.js";

const PLEDGE_COLUMNS = `id, kind, organisation_id, appeal_id, programme, year, status,
    version, idempotency_key, request_hash, currency, pledged_minor, committed_minor, paid_minor, usd_rate, usd_rate_date,
    usd_rate_source, pledged_usd_minor, committed_usd_minor, paid_usd_minor, created_at, updated_at`;
const ORGANISATION = `insert into organisations (id, name, kind) values ('donor', 'Donante, "A"', 'donor')`;

/** The export on one database, with pledges written straight into its tables. */
interface ExportFixture {
  addPledges(count: number): Promise<void>;
  pledgeCsvExport(options?: { byteOrderMark?: boolean; pageRows?: number }): AsyncGenerator<string, void, undefined>;
  pledgesCsv(): Promise<string>;
  close(): Promise<void>;
}

function pledgeValues(added: number) {
  const at = `2020-01-01T00:00:00.${String(added).padStart(6, "0")}Z`;
  return [`p-${String(added).padStart(6, "0")}`, `key-${added}`, at, at] as const;
}

let sqliteDb: LedgerDatabase;
function sqliteFixture(): Promise<ExportFixture> {
  const dir = mkdtempSync(join(tmpdir(), "solidaria-export-"));
  const db = openDatabase(join(dir, "ledger.sqlite"));
  sqliteDb = db;
  db.$client.prepare(ORGANISATION).run();
  let added = 0;
  const insert = db.$client.prepare(`insert into pledges (${PLEDGE_COLUMNS})
    values (?, 'funding', 'donor', null, 'training', 2020, 'pledged', 1, ?, 'h', 'USD', 100, 0, 0, '1', '2020-01-01',
    'USD', 100, 0, 0, ?, ?)`);
  return Promise.resolve({
    addPledges: (count) =>
      Promise.resolve(
        db.$client.transaction(() => {
          for (let index = 0; index < count; index += 1) insert.run(...pledgeValues((added += 1)));
        })(),
      ),
    pledgeCsvExport: (options) => pledgeCsvExport(db, options),
    pledgesCsv: () => Promise.resolve(pledgesCsv(db)),
    close: () => {
      closeDatabase(db);
      rmSync(dir, { recursive: true, force: true });
      return Promise.resolve();
    },
  });
}

let pgDb: PgLedgerDatabase;
async function postgresFixture(): Promise<ExportFixture> {
  const db = await openPgDatabase(await freshPgDatabase(), { migrate: false });
  pgDb = db;
  await db.$client.query(ORGANISATION);
  let added = 0;
  return {
    addPledges: async (count) => {
      const values = Array.from({ length: count }, () => pledgeValues((added += 1)));
      await db.$client.query(
        `insert into pledges (${PLEDGE_COLUMNS})
         select id, 'funding', 'donor', null, 'training', 2020, 'pledged', 1, key, 'h', 'USD', 100, 0, 0, '1',
           '2020-01-01', 'USD', 100, 0, 0, at, at
         from unnest($1::text[], $2::text[], $3::text[]) as v(id, key, at)`,
        [values.map((row) => row[0]), values.map((row) => row[1]), values.map((row) => row[2])],
      );
    },
    pledgeCsvExport: (options) => pgExport.pledgeCsvExport(db, options),
    pledgesCsv: () => pgCsv.pledgesCsv(db),
    close: () => closePgDatabase(db),
  };
}

async function collect(pages: AsyncIterable<string>): Promise<string[]> {
  const collected: string[] = [];
  for await (const page of pages) collected.push(page);
  return collected;
}

describe.each([
  ["sqlite", sqliteFixture],
  ["postgresql", postgresFixture],
] as const)("pledgeCsvExport on %s", (dialect, open) => {
  let ledger: ExportFixture;
  beforeEach(async () => {
    ledger = await open();
  });
  afterEach(() => ledger.close());

  it("gives the same CSV as the whole-file export, the header first and then pages of rows", async () => {
    await ledger.addPledges(25);
    const pages = await collect(ledger.pledgeCsvExport({ pageRows: 10 }));
    expect(pages).toHaveLength(4);
    expect(pages[0]?.split("\r\n")[1]).toMatch(/^#activity\+id,/);
    expect(pages[1]?.split("\r\n")).toHaveLength(11);
    expect(pages.join("")).toBe(await ledger.pledgesCsv());
    expect(await ledger.pledgesCsv()).toContain('"Donante, ""A"""');
  });

  it("starts with a UTF-8 byte-order mark only when asked", async () => {
    await ledger.addPledges(1);
    const [bom] = await collect(ledger.pledgeCsvExport({ byteOrderMark: true }));
    expect(bom).toBe("\uFEFF");
    const [header] = await collect(ledger.pledgeCsvExport());
    expect(header?.startsWith("Pledge ID")).toBe(true);
  });

  it("lets other work run between two pages", async () => {
    await ledger.addPledges(20);
    const pages = ledger.pledgeCsvExport({ pageRows: 10 });
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
    await ledger.addPledges(20);
    const before = await ledger.pledgesCsv();
    const pages = ledger.pledgeCsvExport({ pageRows: 5 });
    const first = await pages.next();
    await ledger.addPledges(3);
    const rest = await collect({ [Symbol.asyncIterator]: () => pages });
    expect([first.value, ...rest].join("")).toBe(before);
    expect(await ledger.pledgesCsv()).not.toBe(before);
  });

  it.runIf(dialect === "sqlite")(
    "lets go of its snapshot when stopped early, so the write-ahead log can be emptied",
    async () => {
      await ledger.addPledges(20);
      const pages = ledger.pledgeCsvExport({ pageRows: 5 });
      await pages.next();
      await pages.next();
      await ledger.addPledges(1);
      // A reader still holding an older snapshot keeps a checkpoint from copying the newer frames.
      const checkpoint = () =>
        sqliteDb.$client.pragma("wal_checkpoint(PASSIVE)") as { log: number; checkpointed: number }[];
      const [held] = checkpoint();
      expect(held?.checkpointed).toBeLessThan(held?.log ?? 0);
      await pages.return();
      const [released] = checkpoint();
      expect(released?.checkpointed).toBe(released?.log);
    },
  );

  it.runIf(dialect === "postgresql")(
    "ends its transaction and gives its connection back when stopped early",
    async () => {
      await ledger.addPledges(20);
      const inTransaction = async () =>
        (
          await pgDb.$client.query<{ n: number }>(
            "select count(*)::int as n from pg_stat_activity where datname = current_database() and state like 'idle in transaction%'",
          )
        ).rows[0]?.n;
      const pages = ledger.pledgeCsvExport({ pageRows: 5 });
      await pages.next();
      await pages.next();
      expect(await inTransaction()).toBe(1);
      expect(pgDb.$client.totalCount - pgDb.$client.idleCount).toBe(1);
      await pages.return();
      expect(await inTransaction()).toBe(0);
      expect(pgDb.$client.totalCount - pgDb.$client.idleCount).toBe(0);
      // The connection went back to the pool in a usable state.
      expect(await ledger.pledgesCsv()).toContain("p-000020");
    },
  );
});
