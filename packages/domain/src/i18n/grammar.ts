import { countryName } from "../reference-data/countries.js";
import type { Locale, LocalizedText } from "./locale.js";
import { joinList } from "./format.js";

/**
 * Articles and prepositions that Spanish and Portuguese put before names in running text: "na
 * Venezuela", "para o Equador", "do Peru"; "la Ley 27891", "do Decreto 2840/2013", "ante la Comisión".
 * Names are never changed; only the words before them are chosen.
 */

type Article = "o" | "a" | "os" | "as";

/**
 * Portuguese (Brazil) country names that take the definite article, by the name `countryName` gives.
 * Names not listed take none ("de Cuba", "em Honduras", "para Portugal"), which is also the safe
 * reading for a name missing here: it reads as a bare name, never as a wrong gender.
 */
const PT_COUNTRY_ARTICLES: Readonly<Record<string, Article>> = {
  AE: "os",
  AF: "o",
  AR: "a",
  AU: "a",
  BD: "o",
  BE: "a",
  BO: "a",
  BR: "o",
  BS: "as",
  CA: "o",
  CD: "a",
  CG: "a",
  CH: "a",
  CI: "a",
  CL: "o",
  CM: "os",
  CN: "a",
  CO: "a",
  CR: "a",
  CZ: "a",
  DE: "a",
  DO: "a",
  DZ: "a",
  EC: "o",
  EG: "o",
  ER: "a",
  ES: "a",
  ET: "a",
  FR: "a",
  GB: "o",
  GF: "a",
  GH: "o",
  GT: "a",
  GY: "a",
  HT: "o",
  IN: "a",
  IQ: "o",
  IR: "o",
  IT: "a",
  JM: "a",
  JP: "o",
  KP: "a",
  KR: "a",
  LB: "o",
  LK: "o",
  LY: "a",
  MA: "o",
  MX: "o",
  NG: "a",
  NI: "a",
  NL: "os",
  NP: "o",
  NZ: "a",
  PA: "o",
  PE: "o",
  PH: "as",
  PK: "o",
  PS: "os",
  PY: "o",
  RU: "a",
  SD: "o",
  SE: "a",
  SN: "o",
  SO: "a",
  SR: "o",
  SS: "o",
  SY: "a",
  TN: "a",
  TR: "a",
  UA: "a",
  US: "os",
  UY: "o",
  VE: "a",
};

/** English country names read with "the" ("in the United States of America"). */
const EN_THE: ReadonlySet<string> = new Set(["AE", "BS", "CD", "CG", "CZ", "DO", "GB", "NL", "PH", "US"]);

const PT_DE: Record<Article, string> = { o: "do", a: "da", os: "dos", as: "das" };
const PT_EM: Record<Article, string> = { o: "no", a: "na", os: "nos", as: "nas" };

/** "en Venezuela" / "na Venezuela" / "in Venezuela". */
export function inCountry(code: string): LocalizedText {
  const article = PT_COUNTRY_ARTICLES[code];
  return {
    es: `en ${countryName(code, "es")}`,
    pt: `${article ? PT_EM[article] : "em"} ${countryName(code, "pt")}`,
    en: `in ${EN_THE.has(code) ? "the " : ""}${countryName(code, "en")}`,
  };
}

/** "de Venezuela" / "da Venezuela" / "from Venezuela": where people come from. */
export function fromCountry(code: string): LocalizedText {
  const article = PT_COUNTRY_ARTICLES[code];
  return {
    es: `de ${countryName(code, "es")}`,
    pt: `${article ? PT_DE[article] : "de"} ${countryName(code, "pt")}`,
    en: `from ${EN_THE.has(code) ? "the " : ""}${countryName(code, "en")}`,
  };
}

/** "de Venezuela" / "da Venezuela" / "of Venezuela": whose nationals, whose profile. */
export function ofCountry(code: string): LocalizedText {
  const from = fromCountry(code);
  return { es: from.es, pt: from.pt, en: `of ${EN_THE.has(code) ? "the " : ""}${countryName(code, "en")}` };
}

