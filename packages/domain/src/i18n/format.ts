import { LOCALES, type Locale, type LocalizedText } from "./locale.js";

/** The language tags dates and numbers are written with: Latin American Spanish, Brazilian Portuguese, British English. */
export const INTL_TAGS: Record<Locale, string> = { es: "es-419", pt: "pt-BR", en: "en-GB" };

const dateFormats = new Map<Locale, Intl.DateTimeFormat>();

/** "5 de diciembre de 2019", "5 de dezembro de 2019", "5 December 2019": a civil date, never shifted by a time zone. */
function formatDate(date: string, locale: Locale): string {
  let format = dateFormats.get(locale);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(INTL_TAGS[locale], { dateStyle: "long", timeZone: "UTC" });
    dateFormats.set(locale, format);
  }
  return format.format(new Date(`${date}T00:00:00Z`));
}

// Formatting with Intl is the costliest step of an evaluation, and cases share their dates: keep the
// texts of recent dates (a bounded cache, emptied when full).
const DATE_CACHE_SIZE = 20_000;
const dateTexts = new Map<string, LocalizedText>();

/** A date in every language. */
export function localizedDate(date: string): LocalizedText {
  let cached = dateTexts.get(date);
  if (cached === undefined) {
    const [es, pt, en] = LOCALES.map((locale) => formatDate(date, locale)) as [string, string, string];
    cached = { es, pt, en };
    if (dateTexts.size >= DATE_CACHE_SIZE) dateTexts.clear();
    dateTexts.set(date, cached);
  }
  return cached;
}

const listFormats = new Map<Locale, Intl.ListFormat>();
// The same few lists (grounds, categories, names) recur across cases: keep their joined texts.
const LIST_CACHE_SIZE = 5_000;
const joinedLists = new Map<string, string>();

/** "a, b y c" / "a, b e c" / "a, b and c". */
export function joinList(items: readonly string[], locale: Locale): string {
  if (items.length < 2) return items[0] ?? "";
  const key = `${locale}\u0000${items.join("\u0000")}`;
  let joined = joinedLists.get(key);
  if (joined === undefined) {
    let format = listFormats.get(locale);
    if (format === undefined) {
      format = new Intl.ListFormat(INTL_TAGS[locale], { style: "long", type: "conjunction" });
      listFormats.set(locale, format);
    }
    joined = format.format(items);
    if (joinedLists.size >= LIST_CACHE_SIZE) joinedLists.clear();
    joinedLists.set(key, joined);
  }
  return joined;
}
