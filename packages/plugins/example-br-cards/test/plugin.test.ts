import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runPlugin } from "@solidaria/sdk/testing";
import { plugin } from "../src/index.js";

const page = readFileSync(new URL("../fixtures/case-cards.html", import.meta.url), "utf8");

describe("Brazilian case cards (Portuguese labels)", () => {
  const run = runPlugin(plugin, page, { url: "http://localhost/example-br-cards/painel", today: "2019-11-20" });

  it("reads each card by its labels", () => {
    expect(run.records.map((record) => record.errors)).toEqual([[], [], []]);
    expect(run.records[0]?.facts).toEqual({
      reference: "BR-2019-0001",
      jurisdiction: "BR",
      nationality: "VE",
      location: { kind: "border", place: "Pacaraima (fronteira)" },
      people: [{ relationship: "principal", birthDate: "1955-05-12", needs: ["chronic-illness"] }],
      claim: { date: "2019-09-03" },
    });
    expect(run.records[1]?.facts?.decision).toEqual({
      outcome: "rejected",
      written: true,
      notifiedDate: "2019-11-14",
      grounds: ["no-well-founded-fear"],
    });
    expect(run.records[2]?.facts?.claim).toEqual({});
  });

  it("raises the Brazilian law's annotations", () => {
    expect(run.records[0]?.codes).toEqual([
      "procedure.long-wait",
      "vulnerability.older-person",
      "vulnerability.serious-medical-condition",
      "definition.cartagena",
    ]);
    expect(run.records[1]?.codes).toEqual([
      "appeal.available",
      "definition.cartagena-not-assessed",
      "definition.cartagena",
    ]);
    // Lei 9.474 art. 29: 15 days from notification to the Minister of Justice.
    expect(run.records[1]?.annotations.find((annotation) => annotation.code === "appeal.available")?.due).toBe(
      "2019-11-29",
    );
    expect(run.records[2]?.codes).toEqual(["vulnerability.child"]);
  });
});
