// Reads the World Bank WDI files kept in data/world-bank and turns them into the domain's indicator
// table (src/reference-data/indicators-americas.data.ts). Used by generate-indicators.ts, which writes
// that file, and by the test that checks the committed file against the same inputs, so that the two
// can never read the files differently.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import * as z from "zod";
import { getCountry } from "../src/reference-data/countries.js";

/** The World Bank files, kept in the package (data/world-bank, with their source and licence). */
export const WORLD_BANK_DIR = fileURLToPath(new URL("../data/world-bank/", import.meta.url));

/** The generated file, relative to this script. */
export const GENERATED_FILE = fileURLToPath(
  new URL("../src/reference-data/indicators-americas.data.ts", import.meta.url),
);

/**
 * The 35 member states of the Organization of American States: the states that have ratified the OAS
 * Charter, as listed on the OAS's "Member States" page (https://www.oas.org/en/member_states/default.asp)
 * and, identically, in the CIA World Factbook's entry on the OAS ("members (35)"). Not re-checked at
 * generation time: the project fetches nothing from the network.
 *
 * Kept although their standing has changed: Cuba (its government excluded from participation in
 * 1962, the exclusion lifted in 2009, participation not resumed), Venezuela (denunciation of the
 * Charter notified in 2017, disputed since) and Nicaragua (denunciation notified in 2021, effective
 * two years later under art. 143). The fair-share report only ever uses the states that have an
 * organisation in the ledger, so listing them takes no share from anyone; dropping them would hide
 * their figures from a coordinator who does include them.
 *
 * [ISO 3166-1 alpha-2, alpha-3 (the World Bank's code for all 35), English short name]
 */
export const OAS_MEMBER_STATES = [
  ["AG", "ATG", "Antigua and Barbuda"],
  ["AR", "ARG", "Argentina"],
  ["BB", "BRB", "Barbados"],
  ["BO", "BOL", "Bolivia"],
  ["BR", "BRA", "Brazil"],
  ["BS", "BHS", "Bahamas"],
  ["BZ", "BLZ", "Belize"],
  ["CA", "CAN", "Canada"],
  ["CL", "CHL", "Chile"],
  ["CO", "COL", "Colombia"],
  ["CR", "CRI", "Costa Rica"],
  ["CU", "CUB", "Cuba"],
  ["DM", "DMA", "Dominica"],
  ["DO", "DOM", "Dominican Republic"],
  ["EC", "ECU", "Ecuador"],
  ["GD", "GRD", "Grenada"],
  ["GT", "GTM", "Guatemala"],
  ["GY", "GUY", "Guyana"],
  ["HN", "HND", "Honduras"],
  ["HT", "HTI", "Haiti"],
  ["JM", "JAM", "Jamaica"],
  ["KN", "KNA", "Saint Kitts and Nevis"],
  ["LC", "LCA", "Saint Lucia"],
  ["MX", "MEX", "Mexico"],
  ["NI", "NIC", "Nicaragua"],
  ["PA", "PAN", "Panama"],
  ["PE", "PER", "Peru"],
  ["PY", "PRY", "Paraguay"],
  ["SR", "SUR", "Suriname"],
  ["SV", "SLV", "El Salvador"],
  ["TT", "TTO", "Trinidad and Tobago"],
  ["US", "USA", "United States"],
  ["UY", "URY", "Uruguay"],
  ["VC", "VCT", "Saint Vincent and the Grenadines"],
  ["VE", "VEN", "Venezuela"],
] as const;

/**
 * Where each file comes from. The data folder's README names the data packages and the commits the files
 * were taken at ("March 2026"); the dates below come from those packages' git history, because a
 * commit date is not the date of the figures:
 * - population.csv is byte-identical to data/population.csv of datasets/population at 425fc447,
 *   the automated commit that fetched it from the World Bank's API on 2026-03-06. That package does
 *   not record the World Bank's own update date.
 * - gdp-current-usd.csv is byte-identical to data/gdp.csv of datasets/gdp at 822019c8 (2026-03-20),
 *   but that file last changed at 1cdcd2e (2024-10-21), taken from the World Bank's update of
 *   2024-09-19 (datapackage.json `last_updated` at that commit). The package's later
 *   `last_updated` dates (2026-02-24 at 822019c8) describe downloads its workflow wrote elsewhere
 *   and never committed: they do not date this file, which is why its newest year is 2023.
 * If the data folder's README names other commits, generation stops until these are checked again.
 */
