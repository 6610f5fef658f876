import { defineRule } from "../rule.js";
import { citedBasis, text } from "./text.js";

export const procedureNoWrittenDecision = defineRule({
  code: "procedure.no-written-decision",
  summary: text(
    "Una decisión negativa no fue notificada por escrito.",
    "Uma decisão negativa não foi notificada por escrito.",
    "A negative decision was not notified in writing.",
  ),
  evaluate(facts) {
    const decision = facts.decision;
    if (!decision || (decision.outcome !== "rejected" && decision.outcome !== "inadmissible")) return null;
    if (decision.written === undefined) return { undetermined: true, missing: ["decision.written"] };
    if (decision.written) return null;
    return {
      severity: "critical",
      title: text("Decisión no escrita", "Decisão não escrita", "No written decision"),
      detail: text(
        "La decisión negativa se comunicó solo de forma verbal: sin una resolución escrita y motivada la persona no puede recurrirla.",
        "A decisão negativa foi comunicada apenas verbalmente: sem uma decisão escrita e fundamentada a pessoa não pode recorrer.",
        "The negative decision was only given verbally: without a written, reasoned decision the person cannot appeal it.",
      ),
      action: text(
        "Emitir y entregar la resolución escrita y motivada, con la vía y el plazo para recurrir.",
        "Emitir e entregar a decisão escrita e fundamentada, com a via e o prazo para recorrer.",
        "Issue and hand over the written, reasoned decision, stating how and by when it can be appealed.",
      ),
      basis: [
        citedBasis("american-convention-1969", "art. 8", {
          source: "ai-2020-peru",
          locator: "ch. 6, 'Other apparent irregularities'",
        }),
        citedBasis("mexico-declaration-2004", "ch. 2 §2.2", {
          source: "mexico-plan-of-action-2004",
          locator: "ch. 2 §2.2",
        }),
      ],
      facts: [
        { path: "decision.outcome", value: decision.outcome },
        { path: "decision.written", value: false },
      ],
    };
  },
});
