import type { Relationship } from "../../case/case-facts.js";
import { defineRule } from "../rule.js";
import { childrenJoiningParent, isRegularStatus } from "./case-state.js";
import { citedBasis, instrumentBasis, text } from "./text.js";

const CLOSE_FAMILY: ReadonlySet<Relationship> = new Set([
  "spouse",
  "partner",
  "child",
  "parent",
  "sibling",
  "grandparent",
]);

export const familyReunification = defineRule({
  code: "family.reunification",
  summary: text(
    "Un familiar cercano tiene estatus regular en el país.",
    "Um familiar próximo tem status regular no país.",
    "A close family member holds regular status in the country.",
  ),
  evaluate(facts, context) {
    const members = (facts.familyInCountry ?? []).filter(
      (member) => CLOSE_FAMILY.has(member.relationship) && isRegularStatus(member.status),
    );
    if (members.length === 0) return null;
    const joining = childrenJoiningParent(facts, context);
    const childJoiningParent = joining.length > 0;
    return {
      severity: childJoiningParent ? "warning" : "info",
      title: text("Reunificación familiar", "Reunificação familiar", "Family reunification"),
      detail: childJoiningParent
        ? text(
            "Un niño o niña del grupo se reúne con su madre o padre, que tiene estatus regular en el país.",
            "Uma criança do grupo se reúne com a mãe ou o pai, que tem status regular no país.",
            "A child in the household is joining a parent who holds regular status in the country.",
          )
        : text(
            "Un familiar cercano tiene estatus regular en el país: la reunificación familiar es posible.",
            "Um familiar próximo tem status regular no país: a reunificação familiar é possível.",
            "A close family member holds regular status in the country: family reunification is possible.",
          ),
      action: text(
        "Tramitar la reunificación familiar y considerar el vínculo en las decisiones de entrada y de asilo.",
        "Tramitar a reunificação familiar e considerar o vínculo nas decisões de entrada e de asilo.",
        "Process family reunification and weigh the family tie in entry and asylum decisions.",
      ),
      basis: [
        instrumentBasis("american-convention-1969", "art. 17"),
        instrumentBasis("convention-rights-child-1989", "art. 10"),
        citedBasis("mexico-declaration-2004", "Decl.", {
          source: "mexico-plan-of-action-2004",
          locator: "Declaration (family unity)",
        }),
        citedBasis("american-convention-1969", "art. 17", {
          source: "ai-2020-peru",
          locator: "ch. 6, 'The reality of humanitarian exceptions'",
        }),
      ],
      facts: members.map((member) => ({ path: "familyInCountry", value: `${member.relationship}:${member.status}` })),
      people: joining.map((view) => view.id),
    };
  },
});
