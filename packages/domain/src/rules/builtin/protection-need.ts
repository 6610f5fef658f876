import type { CaseFacts, FlightReason } from "../../case/case-facts.js";
import type { LegalBasis } from "../../annotations/annotation.js";
import type { LocalizedText } from "../../i18n/locale.js";
import type { RuleContext } from "../rule.js";
import { procedureState } from "./case-state.js";
import { citedBasis, instrumentBasis, text } from "./text.js";

/** What the non-refoulement rules share: who may need protection, and what an officer should do now. */

const NOT_PROTECTION_REASONS: ReadonlySet<FlightReason> = new Set(["economic", "family-reunification", "other"]);

export type ProtectionNeed = "yes" | "no" | "unknown";

/**
 * Whether anything on file says the person may need protection: a claim, reasons for flight, or an
 * origin whose situation meets Cartagena grounds. "unknown" when neither nationality nor claim nor
 * reasons are on record: then nothing can be said either way.
 */
export function protectionNeed(facts: CaseFacts, context: RuleContext): ProtectionNeed {
  if (facts.claim !== undefined || facts.decision !== undefined || (facts.remedies?.length ?? 0) > 0) return "yes";
  if (facts.flightReasons?.some((reason) => !NOT_PROTECTION_REASONS.has(reason))) return "yes";
  if ((context.situation?.cartagenaGrounds.length ?? 0) > 0 && context.origin !== facts.jurisdiction) return "yes";
  if (context.origin === null && facts.flightReasons === undefined) return "unknown";
  return "no";
}

/** Whether the latest negative decision is final: no further remedy in the jurisdiction's data. */
function finallyRejected(facts: CaseFacts, context: RuleContext): boolean {
  const state = procedureState(facts);
  if (state.kind !== "negative" || context.jurisdiction === null) return false;
  return !context.jurisdiction.remedies.some((remedy) => remedy.against === state.decision.instance);
}

/** Non-refoulement does not end with a negative decision: CAT art. 3 and ACHR art. 22(8) protect everyone. */
export function nonRefoulementBasis(facts: CaseFacts, context: RuleContext): LegalBasis[] {
  const torture = context.people.some((view) => view.person.needs?.includes("survivor-of-violence-or-torture"));
  return [
    instrumentBasis("refugee-convention-1951", "art. 33(1)"),
    instrumentBasis("american-convention-1969", "art. 22(8)"),
    ...(torture || finallyRejected(facts, context)
      ? [instrumentBasis("convention-against-torture-1984", "art. 3")]
      : []),
    instrumentBasis("cartagena-declaration-1984", "concl. III(5)"),
    citedBasis("refugee-convention-1951", "art. 33(1)", {
      source: "ai-2020-peru",
      locator: "ch. 7, 'Violations of the obligation of non-refoulement'",
    }),
  ];
}

/** The step an officer can take now, given where the claim stands. Never "register a claim" that was decided. */
export function nonRefoulementAction(
  facts: CaseFacts,
  context: RuleContext,
  measure: "rejection" | "removal",
): LocalizedText {
  const state = procedureState(facts);
  const rejection = measure === "rejection";
  switch (state.kind) {
    case "no-claim":
      return rejection
        ? text(
            "No ejecutar el rechazo sin antes preguntar a la persona si teme volver a su país y, si pide protección, registrar su solicitud.",
            "Não executar a recusa sem antes perguntar à pessoa se teme voltar ao seu país e, se pedir proteção, registrar o pedido.",
            "Do not carry out the refusal before asking the person whether they fear returning and, if they ask for protection, registering their claim.",
          )
        : text(
            "No ejecutar la medida sin antes preguntar a la persona si teme volver a su país y, si pide protección, registrar su solicitud.",
            "Não executar a medida sem antes perguntar à pessoa se teme voltar ao seu país e, se pedir proteção, registrar o pedido.",
            "Do not carry out the measure before asking the person whether they fear returning and, if they ask for protection, registering their claim.",
          );
    case "awaiting-decision":
    case "remedy-pending":
      return text(
        "La solicitud está pendiente: no devolver a la persona mientras se decide.",
        "O pedido está pendente: não devolver a pessoa enquanto se decide.",
        "The claim is pending: do not return the person while it is decided.",
      );
    case "negative":
      return finallyRejected(facts, context)
        ? text(
            "Antes de cualquier devolución, evaluar el riesgo al regresar: la prohibición de devolver a quien corre peligro de tortura o de violación de su vida o libertad no depende del reconocimiento como refugiado.",
            "Antes de qualquer devolução, avaliar o risco no regresso: a proibição de devolver quem corre risco de tortura ou de violação da vida ou liberdade não depende do reconhecimento como refugiado.",
            "Before any return, assess the risk on return: the prohibition on returning someone at risk of torture or of a threat to life or freedom does not depend on refugee status.",
          )
        : text(
            "No devolver a la persona mientras pueda recurrir la decisión o su recurso esté pendiente.",
            "Não devolver a pessoa enquanto puder recorrer da decisão ou o seu recurso estiver pendente.",
            "Do not return the person while the decision can still be challenged or a challenge is pending.",
          );
    default:
      return text(
        "No devolver a la persona a un lugar donde su vida o su libertad corran peligro.",
        "Não devolver a pessoa a um lugar onde a sua vida ou liberdade corram perigo.",
        "Do not return the person to a place where their life or freedom would be at risk.",
      );
  }
}
