import type { TriggerFact } from "../annotations/annotation.js";
import { IsoDate } from "../dates/iso-date.js";
import { HumanitarianExceptionCategory } from "../jurisdictions/jurisdiction.js";
import { countryName, isCountryCode } from "../reference-data/countries.js";
import { RESETTLEMENT_CATEGORY_NAMES } from "../resettlement/categories.js";
import { INTL_TAGS, joinList, localizedDate } from "./format.js";
import type { Locale, LocalizedText } from "./locale.js";
import {
  DECISION_GROUND_NAMES,
  DECISION_OUTCOME_NAMES,
  DOCUMENT_KIND_NAMES,
  DOCUMENT_STATUS_NAMES,
  ENTRY_DECISION_NAMES,
  ENTRY_REFUSAL_REASON_NAMES,
  ENTRY_STATUS_NAMES,
  FEAR_OF_RETURN_NAMES,
  FLIGHT_REASON_NAMES,
  HUMANITARIAN_EXCEPTION_CATEGORY_NAMES,
  LOCATION_KIND_NAMES,
  PERSON_NEED_NAMES,
  PROCEDURE_STAGE_NAMES,
  PROTECTION_RISK_NAMES,
  REFUGEE_DEFINITION_NAMES,
  RELATIONSHIP_NAMES,
  REMEDY_OUTCOME_NAMES,
  REMEDY_STEP_NAMES,
  REMOVAL_MEASURE_NAMES,
  REMOVAL_STATUS_NAMES,
  RESIDENCE_STATUS_NAMES,
  SEPARATION_KIND_NAMES,
  SEX_NAMES,
  TRAFFICKING_ACT_NAMES,
  TRAFFICKING_MEANS_NAMES,
  TRAFFICKING_PURPOSE_NAMES,
  TRAFFICKING_SIGN_NAMES,
} from "./value-words.js";

/**
 * Trigger facts (`{ path: "people[1].needs", value: ["chronic-illness"] }`) in words an officer reads:
 * "Necesidades de la madre (62 años)" — "Enfermedad crónica". Field paths and enum values never reach
 * the reader: a path this file does not know gets a generic label, a value it does not know a dash.
 * Runs when a panel opens, not in the rules engine.
 */

const t = (es: string, pt: string, en: string): LocalizedText => ({ es, pt, en });

type Words = Readonly<Record<string, LocalizedText>>;

/** How a field's value is written. `words` and `country` take one value or a list. */
type ValueKind =
  | { readonly kind: "words"; readonly words: Words }
  | { readonly kind: "country" }
  | { readonly kind: "date" }
  | { readonly kind: "number" }
  | { readonly kind: "age" }
  | { readonly kind: "yes-no"; readonly yes?: LocalizedText; readonly no?: LocalizedText }
  /** Text the portal shows (a place, a body's name): written as the portal wrote it. */
  | { readonly kind: "text" }
  /** A relative in the country: `[relationship, status]`. */
  | { readonly kind: "relative" }
  /** A whole record: no value of its own is shown. */
  | { readonly kind: "none" };

interface Field {
  readonly label: LocalizedText;
  /**
   * For a household member's field, the label that names them: `{de}` becomes "de la madre (62 años)" /
   * "da mãe (62 anos)" (the preposition contracted with the article), `{p}` the bare "the mother (62)".
   * Without it: "<label> {de}", and in English "<label> of {p}".
   */
  readonly person?: LocalizedText;
  readonly value: ValueKind;
}

const words = (table: Words): ValueKind => ({ kind: "words", words: table });
const COUNTRY: ValueKind = { kind: "country" };
const DATE: ValueKind = { kind: "date" };
const NUMBER: ValueKind = { kind: "number" };
const TEXT: ValueKind = { kind: "text" };
const YES_NO: ValueKind = { kind: "yes-no" };
const NONE: ValueKind = { kind: "none" };

const field = (label: LocalizedText, value: ValueKind, person?: LocalizedText): Field =>
  person === undefined ? { label, value } : { label, value, person };

