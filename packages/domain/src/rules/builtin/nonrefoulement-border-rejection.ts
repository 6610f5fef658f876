import type { CaseFacts, FlightReason } from "../../case/case-facts.js";
import type { TriggerFact } from "../../annotations/annotation.js";
import { defineRule, type RuleContext } from "../rule.js";
import { citedBasis, instrumentBasis, text } from "./text.js";

const AT_THE_BORDER = new Set(["border", "port-of-entry", "airport"]);
const NOT_PROTECTION_REASONS: ReadonlySet<FlightReason> = new Set(["economic", "family-reunification", "other"]);

/** Whether anything on file says the person may need protection (a claim, reasons, a refugee situation). */
function mayNeedProtection(facts: CaseFacts, context: RuleContext): boolean {
  if (facts.claim !== undefined || facts.decision !== undefined) return true;
  if (facts.flightReasons?.some((reason) => !NOT_PROTECTION_REASONS.has(reason))) return true;
  return (context.situation?.cartagenaGrounds.length ?? 0) > 0 && context.origin !== facts.jurisdiction;
}

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
    const claimRejected =
      facts.decision !== undefined &&
      (facts.decision.outcome === "rejected" || facts.decision.outcome === "inadmissible");
    // A refused entry happens at a border post unless the record says the person is already inland.
    const atBorder = location !== undefined ? AT_THE_BORDER.has(location) : entryRefused;
    if (!atBorder || !(entryRefused || claimRejected)) return null;
    if (!mayNeedProtection(facts, context)) return null;
    const triggers: TriggerFact[] = [];
    if (location !== undefined) triggers.push({ path: "location.kind", value: location });
    if (entryRefused) triggers.push({ path: "entry.decision", value: "refused" });
    if (claimRejected) triggers.push({ path: "decision.outcome", value: facts.decision?.outcome ?? null });
    return {
      severity: "critical",
      title: text("Riesgo de devolución", "Risco de devolução", "Refoulement risk"),
      detail: text(
        "Rechazar en la frontera a quien busca protección puede devolverle al país del que huye, directamente o a través de un tercer país (devolución en cadena).",
        "Rejeitar na fronteira quem busca proteção pode devolvê-lo ao país do qual foge, diretamente ou através de um terceiro país (devolução em cadeia).",
        "Rejecting someone seeking protection at the border can return them to the country they fled, directly or through a third country (chain refoulement).",
      ),
      action: text(
        "No ejecutar el rechazo: registrar la solicitud de asilo y permitir el acceso al procedimiento.",
        "Não executar a rejeição: registrar o pedido de asilo e permitir o acesso ao procedimento.",
        "Do not carry out the rejection: register the asylum claim and give access to the procedure.",
      ),
      basis: [
        instrumentBasis("refugee-convention-1951", "art. 33(1)"),
        instrumentBasis("american-convention-1969", "art. 22(8)"),
        instrumentBasis("cartagena-declaration-1984", "concl. III(5)"),
        citedBasis("mexico-declaration-2004", "Decl.", {
          source: "mexico-plan-of-action-2004",
          locator: "Declaration",
        }),
        citedBasis("refugee-convention-1951", "art. 33(1)", {
          source: "ai-2020-peru",
          locator: "ch. 7, 'Violations of the obligation of non-refoulement'",
        }),
      ],
      facts: triggers,
    };
  },
});
