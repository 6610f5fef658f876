import * as z from "zod/mini";
import type { Locale, LocalizedText } from "../i18n/locale.js";
import { COUNTRIES_SOURCE, COUNTRY_ROWS } from "./countries.data.js";

export { COUNTRIES_SOURCE };

export interface Country {
  readonly alpha2: string;
  readonly alpha3: string;
  readonly numeric: string;
  readonly name: LocalizedText;
}

/**
 * Corrections to the generated table, kept apart so that regenerating it does not lose them.
 * i18n-iso-countries 7.14.0 swaps the Portuguese names of the two Congos.
 */
const NAME_CORRECTIONS: Record<string, Partial<LocalizedText>> = {
  CD: { pt: "República Democrática do Congo" },
  CG: { pt: "República do Congo" },
};

const byAlpha2 = new Map<string, Country>(
  COUNTRY_ROWS.map(([alpha2, alpha3, numeric, en, es, pt]) => [
    alpha2,
    { alpha2, alpha3, numeric, name: { en, es, pt, ...NAME_CORRECTIONS[alpha2] } },
  ]),
);
const byAlpha3 = new Map<string, Country>([...byAlpha2.values()].map((country) => [country.alpha3, country]));

export function isCountryCode(code: string): boolean {
  return byAlpha2.has(code);
}

export function getCountry(code: string): Country | undefined {
  return byAlpha2.get(code) ?? byAlpha3.get(code);
}

export function listCountries(): Country[] {
  return [...byAlpha2.values()];
}

export function countryName(code: string, locale: Locale): string {
  return byAlpha2.get(code)?.name[locale] ?? code;
}

/** An ISO 3166-1 alpha-2 code, upper case ("PE", "VE"). */
export const CountryCode = z
  .string()
  .check(
    z.length(2, { message: "must be a 2-letter ISO 3166-1 code", abort: true }),
    z.refine(isCountryCode, { message: "is not an ISO 3166-1 alpha-2 country code" }),
  );
export type CountryCode = z.infer<typeof CountryCode>;