/** Trafficking facts of one person are named "in the case of" them, not "of" them. */
const inTheCaseOf = (label: LocalizedText): LocalizedText =>
  t(`${label.es} en el caso {de}`, `${label.pt} no caso {de}`, `${label.en} in the case of {p}`);

const TRAFFICKING_ACTS = t("Actos de trata", "Atos de tráfico de pessoas", "Trafficking acts");
const TRAFFICKING_MEANS = t(
  "Medios empleados para la trata",
  "Meios empregados no tráfico de pessoas",
  "Trafficking means",
);
const TRAFFICKING_PURPOSES = t("Fines de explotación", "Finalidades de exploração", "Purposes of exploitation");
const TRAFFICKING_SIGNS = t("Indicios de trata", "Indícios de tráfico de pessoas", "Signs of trafficking");

/**
 * Every field of CaseFacts, the facts the rules derive (resettlement) and the profile data a rule can
 * find missing (`jurisdiction.cartagena`...), keyed by path pattern: indices as `[]`, a country code
 * as `{country}`.
 */
const FIELDS = {
  reference: field(t("Referencia del caso", "Referência do caso", "Case reference"), TEXT),
  jurisdiction: field(
    t("País donde se solicita protección", "País onde a proteção é solicitada", "Country where protection is sought"),
    COUNTRY,
  ),
  nationality: field(t("Nacionalidad", "Nacionalidade", "Nationality"), COUNTRY),
  countryOfOrigin: field(t("País de origen", "País de origem", "Country of origin"), COUNTRY),

  location: field(t("Ubicación", "Localização", "Location"), NONE),
  "location.kind": field(
    t("Dónde se encuentra la persona", "Onde a pessoa se encontra", "Where the person is"),
    words(LOCATION_KIND_NAMES),
  ),
  "location.place": field(t("Lugar", "Local", "Place"), TEXT),

  people: field(t("Grupo familiar", "Grupo familiar", "Household"), NONE),
  "people[]": field(t("Integrante del grupo familiar", "Membro do grupo familiar", "Household member"), NONE),
  "people[].id": field(t("Identificador", "Identificador", "Identifier"), TEXT),
  "people[].relationship": field(t("Parentesco", "Parentesco", "Relationship"), words(RELATIONSHIP_NAMES)),
  "people[].age": field(t("Edad", "Idade", "Age"), { kind: "age" }),
  "people[].birthDate": field(t("Fecha de nacimiento", "Data de nascimento", "Date of birth"), DATE),
  "people[].sex": field(t("Sexo", "Sexo", "Sex"), words(SEX_NAMES)),
  "people[].needs": field(t("Necesidades", "Necessidades", "Needs"), words(PERSON_NEED_NAMES)),
  "people[].unaccompanied": field(t("Acompañamiento", "Acompanhamento", "Accompaniment"), {
    kind: "yes-no",
    yes: t(
      "viaja sin una persona adulta responsable",
      "viaja sem um adulto responsável",
      "travelling without a responsible adult",
    ),
    no: t(
      "viaja con una persona adulta responsable",
      "viaja com um adulto responsável",
      "travelling with a responsible adult",
    ),
  }),
  "people[].nationality": field(t("Nacionalidad", "Nacionalidade", "Nationality"), COUNTRY),
  "people[].trafficking": field(
    t("Datos sobre trata", "Dados sobre tráfico de pessoas", "Trafficking facts"),
    NONE,
    inTheCaseOf(t("Datos sobre trata", "Dados sobre tráfico de pessoas", "Trafficking facts")),
  ),
  "people[].trafficking.acts": field(TRAFFICKING_ACTS, words(TRAFFICKING_ACT_NAMES), inTheCaseOf(TRAFFICKING_ACTS)),
  "people[].trafficking.means": field(
    TRAFFICKING_MEANS,
    words(TRAFFICKING_MEANS_NAMES),
    inTheCaseOf(TRAFFICKING_MEANS),
  ),
  "people[].trafficking.purposes": field(
    TRAFFICKING_PURPOSES,
    words(TRAFFICKING_PURPOSE_NAMES),
    inTheCaseOf(TRAFFICKING_PURPOSES),
  ),
  "people[].trafficking.signs": field(TRAFFICKING_SIGNS, words(TRAFFICKING_SIGN_NAMES), inTheCaseOf(TRAFFICKING_SIGNS)),
  "people[].separation": field(
    t("Separación", "Separação", "Separation"),
    NONE,
    t("Separación {de}", "Separação {de}", "Separation of {p}"),
  ),
  "people[].separation.kind": field(
    t("Causa de la separación", "Causa da separação", "Cause of separation"),
    words(SEPARATION_KIND_NAMES),
    t("Causa de la separación {de}", "Causa da separação {de}", "Cause of separation for {p}"),
  ),
  "people[].separation.reason": field(
    t("Motivo de la denegación de entrada", "Motivo da recusa de entrada", "Reason entry was refused"),
    words(ENTRY_REFUSAL_REASON_NAMES),
    t("Motivo de la denegación de entrada {de}", "Motivo da recusa de entrada {de}", "Reason entry was refused to {p}"),
  ),
  "people[].separation.date": field(
    t("Fecha de la separación", "Data da separação", "Date of separation"),
    DATE,
    t("Fecha de la separación {de}", "Data da separação {de}", "Date of separation for {p}"),
  ),
  "people[].separation.place": field(
    t("Lugar de la separación", "Local da separação", "Place of separation"),
    TEXT,
    t("Lugar de la separación {de}", "Local da separação {de}", "Place of separation for {p}"),
  ),

  documents: field(t("Documentos", "Documentos", "Documents"), NONE),
  "documents[]": field(t("Documento", "Documento", "Document"), NONE),
  "documents[].kind": field(t("Tipo de documento", "Tipo de documento", "Document type"), words(DOCUMENT_KIND_NAMES)),
  "documents[].country": field(
    t("País emisor del documento", "País emissor do documento", "Country that issued the document"),
    COUNTRY,
  ),
  "documents[].status": field(
    t("Estado del documento", "Situação do documento", "Document status"),
    words(DOCUMENT_STATUS_NAMES),
  ),
  "documents[].issued": field(
    t("Fecha de emisión del documento", "Data de emissão do documento", "Document issued on"),
    DATE,
  ),
  "documents[].expires": field(t("Vencimiento del documento", "Vencimento do documento", "Document expires on"), DATE),
  "documents[].holder": field(t("Titular del documento", "Titular do documento", "Document holder"), TEXT),

  entry: field(t("Entrada al país", "Entrada no país", "Entry into the country"), NONE),
  "entry.date": field(t("Fecha de entrada", "Data de entrada", "Entry date"), DATE),
  "entry.place": field(t("Lugar de entrada", "Local de entrada", "Place of entry"), TEXT),
  "entry.decision": field(
    t("Control migratorio", "Controle migratório", "Entry decision"),
    words(ENTRY_DECISION_NAMES),
  ),
  "entry.refusalReason": field(
    t("Motivo del rechazo", "Motivo da recusa", "Reason for refusal"),
    words(ENTRY_REFUSAL_REASON_NAMES),
  ),
  "entry.status": field(
    t("Estatus migratorio al ingresar", "Status migratório na entrada", "Status granted at entry"),
    words(ENTRY_STATUS_NAMES),
  ),
  "entry.authorizedDays": field(
    t("Días de permanencia autorizados", "Dias de permanência autorizados", "Days of stay granted"),
    NUMBER,
  ),
  "entry.statusExpires": field(
    t("Vencimiento del estatus migratorio", "Vencimento do status migratório", "Status expires on"),
    DATE,
  ),

  claim: field(t("Solicitud de asilo", "Pedido de asilo", "Asylum claim"), NONE),
  "claim.date": field(t("Fecha de la solicitud", "Data do pedido", "Date of the claim"), DATE),
  "claim.stage": field(
    t("Etapa del procedimiento", "Etapa do procedimento", "Procedure stage"),
    words(PROCEDURE_STAGE_NAMES),
  ),
  "claim.admittedDate": field(
    t("Fecha de admisión a trámite", "Data de admissão do pedido", "Date the claim was admitted"),
    DATE,
  ),
  "claim.asylumSeekerDocument": field(
    t("Documento de solicitante de asilo", "Documento de solicitante de asilo", "Asylum-seeker document"),
    NONE,
  ),
  "claim.asylumSeekerDocument.issued": field(
    t(
      "Emisión del documento de solicitante de asilo",
      "Emissão do documento de solicitante de asilo",
      "Asylum-seeker document issued on",
    ),
    DATE,
  ),
  "claim.asylumSeekerDocument.lastRenewed": field(
    t(
      "Última renovación del documento de solicitante de asilo",
      "Última renovação do documento de solicitante de asilo",
      "Asylum-seeker document last renewed on",
    ),
    DATE,
  ),
  "claim.asylumSeekerDocument.expires": field(
    t(
      "Vencimiento del documento de solicitante de asilo",
      "Vencimento do documento de solicitante de asilo",
      "Asylum-seeker document expires on",
    ),
    DATE,
  ),

  decision: field(t("Decisión sobre la solicitud", "Decisão sobre o pedido", "Decision on the claim"), NONE),
  "decision.outcome": field(
    t("Resultado de la decisión", "Resultado da decisão", "Decision outcome"),
    words(DECISION_OUTCOME_NAMES),
  ),
  "decision.date": field(t("Fecha de la decisión", "Data da decisão", "Decision date"), DATE),
  "decision.notifiedDate": field(t("Fecha de notificación", "Data de notificação", "Notification date"), DATE),
  "decision.written": field(t("Decisión por escrito", "Decisão por escrito", "Decision in writing"), YES_NO),
  "decision.grounds": field(
    t("Fundamentos de la decisión", "Fundamentos da decisão", "Grounds of the decision"),
    words(DECISION_GROUND_NAMES),
  ),
  "decision.definitionsAssessed": field(
    t("Definiciones examinadas", "Definições examinadas", "Definitions examined"),
    words(REFUGEE_DEFINITION_NAMES),
  ),

  remedies: field(t("Recursos", "Recursos", "Remedies"), NONE),
  "remedies[]": field(t("Recurso", "Recurso", "Remedy"), NONE),
  "remedies[].step": field(t("Medio de impugnación", "Meio de impugnação", "Remedy"), words(REMEDY_STEP_NAMES)),
  "remedies[].body": field(
    t("Órgano que resuelve el recurso", "Órgão que decide o recurso", "Body deciding the remedy"),
    TEXT,
  ),
  "remedies[].filedOn": field(
    t("Fecha de presentación del recurso", "Data de apresentação do recurso", "Remedy lodged on"),
    DATE,
  ),
  "remedies[].outcome": field(
    t("Resultado del recurso", "Resultado do recurso", "Remedy outcome"),
    words(REMEDY_OUTCOME_NAMES),
  ),
  "remedies[].decidedOn": field(
    t("Fecha de la decisión sobre el recurso", "Data da decisão sobre o recurso", "Remedy decided on"),
    DATE,
  ),
  "remedies[].notifiedOn": field(
    t(
      "Fecha de notificación de la decisión sobre el recurso",
      "Data de notificação da decisão sobre o recurso",
      "Decision on the remedy notified on",
    ),
    DATE,
  ),
  "remedies[].written": field(
    t(
      "Decisión sobre el recurso por escrito",
      "Decisão sobre o recurso por escrito",
      "Decision on the remedy in writing",
    ),
    YES_NO,
  ),

  removal: field(t("Medida de salida forzosa", "Medida de retirada compulsória", "Removal"), NONE),
  "removal.measure": field(
    t("Medida de salida forzosa", "Medida de retirada compulsória", "Removal measure"),
    words(REMOVAL_MEASURE_NAMES),
  ),
  "removal.status": field(
    t("Estado de la medida", "Situação da medida", "Status of the measure"),
    words(REMOVAL_STATUS_NAMES),
  ),
  "removal.date": field(t("Fecha de la medida", "Data da medida", "Date of the measure"), DATE),
  "removal.destination": field(t("País de destino", "País de destino", "Destination country"), COUNTRY),

  familyInCountry: field(t("Familia en el país", "Família no país", "Family in the country"), NONE),
  "familyInCountry[]": field(t("Familiar en el país", "Familiar no país", "Relative in the country"), {
    kind: "relative",
  }),
  "familyInCountry[].of": field(t("Familiar de", "Familiar de", "Relative of"), TEXT),
  "familyInCountry[].relationship": field(
    t(
      "Parentesco del familiar en el país",
      "Parentesco do familiar no país",
      "Relationship of the relative in the country",
    ),
    words(RELATIONSHIP_NAMES),
  ),
  "familyInCountry[].status": field(
    t(
      "Situación migratoria del familiar en el país",
      "Situação migratória do familiar no país",
      "Status of the relative in the country",
    ),
    words(RESIDENCE_STATUS_NAMES),
  ),
  familyAbroad: field(
    t(
      "Países donde la familia tiene estatus legal",
      "Países onde a família tem status legal",
      "Family with legal status in",
    ),
    COUNTRY,
  ),
  flightReasons: field(t("Motivos de la huida", "Motivos da fuga", "Reasons for flight"), words(FLIGHT_REASON_NAMES)),
  fearOfReturn: field(t("Temor de retorno", "Temor de retorno", "Fear of return"), words(FEAR_OF_RETURN_NAMES)),
  flightDate: field(t("Fecha de la huida", "Data da fuga", "Date of flight"), DATE),
  trafficking: field(t("Datos sobre trata", "Dados sobre tráfico de pessoas", "Trafficking facts"), NONE),
  "trafficking.acts": field(TRAFFICKING_ACTS, words(TRAFFICKING_ACT_NAMES)),
  "trafficking.means": field(TRAFFICKING_MEANS, words(TRAFFICKING_MEANS_NAMES)),
  "trafficking.purposes": field(TRAFFICKING_PURPOSES, words(TRAFFICKING_PURPOSE_NAMES)),
  "trafficking.signs": field(TRAFFICKING_SIGNS, words(TRAFFICKING_SIGN_NAMES)),
  protectionRisks: field(
    t("Riesgos en el país de acogida", "Riscos no país de acolhida", "Risks in the host country"),
    words(PROTECTION_RISK_NAMES),
  ),

  // Derived by the resettlement rule.
  "resettlement.categories": field(
    t("Categorías de reasentamiento", "Categorias de reassentamento", "Resettlement categories"),
    words(RESETTLEMENT_CATEGORY_NAMES),
  ),
  "resettlement.placesAvailable": field(
    t("Plazas de reasentamiento disponibles", "Vagas de reassentamento disponíveis", "Resettlement places available"),
    NUMBER,
  ),
  "resettlement.placesAvailable.{country}": field(
    t("Plazas disponibles ({country})", "Vagas disponíveis ({country})", "Places available ({country})"),
    NUMBER,
  ),

  // Profile and reference data a rule can find missing (`undetermined.missing`).
  "jurisdiction.cartagena": field(
    t(
      "Definición de Cartagena en la ley del país",
      "Definição de Cartagena na lei do país",
      "Cartagena definition in the country's law",
    ),
    NONE,
  ),
  "jurisdiction.remedies": field(
    t("Recursos previstos en la ley del país", "Recursos previstos na lei do país", "Remedies under the country's law"),
    NONE,
  ),
  "jurisdiction.humanitarianExceptions": field(
    t("Excepciones humanitarias de entrada", "Exceções humanitárias de entrada", "Humanitarian entry exceptions"),
    NONE,
  ),
  "jurisdiction.humanitarianExceptions.categories": field(
    t(
      "Grupos cubiertos por las excepciones humanitarias",
      "Grupos abrangidos pelas exceções humanitárias",
      "Groups the humanitarian exceptions cover",
    ),
    NONE,
  ),
  "jurisdiction.asylumSeekerDocument": field(
    t(
      "Validez legal del documento de solicitante de asilo",
      "Validade legal do documento de solicitante de asilo",
      "Legal validity of the asylum-seeker document",
    ),
    NONE,
  ),
  "situations.{country}": field(
    t(
      "Situación en el país de origen ({country})",
      "Situação no país de origem ({country})",
      "Situation in the country of origin ({country})",
    ),
    NONE,
  ),
} as const satisfies Record<string, Field>;

