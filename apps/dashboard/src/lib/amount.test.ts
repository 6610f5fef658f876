import { describe, expect, it } from "vitest";
import { amountExample, formatAmountForInput, parseLocalizedAmount, separators } from "./amount.js";

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("separators", () => {
  it("follows the locale's way of writing numbers", () => {
    expect(separators("pt")).toEqual({ group: ".", decimal: "," });
    expect(separators("en")).toEqual({ group: ",", decimal: "." });
    expect(separators("es")).toEqual({ group: ",", decimal: "." });
  });
});

describe("parseLocalizedAmount", () => {
  it.each([
    ["pt", "1.500.000,50", "USD", "1500000.50"],
    ["pt", "1500000,5", "USD", "1500000.5"],
    ["pt", "12,345", "KWD", "12.345"],
    ["pt", " 2 500 ", "BRL", "2500"],
    ["en", "1,500,000.50", "USD", "1500000.50"],
    ["en", "1500", "JPY", "1500"],
    ["es", "1,500.5", "PEN", "1500.5"],
    ["es", "0.75", "EUR", "0.75"],
    ["en", "007", "USD", "7"],
  ] as const)("%s reads %j in %s as %s", (locale, text, currency, value) => {
    expect(parseLocalizedAmount(text, locale, currency)).toEqual({ ok: true, value });
  });

  it.each([
    ["pt", "", "USD", "empty"],
    ["pt", "-5", "USD", "negative"],
    ["pt", "1,5,0", "USD", "not-a-number"],
    ["pt", "1.50", "USD", "not-a-number"], // a group separator before two digits: a typo, not 150
    ["en", "1,5", "USD", "not-a-number"],
    ["en", "1.", "USD", "not-a-number"],
    ["en", "abc", "USD", "not-a-number"],
    ["en", "1e6", "USD", "not-a-number"],
    ["en", "1.5", "JPY", "too-many-decimals"],
    ["pt", "1,001", "USD", "too-many-decimals"],
    ["en", "0.00", "USD", "zero"],
  ] as const)("%s refuses %j in %s (%s)", (locale, text, currency, problem) => {
    expect(parseLocalizedAmount(text, locale, currency)).toEqual({ ok: false, problem });
  });
});

describe("formatAmountForInput", () => {
  it("writes the currency's minor digits the locale's way, exactly", () => {
    expect(formatAmountForInput("1500000.5", "pt", "USD")).toBe("1.500.000,50");
    expect(formatAmountForInput("1500000.5", "en", "USD")).toBe("1,500,000.50");
    expect(formatAmountForInput("1500", "en", "JPY")).toBe("1,500");
    expect(formatAmountForInput("12.3", "pt", "KWD")).toBe("12,300");
    expect(formatAmountForInput("90071992547409.91", "en", "USD")).toBe("90,071,992,547,409.91");
  });

  it("round-trips through the parser", () => {
    for (const locale of ["es", "pt", "en"] as const)
      for (const [value, currency] of [
        ["1234567.89", "USD"],
        ["42", "JPY"],
        ["0.125", "KWD"],
      ] as const) {
        const parsed = parseLocalizedAmount(formatAmountForInput(value, locale, currency), locale, currency);
        expect(parsed).toEqual({ ok: true, value });
      }
  });

  it("gives an example in the currency's digits", () => {
    expect(plain(amountExample("pt", "USD"))).toBe("1.500.000,50");
    expect(amountExample("en", "JPY")).toBe("1,500,000");
  });
});
