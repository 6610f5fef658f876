import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as sqlite from "@solidaria/db";
import * as postgres from "@solidaria/db/pg";
import * as sqliteAppeals from "../src/appeals/appeals.js";
import * as sqliteExport from "../src/export/pledge-export.js";
import { createPledge } from "../src/ledger/create-pledge.js";
import { transitionPledge } from "../src/ledger/transition-pledge.js";
import * as pgAppeals from "../src/pg/appeals/appeals.js";
import * as pgExport from "../src/pg/export/pledge-export.js";
import * as pgLedger from "../src/pg/ledger/index.js";
import * as pgJurisdictions from "../src/pg/published/jurisdictions.js";
import * as pgSituations from "../src/pg/published/situations.js";
import * as pgCoverage from "../src/pg/reports/coverage.js";
import * as pgFairShare from "../src/pg/reports/fair-share.js";
import * as pgCsv from "../src/pg/reports/hxl-csv.js";
import * as pgPlaces from "../src/pg/reports/places.js";
import * as pgStageTimes from "../src/pg/reports/stage-times.js";
import * as sqliteJurisdictions from "../src/published/jurisdictions.js";
import * as sqliteSituations from "../src/published/situations.js";
import * as sqliteCoverage from "../src/reports/coverage.js";
import * as sqliteFairShare from "../src/reports/fair-share.js";
import * as sqliteCsv from "../src/reports/hxl-csv.js";
import * as sqlitePlaces from "../src/reports/places.js";
import * as sqliteStageTimes from "../src/reports/stage-times.js";
import { ledgerFixture, pgLedgerFixture, type LedgerFixture } from "./ledger-fixture.js";
import { seed } from "./report-ledger.js";

/**
 * One ledger written twice, through the same commands, into SQLite and into PostgreSQL; then every
 * report, the CSV export, the published documents and the appeals are read from both and must be
 * the same, value for value and in the same order. Pledge ids are random: they are compared by
 * their idempotency keys.
 */

let lite: LedgerFixture;
let pg: Awaited<ReturnType<typeof pgLedgerFixture>>;
const seeded: { sqlite: unknown[]; postgresql: unknown[] } = { sqlite: [], postgresql: [] };

beforeAll(async () => {
  lite = ledgerFixture();
  pg = await pgLedgerFixture();
  // More organisations than the fixture's: a state without indicators, names with accents and quotes.
  const more = [
    { id: "gov-es", name: "Gobierno de España", kind: "state" as const, country: "ES" },
    { id: "ong-a", name: 'Ação "Solidária", Ltda', kind: "donor" as const, country: null },
  ];
  lite.db.insert(sqlite.organisations).values(more).run();
  await pg.db.insert(postgres.organisations).values(more);
  seeded.sqlite = await seed({
    createAppeal: (who, input, options) => Promise.resolve(sqliteAppeals.createAppeal(lite.db, who, input, options)),
    createPledge: (who, input, now) => Promise.resolve(createPledge(lite.db, who, input, now)),
    transitionPledge: (who, input, now) => Promise.resolve(transitionPledge(lite.db, who, input, now)),
    publishSituation: (...args) => Promise.resolve(sqliteSituations.publishSituation(lite.db, ...args)),
    publishJurisdiction: (...args) => Promise.resolve(sqliteJurisdictions.publishJurisdiction(lite.db, ...args)),
  });
  seeded.postgresql = await seed({
    createAppeal: (who, input, options) => pgAppeals.createAppeal(pg.db, who, input, options),
    createPledge: (who, input, now) => pgLedger.createPledge(pg.db, who, input, now),
    transitionPledge: (who, input, now) => pgLedger.transitionPledge(pg.db, who, input, now),
    publishSituation: (...args) => pgSituations.publishSituation(pg.db, ...args),
    publishJurisdiction: (...args) => pgJurisdictions.publishJurisdiction(pg.db, ...args),
  });
});
afterAll(async () => {
  lite.close();
  await pg.close();
});

/** The text with every pledge id replaced by the pledge's idempotency key, the same on both databases. */
function byKeys(text: string, rows: readonly { id: string; idempotencyKey: string }[]): string {
  return rows.reduce((replaced, row) => replaced.replaceAll(row.id, `<${row.idempotencyKey}>`), text);
}
const sqliteKeys = () =>
  lite.db.select({ id: sqlite.pledges.id, idempotencyKey: sqlite.pledges.idempotencyKey }).from(sqlite.pledges).all();
const pgKeys = () =>
  pg.db.select({ id: postgres.pledges.id, idempotencyKey: postgres.pledges.idempotencyKey }).from(postgres.pledges);

