import type { CaseFacts, Person } from "../case/case-facts.js";
import type { Jurisdiction } from "../jurisdictions/jurisdiction.js";
import type { CountrySituation } from "../situations/country-situation.js";
import type { PlaceAvailability } from "../resettlement/categories.js";
import type { LocalizedText } from "../i18n/locale.js";
import type { Finding, LegalBasis, Severity, TriggerFact } from "../annotations/annotation.js";

/** Thresholds the rules use; each can be changed per evaluation. */
export interface RuleSettings {
  /** Days of waiting for admission or a decision after which `procedure.long-wait` fires. */
  readonly longWaitDays: number;
  /** `procedure.renewal-due` fires this many days before the document expires. */
  readonly renewalWarningDays: number;
  /** `status.entry-permit-expiry` fires this many days before the entry status ends. */
  readonly entryExpiryWarningDays: number;
  /** An appeal deadline this close is critical. */
  readonly appealUrgentDays: number;
  /** Under this age a person is a child (CRC art. 1). */
  readonly adultAge: number;
  /** Older-person age when the jurisdiction sets none. */
  readonly olderPersonAge: number;
  /** Data last verified longer ago than this is stale: what rests on it is downgraded and says so. */
  readonly staleAfterMonths: number;
}

export const DEFAULT_RULE_SETTINGS: RuleSettings = {
  longWaitDays: 30,
  renewalWarningDays: 7,
  entryExpiryWarningDays: 30,
  appealUrgentDays: 5,
  adultAge: 18,
  olderPersonAge: 60,
  staleAfterMonths: 18,
};

/** A household member as the rules see it: an id that is always set and the age on `today`. */
export interface PersonView {
  readonly id: string;
  readonly person: Person;
  readonly age: number | null;
  /** The person's own nationality, else the case's; `null` when neither is known. */
  readonly nationality: string | null;
  /** Path of this person in CaseFacts, for trigger facts ("people[2]"). */
  readonly path: string;
  /** How texts name this person ("la madre (62 años)"). */
  readonly label: LocalizedText;
}

export interface RuleContext {
  readonly today: string;
  readonly jurisdiction: Jurisdiction | null;
  /** Country the person fled: `countryOfOrigin`, else nationality. */
  readonly origin: string | null;
  readonly situation: CountrySituation | null;
  readonly people: readonly PersonView[];
  /**
   * The person the case is about: the member marked `principal`, or the only member. `null` when the
   * household has several members and none is marked: rules that need the subject then say so.
   */
  readonly principal: PersonView | null;
  readonly settings: RuleSettings;
  /** Place aggregates from the coordination server; `null` when none is configured. */
  readonly resettlementPlaces: readonly PlaceAvailability[] | null;
}

/** A data set a finding rests on: a jurisdiction profile or a country situation. */
export interface DataSet {
  readonly what: LocalizedText;
  readonly lastVerified: string;
  /**
   * The part of the finding that rests on this data, when the rest, and its urgency, rest on a statute
   * (an appeal period cited from the law, with the body and remedy from a report). Stale data then
   * names that part to confirm and does not lower the severity: a statutory deadline stays as urgent.
   */
  readonly part?: LocalizedText;
}

export interface Fired {
  readonly severity: Severity;
  readonly title: LocalizedText;
  readonly detail: LocalizedText;
  readonly action: LocalizedText | null;
  readonly basis: readonly LegalBasis[];
  readonly due?: string | null;
  readonly facts: readonly TriggerFact[];
  readonly people?: readonly string[];
  /** What sources conclude or recommend beyond the law, shown apart. */
  readonly findings?: readonly Finding[];
  /** The data the finding rests on; the engine downgrades findings that rest on stale data. */
  readonly restsOn?: readonly DataSet[];
}

/** The rule would need a fact that is not known; it says which instead of guessing. */
export interface Undetermined {
  readonly undetermined: true;
  /** Paths of the missing facts ("jurisdiction.cartagena", "decision.notifiedDate"). */
  readonly missing: readonly string[];
}

export type RuleFinding = Fired | Undetermined;

export interface Rule {
  /** Stable annotation code (see the vocabulary in docs/architecture.md). */
  readonly code: string;
  /** What the rule checks, for documentation and settings screens. */
  readonly summary: LocalizedText;
  /**
   * The `CaseFacts` fields the rule reads, directly or through the context (`people` and `principal`
   * come from `people`, a person's `nationality` also from `nationality`, `origin` and `situation` from
   * `countryOfOrigin` and `nationality`, `jurisdiction` from `jurisdiction`). The SDK's README lists
   * them as the facts behind each code, so a plugin author knows what to extract; a test checks that
   * the built-in rules read nothing else. Optional for rule packs.
   */
  readonly reads?: readonly (keyof CaseFacts)[];
  evaluate(facts: CaseFacts, context: RuleContext): RuleFinding | readonly RuleFinding[] | null;
}

/** Declares a rule with its type checked; nothing else. */
export function defineRule(rule: Rule): Rule {
  return rule;
}

export function isUndetermined(finding: RuleFinding): finding is Undetermined {
  return "undetermined" in finding;
}
