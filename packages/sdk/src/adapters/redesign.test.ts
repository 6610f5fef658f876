import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseHtml, runPlugin } from "../testing/index.js";
import { mountPlugin } from "../runtime/mount.js";
import { adapterFromManifest } from "./declarative-adapter.js";

/**
 * Two saved versions of the same portal page: the registry as it was (`ecuador-registry.html`) and
 * after a redesign that renamed every class, turned the definition list into labelled blocks and
 * dropped the entry post (`ecuador-registry-redesign.html`). One adapter, with alternative sources
 * per field, reads both; the health report names what the redesign lost.
 */

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), "utf8");
const adapter = adapterFromManifest(JSON.parse(fixture("ecuador-registry.adapter.json")));
const options = { url: "http://localhost/ecuador/registro", today: "2019-11-20" };

/** What both versions show of the first case: the redesign has everything but the entry. */
const firstCase = {
  jurisdiction: "EC",
  reference: "EC-2019-000101",
  nationality: "VE",
  claim: { date: "2019-09-05" },
  location: { kind: "border" },
  decision: { outcome: "rejected", date: "2019-09-30", written: false },
  people: [
    { relationship: "principal", age: 34 },
    { relationship: "child", age: 7 },
    { relationship: "child", age: 4 },
  ],
  documents: [
    { kind: "passport", status: "expired" },
    { kind: "national-id", status: "valid" },
  ],
};
/** "Solicitante de PTP", "Hija política" and "En trámite de apelación" are read as nothing, not as a guess. */
const secondCase = {
  jurisdiction: "EC",
  reference: "EC-2019-000102",
  nationality: "CO",
  location: { kind: "inland" },
  people: [{ age: 30 }],
};

describe("an adapter across a portal redesign", () => {
  it("reads the page as it was, and finds every field", () => {
    const run = runPlugin(adapter, fixture("ecuador-registry.html"), options);
    expect(run.records.map((record) => record.facts)).toEqual([
      { ...firstCase, entry: { date: "2019-09-02", place: "Rumichaca" } },
      { ...secondCase, entry: { date: "2019-08-14", place: "Aeropuerto de Quito" } },
    ]);
    expect(run.records[0]?.codes).toContain("procedure.no-written-decision");
    expect(run.health).toEqual([expect.objectContaining({ page: "cards", records: 2, missing: [] })]);
  });

  it("reads the redesigned page through the alternative sources, and names the fields it lost", () => {
    const run = runPlugin(adapter, fixture("ecuador-registry-redesign.html"), options);
    expect(run.records.map((record) => record.facts)).toEqual([firstCase, secondCase]);
    expect(run.health).toEqual([
      {
        page: "cards",
        records: 2,
        fields: expect.arrayContaining(["reference", "entry.date", "people", "people[].age"]) as unknown,
        missing: ["entry.date", "entry.place"],
      },
    ]);
  });

  it("reports the same health from the runtime on a live page, names only: no value of the page", async () => {
    const document = parseHtml(fixture("ecuador-registry-redesign.html"), options.url);
    const mounted = mountPlugin(adapter, {
      document,
      renderer: { render: () => undefined, remove: () => undefined },
      today: options.today,
    });
    await mounted.whenIdle();
    const health = mounted.health();
    mounted.stop();
    expect(health).toEqual([expect.objectContaining({ records: 2, missing: ["entry.date", "entry.place"] })]);
    const reported = JSON.stringify(health);
    for (const value of ["EC-2019", "Venezolana", "Colombiana", "Titular", "Pasaporte", "30/09/2019", "frontera"])
      expect(reported).not.toContain(value);
  });

  it("says nothing is missing while no record was read", () => {
    const run = runPlugin(adapter, "<p>Sin resultados</p>", options);
    expect(run.health).toEqual([expect.objectContaining({ records: 0, missing: [] })]);
  });
});
