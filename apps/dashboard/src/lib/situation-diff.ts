import type { CountrySituation, LocalizedText } from "@solidaria/domain";

/**
 * What changed between two versions of a country's situation, field by field, for a coordinator to
 * read before publishing. Each change names what it is about; the page words it in the reader's
 * language.
 */
export type SituationChange =
  | {
      readonly kind: "summary";
      readonly language: keyof LocalizedText;
      readonly before: string;
      readonly after: string;
    }
  | { readonly kind: "lastVerified" | "updated"; readonly before: string; readonly after: string }
  | { readonly kind: "since"; readonly before: string | null; readonly after: string | null }
  | { readonly kind: "endedOn"; readonly before: string | null; readonly after: string | null }
  | { readonly kind: "groundAdded" | "groundRemoved"; readonly ground: string }
  | { readonly kind: "evidenceAdded" | "evidenceRemoved"; readonly summary: LocalizedText }
  | {
      readonly kind: "figureChanged";
      readonly label: LocalizedText;
      readonly before: { value: number; asOf: string };
      readonly after: { value: number; asOf: string };
    }
  | {
      readonly kind: "figureAdded" | "figureRemoved";
      readonly label: LocalizedText;
      readonly value: number;
      readonly asOf: string;
    };

const LANGUAGES = ["es", "pt", "en"] as const;

export function diffSituations(before: CountrySituation, after: CountrySituation): SituationChange[] {
  const changes: SituationChange[] = [];
  for (const language of LANGUAGES) {
    if (before.summary[language] !== after.summary[language])
      changes.push({ kind: "summary", language, before: before.summary[language], after: after.summary[language] });
  }
  if ((before.since?.value ?? null) !== (after.since?.value ?? null))
    changes.push({ kind: "since", before: before.since?.value ?? null, after: after.since?.value ?? null });
  if (before.endedOn !== after.endedOn) changes.push({ kind: "endedOn", before: before.endedOn, after: after.endedOn });
  if (before.lastVerified !== after.lastVerified)
    changes.push({ kind: "lastVerified", before: before.lastVerified, after: after.lastVerified });

  const groundsBefore = new Set(before.cartagenaGrounds.map((entry) => entry.ground));
  const groundsAfter = new Set(after.cartagenaGrounds.map((entry) => entry.ground));
  for (const ground of groundsAfter) if (!groundsBefore.has(ground)) changes.push({ kind: "groundAdded", ground });
  for (const ground of groundsBefore) if (!groundsAfter.has(ground)) changes.push({ kind: "groundRemoved", ground });

  const evidenceKey = (entry: { summary: LocalizedText }) => entry.summary.en;
  const evidenceBefore = new Set(before.evidence.map(evidenceKey));
  const evidenceAfter = new Set(after.evidence.map(evidenceKey));
  for (const entry of after.evidence)
    if (!evidenceBefore.has(evidenceKey(entry))) changes.push({ kind: "evidenceAdded", summary: entry.summary });
  for (const entry of before.evidence)
    if (!evidenceAfter.has(evidenceKey(entry))) changes.push({ kind: "evidenceRemoved", summary: entry.summary });

  // Figures are matched by their English label (what they count), so a new value reads as a change.
  const figuresBefore = new Map(before.figures.map((figure) => [figure.label.en, figure]));
  const figuresAfter = new Map(after.figures.map((figure) => [figure.label.en, figure]));
  for (const [label, figure] of figuresAfter) {
    const old = figuresBefore.get(label);
    if (!old) changes.push({ kind: "figureAdded", label: figure.label, value: figure.value, asOf: figure.asOf });
    else if (old.value !== figure.value || old.asOf !== figure.asOf)
      changes.push({
        kind: "figureChanged",
        label: figure.label,
        before: { value: old.value, asOf: old.asOf },
        after: { value: figure.value, asOf: figure.asOf },
      });
  }
  for (const [label, figure] of figuresBefore)
    if (!figuresAfter.has(label))
      changes.push({ kind: "figureRemoved", label: figure.label, value: figure.value, asOf: figure.asOf });
  return changes;
}
