import { CaseFacts, type CaseFactsInput } from "../src/case/case-facts.js";
import { assessCase, type EvaluationOptions } from "../src/rules/evaluate.js";

export const TODAY = "2019-11-20";

/** A Venezuelan case in Peru with nothing else known; tests add the facts they are about. */
export function peruCase(overrides: Partial<CaseFactsInput> = {}): CaseFacts {
  return CaseFacts.parse({ reference: "TEST-1", jurisdiction: "PE", nationality: "VE", ...overrides });
}

function assess(facts: CaseFacts, options: Partial<EvaluationOptions> = {}) {
  return assessCase(facts, { today: TODAY, ...options });
}

export function codesOf(facts: CaseFacts, options: Partial<EvaluationOptions> = {}): string[] {
  return assess(facts, options).annotations.map((annotation) => annotation.code);
}

export function annotation(facts: CaseFacts, code: string, options: Partial<EvaluationOptions> = {}) {
  return assess(facts, options).annotations.find((candidate) => candidate.code === code);
}

export function undeterminedCodes(facts: CaseFacts, options: Partial<EvaluationOptions> = {}): string[] {
  return assess(facts, options).undetermined.map((entry) => entry.code);
}

/** The value, or a thrown Error naming what the test expected to find. */
export function defined<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`Expected ${what}, found none`);
  return value;
}
