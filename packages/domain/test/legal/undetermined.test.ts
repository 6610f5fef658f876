import { describe, expect, it } from "vitest";
import { CaseFacts, type CaseFactsInput } from "../../src/case/case-facts.js";
import { assessCase, type EvaluationOptions } from "../../src/rules/evaluate.js";
import { getJurisdiction } from "../../src/jurisdictions/registry.js";
import { BUILTIN_CODES } from "../../src/annotations/annotation.js";
import { defined } from "../helpers.js";

const TODAY = "2019-11-20";
const peru = defined(getJurisdiction("PE"), "Peru's profile");

interface Unknown {
  /** What is left unknown, in words. */
  readonly fact: string;
  readonly facts: Partial<CaseFactsInput>;
  readonly options?: Partial<Omit<EvaluationOptions, "today">>;
  /** The fact the rule must name as missing. */
  readonly missing: string;
}

/**
 * For every rule: a case where it fires, then each fact it needs left unknown in turn. With the fact
 * unknown the rule must say `undetermined` and name it, and must not fire on a guess.
 */
const RULES: Readonly<Record<string, { fires: Partial<CaseFactsInput>; unknowns: readonly Unknown[] }>> = {
  "definition.cartagena": {
    fires: { nationality: "VE" },
    unknowns: [
      { fact: "nationality", facts: {}, missing: "nationality" },
      { fact: "the origin country's situation", facts: { nationality: "HN" }, missing: "situations.HN" },
      { fact: "the jurisdiction", facts: { jurisdiction: "UY", nationality: "VE" }, missing: "jurisdiction" },
      {
        fact: "whether the law incorporates Cartagena",
        facts: { nationality: "VE" },
        options: { jurisdictions: [{ ...peru, cartagena: null }] },
        missing: "jurisdiction.cartagena",
      },
    ],
  },
  "definition.cartagena-not-assessed": {
    fires: { nationality: "VE", decision: { outcome: "rejected", written: true, grounds: ["no-well-founded-fear"] } },
    unknowns: [
      {
        fact: "the decision's grounds",
        facts: { nationality: "VE", decision: { outcome: "rejected", written: true } },
        missing: "decision.grounds",
      },
      {
        fact: "nationality",
        facts: { decision: { outcome: "rejected", written: true, grounds: ["no-well-founded-fear"] } },
        missing: "nationality",
      },
    ],
  },
  "nonrefoulement.border-rejection": {
    fires: { nationality: "VE", location: { kind: "border" }, entry: { decision: "refused" } },
    unknowns: [
      {
        fact: "nationality and claim",
        facts: { location: { kind: "border" }, entry: { decision: "refused" } },
        missing: "nationality",
      },
      {
        fact: "nationality and claim, even with an answer about fear on record",
        facts: { location: { kind: "border" }, entry: { decision: "refused" }, fearOfReturn: "none-expressed" },
        missing: "claim",
      },
    ],
  },
  "nonrefoulement.removal": {
    fires: { nationality: "VE", removal: { measure: "deportation", status: "ordered" } },
    unknowns: [
      {
        fact: "nationality and claim",
        facts: { removal: { measure: "deportation", status: "ordered" } },
        missing: "claim",
      },
    ],
  },
  "entry.humanitarian-exception": {
    fires: {
      nationality: "VE",
      people: [{ id: "p", relationship: "principal", age: 70 }],
      entry: { date: "2019-10-20", decision: "refused", refusalReason: "no-visa" },
    },
    unknowns: [
      {
        fact: "the day of the refusal",
        facts: { nationality: "VE", people: [{ age: 70 }], entry: { decision: "refused", refusalReason: "no-visa" } },
        missing: "entry.date",
      },
      {
        fact: "the reason for the refusal",
        facts: { nationality: "VE", people: [{ age: 70 }], entry: { date: "2019-10-20", decision: "refused" } },
        missing: "entry.refusalReason",
      },
      {
        fact: "nationality",
        facts: { people: [{ age: 70 }], entry: { date: "2019-10-20", decision: "refused", refusalReason: "no-visa" } },
        missing: "nationality",
      },
      {
        fact: "the person's age",
        facts: {
          nationality: "VE",
          people: [{ relationship: "principal" }],
          entry: { date: "2019-01-10", decision: "refused", refusalReason: "no-passport" },
        },
        missing: "people[0].age",
      },
      {
        fact: "who is in the household",
        facts: { nationality: "VE", entry: { date: "2019-10-20", decision: "refused", refusalReason: "no-visa" } },
        missing: "people",
      },
      {
        fact: "why a member was refused entry on their own",
        facts: {
          nationality: "VE",
          people: [{ age: 70, separation: { kind: "refused-entry", date: "2019-10-20" } }],
        },
        missing: "people[0].separation.reason",
      },
      {
        fact: "when a member was refused entry on their own",
        facts: { nationality: "VE", people: [{ age: 70, separation: { kind: "refused-entry", reason: "no-visa" } }] },
        missing: "people[0].separation.date",
      },
      {
        fact: "the jurisdiction's exceptions",
        facts: {
          jurisdiction: "CL",
          nationality: "VE",
          people: [{ age: 70 }],
          entry: { date: "2019-10-20", decision: "refused", refusalReason: "no-visa" },
        },
        missing: "jurisdiction.humanitarianExceptions",
      },
    ],
  },
  "procedure.no-written-decision": {
    fires: { nationality: "VE", decision: { outcome: "rejected", written: false } },
    unknowns: [
      {
        fact: "whether it was written",
        facts: { nationality: "VE", decision: { outcome: "rejected" } },
        missing: "decision.written",
      },
    ],
  },
  "procedure.renewal-due": {
    fires: { nationality: "VE", claim: { date: "2019-05-01", asylumSeekerDocument: { expires: "2019-11-22" } } },
    unknowns: [
      {
        fact: "any date of the document",
        facts: { nationality: "VE", claim: { date: "2019-05-01", asylumSeekerDocument: {} } },
        missing: "claim.asylumSeekerDocument.expires",
      },
      {
        fact: "the jurisdiction's validity period",
        facts: {
          jurisdiction: "CL",
          nationality: "VE",
          claim: { date: "2019-05-01", asylumSeekerDocument: { issued: "2019-10-01" } },
        },
        missing: "jurisdiction.asylumSeekerDocument",
      },
    ],
  },
  "procedure.long-wait": {
    fires: { nationality: "VE", claim: { date: "2019-09-01" } },
    unknowns: [
      { fact: "the claim's date", facts: { nationality: "VE", claim: { stage: "registered" } }, missing: "claim.date" },
      {
        fact: "when the remedy was filed",
        facts: { nationality: "VE", claim: { stage: "appeal" }, decision: { outcome: "rejected", written: true } },
        missing: "remedies",
      },
    ],
  },
  "status.entry-permit-expiry": {
    fires: {
      nationality: "VE",
      entry: { status: "tourist", statusExpires: "2019-11-30" },
      claim: { date: "2019-06-01" },
    },
    unknowns: [
      {
        fact: "the entry date",
        facts: { nationality: "VE", entry: { status: "tourist" }, claim: { date: "2019-06-01" } },
        missing: "entry.date",
      },
      {
        fact: "the days granted",
        facts: {
          jurisdiction: "CL",
          nationality: "VE",
          entry: { status: "tourist", date: "2019-06-01" },
          claim: { date: "2019-06-01" },
        },
        missing: "entry.authorizedDays",
      },
    ],
  },
  "appeal.available": {
    fires: { nationality: "VE", decision: { outcome: "rejected", notifiedDate: "2019-11-14", written: true } },
    unknowns: [
      {
        fact: "the jurisdiction",
        facts: { jurisdiction: "UY", decision: { outcome: "rejected" } },
        missing: "jurisdiction",
      },
      {
        fact: "the jurisdiction's remedies",
        facts: { jurisdiction: "CL", decision: { outcome: "rejected" } },
        missing: "jurisdiction.remedies",
      },
      {
        fact: "a remedy's outcome",
        facts: { decision: { outcome: "rejected" }, remedies: [{ step: "reconsideration", decidedOn: "2019-11-01" }] },
        missing: "remedies[0].outcome",
      },
    ],
  },
  "vulnerability.child": {
    fires: { people: [{ relationship: "child", age: 5 }] },
    unknowns: [{ fact: "a child's age", facts: { people: [{ relationship: "child" }] }, missing: "people[0].age" }],
  },
  "vulnerability.unaccompanied-child": {
    fires: { people: [{ age: 15, unaccompanied: true }] },
    unknowns: [
      {
        fact: "the age of someone travelling alone",
        facts: { people: [{ unaccompanied: true }] },
        missing: "people[0].age",
      },
    ],
  },
  "vulnerability.separated-child": {
    fires: { people: [{ relationship: "child", age: 10, separation: { kind: "refused-entry" } }] },
    unknowns: [
      {
        fact: "the age of a child sent back",
        facts: { people: [{ relationship: "child", separation: { kind: "removed" } }] },
        missing: "people[0].age",
      },
    ],
  },
  "vulnerability.older-person": {
    fires: { people: [{ relationship: "parent", age: 66 }] },
    unknowns: [
      {
        fact: "a parent's age",
        facts: { people: [{ relationship: "principal", age: 30 }, { relationship: "parent" }] },
        missing: "people[1].age",
      },
    ],
  },
  "family.reunification": {
    fires: {
      people: [{ relationship: "principal", age: 30 }],
      familyInCountry: [{ relationship: "spouse", status: "refugee" }],
    },
    unknowns: [
      {
        fact: "who the principal is",
        facts: { people: [{ age: 30 }, { age: 31 }], familyInCountry: [{ relationship: "spouse", status: "refugee" }] },
        missing: "people[].relationship",
      },
      {
        fact: "the member a relative belongs to",
        facts: {
          people: [{ id: "a", relationship: "principal", age: 30 }],
          familyInCountry: [{ of: "zz", relationship: "parent", status: "citizen" }],
        },
        missing: "familyInCountry[0].of",
      },
    ],
  },
  "trafficking.indicators": {
    fires: {
      people: [{ age: 25, trafficking: { acts: ["recruitment"], means: ["deception"], purposes: ["forced-labour"] } }],
    },
    unknowns: [
      {
        fact: "the person's age when no means is recorded",
        facts: { people: [{ trafficking: { acts: ["recruitment"], purposes: ["forced-labour"] } }] },
        missing: "people[0].age",
      },
    ],
  },
  "resettlement.candidate": {
    fires: { nationality: "VE", people: [{ age: 30, needs: ["woman-at-risk"] }] },
    unknowns: [
      {
        fact: "whether the origin's situation meets Cartagena (no recognition yet)",
        facts: { nationality: "HN", people: [{ age: 30, needs: ["woman-at-risk"] }] },
        missing: "situations.HN",
      },
    ],
  },
};

