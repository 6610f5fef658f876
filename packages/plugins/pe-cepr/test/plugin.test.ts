import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runPlugin } from "@solidaria/sdk/testing";
import { peCeprPlugin } from "../src/index.js";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), "utf8");
const TODAY = "2019-11-20";

describe("CEPR case list", () => {
  const run = runPlugin(peCeprPlugin, fixture("case-list.html"), {
    url: "http://localhost:8080/cepr/casos?page=1",
    today: TODAY,
  });

  it("reads every row of the GridView by its column headers", () => {
    expect(run.pages).toEqual(["case-list"]);
    expect(run.records.map((record) => record.reference)).toEqual([
      "CEPR-2019-000001",
      "CEPR-2019-000002",
      "CEPR-2019-000003",
      "CEPR-2019-000004",
      "CEPR-2019-000005",
      "CEPR-2019-000006",
      "CEPR-2019-000007",
    ]);
    expect(run.records.every((record) => record.errors.length === 0)).toBe(true);
    expect(run.records[3]?.facts).toEqual({
      reference: "CEPR-2019-000004",
      jurisdiction: "PE",
      nationality: "VE",
      location: { kind: "border", place: "CEBAF Tumbes" },
      people: [{ id: "titular", relationship: "principal", birthDate: "1991-07-26" }],
      claim: { date: "2019-07-25", stage: "decided" },
      decision: { outcome: "rejected", written: false },
    });
  });

  it("raises the expected codes per row", () => {
    expect(run.records.map((record) => record.codes)).toEqual([
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
      ["definition.cartagena", "vulnerability.child"],
    ]);
  });

  it("flags only the waits past 30 days: critical at the border, a warning inland", () => {
    const waits = run.records.map((record) => ({
      claimed: record.facts?.claim?.date,
      wait: record.annotations.find((annotation) => annotation.code === "procedure.long-wait")?.severity ?? null,
    }));
    // Claimed at the border 8 and 13 days ago: not yet a long wait.
    expect(waits[0]).toEqual({ claimed: "2019-11-12", wait: null });
    expect(waits[6]).toEqual({ claimed: "2019-11-07", wait: null });
    // 59 days at the border waiting for admission; 116 days inland waiting for a decision.
    expect(waits[1]).toEqual({ claimed: "2019-09-22", wait: "critical" });
    expect(waits[4]).toEqual({ claimed: "2019-07-27", wait: "warning" });
    expect(run.records.filter((record) => record.annotations[0]?.severity === "critical")).toHaveLength(3);
  });

  it("keeps markup in a cell as text: the alias with an <img onerror> is inert", () => {
    const cell = run.document.querySelectorAll("#ctl00_cphPrincipal_gvCasos_row3 td")[1];
    expect(cell?.textContent).toContain('<img src=x onerror="window.__solidariaXss=1">');
    expect(cell?.querySelector("img")).toBeNull();
  });
});

describe("CEPR case file", () => {
  const detail = (id: number) => {
    const [record] = runPlugin(peCeprPlugin, fixture(`case-detail-${id}.html`), {
      url: `http://localhost:8080/cepr/expediente?id=${id}`,
      today: TODAY,
    }).records;
    if (!record) throw new Error(`Expected a record in case-detail-${id}.html, found none`);
    return record;
  };

  it("humanitarian-visa family: older mother with a chronic illness, a child, a spouse with a PTP (no reunification claimed)", () => {
    const record = detail(0);
    expect(record.facts?.people).toEqual([
      { id: "miembro-1", relationship: "principal", birthDate: "1980-03-02", needs: [] },
      { id: "miembro-2", relationship: "parent", birthDate: "1958-12-05", needs: ["chronic-illness"] },
      { id: "miembro-3", relationship: "child", birthDate: "2008-11-22", needs: [] },
    ]);
    expect(record.facts?.familyInCountry).toEqual([{ relationship: "spouse", status: "temporary-stay-permit" }]);
    // Claimed at the border 8 days ago: no long wait yet.
    expect(record.facts?.claim?.date).toBe("2019-11-12");
    expect(record.codes).toEqual([
      "vulnerability.older-person",
      "vulnerability.serious-medical-condition",
      "definition.cartagena",
      "vulnerability.child",
    ]);
  });

  it("family split at CEBAF: the mother sent back to Ecuador", () => {
    const record = detail(1);
    expect(record.facts?.people?.[1]).toMatchObject({ relationship: "parent", separation: { kind: "refused-entry" } });
    expect(record.codes[0]).toBe("family.separation");
  });

  it("rejection reasoned only on a well-founded fear, notified in writing", () => {
    const record = detail(2);
    expect(record.facts?.decision).toEqual({
      outcome: "rejected",
      date: "2019-11-10",
      notifiedDate: "2019-11-12",
      written: true,
      grounds: ["no-well-founded-fear"],
    });
    expect(record.codes).toEqual([
      "nonrefoulement.border-rejection",
      "appeal.available",
      "definition.cartagena-not-assessed",
      "definition.cartagena",
    ]);
    expect(record.annotations.find((annotation) => annotation.code === "appeal.available")?.due).toBe("2019-12-03");
  });

  it("verbal rejection with no written decision", () => {
    const record = detail(3);
    expect(record.facts?.decision).toEqual({ outcome: "rejected", date: "2019-11-10", written: false });
    expect(record.codes).toContain("procedure.no-written-decision");
  });

  it("admitted inland 116 days ago: the applicant card, renewed once, must be renewed within the week", () => {
    const record = detail(4);
    expect(record.facts?.claim).toEqual({
      date: "2019-07-27",
      stage: "admitted",
      asylumSeekerDocument: { issued: "2019-07-27", lastRenewed: "2019-09-25" },
    });
    expect(record.codes).toEqual([
      "procedure.renewal-due",
      "procedure.long-wait",
      "vulnerability.pregnancy",
      "definition.cartagena",
    ]);
    // Valid 60 calendar days from the last renewal: 4 days left, a warning.
    const renewal = record.annotations.find((annotation) => annotation.code === "procedure.renewal-due");
    expect(renewal).toMatchObject({ severity: "warning", due: "2019-11-24" });
  });

  it("recognised refugee with medical needs is a resettlement candidate", () => {
    const record = detail(5);
    expect(record.codes).toEqual(["vulnerability.serious-medical-condition", "resettlement.candidate"]);
  });

  it("does not run on pages it does not know", () => {
    expect(
      runPlugin(peCeprPlugin, fixture("case-list.html"), { url: "http://localhost:8080/otro/casos", today: TODAY })
        .records,
    ).toEqual([]);
  });
});
