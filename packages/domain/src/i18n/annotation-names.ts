import type { BuiltinCode } from "../annotations/annotation.js";
import type { LocalizedText } from "./locale.js";

/** What each kind of annotation is called in lists and counts (the popup's "by type", a page summary). */
export const ANNOTATION_NAMES: Record<BuiltinCode, LocalizedText> = {
  "definition.cartagena": {
    es: "Definición ampliada (Cartagena)",
    pt: "Definição ampliada (Cartagena)",
    en: "Extended definition (Cartagena)",
  },
  "definition.cartagena-not-assessed": {
    es: "Definición ampliada: examen no acreditado",
    pt: "Definição ampliada: exame não comprovado",
    en: "Extended definition: examination not shown",
  },
  "nonrefoulement.border-rejection": {
    es: "Riesgo de devolución en la frontera",
    pt: "Risco de devolução na fronteira",
    en: "Refoulement risk at the border",
  },
  "nonrefoulement.removal": {
    es: "Riesgo de devolución por expulsión",
    pt: "Risco de devolução por expulsão",
    en: "Refoulement risk by removal",
  },
  "entry.humanitarian-exception": {
    es: "Excepción humanitaria",
    pt: "Exceção humanitária",
    en: "Humanitarian exception",
  },
  "procedure.no-written-decision": { es: "Decisión no escrita", pt: "Decisão não escrita", en: "No written decision" },
  "procedure.renewal-due": { es: "Renovación del documento", pt: "Renovação do documento", en: "Document renewal" },
  "procedure.long-wait": { es: "Espera prolongada", pt: "Espera prolongada", en: "Long wait" },
  "status.entry-permit-expiry": {
    es: "Vencimiento de la calidad migratoria de entrada",
    pt: "Vencimento da situação migratória de entrada",
    en: "Entry status expiry",
  },
  "appeal.available": { es: "Recurso disponible", pt: "Recurso disponível", en: "Remedy available" },
  "vulnerability.child": { es: "Niñez", pt: "Crianças", en: "Children" },
  "vulnerability.unaccompanied-child": {
    es: "Niñez no acompañada",
    pt: "Criança desacompanhada",
    en: "Unaccompanied child",
  },
  "vulnerability.separated-child": {
    es: "Niñez separada de su familia",
    pt: "Criança separada da família",
    en: "Separated child",
  },
  "vulnerability.older-person": { es: "Persona mayor", pt: "Pessoa idosa", en: "Older person" },
  "vulnerability.pregnancy": { es: "Embarazo", pt: "Gravidez", en: "Pregnancy" },
  "vulnerability.serious-medical-condition": {
    es: "Condición médica grave",
    pt: "Condição médica grave",
    en: "Serious medical condition",
  },
  "vulnerability.disability": { es: "Discapacidad", pt: "Deficiência", en: "Disability" },
  "family.reunification": { es: "Reunificación familiar", pt: "Reunificação familiar", en: "Family reunification" },
  "family.separation": { es: "Familia separada", pt: "Família separada", en: "Family separated" },
  "trafficking.indicators": {
    es: "Indicios de trata",
    pt: "Indícios de tráfico de pessoas",
    en: "Trafficking indicators",
  },
  "resettlement.candidate": {
    es: "Candidatura a reasentamiento",
    pt: "Candidatura a reassentamento",
    en: "Resettlement candidate",
  },
};

/** The name of an annotation code; a rule pack's own code, which has no name here, is shown as is. */
export function annotationName(code: string): LocalizedText | null {
  return (ANNOTATION_NAMES as Partial<Record<string, LocalizedText>>)[code] ?? null;
}