/** A path pattern FACT_LABELS knows: indices as `[]` ("people[].needs"), a country code as `{country}`. */
export type FactPathPattern = keyof typeof FIELDS;

/**
 * What each field is called, keyed by path pattern ("people[].needs" → "Necesidades"). Labels of a
 * household member's fields are bare here; `factLabel` and `describeFact` name the person.
 */
export const FACT_LABELS = Object.fromEntries(
  Object.entries(FIELDS).map(([pattern, { label }]) => [pattern, label]),
) as Readonly<Record<FactPathPattern, LocalizedText>>;

/** A person's exception groups (`people[2]` with `["older-person", ...]`, from `entry.humanitarian-exception`). */
const HUMANITARIAN_GROUPS: Field = field(
  t("Supuestos de excepción humanitaria", "Hipóteses de exceção humanitária", "Humanitarian exception groups"),
  words(HUMANITARIAN_EXCEPTION_CATEGORY_NAMES),
  inTheCaseOf(
    t("Supuestos de excepción humanitaria", "Hipóteses de exceção humanitária", "Humanitarian exception groups"),
  ),
);

/** The label of a path nothing here describes (a rule pack's own fact). */
export const GENERIC_FACT_LABEL: LocalizedText = t("Dato del caso", "Dado do caso", "Case fact");
/** A value that cannot be put into words. */
export const UNKNOWN_FACT_VALUE = "—";
const NOT_RECORDED = t("No consta", "Não consta", "Not on record");
const YES = t("Sí", "Sim", "Yes");
const NO = t("No", "Não", "No");
const AGE_UNITS: Record<Locale, readonly [string, string]> = {
  es: ["año", "años"],
  pt: ["ano", "anos"],
  en: ["year", "years"],
};
const UNNAMED: Record<Locale, (number: number) => string> = {
  es: (number) => `la persona n.º ${number}`,
  pt: (number) => `a pessoa n.º ${number}`,
  en: (number) => `person no. ${number}`,
};
const ORDINAL: Record<Locale, (number: number) => string> = {
  es: (number) => ` (n.º ${number})`,
  pt: (number) => ` (n.º ${number})`,
  en: (number) => ` (no. ${number})`,
};

