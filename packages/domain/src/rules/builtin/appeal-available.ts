import { daysBetween } from "../../dates/iso-date.js";
import type { LegalBasis, TriggerFact } from "../../annotations/annotation.js";
import type { LocalizedText } from "../../i18n/locale.js";
import { legalName } from "../../i18n/grammar.js";
import { getInstrument } from "../../instruments/catalogue.js";
import type { Jurisdiction, Remedy } from "../../jurisdictions/jurisdiction.js";
import type { RemedyStep } from "../../case/case-facts.js";
import { defineRule, type DataSet, type Fired, type RuleContext } from "../rule.js";
import { procedureState, type NegativeDecision } from "./case-state.js";
import { dueDate, type Due } from "./remedy-deadline.js";
import { dates, each, factBasis, instrumentBasis, jurisdictionData, periodLength, periodText, text } from "./text.js";

/** The remedies as Peruvian and Brazilian law name them, without article ("cabe recurso de apelación"). */
const STEP_NAMES = {
  reconsideration: text("recurso de reconsideración", "pedido de reconsideração", "reconsideration"),
  appeal: text("recurso de apelación", "recurso de apelação", "appeal"),
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
  appeal: text("la decisión sobre la apelación", "a decisão sobre a apelação", "the decision on appeal"),
  "judicial-review": text("la decisión judicial", "a decisão judicial", "the court's decision"),
} as const;

function remedyName(remedy: Remedy): LocalizedText {
  return remedy.name ?? STEP_NAMES[remedy.step];
}

/** "la Comisión Especial para los Refugiados (CEPR)" / "a Comisión …" / "the Comisión …". */
function bodyName(remedy: Remedy): LocalizedText | null {
  const body = remedy.body?.value;
  if (body === undefined) return null;
  const name = body.acronym ? `${body.name} (${body.acronym})` : body.name;
  return { es: legalName(name, "es"), pt: legalName(name, "pt"), en: `the ${name}` };
}

const UNKNOWN_BODY = text("un órgano que no consta", "um órgão que não consta", "a body not on record");

function remedyBasis(remedy: Remedy, jurisdiction: Jurisdiction): LegalBasis[] {
  const basis: LegalBasis[] = [instrumentBasis("american-convention-1969", "art. 8")];
  basis.push(factBasis({ value: null, source: remedy.source }));
  if (remedy.deadline) basis.push(factBasis(remedy.deadline));
  if (jurisdiction.deadlineEndsOnWorkingDay) basis.push(factBasis(jurisdiction.deadlineEndsOnWorkingDay));
  return basis;
}

// Only the part of a profile a report documents goes stale: a period cited from a statute keeps its urgency.
const PERIOD_FROM_STATUTE = text(
  "el recurso y el órgano; el plazo se cita de la ley y no depende de esos datos",
  "o recurso e o órgão; o prazo é citado da lei e não depende desses dados",
  "the remedy and the body; the period is cited from the statute and does not depend on that data",
);

