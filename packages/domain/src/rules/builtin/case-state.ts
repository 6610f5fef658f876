import type { CaseFacts, ResidenceStatus } from "../../case/case-facts.js";
import type { PersonView, RuleContext } from "../rule.js";

/** Facts about where a case stands that several rules need. */

export function isNegativeDecision(facts: CaseFacts): boolean {
  const outcome = facts.decision?.outcome;
  return outcome === "rejected" || outcome === "inadmissible";
}

/**
 * A claim is pending while nothing final has been decided: no decision yet, or a negative one under
 * reconsideration or appeal. Recognised, archived and closed cases are not pending.
 */
export function isClaimPending(facts: CaseFacts): boolean {
  if (facts.claim === undefined) return false;
  const stage = facts.claim.stage;
  if (stage === "closed") return false;
  const decision = facts.decision;
  if (decision === undefined) return true;
  if (!isNegativeDecision(facts)) return false;
  return stage === "reconsideration" || stage === "appeal";
}

const REGULAR_STATUSES: ReadonlySet<ResidenceStatus> = new Set([
  "citizen",
  "refugee",
  "temporary-stay-permit",
  "humanitarian-visa",
  "resident",
]);

export function isRegularStatus(status: ResidenceStatus): boolean {
  return REGULAR_STATUSES.has(status);
}

/**
 * Children of the household whose parent holds regular status in the country. Family in the country
 * is recorded relative to the principal: the principal's parent is a child principal's parent, and the
 * principal's spouse or partner is the parent of the principal's children.
 */
export function childrenJoiningParent(facts: CaseFacts, context: RuleContext): PersonView[] {
  const family = (facts.familyInCountry ?? []).filter((member) => isRegularStatus(member.status));
  const principalsParent = family.some((member) => member.relationship === "parent");
  const principalsPartner = family.some(
    (member) => member.relationship === "spouse" || member.relationship === "partner",
  );
  return context.people.filter((view) => {
    if (view.age === null || view.age >= context.settings.adultAge) return false;
    const relationship = view.person.relationship ?? "principal";
    return (relationship === "principal" && principalsParent) || (relationship === "child" && principalsPartner);
  });
}
