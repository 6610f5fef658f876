import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { apportion, computeFairShares, explainFairShareKey, FairShareError } from "./fair-share.js";
import { AMERICAS_INDICATORS, VENEZUELANS_HOSTED_2019 } from "../reference-data/indicators.js";

describe("computeFairShares", () => {
  const table = [
    { country: "AA", population: 100, gdpUsd: 300 },
    { country: "BB", population: 300, gdpUsd: 100 },
    { country: "CC", population: null, gdpUsd: 50 },
  ];

  it("weighs population and GDP equally by default and excludes states with unknown indicators", () => {
    const result = computeFairShares(table);
    expect(result.shares.map(({ country, share }) => ({ country, share }))).toEqual([
      { country: "AA", share: 0.5 },
      { country: "BB", share: 0.5 },
    ]);
    expect(result.excluded).toEqual([{ country: "CC", missing: ["population"] }]);
  });

  it("applies custom weights and credits hosting effort", () => {
    const byPopulation = computeFairShares(table, { id: "pop", weights: [{ indicator: "population", weight: 1 }] });
    expect(byPopulation.shares.find((row) => row.country === "BB")?.share).toBeCloseTo(0.75);
    const withEffort = computeFairShares(
      [
        { country: "AA", gdpUsd: 100, hosted: 0 },
        { country: "BB", gdpUsd: 100, hosted: 999 },
      ],
      {
        id: "effort",
        weights: [
          { indicator: "gdpUsd", weight: 1 },
          { indicator: "hosted", weight: 1, direction: "effort" },
        ],
      },
    );
    expect(withEffort.shares[0]?.country).toBe("AA");
  });

  it("shares of the real dataset sum to 1", () => {
    const result = computeFairShares(AMERICAS_INDICATORS);
    expect(result.shares.reduce((sum, row) => sum + row.share, 0)).toBeCloseTo(1, 12);
    expect(result.shares[0]?.country).toBe("US");
    // The release has a figure for every state, however old (Venezuela's GDP is of 2014): none is left out.
    expect(result.excluded).toEqual([]);
    expect(result.shares.find((row) => row.country === "VE")?.figures).toEqual([
      { indicator: "population", value: 28_405_543, year: 2024, code: "SP.POP.TOTL" },
      { indicator: "gdpUsd", value: 482_359_318_767.7031, year: 2014, code: "NY.GDP.MKTP.CD" },
    ]);
    expect(VENEZUELANS_HOSTED_2019.values.CO).toBeGreaterThan(0);
  });

  it("rejects keys that cannot be computed", () => {
    expect(() => computeFairShares(table, { id: "x", weights: [] })).toThrow();
    expect(() =>
      computeFairShares([{ country: "AA", population: null }], {
        id: "x",
        weights: [{ indicator: "population", weight: 1 }],
      }),
    ).toThrow(FairShareError);
  });
});

