import { normalizeLabel } from "./text.js";

/**
 * The words portals use for common values, in Spanish, Portuguese and English, mapped to the
 * CaseFacts vocabulary. Keys are normalised labels (lower case, no accents).
 */
const YES = new Set(["si", "sí", "s", "yes", "y", "sim", "verdadero", "true", "x", "✓"]);
const NO = new Set(["no", "n", "nao", "não", "falso", "false"]);

/** "Sí"/"Sim"/"Yes" -> true, "No"/"Não" -> false, anything else undefined. */
export function parseYesNo(value: string | null | undefined): boolean | undefined {
  const text = normalizeLabel(value);
  if (YES.has(text)) return true;
  if (NO.has(text)) return false;
  return undefined;
}

// Normalised once per vocabulary object: lookups run for every cell of every row.
const normalizedVocabularies = new WeakMap<object, Map<string, unknown>>();

/**
 * Where detail that qualifies a value may start: a number or a date, right after the value or after a
 * comma, semicolon, colon, dash or a preposition ("Titular, 34 anos", "Indeferido em 30/09/2019 —
 * notificação verbal", "Denegado el 3 de mayo"). Words right after a value may change its meaning
 * ("Solicitante de PTP", "Hija política", "En trámite de apelación", "PTP vencido"): never skipped.
 */
const NUMBER_DETAIL = /(?:\s*[,;:–—-]\s*|\s+)(?:(?:em|en|el|on|de|del|desde|since|a|al|at|in)\s+)?(?=\d)/g;

/**
 * Looks a value up in a vocabulary, comparing normalised labels (case, accents and spacing ignored).
 * Also matches a known value followed by a remark in parentheses ("Rechazada (verbal)") or by detail
 * that starts with a number or a date (see NUMBER_DETAIL); the longest known value wins.
 */
export function lookup<T>(vocabulary: Readonly<Record<string, T>>, value: string | null | undefined): T | undefined {
  const text = normalizeLabel(value);
  if (text === "") return undefined;
  let table = normalizedVocabularies.get(vocabulary) as Map<string, T> | undefined;
  if (!table) {
    table = new Map(Object.entries(vocabulary).map(([key, mapped]) => [normalizeLabel(key), mapped]));
    normalizedVocabularies.set(vocabulary, table);
  }
  if (table.has(text)) return table.get(text);
  // "Denegado (Res. 123-2019)": a known value with a remark in parentheses.
  const beforeRemark = /^(.*?)\s*\([^()]*\)$/.exec(text)?.[1];
  if (beforeRemark !== undefined && table.has(beforeRemark)) return table.get(beforeRemark);
  const starts = [...text.matchAll(NUMBER_DETAIL)].map((match) => match.index);
  for (const start of starts.reverse()) {
    const head = normalizeLabel(text.slice(0, start));
    if (head !== "" && table.has(head)) return table.get(head);
  }
  return undefined;
}

export const DECISION_OUTCOMES = {
  reconocido: "recognized",
  reconocida: "recognized",
  aprobado: "recognized",
  aprobada: "recognized",
  otorgado: "recognized",
  reconhecido: "recognized",
  deferido: "recognized",
  recognized: "recognized",
  granted: "recognized",
  rechazado: "rejected",
  rechazada: "rejected",
  denegado: "rejected",
  denegada: "rejected",
  negado: "rejected",
  indeferido: "rejected",
  rejected: "rejected",
  denied: "rejected",
  inadmisible: "inadmissible",
  improcedente: "inadmissible",
  inadmissivel: "inadmissible",
  inadmissible: "inadmissible",
  "proteccion complementaria": "complementary-protection",
  "protecao complementar": "complementary-protection",
  archivado: "archived",
  arquivado: "archived",
  archived: "archived",
} as const;

export const ENTRY_DECISIONS = {
  admitido: "admitted",
  autorizado: "admitted",
  "ingreso autorizado": "admitted",
  admitted: "admitted",
  "entrada autorizada": "admitted",
  rechazado: "refused",
  denegado: "refused",
  "ingreso denegado": "refused",
  "entrada negada": "refused",
  impedido: "refused",
  refused: "refused",
  pendiente: "pending",
  "en evaluacion": "pending",
  pendente: "pending",
  pending: "pending",
} as const;

