import { z } from "zod";

/**
 * Text that people type (names, titles, labels, notes, reasons): stored as it will be read, on a
 * dashboard, in a terminal, in a CSV opened in a spreadsheet. So it is trimmed and normalised to NFC
 * (one encoding for "é"), and refused when it carries control characters (NUL, ANSI escapes that
 * recolour a terminal), bidirectional overrides (which make text display in another order than it
 * is stored) or nothing visible at all (a name made of zero-width spaces).
 */

/** C0 and C1 controls and DEL; a multi-line text keeps line feeds and tabs. */
// eslint-disable-next-line no-control-regex -- finding control characters is what these are for
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/u;
// eslint-disable-next-line no-control-regex -- as above
const CONTROL_MULTILINE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029]/u;
/** Embeddings, overrides and isolates (U+202A-202E, U+2066-2069): the "Trojan Source" characters. */
const BIDI_OVERRIDE = /[\u202A-\u202E\u2066-\u2069]/u;
/** A lone UTF-16 surrogate, which no UTF-8 store can keep. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/**
 * Something that shows: not white space, a control, a format character (zero-width space and
 * joiners, soft hyphen, word joiner, BOM), a lone combining mark, or a filler that renders blank
 * (Hangul fillers, the Braille blank).
 */
const VISIBLE = /[^\p{White_Space}\p{Cc}\p{Cf}\p{Mn}\p{Me}\u115F\u1160\u3164\uFFA0\u2800]/u;

const codePoint = (character: string) =>
  `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;

/** Printable ASCII: already NFC, nothing to refuse but blankness (the common case, checked first). */
const PRINTABLE_ASCII = /^[\x20-\x7E]*$/;
const INVISIBLE = "must contain visible text, not only spaces or invisible characters";

/** The problem with a text, if any (after normalisation); `visible: false` lets a text be blank. */
function textProblem(value: string, multiline = false, visible = true): string | null {
  if (PRINTABLE_ASCII.test(value)) {
    return visible && value.trim() === "" ? INVISIBLE : null;
  }
  const control = (multiline ? CONTROL_MULTILINE : CONTROL).exec(value);
  if (control) return `must not contain the control character ${codePoint(control[0])} (at position ${control.index})`;
  const bidi = BIDI_OVERRIDE.exec(value);
  if (bidi) {
    return `must not contain the bidirectional formatting character ${codePoint(bidi[0])} (at position ${bidi.index}): it makes text display in another order than it is stored`;
  }
  const surrogate = LONE_SURROGATE.exec(value);
  if (surrogate) return `must be valid Unicode text (a lone surrogate at position ${surrogate.index})`;
  if (visible && !VISIBLE.test(value)) return INVISIBLE;
  return null;
}

/** Trimmed and in NFC; in a multi-line text, every line end a line feed. */
function normalise(value: string, multiline: boolean): string {
  const trimmed = value.trim();
  if (PRINTABLE_ASCII.test(trimmed)) return trimmed;
  const text = trimmed.normalize("NFC");
  return multiline ? text.replace(/\r\n?/g, "\n") : text;
}

/** A text field of `min`-`max` characters (counted after normalisation); `tooShort` words the minimum. */
export function text(options: { min?: number; max: number; multiline?: boolean; tooShort?: string }) {
  const multiline = options.multiline ?? false;
  return z
    .string()
    .overwrite((value) => normalise(value, multiline))
    .min(options.min ?? 1, options.tooShort)
    .max(options.max)
    .check((context) => {
      const problem = textProblem(context.value, multiline);
      if (problem !== null) context.issues.push({ code: "custom", message: problem, input: context.value });
    });
}

/**
 * A published document (a country situation, a jurisdiction profile: JSON a coordinator sends) with
 * every string in NFC, and the strings that carry control or bidi-override characters, by path. Line
 * feeds and tabs are kept; blank strings are the document schema's business.
 */
export function normaliseDocument<T>(document: T): {
  document: T;
  problems: { path: PropertyKey[]; message: string }[];
} {
  const problems: { path: PropertyKey[]; message: string }[] = [];
  const walk = (value: unknown, path: PropertyKey[]): unknown => {
    if (typeof value === "string") {
      const normalised = value.normalize("NFC");
      const problem = textProblem(normalised, true, false);
      if (problem !== null) problems.push({ path, message: problem });
      return normalised;
    }
    if (Array.isArray(value)) return value.map((item, index) => walk(item, [...path, index]));
    if (value !== null && typeof value === "object") {
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, walk(item, [...path, key])]));
    }
    return value;
  };
  return { document: walk(document, []) as T, problems };
}