describe("the formula of a key", () => {
  const states = AMERICAS_INDICATORS.filter((row) => ["AR", "BR", "CL", "CO", "EC", "PE"].includes(row.country));

  it("names each indicator's code and year, in es, pt and en", () => {
    const { formula, components } = computeFairShares(states);
    expect(formula).toEqual({
      es:
        "cuota_i = 0.5 × población_i / Σ población + 0.5 × PIB_i / Σ PIB; Σ: sobre los 6 Estados incluidos; " +
        "población = Población, total (SP.POP.TOTL), 2024, todos los Estados; " +
        "PIB = PIB (US$ a precios actuales) (NY.GDP.MKTP.CD), 2023, todos los Estados",
      pt:
        "quota_i = 0,5 × população_i / Σ população + 0,5 × PIB_i / Σ PIB; Σ: sobre os 6 Estados incluídos; " +
        "população = População, total (SP.POP.TOTL), 2024, todos os Estados; " +
        "PIB = PIB (US$ a preços correntes) (NY.GDP.MKTP.CD), 2023, todos os Estados",
      en:
        "share_i = 0.5 × population_i / Σ population + 0.5 × GDP_i / Σ GDP; Σ: over the 6 states included; " +
        "population = Population, total (SP.POP.TOTL), 2024, every state; " +
        "GDP = GDP (current US$) (NY.GDP.MKTP.CD), 2023, every state",
    });
    expect(
      components.map(({ indicator, code, weight, direction }) => ({ indicator, code, weight, direction })),
    ).toEqual([
      { indicator: "population", code: "SP.POP.TOTL", weight: 0.5, direction: "capacity" },
      { indicator: "gdpUsd", code: "NY.GDP.MKTP.CD", weight: 0.5, direction: "capacity" },
    ]);
    expect(components[1]?.years).toEqual([{ year: 2023, countries: ["AR", "BR", "CL", "CO", "EC", "PE"] }]);
  });

  it("names the states whose figure is of another year", () => {
    const { components } = computeFairShares(AMERICAS_INDICATORS, {
      id: "gdp",
      weights: [{ indicator: "gdpUsd", weight: 2 }],
    });
    expect(components[0]?.formula.en).toBe("GDP_i / Σ GDP");
    expect(components[0]?.description).toEqual({
      es: "PIB = PIB (US$ a precios actuales) (NY.GDP.MKTP.CD), 2023 (33 Estados), 2020 (Cuba), 2014 (Venezuela)",
      pt: "PIB = PIB (US$ a preços correntes) (NY.GDP.MKTP.CD), 2023 (33 Estados), 2020 (Cuba), 2014 (Venezuela)",
      en: "GDP = GDP (current US$) (NY.GDP.MKTP.CD), 2023 (33 states), 2020 (Cuba), 2014 (Venezuela)",
    });
  });

  it("says when figures come without a source or year, and how an effort counts", () => {
    const { formula } = computeFairShares(
      [
        { country: "AA", hosted: 10 },
        { country: "BB", hosted: 30 },
      ],
      { id: "effort", weights: [{ indicator: "hosted", weight: 1, direction: "effort" }] },
    );
    expect(formula.en).toBe(
      "share_i = (1 / (1 + hosted_i)) / Σ (1 / (1 + hosted)); Σ: over the 2 states included; " +
        "hosted = figures given with the table, no source stated, year not given, every state; " +
        "effort: the more a state has, the smaller its share",
    );
  });

  it("refuses to add up figures of different sources under one indicator", () => {
    expect(() =>
      computeFairShares(
        [
          { country: "AA", population: { value: 1, year: 2024, code: "SP.POP.TOTL" } },
          { country: "BB", population: 2 },
        ],
        { id: "pop", weights: [{ indicator: "population", weight: 1 }] },
      ),
    ).toThrow(/mixes figures of different sources \(SP\.POP\.TOTL, none\)/);
  });

  it("is given for a key no state can be included in yet", () => {
    expect(explainFairShareKey([]).formula.en).toBe(
      "share_i = 0.5 × population_i / Σ population + 0.5 × gdpUsd_i / Σ gdpUsd; Σ: no state included; " +
        "population = figures given with the table, no source stated, no figure; " +
        "gdpUsd = figures given with the table, no source stated, no figure",
    );
  });
});

describe("apportion", () => {
  it("splits whole places exactly", () => {
    expect(
      apportion(10, [
        { country: "AA", share: 1 / 3 },
        { country: "BB", share: 1 / 3 },
        { country: "CC", share: 1 / 3 },
      ]),
    ).toEqual([
      { country: "AA", amount: 4 },
      { country: "BB", amount: 3 },
      { country: "CC", amount: 3 },
    ]);
  });

  it("always adds up to the total", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.array(fc.double({ min: 0.001, max: 1, noNaN: true }), { minLength: 1, maxLength: 35 }),
        (total, weights) => {
          const parts = apportion(
            total,
            weights.map((share, index) => ({ country: `C${index}`, share })),
          );
          expect(parts.reduce((sum, part) => sum + part.amount, 0)).toBe(total);
          expect(parts.every((part) => part.amount >= 0)).toBe(true);
        },
      ),
    );
  });
});
