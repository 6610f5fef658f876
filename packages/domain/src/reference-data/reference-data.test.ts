import { describe, expect, it } from "vitest";
import { CountryCode, countryName, getCountry, listCountries } from "./countries.js";
import { currencyExponent, CurrencyCode, getCurrency, listCurrencies } from "./currencies.js";
import { AMERICAS_INDICATORS, INDICATOR_NAMES, INDICATORS_SOURCE, VENEZUELANS_HOSTED_2019 } from "./indicators.js";

describe("countries (ISO 3166-1)", () => {
  it("lists the 249 officially assigned codes with names in es, pt and en", () => {
    const countries = listCountries();
    expect(countries).toHaveLength(249);
    for (const country of countries) {
      expect(country.alpha2).toMatch(/^[A-Z]{2}$/);
      expect(country.alpha3).toMatch(/^[A-Z]{3}$/);
      expect(country.numeric).toMatch(/^\d{3}$/);
      expect(country.name.es && country.name.pt && country.name.en).toBeTruthy();
    }
  });

  it("names the region's countries in each language", () => {
    expect(getCountry("PE")?.name).toEqual({ en: "Peru", es: "Perú", pt: "Peru" });
    expect(countryName("BR", "es")).toBe("Brasil");
    expect(getCountry("VEN")?.alpha2).toBe("VE");
    expect(countryName("CD", "pt")).toBe("República Democrática do Congo");
  });

  it("validates codes with a clear message", () => {
    expect(CountryCode.safeParse("PE").success).toBe(true);
    const result = CountryCode.safeParse("XX");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/ISO 3166-1/);
  });
});

describe("currencies (ISO 4217)", () => {
  it("knows the minor-unit exponents", () => {
    expect(currencyExponent("USD")).toBe(2);
    expect(currencyExponent("JPY")).toBe(0);
    expect(currencyExponent("KWD")).toBe(3);
    expect(currencyExponent("CLP")).toBe(0);
    expect(currencyExponent("PEN")).toBe(2);
    expect(() => currencyExponent("XYZ")).toThrow(/unknown/);
    expect(listCurrencies().length).toBeGreaterThan(150);
    expect(getCurrency("BRL")?.name.pt).toMatch(/Real/i);
  });

  it("rejects fund and unknown codes", () => {
    expect(CurrencyCode.safeParse("CLF").success).toBe(false);
    expect(CurrencyCode.safeParse("usd").success).toBe(false);
  });
});

describe("indicators", () => {
  it("cover the 35 OAS member states, each figure with its year and WDI code; unknown values are null, never zero", () => {
    expect(AMERICAS_INDICATORS).toHaveLength(35);
    for (const row of AMERICAS_INDICATORS) {
      expect(getCountry(row.country), row.country).toBeDefined();
      for (const [figure, code] of [
        [row.population, "SP.POP.TOTL"],
        [row.gdpUsd, "NY.GDP.MKTP.CD"],
      ] as const) {
        if (figure === null) continue;
        expect(figure.value).toBeGreaterThan(0);
        expect(figure.code).toBe(code);
        expect(figure.year).toBeLessThanOrEqual(code === "SP.POP.TOTL" ? 2024 : 2023);
      }
    }
    // The latest year the release has for a state, however old: the year says so.
    expect(AMERICAS_INDICATORS.find((row) => row.country === "VE")?.gdpUsd?.year).toBe(2014);
  });

  it("say which release they come from and when it was last verified", () => {
    expect(INDICATORS_SOURCE.lastVerified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(INDICATORS_SOURCE.indicators.population).toMatchObject({ code: "SP.POP.TOTL", latestYear: 2024 });
    expect(INDICATORS_SOURCE.indicators.gdpUsd).toMatchObject({ code: "NY.GDP.MKTP.CD", latestYear: 2023 });
    for (const { code } of Object.values(INDICATORS_SOURCE.indicators)) expect(INDICATOR_NAMES[code]).toBeDefined();
  });

  it("hosting figures come from the report", () => {
    expect(VENEZUELANS_HOSTED_2019.values.PE).toBe(863_613);
  });
});
