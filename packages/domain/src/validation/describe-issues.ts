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

const WORDS: Record<Locale, Record<string, (issue: IssueDetails) => string>> = {
  en: {
    invalid_type: (issue) => (issue.input === undefined ? "is required" : `must be ${String(issue.expected)}`),
    too_small: (issue) =>
      issue.origin === "array" || issue.origin === "string"
        ? `must have at least ${String(issue.minimum)} ${issue.origin === "array" ? "items" : "characters"}`
        : `must be at least ${String(issue.minimum)}`,
    too_big: (issue) =>
      issue.origin === "array" || issue.origin === "string"
        ? `must have at most ${String(issue.maximum)} ${issue.origin === "array" ? "items" : "characters"}`
        : `must be at most ${String(issue.maximum)}`,
    unrecognized_keys: (issue) => `unknown field(s): ${list(issue.keys)}`,
    invalid_value: (issue) => `must be one of ${list(issue.values)}`,
    not_multiple_of: () => "must be a whole number",
  },
  es: {
    invalid_type: (issue) =>
      issue.input === undefined ? "es obligatorio" : `debe ser de tipo ${String(issue.expected)}`,
    too_small: (issue) =>
      issue.origin === "array" || issue.origin === "string"
        ? `debe tener al menos ${String(issue.minimum)} ${issue.origin === "array" ? "elementos" : "caracteres"}`
        : `debe ser como mínimo ${String(issue.minimum)}`,
    too_big: (issue) =>
      issue.origin === "array" || issue.origin === "string"
        ? `debe tener como máximo ${String(issue.maximum)} ${issue.origin === "array" ? "elementos" : "caracteres"}`
        : `debe ser como máximo ${String(issue.maximum)}`,
    unrecognized_keys: (issue) => `campo(s) desconocido(s): ${list(issue.keys)}`,
    invalid_value: (issue) => `debe ser uno de ${list(issue.values)}`,
    not_multiple_of: () => "debe ser un número entero",
  },
  pt: {
    invalid_type: (issue) =>
      issue.input === undefined ? "é obrigatório" : `deve ser do tipo ${String(issue.expected)}`,
    too_small: (issue) =>
      issue.origin === "array" || issue.origin === "string"
        ? `deve ter pelo menos ${String(issue.minimum)} ${issue.origin === "array" ? "itens" : "caracteres"}`
        : `deve ser no mínimo ${String(issue.minimum)}`,
    too_big: (issue) =>
      issue.origin === "array" || issue.origin === "string"
        ? `deve ter no máximo ${String(issue.maximum)} ${issue.origin === "array" ? "itens" : "caracteres"}`
        : `deve ser no máximo ${String(issue.maximum)}`,
    unrecognized_keys: (issue) => `campo(s) desconhecido(s): ${list(issue.keys)}`,
    invalid_value: (issue) => `deve ser um de ${list(issue.values)}`,
    not_multiple_of: () => "deve ser um número inteiro",
  },
};

/**
 * One issue as "path: what is wrong". Messages our schemas set themselves (lower-case phrases such as
 * "must be 2000 or later") are kept; zod's own generic ones (capitalised, English only) are reworded.
 */
export function describeIssue(issue: SchemaIssue, locale: Locale = "en"): string {
  const generic = issue.message === "" || /^[A-Z]/.test(issue.message);
  const describe = WORDS[locale][issue.code];
  const text = generic && describe ? describe(issue as IssueDetails) : issue.message;
  return `${issuePath(issue.path)}: ${text}`;
}

export function describeIssues(issues: readonly SchemaIssue[], locale: Locale = "en"): string[] {
  return issues.map((issue) => describeIssue(issue, locale));
}
