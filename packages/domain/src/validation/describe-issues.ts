import type { Locale } from "../i18n/locale.js";

/**
 * Turns schema issues into sentences a plugin author or coordinator can act on, naming the field:
 * `people[0].age: must be at least 0`. Works on the issues of any zod schema (classic or mini).
 */
export interface SchemaIssue {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

/** The code-specific details (minimum, keys, values...) zod puts on an issue. */
type IssueDetails = SchemaIssue & Readonly<Record<string, unknown>>;

export function issuePath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else out += out === "" ? String(segment) : `.${String(segment)}`;
  }
  return out || "(root)";
}

const list = (values: unknown): string =>
  Array.isArray(values) ? values.map((value) => JSON.stringify(value)).join(", ") : String(values);

/** The types a schema expects, as a person would say them (zod's `expected`: "number", "int", "string"...). */
const TYPE_WORDS: Record<Locale, Record<string, string>> = {
  en: {
    number: "a number",
    int: "a whole number",
    bigint: "a whole number",
    string: "text",
    boolean: "true or false",
    object: "an object",
    array: "a list",
    null: "null",
  },
  es: {
    number: "un número",
    int: "un número entero",
    bigint: "un número entero",
    string: "texto",
    boolean: "true o false",
    object: "un objeto",
    array: "una lista",
    null: "null",
  },
  pt: {
    number: "um número",
    int: "um número inteiro",
    bigint: "um número inteiro",
    string: "texto",
    boolean: "true ou false",
    object: "um objeto",
    array: "uma lista",
    null: "null",
  },
};

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

/**
 * What a value that was sent is, in words: its type ("text", "a list"), or the number itself when a
 * number was expected and this one does not fit (`1.5` for a whole number).
 */
export function describeValue(value: unknown, locale: Locale = "en", expected?: string): string {
  if (typeof value === "number" && (expected === "int" || expected === "number")) return String(value);
  const type = typeOf(value);
  return TYPE_WORDS[locale][type] ?? type;
}

const EXPECTED_GOT: Record<Locale, (expected: string, got: string) => string> = {
  en: (expected, got) => `expected ${expected}, got ${got}`,
  es: (expected, got) => `se esperaba ${expected}, se recibió ${got}`,
  pt: (expected, got) => `esperava-se ${expected}, recebeu-se ${got}`,
};

/** "expected a whole number, got text", for a value of the wrong type. */
export function expectedGot(expected: string, value: unknown, locale: Locale = "en"): string {
  const words = TYPE_WORDS[locale][expected] ?? expected;
  return EXPECTED_GOT[locale](words, describeValue(value, locale, expected));
}

/**
 * The input a discriminated-union issue reports (the object holding the discriminator), re-rooted so
 * that the issue's path finds the discriminator in it.
 */
function rootOf(issue: SchemaIssue): unknown {
  if (!("discriminator" in issue) || !("input" in issue)) return undefined;
  let root: unknown = issue.input;
  for (let index = issue.path.length - 2; index >= 0; index--) root = { [issue.path[index] as PropertyKey]: root };
  return root;
}

/** The value at an issue's path inside the whole input (zod leaves the input off its issues). */
function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const segment of path) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<PropertyKey, unknown>)[segment];
  }
  return node;
}

/** Phrases the issue sentences are built from, per language. */
interface Phrases {
  readonly required: string;
  /** "is required: one of ..." for a missing field that takes one of a few values. */
  readonly requiredOneOf: (values: string) => string;
  readonly oneOf: (values: string) => string;
  readonly expectedOneOf: (values: string, got: string) => string;
  readonly noForm: string;
}

const PHRASES: Record<Locale, Phrases> = {
  en: {
    required: "is required",
    requiredOneOf: (values) => `is required: one of ${values}`,
    oneOf: (values) => `must be one of ${values}`,
    expectedOneOf: (values, got) => `expected one of ${values}, got ${got}`,
    noForm: "matches none of the allowed forms",
  },
  es: {
    required: "es obligatorio",
    requiredOneOf: (values) => `es obligatorio: uno de ${values}`,
    oneOf: (values) => `debe ser uno de ${values}`,
    expectedOneOf: (values, got) => `se esperaba uno de ${values}, se recibió ${got}`,
    noForm: "no coincide con ninguna de las formas permitidas",
  },
  pt: {
    required: "é obrigatório",
    requiredOneOf: (values) => `é obrigatório: um de ${values}`,
    oneOf: (values) => `deve ser um de ${values}`,
    expectedOneOf: (values, got) => `esperava-se um de ${values}, recebeu-se ${got}`,
    noForm: "não corresponde a nenhuma das formas permitidas",
  },
};

/** A value received where one of a list was expected: short text is quoted, anything else named by its type. */
function received(value: unknown, locale: Locale): string {
  if (typeof value === "string" && value.length <= 40) return JSON.stringify(value);
  return describeValue(value, locale);
}

/**
 * A field that takes one of a few values (an enum, or a union's discriminator such as `kind`). Given
 * the input, a missing field is named as missing and a wrong value is quoted; without it, all that can
 * be said is which values are allowed.
 */
