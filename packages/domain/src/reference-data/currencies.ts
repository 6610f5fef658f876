import * as z from "zod/mini";
import type { Locale, LocalizedText } from "../i18n/locale.js";
import { CURRENCIES_SOURCE, CURRENCY_ROWS } from "./currencies.data.js";

export { CURRENCIES_SOURCE };

export interface Currency {
  readonly code: string;
  readonly numeric: string;
  /** Digits after the decimal point in the minor unit: JPY 0, USD 2, KWD 3. */
  readonly exponent: number;
  readonly name: LocalizedText;
}

const byCode = new Map<string, Currency>(
  CURRENCY_ROWS.map(([code, numeric, exponent, en, es, pt]) => [
    code,
    { code, numeric, exponent, name: { en, es, pt } },
  ]),
);

export function isCurrencyCode(code: string): boolean {
  return byCode.has(code);
}

export function getCurrency(code: string): Currency | undefined {
  return byCode.get(code);
}

export function listCurrencies(): Currency[] {
  return [...byCode.values()];
}

/** Minor-unit exponent of a known currency; throws for an unknown code (callers validate first). */
export function currencyExponent(code: string): number {
  const currency = byCode.get(code);
  if (!currency) throw new RangeError(`unknown ISO 4217 currency "${code}"`);
  return currency.exponent;
}

export function currencyName(code: string, locale: Locale): string | undefined {
  return byCode.get(code)?.name[locale];
}

export const CurrencyCode = z
  .string()
  .check(
    z.length(3, { message: "must be a 3-letter ISO 4217 code", abort: true }),
    z.refine(isCurrencyCode, { message: "is not an ISO 4217 currency code" }),
  );
