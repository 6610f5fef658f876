import { addDays, daysBetween } from "../../dates/iso-date.js";
import type { EntryStatus } from "../../case/case-facts.js";
import type { LegalBasis, TriggerFact } from "../../annotations/annotation.js";
import type { LocalizedText } from "../../i18n/locale.js";
import { defineRule, type DataSet } from "../rule.js";
import { isClaimPending } from "./case-state.js";
import { dates, dayCount, factBasis, instrumentBasis, jurisdictionData, text } from "./text.js";

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
    const rule = context.jurisdiction?.entryStatusForAsylumSeekers ?? null;
    const basis: LegalBasis[] = [instrumentBasis("refugee-convention-1951", "art. 31")];
    let restsOn: DataSet[] = [];
    // Every end date the sources allow, earliest first; more than one when a source contradicts itself.
    let ends: { date: string; note: LocalizedText | null }[];
    if (entry.statusExpires !== undefined) {
      triggers.push({ path: "entry.statusExpires", value: entry.statusExpires });
      ends = [{ date: entry.statusExpires, note: null }];
    } else {
      if (entry.date === undefined) return { undetermined: true, missing: ["entry.date"] };
      triggers.push({ path: "entry.date", value: entry.date });
      if (entry.authorizedDays !== undefined) {
        triggers.push({ path: "entry.authorizedDays", value: entry.authorizedDays });
        ends = [{ date: addDays(entry.date, entry.authorizedDays), note: null }];
      } else if (rule !== null && rule.value.status === entry.status) {
        const start = entry.date;
        ends = [
          { date: addDays(start, rule.value.days), note: null },
          ...rule.value.conflicting.map((other) => ({ date: addDays(start, other.days), note: other.note })),
        ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
        basis.push(
          factBasis(rule),
          ...rule.value.conflicting.map((other) => factBasis({ value: null, source: other.source })),
        );
        restsOn = jurisdictionData(context);
      } else {
        return { undetermined: true, missing: ["entry.authorizedDays"] };
      }
    }
    const first = ends[0];
    const last = ends.at(-1);
    if (first === undefined || last === undefined) return null;
    const daysLeft = daysBetween(context.today, first.date);
    if (daysLeft > context.settings.entryExpiryWarningDays) return null;
    const surelyExpired = daysBetween(context.today, last.date) < 0;
    const uncertain = ends.length > 1;
    const when = dates(first.date);
    const left = dayCount(daysLeft);
    const notes = ends.flatMap((end) => (end.note ? [end.note] : []));
    const alternatives: LocalizedText = uncertain
      ? text(
          ` Según la fuente, el estatus termina el ${ends.map((end) => dates(end.date).es).join(" o el ")}: ${notes.map((note) => note.es).join(" ")}`,
          ` Segundo a fonte, o status termina em ${ends.map((end) => dates(end.date).pt).join(" ou em ")}: ${notes.map((note) => note.pt).join(" ")}`,
          ` According to the source the status ends on ${ends.map((end) => dates(end.date).en).join(" or on ")}: ${notes.map((note) => note.en).join(" ")}`,
        )
      : text("", "", "");
    const expired = daysLeft < 0;
    return {
      severity: surelyExpired ? "critical" : "warning",
      title: expired
        ? text("Estatus de entrada vencido", "Status de entrada vencido", "Entry status expired")
        : text("Estatus de entrada por vencer", "Status de entrada a vencer", "Entry status expiring"),
      detail: expired
        ? text(
            `El estatus migratorio de entrada venció el ${when.es} (hace ${left.es}) con la solicitud de asilo aún pendiente: la persona corre riesgo de ser tratada como irregular.${alternatives.es}`,
            `O status migratório de entrada venceu em ${when.pt} (há ${left.pt}) com o pedido de asilo ainda pendente: a pessoa corre risco de ser tratada como irregular.${alternatives.pt}`,
            `The entry status expired on ${when.en} (${left.en} ago) while the asylum claim is still pending: the person risks being treated as irregular.${alternatives.en}`,
          )
        : text(
            `El estatus migratorio de entrada vence el ${when.es} (en ${left.es}) y la solicitud de asilo sigue pendiente.${alternatives.es}`,
            `O status migratório de entrada vence em ${when.pt} (em ${left.pt}) e o pedido de asilo continua pendente.${alternatives.pt}`,
            `The entry status expires on ${when.en} (in ${left.en}) and the asylum claim is still pending.${alternatives.en}`,
          ),
      action: text(
        "Pedir a la autoridad migratoria que reconozca la condición de solicitante de asilo; no sancionar la estadía mientras la solicitud está pendiente.",
        "Pedir à autoridade migratória que reconheça a condição de solicitante de asilo; não penalizar a permanência enquanto o pedido está pendente.",
        "Ask the migration authority to recognise the asylum-seeker status; do not penalise the stay while the claim is pending.",
      ),
      basis,
      due: first.date,
      facts: triggers,
      restsOn,
    };
  },
});