/** The profile as the data an appeal deadline rests on: only in part when the period is cited from a law. */
function deadlineData(remedy: Remedy, context: RuleContext): DataSet[] {
  const data = jurisdictionData(context);
  const statutory = remedy.deadline !== null && getInstrument(remedy.deadline.source.source) !== undefined;
  return statutory ? data.map((entry) => ({ ...entry, part: PERIOD_FROM_STATUTE })) : data;
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
        "El plazo para presentarlo no consta en los datos: verificarlo de inmediato.",
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
  state: { step: RemedyStep; filedOn: string | null; path: string },
  jurisdiction: Jurisdiction,
  context: RuleContext,
): Fired {
  const current = jurisdiction.remedies.find((remedy) => remedy.step === state.step);
  const next = jurisdiction.remedies.find((remedy) => remedy.against === state.step);
  const step = current ? remedyName(current) : STEP_NAMES[state.step];
  const before = current ? bodyName(current) : null;
  const filed = state.filedOn === null ? null : dates(state.filedOn);
  const nextBody = next ? (bodyName(next) ?? UNKNOWN_BODY) : null;
  const nextSentence =
    next && nextBody
      ? text(
          ` Si se rechaza, cabe ${remedyName(next).es} ante ${nextBody.es}${next.deadline ? `, en ${periodLength(next.deadline.value).es} desde la notificación escrita de esa decisión` : ""}.`,
          ` Se for rejeitado, cabe ${remedyName(next).pt} perante ${nextBody.pt}${next.deadline ? `, em ${periodLength(next.deadline.value).pt} a partir da notificação escrita dessa decisão` : ""}.`,
          ` If it is rejected, ${remedyName(next).en} lies to ${nextBody.en}${next.deadline ? `, within ${periodLength(next.deadline.value).en} of the written notification of that decision` : ""}.`,
        )
      : text("", "", "");
  return {
    severity: "info",
    title: text("Recurso en trámite", "Recurso em andamento", "Remedy under way"),
    detail: text(
      `Se presentó ${step.es}${before ? ` ante ${before.es}` : ""}${filed ? ` el ${filed.es}` : ""}: la solicitud sigue pendiente y no corre plazo para recurrir.${nextSentence.es}`,
      `Foi apresentado ${step.pt}${before ? ` perante ${before.pt}` : ""}${filed ? ` em ${filed.pt}` : ""}: o pedido continua pendente e nenhum prazo de recurso corre.${nextSentence.pt}`,
      `The remedy (${step.en}) was lodged${before ? ` with ${before.en}` : ""}${filed ? ` on ${filed.en}` : ""}: the claim is still pending and no period for a further remedy runs.${nextSentence.en}`,
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

/**
 * The person withdrew the remedy against the latest negative decision. Whether that leaves the decision
 * final, or a period still running, is national law the data does not hold (LEGAL-NOTES §1): no period
 * is computed, and the officer is told to check before treating the decision as final.
 */
function remedyWithdrawn(
  withdrawn: { step: RemedyStep; path: string },
  decision: NegativeDecision,
  jurisdiction: Jurisdiction,
  context: RuleContext,
): Fired {
  const remedy = jurisdiction.remedies.find((candidate) => candidate.step === withdrawn.step);
  const step = remedy ? remedyName(remedy) : STEP_NAMES[withdrawn.step];
  const body = remedy ? bodyName(remedy) : null;
  const against = INSTANCE_NAMES[decision.instance];
  const withBody = body ?? text("el órgano competente", "o órgão competente", "the competent body");
  return {
    severity: "warning",
    title: text(
      "Recurso retirado: verificar si la decisión quedó firme",
      "Recurso retirado: verificar se a decisão se tornou definitiva",
      "Remedy withdrawn: check whether the decision is final",
    ),
    detail: text(
      `Consta que la persona retiró ${legalName(step.es, "es")} contra ${against.es}. Qué efecto tiene el retiro sobre esa decisión y sobre los plazos no consta en los datos, por lo que no se calcula ninguno.`,
      `Consta que a pessoa retirou ${legalName(step.pt, "pt")} contra ${against.pt}. O efeito da retirada sobre essa decisão e sobre os prazos não consta dos dados; por isso nenhum prazo é calculado.`,
      `The record shows the person withdrew the remedy (${step.en}) against ${against.en}. What the withdrawal does to that decision and to any period is not in the data, so no period is computed.`,
    ),
    action: text(
      `Antes de tratar la decisión como firme, verificar con ${withBody.es} el efecto del retiro y si aún cabe algún recurso.`,
      `Antes de tratar a decisão como definitiva, verificar com ${withBody.pt} o efeito da retirada e se ainda cabe algum recurso.`,
      `Before treating the decision as final, check with ${withBody.en} what the withdrawal did and whether any remedy still lies.`,
    ),
    basis: remedy ? remedyBasis(remedy, jurisdiction) : [instrumentBasis("american-convention-1969", "art. 8")],
    due: null,
    facts: [{ path: `${withdrawn.path}.outcome`, value: "withdrawn" }],
    restsOn: jurisdictionData(context),
  };
}

export const appealAvailable = defineRule({
  code: "appeal.available",
  reads: ["jurisdiction", "claim", "decision", "remedies"],
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
    if (state.withdrawn !== null) return remedyWithdrawn(state.withdrawn, decision, jurisdiction, context);
    const remedy = jurisdiction.remedies.find((candidate) => candidate.against === decision.instance);
    // No further remedy after this instance in the data.
    if (remedy === undefined) return null;
    const triggers: TriggerFact[] = [{ path: `${decision.path}.outcome`, value: decision.outcome }];
    const { due, sentence } = deadlineOf(remedy, decision, jurisdiction, triggers);
    const daysLeft = due === null ? null : daysBetween(context.today, due.date);
    const overdue = daysLeft !== null && daysLeft < 0;
    const step = remedyName(remedy);
    const body = bodyName(remedy) ?? UNKNOWN_BODY;
    const against = INSTANCE_NAMES[decision.instance];
    const barrier = remedy.practicalBarriers?.value ?? null;
    const caveat = due?.caveat ?? null;
    const detail = each((locale) =>
      [
        {
          es: `Contra ${against.es} cabe ${step.es} ante ${body.es}.`,
          pt: `Contra ${against.pt} cabe ${step.pt} perante ${body.pt}.`,
          en: `Against ${against.en}, ${step.en} lies to ${body.en}.`,
        }[locale],
        sentence[locale],
        overdue
          ? {
              es: "Según esta cuenta, el plazo ya terminó.",
              pt: "Segundo esta contagem, o prazo já se encerrou.",
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
    const action =
      overdue || decision.written === false
        ? overdue
          ? text(
              "Antes de tratar la decisión como firme, verificar la fecha de notificación, los días no hábiles y si cabe presentar el recurso por otra vía.",
              "Antes de tratar a decisão como definitiva, verificar a data da notificação, os dias sem expediente e se o recurso pode ser apresentado por outra via.",
              "Before treating the decision as final, check the notification date, non-working days and whether the remedy can still be lodged another way.",
            )
          : text(
              "Notificar la decisión por escrito, indicando el recurso, ante quién y en qué plazo.",
              "Notificar a decisão por escrito, indicando o recurso, perante quem e em que prazo.",
              "Notify the decision in writing, stating the remedy, to whom and within what period.",
            )
        : due === null
          ? text(
              `Informar a la persona de que cabe ${step.es}, y comprobar en el expediente desde cuándo corre el plazo.`,
              `Informar a pessoa de que cabe ${step.pt}, e verificar no processo desde quando corre o prazo.`,
              `Tell the person about the remedy (${step.en}), and check on the file when the period started.`,
            )
          : text(
              `Informar a la persona de que cabe ${step.es} y de la fecha límite.`,
              `Informar a pessoa de que cabe ${step.pt} e da data-limite.`,
              `Tell the person about the remedy (${step.en}) and its last day.`,
            );
    // A documented barrier is about where or how the remedy can be lodged (Peru: from a consulate
    // abroad): leaving the country exposes the person to not being let back in and to chain refoulement.
    const leaving = barrier
      ? text(
          " No exigir a la persona que salga del país para recurrir; confirmar con el órgano dónde puede presentar el recurso.",
          " Não exigir que a pessoa saia do país para recorrer; confirmar com o órgão onde pode apresentar o recurso.",
          " Do not require the person to leave the country to lodge it; check with the body where it can be lodged.",
        )
      : text("", "", "");
    return {
      severity,
      title: overdue
        ? text(
            "Plazo posiblemente vencido (según el cómputo)",
            "Prazo possivelmente encerrado (pela contagem)",
            "Remedy period may have ended (by this count)",
          )
        : text(`Cabe ${step.es}`, `Cabe ${step.pt}`, `Remedy: ${step.en}`),
      detail,
      action: each((locale) => `${action[locale]}${leaving[locale]}`),
      basis: remedyBasis(remedy, jurisdiction),
      due: due?.date ?? null,
      facts: triggers,
      findings: remedy.findings ?? [],
      restsOn: due === null ? jurisdictionData(context) : deadlineData(remedy, context),
    };
  },
});
