// GENERATED FILE: do not edit. Run `pnpm --filter @solidaria/domain generate:indicators`
// (packages/domain/scripts/generate-indicators.ts); indicators-americas.test.ts fails when this file
// and its inputs disagree.
// Inputs: packages/domain/data/world-bank/:
//   population.csv (SP.POP.TOTL), sha256 7d2dd6a17f5ed7916de1f89a9c116791e64d207f2e2f6ce47c57e1ab46f0088a
//   gdp-current-usd.csv (NY.GDP.MKTP.CD), sha256 f0a8408195646dbb1a9d7fc4424e2d302ee5380d0ec8834793f12ca25cbd7e2c
// World Bank, World Development Indicators (SP.POP.TOTL / NY.GDP.MKTP.CD), via the datasets/population and datasets/gdp data packages. Licence: Open Data Commons Public Domain Dedication and License (PDDL) v1.0.
// States: the 35 OAS member states (OAS_MEMBER_STATES in scripts/world-bank-indicators.ts, which names its source).
// Each figure is the latest year the file has for that state, given with that year. A state the
// file has no figure for gets null: never an estimate.
// Null figures in this release: none.
// Years of population: 2024 (35 states).
// Years of gdpUsd: 2023 (33 states), 2020 (CU), 2014 (VE).
// Last verified 2024-09-19: the older of the two inputs' dates (the World Bank's update where
// recorded, else the day the figures were taken from the World Bank); each indicator gives its own.
export const INDICATORS_SOURCE = {
  "publisher": "World Bank",
  "dataset": "World Development Indicators",
  "citation": "World Bank, World Development Indicators (SP.POP.TOTL / NY.GDP.MKTP.CD), via the datasets/population and datasets/gdp data packages",
  "licence": "Open Data Commons Public Domain Dedication and License (PDDL) v1.0",
  "states": {
    "list": "OAS member states",
    "count": 35,
    "source": "https://www.oas.org/en/member_states/default.asp"
  },
  "lastVerified": "2024-09-19",
  "indicators": {
    "population": {
      "code": "SP.POP.TOTL",
      "file": "population.csv",
      "sha256": "7d2dd6a17f5ed7916de1f89a9c116791e64d207f2e2f6ce47c57e1ab46f0088a",
      "dataPackage": "datasets/population",
      "commit": "425fc447a53a26c767a15a7de60c4cc2478a0595",
      "fileLastChanged": {
        "commit": "425fc447a53a26c767a15a7de60c4cc2478a0595",
        "date": "2026-03-06"
      },
      "worldBankUpdated": null,
      "lastVerified": "2026-03-06",
      "latestYear": 2024
    },
    "gdpUsd": {
      "code": "NY.GDP.MKTP.CD",
      "file": "gdp-current-usd.csv",
      "sha256": "f0a8408195646dbb1a9d7fc4424e2d302ee5380d0ec8834793f12ca25cbd7e2c",
      "dataPackage": "datasets/gdp",
      "commit": "822019c80142c162e4ca4eb1a63699ae36075078",
      "fileLastChanged": {
        "commit": "1cdcd2eb2364edd9da24bcbe134c1a9e0fb4c693",
        "date": "2024-10-21"
      },
      "worldBankUpdated": "2024-09-19",
      "lastVerified": "2024-09-19",
      "latestYear": 2023
    }
  }
} as const;
/** [alpha2, population, populationYear, gdpUsd, gdpUsdYear] */
export const INDICATOR_ROWS = [
  ["AG", 93772, 2024, 2033085185.185185, 2023],
  ["AR", 45696159, 2024, 640591410663.8834, 2023],
  ["BB", 282467, 2024, 6393564189.61345, 2023],
  ["BO", 12413315, 2024, 45849832906.413895, 2023],
  ["BR", 211998573, 2024, 2173665655937.2737, 2023],
  ["BS", 401283, 2024, 14338500000, 2023],
  ["BZ", 417072, 2024, 3281500000, 2023],
  ["CA", 41288599, 2024, 2140085567791.4514, 2023],
  ["CL", 19764771, 2024, 335533331669.2191, 2023],
  ["CO", 52886363, 2024, 363540156234.86835, 2023],
  ["CR", 5129910, 2024, 86497941439.01744, 2023],
  ["CU", 10979783, 2024, 107351800000, 2020],
  ["DM", 66205, 2024, 653992592.5925926, 2023],
  ["DO", 11427557, 2024, 121444279313.93079, 2023],
  ["EC", 18135478, 2024, 118844826000, 2023],
  ["GD", 117207, 2024, 1320334235.588974, 2023],
  ["GT", 18406359, 2024, 102050473863.63637, 2023],
  ["GY", 831087, 2024, 16786302158.273382, 2023],
  ["HN", 10825703, 2024, 34400509852.04365, 2023],
  ["HT", 11772557, 2024, 19850829757.747147, 2023],
  ["JM", 2839175, 2024, 19423355367.23718, 2023],
  ["KN", 46843, 2024, 1077033111.111111, 2023],
  ["LC", 179744, 2024, 2519925938.5244665, 2023],
  ["MX", 130861007, 2024, 1788886821046.8132, 2023],
  ["NI", 6916140, 2024, 17829215283.799656, 2023],
  ["PA", 4515577, 2024, 83382400000, 2023],
  ["PE", 34217848, 2024, 267603248655.2527, 2023],
  ["PY", 6929153, 2024, 42956263543.948166, 2023],
  ["SR", 634431, 2024, 3782437296.0432286, 2023],
  ["SV", 6338193, 2024, 34015620000.000004, 2023],
  ["TT", 1368333, 2024, 28139944790.291103, 2023],
  ["US", 340110988, 2024, 27360935000000, 2023],
  ["UY", 3386588, 2024, 77240831587.16696, 2023],
  ["VC", 100616, 2024, 1065962962.9629629, 2023],
  ["VE", 28405543, 2024, 482359318767.7031, 2014],
] as const satisfies readonly (readonly [string, number | null, number | null, number | null, number | null])[];
