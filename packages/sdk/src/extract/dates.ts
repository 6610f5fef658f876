import { addDays, ageOn, IsoDate } from "@solidaria/domain";
import { normalizeLabel } from "./text.js";

const MONTHS: Record<string, number> = {
  // Spanish
  enero: 1,
  febrero: 2,
  marzo: 3,
  abril: 4,
  mayo: 5,
  junio: 6,
  julio: 7,
  agosto: 8,
  septiembre: 9,
  setiembre: 9,
  octubre: 10,
  noviembre: 11,
  diciembre: 12,
  // Portuguese
  janeiro: 1,
  fevereiro: 2,
  marco: 3,
  maio: 5,
  mai: 5,
  junho: 6,
  julho: 7,
  setembro: 9,
  outubro: 10,
  novembro: 11,
  dezembro: 12,
  // English
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  // Abbreviations (es/pt/en)
  ene: 1,
  jan: 1,
  feb: 2,
  fev: 2,
  mar: 3,
  abr: 4,
  apr: 4,
  jun: 6,
  jul: 7,
  ago: 8,
  aug: 8,
  sep: 9,
  set: 9,
  sept: 9,
  oct: 10,
  out: 10,
  nov: 11,
  dic: 12,
  dez: 12,
  dec: 12,
};

const pad = (value: number) => String(value).padStart(2, "0");

function build(year: number, month: number, day: number): string | undefined {
  const iso = `${String(year).padStart(4, "0")}-${pad(month)}-${pad(day)}`;
  return IsoDate.safeParse(iso).success ? iso : undefined;
}

/**
 * Reads a date as Latin American portals write it: "15/03/2019", "15-03-2019", "15.03.2019",
 * "15 de marzo de 2019", "15 de março de 2019", "15 mar 2019", "2019-03-15". Day first, always:
 * these portals never write month first. Returns an ISO date, or undefined when it is not a date.
 */
export function parsePortalDate(value: string | null | undefined): string | undefined {
  const text = normalizeLabel(value);
  if (text === "") return undefined;
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(text);
  if (match) return build(Number(match[1]), Number(match[2]), Number(match[3]));
  // A time after the date ("15/03/2019 10:30") is the portal's timestamp: the date is what counts.
  match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?\s?m\.?)?)?$/.exec(
    text,
  );
  if (match) {
    const [, day, month, yearDigits] = match;
    let year = Number(yearDigits);
    // Two-digit years: up to this year's are this century, later ones the last (birth dates).
    if (yearDigits?.length === 2) year += year > new Date().getUTCFullYear() % 100 ? 1900 : 2000;
    return build(year, Number(month), Number(day));
  }
  match = /^(\d{1,2})(?:º|°|o)?\s*(?:de\s+)?([a-zç]+)\.?\s*(?:de\s+|del\s+)?(\d{4})$/.exec(text.replace(/,/g, ""));
  if (match) {
    const [, day, monthName, year] = match;
    const month = monthName === undefined ? undefined : MONTHS[monthName];
    return month ? build(Number(year), month, Number(day)) : undefined;
  }
  return undefined;
}

/** Completed years of age on `today` for a birth date in any portal format. */
export function ageFromBirthDate(value: string | null | undefined, today: string): number | undefined {
  const birthDate = parsePortalDate(value);
  if (birthDate === undefined || birthDate > today) return undefined;
  return ageOn(birthDate, today);
}

/**
 * Reads "60 días", "180 dias", "90 days" or "90" as a number of days. Anything more ("2 años", "60 días
 * hábiles": working days are not calendar days) is undefined rather than a wrong number.
 */
export function parseDays(value: string | null | undefined): number | undefined {
  const match = /^(\d{1,4})\s*(dias?|days?)?$/.exec(normalizeLabel(value));
  return match ? Number(match[1]) : undefined;
}

export { addDays };
