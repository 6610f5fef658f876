import type * as z from "zod/mini";
import type {
  CaseFacts,
  Decision,
  DecisionGround,
  DocumentKind,
  Entry,
  EntryRefusalReason,
  EntryStatus,
  FlightReason,
  IdentityDocument,
  LocationKind,
  Person,
  PersonNeed,
  ProcedureStage,
  ProtectionRisk,
  RefugeeDefinition,
  Relationship,
  RemedyRecord,
  RemedyStep,
  Removal,
  ResidenceStatus,
  SeparationKind,
  TraffickingAct,
  TraffickingMeans,
  TraffickingPurpose,
  TraffickingSign,
} from "../case/case-facts.js";
import type { HumanitarianExceptionCategory } from "../jurisdictions/jurisdiction.js";
import type { LocalizedText } from "./locale.js";

/**
 * The values of the CaseFacts enums in words, as a form shows them beside a field label: nouns or
 * short phrases in lower case, no article ("enfermedad crónica", "sin pasaporte"). Latin American
 * Spanish, Brazilian Portuguese, British English. Each table is complete: the types say so.
 */

const t = (es: string, pt: string, en: string): LocalizedText => ({ es, pt, en });

/** A household member's tie to the principal applicant, without article ("madre o padre"). */
export const RELATIONSHIP_NAMES: Record<Relationship, LocalizedText> = {
  principal: t("titular", "titular", "principal applicant"),
  spouse: t("cónyuge", "cônjuge", "spouse"),
  partner: t("pareja", "companheiro ou companheira", "partner"),
  child: t("hijo o hija", "filho ou filha", "child"),
  parent: t("madre o padre", "mãe ou pai", "parent"),
  sibling: t("hermano o hermana", "irmão ou irmã", "sibling"),
  grandparent: t("abuelo o abuela", "avô ou avó", "grandparent"),
  grandchild: t("nieto o nieta", "neto ou neta", "grandchild"),
  "other-relative": t("otro familiar", "outro familiar", "other relative"),
  other: t("otra persona", "outra pessoa", "other person"),
};

export const SEX_NAMES: Record<NonNullable<Person["sex"]>, LocalizedText> = {
  female: t("femenino", "feminino", "female"),
  male: t("masculino", "masculino", "male"),
  other: t("otro", "outro", "other"),
};

export const PERSON_NEED_NAMES: Record<PersonNeed, LocalizedText> = {
  pregnancy: t("embarazo", "gravidez", "pregnancy"),
  "serious-medical-condition": t("condición médica grave", "condição médica grave", "serious medical condition"),
  "chronic-illness": t("enfermedad crónica", "doença crônica", "chronic illness"),
  disability: t("discapacidad", "deficiência", "disability"),
  "survivor-of-violence-or-torture": t(
    "sobreviviente de violencia o tortura",
    "sobrevivente de violência ou tortura",
    "survivor of violence or torture",
  ),
  "woman-at-risk": t("mujer en riesgo", "mulher em risco", "woman at risk"),
  "single-parent": t("familia monoparental", "família monoparental", "single parent"),
  "lgbti-at-risk": t("persona LGBTI en riesgo", "pessoa LGBTI em risco", "LGBTI person at risk"),
};

/** How a household member came to be apart from the others: what caused the separation. */
export const SEPARATION_KIND_NAMES: Record<SeparationKind, LocalizedText> = {
  "refused-entry": t("denegación de entrada", "recusa de entrada", "refusal of entry"),
  removed: t("salida forzosa del país", "retirada compulsória do país", "removal from the country"),
  deported: t("deportación", "deportação", "deportation"),
  detained: t("detención", "detenção", "detention"),
  "split-off": t("se separó del grupo", "separou-se do grupo", "split off from the group"),
};

/** The person's answer when asked whether they fear returning to their country. */
export const FEAR_OF_RETURN_NAMES: Record<NonNullable<CaseFacts["fearOfReturn"]>, LocalizedText> = {
  expressed: t("manifestado", "manifestado", "expressed"),
  "none-expressed": t("ninguno manifestado", "nenhum manifestado", "none expressed"),
};

