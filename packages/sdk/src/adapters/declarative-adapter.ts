import { describeIssues } from "@solidaria/domain";
import { definePlugin, PluginDefinitionError, type ExtractContext, type Plugin } from "../define-plugin.js";
import { definitionElement } from "../extract/dom.js";
import { AdapterManifest, type AdapterPage, type FieldMapping, type ItemsSource } from "./manifest.js";
import { readField, sourcesOf } from "./read-field.js";

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
    if (selector === ":scope") return;
    try {
      probe.querySelector(selector);
    } catch {
      problems.push(`${path}: not a valid CSS selector: ${selector}`);
    }
  };
  const checkSources = (path: string, field: { from?: FieldMapping["from"] }) => {
    if (field.from === undefined) return;
    const list = Array.isArray(field.from);
    sourcesOf({ from: field.from }).forEach((source, index) => {
      if ("selector" in source) check(`${path}.from${list ? `[${index}]` : ""}.selector`, source.selector);
    });
  };
  manifest.pages.forEach((page, pageIndex) => {
    check(`pages[${pageIndex}].records`, page.records);
    if (page.anchor) check(`pages[${pageIndex}].anchor`, page.anchor);
    page.fields.forEach((field, fieldIndex) => {
      const path = `pages[${pageIndex}].fields[${fieldIndex}]`;
      checkSources(path, field);
      const selector = field.items?.selector;
      if (typeof selector === "string") check(`${path}.items.selector`, selector);
      else selector?.forEach((each, index) => check(`${path}.items.selector[${index}]`, each));
      field.fields?.forEach((item, itemIndex) => checkSources(`${path}.fields[${itemIndex}]`, item));
    });
  });
  return problems;
}

/**
 * The names the health report uses for a page's fields: each field's CaseFacts path, and for repeated
 * items "people[].age". Fields read only from constants say nothing about the page and are left out.
 * Names come from the manifest, never from the page.
 */
function fieldNames(page: AdapterPage): string[] {
  const names = new Set<string>();
  for (const field of page.fields) {
    if (field.items) {
      names.add(field.to);
      for (const item of field.fields ?? []) if (readsPage(item)) names.add(`${field.to}[].${item.to}`);
    } else if (readsPage(field)) names.add(field.to);
  }
  return [...names];
}

const readsPage = (field: { from?: FieldMapping["from"] }) =>
  field.from !== undefined && sourcesOf({ from: field.from }).some((source) => !("constant" in source));

/** A record's repeated items: the first selector that finds any, or the list items under a label. */
function itemsOf(record: Element, source: ItemsSource): Element[] {
  if (source.definition !== undefined) {
    const value = definitionElement(record, source.definition);
    if (!value) return [];
    const items = [...value.querySelectorAll("li")];
    return items.length > 0 ? items : [value];
  }
  const selectors = typeof source.selector === "string" ? [source.selector] : (source.selector ?? []);
  for (const selector of selectors) {
    const items = [...record.querySelectorAll(selector)];
    if (items.length > 0) return items;
  }
  return [];
}

/** Reads a record as the page's fields say, in order, telling the runtime which fields it found. */
function extractRecord(page: AdapterPage, record: Element, context: ExtractContext): Record<string, unknown> {
  const facts: Record<string, unknown> = {};
  for (const field of page.fields) {
    if (field.items) {
      const items = itemsOf(record, field.items);
      if (items.length > 0) context.found?.(field.to);
      for (const item of items) {
        const entry: Record<string, unknown> = {};
        for (const itemField of field.fields ?? []) {
          const reading = readField(item, itemField, context);
          if (reading.found) context.found?.(`${field.to}[].${itemField.to}`);
          for (const value of reading.values) setPath(entry, itemField.to, value);
        }
        // An item with nothing readable adds no empty entry to the list.
        if (Object.keys(entry).length > 0) setPath(facts, `${field.to}[+]`, entry);
      }
      continue;
    }
    if (field.from === undefined) continue;
    const reading = readField(record, { ...field, from: field.from }, context);
    if (reading.found) context.found?.(field.to);
    // A later field overrides an earlier one only when it has a value: a field the page does not
    // show never erases what another field read.
    for (const value of reading.values) setPath(facts, field.to, value);
  }
  return facts;
}

/** Validates a manifest of any version (from JSON), migrates it, and turns it into a plugin; errors name each bad field. */
export function adapterFromManifest(input: unknown): Plugin {
  const parsed = AdapterManifest.safeParse(input);
  if (!parsed.success) {
    throw new AdapterManifestError(
      `adapter manifest is not valid:\n- ${describeIssues(parsed.error.issues, "en", input).join("\n- ")}`,
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
        fields: fieldNames(page),
        extract: (record: Element, context: ExtractContext) => extractRecord(page, record, context),
      })),
    });
  } catch (error) {
    if (error instanceof PluginDefinitionError) throw new AdapterManifestError(error.message);
    throw error;
  }
}
