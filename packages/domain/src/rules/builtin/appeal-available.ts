import { addDays, addWorkingDays, daysBetween } from "../../dates/iso-date.js";
import type { LegalBasis, TriggerFact } from "../../annotations/annotation.js";
import type { LocalizedText } from "../../i18n/locale.js";
import { defineRule } from "../rule.js";
import { isNegativeDecision } from "./case-state.js";
import { basisFromFact, dates, dayCount, instrumentBasis, text } from "./text.js";

const STEP_NAMES = {
  reconsideration: text("reconsideración", "reconsideração", "reconsideration"),
  appeal: text("apelación", "recurso", "appeal"),
  "judicial-review": text("revisión judicial", "revisão judicial", "judicial review"),
} as const;

export const appealAvailable = defineRule({
  code: "appeal.available",
  summary: text(
    "Tras una decisión negativa: la instancia siguiente y la fecha límite.",
    "Após uma decisão negativa: a instância seguinte e a data-limite.",
    "After a negative decision: the next body and the deadline.",
  ),
  evaluate(facts, context) {
    const decision = facts.decision;
    if (decision === undefined || !isNegativeDecision(facts)) return null;
    const jurisdiction = context.jurisdiction;
    if (jurisdiction === null) return { undetermined: true, missing: ["jurisdiction"] };
    if (jurisdiction.remedies.length === 0) return { undetermined: true, missing: ["jurisdiction.remedies"] };
    const instance = decision.instance ?? "first-instance";
    const remedy = jurisdiction.remedies.find((candidate) => candidate.against === instance);
    // No further administrative remedy after this instance.
    if (remedy === undefined) return null;

    const step = STEP_NAMES[remedy.step];
    const body = remedy.body?.value;
    const bodyName = body ? (body.acronym ? `${body.name} (${body.acronym})` : body.name) : null;
    const triggers: TriggerFact[] = [
      { path: "decision.outcome", value: decision.outcome },
      { path: "decision.instance", value: instance },
    ];
    const basis: LegalBasis[] = [instrumentBasis("american-convention-1969", "art. 8")];
    const law = jurisdiction.refugeeLaw?.value.instrument ?? null;
    if (remedy.body && law) basis.push(basisFromFact(law, null, remedy.body));
    const barrier = remedy.practicalBarriers?.value;

    let due: string | null = null;
    let deadlineText: LocalizedText;
    const deadline = remedy.deadline;
    if (deadline === null) {
      deadlineText = text(
        "El plazo para presentarla no está registrado: verificarlo de inmediato.",
        "O prazo para apresentá-lo não está registrado: verificar imediatamente.",
        "The filing period is not on record: check it at once.",
      );
    } else {
      basis.push(basisFromFact(deadline.source.source, deadline.source.locator, deadline));
      // Counting from the decision date when the notification date is unknown can only bring the deadline earlier.
      const start = deadline.value.from === "notification" ? (decision.notifiedDate ?? decision.date) : decision.date;
      const startIsDecisionDate = deadline.value.from === "notification" && decision.notifiedDate === undefined;
      const unit =
        deadline.value.unit === "working-days"
          ? text("días hábiles", "dias úteis", "working days")
          : text("días", "dias", "days");
      if (start === undefined) {
        const fromNotification = deadline.value.from === "notification";
        deadlineText = text(
          `Plazo: ${deadline.value.days} ${unit.es} desde ${fromNotification ? "la notificación" : "la decisión"}, cuya fecha no consta.`,
          `Prazo: ${deadline.value.days} ${unit.pt} a partir ${fromNotification ? "da notificação" : "da decisão"}, cuja data não consta.`,
          `Deadline: ${deadline.value.days} ${unit.en} from ${fromNotification ? "notification" : "the decision"}, whose date is not on record.`,
        );
      } else {
        triggers.push({
          path: decision.notifiedDate === start ? "decision.notifiedDate" : "decision.date",
          value: start,
        });
        due =
          deadline.value.unit === "working-days"
            ? addWorkingDays(start, deadline.value.days)
            : addDays(start, deadline.value.days);
        const when = dates(due);
        deadlineText = text(
          `Plazo: ${deadline.value.days} ${unit.es}, hasta el ${when.es}${startIsDecisionDate ? " (contado desde la fecha de la decisión, pues la notificación no consta)" : ""}.`,
          `Prazo: ${deadline.value.days} ${unit.pt}, até ${when.pt}${startIsDecisionDate ? " (contado a partir da data da decisão, pois a notificação não consta)" : ""}.`,
          `Deadline: ${deadline.value.days} ${unit.en}, until ${when.en}${startIsDecisionDate ? " (counted from the decision date, as the notification date is not on record)" : ""}.`,
        );
      }
    }

    const daysLeft = due === null ? null : daysBetween(context.today, due);
    const overdue = daysLeft !== null && daysLeft < 0;
    const severity = overdue
      ? "warning"
      : daysLeft !== null && daysLeft <= context.settings.appealUrgentDays
        ? "critical"
        : "warning";
    const to = bodyName ?? "—";
    return {
      severity,
      title: overdue
        ? text("Plazo de recurso vencido", "Prazo de recurso vencido", "Appeal deadline passed")
        : text(`Recurso: ${step.es}`, `Recurso: ${step.pt}`, `Next step: ${step.en}`),
      detail: text(
        `Cabe ${step.es} ante ${to}. ${deadlineText.es}` +
          (overdue ? ` El plazo venció hace ${dayCount(daysLeft).es}.` : "") +
          (barrier ? ` ${barrier.es}` : ""),
        `Cabe ${step.pt} perante ${to}. ${deadlineText.pt}` +
          (overdue ? ` O prazo venceu há ${dayCount(daysLeft).pt}.` : "") +
          (barrier ? ` ${barrier.pt}` : ""),
        `${/^[aeiou]/i.test(step.en) ? "An" : "A"} ${step.en} lies to ${to}. ${deadlineText.en}` +
          (overdue ? ` The deadline passed ${dayCount(daysLeft).en} ago.` : "") +
          (barrier ? ` ${barrier.en}` : ""),
      ),
      action: overdue
        ? text(
            "Verificar si cabe presentarlo fuera de plazo o por otra vía.",
            "Verificar se é possível apresentá-lo fora do prazo ou por outra via.",
            "Check whether it can still be lodged late or by another route.",
          )
        : text(
            `Informar a la persona y ayudarla a presentar la ${step.es} a tiempo.`,
            `Informar a pessoa e ajudá-la a apresentar o ${step.pt === "recurso" ? "recurso" : `pedido de ${step.pt}`} a tempo.`,
            `Tell the person and help them lodge the ${step.en} in time.`,
          ),
      basis,
      due,
      facts: triggers,
    };
  },
});
