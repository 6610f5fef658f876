import type { CaseFacts, Person } from "../case/case-facts.js";
import { SEVERITY_RANK, type Annotation, type DataAge, type Severity } from "../annotations/annotation.js";
import { addMonths, ageOn, toDayNumber } from "../dates/iso-date.js";
import { describePerson } from "../i18n/people.js";
import { localizedDate } from "../i18n/format.js";
import type { LocalizedText } from "../i18n/locale.js";
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

/** A household member as the rules see it; the label is built only when a text names the person. */
class HouseholdMember implements PersonView {
  private cachedLabel: LocalizedText | undefined = undefined;
  constructor(
    readonly id: string,
    readonly person: Person,
    readonly age: number | null,
    readonly nationality: string | null,
    readonly path: string,
    private readonly index: number,
  ) {}
  get label(): LocalizedText {
    return (this.cachedLabel ??= describePerson(this.person, this.age, this.index));
  }
}

/**
 * The household as rules and clients name it: each person's id (numbered when the record has none),
 * age on `today`, nationality and label ("la madre (62 años)"). Annotations name people by these ids.
 */
export function householdOf(facts: CaseFacts, today: string): PersonView[] {
  const people = facts.people ?? [];
  return people.map(
    (person, index) =>
      new HouseholdMember(
        person.id ?? `person-${index + 1}`,
        person,
        // A recorded birth date is more precise than an age typed into a form some time ago.
        person.birthDate !== undefined ? ageOn(person.birthDate, today) : (person.age ?? null),
        person.nationality ?? facts.nationality ?? null,
        `people[${index}]`,
        index + 1,
      ),
  );
}

/** The member marked principal; the only member of a one-person household; otherwise nobody. */
function principalOf(people: readonly PersonView[]): PersonView | null {
  const marked = people.filter((view) => view.person.relationship === "principal");
  if (marked.length === 1) return marked[0] ?? null;
  if (marked.length === 0 && people.length === 1) return people[0] ?? null;
  return null;
}

export function buildContext(facts: CaseFacts, options: EvaluationOptions): RuleContext {
  const origin = facts.countryOfOrigin ?? facts.nationality ?? null;
  const people = householdOf(facts, options.today);
  return {
    today: options.today,
    jurisdiction: lookup(options.jurisdictions, facts.jurisdiction) ?? getJurisdiction(facts.jurisdiction) ?? null,
    origin,
    situation: origin === null ? null : (lookup(options.situations, origin) ?? builtinSituations.get(origin) ?? null),
    people,
    principal: principalOf(people),
    settings: options.settings ? { ...DEFAULT_RULE_SETTINGS, ...options.settings } : DEFAULT_RULE_SETTINGS,
    resettlementPlaces: options.resettlementPlaces ?? null,
  };
}

const DOWNGRADE: Record<Severity, Severity> = { critical: "warning", warning: "info", info: "info" };

// A batch of cases is evaluated on one day against the same few data sets: remember the answers.
const staleness = new Map<string, boolean>();

/** Data last verified `months` or more before `today` is stale. */
function isStale(lastVerified: string, today: string, months: number): boolean {
  const key = `${lastVerified}|${today}|${months}`;
  let stale = staleness.get(key);
  if (stale === undefined) {
    stale = addMonths(lastVerified, months) <= today;
    if (staleness.size >= 1_000) staleness.clear();
    staleness.set(key, stale);
  }
  return stale;
}

/** Stale data, and the part of the finding resting on it when only part does. */
type StaleData = DataAge & { readonly part: LocalizedText | undefined };

function staleNote(stale: readonly StaleData[]): LocalizedText {
  const render = (locale: "es" | "pt" | "en") =>
    stale
      .map(({ what, lastVerified, part }) => {
        const date = localizedDate(lastVerified)[locale];
        if (part !== undefined)
          return {
            es: `Datos verificados por última vez el ${date} (${what.es}): confirmar ${part.es}.`,
            pt: `Dados verificados pela última vez em ${date} (${what.pt}): confirmar ${part.pt}.`,
            en: `Data last verified on ${date} (${what.en}): confirm ${part.en}.`,
          }[locale];
        return {
          es: `Datos verificados por última vez el ${date} (${what.es}): confirmarlos antes de actuar.`,
          pt: `Dados verificados pela última vez em ${date} (${what.pt}): confirmá-los antes de agir.`,
          en: `Data last verified on ${date} (${what.en}): confirm it before acting.`,
        }[locale];
      })
      .join(" ");
  return { es: render("es"), pt: render("pt"), en: render("en") };
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
      const dataAge: DataAge[] = [];
      const old: StaleData[] = [];
      for (const data of finding.restsOn ?? []) {
        const age = {
          what: data.what,
          lastVerified: data.lastVerified,
          stale: isStale(data.lastVerified, options.today, context.settings.staleAfterMonths),
        };
        dataAge.push(age);
        if (age.stale) old.push({ ...age, part: data.part });
      }
      // What rests on old data is said less loudly, and says how old it is; what rests on old data
      // only in part keeps its severity and names the part to confirm.
      const note = old.length > 0 ? staleNote(old) : null;
      const downgraded = old.some((data) => data.part === undefined);
      annotations.push({
        code: rule.code,
        severity: downgraded ? DOWNGRADE[finding.severity] : finding.severity,
        title: finding.title,
        detail:
          note === null
            ? finding.detail
            : {
                es: `${finding.detail.es} ${note.es}`,
                pt: `${finding.detail.pt} ${note.pt}`,
                en: `${finding.detail.en} ${note.en}`,
              },
        action: finding.action,
        basis: [...finding.basis],
        due,
        daysLeft: due === null ? null : toDayNumber(due) - todayNumber,
        facts: [...finding.facts],
        people: finding.people ? [...finding.people] : [],
        findings: finding.findings ? [...finding.findings] : [],
        dataAge,
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
