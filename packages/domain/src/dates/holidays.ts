import type { LocalizedText } from "../i18n/locale.js";
import type { Citation } from "../sources/citation.js";
import { fromDayNumber, toDayNumber, type IsoDate } from "./iso-date.js";

/** A public holiday and the norm that creates it, from the year it first applies. */
interface HolidayRule {
  readonly name: LocalizedText;
  readonly source: Citation;
  readonly fromYear: number;
  /** Last year it applied, when a later norm removed or moved it. */
  readonly untilYear?: number;
}

interface FixedHoliday extends HolidayRule {
  readonly month: number;
  readonly day: number;
}

/** A holiday that moves with Easter (Holy Thursday is -3, Good Friday -2). */
interface EasterHoliday extends HolidayRule {
  readonly daysFromEaster: number;
}

/**
 * A country's national public holidays, for counting working days. Only the years it was checked
 * for are trusted: outside them a count skips weekends only, and says so.
 */
export interface HolidayCalendar {
  readonly country: string;
  readonly years: { readonly from: number; readonly to: number };
  readonly lastVerified: IsoDate;
  readonly fixed: readonly FixedHoliday[];
  readonly easter: readonly EasterHoliday[];
}

/** Easter Sunday of a Gregorian year (the anonymous Gregorian computus). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

const inForce = (rule: HolidayRule, year: number) =>
  year >= rule.fromYear && (rule.untilYear === undefined || year <= rule.untilYear);

const byCalendar = new WeakMap<HolidayCalendar, Map<number, Map<IsoDate, LocalizedText>>>();

/** Every national holiday of `year` in the calendar, as ISO dates (computed once per calendar and year). */
export function holidaysOf(calendar: HolidayCalendar, year: number): Map<IsoDate, LocalizedText> {
  let years = byCalendar.get(calendar);
  if (years === undefined) {
    years = new Map();
    byCalendar.set(calendar, years);
  }
  let days = years.get(year);
  if (days === undefined) {
    days = computeHolidays(calendar, year);
    years.set(year, days);
  }
  return days;
}

function computeHolidays(calendar: HolidayCalendar, year: number): Map<IsoDate, LocalizedText> {
  const days = new Map<IsoDate, LocalizedText>();
  for (const holiday of calendar.fixed) {
    if (!inForce(holiday, year)) continue;
    days.set(`${year}-${String(holiday.month).padStart(2, "0")}-${String(holiday.day).padStart(2, "0")}`, holiday.name);
  }
  const easter = toDayNumber(easterSunday(year));
  for (const holiday of calendar.easter) {
    if (inForce(holiday, year)) days.set(fromDayNumber(easter + holiday.daysFromEaster), holiday.name);
  }
  return days;
}

export interface WorkingDayCount {
  /** The last day of the period. */
  readonly date: IsoDate;
  /** Holidays on weekdays that the count skipped. */
  readonly holidaysSkipped: readonly IsoDate[];
  /**
   * Whether public holidays were known for every year the count crossed. When false, only weekends
   * were skipped for the years not covered, so the real period can end later than `date`.
   */
  readonly holidaysKnown: boolean;
}

/** Every holiday of the calendar's covered years as day numbers, and the span those years cover. */
const covered = new WeakMap<HolidayCalendar, { first: number; last: number; days: Set<number> }>();

function coverage(calendar: HolidayCalendar) {
  let known = covered.get(calendar);
  if (known === undefined) {
    const days = new Set<number>();
    for (let year = calendar.years.from; year <= calendar.years.to; year += 1)
      for (const date of holidaysOf(calendar, year).keys()) days.add(toDayNumber(date));
    known = {
      first: toDayNumber(`${calendar.years.from}-01-01`),
      last: toDayNumber(`${calendar.years.to}-12-31`),
      days,
    };
    covered.set(calendar, known);
  }
  return known;
}

/**
 * Counts `days` working days after `start` (the day of notification does not count): Saturdays,
 * Sundays and, where a calendar covers the year, national public holidays are skipped.
 */
export function countWorkingDays(start: IsoDate, days: number, calendar: HolidayCalendar | null): WorkingDayCount {
  const holidays = calendar === null ? null : coverage(calendar);
  let dayNumber = toDayNumber(start);
  let remaining = days;
  let holidaysKnown = holidays !== null;
  const skipped: IsoDate[] = [];
  while (remaining > 0) {
    dayNumber += 1;
    const day = (((dayNumber + 4) % 7) + 7) % 7;
    if (day === 0 || day === 6) continue;
    if (holidays !== null && dayNumber >= holidays.first && dayNumber <= holidays.last) {
      if (holidays.days.has(dayNumber)) {
        skipped.push(fromDayNumber(dayNumber));
        continue;
      }
    } else {
      holidaysKnown = false;
    }
    remaining -= 1;
  }
  return { date: fromDayNumber(dayNumber), holidaysSkipped: skipped, holidaysKnown };
}