export const LOCATION_KIND_NAMES: Record<LocationKind, LocalizedText> = {
  border: t("frontera", "fronteira", "border"),
  "port-of-entry": t("puesto de control migratorio", "posto de controle migratório", "port of entry"),
  airport: t("aeropuerto", "aeroporto", "airport"),
  inland: t("interior del país", "interior do país", "inside the country"),
  detention: t("lugar de detención", "local de detenção", "detention"),
};

export const DOCUMENT_KIND_NAMES: Record<DocumentKind, LocalizedText> = {
  passport: t("pasaporte", "passaporte", "passport"),
  "national-id": t("documento nacional de identidad", "documento nacional de identidade", "national identity card"),
  "birth-certificate": t("acta de nacimiento", "certidão de nascimento", "birth certificate"),
  "andean-migration-card": t("Tarjeta Andina de Migración", "Cartão Andino de Migração", "Andean Migration Card"),
  "humanitarian-visa": t("visa humanitaria", "visto humanitário", "humanitarian visa"),
  "temporary-stay-permit": t(
    "permiso temporal de permanencia",
    "autorização temporária de permanência",
    "temporary stay permit",
  ),
  "asylum-seeker-card": t(
    "carné de solicitante de refugio",
    "protocolo de solicitante de refúgio",
    "asylum-seeker card",
  ),
  "refugee-id": t("carné de refugiado", "documento de identidade de refugiado", "refugee identity card"),
  "residence-card": t("carné de residencia", "carteira de residência", "residence card"),
  "entry-stamp": t("sello de entrada", "carimbo de entrada", "entry stamp"),
  "exit-stamp": t("sello de salida", "carimbo de saída", "exit stamp"),
};

export const DOCUMENT_STATUS_NAMES: Record<NonNullable<IdentityDocument["status"]>, LocalizedText> = {
  valid: t("vigente", "válido", "valid"),
  expired: t("vencido", "vencido", "expired"),
  missing: t("no disponible", "não disponível", "missing"),
  unknown: t("no se sabe", "não se sabe", "unknown"),
};

export const ENTRY_DECISION_NAMES: Record<NonNullable<Entry["decision"]>, LocalizedText> = {
  admitted: t("entrada autorizada", "entrada autorizada", "admitted"),
  refused: t("entrada denegada", "entrada recusada", "refused"),
  pending: t("decisión pendiente", "decisão pendente", "decision pending"),
};

export const ENTRY_REFUSAL_REASON_NAMES: Record<z.infer<typeof EntryRefusalReason>, LocalizedText> = {
  "no-passport": t("sin pasaporte", "sem passaporte", "no passport"),
  "no-visa": t("sin visa", "sem visto", "no visa"),
  "missing-stamps": t("sin sellos de entrada y salida", "sem carimbos de entrada e saída", "no entry and exit stamps"),
  "invalid-document": t("documento no válido", "documento inválido", "invalid document"),
  security: t("motivos de seguridad", "motivos de segurança", "security grounds"),
  other: t("otro motivo", "outro motivo", "another reason"),
};

/** The migratory status granted at entry. */
export const ENTRY_STATUS_NAMES: Record<EntryStatus, LocalizedText> = {
  tourist: t("turista", "turista", "tourist"),
  "humanitarian-visa": t("visa humanitaria", "visto humanitário", "humanitarian visa"),
  "temporary-stay-permit": t(
    "permiso temporal de permanencia",
    "autorização temporária de permanência",
    "temporary stay permit",
  ),
  "asylum-seeker": t("solicitante de refugio", "solicitante de refúgio", "asylum-seeker"),
  resident: t("residente", "residente", "resident"),
  transit: t("tránsito", "trânsito", "transit"),
  irregular: t("situación irregular", "situação irregular", "irregular"),
  other: t("otra calidad migratoria", "outra situação migratória", "other status"),
};

