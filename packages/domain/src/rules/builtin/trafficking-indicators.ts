import type { Trafficking } from "../../case/case-facts.js";
import type { LegalBasis, TriggerFact } from "../../annotations/annotation.js";
import type { Locale, LocalizedText } from "../../i18n/locale.js";
import { defineRule, type Fired, type PersonView, type RuleContext, type RuleFinding } from "../rule.js";
import { citedBasis, each, instrumentBasis, joinList, sentence, text } from "./text.js";

const PALERMO_SOURCE = { source: "eclac-2004-trafficking", locator: "Palermo protocols: definition of trafficking" };

type Element = "acts" | "means" | "purposes" | "signs";

const WORDS: Record<Element, Record<string, LocalizedText>> = {
  acts: {
    recruitment: text("captación", "recrutamento", "recruitment"),
    transportation: text("transporte", "transporte", "transportation"),
    transfer: text("traslado", "transferência", "transfer"),
    harbouring: text("acogida", "alojamento", "harbouring"),
    receipt: text("recepción", "acolhimento", "receipt"),
  },
  means: {
    threat: text("amenaza", "ameaça", "threat"),
    force: text("uso de la fuerza", "uso da força", "use of force"),
    coercion: text("coacción", "coação", "coercion"),
    abduction: text("rapto", "rapto", "abduction"),
    fraud: text("fraude", "fraude", "fraud"),
    deception: text("engaño", "engano", "deception"),
    "abuse-of-power": text("abuso de poder", "abuso de autoridade", "abuse of power"),
    "abuse-of-vulnerability": text(
      "abuso de una situación de vulnerabilidad",
      "abuso de uma situação de vulnerabilidade",
      "abuse of a position of vulnerability",
    ),
    "payments-to-controller": text(
      "pagos a quien tiene autoridad sobre la persona",
      "pagamentos a quem tem autoridade sobre a pessoa",
      "payments to a person in control",
    ),
  },
  purposes: {
    "sexual-exploitation": text("explotación sexual", "exploração sexual", "sexual exploitation"),
    "forced-labour": text("trabajo forzoso", "trabalho forçado", "forced labour"),
    slavery: text("esclavitud", "escravatura", "slavery"),
    servitude: text("servidumbre", "servidão", "servitude"),
    "organ-removal": text("extracción de órganos", "remoção de órgãos", "removal of organs"),
    "other-exploitation": text("otra explotación", "outra exploração", "other exploitation"),
  },
  signs: {
    "documents-withheld": text("documentos retenidos", "documentos retidos", "documents withheld"),
    "debt-bondage": text("servidumbre por deudas", "servidão por dívida", "debt bondage"),
    "movement-restricted": text(
      "libertad de movimiento restringida",
      "liberdade de movimento restrita",
      "movement restricted",
    ),
    "controlled-by-third-party": text(
      "controlada por un tercero",
      "controlada por terceiro",
      "controlled by a third party",
    ),
    "false-job-offer": text("oferta de empleo falsa", "oferta de emprego falsa", "false job offer"),
  },
};

const ELEMENT_NAMES: Record<Exclude<Element, "signs">, LocalizedText> = {
  acts: text("un acto", "um ato", "an act"),
  means: text("un medio", "um meio", "a means"),
  purposes: text("un fin de explotación", "uma finalidade de exploração", "a purpose of exploitation"),
};

function listOf(element: Element, values: readonly string[], locale: Locale): string {
  return joinList(
    values.map((value) => WORDS[element][value]?.[locale] ?? value),
    locale,
  );
}

/**
 * One set of trafficking facts, about one person when `subject` is known. For a child the means need
 * not be shown (Palermo Protocol art. 3(c)); for facts no one is named in, or a person of unknown age,
 * that cannot be applied, and the rule says what it needs instead of assuming.
 */