/** Rules that report only what is recorded (a need, a separation): nothing recorded is not a gap to ask about. */
const RECORDED_FACTS_ONLY = [
  "vulnerability.pregnancy",
  "vulnerability.serious-medical-condition",
  "vulnerability.disability",
  "family.separation",
];

function assess(facts: Partial<CaseFactsInput>, options: Partial<Omit<EvaluationOptions, "today">> = {}) {
  return assessCase(CaseFacts.parse({ reference: "U-1", jurisdiction: "PE", ...facts }), { today: TODAY, ...options });
}

describe("a fact left unknown is named, never guessed", () => {
  it("every rule is covered here or reads recorded facts only", () => {
    for (const code of BUILTIN_CODES) expect([...Object.keys(RULES), ...RECORDED_FACTS_ONLY]).toContain(code);
  });

  for (const [code, { fires, unknowns }] of Object.entries(RULES)) {
    describe(code, () => {
      it("fires when everything it needs is known", () => {
        expect(assess(fires).annotations.map((annotation) => annotation.code)).toContain(code);
      });
      it.each(unknowns.map((unknown) => [unknown.fact, unknown] as const))(
        "%s unknown: undetermined",
        (_fact, unknown) => {
          const { annotations, undetermined } = assess(unknown.facts, unknown.options);
          expect(annotations.map((annotation) => annotation.code)).not.toContain(code);
          expect(undetermined.find((entry) => entry.code === code)?.missing).toContain(unknown.missing);
        },
      );
    });
  }

  it.each(RECORDED_FACTS_ONLY)("%s: a person with nothing recorded is neither flagged nor asked about", (code) => {
    const { annotations, undetermined } = assess({ people: [{ relationship: "principal", age: 30 }] });
    expect(annotations.map((annotation) => annotation.code)).not.toContain(code);
    expect(undetermined.map((entry) => entry.code)).not.toContain(code);
  });
});
