import { describe, expect, it } from "vitest";
import { evaluateCase } from "../rules/evaluate.js";
import { CaseFacts } from "../case/case-facts.js";
import { SAMPLE_CASES, SAMPLE_TODAY } from "./sample-cases.js";

/** The exact annotations for each situation rebuilt from Amnesty International's 2020 report. */
const EXPECTED: Record<string, string[]> = {
  "DEMO-CEBAF-0001": [
    "nonrefoulement.border-rejection",
    "entry.humanitarian-exception",
    "vulnerability.older-person",
    "vulnerability.serious-medical-condition",
    "definition.cartagena",
    "vulnerability.child",
  ],
  "DEMO-CEBAF-0002": [
    "family.separation",
    "nonrefoulement.border-rejection",
    "procedure.long-wait",
    "vulnerability.separated-child",
    "entry.humanitarian-exception",
    "vulnerability.older-person",
    "definition.cartagena",
    "vulnerability.child",
  ],
  "DEMO-CEPR-0003": [
    "nonrefoulement.border-rejection",
    "appeal.available",
    "definition.cartagena-not-assessed",
    "definition.cartagena",
  ],
  "DEMO-CEPR-0004": [
    "nonrefoulement.border-rejection",
    "procedure.long-wait",
    "procedure.no-written-decision",
    "appeal.available",
    "definition.cartagena",
  ],
  "DEMO-CEPR-0005": [
    "procedure.renewal-due",
    "status.entry-permit-expiry",
    "procedure.long-wait",
    "vulnerability.pregnancy",
    "definition.cartagena",
    "vulnerability.child",
  ],
  "DEMO-CEPR-0006": ["vulnerability.disability", "vulnerability.serious-medical-condition", "resettlement.candidate"],
  "DEMO-CEBAF-0007": [
    "trafficking.indicators",
    "vulnerability.unaccompanied-child",
    "definition.cartagena",
    "resettlement.candidate",
    "vulnerability.child",
  ],
  "DEMO-CEBAF-0008": [
    "nonrefoulement.border-rejection",
    "appeal.available",
    "definition.cartagena",
    "family.reunification",
  ],
  "DEMO-LIMA-0009": [
    "status.entry-permit-expiry",
    "nonrefoulement.removal",
    "procedure.long-wait",
    "appeal.available",
    "definition.cartagena",
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
