import { defineRule } from "../rule.js";
import { procedureState } from "./case-state.js";
import { citedBasis, text } from "./text.js";

export const procedureNoWrittenDecision = defineRule({
  code: "procedure.no-written-decision",
  reads: ["claim", "decision", "remedies"],
  summary: text(
    "Una decisión negativa no fue notificada por escrito.",
    "Uma decisão negativa não foi notificada por escrito.",
    "A negative decision was not notified in writing.",
  ),
  evaluate(facts) {
    const state = procedureState(facts);
    if (state.kind !== "negative") return null;
    const { decision } = state;
    const path = `${decision.path}.${decision.fields.written}`;
    if (decision.written === null) return { undetermined: true, missing: [path] };
    if (decision.written) return null;
    return {
      severity: "critical",
      title: text("Decisión no escrita", "Decisão não escrita", "No written decision"),
      detail: text(
        "La decisión negativa se comunicó solo de forma verbal. Sin una resolución escrita y motivada la persona no puede recurrirla de manera efectiva, y el plazo para hacerlo no empieza a correr.",
        "A decisão negativa foi comunicada apenas verbalmente. Sem uma decisão escrita e fundamentada a pessoa não pode recorrer de forma efetiva, e o prazo para fazê-lo não começa a correr.",
        "The negative decision was only given orally. Without a written, reasoned decision the person cannot effectively challenge it, and the period for doing so does not start.",
      ),
      action: text(
        "Emitir y entregar a la persona la resolución escrita y motivada, que indique el recurso, ante quién y en qué plazo.",
        "Emitir e entregar à pessoa a decisão escrita e fundamentada, indicando o recurso, perante quem e em que prazo.",
        "Issue the written, reasoned decision and hand it to the person, stating the remedy, to whom and within what period.",
      ),
      basis: [
        citedBasis("american-convention-1969", "art. 8", {
          source: "ai-2020-peru",
          locator: "ch. 6, 'Other apparent irregularities'",
        }),
      ],
      facts: [
        { path: `${decision.path}.outcome`, value: decision.outcome },
        { path, value: false },
      ],
    };
  },
});
