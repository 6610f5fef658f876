import * as z from "zod/mini";
import { INTL_TAGS, joinList } from "../i18n/format.js";
import { localize, type Locale, type LocalizedText } from "../i18n/locale.js";
import { countryName } from "../reference-data/countries.js";
import { INDICATOR_NAMES } from "../reference-data/indicators.js";

/**
 * Fair shares of a common effort (resettlement places, money): each state's share is a weighted sum
 * of its share of each indicator among the participating states.
 *
 * The default key weighs population and GDP equally: the two capacity components the EU's 2015
 * relocation key gives 40% each (European Commission, COM(2015) 450), without its unemployment and
 * past-effort corrections, for which no comparable dataset covers the Americas here. States that
 * already host many refugees can be credited with an `effort` indicator, which lowers their share.
 */

export const FairShareWeight = z.strictObject({
  indicator: z.string().check(z.minLength(1)),
  weight: z.number().check(z.positive()),
  /** `capacity`: more of it means a larger share; `effort`: more of it (people already hosted) means a smaller one. */
  direction: z._default(z.enum(["capacity", "effort"]), "capacity"),
});
export type FairShareWeight = z.input<typeof FairShareWeight>;

export const FairShareKey = z.strictObject({
  id: z.string().check(z.minLength(1)),
  weights: z.array(FairShareWeight).check(z.minLength(1)),
});
export type FairShareKey = z.input<typeof FairShareKey>;

export const DEFAULT_FAIR_SHARE_KEY: FairShareKey = {
  id: "population-gdp-50-50",
  weights: [
    { indicator: "population", weight: 0.5 },
    { indicator: "gdpUsd", weight: 0.5 },
  ],
};

/**
 * A figure as a table gives it: a bare number, or a value with the year it describes and its source's
 * indicator code (as the built-in `AMERICAS_INDICATORS` does), which the formula then names.
 */
export interface IndicatorValue {
  readonly value: number;
  readonly year?: number | null;
  readonly code?: string | null;
}

/** Per-state indicator values; `null` or absent means not known. */
export type IndicatorTable = readonly {
  readonly country: string;
  readonly [indicator: string]: number | string | IndicatorValue | null | undefined;
}[];

/** A figure a share was computed from, with what it measures and when. */
export interface FairShareFigure {
  readonly indicator: string;
  readonly value: number;
  /** The year the figure describes; `null` when the table did not say. */
  readonly year: number | null;
  /** The source's indicator code (World Bank WDI for the built-in table); `null` when the table did not say. */
  readonly code: string | null;
}

export interface FairShareRow {
  readonly country: string;
  /** Fraction of the total, summing to 1 over the included states. */
  readonly share: number;
}

export interface FairShareStateRow extends FairShareRow {
  /** The figures of the key's indicators this state's share rests on. */
  readonly figures: readonly FairShareFigure[];
}

/** One indicator of a key, as a coordinator reads it. */
export interface FairShareComponent {
  readonly indicator: string;
  /** The source's indicator code, or `null` when the figures came without one. */
  readonly code: string | null;
  readonly name: LocalizedText;
  readonly direction: "capacity" | "effort";
  /** The indicator's part of each share: its weight over the key's total weight (the parts sum to 1). */
  readonly weight: number;
  /** The years the figures describe, newest first, with the states each year applies to. */
  readonly years: readonly { readonly year: number | null; readonly countries: readonly string[] }[];
  /** The term this indicator adds to a state's share: "0.5 × population_i / Σ population". */
  readonly formula: LocalizedText;
  /** What the term's symbol stands for: its name, code and years. */
  readonly description: LocalizedText;
}

/** How a key turns figures into shares, in words a coordinator can check. */
export interface FairShareExplanation {
  /** The whole key as one formula, followed by each symbol's name, indicator code and years. */
  readonly formula: LocalizedText;
  readonly components: readonly FairShareComponent[];
}

export interface FairShareResult extends FairShareExplanation {
  readonly key: string;
  readonly shares: FairShareStateRow[];
  /** States left out because an indicator the key needs is unknown: never guessed. */
  readonly excluded: { readonly country: string; readonly missing: string[] }[];
}

export class FairShareError extends Error {
  override readonly name = "FairShareError";
}

interface IncludedState {
  readonly country: string;
  /** One figure per weight of the key, in the key's order. */
  readonly figures: readonly FairShareFigure[];
}

/** Splits a table into the states that have every figure the key needs and those that do not. */
function partitionStates(table: IndicatorTable, key: z.output<typeof FairShareKey>) {
  const included: IncludedState[] = [];
  const excluded: { country: string; missing: string[] }[] = [];
  for (const row of table) {
    const missing: string[] = [];
    const figures: FairShareFigure[] = [];
    for (const { indicator } of key.weights) {
      const figure = readFigure(indicator, row[indicator]);
      if (figure === null) missing.push(indicator);
      else figures.push(figure);
    }
    if (missing.length > 0) excluded.push({ country: row.country, missing });
    else included.push({ country: row.country, figures });
  }
  return { included, excluded };
}

