import { addDays, addMonths, weekday } from "../../dates/iso-date.js";
import { countWorkingDays } from "../../dates/holidays.js";
import { holidayCalendar } from "../../dates/calendars/index.js";
import type { CaseFacts } from "../../case/case-facts.js";
import type { LocalizedText } from "../../i18n/locale.js";
import type { Jurisdiction, Period } from "../../jurisdictions/jurisdiction.js";
import type { RuleContext } from "../rule.js";
import { procedureState } from "./case-state.js";
import { text } from "./text.js";

/** How periods are counted, shared by the rules that give a deadline or say one may have passed. */

export interface Due {
  readonly date: string;
  /** How the count was made, when the reader must know it to trust the date. */
  readonly caveat: LocalizedText | null;
}

const WEEKENDS_ONLY = text(
  "La cuenta omite sábados y domingos pero no feriados, que no constan: el plazo real puede terminar más tarde.",
  "A contagem omite sábados e domingos, mas não os feriados, que não constam: o prazo real pode terminar mais tarde.",
  "The count skips Saturdays and Sundays but not public holidays, which are not on record: the real period may end later.",
);

const NATIONAL_HOLIDAYS_ONLY = text(
  "La cuenta omite sábados, domingos y feriados nacionales; no los feriados regionales ni los días no laborables decretados para el sector público, que pueden extender el plazo.",
  "A contagem omite sábados, domingos e feriados nacionais; não os feriados regionais nem os dias sem expediente decretados para o setor público, que podem estender o prazo.",
  "The count skips Saturdays, Sundays and national public holidays; not regional holidays or non-working days decreed for the public sector, which can extend the period.",
);

const NEXT_WORKING_DAY = text(
  "Si el último día no es hábil, el plazo pasa al siguiente día hábil; los feriados no constan y pueden extenderlo.",
  "Se o último dia não for útil, o prazo passa ao dia útil seguinte; os feriados não constam e podem estendê-lo.",
  "If the last day is not a working day the period runs to the next one; public holidays are not on record and can extend it.",
);

/** The last day of a period that started on `start`, counted as the jurisdiction's law counts it. */
export function dueDate(start: string, period: Period, jurisdiction: Jurisdiction): Due {
  if (period.unit === "working-days") {
    const count = countWorkingDays(start, period.amount, holidayCalendar(jurisdiction.country));
    return { date: count.date, caveat: count.holidaysKnown ? NATIONAL_HOLIDAYS_ONLY : WEEKENDS_ONLY };
  }
  let date = period.unit === "months" ? addMonths(start, period.amount) : addDays(start, period.amount);
  // A period that ends on a closed day runs to the next working day where the law says so.
  if (jurisdiction.deadlineEndsOnWorkingDay?.value === true) {
    while (weekday(date) === 0 || weekday(date) === 6) date = addDays(date, 1);
    return { date, caveat: NEXT_WORKING_DAY };
  }
  return { date, caveat: null };
}

/**
 * Whether the latest negative decision can still be challenged, as far as the data tells:
 * - `final`: the data has no further remedy against it;
 * - `not-started`: it was not notified in writing, so no period runs yet;
 * - `open`: the period of the next remedy runs until `due`;
 * - `ended-by-count`: by the count the period ended on `due` (a count can be wrong: holidays, the
 *   notification's date or form);
 * - `unknown`: the period, the notification date, the remedies or the effect of a withdrawal are not
 *   in the data.
 * `null` when the latest decision on record is not a negative one nothing is pending against.
 */
export type RemedyWindow =
  | { readonly kind: "final" }
  | { readonly kind: "not-started" }
  | { readonly kind: "open"; readonly due: string }
  | { readonly kind: "ended-by-count"; readonly due: string }
  | { readonly kind: "unknown" };

export function remedyWindow(facts: CaseFacts, context: RuleContext): RemedyWindow | null {
  const state = procedureState(facts);
  if (state.kind !== "negative") return null;
  const jurisdiction = context.jurisdiction;
  if (jurisdiction === null || jurisdiction.remedies.length === 0 || state.withdrawn !== null)
    return { kind: "unknown" };
  const decision = state.decision;
  const remedy = jurisdiction.remedies.find((candidate) => candidate.against === decision.instance);
  if (remedy === undefined) return { kind: "final" };
  if (decision.written === false) return { kind: "not-started" };
  if (remedy.deadline === null) return { kind: "unknown" };
  const period = remedy.deadline.value;
  const start = period.from === "notification" ? decision.notifiedOn : decision.date;
  if (start === null) return { kind: "unknown" };
  const due = dueDate(start, period, jurisdiction).date;
  return context.today <= due ? { kind: "open", due } : { kind: "ended-by-count", due };
}
