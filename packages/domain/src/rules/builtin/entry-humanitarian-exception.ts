import type { CaseFacts } from "../../case/case-facts.js";
import type { HumanitarianExceptionCategory, HumanitarianExceptionRegime } from "../../jurisdictions/jurisdiction.js";
import type { LocalizedText } from "../../i18n/locale.js";
import type { LegalBasis, TriggerFact } from "../../annotations/annotation.js";
import { defineRule, type PersonView, type RuleContext } from "../rule.js";
import { childrenJoiningParent } from "./case-state.js";
import { citedBasis, countries, dates, each, joinTexts, jurisdictionData, text } from "./text.js";

const CATEGORY_NAMES: Record<HumanitarianExceptionCategory, LocalizedText> = {
  child: text("niños, niñas y adolescentes", "crianças e adolescentes", "children"),
  "child-joining-parent": text(
    "niños que se reúnen con su madre o padre",
    "crianças que se reúnem com a mãe ou o pai",
    "children joining a parent",
  ),
  "older-person": text("personas mayores", "pessoas idosas", "older people"),
  pregnancy: text("embarazadas", "grávidas", "pregnant women"),
  "chronic-illness": text(
    "personas con enfermedades crónicas",
    "pessoas com doenças crônicas",
    "people with chronic illnesses",
  ),
  "serious-medical-condition": text(
    "personas con enfermedades graves",
    "pessoas com doenças graves",
    "people with serious medical conditions",
  ),
  disability: text("personas con discapacidad", "pessoas com deficiência", "people with disabilities"),
  "asylum-seeker": text("solicitantes de asilo", "solicitantes de asilo", "asylum-seekers"),
};

const REQUIREMENTS: Record<HumanitarianExceptionRegime["requirement"], LocalizedText> = {
  passport: text("pasaporte", "passaporte", "a passport"),
  "humanitarian-visa": text("visa humanitaria", "visto humanitário", "a humanitarian visa"),
};

const REASONS = {
  "no-passport": text("sin pasaporte", "sem passaporte", "no passport"),
  "no-visa": text("sin visa", "sem visto", "no visa"),
  "missing-stamps": text(
    "sin sellos de entrada y salida",
    "sem carimbos de entrada e saída",
    "no entry and exit stamps",
  ),
  "invalid-document": text("documento no válido", "documento inválido", "invalid document"),
  security: text("motivos de seguridad", "motivos de segurança", "security grounds"),
  other: text("otro motivo", "outro motivo", "another reason"),
} as const;

/** The groups a person is in: `true` in, `false` not, `null` cannot tell (an age is missing). */
function groupsOf(
  view: PersonView,
  regime: HumanitarianExceptionRegime,
  categories: readonly HumanitarianExceptionCategory[],
  joining: ReadonlySet<PersonView>,
  facts: CaseFacts,
  context: RuleContext,
): HumanitarianExceptionCategory[] | null {
  const needs = view.person.needs ?? [];
  const age = view.age;
  const olderAge = regime.olderPersonAge ?? context.settings.olderPersonAge;
  const found: HumanitarianExceptionCategory[] = [];
  let unknown = false;
  for (const category of categories) {
    switch (category) {
      case "child":
      case "older-person":
        if (age === null) unknown = true;
        else if (category === "child" ? age < context.settings.adultAge : age >= olderAge) found.push(category);
        break;
      case "child-joining-parent":
        if (joining.has(view)) found.push(category);
        break;
      case "pregnancy":
      case "chronic-illness":
      case "serious-medical-condition":
      case "disability":
        if (needs.includes(category)) found.push(category);
        break;
      case "asylum-seeker":
        if (facts.claim !== undefined) found.push(category);
        break;
    }
  }
  return found.length === 0 && unknown ? null : found;
}