/** "hacia Ecuador" / "para o Equador" / "to Ecuador". */
export function toCountry(code: string): LocalizedText {
  const article = PT_COUNTRY_ARTICLES[code];
  return {
    es: `hacia ${countryName(code, "es")}`,
    pt: `para ${article ? `${article} ` : ""}${countryName(code, "pt")}`,
    en: `to ${EN_THE.has(code) ? "the " : ""}${countryName(code, "en")}`,
  };
}

/** "de Venezuela y de Haití" / "da Venezuela e do Haiti" / "of Venezuela and Haiti". */
export function ofCountries(codes: readonly string[]): LocalizedText {
  const phrases = codes.map(ofCountry);
  const en = joinList(
    codes.map((code) => `${EN_THE.has(code) ? "the " : ""}${countryName(code, "en")}`),
    "en",
  );
  return {
    es: joinList(
      phrases.map((phrase) => phrase.es),
      "es",
    ),
    pt: joinList(
      phrases.map((phrase) => phrase.pt),
      "pt",
    ),
    en: `of ${en}`,
  };
}

type Gender = "feminine" | "masculine";

/**
 * The grammatical gender of the first word of a legal name (lower case, accents kept), in Spanish and
 * Portuguese alike: the laws, decrees and bodies the profiles and the catalogue name.
 */
const NAME_GENDERS: Readonly<Record<string, Gender>> = {
  ley: "feminine",
  lei: "feminine",
  lomh: "feminine",
  convención: "feminine",
  convenção: "feminine",
  declaración: "feminine",
  declaração: "feminine",
  resolución: "feminine",
  resolução: "feminine",
  rs: "feminine",
  comisión: "feminine",
  comissão: "feminine",
  coordinación: "feminine",
  coordenação: "feminine",
  dirección: "feminine",
  subsecretaría: "feminine",
  secretaría: "feminine",
  superintendencia: "feminine",
  corte: "feminine",
  revisión: "feminine",
  revisão: "feminine",
  recurso: "masculine",
  pedido: "masculine",
  decreto: "masculine",
  "d.s.": "masculine",
  "d.": "masculine",
  tuo: "masculine",
  protocolo: "masculine",
  plan: "masculine",
  plano: "masculine",
  reglamento: "masculine",
  regulamento: "masculine",
  ministro: "masculine",
  ministerio: "masculine",
  ministério: "masculine",
  comitê: "masculine",
  comité: "masculine",
  consejo: "masculine",
  conselho: "masculine",
  tribunal: "masculine",
  juzgado: "masculine",
};

/** Whether the gender of a legal name's first word is known (the tests check every built-in name). */
export function nameGender(name: string): Gender | null {
  const first = name.trim().split(/\s+/)[0]?.toLowerCase() ?? "";
  return NAME_GENDERS[first] ?? null;
}

const ARTICLES: Record<"es" | "pt", Record<Gender, string>> = {
  es: { feminine: "la", masculine: "el" },
  pt: { feminine: "a", masculine: "o" },
};
const WITH_DE: Record<"es" | "pt", Record<Gender, string>> = {
  es: { feminine: "de la", masculine: "del" },
  pt: { feminine: "da", masculine: "do" },
};

/**
 * A law's or a body's name with its article in running text: "la Ley 27891", "o Decreto 2840/2013";
 * after "de": "de la Ley 27891", "del Decreto", "da Ley 27891". In English the name is as given. A
 * name of unknown gender is left bare (after a bare "de").
 */
export function legalName(name: string, locale: Locale, after: "" | "de" = ""): string {
  if (locale === "en") return after === "de" ? `of ${name}` : name;
  const gender = nameGender(name);
  if (gender === null) return after === "de" ? `de ${name}` : name;
  return `${after === "de" ? WITH_DE[locale][gender] : ARTICLES[locale][gender]} ${name}`;
}