interface ParsedPath {
  readonly pattern: string;
  /** Index of the household member the path is about (`people[2]...` → 2). */
  readonly person: number | null;
  /** Index of the remedy or document record, when the path is inside one. */
  readonly record: number | null;
  readonly country: string | null;
}

const INDEX = /\[(\d+)\]/g;
const COUNTRY_SUFFIX = /^(resettlement\.placesAvailable|situations)\.([A-Z]{2})$/;
const PERSON_PREFIX = /^people\[(\d+)\]/;
const RECORD_PREFIX = /^(?:remedies|documents)\[(\d+)\]/;

function parsePath(path: string): ParsedPath {
  const country = COUNTRY_SUFFIX.exec(path);
  if (country !== null && isCountryCode(country[2] ?? "")) {
    return { pattern: `${country[1] ?? ""}.{country}`, person: null, record: null, country: country[2] ?? null };
  }
  const person = PERSON_PREFIX.exec(path);
  const record = RECORD_PREFIX.exec(path);
  return {
    pattern: path.replace(INDEX, "[]"),
    person: person === null ? null : Number(person[1]),
    record: record === null ? null : Number(record[1]),
    country: null,
  };
}

const fields: Readonly<Record<string, Field | undefined>> = FIELDS;

const ARTICLE: Record<"es" | "pt", RegExp> = {
  es: /^(el|la|los|las|un|una)(?= |$)/i,
  pt: /^(o|a|os|as|um|uma)(?= |$)/i,
};
const OR: Record<"es" | "pt", string> = { es: " o ", pt: " ou " };

