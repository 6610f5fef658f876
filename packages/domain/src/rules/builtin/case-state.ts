import type { CaseFacts, FamilyMemberInCountry, RemedyStep, ResidenceStatus } from "../../case/case-facts.js";
import type { PersonView, RuleContext } from "../rule.js";

/** Facts about where a case stands that several rules need. */

const NEGATIVE = new Set(["rejected", "inadmissible"]);

export function isNegativeDecision(facts: CaseFacts): boolean {
  return facts.decision !== undefined && NEGATIVE.has(facts.decision.outcome);
}

/** A negative decision as the rules need it, whichever instance gave it. */
export interface NegativeDecision {
  /** The instance that gave it: the first instance, or the remedy step that confirmed it. */
  readonly instance: "first-instance" | RemedyStep;
  readonly outcome: "rejected" | "inadmissible";
  readonly date: string | null;
  readonly notifiedOn: string | null;
  /** `true` written, `false` given only orally, `null` not on record. */
  readonly written: boolean | null;
  /** Where these facts are in CaseFacts ("decision", "remedies[0]"). */
  readonly path: string;
  /** The field names of its date, notification date and written flag at that path. */
  readonly fields: { readonly date: string; readonly notifiedOn: string; readonly written: string };
}

export type ProcedureState =
  /** No claim and no decision on record. */
  | { readonly kind: "no-claim" }
  /** A claim with no decision yet. */
  | { readonly kind: "awaiting-decision" }
  /** A remedy was lodged and is not decided: the claim is pending. */
  | {
      readonly kind: "remedy-pending";
      readonly step: RemedyStep;
      readonly filedOn: string | null;
      /** Path of the remedy record, or "claim.stage" when only the stage says so. */
      readonly path: string;
    }
  /**
   * The latest decision on record is negative and nothing is pending against it. `withdrawn` is the
   * remedy against it the person withdrew, if the record ends with one: what a withdrawal does to the
   * decision and to the period is a question of national law the data does not answer.
   */
  | {
      readonly kind: "negative";
      readonly decision: NegativeDecision;
      readonly withdrawn: { readonly step: RemedyStep; readonly path: string } | null;
    }
  /** A remedy was decided but the record does not say how: where the case stands is not known. */
  | { readonly kind: "remedy-outcome-unknown"; readonly path: string }
  | { readonly kind: "recognized" }
  | { readonly kind: "closed" };

const STAGE_REMEDY: Partial<Record<string, RemedyStep>> = { reconsideration: "reconsideration", appeal: "appeal" };
const INSTANCE_ORDER: Record<NegativeDecision["instance"], number> = {
  "first-instance": 0,
  reconsideration: 1,
  appeal: 2,
  "judicial-review": 3,
};

/**
 * Where the procedure stands, from the first-instance decision, the remedies lodged against it and
 * the claim's stage. A remedy that was filed and is not decided keeps the claim pending; a claim at
 * the reconsideration or appeal stage is pending even when the portal shows no remedy record.
 */
