import type { CaseFacts, PersonNeed } from "../../case/case-facts.js";
import type { LegalBasis, Severity } from "../../annotations/annotation.js";
import type { LocalizedText } from "../../i18n/locale.js";
import { defineRule, type PersonView, type Rule, type RuleContext, type Undetermined } from "../rule.js";
import { citedBasis, instrumentBasis, text } from "./text.js";

/**
 * One rule per vulnerability code. Each fires once per case, naming every household member who has
 * that need, since staff act on the household as a whole.
 */
interface VulnerabilitySpec {
  code: string;
  severity: Severity;
  summary: LocalizedText;
  title: LocalizedText;
  detail: (count: number) => LocalizedText;
  action: LocalizedText;
  basis: LegalBasis[] | ((facts: CaseFacts) => LegalBasis[]);
  /** true: has the need; false: does not; null: cannot tell (age unknown). */
  test: (view: PersonView, context: RuleContext) => boolean | null;
  /** The fact to name when `test` cannot tell. */
  missing: string;
}

const AGE_DIVERSITY = citedBasis("mexico-declaration-2004", "Decl.", {
  source: "mexico-plan-of-action-2004",
  locator: "Declaration (age, gender and diversity)",
});
// The categories (children, older people, pregnant women, chronic conditions) are listed where the
// report describes the passport requirement; the resolution is its fn. 75.
const HUMANITARIAN_CATEGORIES = {
  source: "ai-2020-peru",
  locator: "ch. 5, 'Peru imposes a passport requirement' and fn. 75",
};
/** The Peruvian resolution is the basis only in Peru; elsewhere the regional declaration stands alone. */
const humanitarianCategoryBasis = (facts: CaseFacts): LegalBasis[] =>
  facts.jurisdiction === "PE"
    ? [AGE_DIVERSITY, citedBasis("pe-rs-000270-2018-migraciones", null, HUMANITARIAN_CATEGORIES)]
    : [AGE_DIVERSITY];

function isChild(view: PersonView, context: RuleContext): boolean | null {
  if (view.age === null) return view.person.relationship === "child" ? null : false;
  return view.age < context.settings.adultAge;
}

function hasNeed(...needs: PersonNeed[]) {
  return (view: PersonView): boolean => needs.some((need) => view.person.needs?.includes(need) ?? false);
}

const persons = (count: number, es: string, pt: string, en: string) =>
  text(`${count} ${es}`, `${count} ${pt}`, `${count} ${en}`);

function vulnerabilityRule(spec: VulnerabilitySpec): Rule {
  return defineRule({
    code: spec.code,
    summary: spec.summary,
    evaluate(facts, context) {
      const concerned: PersonView[] = [];
      const unknown: string[] = [];
      for (const view of context.people) {
        const result = spec.test(view, context);
        if (result === true) concerned.push(view);
        else if (result === null) unknown.push(`${view.path}.${spec.missing}`);
      }
      if (concerned.length === 0) {
        return unknown.length > 0 ? ({ undetermined: true, missing: unknown } satisfies Undetermined) : null;
      }
      return {
        severity: spec.severity,
        title: spec.title,
        detail: spec.detail(concerned.length),
        action: spec.action,
        basis: typeof spec.basis === "function" ? spec.basis(facts) : spec.basis,
        // Name the very field the rule read: the person's age, or their declared needs.
        facts: concerned.map((view) =>
          spec.missing === "needs"
            ? { path: `${view.path}.needs`, value: [...(view.person.needs ?? [])] }
            : { path: `${view.path}.age`, value: view.age },
        ),
        people: concerned.map((view) => view.id),
      };
    },
  });
}

const vulnerabilityUnaccompaniedChild = vulnerabilityRule({
  code: "vulnerability.unaccompanied-child",
  severity: "critical",
  summary: text(
    "Niño, niña o adolescente no acompañado.",
    "Criança ou adolescente desacompanhado.",
    "Unaccompanied child.",
  ),
  title: text("Niñez no acompañada", "Criança desacompanhada", "Unaccompanied child"),
  detail: (n) =>
    n === 1
      ? text(
          "Un niño, niña o adolescente viaja sin su madre, padre ni persona adulta responsable.",
          "Uma criança ou adolescente viaja sem mãe, pai ou adulto responsável.",
          "A child is travelling without a parent or responsible adult.",
        )
      : persons(
          n,
          "menores viajan sin persona adulta responsable.",
          "menores viajam sem adulto responsável.",
          "children are travelling without a responsible adult.",
        ),
  action: text(
    "Derivar a la autoridad de protección de la niñez, determinar el interés superior y buscar a la familia.",
    "Encaminhar à autoridade de proteção da infância, determinar o interesse superior e buscar a família.",
    "Refer to the child-protection authority, determine the child's best interests and trace the family.",
  ),
  basis: [
    instrumentBasis("convention-rights-child-1989", "art. 3"),
    instrumentBasis("convention-rights-child-1989", "art. 22"),
    instrumentBasis("american-convention-1969", "art. 19"),
  ],
  test: (view, context) => {
    if (view.person.unaccompanied !== true) return false;
    // Travelling alone with no age on file: whether a child is unknown, and it must be asked.
    if (view.age === null) return null;
    return isChild(view, context);
  },
  missing: "age",
});

