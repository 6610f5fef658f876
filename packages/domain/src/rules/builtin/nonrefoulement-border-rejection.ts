import type { TriggerFact } from "../../annotations/annotation.js";
import { defineRule } from "../rule.js";
import { isNegativeDecision } from "./case-state.js";
import { nonRefoulementAction, nonRefoulementBasis, protectionNeed } from "./protection-need.js";
import { citedBasis, text } from "./text.js";

const AT_THE_BORDER = new Set(["border", "port-of-entry", "airport"]);

export const nonrefoulementBorderRejection = defineRule({
  code: "nonrefoulement.border-rejection",
  summary: text(
    "Entrada denegada o solicitud rechazada mientras la persona está en la frontera.",
    "Entrada negada ou pedido rejeitado enquanto a pessoa está na fronteira.",
    "Entry refused or claim rejected while the person is at the border.",
  ),
  evaluate(facts, context) {
    // The person is a national of this country: being refused here does not send them back to a
    // country they fled, so non-refoulement is not what is at stake.
    if (facts.nationality !== undefined && facts.nationality === facts.jurisdiction) return null;
    const location = facts.location?.kind;
    const entryRefused = facts.entry?.decision === "refused";
    const claimRejected = isNegativeDecision(facts);
    // A refused entry happens at a border post unless the record says the person is already inland.
    const atBorder = location !== undefined ? AT_THE_BORDER.has(location) : entryRefused;
    if (!atBorder || !(entryRefused || claimRejected)) return null;
    const need = protectionNeed(facts, context);
    if (need === "unknown") return { undetermined: true, missing: ["nationality", "claim"] };
    if (need === "no") return null;
    const triggers: TriggerFact[] = [];
    if (location !== undefined) triggers.push({ path: "location.kind", value: location });
    if (entryRefused) triggers.push({ path: "entry.decision", value: "refused" });
    if (claimRejected) triggers.push({ path: "decision.outcome", value: facts.decision?.outcome ?? null });
    return {
      severity: "critical",
      title: text("Riesgo de devolución", "Risco de devolução", "Refoulement risk"),
      detail: text(
        "Rechazar en la frontera a quien puede necesitar protección puede devolverlo al país del que huyó, directamente o a través de un tercer país que lo devuelva (devolución en cadena).",
        "Rejeitar na fronteira quem pode precisar de proteção pode devolvê-lo ao país do qual fugiu, diretamente ou através de um terceiro país que o devolva (devolução em cadeia).",
        "Rejecting at the border someone who may need protection can send them back to the country they fled, directly or through a third country that sends them on (chain refoulement).",
      ),
      action: nonRefoulementAction(facts, context, "rejection"),
      basis: [
        ...nonRefoulementBasis(facts, context),
        citedBasis("mexico-declaration-2004", "Decl.", {
          source: "mexico-plan-of-action-2004",
          locator: "Declaration",
        }),
      ],
      facts: triggers,
    };
  },
});
