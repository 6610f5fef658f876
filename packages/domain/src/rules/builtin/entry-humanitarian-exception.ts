import type { CaseFacts } from "../../case/case-facts.js";
import type { HumanitarianExceptionCategory, HumanitarianExceptions } from "../../jurisdictions/jurisdiction.js";
import type { Locale } from "../../i18n/locale.js";
import { defineRule, type PersonView, type RuleContext } from "../rule.js";
import { childrenJoiningParent } from "./case-state.js";
import { basisFromFact, joinList, text } from "./text.js";

const CATEGORY_NAMES: Record<HumanitarianExceptionCategory, Record<Locale, string>> = {
  child: { es: "niño o niña", pt: "criança", en: "child" },
  "child-joining-parent": {
    es: "niño o niña que se reúne con su madre o padre",
    pt: "criança que se reúne com a mãe ou o pai",
    en: "child joining a parent",
  },
  "older-person": { es: "persona mayor", pt: "pessoa idosa", en: "older person" },
  pregnancy: { es: "embarazo", pt: "gravidez", en: "pregnancy" },
  "serious-medical-condition": {
    es: "enfermedad grave o crónica",
    pt: "doença grave ou crônica",
    en: "serious or chronic illness",
  },
  disability: { es: "discapacidad", pt: "deficiência", en: "disability" },
};

function categoriesOf(
  view: PersonView,
  joiningParent: ReadonlySet<PersonView>,
  rules: HumanitarianExceptions,
  context: RuleContext,
): HumanitarianExceptionCategory[] {
  const { person, age } = view;
  const needs = person.needs ?? [];
  const olderAge = rules.olderPersonAge ?? context.settings.olderPersonAge;
  const isChild = age !== null && age < context.settings.adultAge;
  const found: HumanitarianExceptionCategory[] = [];
  for (const category of rules.categories) {
    const applies =
      (category === "child" && isChild) ||
      (category === "child-joining-parent" && joiningParent.has(view)) ||
      (category === "older-person" && age !== null && age >= olderAge) ||
      (category === "pregnancy" && needs.includes("pregnancy")) ||
      (category === "serious-medical-condition" &&
        (needs.includes("serious-medical-condition") || needs.includes("chronic-illness"))) ||
      (category === "disability" && needs.includes("disability"));
    if (applies) found.push(category);
  }
  return found;
}

function holds(facts: CaseFacts, kind: string): boolean {
  return (facts.documents ?? []).some(
    (document) => document.kind === kind && document.status !== "missing" && document.status !== "expired",
  );
}

export const entryHumanitarianException = defineRule({
  code: "entry.humanitarian-exception",
  summary: text(
    "Entrada denegada a quien cumple los criterios de excepción humanitaria de la jurisdicción.",
    "Entrada negada a quem cumpre os critérios de exceção humanitária da jurisdição.",
    "Entry refused to someone who meets the jurisdiction's humanitarian-exception criteria.",
  ),
  evaluate(facts, context) {
    const entry = facts.entry;
    if (entry?.decision !== "refused") return null;
    const exceptions = context.jurisdiction?.humanitarianExceptions;
    if (context.jurisdiction === null) return { undetermined: true, missing: ["jurisdiction"] };
    if (exceptions === null || exceptions === undefined) {
      return { undetermined: true, missing: ["jurisdiction.humanitarianExceptions"] };
    }
    const rules = exceptions.value;
    // Before the exceptions existed there was nothing to except from.
    if (
      rules.inForceSince !== undefined &&
      rules.inForceSince !== null &&
      (entry.date ?? context.today) < rules.inForceSince
    )
      return null;
    if (entry.refusalReason === undefined) return { undetermined: true, missing: ["entry.refusalReason"] };
    if (!rules.waives.includes(entry.refusalReason)) return null;
    if (rules.requiresDocuments.length > 0 && facts.documents === undefined) {
      return { undetermined: true, missing: ["documents"] };
    }
    if (!rules.requiresDocuments.every((kind) => holds(facts, kind))) return null;
    const joiningParent = new Set(childrenJoiningParent(facts, context));
    const matches = context.people
      .map((view) => ({ view, categories: categoriesOf(view, joiningParent, rules, context) }))
      .filter((match) => match.categories.length > 0);
    if (matches.length === 0) return null;
    const categories = [...new Set(matches.flatMap((match) => match.categories))];
    const names = (locale: Locale) =>
      joinList(
        categories.map((category) => CATEGORY_NAMES[category][locale]),
        locale,
      );
    return {
      severity: "critical",
      title: text("Excepción humanitaria", "Exceção humanitária", "Humanitarian exception"),
      detail: text(
        `Se denegó la entrada, pero el grupo familiar cumple criterios de excepción humanitaria (${names("es")}) que permiten entrar pese a ese motivo de rechazo.`,
        `A entrada foi negada, mas o grupo familiar cumpre critérios de exceção humanitária (${names("pt")}) que permitem entrar apesar desse motivo de recusa.`,
        `Entry was refused, but the household meets humanitarian-exception criteria (${names("en")}) that allow entry despite that reason for refusal.`,
      ),
      action: text(
        "Revisar la decisión de entrada aplicando la excepción humanitaria y dejar constancia escrita.",
        "Rever a decisão de entrada aplicando a exceção humanitária e deixar registro escrito.",
        "Review the entry decision applying the humanitarian exception, and record it in writing.",
      ),
      basis: [basisFromFact(rules.instrument, null, exceptions)],
      facts: [
        { path: "entry.decision", value: "refused" },
        { path: "entry.refusalReason", value: entry.refusalReason },
        ...rules.requiresDocuments.map((kind) => ({ path: "documents", value: kind })),
        ...matches.map((match) => ({ path: match.view.path, value: match.categories })),
      ],
      people: matches.map((match) => match.view.id),
    };
  },
});
