import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AMERICAS_INDICATORS, INDICATORS_SOURCE } from "@solidaria/domain";
import { closeDatabase, openDatabase, organisations, pledges } from "@solidaria/db";
import * as postgres from "@solidaria/db/pg";
import { freshPgDatabase } from "@solidaria/db/test-support";
import * as pg from "../pg/reports/fair-share.js";
import { fairShareReport } from "./fair-share.js";

// A real ledger with rows written directly: the report reads the projection, whatever wrote it. The
// same cases run on SQLite and on PostgreSQL.
type Input = Parameters<typeof fairShareReport>[1];
interface Ledger {
  report(input: Input): Promise<ReturnType<typeof fairShareReport>>;
  close(): Promise<void>;
}

function placesPledge(id: string, organisationId: string, places: number, status = "pledged") {
  return {
    id,
    kind: "places" as const,
    organisationId,
    programme: "solidarity-resettlement",
    year: 2025,
    status,
    version: 1,
    idempotencyKey: id,
    requestHash: id,
    resettlementCountry: null,
    placesPledged: places,
    updatedAt: "2025-01-01T00:00:00.000Z",
  };
}

const STATES = [
  { id: "gov-ar", name: "Argentina", kind: "state", country: "AR" },
  { id: "gov-br", name: "Brazil", kind: "state", country: "BR" },
  { id: "gov-pe", name: "Peru", kind: "state", country: "PE" },
  // Not an OAS member state: the indicator table has no figures for it.
  { id: "gov-es", name: "Spain", kind: "state", country: "ES" },
] as const;
const PLEDGES = [
  placesPledge("p-ar", "gov-ar", 40),
  placesPledge("p-br", "gov-br", 100),
  placesPledge("p-pe", "gov-pe", 60),
  placesPledge("p-pe-cancelled", "gov-pe", 500, "cancelled"),
  placesPledge("p-es", "gov-es", 10),
];

function sqliteLedger(rows: { states: readonly (typeof STATES)[number][]; pledges: boolean }): Promise<Ledger> {
  const db = openDatabase(":memory:");
  db.insert(organisations)
    .values([...rows.states])
    .run();
  if (rows.pledges) db.insert(pledges).values(PLEDGES).run();
  return Promise.resolve({
    report: (input) => Promise.resolve(fairShareReport(db, input)),
    close: () => Promise.resolve(closeDatabase(db)),
  });
}

async function postgresLedger(rows: { states: readonly (typeof STATES)[number][]; pledges: boolean }): Promise<Ledger> {
  const db = await postgres.openPgDatabase(await freshPgDatabase(), { migrate: false });
  await db.insert(postgres.organisations).values([...rows.states]);
  if (rows.pledges) await db.insert(postgres.pledges).values(PLEDGES);
  return { report: (input) => pg.fairShareReport(db, input), close: () => postgres.closePgDatabase(db) };
}

const figure = (country: string, indicator: "population" | "gdpUsd") => {
  const value = AMERICAS_INDICATORS.find((row) => row.country === country)?.[indicator];
  if (!value) throw new Error(`no ${indicator} for ${country} in the table`);
  return value;
};

describe.each([
  ["sqlite", sqliteLedger],
  ["postgresql", postgresLedger],
] as const)("fairShareReport on %s", (_dialect, open) => {
  let ledger: Ledger;
  beforeAll(async () => {
    ledger = await open({ states: STATES, pledges: true });
  });
  afterAll(() => ledger.close());
  const report = () => ledger.report({ kind: "places" });

  it("keeps its figures: each state's share, fair share and pledge", async () => {
    const { key, total, states, excluded } = await report();
    expect(key).toBe("population-gdp-50-50");
    expect(total).toBe(200);
    expect(states.map((row) => row.country)).toEqual(["BR", "AR", "PE"]);
    expect(states.reduce((sum, row) => sum + Number(row.fairShare), 0)).toBe(200);
    expect(states.find((row) => row.country === "PE")?.pledged).toBe(60);
    expect(excluded).toEqual([{ country: "ES", missing: ["indicators"] }]);
  });

  it("shows the key's formula with each indicator's code and year, in es, pt and en", async () => {
    const { formula } = await report();
    expect(formula.en).toBe(
      "share_i = 0.5 × population_i / Σ population + 0.5 × GDP_i / Σ GDP; Σ: over the 3 states included; " +
        "population = Population, total (SP.POP.TOTL), 2024, every state; " +
        "GDP = GDP (current US$) (NY.GDP.MKTP.CD), 2023, every state",
    );
    expect(formula.es).toMatch(/^cuota_i = 0\.5 × población_i \/ Σ población \+ 0\.5 × PIB_i \/ Σ PIB; /);
    expect(formula.es).toContain("Población, total (SP.POP.TOTL), 2024");
    expect(formula.pt).toMatch(/^quota_i = 0,5 × população_i \/ Σ população \+ 0,5 × PIB_i \/ Σ PIB; /);
    expect(formula.pt).toContain("PIB (US$ a preços correntes) (NY.GDP.MKTP.CD), 2023");
  });

  it("names the release of every component and when the table was last verified", async () => {
    const { components, source } = await report();
    expect(components.map((component) => [component.indicator, component.code, component.weight])).toEqual([
      ["population", "SP.POP.TOTL", 0.5],
      ["gdpUsd", "NY.GDP.MKTP.CD", 0.5],
    ]);
    expect(components[0]?.source).toEqual(INDICATORS_SOURCE.indicators.population);
    expect(components[1]?.source).toEqual(INDICATORS_SOURCE.indicators.gdpUsd);
    expect(components[1]?.years).toEqual([{ year: 2023, countries: ["AR", "BR", "PE"] }]);
    expect(source).toEqual({
      citation: INDICATORS_SOURCE.citation,
      licence: INDICATORS_SOURCE.licence,
      lastVerified: INDICATORS_SOURCE.lastVerified,
    });
  });

  it("gives every figure a share rests on, with its year, so the share can be checked by hand", async () => {
    const { states } = await report();
    const sum = (indicator: "population" | "gdpUsd") =>
      states.reduce((total, row) => total + figure(row.country, indicator).value, 0);
    for (const row of states) {
      expect(row.figures).toEqual([
        { indicator: "population", ...figure(row.country, "population") },
        { indicator: "gdpUsd", ...figure(row.country, "gdpUsd") },
      ]);
      const byHand =
        0.5 * (figure(row.country, "population").value / sum("population")) +
        0.5 * (figure(row.country, "gdpUsd").value / sum("gdpUsd"));
      expect(row.share).toBeCloseTo(byHand * 100, 3);
    }
  });

  it("shows a custom key's own formula", async () => {
    const byPopulation = await ledger.report({
      kind: "places",
      key: { id: "pop", weights: [{ indicator: "population", weight: 3 }] },
    });
    expect(byPopulation.formula.en).toMatch(/^share_i = population_i \/ Σ population; /);
    expect(byPopulation.components).toHaveLength(1);
    expect(byPopulation.states[0]?.figures).toEqual([{ indicator: "population", ...figure("BR", "population") }]);
  });

  it("still shows the formula when no participating state has figures", async () => {
    const outside = await open({ states: STATES.filter((state) => state.country === "ES"), pledges: false });
    try {
      const empty = await outside.report({ kind: "places" });
      expect(empty.states).toEqual([]);
      expect(empty.excluded).toEqual([{ country: "ES", missing: ["indicators"] }]);
      expect(empty.formula.en).toContain("Σ: no state included");
      expect(empty.source.lastVerified).toBe(INDICATORS_SOURCE.lastVerified);
    } finally {
      await outside.close();
    }
  });
});
