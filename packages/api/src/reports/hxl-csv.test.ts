import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { closeDatabase, openDatabase } from "@solidaria/db";
import { closePgDatabase, openPgDatabase } from "@solidaria/db/pg";
import { freshPgDatabase } from "@solidaria/db/test-support";
import * as pg from "../pg/reports/hxl-csv.js";
import { cell, pledgePage } from "./hxl-csv.js";

describe("CSV cells", () => {
  it("quote separators, quotes and line breaks", () => {
    expect(cell('Gobierno "A", Perú')).toBe('"Gobierno ""A"", Perú"');
    expect(cell("line\nbreak")).toBe('"line\nbreak"');
    expect(cell(null)).toBe("");
    expect(cell(12.5)).toBe("12.5");
  });

  it("defuse spreadsheet formulas typed as text but keep negative numbers", () => {
    expect(cell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(cell("-2+3+cmd|' /C calc'!A0")).toBe("'-2+3+cmd|' /C calc'!A0");
    expect(cell("-12.50")).toBe("-12.50");
    expect(cell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(cell("-12.50")).toBe("-12.50");
  });
});

describe("CSV pages", () => {
  it("are read through the export-order index even once the database has statistics", () => {
    const dir = mkdtempSync(join(tmpdir(), "solidaria-csv-"));
    const db = openDatabase(join(dir, "ledger.sqlite"));
    try {
      const sqlite = db.$client;
      sqlite.prepare("insert into organisations (id, name, kind) values ('donor', 'Donor', 'donor')").run();
      const insert = sqlite.prepare(`insert into pledges (id, kind, organisation_id, programme, year, status, version,
        idempotency_key, request_hash, currency, pledged_minor, committed_minor, paid_minor, usd_rate, usd_rate_date,
        usd_rate_source, pledged_usd_minor, committed_usd_minor, paid_usd_minor, created_at, updated_at)
        values (?, 'funding', 'donor', 'training', 2020, 'pledged', 1, ?, 'h', 'USD', 1, 0, 0, '1', '2020-01-01', 'USD',
        1, 0, 0, '2020-01-01', '2020-01-01')`);
      sqlite.transaction(() => {
        for (let index = 0; index < 2_000; index += 1) insert.run(`p${index}`, `k${index}`);
      })();
      sqlite.exec("analyze");
      const query = pledgePage(db, { createdAt: "2020-01-01", id: "p1" }, 500).toSQL();
      const plan = sqlite
        .prepare(`explain query plan ${query.sql}`)
        .all(...query.params)
        .map((row) => (row as { detail: string }).detail);
      // A page must never sort the whole table: that made a 250,000-pledge export take minutes.
      expect(plan.join("; ")).toMatch(/USING (COVERING )?INDEX pledges_list/);
      expect(plan.join("; ")).not.toMatch(/TEMP B-TREE/);
    } finally {
      closeDatabase(db);
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("are read through the export-order index on PostgreSQL too, never sorting the table", async () => {
    const db = await openPgDatabase(await freshPgDatabase(), { migrate: false });
    try {
      await db.$client.query("insert into organisations (id, name, kind) values ('donor', 'Donor', 'donor')");
      await db.$client.query(`insert into pledges (id, kind, organisation_id, programme, year, status, version,
        idempotency_key, request_hash, currency, pledged_minor, committed_minor, paid_minor, usd_rate, usd_rate_date,
        usd_rate_source, pledged_usd_minor, committed_usd_minor, paid_usd_minor, created_at, updated_at)
        select 'p' || i, 'funding', 'donor', 'training', 2020, 'pledged', 1, 'k' || i, 'h', 'USD', 1, 0, 0, '1',
          '2020-01-01', 'USD', 1, 0, 0, '2020-01-01', '2020-01-01'
        from generate_series(0, 19999) as i`);
      await db.$client.query("analyze");
      const query = pg.pledgePage(db, { createdAt: "2020-01-01", id: "p1" }, 500).toSQL();
      const { rows } = await db.$client.query<{ "QUERY PLAN": string }>(`explain ${query.sql}`, query.params);
      const plan = rows.map((row) => row["QUERY PLAN"]).join("; ");
      expect(plan).toMatch(/Index Scan using pledges_list on pledges/);
      expect(plan).not.toMatch(/Sort/);
    } finally {
      await closePgDatabase(db);
    }
  });
});