export function procedureState(facts: CaseFacts): ProcedureState {
  const decision = facts.decision;
  const stage = facts.claim?.stage;
  const remedies = facts.remedies ?? [];
  const stageRemedy = stage === undefined ? undefined : STAGE_REMEDY[stage];
  if (decision === undefined) {
    if (stageRemedy !== undefined)
      return { kind: "remedy-pending", step: stageRemedy, filedOn: null, path: "claim.stage" };
    if (stage === "closed") return { kind: "closed" };
    return facts.claim === undefined ? { kind: "no-claim" } : { kind: "awaiting-decision" };
  }
  if (decision.outcome === "recognized" || decision.outcome === "complementary-protection")
    return { kind: "recognized" };
  if (decision.outcome === "archived") return { kind: "closed" };

  let latest: NegativeDecision = {
    instance: "first-instance",
    outcome: decision.outcome,
    date: decision.date ?? null,
    notifiedOn: decision.notifiedDate ?? null,
    written: decision.written ?? null,
    path: "decision",
    fields: { date: "date", notifiedOn: "notifiedDate", written: "written" },
  };
  let withdrawn: { step: RemedyStep; path: string } | null = null;
  for (const [index, remedy] of remedies.entries()) {
    const path = `remedies[${index}]`;
    const outcome = remedy.outcome;
    if (outcome === "granted") return { kind: "recognized" };
    if (outcome === "withdrawn") {
      withdrawn = { step: remedy.step, path };
      continue;
    }
    if (outcome === "rejected" || outcome === "inadmissible") {
      withdrawn = null;
      latest = {
        instance: remedy.step,
        outcome,
        date: remedy.decidedOn ?? null,
        notifiedOn: remedy.notifiedOn ?? null,
        written: remedy.written ?? null,
        path,
        fields: { date: "decidedOn", notifiedOn: "notifiedOn", written: "written" },
      };
      continue;
    }
    // Decided, but how is not on record.
    if (outcome === undefined && remedy.decidedOn !== undefined) return { kind: "remedy-outcome-unknown", path };
    // Lodged and not decided: the claim is pending.
    return { kind: "remedy-pending", step: remedy.step, filedOn: remedy.filedOn ?? null, path };
  }
  if (stage === "closed") return { kind: "closed" };
  // The stage can be ahead of the remedy records: a remedy under way that has no record yet.
  if (stageRemedy !== undefined && INSTANCE_ORDER[stageRemedy] > INSTANCE_ORDER[latest.instance])
    return { kind: "remedy-pending", step: stageRemedy, filedOn: null, path: "claim.stage" };
  return { kind: "negative", decision: latest, withdrawn };
}

/** Pending: no final decision yet (none at all, or a remedy under way). */
export function isClaimPending(facts: CaseFacts): boolean {
  const state = procedureState(facts);
  return state.kind === "awaiting-decision" || state.kind === "remedy-pending";
}

/** Statuses that make family reunification a possibility the law may give (not a temporary permit). */
const REUNIFICATION_STATUSES: ReadonlySet<ResidenceStatus> = new Set(["citizen", "refugee", "resident"]);

export function allowsReunification(status: ResidenceStatus): boolean {
  return REUNIFICATION_STATUSES.has(status);
}

/** Any lawful stay, temporary ones included (a PTP, a humanitarian visa, a pending claim excluded). */
const LAWFUL_STATUSES: ReadonlySet<ResidenceStatus> = new Set([
  "citizen",
  "refugee",
  "resident",
  "temporary-stay-permit",
  "humanitarian-visa",
]);

function isLawfulStay(status: ResidenceStatus): boolean {
  return LAWFUL_STATUSES.has(status);
}

/** The household member a family-in-country entry is a relative of: `of`, else the principal. */
export function relativeOf(member: FamilyMemberInCountry, context: RuleContext): PersonView | null {
  if (member.of === undefined) return context.principal;
  return context.people.find((view) => view.id === member.of) ?? null;
}

export interface ChildJoiningParent {
  readonly child: PersonView;
  readonly parentIndex: number;
}

/**
 * Children of the household whose own parent lives lawfully in the country: a family-in-country entry
 * that is the child's `parent` (named with `of`, or relative to a child who is the principal). A
 * relative of the principal is never assumed to be a child's parent: the principal's spouse may not be.
 */
export function childrenJoiningParent(facts: CaseFacts, context: RuleContext): ChildJoiningParent[] {
  const found: ChildJoiningParent[] = [];
  for (const [index, member] of (facts.familyInCountry ?? []).entries()) {
    if (member.relationship !== "parent" || !isLawfulStay(member.status)) continue;
    const child = relativeOf(member, context);
    if (child === null || child.age === null || child.age >= context.settings.adultAge) continue;
    if (!found.some((entry) => entry.child === child)) found.push({ child, parentIndex: index });
  }
  return found;
}
