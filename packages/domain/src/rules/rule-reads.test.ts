import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CaseFacts } from "../case/case-facts.js";
import { SAMPLE_CASES, SAMPLE_TODAY } from "../samples/sample-cases.js";
import { arbitraryCaseFacts, arbitraryToday } from "../../test/arbitrary-case-facts.js";
import { LEGAL_CASES } from "../../test/legal/cases/index.js";
import { BUILTIN_RULES } from "./builtin/index.js";
import { buildContext, type EvaluationOptions } from "./evaluate.js";
import type { PersonView, Rule, RuleContext } from "./rule.js";

type Field = keyof CaseFacts;

/**
 * The context fields derived from facts, and which facts each comes from (see `buildContext`): a rule
 * that reads `context.origin` depends on `countryOfOrigin` and `nationality` as surely as one that reads
 * them itself.
 */
const CONTEXT_SOURCES: Partial<Record<keyof RuleContext, readonly Field[]>> = {
  people: ["people"],
  principal: ["people"],
  origin: ["countryOfOrigin", "nationality"],
  situation: ["countryOfOrigin", "nationality"],
  jurisdiction: ["jurisdiction"],
};

/** A person's nationality falls back to the case's. */
function watchedPerson(view: PersonView, read: (field: Field) => void): PersonView {
  return new Proxy(view, {
    get(target, key, receiver) {
      if (key === "nationality") read("nationality");
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
}

/** Runs a rule on facts and a context that record every fact the rule reads (top-level fields). */
function factsRead(rule: Rule, facts: CaseFacts, options: EvaluationOptions): Set<string> {
  const reads = new Set<string>();
  const read = (field: string) => reads.add(field);
  const watchedFacts = new Proxy(facts, {
    get(target, key, receiver) {
      if (typeof key === "string") read(key);
      return Reflect.get(target, key, receiver) as unknown;
    },
    has(target, key) {
      if (typeof key === "string") read(key);
      return Reflect.has(target, key);
    },
    ownKeys(target) {
      // Spreading or listing the facts reads all of them.
      for (const key of Object.keys(CaseFacts.shape)) read(key);
      return Reflect.ownKeys(target);
    },
  });
  const context = buildContext(facts, options);
  // One watcher per person, so that the principal is still the same object as its entry in `people`.
  const watched = new Map(context.people.map((view) => [view, watchedPerson(view, read)]));
  const people = context.people.map((view) => watched.get(view) ?? view);
  const principal = context.principal === null ? null : (watched.get(context.principal) ?? context.principal);
  const watchedContext = new Proxy(context, {
    get(target, key, receiver) {
      for (const field of CONTEXT_SOURCES[key as keyof RuleContext] ?? []) read(field);
      if (key === "people") return people;
      if (key === "principal") return principal;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  rule.evaluate(watchedFacts, watchedContext);
  return reads;
}

/** Facts a rule read without declaring them. */
function undeclared(rule: Rule, facts: CaseFacts, options: EvaluationOptions): string[] {
  const declared = new Set<string>(rule.reads ?? []);
  return [...factsRead(rule, facts, options)].filter((field) => !declared.has(field)).sort();
}

/** Varied cases: the synthetic samples, the legal test cases and generated ones (fixed seed). */
const CORPUS: { facts: CaseFacts; options: EvaluationOptions }[] = [
  ...SAMPLE_CASES.map((sample) => ({ facts: sample.facts, options: { today: SAMPLE_TODAY } })),
  ...LEGAL_CASES.map((legalCase) => ({
    facts: CaseFacts.parse({ reference: "LEGAL-1", jurisdiction: "PE", ...legalCase.facts }),
    options: { today: legalCase.today ?? SAMPLE_TODAY, ...legalCase.options },
  })),
  ...fc
    .sample(fc.tuple(arbitraryCaseFacts, arbitraryToday), { numRuns: 400, seed: 20191120 })
    .map(([facts, today]) => ({ facts, options: { today } })),
];

describe("what each built-in rule reads", () => {
  it("is declared by every rule", () => {
    for (const rule of BUILTIN_RULES) expect(rule.reads?.length ?? 0, rule.code).toBeGreaterThan(0);
  });

  it.each(BUILTIN_RULES.map((rule) => [rule.code, rule] as const))("%s reads only what it declares", (_code, rule) => {
    const found = new Map<string, number>();
    for (const [index, { facts, options }] of CORPUS.entries())
      for (const field of undeclared(rule, facts, options)) if (!found.has(field)) found.set(field, index);
    expect(Object.fromEntries(found), "undeclared fact → first case (index in the corpus) that read it").toEqual({});
  });

  it("catches a read that is not declared, through the facts or the context", () => {
    const sneaky: Rule = {
      code: "test.sneaky",
      summary: { es: "x", pt: "x", en: "x" },
      reads: ["decision"],
      evaluate(facts, context) {
        return facts.removal === undefined && context.origin === null ? null : null;
      },
    };
    const facts = CaseFacts.parse({ reference: "T-1", jurisdiction: "PE", nationality: "VE" });
    expect(undeclared(sneaky, facts, { today: SAMPLE_TODAY })).toEqual(["countryOfOrigin", "nationality", "removal"]);
  });
});
