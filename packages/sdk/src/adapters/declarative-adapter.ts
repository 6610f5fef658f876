import { describeIssues } from "@solidaria/domain";
import { definePlugin, PluginDefinitionError, type ExtractContext, type Plugin } from "../define-plugin.js";
import { ageFromBirthDate, parseDays, parsePortalDate } from "../extract/dates.js";
import { cellText, definitionValue, fieldValue } from "../extract/dom.js";
import { parseCountry } from "../extract/countries.js";
import { parseInteger, presentText, textOf } from "../extract/text.js";
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
import { AdapterManifest, type FieldMapping } from "./manifest.js";

const VOCABULARIES = {
  "decision-outcome": DECISION_OUTCOMES,
  "entry-decision": ENTRY_DECISIONS,
  "procedure-stage": PROCEDURE_STAGES,
  relationship: RELATIONSHIPS,
  "residence-status": RESIDENCE_STATUSES,
  need: NEEDS,
} as const;

type Value = string | number | boolean;

function readSource(record: Element, mapping: FieldMapping): string | Value | undefined {
  const from = mapping.from;
  if ("constant" in from) return from.constant;
  if ("cell" in from) return cellText(record, from.cell);
  if ("definition" in from) return definitionValue(record, from.definition);
  if ("field" in from) return fieldValue(record, from.field);
  const element = record.matches(from.selector) ? record : record.querySelector(from.selector);
  if (!element) return undefined;
  return from.attribute ? (element.getAttribute(from.attribute) ?? undefined) : textOf(element);
}

function transform(value: string | Value, mapping: FieldMapping, context: ExtractContext): Value | undefined {
  if (typeof value !== "string") return value;
  const text = presentText(value);
  if (text === undefined) return undefined;
  const how = mapping.transform ?? "text";
  if (typeof how === "object") {
    // Own keys only: portal text such as "constructor" must not find Object's members.
    if ("map" in how) return Object.hasOwn(how.map, text) ? how.map[text] : lookup(how.map, text);
    return lookup(VOCABULARIES[how.vocabulary] as Record<string, string>, text);
  }
  switch (how) {
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

const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/** Sets `value` at a CaseFacts path such as "people[0].age" or "documents[+].kind" ([+] appends). */
export function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split(".");
  // The manifest schema refuses these too; checked here as well because setPath is public.
  if (parts.some((part) => FORBIDDEN_KEYS.has(part.replace(/\[.*$/, ""))))
    throw new Error(`${path}: not a CaseFacts path`);
  let node: Record<string, unknown> = target;
  parts.forEach((part, position) => {
    const last = position === parts.length - 1;
    const [, key, index] = /^([a-zA-Z]+)(?:\[(\d+|\+)\])?$/.exec(part) ?? [];
    if (key === undefined) throw new Error(`${path}: not a CaseFacts path`);
    if (index === undefined) {
      if (last) node[key] = value;
      else node = (node[key] ??= {}) as Record<string, unknown>;
      return;
    }
    const list = (node[key] ??= []) as unknown[];
    const slot = index === "+" ? list.length : Number(index);
    if (last) list[slot] = value;
    else node = (list[slot] ??= {}) as Record<string, unknown>;
  });
}

export class AdapterManifestError extends Error {
  override readonly name = "AdapterManifestError";
}

/** Validates a manifest (from JSON) and turns it into a plugin; errors name each bad field. */
/**
 * Selectors the browser would refuse, each as "path: problem". Checked wherever a DOM exists (the
 * options page, the content script, tests); a bad selector would otherwise only fail on the portal.
 */
export function invalidSelectors(
  manifest: AdapterManifest,
  document = (globalThis as { document?: Document }).document,
): string[] {
  const probe = document?.createDocumentFragment();
  if (!probe) return [];
  const problems: string[] = [];
  const check = (path: string, selector: string) => {
    try {
      probe.querySelector(selector);
    } catch {
      problems.push(`${path}: not a valid CSS selector: ${selector}`);
    }
  };
  manifest.pages.forEach((page, pageIndex) => {
    check(`pages[${pageIndex}].records`, page.records);
    if (page.anchor) check(`pages[${pageIndex}].anchor`, page.anchor);
    page.fields.forEach((field, fieldIndex) => {
      if ("selector" in field.from)
        check(`pages[${pageIndex}].fields[${fieldIndex}].from.selector`, field.from.selector);
    });
  });
  return problems;
}

export function adapterFromManifest(input: unknown): Plugin {
  const parsed = AdapterManifest.safeParse(input);
  if (!parsed.success) {
    throw new AdapterManifestError(
      `adapter manifest is not valid:\n- ${describeIssues(parsed.error.issues).join("\n- ")}`,
    );
  }
  const manifest = parsed.data;
  const badSelectors = invalidSelectors(manifest);
  if (badSelectors.length > 0) {
    throw new AdapterManifestError(`adapter manifest is not valid:\n- ${badSelectors.join("\n- ")}`);
  }
  try {
    return definePlugin({
      id: manifest.id,
      name: manifest.name,
      version: manifest.version,
      jurisdiction: manifest.jurisdiction,
      matches: manifest.matches,
      pages: manifest.pages.map((page) => ({
        kind: page.kind,
        ...(page.matches ? { matches: page.matches } : {}),
        records: page.records,
        ...(page.anchor ? { anchor: page.anchor } : {}),
        extract(record: Element, context: ExtractContext) {
          const facts: Record<string, unknown> = {};
          for (const mapping of page.fields) {
            const raw = readSource(record, mapping);
            if (raw === undefined) continue;
            const pieces = mapping.split && typeof raw === "string" ? raw.split(mapping.split) : [raw];
            for (const piece of pieces) {
              const value = transform(piece, mapping, context);
              if (value !== undefined) setPath(facts, mapping.to, value);
            }
          }
          return facts;
        },
      })),
    });
  } catch (error) {
    if (error instanceof PluginDefinitionError) throw new AdapterManifestError(error.message);
    throw error;
  }
}