export const WORLD_BANK_INPUTS = {
  population: {
    file: "population.csv",
    code: "SP.POP.TOTL",
    dataPackage: "datasets/population",
    commit: "425fc447a53a26c767a15a7de60c4cc2478a0595",
    fileLastChanged: { commit: "425fc447a53a26c767a15a7de60c4cc2478a0595", date: "2026-03-06" },
    worldBankUpdated: null,
    /** People are counted in whole numbers: a fraction means the file is not what we think it is. */
    wholeNumbers: true,
  },
  gdpUsd: {
    file: "gdp-current-usd.csv",
    code: "NY.GDP.MKTP.CD",
    dataPackage: "datasets/gdp",
    commit: "822019c80142c162e4ca4eb1a63699ae36075078",
    fileLastChanged: { commit: "1cdcd2eb2364edd9da24bcbe134c1a9e0fb4c693", date: "2024-10-21" },
    worldBankUpdated: "2024-09-19",
    wholeNumbers: false,
  },
} as const;

export type IndicatorId = keyof typeof WORLD_BANK_INPUTS;
const INDICATOR_IDS = Object.keys(WORLD_BANK_INPUTS) as IndicatorId[];

const HEADER = ["Country Name", "Country Code", "Year", "Value"] as const;

/** One data row of a WDI file, as text: each field is checked and converted by the schema. */
const WdiRow = z.strictObject({
  "Country Name": z.string().min(1, "is empty"),
  "Country Code": z
    .string()
    .regex(/^[A-Z0-9]{3}$/, "must be three capital letters or digits (ISO 3166-1 alpha-3 or a World Bank aggregate)"),
  Year: z
    .string()
    .regex(/^\d{4}$/, "must be a four-digit year")
    .transform(Number),
  // The files write plain decimals; anything else (a sign, an exponent, "..") is not a figure we can trust.
  Value: z
    .string()
    .regex(/^\d+(\.\d+)?$/, "must be a non-negative decimal number")
    .transform(Number)
    .refine(Number.isFinite, "is too large"),
});

export class WorldBankDataError extends Error {
  override readonly name = "WorldBankDataError";
}

interface CsvRecord {
  /** The line the record starts on, counting the header as line 1. */
  readonly line: number;
  readonly fields: string[];
}

/**
 * RFC 4180 records: quoted fields may hold commas ("Bahamas, The"), doubled quotes and line breaks;
 * lines end in CRLF (as these files do) or LF.
 */
function parseCsv(text: string, file: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = "";
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let index = 0;
  const endRecord = () => {
    fields.push(field);
    records.push({ line: recordLine, fields });
    fields = [];
    field = "";
  };
  while (index < text.length) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 2;
        continue;
      }
      if (char === '"') quoted = false;
      else {
        if (char === "\n") line += 1;
        field += char;
      }
      index += 1;
      continue;
    }
    if (char === '"') {
      if (field !== "") throw new WorldBankDataError(`${file}, line ${line}: a quote inside an unquoted field`);
      quoted = true;
    } else if (char === ",") {
      fields.push(field);
      field = "";
    } else if (char === "\r" && text[index + 1] === "\n") {
      // The LF that follows ends the record.
    } else if (char === "\n") {
      endRecord();
      line += 1;
      recordLine = line;
    } else field += char;
    index += 1;
  }
  if (quoted) throw new WorldBankDataError(`${file}, line ${recordLine}: a quoted field is never closed`);
  if (field !== "" || fields.length > 0) endRecord();
  return records;
}

interface Figure {
  readonly value: number;
  readonly year: number;
}

/** A WDI file's figures: country code -> year -> value, every row validated. */
export function parseWdiCsv(
  text: string,
  file: string,
  options: { readonly wholeNumbers: boolean },
): Map<string, Map<number, number>> {
  const [header, ...rows] = parseCsv(text, file);
  if (header === undefined || header.fields.join(",") !== HEADER.join(","))
    throw new WorldBankDataError(
      `${file}, line 1: expected the header "${HEADER.join(",")}", found "${header?.fields.join(",") ?? ""}"`,
    );
  const problems: string[] = [];
  const byCountry = new Map<string, Map<number, number>>();
  const firstLine = new Map<string, number>();
  for (const { line, fields } of rows) {
    if (fields.length !== HEADER.length) {
      problems.push(`${file}, line ${line}: expected ${HEADER.length} fields, found ${fields.length}`);
      continue;
    }
    const result = WdiRow.safeParse(Object.fromEntries(HEADER.map((name, column) => [name, fields[column]])));
    if (!result.success) {
      for (const issue of result.error.issues) {
        const column = String(issue.path[0]);
        const raw = fields[HEADER.indexOf(column as (typeof HEADER)[number])] ?? "";
        problems.push(`${file}, line ${line}, field "${column}": ${issue.message} (found "${raw}")`);
      }
      continue;
    }
    const { "Country Code": code, Year: year, Value: value } = result.data;
    if (options.wholeNumbers && !Number.isSafeInteger(value)) {
      problems.push(`${file}, line ${line}, field "Value": must be a whole number (found "${fields[3] ?? ""}")`);
      continue;
    }
    const seenAt = firstLine.get(`${code} ${year}`);
    if (seenAt !== undefined) {
      problems.push(`${file}, line ${line}: ${code} ${year} is already given on line ${seenAt}`);
      continue;
    }
    firstLine.set(`${code} ${year}`, line);
    const years = byCountry.get(code) ?? new Map<number, number>();
    byCountry.set(code, years.set(year, value));
  }
  if (problems.length > 0) {
    const shown = problems.slice(0, 20);
    if (problems.length > shown.length) shown.push(`… and ${problems.length - shown.length} more`);
    throw new WorldBankDataError(`${file} has ${problems.length} invalid row(s):\n${shown.join("\n")}`);
  }
  return byCountry;
}