function assess(
  trafficking: Trafficking,
  path: string,
  subject: PersonView | null,
  context: RuleContext,
): RuleFinding | null {
  const acts = trafficking.acts ?? [];
  const means = trafficking.means ?? [];
  const purposes = trafficking.purposes ?? [];
  const signs = trafficking.signs ?? [];
  const child = subject === null ? null : subject.age === null ? null : subject.age < context.settings.adultAge;
  const actAndPurpose = acts.length > 0 && purposes.length > 0;
  // Whether the means can be waived depends on the person's age.
  if (actAndPurpose && means.length === 0 && subject !== null && child === null)
    return { undetermined: true, missing: [`${subject.path}.age`] };
  // Facts no one is named in: the child waiver cannot be applied, and the text says what would change that.
  const unattributedWaiver = actAndPurpose && means.length === 0 && subject === null;
  const complete = actAndPurpose && (means.length > 0 || child === true);
  const present = (["acts", "means", "purposes"] as const).filter((element) => (trafficking[element]?.length ?? 0) > 0);
  if (!complete && present.length < 2 && signs.length === 0) return null;

  const triggers: TriggerFact[] = [];
  for (const element of ["acts", "means", "purposes", "signs"] as const) {
    const values = trafficking[element] ?? [];
    if (values.length > 0) triggers.push({ path: `${path}.${element}`, value: [...values] });
  }
  const onRecord = each((locale) =>
    joinList(
      present.map(
        (element) => `${ELEMENT_NAMES[element][locale]} (${listOf(element, trafficking[element] ?? [], locale)})`,
      ),
      locale,
    ),
  );
  const missingElements = (["acts", "means", "purposes"] as const).filter(
    (element) => !present.includes(element) && !(element === "means" && child === true),
  );
  const who = subject === null ? null : subject.label;
  const prefix = (locale: Locale) => (who ? `${who[locale]}: ` : "");
  const childWaiver = complete && means.length === 0;
  const signsText = signs.length > 0 ? each((locale) => listOf("signs", signs, locale)) : null;
  const basis: LegalBasis[] = [
    instrumentBasis("palermo-trafficking-protocol-2000", "art. 3(a)"),
    ...(childWaiver ? [instrumentBasis("palermo-trafficking-protocol-2000", "art. 3(c)")] : []),
    instrumentBasis("palermo-trafficking-protocol-2000", "art. 6"),
    citedBasis("palermo-trafficking-protocol-2000", "art. 3(a)", PALERMO_SOURCE),
  ];
  const finding: Fired = {
    severity: complete ? "critical" : "warning",
    title: complete
      ? text("Indicios de trata", "Indícios de tráfico de pessoas", "Trafficking indicators")
      : text("Posible trata", "Possível tráfico de pessoas", "Possible trafficking"),
    detail: sentence(
      each((locale) => {
        const record = present.length > 0 ? onRecord[locale] : "";
        const sign = signsText ? signsText[locale] : "";
        if (complete)
          return childWaiver
            ? {
                es: `${prefix(locale)}constan ${record}. Al tratarse de un niño, niña o adolescente, no hace falta un medio para que haya trata.`,
                pt: `${prefix(locale)}constam ${record}. Tratando-se de uma criança ou adolescente, não é preciso um meio para haver tráfico.`,
                en: `${prefix(locale)}on record: ${record}. As this is a child, no means is needed for it to be trafficking.`,
              }[locale]
            : {
                es: `${prefix(locale)}constan los tres elementos de la trata: ${record}.`,
                pt: `${prefix(locale)}constam os três elementos do tráfico de pessoas: ${record}.`,
                en: `${prefix(locale)}all three elements of trafficking are on record: ${record}.`,
              }[locale];
        const missing = joinList(
          missingElements.map((element) => ELEMENT_NAMES[element][locale]),
          locale,
        );
        const waiver = unattributedWaiver
          ? {
              es: " Si estos hechos se refieren a un niño, niña o adolescente, el medio no es necesario: registrar a quién se refieren.",
              pt: " Se estes fatos se referem a uma criança ou adolescente, o meio não é necessário: registrar a quem se referem.",
              en: " If these facts concern a child, no means is needed: record whom they concern.",
            }[locale]
          : "";
        return {
          es: `${prefix(locale)}${record ? `constan ${record}` : "no constan elementos de la trata"}${sign ? `; señales: ${sign}` : ""}. No consta ${missing}.${waiver}`,
          pt: `${prefix(locale)}${record ? `constam ${record}` : "não constam elementos do tráfico"}${sign ? `; sinais: ${sign}` : ""}. Não consta ${missing}.${waiver}`,
          en: `${prefix(locale)}${record ? `on record: ${record}` : "no element of trafficking on record"}${sign ? `; signs: ${sign}` : ""}. Not on record: ${missing}.${waiver}`,
        }[locale];
      }),
    ),
    action: complete
      ? text(
          "Entrevistar a la persona en privado, derivarla a los servicios de protección de víctimas de trata y no sancionarla.",
          "Entrevistar a pessoa em particular, encaminhá-la aos serviços de proteção de vítimas de tráfico e não penalizá-la.",
          "Interview the person in private, refer them to victim-of-trafficking protection and do not penalise them.",
        )
      : text(
          "Hacer una entrevista de identificación en privado para establecer los elementos que faltan.",
          "Fazer uma entrevista de identificação em particular para estabelecer os elementos que faltam.",
          "Hold a private identification interview to establish the missing elements.",
        ),
    basis,
    facts: triggers,
    people: subject === null ? [] : [subject.id],
  };
  return finding;
}

export const traffickingIndicators = defineRule({
  code: "trafficking.indicators",
  summary: text(
    "Los hechos de una persona muestran indicios de trata (acto, medio y fin, Protocolo de Palermo).",
    "Os fatos de uma pessoa mostram indícios de tráfico de pessoas (ato, meio e finalidade, Protocolo de Palermo).",
    "A person's facts show trafficking indicators (act, means and purpose, Palermo Protocol).",
  ),
  evaluate(facts, context) {
    const findings: RuleFinding[] = [];
    for (const view of context.people) {
      if (view.person.trafficking === undefined) continue;
      const finding = assess(view.person.trafficking, `${view.path}.trafficking`, view, context);
      if (finding !== null) findings.push(finding);
    }
    if (facts.trafficking !== undefined) {
      const finding = assess(facts.trafficking, "trafficking", null, context);
      if (finding !== null) findings.push(finding);
    }
    return findings;
  },
});
