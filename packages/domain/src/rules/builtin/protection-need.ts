import type { CaseFacts, FlightReason } from "../../case/case-facts.js";
import type { LegalBasis } from "../../annotations/annotation.js";
import type { LocalizedText } from "../../i18n/locale.js";
import type { RuleContext } from "../rule.js";
import { procedureState } from "./case-state.js";
import { remedyWindow } from "./remedy-deadline.js";
import { citedBasis, instrumentBasis, text } from "./text.js";

/** What the non-refoulement rules share: who may need protection, and what an officer should do now. */

const NOT_PROTECTION_REASONS: ReadonlySet<FlightReason> = new Set(["economic", "family-reunification", "other"]);

/**
 * - `yes`: something on file says the person may need protection (a claim, fear of return expressed,
 *   reasons for flight such as persecution or violence, an origin whose situation meets Cartagena grounds);
 * - `possible`: nothing says so, and nothing says otherwise: nobody is recorded as having asked the
 *   person whether they fear returning. "No data on the country" is not "no protection need", and an
 *   "economic" reason on a form is a label, not a finding;
 * - `no`: the person was asked and expressed no fear, and nothing else on file points to a need;
 * - `unknown`: the country the person fled is not known either: nothing can be said.
 */
export type ProtectionNeed = "yes" | "possible" | "no" | "unknown";

export function protectionNeed(facts: CaseFacts, context: RuleContext): ProtectionNeed {
  if (facts.claim !== undefined || facts.decision !== undefined || (facts.remedies?.length ?? 0) > 0) return "yes";
  if (facts.fearOfReturn === "expressed") return "yes";
  if (facts.flightReasons?.some((reason) => !NOT_PROTECTION_REASONS.has(reason))) return "yes";
  if ((context.situation?.cartagenaGrounds.length ?? 0) > 0 && context.origin !== facts.jurisdiction) return "yes";
  if (context.origin === null) return "unknown";
  return facts.fearOfReturn === "none-expressed" ? "no" : "possible";
}

/**
 * Whether the latest negative decision is, or may be, the last word: no further remedy in the data,
 * a period that ended by the count, or one the data cannot tell. Non-refoulement binds in every one
 * of these cases (CAT art. 3, ACHR art. 22(8)), so the advice is the same as after a final rejection.
 */
function possiblyFinal(facts: CaseFacts, context: RuleContext): "final" | "check-remedy" | null {
  const window = remedyWindow(facts, context);
  if (window === null || window.kind === "open" || window.kind === "not-started") return null;
  return window.kind === "final" ? "final" : "check-remedy";
}

/** Non-refoulement does not end with a negative decision: CAT art. 3 and ACHR art. 22(8) protect everyone. */
export function nonRefoulementBasis(facts: CaseFacts, context: RuleContext): LegalBasis[] {
  const torture = context.people.some((view) => view.person.needs?.includes("survivor-of-violence-or-torture"));
  return [
    instrumentBasis("refugee-convention-1951", "art. 33(1)"),
    instrumentBasis("american-convention-1969", "art. 22(8)"),
    ...(torture || possiblyFinal(facts, context) !== null
      ? [instrumentBasis("convention-against-torture-1984", "art. 3")]
      : []),
    instrumentBasis("cartagena-declaration-1984", "concl. III(5)"),
    citedBasis("refugee-convention-1951", "art. 33(1)", {
      source: "ai-2020-peru",
      locator: "ch. 7, 'Violations of the obligation of non-refoulement'",
    }),
  ];
}

const ASSESS_RISK = text(
  "Antes de cualquier devolución, evaluar el riesgo al regresar: la prohibición de devolver a quien corre peligro de tortura o de violación de su vida o libertad no depende del reconocimiento como refugiado.",
  "Antes de qualquer devolução, avaliar o risco no regresso: a proibição de devolver quem corre risco de tortura ou de violação da vida ou liberdade não depende do reconhecimento como refugiado.",
  "Before any return, assess the risk on return: the prohibition on returning someone at risk of torture or of a threat to life or freedom does not depend on refugee status.",
);

const CHECK_REMEDY = text(
  " Comprobar además si aún cabe presentar un recurso contra la decisión.",
  " Verificar também se ainda cabe recurso contra a decisão.",
  " Also check whether a remedy against the decision can still be lodged.",
);

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
      if (facts.fearOfReturn === "expressed")
        return rejection
          ? text(
              "La persona expresó temor de volver a su país: no ejecutar el rechazo y registrar su solicitud de protección.",
              "A pessoa manifestou temor de voltar ao seu país: não executar a recusa e registrar o pedido de proteção.",
              "The person has said they fear returning: do not carry out the refusal, and register their claim.",
            )
          : text(
              "La persona expresó temor de volver a su país: no ejecutar la medida y registrar su solicitud de protección.",
              "A pessoa manifestou temor de voltar ao seu país: não executar a medida e registrar o pedido de proteção.",
              "The person has said they fear returning: do not carry out the measure, and register their claim.",
            );
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
    case "negative": {
      const final = possiblyFinal(facts, context);
      if (final === "final") return ASSESS_RISK;
      // A period that ended by the count, or one that cannot be computed, is no licence to return.
      if (final === "check-remedy")
        return {
          es: `${ASSESS_RISK.es}${CHECK_REMEDY.es}`,
          pt: `${ASSESS_RISK.pt}${CHECK_REMEDY.pt}`,
          en: `${ASSESS_RISK.en}${CHECK_REMEDY.en}`,
        };
      return text(
        "No devolver a la persona mientras pueda recurrir la decisión o su recurso esté pendiente.",
        "Não devolver a pessoa enquanto puder recorrer da decisão ou o seu recurso estiver pendente.",
        "Do not return the person while the decision can still be challenged or a challenge is pending.",
      );
    }
    default:
      return text(
        "No devolver a la persona a un lugar donde su vida o su libertad corran peligro.",
        "Não devolver a pessoa a um lugar onde a sua vida ou liberdade corram perigo.",
        "Do not return the person to a place where their life or freedom would be at risk.",
      );
  }
}

/** Why a person with nothing on file about protection is flagged all the same (need `possible`). */
export function possibleNeedDetail(facts: CaseFacts): LocalizedText {
  const reasons =
    (facts.flightReasons?.length ?? 0) > 0
      ? text(
          " Los motivos de salida registrados no descartan por sí solos una necesidad de protección.",
          " Os motivos de saída registrados não descartam, por si sós, uma necessidade de proteção.",
          " The reasons for leaving on record do not by themselves rule out a protection need.",
        )
      : text("", "", "");
  return text(
    `No consta una solicitud de protección ni la respuesta de la persona a si teme volver a su país. Que no conste no significa que no necesite protección: la prohibición de devolución protege también a quien no ha pedido refugio.${reasons.es}`,
    `Não consta pedido de proteção nem a resposta da pessoa à pergunta se teme voltar ao seu país. Que não conste não significa que não precise de proteção: a proibição de devolução protege também quem não pediu refúgio.${reasons.pt}`,
    `No claim for protection is on record, nor the person's answer to whether they fear returning. That nothing is on record does not mean no protection is needed: the prohibition of refoulement also protects people who have not claimed asylum.${reasons.en}`,
  );
}
