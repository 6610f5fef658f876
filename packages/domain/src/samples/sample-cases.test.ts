import { describe, expect, it } from "vitest";
import { evaluateCase } from "../rules/evaluate.js";
import { CaseFacts } from "../case/case-facts.js";
import { SAMPLE_CASES, SAMPLE_TODAY } from "./sample-cases.js";

/** The exact annotations for each situation rebuilt from Amnesty International's 2020 report. */
const EXPECTED: Record<string, string[]> = {
  "DEMO-CEBAF-0001": [
    "entry.humanitarian-exception",
    "nonrefoulement.border-rejection",
    "definition.cartagena",
    "family.reunification",
    "vulnerability.older-person",
    "vulnerability.serious-medical-condition",
    "vulnerability.child",
  ],
  "DEMO-CEBAF-0002": [
    "family.separation",
    "procedure.long-wait",
    "definition.cartagena",
    "vulnerability.older-person",
    "vulnerability.child",
  ],
  "DEMO-CEPR-0003": [
    "definition.cartagena-not-assessed",
    "nonrefoulement.border-rejection",
    "appeal.available",
    "definition.cartagena",
  ],
  "DEMO-CEPR-0004": [
    "nonrefoulement.border-rejection",
    "procedure.no-written-decision",
    "appeal.available",
    "definition.cartagena",
  ],
  "DEMO-CEPR-0005": [
    "procedure.renewal-due",
    "status.entry-permit-expiry",
    "definition.cartagena",
    "procedure.long-wait",
    "vulnerability.pregnancy",
    "vulnerability.child",
  ],
  "DEMO-CEPR-0006": [
    "vulnerability.disability",
    "vulnerability.serious-medical-condition",
    "definition.cartagena",
    "resettlement.candidate",
  ],
  "DEMO-CEBAF-0007": [
    "trafficking.indicators",
    "vulnerability.unaccompanied-child",
    "definition.cartagena",
    "resettlement.candidate",
  ],
};

describe("sample cases", () => {
  it.each(SAMPLE_CASES.map((sample) => [sample.facts.reference, sample] as const))("%s", (reference, sample) => {
    expect(CaseFacts.parse(sample.facts)).toEqual(sample.facts);
    expect(evaluateCase(sample.facts, { today: SAMPLE_TODAY }).map((annotation) => annotation.code)).toEqual(
      EXPECTED[reference],
    );
  });

  it("texts exist and differ in es, pt and en", () => {
    for (const sample of SAMPLE_CASES) {
      for (const annotation of evaluateCase(sample.facts, { today: SAMPLE_TODAY })) {
        expect(new Set([annotation.detail.es, annotation.detail.pt, annotation.detail.en]).size, annotation.code).toBe(
          3,
        );
      }
    }
  });
});
