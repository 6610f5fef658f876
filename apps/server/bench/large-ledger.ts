import { rebuildFundingTotals, sqliteStore, type LedgerStore } from "@solidaria/api";
import { openDatabase, type LedgerDatabase } from "@solidaria/db";
import { seedDemoData } from "../src/demo-data.js";

const APPEALS = 20;
const CURRENCIES = [
  ["USD", "1"],
  ["EUR", "1.1"],
  ["CAD", "0.75"],
  ["JPY", "0.0092"],
] as const;

/**
 * A ledger file of about `events` pledge events for the benchmarks: the demo data, 20 more appeals and
 * funding pledges of four events each (created, commit, two payments) in four currencies, written
 * straight into the tables (through the API it would take hours), then the appeal totals rebuilt
 * from them as the server keeps them. The database is left open for the caller, with the store over
 * it to give the server.
 */
export async function fillLedger(
  path: string,
  events: number,
): Promise<{ db: LedgerDatabase; store: LedgerStore; events: number; pledges: number; appeals: number }> {
  const db = openDatabase(path);
  const store = sqliteStore(db);
  await seedDemoData(store);
  const sqlite = db.$client;
  const insertAppeal = sqlite.prepare(
    "insert into appeals (id, code, title, year, organisation_id, required_usd_minor) values (?, ?, ?, 2020, 'demo-secretariat', ?)",
  );
  for (let index = 0; index < APPEALS; index += 1)
    insertAppeal.run(`bench-${index}`, `BENCH-${index}`, `Bench appeal ${index}`, 50_000_000_000);
  const insertPledge =
    sqlite.prepare(`insert into pledges (id, kind, organisation_id, appeal_id, programme, year, status, version,
    idempotency_key, request_hash, currency, pledged_minor, committed_minor, paid_minor, usd_rate, usd_rate_date, usd_rate_source,
    pledged_usd_minor, committed_usd_minor, paid_usd_minor, created_at, updated_at)
    values (?, 'funding', 'demo-donor-us', ?, 'training', 2020, 'partially-paid', 4, ?, 'h', ?, 100000, 80000, 50000, ?, '2020-01-01', 'bench', ?, ?, ?, '2020-01-01', '2020-01-01')`);
  const insertEvent = sqlite.prepare(
    "insert into pledge_events (pledge_id, version, type, data, actor_organisation_id, at) values (?, ?, ?, ?, 'demo-donor-us', '2020-01-01')",
  );
  const pledges = Math.ceil(events / 4);
  sqlite.transaction(() => {
    for (let index = 0; index < pledges; index += 1) {
      const id = `p${index}`;
      const pair = CURRENCIES[index % CURRENCIES.length];
      if (pair === undefined) throw new Error("fillLedger: expected a currency for every pledge");
      const [currency, rate] = pair;
      const usd = (minor: number) => Math.round(minor * Number(rate));
      insertPledge.run(id, `bench-${index % APPEALS}`, id, currency, rate, usd(100000), usd(80000), usd(50000));
      insertEvent.run(
        id,
        1,
        "created",
        `{"type":"created","kind":"funding","currency":"${currency}","amountMinor":100000}`,
      );
      insertEvent.run(id, 2, "commit", '{"type":"commit","amountMinor":80000}');
      insertEvent.run(id, 3, "pay", '{"type":"pay","amountMinor":30000}');
      insertEvent.run(id, 4, "pay", '{"type":"pay","amountMinor":20000}');
    }
  })();
  rebuildFundingTotals(db);
  sqlite.pragma("optimize");
  const total = sqlite.prepare("select count(*) from pledge_events").pluck().get() as number;
  const appeals = sqlite.prepare("select count(*) from appeals").pluck().get() as number;
  return { db, store, events: total, pledges, appeals };
}
