import type { CaseFacts, EntryRefusalReason } from "../../case/case-facts.js";
import type { HumanitarianExceptionCategory, HumanitarianExceptionRegime } from "../../jurisdictions/jurisdiction.js";
import type { LocalizedText } from "../../i18n/locale.js";
import type { LegalBasis, TriggerFact } from "../../annotations/annotation.js";
import { ENTRY_REFUSAL_REASON_NAMES } from "../../i18n/value-words.js";
import { ofCountries } from "../../i18n/grammar.js";
import { defineRule, type Fired, type PersonView, type RuleContext, type RuleFinding } from "../rule.js";
import { childrenJoiningParent } from "./case-state.js";
import { citedBasis, dates, each, joinTexts, jurisdictionData, text } from "./text.js";

/** The groups as a list names them ("la fuente documenta como cubiertos: personas mayores, …"). */
const CATEGORY_NAMES: Record<HumanitarianExceptionCategory, LocalizedText> = {
  child: text("niñas, niños y adolescentes", "crianças e adolescentes", "children"),
  "child-joining-parent": text(
    "niñas y niños que se reúnen con su madre o padre",
    "crianças que se reúnem com a mãe ou o pai",
    "children joining a parent",
  ),
  "older-person": text("personas mayores", "pessoas idosas", "older people"),
  pregnancy: text("mujeres embarazadas", "mulheres grávidas", "pregnant women"),
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
  "asylum-seeker": text("solicitantes de refugio", "solicitantes de refúgio", "asylum-seekers"),
};

/** The group as it applies to one person ("la madre (62 años): persona mayor"). */
const CATEGORY_NAME: Record<HumanitarianExceptionCategory, LocalizedText> = {
  child: text("niña, niño o adolescente", "criança ou adolescente", "child"),
  "child-joining-parent": text(
    "niña o niño que se reúne con su madre o padre",
    "criança que se reúne com a mãe ou o pai",
    "child joining a parent",
  ),
  "older-person": text("persona mayor", "pessoa idosa", "older person"),
  pregnancy: text("embarazo", "gravidez", "pregnancy"),
  "chronic-illness": text("enfermedad crónica", "doença crônica", "chronic illness"),
  "serious-medical-condition": text("enfermedad grave", "doença grave", "serious medical condition"),
  disability: text("discapacidad", "deficiência", "disability"),
  "asylum-seeker": text("solicitante de refugio", "solicitante de refúgio", "asylum-seeker"),
};

const REQUIREMENTS: Record<HumanitarianExceptionRegime["requirement"], LocalizedText> = {
  passport: text("pasaporte", "passaporte", "a passport"),
  "humanitarian-visa": text("visa humanitaria", "visto humanitário", "a humanitarian visa"),
};

/**
 * One refusal of entry: to the household as the case records it, or to one member (a separation of
 * kind `refused-entry`). Each is judged by the regime in force on its own day.
 */
interface Refusal {
  readonly date: string | undefined;
  readonly reason: EntryRefusalReason | undefined;
  /** Who it was refused to. */
  readonly people: readonly PersonView[];
  /** Members refused apart from the household, named in the text; empty for the household's refusal. */
  readonly members: readonly PersonView[];
  /** Where its date and reason are read, named when either is missing. */
  readonly paths: { readonly date: string; readonly reason: string };
}

function refusalsOf(facts: CaseFacts, context: RuleContext): Refusal[] {
  const refusals: Refusal[] = [];
  const members = context.people.filter((view) => view.person.separation?.kind === "refused-entry");
  if (facts.entry?.decision === "refused")
    refusals.push({
      date: facts.entry.date,
      reason: facts.entry.refusalReason,
      // A member refused on another occasion is judged by that refusal.
      people: context.people.filter((view) => !members.includes(view)),
      members: [],
      paths: { date: "entry.date", reason: "entry.refusalReason" },
    });
  // Members refused on the same day for the same reason were refused together: one refusal.
  const together = new Map<string, PersonView[]>();
  for (const view of members) {
    const key = `${view.person.separation?.date ?? ""}|${view.person.separation?.reason ?? ""}`;
    together.set(key, [...(together.get(key) ?? []), view]);
  }
  for (const group of together.values()) {
    const first = group[0];
    if (first === undefined) continue;
    refusals.push({
      date: first.person.separation?.date,
      reason: first.person.separation?.reason,
      people: group,
      members: group,
      paths: { date: `${first.path}.separation.date`, reason: `${first.path}.separation.reason` },
    });
  }
  return refusals;
}

/** The groups a person is in among `categories`; `null` when an age it needs is missing and none matched. */
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

interface Match {
  readonly view: PersonView;
  readonly groups: readonly HumanitarianExceptionCategory[];
}

function perPerson(matches: readonly Match[]): LocalizedText {
  return each((locale) =>
    matches
      .map(
        ({ view, groups }) =>
          `${view.label[locale]}: ${groups.map((group) => CATEGORY_NAME[group][locale]).join(", ")}`,
      )
      .join("; "),
  );
}

