import { useMemo } from "react";
import { useIntl } from "react-intl";
import {
  countryName,
  currencyExponent,
  INTL_TAGS,
  joinList,
  parseMoney,
  toDecimalString,
  PROGRAMME_NAMES,
  RESETTLEMENT_CATEGORY_NAMES,
  type Locale,
  type Programme,
  type ResettlementCategory,
} from "@solidaria/domain";
import { useLocale } from "./I18n.js";

/** Sentence case for names the domain keeps in lower case ("medical needs" -> "Medical needs"). */
export function capitalise(text: string, locale: Locale): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

export function programmeName(programme: string, locale: Locale): string {
  return PROGRAMME_NAMES[programme as Programme]?.[locale] ?? programme;
}

export function categoryName(category: string, locale: Locale): string {
  const name = RESETTLEMENT_CATEGORY_NAMES[category as ResettlementCategory]?.[locale];
  return name ? capitalise(name, locale) : category;
}

/** "Peru" / "Perú" / "Peru"; a code the table does not know stays as it is. */
function countryLabel(code: string | null | undefined, locale: Locale): string {
  return code ? countryName(code, locale) : "";
}

/**
 * An exact decimal amount in its currency, as the reader's language writes it: "US$1,500,000.50" in
 * English, "US$ 1.500.000,50" in Portuguese, "USD 1,500,000.50" in Latin American Spanish.
 */
export function formatAmount(decimal: string, currency: string, locale: Locale): string {
  try {
    // Checked exactly first (parseMoney), then written by Intl from the decimal string itself
    // (Intl.NumberFormat v3), so no digit is lost to floating point.
    const money = parseMoney(decimal, currency);
    const exponent = currencyExponent(money.currency);
    return new Intl.NumberFormat(INTL_TAGS[locale], {
      style: "currency",
      currency: money.currency,
      minimumFractionDigits: exponent,
      maximumFractionDigits: exponent,
    }).format(toDecimalString(money) as unknown as number);
  } catch {
    return `${currency} ${decimal}`;
  }
}

/** Numbers, money, dates and lists in the reader's language, through Intl. */
export function useFormat() {
  const intl = useIntl();
  const { locale } = useLocale();
  return useMemo(
    () => ({
      locale,
      number: (value: number) => intl.formatNumber(value),
      /** A percentage given in percent (12.5 -> "12.5 %"). */
      percent: (value: number) => intl.formatNumber(value / 100, { style: "percent", maximumFractionDigits: 1 }),
      money: (decimal: string, currency: string) => formatAmount(decimal, currency, locale),
      usd: (decimal: string) => formatAmount(decimal, "USD", locale),
      /** A civil date (YYYY-MM-DD), never shifted by the time zone. */
      date: (iso: string) =>
        /^\d{4}-\d{2}-\d{2}$/.test(iso)
          ? intl.formatDate(`${iso}T00:00:00Z`, { dateStyle: "long", timeZone: "UTC" })
          : /^\d{4}(-\d{2})?$/.test(iso)
            ? iso
            : intl.formatDate(iso, { dateStyle: "long" }),
      /** A moment (ISO timestamp), in the reader's time zone. */
      dateTime: (iso: string) => intl.formatDate(iso, { dateStyle: "medium", timeStyle: "short" }),
      list: (items: readonly string[]) => joinList(items, locale),
      country: (code: string | null | undefined) => countryLabel(code, locale),
      programme: (programme: string) => programmeName(programme, locale),
      category: (category: string) => categoryName(category, locale),
    }),
    [intl, locale],
  );
}
