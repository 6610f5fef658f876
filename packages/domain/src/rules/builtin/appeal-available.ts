import { addDays, addMonths, daysBetween, weekday } from "../../dates/iso-date.js";
import { countWorkingDays } from "../../dates/holidays.js";
import { holidayCalendar } from "../../dates/calendars/index.js";
import type { LegalBasis, TriggerFact } from "../../annotations/annotation.js";
import type { LocalizedText } from "../../i18n/locale.js";
import type { Jurisdiction, Period, Remedy } from "../../jurisdictions/jurisdiction.js";
import { defineRule, type Fired, type RuleContext } from "../rule.js";
import { procedureState, type NegativeDecision } from "./case-state.js";
import { dates, each, factBasis, instrumentBasis, jurisdictionData, periodLength, periodText, text } from "./text.js";

const STEP_NAMES = {
  reconsideration: text("reconsideración", "reconsideração", "reconsideration"),
  appeal: text("apelación", "recurso", "appeal"),
  "judicial-review": text("revisión judicial", "revisão judicial", "judicial review"),
} as const;

const INSTANCE_NAMES = {
  "first-instance": text(
    "la decisión de primera instancia",
    "a decisão de primeira instância",
    "the first-instance decision",
  ),
  reconsideration: text(
    "la decisión sobre la reconsideración",
    "a decisão sobre a reconsideração",
    "the decision on reconsideration",
  ),
  appeal: text("la decisión sobre la apelación", "a decisão sobre o recurso", "the decision on appeal"),
  "judicial-review": text("la decisión judicial", "a decisão judicial", "the court's decision"),
} as const;

function remedyName(remedy: Remedy): LocalizedText {
  return remedy.name ?? STEP_NAMES[remedy.step];
}

function bodyName(remedy: Remedy): LocalizedText {
  const body = remedy.body?.value;
  if (body === undefined) return text("un órgano que no consta", "um órgão que não consta", "a body not on record");
  const name = body.acronym ? `${body.name} (${body.acronym})` : body.name;
  return text(name, name, name);
}

function remedyBasis(remedy: Remedy, jurisdiction: Jurisdiction): LegalBasis[] {
  const basis: LegalBasis[] = [instrumentBasis("american-convention-1969", "art. 8")];
  basis.push(factBasis({ value: null, source: remedy.source }));
  if (remedy.deadline) basis.push(factBasis(remedy.deadline));
  if (jurisdiction.deadlineEndsOnWorkingDay) basis.push(factBasis(jurisdiction.deadlineEndsOnWorkingDay));
  return basis;
}

interface Due {
  readonly date: string;
  /** How the count was made, when the reader must know it to trust the date. */
  readonly caveat: LocalizedText | null;
}

const WEEKENDS_ONLY = text(
  "La cuenta omite sábados y domingos pero no feriados, que no constan: el plazo real puede terminar más tarde.",
  "A contagem omite sábados e domingos mas não feriados, que não constam: o prazo real pode terminar mais tarde.",
  "The count skips Saturdays and Sundays but not public holidays, which are not on record: the real period may end later.",
);

/** The last day of a period that started on `start`, counted as the jurisdiction's law counts it. */
function dueDate(start: string, period: Period, jurisdiction: Jurisdiction): Due {
  if (period.unit === "working-days") {
    const count = countWorkingDays(start, period.amount, holidayCalendar(jurisdiction.country));
    return {
      date: count.date,
      caveat: count.holidaysKnown
        ? text(
            "La cuenta omite sábados, domingos y feriados nacionales; no los feriados regionales ni los días no laborables decretados para el sector público, que pueden extender el plazo.",
            "A contagem omite sábados, domingos e feriados nacionais; não os feriados regionais nem os dias sem expediente decretados para o setor público, que podem estender o prazo.",
            "The count skips Saturdays, Sundays and national public holidays; not regional holidays or non-working days decreed for the public sector, which can extend the period.",
          )
        : WEEKENDS_ONLY,
    };
  }
  let date = period.unit === "months" ? addMonths(start, period.amount) : addDays(start, period.amount);
  // A period that ends on a closed day runs to the next working day where the law says so.
  if (jurisdiction.deadlineEndsOnWorkingDay?.value === true) {
    while (weekday(date) === 0 || weekday(date) === 6) date = addDays(date, 1);
    return {
      date,
      caveat: text(
        "Si el último día no es hábil, el plazo pasa al siguiente día hábil; los feriados no constan y pueden extenderlo.",
        "Se o último dia não for útil, o prazo passa ao dia útil seguinte; os feriados não constam e podem estendê-lo.",
        "If the last day is not a working day the period runs to the next one; public holidays are not on record and can extend it.",
      ),
    };
  }
  return { date, caveat: null };
}

