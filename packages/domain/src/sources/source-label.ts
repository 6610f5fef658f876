import type { Locale, LocalizedText } from "../i18n/locale.js";
import { listCountries } from "../reference-data/countries.js";
import type { Citation } from "./citation.js";
import { resolveSource } from "./resolve-source.js";

const UNCATALOGUED: LocalizedText = {
  es: "Fuente no catalogada",
  pt: "Fonte não catalogada",
  en: "Uncatalogued source",
};

/** "2020" from "2020-01-15"; a looser date ("1990s") as it is. */
function yearOf(published: string): string {
  return /^\d{4}(?:-|$)/.test(published) ? published.slice(0, 4) : published;
}

/**
 * A citation's source named in the reader's language. An instrument by its short title ("Convención de
 * 1951", "1951 Convention"); a document by its original title followed by what it is, in the reader's
 * language ("In Search of Safety: … — Informe de Amnistía Internacional sobre …"), or for an English
 * reader of an English title, the title with its publisher and year. An id no catalogue holds (a rule
 * pack's own source) is named as such.
 */
export function sourceLabel(id: string, locale: Locale): string {
  const source = resolveSource(id);
  if (source?.kind === "instrument") return source.instrument.shortTitle[locale];
  if (source?.kind === "document") {
    const document = source.document;
    if (locale === "en" && document.titleLanguage === "en")
      return `${document.title} (${document.publisher}, ${yearOf(document.published)})`;
    return `${document.title} — ${document.description[locale]}`;
  }
  // The id is a developer's word, never shown to a person; the domain's tests keep built-in citations catalogued.
  return UNCATALOGUED[locale];
}

/** "Convención de 1951, art. 33(1)"; "In Search of Safety: … — Informe …, cap. 5, nota 89". */
export function citationLabel(citation: Citation, locale: Locale): string {
  const name = sourceLabel(citation.source, locale);
  return citation.locator === null ? name : `${name}, ${localizeLocator(citation.locator, locale)}`;
}

type Translated = Readonly<Record<"es" | "pt", string>>;

/** Whole phrases first (before single words are replaced inside them). */
const PHRASES: readonly (readonly [RegExp, Translated])[] = [
  [
    /\bPalermo protocols: definition of trafficking\b/gi,
    {
      es: "Protocolos de Palermo: definición de la trata",
      pt: "Protocolos de Palermo: definição de tráfico de pessoas",
    },
  ],
  [/\(family unity\)/gi, { es: "(unidad familiar)", pt: "(unidade familiar)" }],
  [
    /\(differentiated needs by gender and age\)/gi,
    { es: "(necesidades diferenciadas por género y edad)", pt: "(necessidades diferenciadas por gênero e idade)" },
  ],
  [/\(submission categories\)/gi, { es: "(categorías de presentación)", pt: "(categorias de submissão)" }],
  [/\bparagraph on Colombia\b/g, { es: "párrafo sobre Colombia", pt: "parágrafo sobre a Colômbia" }],
  [/\bPlan of Action\b/g, { es: "Plan de Acción", pt: "Plano de Ação" }],
];

/** Abbreviations and words of English locators. "art.", "arts.", "concl.", "Decl.", "§" and numerals stay. */
const WORDS: readonly (readonly [RegExp, Translated])[] = [
  [/\bchs\.\s*/g, { es: "caps. ", pt: "caps. " }],
  [/\bch\.\s*/g, { es: "cap. ", pt: "cap. " }],
  [/\bfns\.\s*/g, { es: "notas ", pt: "notas " }],
  [/\bfn\.\s*/g, { es: "nota ", pt: "nota " }],
  [/\bparas\.\s*/g, { es: "párrs. ", pt: "pars. " }],
  [/\bpara\.\s*/g, { es: "párr. ", pt: "par. " }],
  [/\bsec\.\s*/g, { es: "secc. ", pt: "seç. " }],
  [/\bparagraph\b/g, { es: "párrafo", pt: "parágrafo" }],
  [/\bParagraph\b/g, { es: "Párrafo", pt: "Parágrafo" }],
  [/\bannex\b/g, { es: "anexo", pt: "anexo" }],
  [/\bAnnex\b/g, { es: "Anexo", pt: "Anexo" }],
  [/\brecitals\b/gi, { es: "considerandos", pt: "considerandos" }],
  [/\bpreamble\b/g, { es: "preámbulo", pt: "preâmbulo" }],
  [/\bPreamble\b/g, { es: "Preámbulo", pt: "Preâmbulo" }],
  [/\btitle\b/g, { es: "título", pt: "título" }],
  [/\bGlossary\b/gi, { es: "Glosario", pt: "Glossário" }],
  [/\bDeclaration\b/g, { es: "Declaración", pt: "Declaração" }],
  [/\band\b/g, { es: "y", pt: "e" }],
];

// "paragraph on <country>": the country named in the reader's language.
let countriesByEnglishName: Map<string, { es: string; pt: string }> | undefined;

function countryInLocale(english: string, locale: "es" | "pt"): string {
  countriesByEnglishName ??= new Map(listCountries().map((country) => [country.name.en, country.name]));
  return countriesByEnglishName.get(english)?.[locale] ?? english;
}

function translateWords(text: string, locale: "es" | "pt"): string {
  let result = text;
  for (const [pattern, translated] of PHRASES) result = result.replace(pattern, translated[locale]);
  result = result.replace(
    /\bparagraph on ([A-Z][A-Za-z ]*[a-z])/g,
    (_match, country: string) =>
      `${locale === "es" ? "párrafo" : "parágrafo"} sobre ${countryInLocale(country, locale)}`,
  );
  for (const [pattern, translated] of WORDS) result = result.replace(pattern, translated[locale]);
  return result;
}

const QUOTES: Record<Locale, readonly [string, string]> = { es: ["«", "»"], pt: ["«", "»"], en: ["'", "'"] };
// A section title in single quotes: it ends at a quote followed by a comma, a semicolon or the end.
const QUOTED = /'(.+?)'(?=\s*(?:[,;]|$))/g;

const LOCATOR_CACHE_SIZE = 2_000;
const locators = new Map<string, string>();

/**
 * A locator ("ch. 5, 'Peru imposes a passport requirement', fn. 65") in the reader's language: "cap. 5,
 * «Peru imposes a passport requirement», nota 65". Abbreviations and the few English words locators use
 * are translated ("ch." → "cap.", "fn." → "nota", "Glossary" → "Glosario", "Declaration" →
 * "Declaración"); "art.", "arts." and numbering stay; a section title keeps the document's own words,
 * between the reader's quotation marks. Also fits provisions ("concl. III(3)", "ch. 2 §2.2").
 */
export function localizeLocator(locator: string, locale: Locale): string {
  if (locale === "en") return locator;
  const key = `${locale}\u0000${locator}`;
  const cached = locators.get(key);
  if (cached !== undefined) return cached;
  const [open, close] = QUOTES[locale];
  let result = "";
  let last = 0;
  for (const match of locator.matchAll(QUOTED)) {
    result += `${translateWords(locator.slice(last, match.index), locale)}${open}${match[1] ?? ""}${close}`;
    last = match.index + match[0].length;
  }
  result += translateWords(locator.slice(last), locale);
  if (locators.size >= LOCATOR_CACHE_SIZE) locators.clear();
  locators.set(key, result);
  return result;
}