/** Where the claim stands; es agrees with "la solicitud", pt with "o pedido". */
export const PROCEDURE_STAGE_NAMES: Record<ProcedureStage, LocalizedText> = {
  "intention-expressed": t(
    "intención de solicitar refugio manifestada",
    "intenção de pedir refúgio manifestada",
    "intention to claim asylum expressed",
  ),
  registered: t("registrada", "registrado", "registered"),
  admitted: t("admitida a trámite", "admitido", "admitted"),
  interviewed: t("entrevista realizada", "entrevista realizada", "interviewed"),
  decided: t("resuelta", "decidido", "decided"),
  reconsideration: t("en reconsideración", "em reconsideração", "under reconsideration"),
  appeal: t("en apelación", "em grau de recurso", "on appeal"),
  closed: t("cerrada", "encerrado", "closed"),
};

export const DECISION_OUTCOME_NAMES: Record<Decision["outcome"], LocalizedText> = {
  recognized: t(
    "reconocimiento de la condición de refugiado",
    "reconhecimento da condição de refugiado",
    "recognised as a refugee",
  ),
  rejected: t("rechazo", "indeferimento", "rejected"),
  inadmissible: t("inadmisibilidad", "inadmissibilidade", "inadmissible"),
  "complementary-protection": t("protección complementaria", "proteção complementar", "complementary protection"),
  archived: t("archivo", "arquivamento", "archived"),
};

export const DECISION_GROUND_NAMES: Record<DecisionGround, LocalizedText> = {
  "no-well-founded-fear": t("falta de temor fundado", "falta de fundado temor", "no well-founded fear"),
  "no-individual-persecution": t(
    "falta de persecución individual",
    "falta de perseguição individual",
    "no individual persecution",
  ),
  "economic-reasons": t("motivos económicos", "motivos econômicos", "economic reasons"),
  "not-credible": t("falta de credibilidad", "falta de credibilidade", "lack of credibility"),
  "cartagena-criteria-not-met": t(
    "no se cumplen los criterios de Cartagena",
    "critérios de Cartagena não preenchidos",
    "Cartagena criteria not met",
  ),
  exclusion: t("cláusula de exclusión", "cláusula de exclusão", "exclusion clause"),
  "safe-third-country": t("tercer país seguro", "terceiro país seguro", "safe third country"),
  "out-of-time": t("solicitud fuera de plazo", "pedido fora do prazo", "claim out of time"),
  abandonment: t("abandono del procedimiento", "abandono do procedimento", "abandonment of the claim"),
  other: t("otro fundamento", "outro fundamento", "another ground"),
};

export const REFUGEE_DEFINITION_NAMES: Record<RefugeeDefinition, LocalizedText> = {
  "convention-1951": t(
    "definición de la Convención de 1951",
    "definição da Convenção de 1951",
    "1951 Convention definition",
  ),
  cartagena: t("definición ampliada de Cartagena", "definição ampliada de Cartagena", "Cartagena extended definition"),
  "complementary-protection": t("protección complementaria", "proteção complementar", "complementary protection"),
};

export const REMEDY_STEP_NAMES: Record<RemedyStep, LocalizedText> = {
  reconsideration: t("reconsideración", "pedido de reconsideração", "reconsideration"),
  appeal: t("apelación", "recurso de apelação", "appeal"),
  "judicial-review": t("revisión judicial", "revisão judicial", "judicial review"),
};

/** How a remedy was decided; es and pt agree with "el recurso" / "o recurso". */
export const REMEDY_OUTCOME_NAMES: Record<NonNullable<RemedyRecord["outcome"]>, LocalizedText> = {
  pending: t("pendiente", "pendente", "pending"),
  granted: t("aceptado", "provido", "granted"),
  rejected: t("rechazado", "não provido", "rejected"),
  inadmissible: t("declarado inadmisible", "não admitido", "inadmissible"),
  withdrawn: t("retirado", "retirado", "withdrawn"),
};

