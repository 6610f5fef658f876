import { addDays, daysBetween } from "../../dates/iso-date.js";
import type { TriggerFact } from "../../annotations/annotation.js";
import { defineRule } from "../rule.js";
import { isClaimPending } from "./case-state.js";
import { basisFromFact, dates, dayCount, instrumentBasis, text } from "./text.js";

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
    let expires = document.expires;
    const renewal = context.jurisdiction?.asylumSeekerRenewalDays ?? null;
    if (expires !== undefined) {
      triggers.push({ path: "claim.asylumSeekerDocument.expires", value: expires });
    } else {
      const start = document.lastRenewed ?? document.issued;
      if (start === undefined) return { undetermined: true, missing: ["claim.asylumSeekerDocument.expires"] };
      if (renewal === null) return { undetermined: true, missing: ["jurisdiction.asylumSeekerRenewalDays"] };
      expires = addDays(start, renewal.value);
      triggers.push({
        path: document.lastRenewed ? "claim.asylumSeekerDocument.lastRenewed" : "claim.asylumSeekerDocument.issued",
        value: start,
      });
    }
    const daysLeft = daysBetween(context.today, expires);
    if (daysLeft > context.settings.renewalWarningDays) return null;
    const overdue = daysLeft < 0;
    const when = dates(expires);
    const left = dayCount(daysLeft);
    const basis =
      renewal !== null && context.jurisdiction?.refugeeLaw
        ? [basisFromFact(context.jurisdiction.refugeeLaw.value.instrument, null, renewal)]
        : [instrumentBasis("refugee-convention-1951", "art. 31")];
    return {
      severity: overdue ? "critical" : "warning",
      title: overdue
        ? text("Renovación vencida", "Renovação vencida", "Renewal overdue")
        : text("Renovar documento", "Renovar documento", "Renewal due"),
      detail: overdue
        ? text(
            `El documento de solicitante de asilo venció el ${when.es} (hace ${left.es}); sin él la persona puede ser tratada como migrante irregular.`,
            `O documento de solicitante de asilo venceu em ${when.pt} (há ${left.pt}); sem ele a pessoa pode ser tratada como migrante irregular.`,
            `The asylum-seeker document expired on ${when.en} (${left.en} ago); without it the person may be treated as an irregular migrant.`,
          )
        : text(
            `El documento de solicitante de asilo vence el ${when.es} (en ${left.es}).`,
            `O documento de solicitante de asilo vence em ${when.pt} (em ${left.pt}).`,
            `The asylum-seeker document expires on ${when.en} (in ${left.en}).`,
          ),
      action: text(
        "Renovar el documento ante la comisión antes de la fecha indicada.",
        "Renovar o documento junto à comissão antes da data indicada.",
        "Renew the document at the commission before that date.",
      ),
      basis,
      due: expires,
      facts: triggers,
    };
  },
});
