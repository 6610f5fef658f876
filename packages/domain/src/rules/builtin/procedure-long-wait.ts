import { daysBetween } from "../../dates/iso-date.js";
import type { LegalBasis, TriggerFact } from "../../annotations/annotation.js";
import type { LocalizedText } from "../../i18n/locale.js";
import type { Period } from "../../jurisdictions/jurisdiction.js";
import { defineRule, type DataSet } from "../rule.js";
import { procedureState } from "./case-state.js";
import { dueDate, type Due } from "./remedy-deadline.js";
import { citedBasis, dates, dayCount, factBasis, jurisdictionData, periodText, text } from "./text.js";

const BEFORE_ADMISSION = new Set(["intention-expressed", "registered"]);

export const procedureLongWait = defineRule({
  code: "procedure.long-wait",
  reads: ["jurisdiction", "location", "claim", "decision", "remedies"],
  summary: text(
    "La persona espera la admisión, una decisión escrita o la resolución de su recurso más allá del umbral (30 días por defecto, o el plazo legal).",
    "A pessoa espera a admissão, uma decisão escrita ou a decisão do seu recurso além do limite (30 dias por padrão, ou o prazo legal).",
    "The person has waited for admission, a written decision or the decision on their remedy longer than the threshold (30 days by default, or the legal time limit).",
  ),
  evaluate(facts, context) {
    const state = procedureState(facts);
    const triggers: TriggerFact[] = [];
    let start: string;
    let waitingFor: LocalizedText;
    let statutory: { period: Period; basis: LegalBasis } | null = null;
    if (state.kind === "awaiting-decision") {
      const claim = facts.claim;
      if (claim?.date === undefined) return { undetermined: true, missing: ["claim.date"] };
      start = claim.date;
      triggers.push({ path: "claim.date", value: claim.date }, { path: "claim.stage", value: claim.stage ?? null });
      const beforeAdmission =
        claim.admittedDate === undefined && claim.stage !== undefined && BEFORE_ADMISSION.has(claim.stage);
      waitingFor = beforeAdmission
        ? text("la admisión de su solicitud", "a admissão do pedido", "the claim to be admitted")
        : text("una decisión sobre su solicitud", "uma decisão sobre o pedido", "a decision on the claim");
      const limit = context.jurisdiction?.decisionTimeLimit;
      if (!beforeAdmission && limit?.value) statutory = { period: limit.value, basis: factBasis(limit) };
    } else if (state.kind === "remedy-pending") {
      if (state.filedOn === null)
        return { undetermined: true, missing: [state.path === "claim.stage" ? "remedies" : `${state.path}.filedOn`] };
      start = state.filedOn;
      triggers.push({ path: `${state.path}.filedOn`, value: state.filedOn });
      waitingFor = text("la resolución de su recurso", "a decisão do seu recurso", "a decision on the remedy");
    } else if (state.kind === "negative" && state.decision.written === false) {
      // An oral rejection does not end the wait for a decision the person can challenge.
      const from = facts.claim?.date ?? state.decision.date;
      if (from === undefined || from === null) return { undetermined: true, missing: ["claim.date"] };
      start = from;
      triggers.push(
        {
          path: facts.claim?.date ? "claim.date" : `${state.decision.path}.${state.decision.fields.date}`,
          value: from,
        },
        { path: `${state.decision.path}.${state.decision.fields.written}`, value: false },
      );
      waitingFor = text(
        "una decisión escrita (solo consta un rechazo verbal)",
        "uma decisão escrita (só consta uma recusa verbal)",
        "a written decision (only an oral rejection is on record)",
      );
    } else {
      return null;
    }

    const waited = daysBetween(start, context.today);
    const limitEnd: Due | null =
      statutory && context.jurisdiction ? dueDate(start, statutory.period, context.jurisdiction) : null;
    if (limitEnd !== null ? context.today <= limitEnd.date : waited <= context.settings.longWaitDays) return null;
    const atBorder = facts.location?.kind === "border" || facts.location?.kind === "port-of-entry";
    const days = dayCount(waited);
    const since = dates(start);
    // The limit is a count like any deadline: said as the count's result, with what the count leaves out.
    const caveat = limitEnd?.caveat ?? null;
    const limitSentence: LocalizedText =
      statutory && limitEnd
        ? text(
            ` Según esta cuenta, el plazo legal para decidir (${periodText(statutory.period).es}) terminó el ${dates(limitEnd.date).es}.${caveat ? ` ${caveat.es}` : ""}`,
            ` Segundo esta contagem, o prazo legal para decidir (${periodText(statutory.period).pt}) encerrou-se em ${dates(limitEnd.date).pt}.${caveat ? ` ${caveat.pt}` : ""}`,
            ` By this count the legal time limit for deciding (${periodText(statutory.period).en}) ended on ${dates(limitEnd.date).en}.${caveat ? ` ${caveat.en}` : ""}`,
          )
        : text("", "", "");
    const restsOn: DataSet[] = statutory ? jurisdictionData(context) : [];
    return {
      severity: atBorder ? "critical" : "warning",
      title: text("Espera prolongada", "Espera prolongada", "Long wait"),
      detail: text(
        `Lleva ${days.es} (desde el ${since.es}) esperando ${waitingFor.es}${atBorder ? ", en la frontera" : ""}.${limitSentence.es}`,
        `Espera há ${days.pt} (desde ${since.pt}) ${waitingFor.pt}${atBorder ? ", na fronteira" : ""}.${limitSentence.pt}`,
        `Has waited ${days.en} (since ${since.en}) for ${waitingFor.en}${atBorder ? ", at the border" : ""}.${limitSentence.en}`,
      ),
      action: atBorder
        ? text(
            "Priorizar el caso y resolverlo sin más demora; considerar permitir la entrada mientras se decide.",
            "Priorizar o caso e decidi-lo sem mais demora; considerar permitir a entrada enquanto se decide.",
            "Prioritise the case and decide it without further delay; consider letting the person in while it is decided.",
          )
        : text(
            "Priorizar el caso y resolverlo sin más demora.",
            "Priorizar o caso e decidi-lo sem mais demora.",
            "Prioritise the case and decide it without further delay.",
          ),
      basis: [
        citedBasis("american-convention-1969", "art. 8", {
          source: "ai-2020-peru",
          locator: "ch. 6, 'The reality of the asylum system'",
        }),
        citedBasis("mexico-declaration-2004", "ch. 2, §2.2", {
          source: "mexico-plan-of-action-2004",
          locator: "ch. 2, §2.2",
        }),
        ...(statutory ? [statutory.basis] : []),
      ],
      facts: triggers,
      restsOn,
    };
  },
});
