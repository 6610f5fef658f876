import { addDays, daysBetween } from "../../dates/iso-date.js";
import type { EntryStatus } from "../../case/case-facts.js";
import type { TriggerFact } from "../../annotations/annotation.js";
import { defineRule } from "../rule.js";
import { isClaimPending } from "./case-state.js";
import { basisFromFact, dates, dayCount, instrumentBasis, text } from "./text.js";

/** Statuses that end after a fixed stay and are not tied to the asylum claim itself. */
const TEMPORARY: ReadonlySet<EntryStatus> = new Set(["tourist", "transit", "humanitarian-visa"]);

export const statusEntryPermitExpiry = defineRule({
  code: "status.entry-permit-expiry",
  summary: text(
    "Un solicitante tiene un estatus de entrada temporal que vence en 30 días o ya venció mientras la solicitud sigue pendiente.",
    "Um solicitante tem um status de entrada temporário que vence em 30 dias ou já venceu enquanto o pedido está pendente.",
    "An asylum-seeker's temporary entry status expires within 30 days or has expired while the claim is pending.",
  ),
  evaluate(facts, context) {
    const entry = facts.entry;
    if (entry?.status === undefined || !TEMPORARY.has(entry.status) || !isClaimPending(facts)) return null;
    const triggers: TriggerFact[] = [{ path: "entry.status", value: entry.status }];
    const jurisdictionRule = context.jurisdiction?.entryStatusForAsylumSeekers ?? null;
    let expires = entry.statusExpires;
    if (expires !== undefined) {
      triggers.push({ path: "entry.statusExpires", value: expires });
    } else {
      if (entry.date === undefined) return { undetermined: true, missing: ["entry.date"] };
      const statusDays =
        entry.authorizedDays ??
        (jurisdictionRule !== null && jurisdictionRule.value.status === entry.status
          ? jurisdictionRule.value.days
          : undefined);
      if (statusDays === undefined) return { undetermined: true, missing: ["entry.authorizedDays"] };
      expires = addDays(entry.date, statusDays);
      triggers.push({ path: "entry.date", value: entry.date });
      triggers.push({ path: "entry.authorizedDays", value: statusDays });
    }
    const daysLeft = daysBetween(context.today, expires);
    if (daysLeft > context.settings.entryExpiryWarningDays) return null;
    const expired = daysLeft < 0;
    const when = dates(expires);
    const left = dayCount(daysLeft);
    return {
      severity: expired ? "critical" : "warning",
      title: expired
        ? text("Estatus de entrada vencido", "Status de entrada vencido", "Entry status expired")
        : text("Estatus de entrada por vencer", "Status de entrada a vencer", "Entry status expiring"),
      detail: expired
        ? text(
            `El estatus migratorio de entrada venció el ${when.es} (hace ${left.es}) con la solicitud de asilo aún pendiente: la persona corre riesgo de ser tratada como irregular.`,
            `O status migratório de entrada venceu em ${when.pt} (há ${left.pt}) com o pedido de asilo ainda pendente: a pessoa corre risco de ser tratada como irregular.`,
            `The entry status expired on ${when.en} (${left.en} ago) while the asylum claim is still pending: the person risks being treated as irregular.`,
          )
        : text(
            `El estatus migratorio de entrada vence el ${when.es} (en ${left.es}) y la solicitud de asilo sigue pendiente.`,
            `O status migratório de entrada vence em ${when.pt} (em ${left.pt}) e o pedido de asilo continua pendente.`,
            `The entry status expires on ${when.en} (in ${left.en}) and the asylum claim is still pending.`,
          ),
      action: text(
        "Asegurar que la autoridad migratoria reconozca la condición de solicitante de asilo; no sancionar la estadía.",
        "Garantir que a autoridade migratória reconheça a condição de solicitante de asilo; não penalizar a permanência.",
        "Make sure the migration authority recognises the asylum-seeker status; do not penalise the stay.",
      ),
      basis: [
        instrumentBasis("refugee-convention-1951", "art. 31"),
        ...(jurisdictionRule !== null && context.jurisdiction?.refugeeLaw
          ? [basisFromFact(context.jurisdiction.refugeeLaw.value.instrument, null, jurisdictionRule)]
          : []),
      ],
      due: expires,
      facts: triggers,
    };
  },
});