const vulnerabilityChild = vulnerabilityRule({
  code: "vulnerability.child",
  severity: "info",
  summary: text(
    "Hay menores de 18 años en el grupo familiar.",
    "Há menores de 18 anos no grupo familiar.",
    "The household includes children under 18.",
  ),
  title: text("Niñez", "Crianças", "Children"),
  detail: (n) =>
    n === 1
      ? text(
          "El grupo familiar incluye un niño, niña o adolescente.",
          "O grupo familiar inclui uma criança ou adolescente.",
          "The household includes a child.",
        )
      : persons(
          n,
          "menores de 18 años en el grupo familiar.",
          "menores de 18 anos no grupo familiar.",
          "children under 18 in the household.",
        ),
  action: text(
    "Considerar el interés superior de cada niño en las decisiones y no separarlo de su familia.",
    "Considerar o interesse superior de cada criança nas decisões e não separá-la da família.",
    "Weigh each child's best interests in decisions and keep them with their family.",
  ),
  basis: [
    instrumentBasis("convention-rights-child-1989", "art. 3"),
    instrumentBasis("american-convention-1969", "art. 19"),
  ],
  // Unaccompanied children get their own, more urgent annotation.
  test: (view, context) => (view.person.unaccompanied === true ? false : isChild(view, context)),
  missing: "age",
});

const vulnerabilityOlderPerson = vulnerabilityRule({
  code: "vulnerability.older-person",
  severity: "warning",
  summary: text("Persona mayor (60 años o más).", "Pessoa idosa (60 anos ou mais).", "Older person (60 or over)."),
  title: text("Persona mayor", "Pessoa idosa", "Older person"),
  detail: (n) =>
    n === 1
      ? text(
          "Una persona del grupo familiar tiene 60 años o más.",
          "Uma pessoa do grupo familiar tem 60 anos ou mais.",
          "A household member is 60 or older.",
        )
      : persons(
          n,
          "personas mayores en el grupo familiar.",
          "pessoas idosas no grupo familiar.",
          "older people in the household.",
        ),
  action: text(
    "Dar prioridad en la atención y verificar necesidades de salud y cuidado.",
    "Dar prioridade no atendimento e verificar necessidades de saúde e cuidado.",
    "Give priority and check health and care needs.",
  ),
  basis: humanitarianCategoryBasis,
  test: (view, context) => {
    if (view.age === null) return false;
    const threshold = context.jurisdiction?.olderPersonAge?.value ?? context.settings.olderPersonAge;
    return view.age >= threshold;
  },
  missing: "age",
});

const vulnerabilityPregnancy = vulnerabilityRule({
  code: "vulnerability.pregnancy",
  severity: "warning",
  summary: text("Mujer embarazada.", "Mulher grávida.", "Pregnant woman."),
  title: text("Embarazo", "Gravidez", "Pregnancy"),
  detail: () =>
    text(
      "Una persona del grupo familiar está embarazada.",
      "Uma pessoa do grupo familiar está grávida.",
      "A household member is pregnant.",
    ),
  action: text(
    "Asegurar control prenatal y condiciones de espera adecuadas; dar prioridad.",
    "Garantir pré-natal e condições de espera adequadas; dar prioridade.",
    "Ensure antenatal care and decent waiting conditions; give priority.",
  ),
  basis: humanitarianCategoryBasis,
  test: hasNeed("pregnancy"),
  missing: "needs",
});

const vulnerabilitySeriousMedicalCondition = vulnerabilityRule({
  code: "vulnerability.serious-medical-condition",
  severity: "warning",
  summary: text("Enfermedad grave o crónica.", "Doença grave ou crônica.", "Serious or chronic medical condition."),
  title: text("Condición médica grave", "Condição médica grave", "Serious medical condition"),
  detail: (n) =>
    n === 1
      ? text(
          "Una persona del grupo familiar tiene una enfermedad grave o crónica.",
          "Uma pessoa do grupo familiar tem uma doença grave ou crônica.",
          "A household member has a serious or chronic medical condition.",
        )
      : persons(
          n,
          "personas con enfermedad grave o crónica.",
          "pessoas com doença grave ou crônica.",
          "people with serious or chronic medical conditions.",
        ),
  action: text(
    "Derivar a atención médica y considerar la continuidad del tratamiento en las decisiones.",
    "Encaminhar a atendimento médico e considerar a continuidade do tratamento nas decisões.",
    "Refer for medical care and weigh continuity of treatment in decisions.",
  ),
  basis: humanitarianCategoryBasis,
  test: hasNeed("serious-medical-condition", "chronic-illness"),
  missing: "needs",
});

const vulnerabilityDisability = vulnerabilityRule({
  code: "vulnerability.disability",
  severity: "warning",
  summary: text("Persona con discapacidad.", "Pessoa com deficiência.", "Person with a disability."),
  title: text("Discapacidad", "Deficiência", "Disability"),
  detail: (n) =>
    n === 1
      ? text(
          "Una persona del grupo familiar tiene una discapacidad.",
          "Uma pessoa do grupo familiar tem uma deficiência.",
          "A household member has a disability.",
        )
      : persons(n, "personas con discapacidad.", "pessoas com deficiência.", "people with disabilities."),
  action: text(
    "Asegurar ajustes razonables en el procedimiento y en las condiciones de espera.",
    "Garantir adaptações razoáveis no procedimento e nas condições de espera.",
    "Provide reasonable accommodation in the procedure and waiting conditions.",
  ),
  basis: [AGE_DIVERSITY],
  test: hasNeed("disability"),
  missing: "needs",
});

export const VULNERABILITY_RULES: readonly Rule[] = [
  vulnerabilityUnaccompaniedChild,
  vulnerabilityChild,
  vulnerabilityOlderPerson,
  vulnerabilityPregnancy,
  vulnerabilitySeriousMedicalCondition,
  vulnerabilityDisability,
];