/** The newest year a country has a figure for, or null when the file has none for it. */
function latestFigure(years: ReadonlyMap<number, number> | undefined): Figure | null {
  let latest: Figure | null = null;
  for (const [year, value] of years ?? []) if (latest === null || year > latest.year) latest = { value, year };
  return latest;
}

interface IndicatorTableRow {
  readonly country: string;
  readonly figures: Readonly<Record<IndicatorId, Figure | null>>;
}

interface IndicatorInputs {
  readonly rows: readonly IndicatorTableRow[];
  /** SHA-256 of each input file, as read. */
  readonly sha256: Readonly<Record<IndicatorId, string>>;
}

/**
 * The data folder's README must still name the commits WORLD_BANK_INPUTS was checked against: a refreshed
 * folder needs its dates checked again before the table may say when it was verified.
 */
function checkReadme(readme: string): void {
  for (const id of INDICATOR_IDS) {
    const input = WORLD_BANK_INPUTS[id];
    const expected = [input.file, input.code, input.dataPackage, `commit ${input.commit.slice(0, 8)}`];
    const missing = expected.filter((text) => !readme.includes(text));
    if (missing.length > 0)
      throw new WorldBankDataError(
        `README.md of the World Bank folder no longer mentions ${missing.map((text) => `"${text}"`).join(", ")}: ` +
          `check the new release's dates in the data package's history, update WORLD_BANK_INPUTS in ` +
          `packages/domain/scripts/world-bank-indicators.ts, then regenerate`,
      );
  }
}

/** Reads the two files and keeps, for each OAS member state, the latest figure of each indicator. */
export function readIndicatorInputs(dir: string = WORLD_BANK_DIR): IndicatorInputs {
  checkReadme(readText(dir, "README.md"));
  const sha256 = {} as Record<IndicatorId, string>;
  const parsed = {} as Record<IndicatorId, Map<string, Map<number, number>>>;
  for (const id of INDICATOR_IDS) {
    const input = WORLD_BANK_INPUTS[id];
    const bytes = readBytes(dir, input.file);
    sha256[id] = createHash("sha256").update(bytes).digest("hex");
    parsed[id] = parseWdiCsv(bytes.toString("utf8"), input.file, input);
  }
  const rows = OAS_MEMBER_STATES.map(([alpha2, alpha3]) => {
    // The list is typed by hand: it must agree with the ISO 3166-1 table the rest of the domain uses.
    if (getCountry(alpha2)?.alpha3 !== alpha3)
      throw new WorldBankDataError(`OAS_MEMBER_STATES: ${alpha2} is not ${alpha3} in ISO 3166-1`);
    const figures = {} as Record<IndicatorId, Figure | null>;
    for (const id of INDICATOR_IDS) figures[id] = latestFigure(parsed[id].get(alpha3));
    return { country: alpha2, figures };
  });
  return { rows, sha256 };
}

function readBytes(dir: string, file: string): Buffer {
  try {
    return readFileSync(join(dir, file));
  } catch (error) {
    throw new WorldBankDataError(
      `cannot read ${file} in ${dir} (packages/domain/data/world-bank holds the World Bank files): ${String(error)}`,
    );
  }
}

function readText(dir: string, file: string): string {
  return readBytes(dir, file).toString("utf8");
}

function number(value: number): string {
  const text = String(value);
  // The table is TypeScript source: an exponent would still be a number, but a reader could misread it.
  if (!/^\d+(\.\d+)?$/.test(text)) throw new WorldBankDataError(`cannot write ${text} as a plain decimal`);
  return text;
}

