import { describe, expect, it } from "vitest";
import { cell } from "./hxl-csv.js";

describe("CSV cells", () => {
  it("quote separators, quotes and line breaks", () => {
    expect(cell('Gobierno "A", Perú')).toBe('"Gobierno ""A"", Perú"');
    expect(cell("line\nbreak")).toBe('"line\nbreak"');
    expect(cell(null)).toBe("");
    expect(cell(12.5)).toBe("12.5");
  });

  it("defuse spreadsheet formulas typed as text but keep negative numbers", () => {
    expect(cell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(cell("-2+3+cmd|' /C calc'!A0")).toBe("'-2+3+cmd|' /C calc'!A0");
    expect(cell("-12.50")).toBe("-12.50");
    expect(cell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(cell("-12.50")).toBe("-12.50");
  });
});
