import { addDays, daysBetween } from "../../dates/iso-date.js";
import type { EntryStatus } from "../../case/case-facts.js";
import type { LegalBasis, TriggerFact } from "../../annotations/annotation.js";
import type { LocalizedText } from "../../i18n/locale.js";
import { defineRule, type DataSet } from "../rule.js";
import { isClaimPending } from "./case-state.js";
import { dates, dayCount, factBasis, instrumentBasis, jurisdictionData, text } from "./text.js";

/** Statuses that end after a fixed stay and are not tied to the asylum claim itself. */
const TEMPORARY: ReadonlySet<EntryStatus> = new Set(["tourist", "transit", "humanitarian-visa"]);

const IRREGULAR_RISK = text(
  " Al vencer, la persona corre riesgo de ser tratada como migrante irregular aunque su solicitud siga pendiente.",
  " Ao vencer, a pessoa corre risco de ser tratada como migrante irregular, embora o pedido continue pendente.",
  " Once it ends, the person risks being treated as an irregular migrant although the claim is still pending.",
);

export const statusEntryPermitExpiry = defineRule({
  code: "status.entry-permit-expiry",
  reads: ["jurisdiction", "entry", "claim", "decision", "remedies"],
  summary: text(
    "Un solicitante tiene una calidad migratoria de entrada temporal que vence en 30 días o ya venció mientras la solicitud sigue pendiente.",
    "Um solicitante tem uma situação migratória de entrada temporária que vence em 30 dias ou já venceu enquanto o pedido está pendente.",
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
    let ends: string[];
    let notes: LocalizedText[] = [];
    if (entry.statusExpires !== undefined) {
      triggers.push({ path: "entry.statusExpires", value: entry.statusExpires });
      ends = [entry.statusExpires];
    } else {
      if (entry.date === undefined) return { undetermined: true, missing: ["entry.date"] };
      triggers.push({ path: "entry.date", value: entry.date });
      if (entry.authorizedDays !== undefined) {
        triggers.push({ path: "entry.authorizedDays", value: entry.authorizedDays });
        ends = [addDays(entry.date, entry.authorizedDays)];
      } else if (rule !== null && rule.value.status === entry.status) {
        const start = entry.date;
        ends = [rule.value.days, ...rule.value.conflicting.map((other) => other.days)]
          .map((days) => addDays(start, days))
          .sort();
        notes = rule.value.conflicting.map((other) => other.note);
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
    if (daysBetween(context.today, first) > context.settings.entryExpiryWarningDays) return null;
    // Read from the record, the end is a fact; computed, it is the result of a count.
    const recorded = entry.statusExpires !== undefined;
    const firstPassed = daysBetween(context.today, first) < 0;
    const lastPassed = daysBetween(context.today, last) < 0;
    const uncertain = ends.length > 1;
    const noteText: LocalizedText = {
      es: notes.map((note) => ` ${note.es}`).join(""),
      pt: notes.map((note) => ` ${note.pt}`).join(""),
      en: notes.map((note) => ` ${note.en}`).join(""),
    };
    const endsList = {
      es: ends.map((end) => dates(end).es).join(" o el "),
      pt: ends.map((end) => dates(end).pt).join(" ou em "),
      en: ends.map((end) => dates(end).en).join(" or on "),
    };
    // The next date that can still come, or the last one once all have passed.
    const next = firstPassed ? last : first;
    const when = dates(next);
    const left = dayCount(daysBetween(context.today, next));
    let title: LocalizedText;
    let detail: LocalizedText;
    if (uncertain && firstPassed && !lastPassed) {
      // One reading of the source has it expired, the other not yet: the date is uncertain, never "expired".
      const earlier = dates(first);
      title = text(
        "Calidad migratoria de entrada: fecha de vencimiento incierta",
        "Situação migratória de entrada: data de vencimento incerta",
        "Entry status: end date uncertain",
      );
      detail = text(
        `Según una lectura de la fuente, la calidad migratoria de entrada habría vencido el ${earlier.es}; según otra, vence el ${when.es} (en ${left.es}). La solicitud de refugio sigue pendiente.${noteText.es}${IRREGULAR_RISK.es}`,
        `Segundo uma leitura da fonte, a situação migratória de entrada teria vencido em ${earlier.pt}; segundo outra, vence em ${when.pt} (em ${left.pt}). O pedido de refúgio continua pendente.${noteText.pt}${IRREGULAR_RISK.pt}`,
        `On one reading of the source the entry status would have expired on ${earlier.en}; on another it expires on ${when.en} (in ${left.en}). The asylum claim is still pending.${noteText.en}${IRREGULAR_RISK.en}`,
      );
    } else if (lastPassed) {
      const ago = dayCount(daysBetween(context.today, last));
      title = recorded
        ? text(
            "Calidad migratoria de entrada vencida",
            "Situação migratória de entrada vencida",
            "Entry status expired",
          )
        : text(
            "Calidad migratoria de entrada posiblemente vencida (según el cómputo)",
            "Situação migratória de entrada possivelmente vencida (pela contagem)",
            "Entry status may have expired (by this count)",
          );
      detail = recorded
        ? text(
            `La calidad migratoria de entrada venció el ${when.es} (hace ${ago.es}) con la solicitud de refugio aún pendiente: la persona corre riesgo de ser tratada como migrante irregular.`,
            `A situação migratória de entrada venceu em ${when.pt} (há ${ago.pt}) com o pedido de refúgio ainda pendente: a pessoa corre risco de ser tratada como migrante irregular.`,
            `The entry status expired on ${when.en} (${ago.en} ago) while the asylum claim is still pending: the person risks being treated as an irregular migrant.`,
          )
        : text(
            `Según esta cuenta, la calidad migratoria de entrada habría vencido el ${uncertain ? endsList.es : when.es} (la última fecha, hace ${ago.es}) con la solicitud de refugio aún pendiente: la persona corre riesgo de ser tratada como migrante irregular.${noteText.es}`,
            `Segundo esta contagem, a situação migratória de entrada teria vencido em ${uncertain ? endsList.pt : when.pt} (a última data, há ${ago.pt}) com o pedido de refúgio ainda pendente: a pessoa corre risco de ser tratada como migrante irregular.${noteText.pt}`,
            `By this count the entry status would have expired on ${uncertain ? endsList.en : when.en} (the last date, ${ago.en} ago) while the asylum claim is still pending: the person risks being treated as an irregular migrant.${noteText.en}`,
          );
    } else {
      title = text(
        "Calidad migratoria de entrada por vencer",
        "Situação migratória de entrada a vencer",
        "Entry status expiring",
      );
      detail = uncertain
        ? text(
            `Según la fuente, la calidad migratoria de entrada vence el ${endsList.es}; la primera fecha llega en ${left.es}. La solicitud de refugio sigue pendiente.${noteText.es}${IRREGULAR_RISK.es}`,
            `Segundo a fonte, a situação migratória de entrada vence em ${endsList.pt}; a primeira data chega em ${left.pt}. O pedido de refúgio continua pendente.${noteText.pt}${IRREGULAR_RISK.pt}`,
            `According to the source the entry status expires on ${endsList.en}; the first date is in ${left.en}. The asylum claim is still pending.${noteText.en}${IRREGULAR_RISK.en}`,
          )
        : text(
            `La calidad migratoria de entrada vence el ${when.es} (en ${left.es}) y la solicitud de refugio sigue pendiente.${IRREGULAR_RISK.es}`,
            `A situação migratória de entrada vence em ${when.pt} (em ${left.pt}) e o pedido de refúgio continua pendente.${IRREGULAR_RISK.pt}`,
            `The entry status expires on ${when.en} (in ${left.en}) and the asylum claim is still pending.${IRREGULAR_RISK.en}`,
          );
    }
    const verify = recorded
      ? text("", "", "")
      : text(
          "Verificar en el registro migratorio la fecha en que vence. ",
          "Verificar no registro migratório a data em que vence. ",
          "Check the end date on the migration record. ",
        );
    return {
      // Critical only once every date the sources allow has passed.
      severity: lastPassed ? "critical" : "warning",
      title,
      detail,
      action: text(
        `${verify.es}Pedir a la autoridad migratoria que reconozca la condición de solicitante de refugio; no sancionar la estadía mientras la solicitud está pendiente.`,
        `${verify.pt}Pedir à autoridade migratória que reconheça a condição de solicitante de refúgio; não penalizar a permanência enquanto o pedido está pendente.`,
        `${verify.en}Ask the migration authority to recognise the asylum-seeker status; do not penalise the stay while the claim is pending.`,
      ),
      basis,
      // Never a date one reading says has passed while another says it has not.
      due: next,
      facts: triggers,
      restsOn,
    };
  },
});
