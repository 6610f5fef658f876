import type { LocalizedText } from "../i18n/locale.js";
import { INDICATOR_ROWS, INDICATORS_SOURCE } from "./indicators-americas.data.js";

export { INDICATORS_SOURCE };

/** One published figure: its value, the year it describes and the source's indicator code. */
export interface IndicatorFigure {
  readonly value: number;
  readonly year: number;
  /** The World Bank WDI code (INDICATORS_SOURCE says which release). */
  readonly code: string;
}

// A type rather than an interface: fair-share tables look rows up by indicator name, and only a type
// literal is assignable to such an indexed row.
export type CountryIndicators = {
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
  /** `null` when the source has no figure for the state: never estimated. */
  readonly population: IndicatorFigure | null;
  readonly gdpUsd: IndicatorFigure | null;
};

/**
 * Population and GDP of the 35 OAS member states, each the latest year the World Bank release has
 * for that state (generated from the release: see INDICATORS_SOURCE and the data file's header).
 */
export const AMERICAS_INDICATORS: readonly CountryIndicators[] = INDICATOR_ROWS.map(
  ([country, population, populationYear, gdpUsd, gdpUsdYear]) => ({
    country,
    population: figure(population, populationYear, INDICATORS_SOURCE.indicators.population.code),
    gdpUsd: figure(gdpUsd, gdpUsdYear, INDICATORS_SOURCE.indicators.gdpUsd.code),
  }),
);

function figure(value: number | null, year: number | null, code: string): IndicatorFigure | null {
  return value === null || year === null ? null : { value, year, code };
}

/**
 * What each source indicator measures (the World Bank's English and Spanish names; Portuguese
 * translated here) and the short word a formula uses for it, by WDI code.
 */
export const INDICATOR_NAMES: Readonly<
  Record<string, { readonly name: LocalizedText; readonly symbol: LocalizedText }>
> = {
  "SP.POP.TOTL": {
    name: { es: "Población, total", pt: "População, total", en: "Population, total" },
    symbol: { es: "población", pt: "população", en: "population" },
  },
  "NY.GDP.MKTP.CD": {
    name: { es: "PIB (US$ a precios actuales)", pt: "PIB (US$ a preços correntes)", en: "GDP (current US$)" },
    symbol: { es: "PIB", pt: "PIB", en: "GDP" },
  },
};

/**
 * Refugees and migrants from Venezuela hosted by the main receiving states, late 2019: an `effort`
 * indicator for fair-share keys. Source: Amnesty International, AMR 46/1675/2020, ch. 3.
 */
export const VENEZUELANS_HOSTED_2019 = {
  source: { source: "ai-2020-peru", locator: "ch. 3" },
  asOf: "2019",
  values: { CO: 1_600_000, PE: 863_613, EC: 385_042, CL: 371_163, BR: 224_102, AR: 180_267 } as Readonly<
    Record<string, number>
  >,
} as const;
