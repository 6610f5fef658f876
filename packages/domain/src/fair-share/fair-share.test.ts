import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { apportion, computeFairShares, FairShareError } from "./fair-share.js";
import { AMERICAS_INDICATORS, VENEZUELANS_HOSTED_2019 } from "../reference-data/indicators.js";

describe("computeFairShares", () => {
  const table = [
    { country: "AA", population: 100, gdpUsd: 300 },
    { country: "BB", population: 300, gdpUsd: 100 },
    { country: "CC", population: null, gdpUsd: 50 },
  ];

  it("weighs population and GDP equally by default and excludes states with unknown indicators", () => {
    const result = computeFairShares(table);
    expect(result.shares).toEqual([
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
    const result = computeFairShares(AMERICAS_INDICATORS as never);
    expect(result.shares.reduce((sum, row) => sum + row.share, 0)).toBeCloseTo(1, 12);
    expect(result.shares[0]?.country).toBe("US");
    expect(result.excluded.map((row) => row.country)).toEqual(expect.arrayContaining(["VE", "CU"]));
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
