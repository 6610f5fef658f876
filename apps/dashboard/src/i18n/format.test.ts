import { describe, expect, it } from "vitest";
import { formatAmount } from "./format.js";

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("formatAmount", () => {
  it("writes money the reader's way, with the currency's minor digits", () => {
    expect(plain(formatAmount("1500000.5", "USD", "en"))).toBe("US$1,500,000.50");
    expect(plain(formatAmount("1500000.5", "USD", "pt"))).toBe("US$ 1.500.000,50");
    expect(plain(formatAmount("1500000.5", "USD", "es"))).toBe("USD 1,500,000.50");
    expect(plain(formatAmount("2000000", "JPY", "en"))).toBe("JP¥2,000,000");
    expect(plain(formatAmount("12.3", "KWD", "en"))).toBe("KWD 12.300");
  });

  it("keeps every digit of amounts beyond double precision", () => {
    expect(plain(formatAmount("90071992547409.91", "USD", "en"))).toBe("US$90,071,992,547,409.91");
  });

  it("shows what it cannot read as it is rather than failing", () => {
    expect(formatAmount("12.345", "USD", "en")).toBe("USD 12.345");
  });
});