export const entryHumanitarianException = defineRule({
  code: "entry.humanitarian-exception",
  summary: text(
    "Entrada denegada a una persona que está en un grupo de las excepciones humanitarias vigentes para su nacionalidad ese día.",
    "Entrada negada a uma pessoa que está num grupo das exceções humanitárias vigentes para a sua nacionalidade nesse dia.",
    "Entry refused to a person in a group covered by the humanitarian exceptions in force for their nationality that day.",
  ),
  evaluate(facts, context) {
    const entry = facts.entry;
    if (entry?.decision !== "refused") return null;
    const jurisdiction = context.jurisdiction;
    if (jurisdiction === null) return { undetermined: true, missing: ["jurisdiction"] };
    const regimes = jurisdiction.humanitarianExceptions;
    if (regimes === null) return { undetermined: true, missing: ["jurisdiction.humanitarianExceptions"] };
    if (regimes.length === 0) return null;
    // The regime in force on the day of the refusal decides, not the one in force today.
    if (entry.date === undefined) return { undetermined: true, missing: ["entry.date"] };
    const date = entry.date;
    const regime = regimes.find(
      (candidate) => candidate.from <= date && (candidate.until === null || date <= candidate.until),
    );
    if (regime === undefined) return null;
    if (entry.refusalReason === undefined) return { undetermined: true, missing: ["entry.refusalReason"] };
    if (!regime.waives.includes(entry.refusalReason)) return null;
    if (regime.categories === null)
      return { undetermined: true, missing: ["jurisdiction.humanitarianExceptions.categories"] };
    if (context.people.length === 0) return { undetermined: true, missing: ["people"] };

    const joining = new Set(childrenJoiningParent(facts, context).map((entry) => entry.child));
    const matches: { view: PersonView; groups: HumanitarianExceptionCategory[] }[] = [];
    const missing: string[] = [];
    for (const view of context.people) {
      // The exceptions belong to each person, and only to the nationalities the act covers.
      if (view.nationality === null) {
        missing.push(view.person.nationality === undefined ? "nationality" : `${view.path}.nationality`);
        continue;
      }
      if (!regime.nationalities.includes(view.nationality)) continue;
      const groups = groupsOf(view, regime, regime.categories, joining, facts, context);
      if (groups === null) missing.push(`${view.path}.age`);
      else if (groups.length > 0) matches.push({ view, groups });
    }
    if (matches.length === 0) return missing.length > 0 ? { undetermined: true, missing: [...new Set(missing)] } : null;

    const instrument = regime.instrument;
    const nationalities = joinTexts(regime.nationalities.map(countries));
    const groupsDocumented = joinTexts(regime.categories.map((category) => CATEGORY_NAMES[category]));
    const perPerson = each((locale) =>
      matches
        .map(
          ({ view, groups }) =>
            `${view.label[locale]}: ${groups.map((group) => CATEGORY_NAMES[group][locale]).join(", ")}`,
        )
        .join("; "),
    );
    const reason = REASONS[entry.refusalReason];
    const since = dates(regime.from);
    const caveat = regime.caveat;
    const basis: LegalBasis[] = [citedBasis(instrument, null, regime.source)];
    if (regime.categoriesSource) basis.push({ instrument: null, provision: null, source: regime.categoriesSource });
    const triggers: TriggerFact[] = [
      { path: "entry.decision", value: "refused" },
      { path: "entry.date", value: date },
      { path: "entry.refusalReason", value: entry.refusalReason },
      ...matches.map(({ view, groups }) => ({ path: view.path, value: groups })),
    ];
    return {
      severity: caveat === null ? "critical" : "warning",
      title: text("Excepción humanitaria", "Exceção humanitária", "Humanitarian exception"),
      detail: each((locale) =>
        [
          {
            es: `Se denegó la entrada el ${dates(date).es} (${reason.es}). Desde el ${since.es}, para nacionales de ${nationalities.es}, la norma exige ${REQUIREMENTS[regime.requirement].es} y prevé excepciones humanitarias; la fuente documenta como cubiertos: ${groupsDocumented.es}. En este grupo familiar están en esos supuestos: ${perPerson.es}.`,
            pt: `A entrada foi negada em ${dates(date).pt} (${reason.pt}). Desde ${since.pt}, para nacionais de ${nationalities.pt}, a norma exige ${REQUIREMENTS[regime.requirement].pt} e prevê exceções humanitárias; a fonte documenta como abrangidos: ${groupsDocumented.pt}. Neste grupo familiar estão nessas hipóteses: ${perPerson.pt}.`,
            en: `Entry was refused on ${dates(date).en} (${reason.en}). Since ${since.en}, nationals of ${nationalities.en} must hold ${REQUIREMENTS[regime.requirement].en}, with humanitarian exceptions; the source documents these groups as covered: ${groupsDocumented.en}. In this household: ${perPerson.en}.`,
          }[locale],
          caveat?.[locale] ?? "",
        ]
          .filter(Boolean)
          .join(" "),
      ),
      action: text(
        "Revisar la denegación de entrada de cada persona indicada a la luz de la excepción humanitaria, y dejar constancia escrita de la decisión y sus motivos.",
        "Rever a recusa de entrada de cada pessoa indicada à luz da exceção humanitária, e registrar por escrito a decisão e os seus motivos.",
        "Review the refusal of entry of each person named in the light of the humanitarian exception, and record the decision and its reasons in writing.",
      ),
      basis,
      facts: triggers,
      people: matches.map(({ view }) => view.id),
      findings: regime.findings,
      restsOn: jurisdictionData(context),
    };
  },
});
