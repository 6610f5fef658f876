import type { Severity } from "../annotations/annotation.js";
import type { LocalizedText } from "./locale.js";

/** Words every client shows next to annotations. */
export const SEVERITY_NAMES: Record<Severity, LocalizedText> = {
  critical: { es: "Crítico", pt: "Crítico", en: "Critical" },
  warning: { es: "Advertencia", pt: "Aviso", en: "Warning" },
  info: { es: "Información", pt: "Informação", en: "Information" },
};

export const UI_MESSAGES = {
  why: { es: "Por qué", pt: "Por quê", en: "Why" },
  legalBasis: { es: "Base legal", pt: "Base legal", en: "Legal basis" },
  suggestedAction: { es: "Acción sugerida", pt: "Ação sugerida", en: "Suggested action" },
  due: { es: "Fecha límite", pt: "Data-limite", en: "Due" },
  daysLeft: { es: "días restantes", pt: "dias restantes", en: "days left" },
  overdue: { es: "vencido", pt: "vencido", en: "overdue" },
  noAnnotations: { es: "Sin alertas de protección", pt: "Sem alertas de proteção", en: "No protection alerts" },
  undetermined: {
    es: "No se pudo evaluar por falta de datos",
    pt: "Não foi possível avaliar por falta de dados",
    en: "Could not be assessed for lack of facts",
  },
} as const satisfies Record<string, LocalizedText>;
