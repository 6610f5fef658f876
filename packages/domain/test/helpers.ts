import { CaseFacts, type CaseFactsInput } from "../src/case/case-facts.js";

export const TODAY = "2019-11-20";

/** A Venezuelan case in Peru with nothing else known; tests add the facts they are about. */
export function peruCase(overrides: Partial<CaseFactsInput> = {}): CaseFacts {
  return CaseFacts.parse({ reference: "TEST-1", jurisdiction: "PE", nationality: "VE", ...overrides });
}

/** The value, or a thrown Error naming what the test expected to find. */
export function defined<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`Expected ${what}, found none`);
  return value;
}