/** What the deadline of the next remedy is, or why it cannot be given. */
function deadlineOf(
  remedy: Remedy,
  decision: NegativeDecision,
  jurisdiction: Jurisdiction,
  triggers: TriggerFact[],
): { due: Due | null; sentence: LocalizedText } {
  const deadline = remedy.deadline;
  if (deadline === null)
    return {
      due: null,
      sentence: text(
        "El plazo para presentarla no consta en los datos: verificarlo de inmediato.",
        "O prazo para apresentá-lo não consta dos dados: verificá-lo imediatamente.",
        "The period for lodging it is not in the data: check it at once.",
      ),
    };
  const period = deadline.value;
  const length = periodText(period);
  const at = (field: string) => `${decision.path}.${field}`;
  // Deadlines run from notification: a decision nobody was told of in writing starts no period.
  if (decision.written === false) {
    triggers.push({ path: at(decision.fields.written), value: false });
    return {
      due: null,
      sentence: text(
        `Plazo: ${length.es}. No ha empezado a correr: la decisión no se notificó por escrito.`,
        `Prazo: ${length.pt}. Ainda não começou a correr: a decisão não foi notificada por escrito.`,
        `Period: ${length.en}. It has not started: the decision was not notified in writing.`,
      ),
    };
  }
  if (period.from === "notification" && decision.notifiedOn === null) {
    const missing =
      decision.written === null
        ? text(
            "no consta si la decisión se notificó por escrito ni cuándo",
            "não consta se a decisão foi notificada por escrito nem quando",
            "the record says neither whether nor when the decision was notified in writing",
          )
        : text(
            "no consta la fecha de notificación",
            "não consta a data da notificação",
            "the notification date is not on record",
          );
    return {
      due: null,
      sentence: text(
        `Plazo: ${length.es}. No se puede calcular: ${missing.es}.`,
        `Prazo: ${length.pt}. Não é possível calculá-lo: ${missing.pt}.`,
        `Period: ${length.en}. It cannot be computed: ${missing.en}.`,
      ),
    };
  }
  const start = period.from === "notification" ? decision.notifiedOn : decision.date;
  if (start === null)
    return {
      due: null,
      sentence: text(
        `Plazo: ${length.es}. No se puede calcular: no consta la fecha de la decisión.`,
        `Prazo: ${length.pt}. Não é possível calculá-lo: não consta a data da decisão.`,
        `Period: ${length.en}. It cannot be computed: the decision date is not on record.`,
      ),
    };
  triggers.push({
    path: at(period.from === "notification" ? decision.fields.notifiedOn : decision.fields.date),
    value: start,
  });
  const due = dueDate(start, period, jurisdiction);
  const when = dates(due.date);
  const from = dates(start);
  return {
    due,
    sentence: text(
      `Plazo: ${periodLength(period).es} desde la notificación del ${from.es}; último día: ${when.es}.`,
      `Prazo: ${periodLength(period).pt} a partir da notificação de ${from.pt}; último dia: ${when.pt}.`,
      `Period: ${periodLength(period).en} from notification on ${from.en}; last day: ${when.en}.`,
    ),
  };
}

/** A remedy is under way: the claim is pending; say what comes next if it fails, never a deadline. */
function remedyUnderWay(
  state: { step: keyof typeof STEP_NAMES; filedOn: string | null; path: string },
  jurisdiction: Jurisdiction,
  context: RuleContext,
): Fired {
  const current = jurisdiction.remedies.find((remedy) => remedy.step === state.step);
  const next = jurisdiction.remedies.find((remedy) => remedy.against === state.step);
  const step = current ? remedyName(current) : STEP_NAMES[state.step];
  const before = current ? bodyName(current) : null;
  const filed = state.filedOn === null ? null : dates(state.filedOn);
  const nextSentence = next
    ? text(
        ` Si se rechaza, cabe ${remedyName(next).es} ante ${bodyName(next).es}${next.deadline ? `, en ${periodLength(next.deadline.value).es} desde la notificación escrita de esa decisión` : ""}.`,
        ` Se for rejeitado, cabe ${remedyName(next).pt} perante ${bodyName(next).pt}${next.deadline ? `, em ${periodLength(next.deadline.value).pt} a partir da notificação escrita dessa decisão` : ""}.`,
        ` If it is rejected, ${remedyName(next).en} lies to ${bodyName(next).en}${next.deadline ? `, within ${periodLength(next.deadline.value).en} of the written notification of that decision` : ""}.`,
      )
    : text("", "", "");
  return {
    severity: "info",
    title: text("Recurso en trámite", "Recurso em andamento", "Remedy under way"),
    detail: text(
      `Se presentó ${step.es}${before ? ` ante ${before.es}` : ""}${filed ? ` el ${filed.es}` : ""}: la solicitud sigue pendiente y no corre ningún plazo contra la persona.${nextSentence.es}`,
      `Foi apresentado pedido de ${step.pt}${before ? ` perante ${before.pt}` : ""}${filed ? ` em ${filed.pt}` : ""}: o pedido continua pendente e nenhum prazo corre contra a pessoa.${nextSentence.pt}`,
      `A ${step.en} was lodged${before ? ` with ${before.en}` : ""}${filed ? ` on ${filed.en}` : ""}: the claim is still pending and no period runs against the person.${nextSentence.en}`,
    ),
    action: text(
      "Tratar a la persona como solicitante con la solicitud pendiente mientras se resuelve el recurso.",
      "Tratar a pessoa como solicitante com o pedido pendente enquanto o recurso é decidido.",
      "Treat the person as an asylum-seeker with a pending claim while the remedy is decided.",
    ),
    basis: current ? remedyBasis(current, jurisdiction) : [instrumentBasis("american-convention-1969", "art. 8")],
    facts: [{ path: state.path === "claim.stage" ? "claim.stage" : `${state.path}.step`, value: state.step }],
    restsOn: jurisdictionData(context),
  };
}

