import type { CaseFacts } from "../case/case-facts.js";
import { SEVERITY_RANK, type Annotation } from "../annotations/annotation.js";
import { ageOn, toDayNumber } from "../dates/iso-date.js";
import { getJurisdiction } from "../jurisdictions/registry.js";
import type { Jurisdiction } from "../jurisdictions/jurisdiction.js";
import { BUILTIN_SITUATIONS } from "../situations/builtin-situations.js";
import type { CountrySituation } from "../situations/country-situation.js";
import type { PlaceAvailability } from "../resettlement/categories.js";
import { BUILTIN_RULES } from "./builtin/index.js";
import { RuleRegistry } from "./registry.js";
import {
  DEFAULT_RULE_SETTINGS,
  isUndetermined,
  type PersonView,
  type RuleContext,
  type RuleFinding,
  type RuleSettings,
} from "./rule.js";

export interface EvaluationOptions {
  /** The day the case is looked at (deadlines and ages are counted to it), as YYYY-MM-DD. */
  readonly today: string;
  /** Rules to apply; the built-in rules by default. */
  readonly rules?: RuleRegistry;
  /** Jurisdiction profiles that replace the built-in one for their country. */
  readonly jurisdictions?: readonly Jurisdiction[];
  /** Country situations (e.g. synced from the coordination server) that replace the built-in ones. */
  readonly situations?: readonly CountrySituation[];
  readonly settings?: Partial<RuleSettings>;
  readonly resettlementPlaces?: readonly PlaceAvailability[] | null;
}

export interface UndeterminedRule {
  readonly code: string;
  readonly missing: readonly string[];
}

export interface RuleFailure {
  readonly code: string;
  readonly message: string;
}

export interface Assessment {
  readonly annotations: Annotation[];
  /** Rules that could not decide for lack of a fact, and which facts they need. */
  readonly undetermined: UndeterminedRule[];
  /** Rules that threw (only rule packs can: the built-in rules are tested never to throw). */
  readonly failures: RuleFailure[];
}

export const BUILTIN_REGISTRY = RuleRegistry.of(BUILTIN_RULES);

const builtinSituations = new Map(BUILTIN_SITUATIONS.map((situation) => [situation.country, situation]));
// Option arrays are usually the same object across a batch of cases; index each one once.
const indexCache = new WeakMap<readonly { country: string }[], Map<string, unknown>>();

function lookup<T extends { country: string }>(list: readonly T[] | undefined, country: string): T | undefined {
  if (!list) return undefined;
  let index = indexCache.get(list);
  if (!index) {
    index = new Map(list.map((item) => [item.country, item]));
    indexCache.set(list, index);
  }
  return index.get(country) as T | undefined;
}

function peopleOf(facts: CaseFacts, today: string): PersonView[] {
  const people = facts.people ?? [];
  return people.map((person, index) => ({
    id: person.id ?? `person-${index + 1}`,
    person,
    // A recorded birth date is more precise than an age typed into a form some time ago.
    age: person.birthDate !== undefined ? ageOn(person.birthDate, today) : (person.age ?? null),
    path: `people[${index}]`,
  }));
}

export function buildContext(facts: CaseFacts, options: EvaluationOptions): RuleContext {
  const origin = facts.countryOfOrigin ?? facts.nationality ?? null;
  return {
    today: options.today,
    jurisdiction: lookup(options.jurisdictions, facts.jurisdiction) ?? getJurisdiction(facts.jurisdiction) ?? null,
    origin,
    situation: origin === null ? null : (lookup(options.situations, origin) ?? builtinSituations.get(origin) ?? null),
    people: peopleOf(facts, options.today),
    settings: options.settings ? { ...DEFAULT_RULE_SETTINGS, ...options.settings } : DEFAULT_RULE_SETTINGS,
    resettlementPlaces: options.resettlementPlaces ?? null,
  };
}

function compareAnnotations(a: Annotation, b: Annotation): number {
  const bySeverity = SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];
  if (bySeverity !== 0) return bySeverity;
  if (a.daysLeft !== b.daysLeft) return (a.daysLeft ?? Infinity) - (b.daysLeft ?? Infinity);
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

/**
 * Runs every rule on one case: the annotations that apply, most urgent first, plus the rules that
 * could not decide and why. Expects schema-valid facts (see `parseCaseFacts`).
 */
export function assessCase(facts: CaseFacts, options: EvaluationOptions): Assessment {
  const context = buildContext(facts, options);
  const todayNumber = toDayNumber(options.today);
  const annotations: Annotation[] = [];
  const undetermined: UndeterminedRule[] = [];
  const failures: RuleFailure[] = [];
  for (const rule of options.rules ?? BUILTIN_REGISTRY) {
    let outcome: RuleFinding | readonly RuleFinding[] | null;
    try {
      outcome = rule.evaluate(facts, context);
    } catch (error) {
      failures.push({ code: rule.code, message: error instanceof Error ? error.message : String(error) });
      continue;
    }
    if (outcome === null) continue;
    const findings: readonly RuleFinding[] = Array.isArray(outcome) ? outcome : [outcome as RuleFinding];
    for (const finding of findings) {
      if (isUndetermined(finding)) {
        undetermined.push({ code: rule.code, missing: finding.missing });
        continue;
      }
      const due = finding.due ?? null;
      annotations.push({
        code: rule.code,
        severity: finding.severity,
        title: finding.title,
        detail: finding.detail,
        action: finding.action,
        basis: [...finding.basis],
        due,
        daysLeft: due === null ? null : toDayNumber(due) - todayNumber,
        facts: [...finding.facts],
        people: finding.people ? [...finding.people] : [],
      });
    }
  }
  annotations.sort(compareAnnotations);
  return { annotations, undetermined, failures };
}

/** The annotations for one case, most urgent first. */
export function evaluateCase(facts: CaseFacts, options: EvaluationOptions): Annotation[] {
  return assessCase(facts, options).annotations;
}