async function collect(pages: AsyncIterable<string>): Promise<string[]> {
  const collected: string[] = [];
  for await (const page of pages) collected.push(page);
  return collected;
}

describe("the same ledger on SQLite and PostgreSQL", () => {
  it("was written alike, refusals included", () => {
    expect(seeded.postgresql).toEqual(seeded.sqlite);
    expect(seeded.sqlite.filter((outcome) => outcome !== "ok")).toHaveLength(6);
  });

  it.each([{}, { year: 2020 }, { year: 2021 }, { appealId: "appeal-B-2" }, { appealId: "none" }])(
    "gives the same coverage report for %j",
    async (filter) => {
      const expected = sqliteCoverage.coverageReport(lite.db, filter);
      expect(expected.length > 0 || filter.appealId === "none").toBe(true);
      expect(await pgCoverage.coverageReport(pg.db, filter)).toEqual(expected);
    },
  );

  it.each([{}, { year: 2020 }, { year: 2019 }, { appealId: "appeal-A-10" }])(
    "gives the same places report for %j",
    async (filter) => {
      expect(await pgPlaces.placesReport(pg.db, filter)).toEqual(sqlitePlaces.placesReport(lite.db, filter));
    },
  );

  it("gives the same places available", async () => {
    const expected = sqlitePlaces.placesAvailable(lite.db, "2020-06-01");
    expect(expected.length).toBeGreaterThan(0);
    expect(await pgPlaces.placesAvailable(pg.db, "2020-06-01")).toEqual(expected);
  });

  it.each([
    { kind: "funding" as const },
    { kind: "places" as const },
    { kind: "places" as const, year: 2021 },
    { kind: "funding" as const, key: { id: "pop", weights: [{ indicator: "population" as const, weight: 1 }] } },
  ])("gives the same fair-share report for %j", async (input) => {
    expect(await pgFairShare.fairShareReport(pg.db, input)).toEqual(sqliteFairShare.fairShareReport(lite.db, input));
  });

  it.each([{}, { year: 2020 }, { appealId: "appeal-B-2" }])("gives the same stage times for %j", async (filter) => {
    const today = new Date("2020-09-01T00:00:00.000Z");
    const expected = sqliteStageTimes.stageTimesReport(lite.db, filter, today);
    expect(await pgStageTimes.stageTimesReport(pg.db, filter, today)).toEqual(expected);
  });

  it("gives the same CSV, whole and page by page", async () => {
    const expected = byKeys(sqliteCsv.pledgesCsv(lite.db), sqliteKeys());
    expect(expected.split("\r\n").length).toBe(2 + 9 + 1);
    const keys = await pgKeys();
    expect(byKeys(await pgCsv.pledgesCsv(pg.db), keys)).toBe(expected);
    const pages = await collect(pgExport.pledgeCsvExport(pg.db, { pageRows: 4, byteOrderMark: true }));
    const sqlitePages = await collect(sqliteExport.pledgeCsvExport(lite.db, { pageRows: 4, byteOrderMark: true }));
    expect(pages.map((page) => byKeys(page, keys))).toEqual(sqlitePages.map((page) => byKeys(page, sqliteKeys())));
  });

  it("gives the same documents in force", async () => {
    expect(await pgSituations.currentSituations(pg.db)).toEqual(sqliteSituations.currentSituations(lite.db));
    expect(await pgJurisdictions.currentJurisdictions(pg.db)).toEqual(
      sqliteJurisdictions.currentJurisdictions(lite.db),
    );
  });

  it("lists the same appeals, with their needs in the same order", async () => {
    const strip = <T extends { createdAt: string }>(views: readonly T[]) =>
      views.map(({ createdAt: _, ...view }) => view);
    for (const year of [undefined, 2020, 2021]) {
      const expected = strip(sqliteAppeals.listAppeals(lite.db, year));
      expect(await pgAppeals.listAppeals(pg.db, year).then(strip)).toEqual(expected);
    }
    expect(strip(sqliteAppeals.listAppeals(lite.db, undefined)).map((appeal) => appeal.code)).toEqual([
      "A-10",
      "APPEAL",
      "B-2",
      "B2",
      "A1",
    ]);
    for (const id of ["appeal-B-2", "appeal", "none"]) {
      const expected = sqliteAppeals.appealById(lite.db, id);
      const actual = await pgAppeals.appealById(pg.db, id);
      expect(actual && { ...actual, createdAt: "" }).toEqual(expected && { ...expected, createdAt: "" });
    }
  });
});
