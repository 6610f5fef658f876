import { INDICATOR_ROWS, INDICATORS_SOURCE } from "./indicators-americas.data.js";

export { INDICATORS_SOURCE };

export interface CountryIndicators {
  readonly country: string;
  readonly population: number | null;
  readonly gdpUsd: number | null;
  readonly gniPerCapitaUsd: number | null;
}

/** Indicators of the OAS member states (see INDICATORS_SOURCE for publisher and year). */
export const AMERICAS_INDICATORS: readonly CountryIndicators[] = INDICATOR_ROWS.map(
  ([country, population, gdpUsd, gniPerCapitaUsd]) => ({ country, population, gdpUsd, gniPerCapitaUsd }),
);

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
