import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { BUILTIN_JURISDICTIONS, BUILTIN_SITUATIONS } from "@solidaria/domain";
import * as postgres from "@solidaria/db/pg";
import type { LedgerActor as Actor } from "../src/ledger/create-pledge.js";
import * as sqliteAppeals from "../src/appeals/appeals.js";
import type { Result } from "../src/errors.js";
import * as pgAppeals from "../src/pg/appeals/appeals.js";
import * as pgJurisdictions from "../src/pg/published/jurisdictions.js";
import * as pgSituations from "../src/pg/published/situations.js";
import * as sqliteSituations from "../src/published/situations.js";
import { AppealCreate } from "../src/validators.js";
import { ledgerFixture, pgLedgerFixture, type LedgerFixture } from "./ledger-fixture.js";

/**
 * Publishing and creating appeals from several server nodes at once, each with its own pool on one
 * PostgreSQL database: one wins, the others get the refusal SQLite gives the second of two
 * publications in a row (same kind, field and message), never a failed insert.
 */

let first: Awaited<ReturnType<typeof pgLedgerFixture>>;
let second: postgres.PgLedgerDatabase;
let lite: LedgerFixture;

beforeAll(async () => {
  first = await pgLedgerFixture();
  second = await postgres.openPgDatabase(first.url, { migrate: false });
  lite = ledgerFixture();
});
afterAll(async () => {
  await postgres.closePgDatabase(second);
  await first.close();
  lite.close();
});

const outcome = (result: Result<unknown>) =>
  result.ok ? "ok" : { kind: result.error.kind, field: result.error.field, message: result.error.message };

const [situation] = BUILTIN_SITUATIONS;
const [jurisdiction] = BUILTIN_JURISDICTIONS;
if (!situation || !jurisdiction) throw new Error("no built-in documents");

describe("publishing from two nodes at once", () => {
  it("publishes a situation version once; the other node gets SQLite's conflict", async () => {
    for (let round = 1; round <= 5; round += 1) {
      const document = { ...situation, version: situation.version + round };
      const results = await Promise.all([
        pgSituations.publishSituation(first.db, document, "secretariat", "2020-01-01"),
        pgSituations.publishSituation(second, document, "secretariat", "2020-01-01"),
      ]);
      const expected = [
        outcome(sqliteSituations.publishSituation(lite.db, document, "secretariat", "2020-01-01")),
        outcome(sqliteSituations.publishSituation(lite.db, document, "secretariat", "2020-01-01")),
      ];
      expect(expected[1]).toEqual({
        kind: "conflict",
        field: "version",
        message: `must be greater than ${document.version}, the current one for ${document.country}`,
      });
      expect(results.map(outcome).sort((a, b) => Number(b === "ok") - Number(a === "ok"))).toEqual(expected);
    }
    expect(await pgSituations.currentSituations(second)).toEqual(sqliteSituations.currentSituations(lite.db));
  });

  it("publishes a jurisdiction version once among many nodes' attempts", async () => {
    const document = { ...jurisdiction, version: jurisdiction.version + 1 };
    const nodes = [first.db, second, first.db, second];
    const results = (
      await Promise.all(
        nodes.map((db) => pgJurisdictions.publishJurisdiction(db, document, "secretariat", "2020-01-01")),
      )
    ).map(outcome);
    expect(results.filter((result) => result === "ok")).toHaveLength(1);
    expect(new Set(results.filter((result) => result !== "ok").map((result) => JSON.stringify(result)))).toEqual(
      new Set([
        JSON.stringify({
          kind: "conflict",
          field: "version",
          message: `must be greater than ${document.version}, the current one for ${document.country}`,
        }),
      ]),
    );
  });

  it("lets the primary key decide when a row of the same version is being written outside a publication", async () => {
    const document = { ...situation, version: situation.version + 100 };
    const intruder = new pg.Client({ connectionString: first.url });
    await intruder.connect();
    try {
      await intruder.query("begin");
      await intruder.query(
        "insert into country_situations (country, version, document, published_by, published_at) values ($1, $2, $3, 'x', 'x')",
        [document.country, document.version, JSON.stringify(document)],
      );
      // The publication cannot see the uncommitted row: its insert waits on the key, then does nothing.
      const pending = pgSituations.publishSituation(second, document, "secretariat", "2020-01-01");
      await waitForLockWait(first.db);
      await intruder.query("commit");
      expect(outcome(await pending)).toEqual({
        kind: "conflict",
        field: "version",
        message: `must be greater than ${document.version}, the current one for ${document.country}`,
      });
    } finally {
      await intruder.end();
    }
  });
});

/** Until some session of the database waits for a lock (the publication's insert, on the key). */
async function waitForLockWait(db: postgres.PgLedgerDatabase): Promise<void> {
  for (let tries = 0; tries < 200; tries += 1) {
    const { rows } = await db.$client.query<{ waiting: number }>(
      "select count(*)::int as waiting from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'",
    );
    if ((rows[0]?.waiting ?? 0) > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error("no session waited for a lock");
}

describe("creating appeals from two nodes at once", () => {
  const coordinator: Actor = { role: "coordinator", tokenId: null, organisation: { id: "secretariat", country: null } };

  it("creates one appeal per code; the other node gets SQLite's conflict", async () => {
    for (let round = 1; round <= 5; round += 1) {
      const input = AppealCreate.parse({
        code: `RACE-${round}`,
        title: "Raced",
        year: 2020,
        requiredUsd: "10.00",
        placeNeeds: [{ hostCountry: "PE", category: "medical-needs", needed: 3 }],
      });
      const results = await Promise.all([
        pgAppeals.createAppeal(first.db, coordinator, input),
        pgAppeals.createAppeal(second, coordinator, input),
      ]);
      const expected = [
        outcome(sqliteAppeals.createAppeal(lite.db, coordinator, input)),
        outcome(sqliteAppeals.createAppeal(lite.db, coordinator, input)),
      ];
      expect(expected[1]).toEqual({
        kind: "conflict",
        field: "code",
        message: `an appeal with code "RACE-${round}" already exists`,
      });
      expect(results.map(outcome).sort((a, b) => Number(b === "ok") - Number(a === "ok"))).toEqual(expected);
    }
    const codes = (await pgAppeals.listAppeals(second, 2020)).map((appeal) => appeal.code);
    expect(codes.filter((code) => code.startsWith("RACE-"))).toEqual([
      "RACE-1",
      "RACE-2",
      "RACE-3",
      "RACE-4",
      "RACE-5",
    ]);
    const needs = await pgAppeals.listAppeals(first.db, 2020);
    expect(needs.every((appeal) => appeal.code === "APPEAL" || appeal.placeNeeds.length === 1)).toBe(true);
  });
});
