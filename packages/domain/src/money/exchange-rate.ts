import * as z from "zod/mini";
import { IsoDate } from "../dates/iso-date.js";
import { currencyExponent, isCurrencyCode } from "../reference-data/currencies.js";
import { MoneyError, type Money } from "./money.js";

const RATE = /^(\d+)(?:\.(\d{1,12}))?$/;

/**
 * How many US dollars one unit of `currency` was worth on `date`, as a decimal string so it is
 * kept exactly as published (e.g. "0.2689" PEN -> USD). `source` names the publisher.
 */
export const UsdRate = z.strictObject({
  currency: z.string().check(z.refine(isCurrencyCode, { message: "must be an ISO 4217 currency code" })),
  usdPerUnit: z.string().check(
    z.regex(RATE, { message: "must be a positive decimal number with at most 12 decimals" }),
    z.refine((value: string) => /[1-9]/.test(value), { message: "must be greater than zero" }),
  ),
  date: IsoDate,
  source: z.string().check(z.minLength(1)),
});
export type UsdRate = z.infer<typeof UsdRate>;

/**
 * Converts to US cents with the dated rate, rounding half to even once at the end
 * (banker's rounding, so that sums of many conversions carry no upward bias).
 */
export function toUsd(money: Money, rate: UsdRate): Money {
  if (money.currency === "USD") return money;
  if (rate.currency !== money.currency) {
    throw new MoneyError("unknown-currency", `rate is for ${rate.currency}, amount is in ${money.currency}`);
  }
  const [, whole = "0", fraction = ""] = RATE.exec(rate.usdPerUnit) ?? [];
  const rateScaled = BigInt(whole + fraction); // rate * 10^fraction.length
  const numerator = BigInt(money.minor) * rateScaled * 100n; // in USD cents * 10^(fraction + exponent)
  const denominator = 10n ** BigInt(fraction.length + currencyExponent(money.currency));
  const quotient = numerator / denominator;
  const remainder = numerator % denominator;
  const twice = remainder * 2n;
  const roundUp = twice > denominator || (twice === denominator && quotient % 2n === 1n);
  const cents = quotient + (roundUp ? 1n : 0n);
  if (cents > BigInt(Number.MAX_SAFE_INTEGER)) throw new MoneyError("too-large", "USD equivalent is too large");
  return { minor: Number(cents), currency: "USD" };
}
