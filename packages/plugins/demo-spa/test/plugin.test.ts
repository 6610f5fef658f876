import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runPlugin } from "@solidaria/sdk/testing";
import { demoSpaPlugin } from "../src/index.js";

describe("single-page registry", () => {
  const run = runPlugin(demoSpaPlugin, readFileSync(new URL("../fixtures/case-list.html", import.meta.url), "utf8"), {
    url: "http://localhost:8080/spa/",
    today: "2019-11-20",
  });

  it("reads the client-rendered rows", () => {
    expect(run.records).toHaveLength(7);
    expect(run.records[3]?.facts).toEqual({
      reference: "CEPR-2019-000004",
      jurisdiction: "PE",
      nationality: "VE",
      location: { kind: "border", place: "CEBAF Tumbes" },
      people: [{ id: "titular", relationship: "principal", age: 28 }],
      claim: { date: "2019-07-25" },
      decision: { outcome: "rejected", written: false },
    });
  });

  it("raises the expected codes", () => {
    expect(run.records.map((record) => record.codes)).toEqual([
      // Registered 8 days ago at the border: no long wait yet.
      ["definition.cartagena"],
      ["procedure.long-wait", "definition.cartagena"],
      ["nonrefoulement.border-rejection", "appeal.available", "definition.cartagena"],
      [
        "nonrefoulement.border-rejection",
        "procedure.long-wait",
        "procedure.no-written-decision",
        "appeal.available",
        "definition.cartagena",
      ],
      ["procedure.long-wait", "definition.cartagena"],
      [],
      // A 16-year-old registered 13 days ago.
      ["definition.cartagena", "vulnerability.child"],
    ]);
  });
});
