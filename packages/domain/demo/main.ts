/**
 * Domain demo: evaluates the synthetic sample cases and prints their annotations.
 * Usage: pnpm --filter @solidaria/domain demo [es|pt|en]   (or SOLIDARIA_LANG=pt)
 */
import { resolveLocale, type Locale } from "../src/i18n/locale.js";
import { SEVERITY_NAMES, UI_MESSAGES } from "../src/i18n/ui-messages.js";
import { assessCase } from "../src/rules/evaluate.js";
import { SAMPLE_CASES, SAMPLE_TODAY } from "../src/samples/sample-cases.js";
import { localizeLocator, sourceLabel } from "../src/sources/source-label.js";
import type { Annotation } from "../src/annotations/annotation.js";

const HEADER: Record<Locale, string> = {
  es: "Solidaria — demostración con casos SINTÉTICOS (ninguna persona real)",
  pt: "Solidaria — demonstração com casos SINTÉTICOS (nenhuma pessoa real)",
  en: "Solidaria — demo with SYNTHETIC cases (no real person)",
};
const TODAY: Record<Locale, string> = { es: "Fecha de evaluación", pt: "Data de avaliação", en: "Evaluated on" };

const ICON = { critical: "[!!]", warning: "[! ]", info: "[i ]" } as const;

function describe(annotation: Annotation, locale: Locale): string[] {
  const lines = [
    `  ${ICON[annotation.severity]} ${SEVERITY_NAMES[annotation.severity][locale]}: ${annotation.title[locale]}  (${annotation.code})`,
  ];
  lines.push(`       ${UI_MESSAGES.why[locale]}: ${annotation.detail[locale]}`);
  if (annotation.action) lines.push(`       ${UI_MESSAGES.suggestedAction[locale]}: ${annotation.action[locale]}`);
  for (const finding of annotation.findings)
    lines.push(`       ${UI_MESSAGES.sourceFindings[locale]}: ${finding.text[locale]}`);
  if (annotation.due) {
    const left = annotation.daysLeft ?? 0;
    const status = left < 0 ? UI_MESSAGES.overdue[locale] : `${left} ${UI_MESSAGES.daysLeft[locale]}`;
    lines.push(`       ${UI_MESSAGES.due[locale]}: ${annotation.due} (${status})`);
  }
  const basis = annotation.basis
    .map(
      (entry) =>
        `${sourceLabel(entry.instrument ?? entry.source.source, locale)}${entry.provision ? ` ${localizeLocator(entry.provision, locale)}` : ""}`,
    )
    .filter((value, index, all) => all.indexOf(value) === index)
    .join("; ");
  lines.push(`       ${UI_MESSAGES.legalBasis[locale]}: ${basis}`);
  return lines;
}

function main(): void {
  const locale = resolveLocale(
    process.argv[2] ?? process.env.SOLIDARIA_LANG ?? Intl.DateTimeFormat().resolvedOptions().locale,
  );
  const out: string[] = [HEADER[locale], `${TODAY[locale]}: ${SAMPLE_TODAY}`, ""];
  for (const sample of SAMPLE_CASES) {
    const { annotations, undetermined } = assessCase(sample.facts, { today: SAMPLE_TODAY });
    out.push(`${sample.facts.reference} — ${sample.title[locale]}`);
    if (annotations.length === 0) out.push(`  ${UI_MESSAGES.noAnnotations[locale]}`);
    for (const annotation of annotations) out.push(...describe(annotation, locale));
    if (undetermined.length > 0) {
      out.push(
        `  ${UI_MESSAGES.undetermined[locale]}: ${undetermined.map((entry) => `${entry.code} (${entry.missing.join(", ")})`).join("; ")}`,
      );
    }
    out.push("");
  }
  process.stdout.write(`${out.join("\n")}\n`);
}

main();
