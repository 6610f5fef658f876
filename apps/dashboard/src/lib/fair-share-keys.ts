/**
 * The fair-share keys the overview offers, over the indicators the server's table has (population and
 * GDP, World Bank). The server computes the shares and explains the key it used (its formula, the
 * indicators' codes and years); the default is its own (population and GDP, half each).
 */
export const FAIR_SHARE_KEYS = ["population-gdp-50-50", "population", "gdp"] as const;
export type FairShareKeyId = (typeof FAIR_SHARE_KEYS)[number];

/** The `key` to send to `report.fairShare`; undefined for the server's default key. */
export function fairShareKeyInput(id: FairShareKeyId) {
  switch (id) {
    case "population-gdp-50-50":
      return undefined;
    case "population":
      return { id: "population-only", weights: [{ indicator: "population", weight: 1 }] };
    case "gdp":
      return { id: "gdp-only", weights: [{ indicator: "gdpUsd", weight: 1 }] };
  }
}