export const REMOVAL_MEASURE_NAMES: Record<Removal["measure"], LocalizedText> = {
  deportation: t("deportación", "deportação", "deportation"),
  expulsion: t("expulsión", "expulsão", "expulsion"),
  removal: t("salida forzosa", "retirada compulsória", "removal"),
  readmission: t("readmisión en otro país", "readmissão em outro país", "readmission to another country"),
  extradition: t("extradición", "extradição", "extradition"),
};

/** Where a removal measure stands; es and pt agree with "la medida" / "a medida". */
export const REMOVAL_STATUS_NAMES: Record<Removal["status"], LocalizedText> = {
  ordered: t("ordenada", "ordenada", "ordered"),
  "under-way": t("en curso", "em curso", "under way"),
  "carried-out": t("ejecutada", "executada", "carried out"),
};

/** The status a relative holds in the country. */
export const RESIDENCE_STATUS_NAMES: Record<ResidenceStatus, LocalizedText> = {
  citizen: t("nacionalidad del país", "nacionalidade do país", "citizenship"),
  refugee: t("condición de refugiado", "condição de refugiado", "refugee status"),
  "asylum-seeker": t("solicitud de refugio en trámite", "pedido de refúgio em andamento", "asylum claim pending"),
  "temporary-stay-permit": t(
    "permiso temporal de permanencia",
    "autorização temporária de permanência",
    "temporary stay permit",
  ),
  "humanitarian-visa": t("visa humanitaria", "visto humanitário", "humanitarian visa"),
  resident: t("residencia", "residência", "residence"),
  irregular: t("situación irregular", "situação irregular", "irregular status"),
  unknown: t("situación desconocida", "situação desconhecida", "status unknown"),
};

export const FLIGHT_REASON_NAMES: Record<FlightReason, LocalizedText> = {
  "persecution-race": t(
    "persecución por motivos de raza",
    "perseguição por motivos de raça",
    "persecution for reasons of race",
  ),
  "persecution-religion": t(
    "persecución por motivos de religión",
    "perseguição por motivos de religião",
    "persecution for reasons of religion",
  ),
  "persecution-nationality": t(
    "persecución por motivos de nacionalidad",
    "perseguição por motivos de nacionalidade",
    "persecution for reasons of nationality",
  ),
  "persecution-social-group": t(
    "persecución por pertenencia a un determinado grupo social",
    "perseguição por pertencimento a determinado grupo social",
    "persecution for membership of a particular social group",
  ),
  "persecution-political-opinion": t(
    "persecución por opiniones políticas",
    "perseguição por opiniões políticas",
    "persecution for political opinion",
  ),
  threats: t("amenazas", "ameaças", "threats"),
  "generalized-violence": t("violencia generalizada", "violência generalizada", "generalised violence"),
  "foreign-aggression": t("agresión extranjera", "agressão estrangeira", "foreign aggression"),
  "internal-conflict": t("conflictos internos", "conflitos internos", "internal conflicts"),
  "massive-human-rights-violations": t(
    "violación masiva de los derechos humanos",
    "violação maciça dos direitos humanos",
    "massive violation of human rights",
  ),
  "public-order-disturbance": t(
    "grave perturbación del orden público",
    "grave perturbação da ordem pública",
    "serious disturbance of public order",
  ),
  "lack-of-food": t("falta de alimentos", "falta de alimentos", "lack of food"),
  "lack-of-medicine": t("falta de medicamentos", "falta de medicamentos", "lack of medicine"),
  "lack-of-health-care": t("falta de atención de salud", "falta de atendimento de saúde", "lack of health care"),
  economic: t("motivos económicos", "motivos econômicos", "economic reasons"),
  "family-reunification": t("reunificación familiar", "reunificação familiar", "family reunification"),
  other: t("otro motivo", "outro motivo", "another reason"),
};

export const PROTECTION_RISK_NAMES: Record<ProtectionRisk, LocalizedText> = {
  "threat-to-life": t("amenaza contra la vida", "ameaça à vida", "threat to life"),
  "risk-of-refoulement": t("riesgo de devolución", "risco de devolução", "risk of refoulement"),
  "arbitrary-detention": t("detención arbitraria", "detenção arbitrária", "arbitrary detention"),
  "violence-in-host-country": t(
    "violencia en el país de acogida",
    "violência no país de acolhida",
    "violence in the host country",
  ),
  "no-durable-solution": t("sin solución duradera", "sem solução duradoura", "no durable solution"),
};