function readFigure(indicator: string, cell: IndicatorTable[number][string]): FairShareFigure | null {
  const figure =
    typeof cell === "number"
      ? { value: cell, year: null, code: null }
      : typeof cell === "object" && cell !== null
        ? { value: cell.value, year: cell.year ?? null, code: cell.code ?? null }
        : null;
  if (figure === null || !Number.isFinite(figure.value) || figure.value < 0) return null;
  return { indicator, ...figure };
}

/**
 * Each included state's share under `keyInput`, the figures it rests on, and the key's formula with the
 * code and year of every figure, so that the shares can be checked by hand.
 */
export function computeFairShares(
  table: IndicatorTable,
  keyInput: FairShareKey = DEFAULT_FAIR_SHARE_KEY,
): FairShareResult {
  const key = FairShareKey.parse(keyInput);
  const { included, excluded } = partitionStates(table, key);
  if (included.length === 0) throw new FairShareError("no state has every indicator the key needs");
  const explanation = explain(key, included);

  const totalWeight = key.weights.reduce((sum, weight) => sum + weight.weight, 0);
  const shares = new Map<string, number>(included.map((row) => [row.country, 0]));
  key.weights.forEach((weight, index) => {
    // Effort indicators count inversely: a state hosting twice as many gets half the component.
    const transformed = included.map((row) => {
      const value = row.figures[index]?.value ?? 0;
      return weight.direction === "effort" ? 1 / (1 + value) : value;
    });
    const sum = transformed.reduce((total, value) => total + value, 0);
    if (sum === 0) throw new FairShareError(`indicator "${weight.indicator}" is zero for every included state`);
    included.forEach((row, rowIndex) => {
      shares.set(
        row.country,
        (shares.get(row.country) ?? 0) + ((transformed[rowIndex] ?? 0) / sum) * (weight.weight / totalWeight),
      );
    });
  });
  const figures = new Map(included.map((row) => [row.country, uniqueByIndicator(row.figures)]));
  return {
    key: key.id,
    ...explanation,
    shares: [...shares]
      .map(([country, share]) => ({ country, share, figures: figures.get(country) ?? [] }))
      .sort((a, b) => b.share - a.share),
    excluded,
  };
}

/**
 * The formula of a key over the states of `table` that have every figure it needs, without computing
 * shares: what a report shows when no state is included yet.
 */
export function explainFairShareKey(
  table: IndicatorTable,
  keyInput: FairShareKey = DEFAULT_FAIR_SHARE_KEY,
): FairShareExplanation {
  const key = FairShareKey.parse(keyInput);
  return explain(key, partitionStates(table, key).included);
}

// A key may weigh one indicator twice (as capacity and as effort): its figure is listed once.
function uniqueByIndicator(figures: readonly FairShareFigure[]): FairShareFigure[] {
  return figures.filter(
    (figure, index) => figures.findIndex((other) => other.indicator === figure.indicator) === index,
  );
}

const SHARE_SYMBOL: LocalizedText = { es: "cuota", pt: "quota", en: "share" };

function explain(key: z.output<typeof FairShareKey>, included: readonly IncludedState[]): FairShareExplanation {
  const totalWeight = key.weights.reduce((sum, weight) => sum + weight.weight, 0);
  const components = key.weights.map((weight, index): FairShareComponent => {
    const codes = [...new Set(included.map((row) => row.figures[index]?.code ?? null))];
    // One term sums one measure: figures of different indicators (or some without a source) do not add up.
    if (codes.length > 1)
      throw new FairShareError(
        `indicator "${weight.indicator}" mixes figures of different sources (${codes.map((code) => code ?? "none").join(", ")})`,
      );
    const code = codes[0] ?? null;
    const names = code === null ? undefined : INDICATOR_NAMES[code];
    const symbol = names?.symbol ?? localize(() => weight.indicator);
    const years = yearGroups(included.map((row) => ({ country: row.country, year: row.figures[index]?.year ?? null })));
    const part = weight.weight / totalWeight;
    return {
      indicator: weight.indicator,
      code,
      name: names?.name ?? localize(() => code ?? weight.indicator),
      direction: weight.direction,
      weight: part,
      years,
      formula: localize((locale) => term(symbol[locale], weight.direction, part, locale)),
      description: localize((locale) =>
        describe(symbol[locale], names?.name[locale] ?? null, code, weight.direction, years, locale),
      ),
    };
  });
  const formula = localize((locale) => {
    const descriptions = [...new Set(components.map((component) => component.description[locale]))];
    const terms = components.map((component) => component.formula[locale]).join(" + ");
    return [`${SHARE_SYMBOL[locale]}_i = ${terms}`, sumOver(included.length, locale), ...descriptions].join("; ");
  });
  return { formula, components };
}

