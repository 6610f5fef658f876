import type { Locale, LocalizedText } from "../../i18n/locale.js";
import { countryName } from "../../reference-data/countries.js";
import { getInstrument } from "../../instruments/catalogue.js";
import type { LegalBasis } from "../../annotations/annotation.js";
import type { Citation, Sourced } from "../../sources/citation.js";

/** Shared wording and formatting for the built-in rules' texts. */

export const text = (es: string, pt: string, en: string): LocalizedText => ({ es, pt, en });

/** dd/mm/yyyy in Spanish and Portuguese (as the portals write dates), ISO in English. */
function formatDate(date: string, locale: Locale): string {
  if (locale === "en") return date;
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}

export function dates(date: string): LocalizedText {
  return { es: formatDate(date, "es"), pt: formatDate(date, "pt"), en: formatDate(date, "en") };
}

const CONJUNCTION: Record<Locale, string> = { es: "y", pt: "e", en: "and" };

export function joinList(items: readonly string[], locale: Locale): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} ${CONJUNCTION[locale]} ${items.at(-1)}`;
}

export function countries(code: string): LocalizedText {
  return { es: countryName(code, "es"), pt: countryName(code, "pt"), en: countryName(code, "en") };
}

/** "Ley 27891, art. 3(b)": how a provision is named in running text, in each language. */
export function provisionName(instrumentId: string, provision: string | null): LocalizedText {
  const short = getInstrument(instrumentId)?.shortTitle ?? { es: instrumentId, pt: instrumentId, en: instrumentId };
  const name = (locale: Locale) => (provision ? `${short[locale]}, ${provision}` : short[locale]);
  return { es: name("es"), pt: name("pt"), en: name("en") };
}

/** A legal basis whose source is the instrument's own text. */
export function instrumentBasis(instrument: string, provision: string | null): LegalBasis {
  return { instrument, provision, source: { source: instrument, locator: provision } };
}

/** A legal basis documented in a report or profile (the citation says where). */
export function citedBasis(instrument: string, provision: string | null, source: Citation): LegalBasis {
  return { instrument, provision, source };
}

export function basisFromFact(instrument: string, provision: string | null, fact: Sourced<unknown>): LegalBasis {
  return citedBasis(instrument, provision, fact.source);
}

/** Singular/plural day counts: "1 día", "3 dias", "2 days". */
export function dayCount(days: number): LocalizedText {
  const n = Math.abs(days);
  return {
    es: `${n} ${n === 1 ? "día" : "días"}`,
    pt: `${n} ${n === 1 ? "dia" : "dias"}`,
    en: `${n} ${n === 1 ? "day" : "days"}`,
  };
}