export const appealAvailable = defineRule({
  code: "appeal.available",
  summary: text(
    "Tras una decisión negativa: el recurso siguiente, ante quién y hasta cuándo; o el recurso ya en trámite.",
    "Após uma decisão negativa: o recurso seguinte, perante quem e até quando; ou o recurso já em andamento.",
    "After a negative decision: the next remedy, to whom and by when; or the remedy already under way.",
  ),
  evaluate(facts, context) {
    const state = procedureState(facts);
    if (state.kind === "remedy-outcome-unknown") return { undetermined: true, missing: [`${state.path}.outcome`] };
    if (state.kind !== "remedy-pending" && state.kind !== "negative") return null;
    const jurisdiction = context.jurisdiction;
    if (jurisdiction === null) return { undetermined: true, missing: ["jurisdiction"] };
    if (jurisdiction.remedies.length === 0) return { undetermined: true, missing: ["jurisdiction.remedies"] };
    if (state.kind === "remedy-pending") return remedyUnderWay(state, jurisdiction, context);

    const decision = state.decision;
    const remedy = jurisdiction.remedies.find((candidate) => candidate.against === decision.instance);
    // No further remedy after this instance in the data.
    if (remedy === undefined) return null;
    const triggers: TriggerFact[] = [{ path: `${decision.path}.outcome`, value: decision.outcome }];
    const { due, sentence } = deadlineOf(remedy, decision, jurisdiction, triggers);
    const daysLeft = due === null ? null : daysBetween(context.today, due.date);
    const overdue = daysLeft !== null && daysLeft < 0;
    const step = remedyName(remedy);
    const against = INSTANCE_NAMES[decision.instance];
    const barrier = remedy.practicalBarriers?.value ?? null;
    const caveat = due?.caveat ?? null;
    const detail = each((locale) =>
      [
        {
          es: `Contra ${against.es} cabe ${step.es} ante ${bodyName(remedy).es}.`,
          pt: `Contra ${against.pt} cabe ${step.pt} perante ${bodyName(remedy).pt}.`,
          en: `Against ${against.en}, ${step.en} lies to ${bodyName(remedy).en}.`,
        }[locale],
        sentence[locale],
        overdue
          ? {
              es: "Según esta cuenta, el plazo ya terminó.",
              pt: "Segundo esta contagem, o prazo já terminou.",
              en: "By this count the period has ended.",
            }[locale]
          : "",
        caveat?.[locale] ?? "",
        barrier?.[locale] ?? "",
      ]
        .filter(Boolean)
        .join(" "),
    );
    const severity =
      due === null || overdue
        ? "warning"
        : daysLeft !== null && daysLeft <= context.settings.appealUrgentDays
          ? "critical"
          : "warning";
    return {
      severity,
      title: overdue
        ? text("Plazo de recurso terminado", "Prazo de recurso terminado", "Remedy period ended")
        : text(`Recurso: ${step.es}`, `Recurso: ${step.pt}`, `Remedy: ${step.en}`),
      detail,
      action: overdue
        ? text(
            "Antes de tratar la decisión como firme, verificar la fecha de notificación, los días no hábiles y si cabe presentar el recurso por otra vía.",
            "Antes de tratar a decisão como definitiva, verificar a data da notificação, os dias sem expediente e se o recurso pode ser apresentado por outra via.",
            "Before treating the decision as final, check the notification date, non-working days and whether the remedy can still be lodged another way.",
          )
        : decision.written === false
          ? text(
              "Notificar la decisión por escrito, indicando el recurso, ante quién y en qué plazo.",
              "Notificar a decisão por escrito, indicando o recurso, perante quem e em que prazo.",
              "Notify the decision in writing, stating the remedy, to whom and within what period.",
            )
          : due === null
            ? text(
                `Informar a la persona de que puede presentar ${step.es}, y comprobar en el expediente desde cuándo corre el plazo.`,
                `Informar a pessoa de que pode apresentar ${step.pt}, e verificar no processo desde quando corre o prazo.`,
                `Tell the person they can lodge the ${step.en}, and check on the file when the period started.`,
              )
            : text(
                `Informar a la persona de que puede presentar ${step.es} y de hasta cuándo.`,
                `Informar a pessoa de que pode apresentar ${step.pt} e até quando.`,
                `Tell the person they can lodge the ${step.en} and by when.`,
              ),
      basis: remedyBasis(remedy, jurisdiction),
      due: due?.date ?? null,
      facts: triggers,
      restsOn: jurisdictionData(context),
    };
  },
});