export const PROCEDURE_STAGES = {
  "intencion registrada": "intention-expressed",
  "manifesto intencion": "intention-expressed",
  registrado: "registered",
  registrada: "registered",
  "en registro": "registered",
  admitido: "admitted",
  admitida: "admitted",
  "admitido a tramite": "admitted",
  "en tramite": "admitted",
  "em tramite": "admitted",
  entrevistado: "interviewed",
  "entrevista realizada": "interviewed",
  resuelto: "decided",
  decidido: "decided",
  "con decision": "decided",
  reconsideracion: "reconsideration",
  "en reconsideracion": "reconsideration",
  reconsideracao: "reconsideration",
  apelacion: "appeal",
  "en apelacion": "appeal",
  recurso: "appeal",
  cerrado: "closed",
  concluido: "closed",
  encerrado: "closed",
} as const;

export const RELATIONSHIPS = {
  titular: "principal",
  solicitante: "principal",
  principal: "principal",
  "jefe de hogar": "principal",
  conyuge: "spouse",
  esposo: "spouse",
  esposa: "spouse",
  cônjuge: "spouse",
  spouse: "spouse",
  conviviente: "partner",
  companero: "partner",
  companera: "partner",
  companheiro: "partner",
  companheira: "partner",
  partner: "partner",
  hijo: "child",
  hija: "child",
  filho: "child",
  filha: "child",
  child: "child",
  son: "child",
  daughter: "child",
  madre: "parent",
  padre: "parent",
  mae: "parent",
  pai: "parent",
  parent: "parent",
  mother: "parent",
  father: "parent",
  hermano: "sibling",
  hermana: "sibling",
  irmao: "sibling",
  irma: "sibling",
  sibling: "sibling",
  abuelo: "grandparent",
  abuela: "grandparent",
  avo: "grandparent",
  grandparent: "grandparent",
  nieto: "grandchild",
  nieta: "grandchild",
  neto: "grandchild",
  neta: "grandchild",
  sobrino: "other-relative",
  sobrina: "other-relative",
  tio: "other-relative",
  tia: "other-relative",
  primo: "other-relative",
  prima: "other-relative",
  sobrinho: "other-relative",
  sobrinha: "other-relative",
} as const;

export const RESIDENCE_STATUSES = {
  ptp: "temporary-stay-permit",
  "permiso temporal de permanencia": "temporary-stay-permit",
  cpp: "temporary-stay-permit",
  refugiado: "refugee",
  refugiada: "refugee",
  refugee: "refugee",
  "solicitante de asilo": "asylum-seeker",
  "solicitante de refugio": "asylum-seeker",
  solicitante: "asylum-seeker",
  residente: "resident",
  "carne de extranjeria": "resident",
  "carnet de extranjeria": "resident",
  resident: "resident",
  "visa humanitaria": "humanitarian-visa",
  "visto humanitario": "humanitarian-visa",
  nacional: "citizen",
  peruano: "citizen",
  peruana: "citizen",
  brasileiro: "citizen",
  brasileira: "citizen",
  citizen: "citizen",
  irregular: "irregular",
  "sin documentos": "irregular",
} as const;

export const NEEDS = {
  embarazo: "pregnancy",
  embarazada: "pregnancy",
  gestante: "pregnancy",
  gravidez: "pregnancy",
  gravida: "pregnancy",
  pregnancy: "pregnancy",
  "enfermedad grave": "serious-medical-condition",
  "condicion medica grave": "serious-medical-condition",
  "doenca grave": "serious-medical-condition",
  "enfermedad cronica": "chronic-illness",
  "doenca cronica": "chronic-illness",
  cronica: "chronic-illness",
  discapacidad: "disability",
  deficiencia: "disability",
  disability: "disability",
  "sobreviviente de violencia": "survivor-of-violence-or-torture",
  "sobreviviente de tortura": "survivor-of-violence-or-torture",
  "sobrevivente de violencia": "survivor-of-violence-or-torture",
  "sobrevivente de tortura": "survivor-of-violence-or-torture",
  "mujer en riesgo": "woman-at-risk",
  "mulher em risco": "woman-at-risk",
  "madre sola": "single-parent",
  "padre solo": "single-parent",
  "mae solo": "single-parent",
} as const;