/** `de` before a name that starts with an article, contracted where the language does: "del", "da", "dos". */
function contractOf(name: string, locale: "es" | "pt"): string | null {
  const article = ARTICLE[locale].exec(name)?.[1]?.toLowerCase();
  if (article === undefined) return null;
  const rest = name.slice(article.length);
  if (locale === "es") return article === "el" ? `del${rest}` : `de ${article}${rest}`;
  return article.startsWith("u") ? `de ${article}${rest}` : `d${article}${rest}`;
}

/**
 * "de la madre (62 años)", "del o de la cónyuge", "da mãe ou do pai (62 anos)": the preposition `de`
 * before a person's label, contracted with each coordinated article.
 */
function ofPerson(name: string, locale: "es" | "pt"): string {
  const parts = name.split(OR[locale]);
  if (parts.length > 1) {
    const contracted = parts.map((part) => contractOf(part, locale));
    if (contracted.every((part) => part !== null)) return contracted.join(OR[locale]);
  }
  return contractOf(name, locale) ?? `de ${name}`;
}

function personName(index: number, locale: Locale, people: readonly { label: LocalizedText }[] | undefined): string {
  return people?.[index]?.label[locale] ?? UNNAMED[locale](index + 1);
}

function labelOf(
  entry: Field,
  parsed: ParsedPath,
  locale: Locale,
  people: readonly { label: LocalizedText }[] | undefined,
): string {
  let label = entry.label[locale];
  if (parsed.person !== null) {
    const name = personName(parsed.person, locale, people);
    if (parsed.pattern === "people[]" && entry.value.kind === "none") return capitalize(name);
    const template = entry.person?.[locale] ?? (locale === "en" ? `${label} of {p}` : `${label} {de}`);
    // Replacer functions: a "$" in a label is text, not a replacement pattern.
    label = template
      .replace("{de}", () => (locale === "en" ? `of ${name}` : ofPerson(name, locale)))
      .replace("{p}", () => name);
  }
  const country = parsed.country;
  if (country !== null) label = label.replace("{country}", () => countryName(country, locale));
  if (parsed.record !== null && parsed.record > 0) label += ORDINAL[locale](parsed.record + 1);
  return label;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const numberFormats = new Map<Locale, Intl.NumberFormat>();

function formatNumber(value: number, locale: Locale): string {
  let format = numberFormats.get(locale);
  if (format === undefined) {
    format = new Intl.NumberFormat(INTL_TAGS[locale]);
    numberFormats.set(locale, format);
  }
  return format.format(value);
}

function isDate(value: string): boolean {
  return IsoDate.safeParse(value).success;
}

/** Each item in words; unknown items are counted ("enfermedad crónica (+1)"), never shown raw. */
function listInWords(
  value: string | readonly string[],
  locale: Locale,
  name: (item: string) => string | undefined,
): string | null {
  const items = typeof value === "string" ? [value] : value;
  const known: string[] = [];
  for (const item of items) {
    const words = name(item);
    if (words !== undefined) known.push(words);
  }
  if (known.length === 0) return null;
  const unknown = items.length - known.length;
  return capitalize(joinList(known, locale)) + (unknown > 0 ? ` (+${unknown})` : "");
}

const wordOf = (table: Words, item: string, locale: Locale): string | undefined =>
  Object.hasOwn(table, item) ? table[item]?.[locale] : undefined;

/** The value in words, or `null` when it cannot be said without showing a raw value. */
function valueOf(kind: ValueKind, value: TriggerFact["value"], locale: Locale): string | null {
  if (value === null) return null;
  switch (kind.kind) {
    case "words":
      if (typeof value !== "string" && !Array.isArray(value)) return null;
      return listInWords(value, locale, (item) => wordOf(kind.words, item, locale));
    case "country":
      if (typeof value !== "string" && !Array.isArray(value)) return null;
      return listInWords(value, locale, (code) => (isCountryCode(code) ? countryName(code, locale) : undefined));
    case "date":
      return typeof value === "string" && isDate(value) ? localizedDate(value)[locale] : null;
    case "number":
      return typeof value === "number" && Number.isFinite(value) ? formatNumber(value, locale) : null;
    case "age": {
      // A birth date after the day the case is looked at gives a negative age: shown as it is, not hidden.
      if (typeof value !== "number" || !Number.isInteger(value)) return null;
      const [one, other] = AGE_UNITS[locale];
      return `${formatNumber(value, locale)} ${Math.abs(value) === 1 ? one : other}`;
    }
    case "yes-no":
      if (typeof value !== "boolean") return null;
      return capitalize(((value ? kind.yes : kind.no) ?? (value ? YES : NO))[locale]);
    case "text":
      return typeof value === "string" && value.trim().length > 0 ? value.trim() : null;
    case "relative": {
      if (!Array.isArray(value) || value.length !== 2) return null;
      const [relationship = "", status = ""] = value;
      const tie = wordOf(RELATIONSHIP_NAMES, relationship, locale);
      const held = wordOf(RESIDENCE_STATUS_NAMES, status, locale);
      return tie === undefined || held === undefined ? null : `${capitalize(tie)} (${held})`;
    }
    case "none":
      return null;
  }
}

/** A value of a path nothing here describes: only what carries no words of its own is shown. */
function genericValue(value: TriggerFact["value"], locale: Locale): string {
  if (typeof value === "boolean") return (value ? YES : NO)[locale];
  if (typeof value === "number" && Number.isFinite(value)) return formatNumber(value, locale);
  if (typeof value === "string" && isDate(value)) return localizedDate(value)[locale];
  return UNKNOWN_FACT_VALUE;
}

function isHumanitarianGroups(value: TriggerFact["value"]): boolean {
  return Array.isArray(value) && value.some((item) => HumanitarianExceptionCategory.safeParse(item).success);
}

function fieldOf(parsed: ParsedPath, value: TriggerFact["value"]): Field | undefined {
  if (parsed.pattern === "people[]" && isHumanitarianGroups(value)) return HUMANITARIAN_GROUPS;
  return fields[parsed.pattern];
}

/**
 * The name of the field at `path` in the reader's language: "Etapa del procedimiento", "Necesidades de
 * la madre (62 años)" (`people` are the household's labels, by index, as `PersonView.label`; without
 * them "Necesidades de la persona n.º 2"). Also names the paths of `Assessment.undetermined[].missing`.
 * A path it does not know gets "Dato del caso" / "Dado do caso" / "Case fact".
 */
export function factLabel(path: string, locale: Locale, people?: readonly { label: LocalizedText }[]): string {
  const parsed = parsePath(path);
  const entry = fields[parsed.pattern];
  return entry === undefined ? GENERIC_FACT_LABEL[locale] : labelOf(entry, parsed, locale, people);
}

/**
 * A trigger fact in words: `{ path: "claim.stage", value: "registered" }` → `{ label: "Etapa del
 * procedimiento", value: "Registrada" }`. Enum values through word tables, countries by name, dates
 * written out, booleans as "Sí"/"No", lists joined ("Enfermedad crónica y discapacidad"); a missing
 * value is "No consta". Never a field path or a raw enum value: an unknown path gets the generic label,
 * a value that cannot be put into words "—".
 */
export function describeFact(
  fact: TriggerFact,
  locale: Locale,
  people?: readonly { label: LocalizedText }[],
): { label: string; value: string } {
  const parsed = parsePath(fact.path);
  const entry = fieldOf(parsed, fact.value);
  if (entry === undefined) {
    return {
      label: GENERIC_FACT_LABEL[locale],
      value: fact.value === null ? NOT_RECORDED[locale] : genericValue(fact.value, locale),
    };
  }
  const label = labelOf(entry, parsed, locale, people);
  if (fact.value === null || (Array.isArray(fact.value) && fact.value.length === 0)) {
    return { label, value: NOT_RECORDED[locale] };
  }
  return { label, value: valueOf(entry.value, fact.value, locale) ?? UNKNOWN_FACT_VALUE };
}