function oneOfSentence(values: unknown, issue: IssueDetails, locale: Locale): string {
  const phrases = PHRASES[locale];
  if (!issue.inputKnown) return phrases.oneOf(list(values));
  if (issue.input === undefined) return phrases.requiredOneOf(list(values));
  return phrases.expectedOneOf(list(values), received(issue.input, locale));
}

/** A value of the wrong type, or a missing one. Without the input a missing value is all zod reports. */
function typeSentence(issue: IssueDetails, locale: Locale): string {
  return issue.input === undefined
    ? PHRASES[locale].required
    : expectedGot(String(issue.expected), issue.input, locale);
}

/** A union failed: a discriminated union names its discriminator (and the values it takes). */
function unionSentence(issue: IssueDetails, locale: Locale): string {
  if (typeof issue.discriminator === "string" && Array.isArray(issue.options)) {
    return oneOfSentence(issue.options, issue, locale);
  }
  return PHRASES[locale].noForm;
}

const WORDS: Record<Locale, Record<string, (issue: IssueDetails) => string>> = {
  en: {
    invalid_type: (issue) => typeSentence(issue, "en"),
    too_small: (issue) =>
      issue.origin === "array" || issue.origin === "string"
        ? `must have at least ${String(issue.minimum)} ${issue.origin === "array" ? "items" : "characters"}`
        : `must be at least ${String(issue.minimum)}`,
    too_big: (issue) =>
      issue.origin === "array" || issue.origin === "string"
        ? `must have at most ${String(issue.maximum)} ${issue.origin === "array" ? "items" : "characters"}`
        : `must be at most ${String(issue.maximum)}`,
    unrecognized_keys: (issue) => `unknown field(s): ${list(issue.keys)}`,
    invalid_value: (issue) => oneOfSentence(issue.values, issue, "en"),
    invalid_union: (issue) => unionSentence(issue, "en"),
    not_multiple_of: () => "must be a whole number",
  },
  es: {
    invalid_type: (issue) => typeSentence(issue, "es"),
    too_small: (issue) =>
      issue.origin === "array" || issue.origin === "string"
        ? `debe tener al menos ${String(issue.minimum)} ${issue.origin === "array" ? "elementos" : "caracteres"}`
        : `debe ser como mínimo ${String(issue.minimum)}`,
    too_big: (issue) =>
      issue.origin === "array" || issue.origin === "string"
        ? `debe tener como máximo ${String(issue.maximum)} ${issue.origin === "array" ? "elementos" : "caracteres"}`
        : `debe ser como máximo ${String(issue.maximum)}`,
    unrecognized_keys: (issue) => `campo(s) desconocido(s): ${list(issue.keys)}`,
    invalid_value: (issue) => oneOfSentence(issue.values, issue, "es"),
    invalid_union: (issue) => unionSentence(issue, "es"),
    not_multiple_of: () => "debe ser un número entero",
  },
  pt: {
    invalid_type: (issue) => typeSentence(issue, "pt"),
    too_small: (issue) =>
      issue.origin === "array" || issue.origin === "string"
        ? `deve ter pelo menos ${String(issue.minimum)} ${issue.origin === "array" ? "itens" : "caracteres"}`
        : `deve ser no mínimo ${String(issue.minimum)}`,
    too_big: (issue) =>
      issue.origin === "array" || issue.origin === "string"
        ? `deve ter no máximo ${String(issue.maximum)} ${issue.origin === "array" ? "itens" : "caracteres"}`
        : `deve ser no máximo ${String(issue.maximum)}`,
    unrecognized_keys: (issue) => `campo(s) desconhecido(s): ${list(issue.keys)}`,
    invalid_value: (issue) => oneOfSentence(issue.values, issue, "pt"),
    invalid_union: (issue) => unionSentence(issue, "pt"),
    not_multiple_of: () => "deve ser um número inteiro",
  },
};

/**
 * One issue as "path: what is wrong". Messages our schemas set themselves (lower-case phrases such as
 * "must be 2000 or later") are kept; zod's own generic ones (capitalised, English only) are reworded.
 * Given the whole `input` that was parsed, a value of the wrong type is told apart from a missing one
 * ("year: expected a whole number, got text" rather than "year: is required").
 */
export function describeIssue(issue: SchemaIssue, locale: Locale = "en", input?: unknown): string {
  const generic = issue.message === "" || /^[A-Z]/.test(issue.message);
  const describe = WORDS[locale][issue.code];
  const details: IssueDetails = {
    ...issue,
    // A discriminated union's issue carries the whole object as its input; its path ends at the discriminator.
    input: "input" in issue && !("discriminator" in issue) ? issue.input : valueAt(input ?? rootOf(issue), issue.path),
    inputKnown: "input" in issue || input !== undefined,
  };
  const text = generic && describe ? describe(details) : issue.message;
  return `${issuePath(issue.path)}: ${text}`;
}

export function describeIssues(issues: readonly SchemaIssue[], locale: Locale = "en", input?: unknown): string[] {
  return issues.map((issue) => describeIssue(issue, locale, input));
}
