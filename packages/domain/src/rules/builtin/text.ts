import type { Locale, LocalizedText } from "../../i18n/locale.js";
import { INTL_TAGS, joinList, localizedDate } from "../../i18n/format.js";
import { countryName } from "../../reference-data/countries.js";
import { inCountry, legalName, ofCountry } from "../../i18n/grammar.js";
import { getInstrument } from "../../instruments/catalogue.js";
import type { LegalBasis } from "../../annotations/annotation.js";
import type { Citation, Sourced } from "../../sources/citation.js";
import type { Period } from "../../jurisdictions/jurisdiction.js";
import type { DataSet, RuleContext } from "../rule.js";

/** Shared wording and formatting for the built-in rules' texts. */

export const text = (es: string, pt: string, en: string): LocalizedText => ({ es, pt, en });

/** One template applied in each language. */
export function each(render: (locale: Locale) => string): LocalizedText {
  return { es: render("es"), pt: render("pt"), en: render("en") };
}

/** The text with its first letter in capitals in every language, for a sentence that starts with a name. */
export function sentence(value: LocalizedText): LocalizedText {
  // The first letter of an es/pt/en word: toUpperCase is enough, and much cheaper than the locale-aware one.
  return each((locale) => value[locale].charAt(0).toUpperCase() + value[locale].slice(1));
}

/** A date as the reader writes it ("5 de diciembre de 2019"). */
export const dates = localizedDate;

/** "a, b y c" / "a, b e c" / "a, b and c" (kept here for the rules; it lives with the other formatters). */
export { joinList };

/** Joins localized items in every language. */
export function joinTexts(items: readonly LocalizedText[]): LocalizedText {
  return each((locale) =>
    joinList(
      items.map((item) => item[locale]),
      locale,
    ),
  );
}

/**
 * A law's provision in running text, with the article Spanish and Portuguese put before the law's
 * name: "la Ley 27891 (art. 3.b)", "a Lei 9.474/1997 (art. 1, III)", "art. 3(b) of Ley 27891"; after
 * "de": "de la Ley 27891 (art. 3.b)", "da Ley 27891 (art. 3.b)" (English is the same either way).
 */
export function lawReference(instrumentId: string, provision: string | null, after: "" | "de" = ""): LocalizedText {
  const short = getInstrument(instrumentId)?.shortTitle ?? { es: instrumentId, pt: instrumentId, en: instrumentId };
  // Inside parentheses "art. 3(b)" is written "art. 3.b", so that parentheses do not nest.
  const inner = provision?.replace(/\(([0-9a-z]+)\)/gi, ".$1") ?? null;
  return {
    es: `${legalName(short.es, "es", after)}${inner ? ` (${inner})` : ""}`,
    pt: `${legalName(short.pt, "pt", after)}${inner ? ` (${inner})` : ""}`,
    en: provision ? `${provision} of ${short.en}` : short.en,
  };
}

/** A legal basis whose source is the instrument's own text. */
export function instrumentBasis(instrument: string, provision: string | null): LegalBasis {
  return { instrument, provision, source: { source: instrument, locator: provision } };
}

/** A legal basis documented in a report or profile (the citation says where). */
export function citedBasis(instrument: string, provision: string | null, source: Citation): LegalBasis {
  return { instrument, provision, source };
}

/**
 * The basis of a sourced fact: the instrument itself when the fact is cited from a legal text, or the
 * source alone (no instrument) when it rests on what a report or guide documents.
 */
export function factBasis(fact: Sourced<unknown>): LegalBasis {
  const { source, locator } = fact.source;
  return getInstrument(source)
    ? instrumentBasis(source, locator)
    : { instrument: null, provision: null, source: fact.source };
}

const DAYS: Record<Locale, [string, string]> = { es: ["día", "días"], pt: ["dia", "dias"], en: ["day", "days"] };
const plurals = new Map<Locale, Intl.PluralRules>();
// The same few counts recur across cases: keep their plural categories (a bounded cache, emptied when full).
const PLURAL_CACHE_SIZE = 5_000;
const pluralCategories = new Map<string, Intl.LDMLPluralRule>();

function plural(count: number, locale: Locale, [one, other]: [string, string]): string {
  const key = `${locale}${count}`;
  let category = pluralCategories.get(key);
  if (category === undefined) {
    let rules = plurals.get(locale);
    if (rules === undefined) {
      rules = new Intl.PluralRules(INTL_TAGS[locale]);
      plurals.set(locale, rules);
    }
    category = rules.select(count);
    if (pluralCategories.size >= PLURAL_CACHE_SIZE) pluralCategories.clear();
    pluralCategories.set(key, category);
  }
  return `${count} ${category === "one" ? one : other}`;
}

/** Singular/plural day counts: "1 día", "3 dias", "2 days". */
export function dayCount(days: number): LocalizedText {
  const n = Math.abs(days);
  return each((locale) => plural(n, locale, DAYS[locale]));
}

const UNITS: Record<Period["unit"], Record<Locale, [string, string]>> = {
  "calendar-days": {
    es: ["día calendario", "días calendario"],
    pt: ["dia corrido", "dias corridos"],
    en: ["calendar day", "calendar days"],
  },
  "working-days": {
    es: ["día hábil", "días hábiles"],
    pt: ["dia útil", "dias úteis"],
    en: ["working day", "working days"],
  },
  months: { es: ["mes", "meses"], pt: ["mês", "meses"], en: ["month", "months"] },
};

const FROM: Record<Period["from"], LocalizedText> = {
  notification: text("desde la notificación", "a partir da notificação", "from notification"),
  entry: text("desde el ingreso al país", "a partir da entrada no país", "from entry into the country"),
  filing: text(
    "desde la presentación de la solicitud",
    "a partir da apresentação do pedido",
    "from the filing of the claim",
  ),
  issue: text("desde su expedición", "a partir da sua emissão", "from issue"),
};

/** "15 días hábiles desde la notificación". */
export function periodText(period: Period): LocalizedText {
  return each((locale) => `${plural(period.amount, locale, UNITS[period.unit][locale])} ${FROM[period.from][locale]}`);
}

/** "15 días hábiles" without what it runs from. */
export function periodLength(period: Period): LocalizedText {
  return each((locale) => plural(period.amount, locale, UNITS[period.unit][locale]));
}

// One data-set description per profile or situation object, shared by every case that rests on it.
const dataSets = new WeakMap<object, DataSet[]>();

function describedOnce(key: object, build: () => DataSet): DataSet[] {
  let described = dataSets.get(key);
  if (described === undefined) {
    described = [build()];
    dataSets.set(key, described);
  }
  return described;
}

/** The jurisdiction profile as a data set an annotation rests on. */
export function jurisdictionData(context: RuleContext): DataSet[] {
  const jurisdiction = context.jurisdiction;
  if (jurisdiction === null) return [];
  return describedOnce(jurisdiction, () => {
    const of = ofCountry(jurisdiction.country);
    return {
      what: text(
        `perfil jurídico ${of.es}`,
        `perfil jurídico ${of.pt}`,
        `${countryName(jurisdiction.country, "en")}'s legal profile`,
      ),
      lastVerified: jurisdiction.lastVerified,
    };
  });
}

/** The origin country's situation as a data set an annotation rests on. */
export function situationData(context: RuleContext): DataSet[] {
  const situation = context.situation;
  if (situation === null) return [];
  return describedOnce(situation, () => {
    const of = ofCountry(situation.country);
    return {
      what: text(`situación ${of.es}`, `situação ${of.pt}`, `situation ${inCountry(situation.country).en}`),
      lastVerified: situation.lastVerified,
    };
  });
}
