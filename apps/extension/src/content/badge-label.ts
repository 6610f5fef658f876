import { SEVERITIES, type Annotation, type Severity } from "@solidaria/domain";
import type { PluralKeys, Wording } from "../ui/wording.js";
import { SEVERITY_ICON } from "../ui/severity-icons.js";

/** What a badge says: read at a glance, and in full by a screen reader. */
export interface BadgeLabel {
  /** Severity of the most urgent annotation; null for a case checked with nothing found. */
  readonly severity: Severity | null;
  /** The symbol before the words (hidden from screen readers: the words say it). */
  readonly icon: string;
  /** The visible words, which are also the badge's accessible name. */
  readonly text: string;
  /** Read after the name: every annotation counted by severity, and what the badge does. */
  readonly description: string;
}

const SEVERITY_COUNTS: Record<Severity, PluralKeys> = {
  critical: { one: "countCriticalOne", other: "countCriticalOther" },
  warning: { one: "countWarningOne", other: "countWarningOther" },
  info: { one: "countInfoOne", other: "countInfoOther" },
};

/**
 * "✖ Riesgo de devolución en la frontera · vence el 29 nov +1": the most urgent annotation (the engine
 * orders them, most urgent first), its due date when it has one, and how many more there are.
 * `annotations` are the ones shown (after the critical-only filter); empty means nothing was found.
 */
export function badgeLabel(annotations: readonly Annotation[], words: Wording): BadgeLabel {
  const [top] = annotations;
  if (top === undefined)
    return { severity: null, icon: "✓", text: words.text("nothingFound"), description: words.text("nothingFoundLong") };
  const due = top.due === null ? "" : ` · ${words.due(top.due, top.daysLeft)}`;
  const more = annotations.length > 1 ? ` +${words.number(annotations.length - 1)}` : "";
  const counts = SEVERITIES.map(
    (severity) => [severity, annotations.filter((annotation) => annotation.severity === severity).length] as const,
  )
    .filter(([, count]) => count > 0)
    .map(([severity, count]) => words.count(SEVERITY_COUNTS[severity], count));
  return {
    severity: top.severity,
    icon: SEVERITY_ICON[top.severity],
    text: `${top.title[words.locale]}${due}${more}`,
    description: words.text("badgeDescription", { counts: words.list(counts) }),
  };
}
