import { annotationName, INTL_TAGS, SEVERITY_RANK, type Locale, type Severity } from "@solidaria/domain";
import type { CaseSummary, PageSummary } from "../../src/messaging/page-summary.js";
import type { Wording } from "../../src/ui/wording.js";

/**
 * What the popup shows, worked out from the page's summary without touching the DOM: the order of
 * the cases, the counts, and the names of annotations in the reader's language.
 */

export { SEVERITIES } from "@solidaria/domain";

/** A case the popup lists: one with a badge on the page, which "go to case" can focus. */
export type ListedCase = CaseSummary & { readonly severity: Severity; readonly top: NonNullable<CaseSummary["top"]> };

function isListable(entry: CaseSummary): entry is ListedCase {
  return entry.state === "annotated" && entry.severity !== null && entry.top !== null;
}

/** Critical first, then warning, then info; within a severity the nearest due date first (none last); then by reference. */
export function compareUrgency(a: ListedCase, b: ListedCase): number {
  const bySeverity = SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];
  if (bySeverity !== 0) return bySeverity;
  const aDays = a.top.daysLeft ?? Number.POSITIVE_INFINITY;
  const bDays = b.top.daysLeft ?? Number.POSITIVE_INFINITY;
  if (aDays !== bDays) return aDays < bDays ? -1 : 1;
  if (a.reference !== b.reference) {
    if (a.reference === null) return 1;
    if (b.reference === null) return -1;
    return a.reference.localeCompare(b.reference, "en", { numeric: true });
  }
  return a.id - b.id;
}

/** The annotated cases, most urgent first; with `criticalOnly`, the critical ones only (the only badges the page then shows). */
export function listedCases(cases: readonly CaseSummary[], criticalOnly: boolean): ListedCase[] {
  return cases
    .filter(isListable)
    .filter((entry) => !criticalOnly || entry.severity === "critical")
    .sort(compareUrgency);
}

export interface PageCounts {
  readonly annotated: number;
  readonly clear: number;
  readonly failed: number;
  /** Annotated cases by the severity of their most urgent annotation. */
  readonly bySeverity: Record<Severity, number>;
  /** Cases that have each annotation code, most frequent first (then by name). */
  readonly byType: readonly { readonly code: string; readonly name: string; readonly count: number }[];
}

export function pageCounts(summary: PageSummary, locale: Locale): PageCounts {
  const bySeverity: Record<Severity, number> = { critical: 0, warning: 0, info: 0 };
  const byCode = new Map<string, number>();
  let annotated = 0;
  let clear = 0;
  let failed = 0;
  for (const entry of summary.cases) {
    if (entry.state === "clear") clear += 1;
    else if (entry.state === "failed") failed += 1;
    else annotated += 1;
    if (entry.state === "annotated" && entry.severity) bySeverity[entry.severity] += 1;
    for (const code of new Set(entry.codes)) byCode.set(code, (byCode.get(code) ?? 0) + 1);
  }
  const byType = [...byCode]
    .map(([code, count]) => ({ code, count, name: annotationLabel(code, locale, summary.cases) }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, INTL_TAGS[locale]));
  return { annotated, clear, failed, bySeverity, byType };
}

/**
 * What an annotation code is called in the reader's language: its translated name, else (a rule
 * pack's own code) the title its annotation carries on a case of the page.
 */
export function annotationLabel(code: string, locale: Locale, cases: readonly CaseSummary[]): string {
  const named = annotationName(code);
  if (named) return named[locale];
  const titled = cases.find((entry) => entry.titles[code] !== undefined)?.titles[code];
  return titled ? titled[locale] : code;
}

/**
 * A case's due date for the list: the words the badges use ("vence el 29 nov", "plazo: 2 dic 2019")
 * and, when known, how far away it is ("dentro de 3 días", "hace 6 años").
 */
export function dueText(wording: Wording, due: string, daysLeft: number | null): string {
  const when = wording.due(due, daysLeft);
  return daysLeft === null ? when : `${when} (${wording.fromToday(daysLeft)})`;
}
