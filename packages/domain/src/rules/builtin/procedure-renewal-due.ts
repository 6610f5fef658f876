import { addDays, addMonths, daysBetween } from "../../dates/iso-date.js";
import { countWorkingDays } from "../../dates/holidays.js";
import { holidayCalendar } from "../../dates/calendars/index.js";
import type { TriggerFact } from "../../annotations/annotation.js";
import type { LocalizedText } from "../../i18n/locale.js";
import { getInstrument } from "../../instruments/catalogue.js";
import { defineRule, type DataSet } from "../rule.js";
import { isClaimPending } from "./case-state.js";
import { dates, dayCount, factBasis, instrumentBasis, jurisdictionData, periodLength, text } from "./text.js";

export const procedureRenewalDue = defineRule({
  code: "procedure.renewal-due",
  reads: ["jurisdiction", "claim", "decision", "remedies"],
  summary: text(
    "El documento de solicitante de refugio debe renovarse en 7 días o está vencido.",
    "O documento de solicitante de refúgio deve ser renovado em 7 dias ou está vencido.",
    "The asylum-seeker document must be renewed within 7 days, or is overdue.",
  ),
  evaluate(facts, context) {
    const document = facts.claim?.asylumSeekerDocument;
    if (document === undefined || !isClaimPending(facts)) return null;
    const triggers: TriggerFact[] = [];
    const rule = context.jurisdiction?.asylumSeekerDocument ?? null;
    let expires = document.expires;
    let restsOn: DataSet[] = [];
    if (expires !== undefined) {
      triggers.push({ path: "claim.asylumSeekerDocument.expires", value: expires });
    } else {
      const start = document.lastRenewed ?? document.issued;
      if (start === undefined) return { undetermined: true, missing: ["claim.asylumSeekerDocument.expires"] };
      if (rule === null) return { undetermined: true, missing: ["jurisdiction.asylumSeekerDocument"] };
      const validity = rule.value.validity;
      // Valid until the final decision: nothing to renew.
      if (validity === null) return null;
      expires =
        validity.unit === "working-days"
          ? countWorkingDays(start, validity.amount, holidayCalendar(facts.jurisdiction)).date
          : validity.unit === "months"
            ? addMonths(start, validity.amount)
            : addDays(start, validity.amount);
      triggers.push({
        path: document.lastRenewed ? "claim.asylumSeekerDocument.lastRenewed" : "claim.asylumSeekerDocument.issued",
        value: start,
      });
      restsOn = jurisdictionData(context);
    }
    const daysLeft = daysBetween(context.today, expires);
    if (daysLeft > context.settings.renewalWarningDays) return null;
    const overdue = daysLeft < 0;
    const when = dates(expires);
    const left = dayCount(daysLeft);
    const name =
      rule?.value.name ??
      text("documento de solicitante de refugio", "documento de solicitante de refúgio", "asylum-seeker document");
    const validity = rule?.value.validity ?? null;
    // The date was read from the document, or computed from the renewal period in the profile: a
    // computed date is only as good as the period's source, and the document itself must be checked.
    const computed = document.expires === undefined && validity !== null && rule !== null;
    const fromPractice = computed && getInstrument(rule.source.source) === undefined;
    const how = !computed
      ? null
      : fromPractice
        ? text(
            `Según la práctica documentada (renovación cada ${periodLength(validity).es})`,
            `Segundo a prática documentada (renovação a cada ${periodLength(validity).pt})`,
            `By the documented practice (renewal every ${periodLength(validity).en})`,
          )
        : text(
            `Según el cómputo (vigencia de ${periodLength(validity).es} desde la última emisión)`,
            `Pela contagem (validade de ${periodLength(validity).pt} desde a última emissão)`,
            `By this count (valid ${periodLength(validity).en} from the last issue)`,
          );
    const check = text(
      " Verificar la fecha en el documento.",
      " Verificar a data no documento.",
      " Check the date on the document.",
    );
    let detail: LocalizedText;
    if (how === null)
      detail = overdue
        ? text(
            `El ${name.es} venció el ${when.es}, hace ${left.es}.`,
            `O ${name.pt} venceu em ${when.pt}, há ${left.pt}.`,
            `The ${name.en} expired on ${when.en}, ${left.en} ago.`,
          )
        : text(
            `El ${name.es} vence el ${when.es}, en ${left.es}.`,
            `O ${name.pt} vence em ${when.pt}, em ${left.pt}.`,
            `The ${name.en} expires on ${when.en}, in ${left.en}.`,
          );
    else
      detail = overdue
        ? text(
            `${how.es}, el ${name.es} habría vencido el ${when.es}, hace ${left.es}.${check.es}`,
            `${how.pt}, o ${name.pt} teria vencido em ${when.pt}, há ${left.pt}.${check.pt}`,
            `${how.en}, the ${name.en} would have expired on ${when.en}, ${left.en} ago.${check.en}`,
          )
        : text(
            `${how.es}, el ${name.es} vence el ${when.es}, en ${left.es}.${check.es}`,
            `${how.pt}, o ${name.pt} vence em ${when.pt}, em ${left.pt}.${check.pt}`,
            `${how.en}, the ${name.en} expires on ${when.en}, in ${left.en}.${check.en}`,
          );
    return {
      // Critical only for a date read from the document: a computed one may be wrong.
      severity: overdue && !computed ? "critical" : "warning",
      title: !overdue
        ? text("Renovar documento", "Renovar documento", "Renewal due")
        : !computed
          ? text("Renovación vencida", "Renovação vencida", "Renewal overdue")
          : fromPractice
            ? text(
                "Renovación posiblemente vencida (según la práctica documentada)",
                "Renovação possivelmente vencida (pela prática documentada)",
                "Renewal may be overdue (by the documented practice)",
              )
            : text(
                "Renovación posiblemente vencida (según el cómputo)",
                "Renovação possivelmente vencida (pela contagem)",
                "Renewal may be overdue (by this count)",
              ),
      detail,
      action: text(
        "Renovar el documento antes de esa fecha; si ya venció, renovarlo de inmediato y dejar constancia de que la solicitud sigue pendiente.",
        "Renovar o documento antes dessa data; se já venceu, renová-lo imediatamente e registrar que o pedido continua pendente.",
        "Renew the document before that date; if it has expired, renew it at once and record that the claim is still pending.",
      ),
      // A date computed from the profile rests on the period's source; a date read from the document, on
      // the State's duty to issue identity papers.
      basis: computed ? [factBasis(rule)] : [instrumentBasis("refugee-convention-1951", "art. 27")],
      due: expires,
      facts: triggers,
      restsOn,
    };
  },
});
