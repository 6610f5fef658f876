import * as z from "zod/mini";
import { currencyExponent, isCurrencyCode } from "../reference-data/currencies.js";
import type { Locale } from "../i18n/locale.js";

/**
 * An exact amount: integer minor units of an ISO 4217 currency (cents for USD, yen for JPY,
 * fils for KWD). Never a float: pledges are money people are promised.
 */
export const Money = z.strictObject({
  minor: z.number().check(z.int(), z.nonnegative(), z.refine(Number.isSafeInteger, { message: "amount is too large" })),
  currency: z.string().check(z.refine(isCurrencyCode, { message: "must be an ISO 4217 currency code" })),
});
export type Money = z.infer<typeof Money>;

export type MoneyErrorReason = "unknown-currency" | "not-a-number" | "negative" | "too-many-decimals" | "too-large";

export class MoneyError extends Error {
  override readonly name = "MoneyError";
  constructor(
    readonly reason: MoneyErrorReason,
    message: string,
  ) {
    super(message);
  }
}

const DECIMAL = /^(\d+)(?:\.(\d+))?$/;

/**
 * Parses a decimal string such as "1500000.50" in `currency` into exact minor units.
 * Rejects what a form could send by mistake: "1,5", "1e6", "-3", "0.001" USD, "XYZ".
 */
export function parseMoney(amount: string, currency: string): Money {
  const code = currency.trim().toUpperCase();
  if (!isCurrencyCode(code)) {
    throw new MoneyError("unknown-currency", `unknown currency "${currency}": use an ISO 4217 code such as USD`);
  }
  const text = amount.trim();
  if (text.startsWith("-")) throw new MoneyError("negative", `amount "${amount}" is negative`);
  const match = DECIMAL.exec(text);
  if (!match) {
    throw new MoneyError("not-a-number", `amount "${amount}" is not a decimal number like 1234.56`);
  }
  const exponent = currencyExponent(code);
  const [, whole = "", fraction = ""] = match;
  if (fraction.length > exponent) {
    throw new MoneyError(
      "too-many-decimals",
      exponent === 0
        ? `${code} has no decimal places, got "${amount}"`
        : `${code} has ${exponent} decimal places, got "${amount}"`,
    );
  }
  const minor = BigInt(whole) * 10n ** BigInt(exponent) + BigInt(fraction.padEnd(exponent, "0") || "0");
  if (minor > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new MoneyError("too-large", `amount "${amount}" ${code} is too large`);
  }
  return { minor: Number(minor), currency: code };
}

/** The canonical decimal string of an amount ("1500000.50", "300", "1.250"): `parseMoney`'s inverse. */
export function toDecimalString(money: Money): string {
  const exponent = currencyExponent(money.currency);
  if (exponent === 0) return String(money.minor);
  const digits = String(money.minor).padStart(exponent + 1, "0");
  return `${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
}

const INTL_LOCALE: Record<Locale, string> = { es: "es-419", pt: "pt-BR", en: "en-US" };

/** Formats for people: "US$ 1.500.000,50" in Portuguese, "USD 1,500,000.50" in English, etc. */
export function formatMoney(money: Money, locale: Locale): string {
  const exponent = currencyExponent(money.currency);
  const format = new Intl.NumberFormat(INTL_LOCALE[locale], {
    style: "currency",
    currency: money.currency,
    currencyDisplay: "code",
    minimumFractionDigits: exponent,
    maximumFractionDigits: exponent,
  });
  // A decimal string is formatted exactly (Intl.NumberFormat v3), with no float rounding on the way.
  return format.format(toDecimalString(money) as unknown as number);
}

export function addMoney(a: Money, b: Money): Money {
  if (a.currency !== b.currency) throw new MoneyError("unknown-currency", `cannot add ${a.currency} to ${b.currency}`);
  const minor = a.minor + b.minor;
  if (!Number.isSafeInteger(minor)) throw new MoneyError("too-large", "sum is too large");
  return { minor, currency: a.currency };
}

export function subtractMoney(a: Money, b: Money): Money {
  if (a.currency !== b.currency) {
    throw new MoneyError("unknown-currency", `cannot subtract ${b.currency} from ${a.currency}`);
  }
  if (b.minor > a.minor) throw new MoneyError("negative", "result would be negative");
  return { minor: a.minor - b.minor, currency: a.currency };
}