function yearGroups(figures: readonly { country: string; year: number | null }[]) {
  const byYear = new Map<number | null, string[]>();
  for (const { country, year } of figures) byYear.set(year, [...(byYear.get(year) ?? []), country]);
  return [...byYear]
    .map(([year, countries]) => ({ year, countries: countries.sort() }))
    .sort((a, b) => (b.year ?? -Infinity) - (a.year ?? -Infinity));
}

function term(symbol: string, direction: "capacity" | "effort", weight: number, locale: Locale): string {
  const ratio =
    direction === "effort" ? `(1 / (1 + ${symbol}_i)) / Σ (1 / (1 + ${symbol}))` : `${symbol}_i / Σ ${symbol}`;
  if (weight === 1) return ratio;
  return `${new Intl.NumberFormat(INTL_TAGS[locale], { maximumFractionDigits: 4 }).format(weight)} × ${ratio}`;
}

function sumOver(states: number, locale: Locale): string {
  if (states === 0)
    return { es: "Σ: ningún Estado incluido", pt: "Σ: nenhum Estado incluído", en: "Σ: no state included" }[locale];
  if (states === 1)
    return {
      es: "Σ: sobre el único Estado incluido",
      pt: "Σ: sobre o único Estado incluído",
      en: "Σ: over the one state included",
    }[locale];
  return {
    es: `Σ: sobre los ${states} Estados incluidos`,
    pt: `Σ: sobre os ${states} Estados incluídos`,
    en: `Σ: over the ${states} states included`,
  }[locale];
}

function describe(
  symbol: string,
  name: string | null,
  code: string | null,
  direction: "capacity" | "effort",
  years: FairShareComponent["years"],
  locale: Locale,
): string {
  const what =
    code === null
      ? {
          es: "cifras dadas con la tabla, sin fuente indicada",
          pt: "números dados com a tabela, sem fonte indicada",
          en: "figures given with the table, no source stated",
        }[locale]
      : name === null
        ? code
        : `${name} (${code})`;
  const effort = {
    es: "; esfuerzo: cuanto más tiene un Estado, menor es su cuota",
    pt: "; esforço: quanto mais um Estado tem, menor é sua quota",
    en: "; effort: the more a state has, the smaller its share",
  }[locale];
  return `${symbol} = ${what}, ${yearsText(years, locale)}${direction === "effort" ? effort : ""}`;
}

function yearsText(years: FairShareComponent["years"], locale: Locale): string {
  const label = (year: number | null) =>
    year === null ? { es: "año no indicado", pt: "ano não indicado", en: "year not given" }[locale] : String(year);
  const [only, ...others] = years;
  if (only === undefined) return { es: "ninguna cifra", pt: "nenhum número", en: "no figure" }[locale];
  if (others.length === 0)
    return `${label(only.year)}, ${{ es: "todos los Estados", pt: "todos os Estados", en: "every state" }[locale]}`;
  // A year most states share is given as a count; the exceptions are named, so a stale figure stands out.
  return years
    .map(({ year, countries }) => {
      const states =
        countries.length > 3
          ? `${countries.length} ${{ es: "Estados", pt: "Estados", en: "states" }[locale]}`
          : joinList(
              countries.map((country) => countryName(country, locale)),
              locale,
            );
      return `${label(year)} (${states})`;
    })
    .join(", ");
}

/**
 * Splits a whole number (places, or money in minor units) by shares so that the parts add up exactly:
 * largest remainder method, ties broken by country code for a stable result.
 */
export function apportion(total: number, shares: readonly FairShareRow[]): { country: string; amount: number }[] {
  if (!Number.isSafeInteger(total) || total < 0) throw new FairShareError("total must be a non-negative whole number");
  const shareSum = shares.reduce((sum, row) => sum + row.share, 0);
  if (shares.length === 0 || shareSum <= 0) throw new FairShareError("no shares to apportion by");
  const exact = shares.map((row) => ({ country: row.country, value: (total * row.share) / shareSum }));
  const result = exact.map((row) => ({
    country: row.country,
    amount: Math.floor(row.value),
    remainder: row.value - Math.floor(row.value),
  }));
  let left = total - result.reduce((sum, row) => sum + row.amount, 0);
  const order = [...result].sort((a, b) => b.remainder - a.remainder || (a.country < b.country ? -1 : 1));
  for (const row of order) {
    if (left <= 0) break;
    row.amount += 1;
    left -= 1;
  }
  return result.map(({ country, amount }) => ({ country, amount }));
}