/** The annotation for one refusal, or what it lacks to give one. */
function assessRefusal(
  refusal: Refusal,
  regimes: readonly HumanitarianExceptionRegime[],
  facts: CaseFacts,
  context: RuleContext,
): Fired | { missing: string[] } | null {
  // The regime in force on the day of the refusal decides, not the one in force today.
  if (refusal.date === undefined) return { missing: [refusal.paths.date] };
  const date = refusal.date;
  const regime = regimes.find(
    (candidate) => candidate.from <= date && (candidate.until === null || date <= candidate.until),
  );
  if (regime === undefined) return null;
  const refusalReason = refusal.reason;
  if (refusalReason === undefined) return { missing: [refusal.paths.reason] };
  if (!regime.waives.includes(refusalReason)) return null;
  if (regime.categories === null) return { missing: ["jurisdiction.humanitarianExceptions.categories"] };
  if (refusal.people.length === 0) return { missing: ["people"] };

  const joining = new Set(childrenJoiningParent(facts, context).map((entry) => entry.child));
  const uncertain = regime.uncertainCategories ?? null;
  const matches: Match[] = [];
  const possible: Match[] = [];
  const askNationality: Match[] = [];
  const missing: string[] = [];
  for (const view of refusal.people) {
    // The exceptions belong to each person, and only to the nationalities the act covers.
    if (view.nationality === null) {
      missing.push(view.person.nationality === undefined ? "nationality" : `${view.path}.nationality`);
      continue;
    }
    const documented = groupsOf(view, regime, regime.categories, joining, facts, context);
    const maybe = uncertain ? groupsOf(view, regime, uncertain.categories, joining, facts, context) : [];
    if (documented === null && (maybe === null || maybe.length === 0)) {
      missing.push(`${view.path}.age`);
      continue;
    }
    const groups = documented ?? [];
    const possibleGroups = (maybe ?? []).filter((group) => !groups.includes(group));
    if (groups.length === 0 && possibleGroups.length === 0) continue;
    if (!regime.nationalities.includes(view.nationality)) {
      // A member whose recorded nationality differs from the household's (a child born on the way)
      // may hold the covered one as well: which nationality a person holds is for the officer to ask.
      const household = facts.nationality;
      if (household !== undefined && view.person.nationality !== undefined && regime.nationalities.includes(household))
        askNationality.push({ view, groups: [...groups, ...possibleGroups] });
      continue;
    }
    if (groups.length > 0) matches.push({ view, groups });
    else possible.push({ view, groups: possibleGroups });
  }
  if (matches.length === 0 && possible.length === 0 && askNationality.length === 0)
    return missing.length > 0 ? { missing } : null;

  const nationalities = ofCountries(regime.nationalities);
  const groupsDocumented = joinTexts(regime.categories.map((category) => CATEGORY_NAMES[category]));
  const reason = ENTRY_REFUSAL_REASON_NAMES[refusalReason];
  const since = dates(regime.from);
  const on = dates(date);
  const to = refusal.members.length > 0 ? joinTexts(refusal.members.map((view) => view.label)) : null;
  // "a esta persona: la madre (62 años)": a label after "a" would need "al"/"à" before some names.
  const these =
    refusal.members.length === 1
      ? { es: "a esta persona", pt: "a esta pessoa" }
      : { es: "a estas personas", pt: "a estas pessoas" };
  const sentences = each((locale) =>
    [
      {
        es: `Se denegó la entrada el ${on.es} (${reason.es})${to ? ` ${these.es}: ${to.es}` : ""}. Desde el ${since.es}, para nacionales ${nationalities.es}, la norma exige ${REQUIREMENTS[regime.requirement].es} y prevé excepciones humanitarias; la fuente documenta como cubiertos: ${groupsDocumented.es}.`,
        pt: `A entrada foi recusada em ${on.pt} (${reason.pt})${to ? ` ${these.pt}: ${to.pt}` : ""}. Desde ${since.pt}, para nacionais ${nationalities.pt}, a norma exige ${REQUIREMENTS[regime.requirement].pt} e prevê exceções humanitárias; a fonte documenta como abrangidos: ${groupsDocumented.pt}.`,
        en: `Entry was refused${to ? ` to ${to.en}` : ""} on ${on.en} (${reason.en}). Since ${since.en}, nationals ${nationalities.en} must hold ${REQUIREMENTS[regime.requirement].en}, with humanitarian exceptions; the source documents these groups as covered: ${groupsDocumented.en}.`,
      }[locale],
      matches.length > 0
        ? {
            es: `En esos supuestos están: ${perPerson(matches).es}.`,
            pt: `Nessas hipóteses estão: ${perPerson(matches).pt}.`,
            en: `In those groups: ${perPerson(matches).en}.`,
          }[locale]
        : "",
      regime.caveat?.[locale] ?? "",
      possible.length > 0 && uncertain
        ? `${
            {
              es: `Podrían estar cubiertos, sin que la fuente permita afirmarlo: ${perPerson(possible).es}.`,
              pt: `Poderiam estar abrangidos, sem que a fonte permita afirmá-lo: ${perPerson(possible).pt}.`,
              en: `Possibly covered, though the source does not establish it: ${perPerson(possible).en}.`,
            }[locale]
          } ${uncertain.note[locale]}`
        : "",
      askNationality.length > 0
        ? {
            es: `Nacionalidad por verificar: ${joinTexts(askNationality.map(({ view }) => view.label)).es}. La registrada no está entre las que cubre la norma, pero podría tener también la nacionalidad ${nationalities.es}; en ese caso se aplicarían estos supuestos: ${perPerson(askNationality).es}.`,
            pt: `Nacionalidade a verificar: ${joinTexts(askNationality.map(({ view }) => view.label)).pt}. A registrada não está entre as que a norma abrange, mas poderia ter também a nacionalidade ${nationalities.pt}; nesse caso se aplicariam estas hipóteses: ${perPerson(askNationality).pt}.`,
            en: `Nationality to check: ${joinTexts(askNationality.map(({ view }) => view.label)).en}. The one on record is not among those the act covers, but they could also be a national ${nationalities.en}; if so, these groups would apply: ${perPerson(askNationality).en}.`,
          }[locale]
        : "",
    ]
      .filter(Boolean)
      .join(" "),
  );
  const basis: LegalBasis[] = [citedBasis(regime.instrument, null, regime.source)];
  if (regime.categoriesSource) basis.push({ instrument: null, provision: null, source: regime.categoriesSource });
  if (possible.length > 0 && uncertain) basis.push({ instrument: null, provision: null, source: uncertain.source });
  const named = [...matches, ...possible, ...askNationality];
  const triggers: TriggerFact[] = [
    ...(refusal.members.length === 0
      ? [
          { path: "entry.decision", value: "refused" },
          { path: "entry.date", value: date },
          { path: "entry.refusalReason", value: refusalReason },
        ]
      : refusal.members.flatMap((view) => [
          { path: `${view.path}.separation.kind`, value: "refused-entry" },
          { path: `${view.path}.separation.date`, value: date },
          { path: `${view.path}.separation.reason`, value: refusalReason },
        ])),
    ...named.map(({ view, groups }) => ({ path: view.path, value: [...groups] })),
  ];
  const confirmed = matches.length > 0;
  return {
    // Critical only when the groups rest on the act's own text and someone is in one of them.
    severity: confirmed && regime.caveat === null ? "critical" : "warning",
    title: confirmed
      ? text("Excepción humanitaria", "Exceção humanitária", "Humanitarian exception")
      : text("Posible excepción humanitaria", "Possível exceção humanitária", "Possible humanitarian exception"),
    detail: sentences,
    action: text(
      `Revisar la denegación de entrada de cada persona indicada a la luz de las excepciones humanitarias, y dejar constancia escrita de la decisión y sus motivos.${named.length > matches.length ? " Para quienes podrían estar cubiertos, confirmar los criterios vigentes y la nacionalidad antes de decidir." : ""}`,
      `Rever a recusa de entrada de cada pessoa indicada à luz das exceções humanitárias, e registrar por escrito a decisão e os seus motivos.${named.length > matches.length ? " Para quem poderia estar abrangido, confirmar os critérios vigentes e a nacionalidade antes de decidir." : ""}`,
      `Review the refusal of entry of each person named in the light of the humanitarian exceptions, and record the decision and its reasons in writing.${named.length > matches.length ? " For those who may be covered, confirm the criteria in force and the nationality before deciding." : ""}`,
    ),
    basis,
    facts: triggers,
    people: named.map(({ view }) => view.id),
    findings: regime.findings,
    restsOn: jurisdictionData(context),
  };
}

