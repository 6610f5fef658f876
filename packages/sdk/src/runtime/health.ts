import type { PageDefinition } from "../define-plugin.js";
import type { RecordResult } from "./evaluate-record.js";

/**
 * A page's health: which of its declared fields none of its records showed. When a portal is
 * redesigned the fields it lost are named, rather than silently missing from every case. Field names
 * come from the plugin, never from the page: nothing a case says is in it.
 */
export interface PageHealth {
  /** The page kind. */
  readonly page: string;
  /** How many records of this kind the runtime read. */
  readonly records: number;
  /** The fields the page declares. */
  readonly fields: readonly string[];
  /** Declared fields no record showed; empty while no record was read (nothing to compare). */
  readonly missing: readonly string[];
}

/** "people" for "people[].age"; undefined for a field that is not part of repeated items. */
const parentOf = (field: string) => /^(.*?)\[\]\./.exec(field)?.[1];

/** The health of each page kind that declares its fields, from the results of its records. */
export function pageHealth(pages: readonly PageDefinition[], results: Iterable<RecordResult>): PageHealth[] {
  const declaring = pages.filter((page) => page.fields !== undefined);
  const found = new Map(declaring.map((page) => [page.kind, new Set<string>()]));
  const records = new Map(declaring.map((page) => [page.kind, 0]));
  for (const result of results) {
    const seen = found.get(result.page);
    if (!seen) continue;
    records.set(result.page, (records.get(result.page) ?? 0) + 1);
    for (const field of result.fieldsFound ?? []) seen.add(field);
  }
  return declaring.map((page) => {
    const fields = page.fields ?? [];
    const seen = found.get(page.kind) ?? new Set<string>();
    const count = records.get(page.kind) ?? 0;
    const lost = fields.filter((field) => !seen.has(field));
    // "people[].age" is implied when "people" itself is missing: one field lost, not one per part.
    const missing = count === 0 ? [] : lost.filter((field) => !lost.includes(parentOf(field) ?? ""));
    return { page: page.kind, records: count, fields, missing };
  });
}
