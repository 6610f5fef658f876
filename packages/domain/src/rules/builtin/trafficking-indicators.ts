import type { Trafficking } from "../../case/case-facts.js";
import type { LegalBasis, TriggerFact } from "../../annotations/annotation.js";
import type { Locale, LocalizedText } from "../../i18n/locale.js";
import {
  TRAFFICKING_ACT_NAMES,
  TRAFFICKING_MEANS_NAMES,
  TRAFFICKING_PURPOSE_NAMES,
  TRAFFICKING_SIGN_NAMES,
} from "../../i18n/value-words.js";
import { defineRule, type Fired, type PersonView, type RuleContext, type RuleFinding } from "../rule.js";
import { citedBasis, each, instrumentBasis, joinList, sentence, text } from "./text.js";

const PALERMO_SOURCE = { source: "eclac-2004-trafficking", locator: "Palermo protocols: definition of trafficking" };

type Element = "acts" | "means" | "purposes" | "signs";

const WORDS: Record<Element, Readonly<Record<string, LocalizedText>>> = {
  acts: TRAFFICKING_ACT_NAMES,
  means: TRAFFICKING_MEANS_NAMES,
  purposes: TRAFFICKING_PURPOSE_NAMES,
  signs: TRAFFICKING_SIGN_NAMES,
};

const ELEMENT_NAMES: Record<Exclude<Element, "signs">, LocalizedText> = {
  acts: text("un acto", "um ato", "an act"),
  means: text("un medio", "um meio", "a means"),
  purposes: text("un fin de explotación", "uma finalidade de exploração", "a purpose of exploitation"),
};

/** "un medio ni un fin de explotación" / "um meio nem uma finalidade…" / "a means or a purpose…": what is missing. */
function noneOf(items: readonly string[], locale: Locale): string {
  if (items.length < 2) return items[0] ?? "";
  const last = { es: " ni ", pt: " nem ", en: " or " }[locale];
  return `${items.slice(0, -1).join(", ")}${last}${items.at(-1) ?? ""}`;
}

// Non-punishment is not in the Protocol: it was discussed and left out, and is recommended (003).
const NON_PUNISHMENT = {
  text: text(
    "En la Conferencia Hemisférica de 2004, la Relatora Especial de la ONU sobre los derechos humanos de los migrantes recomendó que las víctimas de trata no fueran sancionadas ni detenidas en virtud de normas migratorias; una disposición del Protocolo que las protegiera de ser procesadas por delitos como la migración irregular se discutió y no se incorporó.",
    "Na Conferência Hemisférica de 2004, a Relatora Especial da ONU sobre os direitos humanos dos migrantes recomendou que as vítimas de tráfico não fossem punidas nem detidas com base em normas migratórias; uma disposição do Protocolo que as protegesse de processos por delitos como a migração irregular foi discutida e não foi incorporada.",
    "At the 2004 Hemispheric Conference, the UN Special Rapporteur on the human rights of migrants recommended that trafficking victims not be penalised or detained under immigration rules; a Protocol provision shielding them from prosecution for offences such as irregular migration was discussed and not adopted.",
  ),
  source: { source: "eclac-2004-trafficking", locator: "sec. C, 'Trafficking in persons', 1(a) and 1(b)" },
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
  // "La titular (30 años): consta…"; in English "For the principal applicant (30), on record: …".
  const prefix = (locale: Locale) => (who ? (locale === "en" ? `For ${who.en}, ` : `${who[locale]}: `) : "");
  // Agreement with what is listed: "consta un acto", "constan un acto y un fin".
  const verb = (locale: "es" | "pt") =>
    present.length === 1 ? { es: "consta", pt: "consta" }[locale] : { es: "constan", pt: "constam" }[locale];
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
        const missingNames = missingElements.map((element) => ELEMENT_NAMES[element][locale]);
        const missing = noneOf(missingNames, locale);
        const waiver = unattributedWaiver
          ? {
              es: " Si estos hechos se refieren a un niño, niña o adolescente, el medio no es necesario: registrar a quién se refieren.",
              pt: " Se estes fatos se referem a uma criança ou adolescente, o meio não é necessário: registrar a quem se referem.",
              en: " If these facts concern a child, no means is needed: record whom they concern.",
            }[locale]
          : "";
        return {
          es: `${prefix(locale)}${record ? `${verb("es")} ${record}` : "no constan elementos de la trata"}${sign ? `; señales: ${sign}` : ""}. No ${missingNames.length === 1 ? "consta" : "constan"} ${missing}.${waiver}`,
          pt: `${prefix(locale)}${record ? `${verb("pt")} ${record}` : "não constam elementos do tráfico"}${sign ? `; sinais: ${sign}` : ""}. Não ${missingNames.length === 1 ? "consta" : "constam"} ${missing}.${waiver}`,
          en: `${prefix(locale)}${record ? `on record: ${record}` : "no element of trafficking on record"}${sign ? `; signs: ${sign}` : ""}. Not on record: ${missing}.${waiver}`,
        }[locale];
      }),
    ),
    action: complete
      ? text(
          "Entrevistar a la persona en privado y derivarla a los servicios de protección de víctimas de trata. Se recomienda no sancionarla ni detenerla por su entrada o estancia irregular (principio de no punición: una recomendación, no una obligación del Protocolo).",
          "Entrevistar a pessoa em particular e encaminhá-la aos serviços de proteção de vítimas de tráfico. Recomenda-se não puni-la nem detê-la por sua entrada ou permanência irregular (princípio da não punição: uma recomendação, não uma obrigação do Protocolo).",
          "Interview the person in private and refer them to victim-of-trafficking protection. Not penalising or detaining them for irregular entry or stay is recommended (the non-punishment principle: a recommendation, not a Protocol obligation).",
        )
      : text(
          "Hacer una entrevista de identificación en privado para establecer los elementos que faltan.",
          "Fazer uma entrevista de identificação em particular para estabelecer os elementos que faltam.",
          "Hold a private identification interview to establish the missing elements.",
        ),
    basis,
    facts: triggers,
    people: subject === null ? [] : [subject.id],
    findings: complete ? [NON_PUNISHMENT] : [],
  };
  return finding;
}

export const traffickingIndicators = defineRule({
  code: "trafficking.indicators",
  reads: ["people", "trafficking"],
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
