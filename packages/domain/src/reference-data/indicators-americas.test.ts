import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  GENERATED_FILE,
  type IndicatorId,
  OAS_MEMBER_STATES,
  parseWdiCsv,
  readIndicatorInputs,
  renderIndicatorModule,
  WORLD_BANK_DIR,
  WORLD_BANK_INPUTS,
  WorldBankDataError,
} from "../../scripts/world-bank-indicators.js";
import { INDICATOR_ROWS, INDICATORS_SOURCE } from "./indicators-americas.data.js";
import { AMERICAS_INDICATORS } from "./indicators.js";

// The World Bank files ship in the package (data/world-bank): a missing file fails here, naming
// where it was looked for, rather than passing unchecked.
const REGENERATE = "run `pnpm --filter @solidaria/domain generate:indicators` and commit the result";

describe("the generated indicator table", () => {
  it("is exactly what the generator writes from the World Bank files (no hand edit, not stale)", () => {
    const committed = readFileSync(GENERATED_FILE, "utf8");
    expect(committed === renderIndicatorModule(readIndicatorInputs()), REGENERATE).toBe(true);
  });

  it("gives every state the figure and year of the latest year each file has for it", () => {
    for (const id of Object.keys(WORLD_BANK_INPUTS) as IndicatorId[]) {
      const input = WORLD_BANK_INPUTS[id];
      const bytes = readFileSync(join(WORLD_BANK_DIR, input.file));
      expect(INDICATORS_SOURCE.indicators[id].sha256, `${input.file}: ${REGENERATE}`).toBe(
        createHash("sha256").update(bytes).digest("hex"),
      );
      const byCountry = parseWdiCsv(bytes.toString("utf8"), input.file, input);
      const column = id === "population" ? 1 : 3;
      for (const [alpha2, alpha3] of OAS_MEMBER_STATES) {
        const years = [...(byCountry.get(alpha3)?.keys() ?? [])];
        const year = years.length === 0 ? null : Math.max(...years);
        const expected = year === null ? [null, null] : [byCountry.get(alpha3)?.get(year), year];
        const row = INDICATOR_ROWS.find(([country]) => country === alpha2);
        expect(row?.slice(column, column + 2), `${alpha2} ${id}: ${REGENERATE}`).toEqual(expected);
        const figure = AMERICAS_INDICATORS.find((state) => state.country === alpha2)?.[id];
        expect(figure ?? null).toEqual(year === null ? null : { value: expected[0], year, code: input.code });
      }
    }
    expect(INDICATOR_ROWS.map(([country]) => country)).toEqual(OAS_MEMBER_STATES.map(([alpha2]) => alpha2));
  });

  it("lists the 35 OAS member states once each", () => {
    expect(OAS_MEMBER_STATES).toHaveLength(35);
    expect(new Set(OAS_MEMBER_STATES.map(([alpha2]) => alpha2)).size).toBe(35);
  });
});

describe("reading a World Bank file", () => {
  const header = "Country Name,Country Code,Year,Value\r\n";
  const read = (rows: string, wholeNumbers = false) => parseWdiCsv(header + rows, "test.csv", { wholeNumbers });

  it("reads quoted names and CRLF line ends", () => {
    const parsed = read('"Bahamas, The",BHS,2023,14338500000.0\r\n"Venezuela, RB",VEN,2014,482359318767.7031\r\n');
    expect(parsed.get("BHS")?.get(2023)).toBe(14338500000);
    expect(parsed.get("VEN")?.get(2014)).toBe(482359318767.7031);
  });

  it("names the file, line and field of every invalid row", () => {
    const failure = (rows: string, wholeNumbers = false) => {
      try {
        read(rows, wholeNumbers);
      } catch (error) {
        expect(error).toBeInstanceOf(WorldBankDataError);
        return (error as Error).message;
      }
      throw new Error("expected the rows to be refused");
    };
    const message = failure("Peru,PER,2024,34217848\nPeru,PER,20x4,1\nPeru,per,2023,-5\n");
    expect(message).toContain('test.csv, line 3, field "Year": must be a four-digit year (found "20x4")');
    expect(message).toContain('test.csv, line 4, field "Country Code": must be three capital letters');
    expect(message).toContain('test.csv, line 4, field "Value": must be a non-negative decimal number (found "-5")');
    expect(failure("Peru,PER,2024\n")).toContain("test.csv, line 2: expected 4 fields, found 3");
    expect(failure("Peru,PER,2024,1\nPeru,PER,2024,2\n")).toContain("line 3: PER 2024 is already given on line 2");
    expect(failure("Peru,PER,2024,1.5\n", true)).toContain('line 2, field "Value": must be a whole number');
    expect(failure('"Peru,PER,2024,1\n')).toContain("test.csv, line 2: a quoted field is never closed");
    expect(() => parseWdiCsv("Name,Code,Year,Value\n", "test.csv", { wholeNumbers: false })).toThrow(
      'test.csv, line 1: expected the header "Country Name,Country Code,Year,Value"',
    );
  });
});