export const entryHumanitarianException = defineRule({
  code: "entry.humanitarian-exception",
  reads: ["jurisdiction", "nationality", "people", "entry", "claim", "familyInCountry"],
  summary: text(
    "Entrada denegada a una persona que está, o podría estar, en un grupo de las excepciones humanitarias vigentes para su nacionalidad ese día.",
    "Entrada recusada a uma pessoa que está, ou poderia estar, em um grupo das exceções humanitárias vigentes para a sua nacionalidade nesse dia.",
    "Entry refused to a person who is, or may be, in a group covered by the humanitarian exceptions in force for their nationality that day.",
  ),
  evaluate(facts, context) {
    const refusals = refusalsOf(facts, context);
    if (refusals.length === 0) return null;
    const jurisdiction = context.jurisdiction;
    if (jurisdiction === null) return { undetermined: true, missing: ["jurisdiction"] };
    const regimes = jurisdiction.humanitarianExceptions;
    if (regimes === null) return { undetermined: true, missing: ["jurisdiction.humanitarianExceptions"] };
    if (regimes.length === 0) return null;
    const findings: RuleFinding[] = [];
    const missing = new Set<string>();
    for (const refusal of refusals) {
      const outcome = assessRefusal(refusal, regimes, facts, context);
      if (outcome === null) continue;
      if ("missing" in outcome) for (const fact of outcome.missing) missing.add(fact);
      else findings.push(outcome);
    }
    if (missing.size > 0) findings.push({ undetermined: true, missing: [...missing] });
    return findings;
  },
});
