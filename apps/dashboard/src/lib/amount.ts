import { currencyExponent, INTL_TAGS, isCurrencyCode, type Locale } from "@solidaria/domain";

/**
 * The amount field of the forms: people type amounts the way their language writes them
 * ("1.500.000,50" in Spanish and Portuguese, "1,500,000.50" in English); the API takes the canonical
 * decimal string ("1500000.50") in the currency's minor digits.
 */

export interface Separators {
  readonly group: string;
  readonly decimal: string;
}

export function separators(locale: Locale): Separators {
  const parts = new Intl.NumberFormat(INTL_TAGS[locale]).formatToParts(1234567.5);
  return {
    group: parts.find((part) => part.type === "group")?.value ?? ",",
    decimal: parts.find((part) => part.type === "decimal")?.value ?? ".",
  };
}

export type AmountProblem = "empty" | "not-a-number" | "negative" | "too-many-decimals" | "zero";

export type ParsedAmount =
  { readonly ok: true; readonly value: string } | { readonly ok: false; readonly problem: AmountProblem };

const SPACES = /[\s\u00a0\u202f]/g;

/**
 * Reads what a person typed: the locale's decimal separator, group separators (or spaces) between
 * groups of three digits, at most the currency's minor digits. Returns the canonical decimal string
 * ("1500000.5" stays as typed: "1500000.5"; the server pads it).
 */
export function parseLocalizedAmount(text: string, locale: Locale, currency: string): ParsedAmount {
  const trimmed = text.trim();
  if (trimmed === "") return { ok: false, problem: "empty" };
  if (/^[-\u2212]/.test(trimmed)) return { ok: false, problem: "negative" };
  const { group, decimal } = separators(locale);
  const compact = trimmed.replace(SPACES, "");
  const decimalAt = compact.lastIndexOf(decimal);
  const whole = decimalAt === -1 ? compact : compact.slice(0, decimalAt);
  const fraction = decimalAt === -1 ? "" : compact.slice(decimalAt + 1);
  if (decimalAt !== -1 && fraction === "") return { ok: false, problem: "not-a-number" };
  if (!/^\d*$/.test(fraction)) return { ok: false, problem: "not-a-number" };
  // Groups of three after the first, or no group separators at all.
  const groupPattern = new RegExp(`^\\d{1,3}(${escape(group)}\\d{3})+$`);
  const wholeDigits = /^\d+$/.test(whole) ? whole : groupPattern.test(whole) ? whole.split(group).join("") : null;
  if (wholeDigits === null) return { ok: false, problem: "not-a-number" };
  const exponent = isCurrencyCode(currency) ? currencyExponent(currency) : 2;
  if (fraction.length > exponent) return { ok: false, problem: "too-many-decimals" };
  const value = fraction === "" ? stripZeros(wholeDigits) : `${stripZeros(wholeDigits)}.${fraction}`;
  if (!/[1-9]/.test(value)) return { ok: false, problem: "zero" };
  return { ok: true, value };
}

/** A canonical decimal string as the locale writes it, with the currency's minor digits: "1.500.000,50". */
export function formatAmountForInput(value: string, locale: Locale, currency: string): string {
  const exponent = isCurrencyCode(currency) ? currencyExponent(currency) : 2;
  const format = new Intl.NumberFormat(INTL_TAGS[locale], {
    minimumFractionDigits: exponent,
    maximumFractionDigits: exponent,
  });
  // A decimal string is formatted exactly (Intl.NumberFormat v3).
  return format.format(value as unknown as number);
}

/** An example of how to write an amount in this locale and currency, for the field's hint. */
export function amountExample(locale: Locale, currency: string): string {
  const exponent = isCurrencyCode(currency) ? currencyExponent(currency) : 2;
  return formatAmountForInput(exponent === 0 ? "1500000" : `1500000.${"5".padEnd(exponent, "0")}`, locale, currency);
}

function stripZeros(digits: string): string {
  return digits.replace(/^0+(?=\d)/, "");
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
