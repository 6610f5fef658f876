import { daysBetween } from "../../dates/iso-date.js";
import { defineRule } from "../rule.js";
import { citedBasis, dayCount, text } from "./text.js";

const BEFORE_ADMISSION = new Set(["intention-expressed", "registered"]);

export const procedureLongWait = defineRule({
  code: "procedure.long-wait",
  summary: text(
    "La persona espera la admisión o la decisión más allá del umbral (30 días por defecto).",
    "A pessoa espera a admissão ou a decisão além do limite (30 dias por padrão).",
    "The person has waited for admission or a decision longer than the threshold (30 days by default).",
  ),
  evaluate(facts, context) {
    const claim = facts.claim;
    if (claim?.date === undefined || facts.decision !== undefined || claim.stage === "closed") return null;
    const waitingForAdmission =
      claim.admittedDate === undefined && claim.stage !== undefined && BEFORE_ADMISSION.has(claim.stage);
    const statutoryLimit = waitingForAdmission ? null : (context.jurisdiction?.decisionTimeLimitDays ?? null);
    const threshold = statutoryLimit?.value ?? context.settings.longWaitDays;
    const waited = daysBetween(claim.date, context.today);
    if (waited <= threshold) return null;
    const atBorder = facts.location?.kind === "border" || facts.location?.kind === "port-of-entry";
    const days = dayCount(waited);
    return {
      severity: atBorder ? "critical" : "warning",
      title: text("Espera prolongada", "Espera prolongada", "Long wait"),
      detail: waitingForAdmission
        ? text(
            `Lleva ${days.es} esperando la admisión de su solicitud${atBorder ? " en la frontera" : ""}.`,
            `Está há ${days.pt} esperando a admissão do pedido${atBorder ? " na fronteira" : ""}.`,
            `Has waited ${days.en} for the claim to be admitted${atBorder ? " at the border" : ""}.`,
          )
        : text(
            `Lleva ${days.es} esperando una decisión${atBorder ? " en la frontera" : ""}.`,
            `Está há ${days.pt} esperando uma decisão${atBorder ? " na fronteira" : ""}.`,
            `Has waited ${days.en} for a decision${atBorder ? " at the border" : ""}.`,
          ),
      action: text(
        "Priorizar el caso y resolver en un plazo razonable; si espera en la frontera, permitir la entrada mientras se decide.",
        "Priorizar o caso e decidir em prazo razoável; se espera na fronteira, permitir a entrada enquanto se decide.",
        "Prioritise the case and decide within a reasonable time; if the person waits at the border, let them in while it is decided.",
      ),
      basis: [
        citedBasis("mexico-declaration-2004", "ch. 2 §2.2", {
          source: "mexico-plan-of-action-2004",
          locator: "ch. 2 §2.2",
        }),
        citedBasis("american-convention-1969", "art. 8", {
          source: "ai-2020-peru",
          locator: "ch. 6, 'The reality of the asylum system'",
        }),
        ...(statutoryLimit && context.jurisdiction?.refugeeLaw
          ? [citedBasis(context.jurisdiction.refugeeLaw.value.instrument, null, statutoryLimit.source)]
          : []),
      ],
      facts: [
        { path: "claim.date", value: claim.date },
        { path: "claim.stage", value: claim.stage ?? null },
      ],
    };
  },
});
