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
  // Bases include declarations and reports, not only binding law: the heading must not call them all law.
  legalBasis: { es: "Fundamentos y fuentes", pt: "Fundamentos e fontes", en: "Grounds and sources" },
  suggestedAction: { es: "Acción sugerida", pt: "Ação sugerida", en: "Suggested action" },
  /** Heading of an annotation's `findings`: what a source concludes or recommends, apart from the law. */
  sourceFindings: {
    es: "Lo que concluye la fuente (no es la ley)",
    pt: "O que conclui a fonte (não é a lei)",
    en: "What the source concludes (not the law)",
  },
  due: { es: "Fecha límite", pt: "Data-limite", en: "Due" },
  daysLeft: { es: "días restantes", pt: "dias restantes", en: "days left" },
  // Due dates are counts (holidays, notification, a source's reading): past one is not "expired" outright.
  overdue: {
    es: "fecha pasada, según el cómputo",
    pt: "data passada, pela contagem",
    en: "date passed, by this count",
  },
  noAnnotations: { es: "Sin alertas de protección", pt: "Sem alertas de proteção", en: "No protection alerts" },
  undetermined: {
    es: "No se pudo evaluar por falta de datos",
    pt: "Não foi possível avaliar por falta de dados",
    en: "Could not be assessed for lack of facts",
  },
} as const satisfies Record<string, LocalizedText>;
