import * as z from "zod/mini";

const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 for a civil date, without time zones (Howard Hinnant's algorithm). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

function isValidCivilDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const monthLengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= (monthLengths[month - 1] ?? 0);
}

/** A calendar date as ISO 8601 `YYYY-MM-DD` (years 1900-2200: anything else is a typo in a case file). */
export const IsoDate = z.string().check(
  z.regex(ISO_DATE_PATTERN, { message: "must be a date as YYYY-MM-DD" }),
  z.refine(
    (value: string) => {
      const [, y, m, d] = ISO_DATE_PATTERN.exec(value) ?? [];
      const year = Number(y);
      return year >= 1900 && year <= 2200 && isValidCivilDate(year, Number(m), Number(d));
    },
    { message: "must be a real calendar date between 1900 and 2200", abort: true },
  ),
);
export type IsoDate = z.infer<typeof IsoDate>;

/** Day number of an ISO date (days since 1970-01-01). Assumes the string is a valid IsoDate. */
export function toDayNumber(date: string): number {
  // Fixed positions: about ten times faster than a regex on the hot path of the rules engine.
  return daysFromCivil(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

/** The civil date of a day number (days since 1970-01-01), Howard Hinnant's algorithm: no Date objects. */
export function fromDayNumber(dayNumber: number): IsoDate {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, "0")}-${month < 10 ? "0" : ""}${month}-${day < 10 ? "0" : ""}${day}`;
}

export function addDays(date: string, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekday(date: string): number {
  return (((toDayNumber(date) + 4) % 7) + 7) % 7;
}

/** The same day `months` later, or the month's last day when it has no such day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: string, months: number): IsoDate {
  const total = Number(date.slice(0, 4)) * 12 + (Number(date.slice(5, 7)) - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const length = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 31;
  const day = Math.min(Number(date.slice(8, 10)), length);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Completed years of age on `today` for someone born on `birthDate`. */
export function ageOn(birthDate: string, today: string): number {
  const by = Number(birthDate.slice(0, 4));
  const ty = Number(today.slice(0, 4));
  const birthdayPassed = today.slice(5) >= birthDate.slice(5);
  return ty - by - (birthdayPassed ? 0 : 1);
}

/** Today's date in UTC as an IsoDate. */
export function todayUtc(now: Date = new Date()): IsoDate {
  return now.toISOString().slice(0, 10);
}

/**
 * Today's date where the clock is (the device's time zone) as an IsoDate. Deadlines are counted on the
 * calendar of the office that applies them: at 20:00 in Lima it is still today, though UTC says tomorrow.
 */
export function todayLocal(now: Date = new Date()): IsoDate {
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${String(now.getFullYear()).padStart(4, "0")}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
