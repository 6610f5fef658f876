import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { addMoney, formatMoney, MoneyError, parseMoney, subtractMoney, toDecimalString } from "./money.js";
import { toUsd } from "./exchange-rate.js";
import { listCurrencies } from "../reference-data/currencies.js";

describe("parseMoney", () => {
  it("stores integer minor units, exponent-aware", () => {
    expect(parseMoney("1500000.50", "USD")).toEqual({ minor: 150_000_050, currency: "USD" });
    expect(parseMoney("1500000", "JPY")).toEqual({ minor: 1_500_000, currency: "JPY" });
    expect(parseMoney("12.345", "KWD")).toEqual({ minor: 12_345, currency: "KWD" });
    expect(parseMoney("0.5", "usd")).toEqual({ minor: 50, currency: "USD" });
    expect(parseMoney(" 7 ", "PEN")).toEqual({ minor: 700, currency: "PEN" });
  });

  it.each([
    ["10", "XYZ", "unknown-currency"],
    ["10", "US", "unknown-currency"],
    ["abc", "USD", "not-a-number"],
    ["1,5", "USD", "not-a-number"],
    ["1e6", "USD", "not-a-number"],
    ["", "USD", "not-a-number"],
    [".5", "USD", "not-a-number"],
    ["-3", "USD", "negative"],
    ["0.001", "USD", "too-many-decimals"],
    ["1.5", "JPY", "too-many-decimals"],
    ["1.0001", "KWD", "too-many-decimals"],
    ["900719925474099.20", "USD", "too-large"],
  ])("rejects %j %s as %s", (amount, currency, reason) => {
    try {
      parseMoney(amount, currency);
      expect.unreachable("should have thrown");
    } catch (error) {
      expect(error).toBeInstanceOf(MoneyError);
      expect((error as MoneyError).reason).toBe(reason);
      expect((error as MoneyError).message).toContain(reason === "unknown-currency" ? currency : amount.trim() || '""');
    }
  });

  it("round-trips every amount exactly in every currency", () => {
    const currencies = listCurrencies().map((currency) => currency.code);
    fc.assert(
      fc.property(
        fc.constantFrom(...currencies),
        fc.bigInt({ min: 0n, max: BigInt(Number.MAX_SAFE_INTEGER) }),
        (code, minor) => {
          const money = { minor: Number(minor), currency: code };
          expect(parseMoney(toDecimalString(money), code)).toEqual(money);
        },
      ),
      { numRuns: 2_000 },
    );
  });
});

/** Intl puts a no-break space between code and amount. */
const plain = (text: string) => text.replace(/\s/g, " ");

describe("formatting and arithmetic", () => {
  it("formats with the currency's decimals in each language", () => {
    const money = parseMoney("1500000.5", "USD");
    expect(plain(formatMoney(money, "en"))).toBe("USD 1,500,000.50");
    expect(plain(formatMoney(money, "pt"))).toBe("USD 1.500.000,50");
    expect(plain(formatMoney(parseMoney("1500", "JPY"), "en"))).toBe("JPY 1,500");
    expect(plain(formatMoney(parseMoney("1.5", "KWD"), "en"))).toBe("KWD 1.500");
  });

  it("formats amounts beyond double precision without losing digits", () => {
    expect(plain(formatMoney({ minor: Number.MAX_SAFE_INTEGER, currency: "USD" }, "en"))).toBe(
      "USD 90,071,992,547,409.91",
    );
  });

  it("adds and subtracts within one currency only", () => {
    expect(addMoney(parseMoney("0.10", "USD"), parseMoney("0.20", "USD"))).toEqual(parseMoney("0.30", "USD"));
    expect(subtractMoney(parseMoney("1", "USD"), parseMoney("0.01", "USD"))).toEqual(parseMoney("0.99", "USD"));
    expect(() => addMoney(parseMoney("1", "USD"), parseMoney("1", "EUR"))).toThrow(MoneyError);
    expect(() => subtractMoney(parseMoney("1", "USD"), parseMoney("2", "USD"))).toThrow(/negative/);
  });
});

describe("toUsd", () => {
  const rate = {
    currency: "PEN",
    usdPerUnit: "0.2965",
    date: "2019-11-20",
    source: "Banco Central de Reserva del Perú",
  };

  it("converts with the dated rate, rounding half to even", () => {
    expect(toUsd(parseMoney("1000", "PEN"), rate)).toEqual({ minor: 29_650, currency: "USD" });
    // 0.05 PEN * 0.5 = 0.025 USD -> 2 cents (half to even), 0.07 * 0.5 = 0.035 -> 4 cents
    const half = { ...rate, usdPerUnit: "0.5" };
    expect(toUsd(parseMoney("0.05", "PEN"), half).minor).toBe(2);
    expect(toUsd(parseMoney("0.07", "PEN"), half).minor).toBe(4);
    expect(toUsd(parseMoney("1000", "JPY"), { ...rate, currency: "JPY", usdPerUnit: "0.0067" }).minor).toBe(670);
  });

  it("refuses a rate for another currency", () => {
    expect(() => toUsd(parseMoney("1", "EUR"), rate)).toThrow(/rate is for PEN/);
  });
});
