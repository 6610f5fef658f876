import type { ExtractContext } from "../define-plugin.js";
import { ageFromBirthDate, parseDays, parsePortalDate } from "../extract/dates.js";
import { cellText, definitionValue, fieldValue } from "../extract/dom.js";
import { parseCountry } from "../extract/countries.js";
import { normalizeLabel, parseInteger, presentText, listText } from "../extract/text.js";
import {
  DECISION_OUTCOMES,
  ENTRY_DECISIONS,
  lookup,
  NEEDS,
  parseYesNo,
  PROCEDURE_STAGES,
  RELATIONSHIPS,
  RESIDENCE_STATUSES,
} from "../extract/vocabulary.js";
import type { FieldMatch, FieldSource, FieldTransform, ItemFieldMapping } from "./manifest.js";

/** Reads one field's value(s) from a record or an item element, as a version 2 manifest describes. */

const VOCABULARIES = {
  "decision-outcome": DECISION_OUTCOMES,
  "entry-decision": ENTRY_DECISIONS,
  "procedure-stage": PROCEDURE_STAGES,
  relationship: RELATIONSHIPS,
  "residence-status": RESIDENCE_STATUSES,
  need: NEEDS,
} as const;

type Value = string | number | boolean;

/** What a field reads: whether the page had its source at all, and the values it gives. */
interface FieldReading {
  /** A source was found on the page (its label, column or element), whether or not it held a value. */
  readonly found: boolean;
  readonly values: readonly Value[];
}

/** The mapping's sources, in the order they are tried. */
export function sourcesOf(mapping: Pick<ItemFieldMapping, "from">): readonly FieldSource[] {
  return Array.isArray(mapping.from) ? mapping.from : [mapping.from];
}

/** The text of one source, or undefined when the page does not have it. */
function readSource(root: Element, source: FieldSource): string | undefined {
  if ("cell" in source) return cellText(root, source.cell);
  if ("definition" in source) return definitionValue(root, source.definition);
  if ("field" in source) return fieldValue(root, source.field);
  if (!("selector" in source)) return undefined;
  // ":scope" is the record (or item) itself, e.g. its data-* attributes. A record that matches the
  // selector is read itself too (as in version 1).
  const element =
    source.selector === ":scope" || root.matches(source.selector) ? root : root.querySelector(source.selector);
  if (!element) return undefined;
  return source.attribute ? (element.getAttribute(source.attribute) ?? undefined) : listText(element);
}

/** Applies `match` to present text: the captured or kept text (or the given value), else undefined. */
function applyMatch(text: string, match: FieldMatch | undefined): Value | undefined {
  if (!match) return text;
  if (match.regex !== undefined) {
    const found = new RegExp(match.regex, match.ignoreCase ? "iu" : "u").exec(text);
    if (!found) return undefined;
    const captured = found.groups?.value ?? found[1] ?? found[0];
    return presentText(captured);
  }
  const wanted = normalizeLabel(match.contains);
  // Whole words only: "verbal" is not in "verbalizado".
  const haystack = ` ${normalizeLabel(text).replace(/[^\p{L}\p{N}]+/gu, " ")} `;
  const needle = ` ${wanted.replace(/[^\p{L}\p{N}]+/gu, " ").trim()} `;
  if (!haystack.includes(needle)) return undefined;
  return match.value ?? text;
}

function transform(text: string, how: FieldTransform | undefined, context: ExtractContext): Value | undefined {
  const kind = how ?? "text";
  if (typeof kind === "object") {
    // Own keys only: portal text such as "constructor" must not find Object's members.
    if ("map" in kind) return Object.hasOwn(kind.map, text) ? kind.map[text] : lookup(kind.map, text);
    return lookup(VOCABULARIES[kind.vocabulary] as Record<string, string>, text);
  }
  switch (kind) {
    case "text":
      return text;
    case "date":
      return parsePortalDate(text);
    case "age-from-birth-date":
      return ageFromBirthDate(text, context.today);
    case "yes-no":
      return parseYesNo(text);
    case "country":
      return parseCountry(text);
    case "integer":
      return parseInteger(text);
    case "days":
      return parseDays(text);
  }
}

/**
 * Reads a field: the first of its sources found on the page, split into pieces (`split`, and one
 * piece per list item when split), each narrowed by `match` and transformed. The default stands in
 * only when the page shows nothing for the field: text that is there but not understood stays
 * absent, never replaced by a guess.
 */
export function readField(root: Element, mapping: Omit<ItemFieldMapping, "to">, context: ExtractContext): FieldReading {
  let raw: Value | undefined;
  let found = false;
  for (const source of sourcesOf(mapping)) {
    if ("constant" in source) {
      raw = source.constant;
      break;
    }
    raw = readSource(root, source);
    if (raw !== undefined) {
      found = true;
      break;
    }
  }
  if (raw !== undefined && typeof raw !== "string") return { found, values: [raw] };
  const pieces =
    raw === undefined
      ? []
      : mapping.split === undefined
        ? [raw]
        : raw.split("\n").flatMap((line) => line.split(mapping.split ?? "\n"));
  const values: Value[] = [];
  let shown = false;
  for (const piece of pieces) {
    const text = presentText(piece);
    if (text === undefined) continue;
    shown = true;
    const matched = applyMatch(text, mapping.match);
    if (matched === undefined) continue;
    const value = typeof matched === "string" ? transform(matched, mapping.transform, context) : matched;
    if (value !== undefined) values.push(value);
  }
  if (!shown && mapping.default !== undefined) values.push(mapping.default);
  return { found, values };
}