/** Years of one indicator over the table: "2024 (35 states)" or "2023 (33 states), 2020 (CU), 2014 (VE)". */
function yearsSummary(rows: readonly IndicatorTableRow[], id: IndicatorId): string {
  const byYear = new Map<number, string[]>();
  for (const row of rows) {
    const figure = row.figures[id];
    if (figure === null) continue;
    const countries = byYear.get(figure.year) ?? [];
    byYear.set(figure.year, [...countries, row.country]);
  }
  return [...byYear]
    .sort(([a], [b]) => b - a)
    .map(
      ([year, countries]) => `${year} (${countries.length > 3 ? `${countries.length} states` : countries.join(", ")})`,
    )
    .join(", ");
}

/** The generated module's text: deterministic, so the test can compare it byte for byte. */
export function renderIndicatorModule(inputs: IndicatorInputs): string {
  const nulls = inputs.rows.flatMap((row) =>
    INDICATOR_IDS.filter((id) => row.figures[id] === null).map((id) => `${row.country} ${id}`),
  );
  // ISO dates sort as text; the oldest is what the whole table can claim.
  const lastVerified = INDICATOR_IDS.map((id) => lastVerifiedOf(id)).sort()[0] ?? null;
  const latestYear = (id: IndicatorId) => Math.max(...inputs.rows.map((row) => row.figures[id]?.year ?? 0));
  const source = {
    publisher: "World Bank",
    dataset: "World Development Indicators",
    citation:
      "World Bank, World Development Indicators (SP.POP.TOTL / NY.GDP.MKTP.CD), via the datasets/population and datasets/gdp data packages",
    licence: "Open Data Commons Public Domain Dedication and License (PDDL) v1.0",
    states: {
      list: "OAS member states",
      count: OAS_MEMBER_STATES.length,
      source: "https://www.oas.org/en/member_states/default.asp",
    },
    lastVerified,
    indicators: Object.fromEntries(
      INDICATOR_IDS.map((id) => {
        const input = WORLD_BANK_INPUTS[id];
        return [
          id,
          {
            code: input.code,
            file: input.file,
            sha256: inputs.sha256[id],
            dataPackage: input.dataPackage,
            commit: input.commit,
            fileLastChanged: input.fileLastChanged,
            worldBankUpdated: input.worldBankUpdated,
            lastVerified: lastVerifiedOf(id),
            latestYear: latestYear(id),
          },
        ];
      }),
    ),
  };
  const lines = [
    "// GENERATED FILE: do not edit. Run `pnpm --filter @solidaria/domain generate:indicators`",
    "// (packages/domain/scripts/generate-indicators.ts); indicators-americas.test.ts fails when this file",
    "// and its inputs disagree.",
    "// Inputs: packages/domain/data/world-bank/:",
    ...INDICATOR_IDS.map((id) => {
      const input = WORLD_BANK_INPUTS[id];
      return `//   ${input.file} (${input.code}), sha256 ${inputs.sha256[id]}`;
    }),
    `// ${source.citation}. Licence: ${source.licence}.`,
    `// States: the ${OAS_MEMBER_STATES.length} OAS member states (OAS_MEMBER_STATES in scripts/world-bank-indicators.ts, which names its source).`,
    "// Each figure is the latest year the file has for that state, given with that year. A state the",
    "// file has no figure for gets null: never an estimate.",
    `// Null figures in this release: ${nulls.length === 0 ? "none" : nulls.join(", ")}.`,
    ...INDICATOR_IDS.map((id) => `// Years of ${id}: ${yearsSummary(inputs.rows, id)}.`),
    `// Last verified ${lastVerified}: the older of the two inputs' dates (the World Bank's update where`,
    "// recorded, else the day the figures were taken from the World Bank); each indicator gives its own.",
    `export const INDICATORS_SOURCE = ${JSON.stringify(source, null, 2)} as const;`,
    `/** [alpha2, ${INDICATOR_IDS.map((id) => `${id}, ${id}Year`).join(", ")}] */`,
    "export const INDICATOR_ROWS = [",
    ...inputs.rows.map((row) => {
      const cells = [
        JSON.stringify(row.country),
        ...INDICATOR_IDS.flatMap((id) => {
          const figure = row.figures[id];
          return figure === null ? ["null", "null"] : [number(figure.value), String(figure.year)];
        }),
      ];
      return `  [${cells.join(", ")}],`;
    }),
    `] as const satisfies readonly (readonly [string, ${INDICATOR_IDS.map(() => "number | null, number | null").join(", ")}])[];`,
    "",
  ];
  return lines.join("\n");
}

function lastVerifiedOf(id: IndicatorId): string {
  const input = WORLD_BANK_INPUTS[id];
  return input.worldBankUpdated ?? input.fileLastChanged.date;
}
