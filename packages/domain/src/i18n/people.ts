import type { Person, Relationship } from "../case/case-facts.js";
import type { Locale, LocalizedText } from "./locale.js";

type Gendered = { readonly female: string; readonly male: string; readonly any: string };

/** How a household member is named in a sentence: by their tie to the principal, never by name. */
const RELATIONSHIP_WORDS: Record<Relationship, Record<Locale, Gendered>> = {
  principal: {
    es: { female: "la titular", male: "el titular", any: "la persona titular" },
    pt: { female: "a titular", male: "o titular", any: "a pessoa titular" },
    en: { female: "the principal applicant", male: "the principal applicant", any: "the principal applicant" },
  },
  spouse: {
    es: { female: "la cónyuge", male: "el cónyuge", any: "el o la cónyuge" },
    pt: { female: "a cônjuge", male: "o cônjuge", any: "o ou a cônjuge" },
    en: { female: "the spouse", male: "the spouse", any: "the spouse" },
  },
  partner: {
    es: { female: "la pareja", male: "la pareja", any: "la pareja" },
    pt: { female: "a companheira", male: "o companheiro", any: "o companheiro ou a companheira" },
    en: { female: "the partner", male: "the partner", any: "the partner" },
  },
  child: {
    es: { female: "la hija", male: "el hijo", any: "el hijo o la hija" },
    pt: { female: "a filha", male: "o filho", any: "o filho ou a filha" },
    en: { female: "the daughter", male: "the son", any: "the child" },
  },
  parent: {
    es: { female: "la madre", male: "el padre", any: "la madre o el padre" },
    pt: { female: "a mãe", male: "o pai", any: "a mãe ou o pai" },
    en: { female: "the mother", male: "the father", any: "the parent" },
  },
  sibling: {
    es: { female: "la hermana", male: "el hermano", any: "el hermano o la hermana" },
    pt: { female: "a irmã", male: "o irmão", any: "o irmão ou a irmã" },
    en: { female: "the sister", male: "the brother", any: "the sibling" },
  },
  grandparent: {
    es: { female: "la abuela", male: "el abuelo", any: "el abuelo o la abuela" },
    pt: { female: "a avó", male: "o avô", any: "o avô ou a avó" },
    en: { female: "the grandmother", male: "the grandfather", any: "the grandparent" },
  },
  grandchild: {
    es: { female: "la nieta", male: "el nieto", any: "el nieto o la nieta" },
    pt: { female: "a neta", male: "o neto", any: "o neto ou a neta" },
    en: { female: "the granddaughter", male: "the grandson", any: "the grandchild" },
  },
  "other-relative": {
    es: { female: "una familiar", male: "un familiar", any: "un familiar" },
    pt: { female: "uma familiar", male: "um familiar", any: "um familiar" },
    en: { female: "a relative", male: "a relative", any: "a relative" },
  },
  other: {
    es: { female: "otra persona", male: "otra persona", any: "otra persona" },
    pt: { female: "outra pessoa", male: "outra pessoa", any: "outra pessoa" },
    en: { female: "another person", male: "another person", any: "another person" },
  },
};

const AGE: Record<Locale, (age: number) => string> = {
  es: (age) => `${age} ${age === 1 ? "año" : "años"}`,
  pt: (age) => `${age} ${age === 1 ? "ano" : "anos"}`,
  en: (age) => `${age}`,
};

const UNNAMED: Record<Locale, (index: number) => string> = {
  es: (index) => `la persona n.º ${index}`,
  pt: (index) => `a pessoa n.º ${index}`,
  en: (index) => `person no. ${index}`,
};

/**
 * "la madre (62 años)", "a filha (7 anos)", "the principal applicant (34)": a household member as a
 * sentence names them. `index` is their 1-based place in the household list, used when no tie is known.
 */
// Households repeat the same few descriptions: keep them (a bounded cache, emptied when full).
const LABEL_CACHE_SIZE = 10_000;
const labels = new Map<string, LocalizedText>();

export function describePerson(person: Person, age: number | null, index: number): LocalizedText {
  const key = `${person.relationship ?? index}|${person.sex ?? ""}|${age ?? ""}`;
  const cached = labels.get(key);
  if (cached !== undefined) return cached;
  const render = (locale: Locale) => {
    const words = person.relationship === undefined ? null : RELATIONSHIP_WORDS[person.relationship][locale];
    const base =
      words === null
        ? UNNAMED[locale](index)
        : person.sex === "female" || person.sex === "male"
          ? words[person.sex]
          : words.any;
    return age === null ? base : `${base} (${AGE[locale](age)})`;
  };
  const label = { es: render("es"), pt: render("pt"), en: render("en") };
  if (labels.size >= LABEL_CACHE_SIZE) labels.clear();
  labels.set(key, label);
  return label;
}