/** The three elements of trafficking (Palermo Protocol art. 3(a)) and the signs a screening records. */
export const TRAFFICKING_ACT_NAMES: Record<z.infer<typeof TraffickingAct>, LocalizedText> = {
  recruitment: t("captación", "recrutamento", "recruitment"),
  transportation: t("transporte", "transporte", "transportation"),
  transfer: t("traslado", "transferência", "transfer"),
  harbouring: t("acogida", "alojamento", "harbouring"),
  receipt: t("recepción", "acolhimento", "receipt"),
};

export const TRAFFICKING_MEANS_NAMES: Record<z.infer<typeof TraffickingMeans>, LocalizedText> = {
  threat: t("amenaza", "ameaça", "threat"),
  force: t("uso de la fuerza", "uso da força", "use of force"),
  coercion: t("coacción", "coação", "coercion"),
  abduction: t("rapto", "rapto", "abduction"),
  fraud: t("fraude", "fraude", "fraud"),
  deception: t("engaño", "engano", "deception"),
  "abuse-of-power": t("abuso de poder", "abuso de autoridade", "abuse of power"),
  "abuse-of-vulnerability": t(
    "abuso de una situación de vulnerabilidad",
    "abuso de uma situação de vulnerabilidade",
    "abuse of a position of vulnerability",
  ),
  "payments-to-controller": t(
    "pagos a quien tiene autoridad sobre la persona",
    "pagamentos a quem tem autoridade sobre a pessoa",
    "payments to a person in control",
  ),
};

export const TRAFFICKING_PURPOSE_NAMES: Record<z.infer<typeof TraffickingPurpose>, LocalizedText> = {
  "sexual-exploitation": t("explotación sexual", "exploração sexual", "sexual exploitation"),
  "forced-labour": t("trabajo forzoso", "trabalho forçado", "forced labour"),
  slavery: t("esclavitud", "escravatura", "slavery"),
  servitude: t("servidumbre", "servidão", "servitude"),
  "organ-removal": t("extracción de órganos", "remoção de órgãos", "removal of organs"),
  "other-exploitation": t("otra explotación", "outra exploração", "other exploitation"),
};

export const TRAFFICKING_SIGN_NAMES: Record<z.infer<typeof TraffickingSign>, LocalizedText> = {
  "documents-withheld": t("documentos retenidos", "documentos retidos", "documents withheld"),
  "debt-bondage": t("servidumbre por deudas", "servidão por dívida", "debt bondage"),
  "movement-restricted": t(
    "libertad de movimiento restringida",
    "liberdade de movimento restrita",
    "movement restricted",
  ),
  "controlled-by-third-party": t("controlada por un tercero", "controlada por terceiro", "controlled by a third party"),
  "false-job-offer": t("oferta de empleo falsa", "oferta de emprego falsa", "false job offer"),
};

/** A humanitarian-exception group as it applies to one person (singular: "persona mayor"). */
export const HUMANITARIAN_EXCEPTION_CATEGORY_NAMES: Record<HumanitarianExceptionCategory, LocalizedText> = {
  child: t("niña, niño o adolescente", "criança ou adolescente", "child"),
  "child-joining-parent": t(
    "niña o niño que se reúne con su madre o padre",
    "criança que se reúne com a mãe ou o pai",
    "child joining a parent",
  ),
  "older-person": t("persona mayor", "pessoa idosa", "older person"),
  pregnancy: t("embarazo", "gravidez", "pregnancy"),
  "chronic-illness": t("enfermedad crónica", "doença crônica", "chronic illness"),
  "serious-medical-condition": t("enfermedad grave", "doença grave", "serious medical condition"),
  disability: t("discapacidad", "deficiência", "disability"),
  "asylum-seeker": t("solicitante de refugio", "solicitante de refúgio", "asylum-seeker"),
};
