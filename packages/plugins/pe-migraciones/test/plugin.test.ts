import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runPlugin } from "@solidaria/sdk/testing";
import { peMigracionesPlugin } from "../src/index.js";

const record = (id: number) => {
  const [first] = runPlugin(
    peMigracionesPlugin,
    readFileSync(new URL(`../fixtures/traveller-record-${id}.html`, import.meta.url), "utf8"),
    {
      url: `http://localhost:8080/migraciones/control?id=${id}`,
      today: "2019-11-20",
    },
  ).records;
  if (!first) throw new Error(`Expected a record in traveller-record-${id}.html, found none`);
  return first;
};

describe("Migraciones traveller record", () => {
  it("humanitarian-visa holder refused at CEBAF Tumbes for lack of Ecuadorian stamps", () => {
    const result = record(0);
    expect(result.facts).toEqual({
      reference: "CEPR-2019-000001",
      jurisdiction: "PE",
      nationality: "VE",
      location: { kind: "border", place: "CEBAF TUMBES" },
      people: [{ id: "viajero", relationship: "principal", birthDate: "1980-03-02" }],
      documents: [
        { kind: "passport", status: "valid" },
        { kind: "national-id", status: "valid" },
        { kind: "andean-migration-card", status: "missing" },
        { kind: "humanitarian-visa", country: "PE", status: "valid" },
        { kind: "exit-stamp", country: "EC", status: "missing" },
        { kind: "entry-stamp", country: "EC", status: "missing" },
      ],
      entry: { date: "2019-11-18", place: "CEBAF TUMBES", decision: "refused", refusalReason: "missing-stamps" },
    });
    expect(result.codes).toEqual(["nonrefoulement.border-rejection", "definition.cartagena"]);
  });

  it("admitted at the airport as a tourist for 180 days", () => {
    const result = record(4);
    expect(result.facts?.entry).toEqual({
      date: "2019-06-01",
      place: "AEROPUERTO JORGE CHÁVEZ",
      decision: "admitted",
      status: "tourist",
      authorizedDays: 180,
    });
    expect(result.facts?.location?.kind).toBe("airport");
    expect(result.codes).toEqual(["definition.cartagena"]);
  });

  it("a 16-year-old without a passport refused at the border", () => {
    const result = record(6);
    expect(result.facts?.documents?.[0]).toEqual({ kind: "passport", status: "missing" });
    expect(result.codes).toEqual(["nonrefoulement.border-rejection", "definition.cartagena", "vulnerability.child"]);
  });
});
