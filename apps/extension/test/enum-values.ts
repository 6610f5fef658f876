import * as domain from "@solidaria/domain";

/**
 * Every value of the case vocabulary ("registered", "chronic-illness", "temporary-stay-permit"): the
 * keys of the domain's word tables (`…_NAMES`, each value in es, pt and en). A panel in Spanish or
 * Portuguese that shows one of them has shown a person a raw value instead of words.
 */
/** Values spelt like a Spanish or Portuguese word ("solicitante principal", "migrante irregular"). */
const SHARED_WORDS = new Set(["principal", "irregular"]);

export const ENUM_VALUE_WORDS: readonly string[] = [
  ...new Set(
    Object.entries(domain)
      .filter(([name, value]) => name.endsWith("_NAMES") && typeof value === "object" && value !== null)
      .flatMap(([, table]) => Object.keys(table as object)),
  ),
]
  // Values that are also words of the languages themselves (the Spanish "no") are not evidence.
  .filter((value) => !SHARED_WORDS.has(value))
  .sort();
