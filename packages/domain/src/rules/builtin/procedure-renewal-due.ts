import { addDays, addMonths, daysBetween } from "../../dates/iso-date.js";
import { countWorkingDays } from "../../dates/holidays.js";
import { holidayCalendar } from "../../dates/calendars/index.js";
import type { TriggerFact } from "../../annotations/annotation.js";
import { defineRule, type DataSet } from "../rule.js";
import { isClaimPending } from "./case-state.js";
import { dates, dayCount, factBasis, instrumentBasis, jurisdictionData, periodLength, text } from "./text.js";

export const procedureRenewalDue = defineRule({
  code: "procedure.renewal-due",
  summary: text(
    "El documento de solicitante de asilo debe renovarse en 7 días o está vencido.",
    "O documento de solicitante de asilo deve ser renovado em 7 dias ou está vencido.",
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
      text("documento de solicitante de asilo", "documento de solicitante de asilo", "asylum-seeker document");
    const validity = rule?.value.validity ?? null;
    const computed =
      document.expires === undefined && validity !== null
        ? text(
            ` (vigencia de ${periodLength(validity).es} desde la última emisión)`,
            ` (validade de ${periodLength(validity).pt} desde a última emissão)`,
            ` (valid ${periodLength(validity).en} from the last issue)`,
          )
        : text("", "", "");
    return {
      severity: overdue ? "critical" : "warning",
      title: overdue
        ? text("Renovación vencida", "Renovação vencida", "Renewal overdue")
        : text("Renovar documento", "Renovar documento", "Renewal due"),
      detail: overdue
        ? text(
            `El ${name.es} venció el ${when.es}${computed.es}, hace ${left.es}; sin él la persona puede ser tratada como migrante irregular.`,
            `O ${name.pt} venceu em ${when.pt}${computed.pt}, há ${left.pt}; sem ele a pessoa pode ser tratada como migrante irregular.`,
            `The ${name.en} expired on ${when.en}${computed.en}, ${left.en} ago; without it the person may be treated as an irregular migrant.`,
          )
        : text(
            `El ${name.es} vence el ${when.es}${computed.es}, en ${left.es}.`,
            `O ${name.pt} vence em ${when.pt}${computed.pt}, em ${left.pt}.`,
            `The ${name.en} expires on ${when.en}${computed.en}, in ${left.en}.`,
          ),
      action: text(
        "Renovar el documento antes de esa fecha; si ya venció, renovarlo de inmediato y dejar constancia de que la solicitud sigue pendiente.",
        "Renovar o documento antes dessa data; se já venceu, renová-lo imediatamente e registrar que o pedido continua pendente.",
        "Renew the document before that date; if it has expired, renew it at once and record that the claim is still pending.",
      ),
      basis:
        rule !== null && restsOn.length > 0
          ? [factBasis(rule)]
          : [instrumentBasis("refugee-convention-1951", "art. 31")],
      due: expires,
      facts: triggers,
      restsOn,
    };
  },
});
