import type { PersonNeed } from "../../case/case-facts.js";
import type { LegalBasis, Severity } from "../../annotations/annotation.js";
import type { LocalizedText } from "../../i18n/locale.js";
import { defineRule, type PersonView, type Rule, type RuleContext, type Undetermined } from "../rule.js";
import { citedBasis, each, instrumentBasis, joinTexts, jurisdictionData, text } from "./text.js";

/**
 * One rule per vulnerability code. Each fires once per case, naming every household member who has
 * that need, since staff act on the household as a whole.
 */
interface VulnerabilitySpec {
  code: string;
  severity: Severity;
  summary: LocalizedText;
  title: LocalizedText;
  /** The sentence before the list of the people concerned ("Menores de 18 años en el grupo familiar"). */
  lead: (count: number) => LocalizedText;
  action: LocalizedText;
  basis: LegalBasis[];
  /** Whether the threshold comes from the jurisdiction's profile (its age of older persons). */
  usesJurisdiction?: boolean;
  /** true: has the need; false: does not; null: cannot tell (age unknown). */
  test: (view: PersonView, context: RuleContext) => boolean | null;
  /** The fact to name when `test` cannot tell. */
  missing: string;
}

const AGE_DIVERSITY = citedBasis("mexico-declaration-2004", "Declaration", {
  source: "mexico-plan-of-action-2004",
  locator: "Declaration (differentiated needs by gender and age)",
});

function isChild(view: PersonView, context: RuleContext): boolean | null {
  if (view.age === null) return view.person.relationship === "child" ? null : false;
  return view.age < context.settings.adultAge;
}

function hasNeed(...needs: PersonNeed[]) {
  return (view: PersonView): boolean => needs.some((need) => view.person.needs?.includes(need) ?? false);
}

function vulnerabilityRule(spec: VulnerabilitySpec): Rule {
  return defineRule({
    code: spec.code,
    summary: spec.summary,
    // The household, through `context.people`; the older-person age may come from the jurisdiction.
    reads: spec.usesJurisdiction ? ["jurisdiction", "people"] : ["people"],
    evaluate(_facts, context) {
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
      const lead = spec.lead(concerned.length);
      const who = joinTexts(concerned.map((view) => view.label));
      return {
        severity: spec.severity,
        title: spec.title,
        detail: each((locale) => `${lead[locale]}: ${who[locale]}.`),
        action: spec.action,
        basis: spec.basis,
        restsOn: spec.usesJurisdiction && context.jurisdiction?.olderPersonAge ? jurisdictionData(context) : [],
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
  lead: (n) =>
    n === 1
      ? text(
          "Viaja sin su madre, su padre ni otra persona adulta responsable",
          "Viaja sem a mãe, o pai ou outro adulto responsável",
          "Travelling without a parent or other responsible adult",
        )
      : text(
          "Viajan sin su madre, su padre ni otra persona adulta responsable",
          "Viajam sem a mãe, o pai ou outro adulto responsável",
          "Travelling without a parent or other responsible adult",
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
  lead: () =>
    text(
      "Menores de 18 años en el grupo familiar",
      "Menores de 18 anos no grupo familiar",
      "Under 18 in the household",
    ),
  action: text(
    "Considerar el interés superior de las niñas, niños y adolescentes en las decisiones y no separarlos de su familia.",
    "Considerar o interesse superior das crianças e adolescentes nas decisões e não separá-los da família.",
    "Weigh each child's best interests in decisions and keep them with their family.",
  ),
  basis: [
    instrumentBasis("convention-rights-child-1989", "art. 3"),
    instrumentBasis("american-convention-1969", "art. 19"),
  ],
  // Every child, unaccompanied or not: an unaccompanied child also gets vulnerability.unaccompanied-child.
  test: (view, context) => isChild(view, context),
  missing: "age",
});

/**
 * A child apart from the rest of the household: refused entry, sent back, detained or split off on
 * the way. Whether anyone cares for the child on the other side of the border is not on record: the
 * child is treated as separated (CRC arts. 9, 20 and 22) until someone finds out.
 */
const vulnerabilitySeparatedChild = vulnerabilityRule({
  code: "vulnerability.separated-child",
  severity: "critical",
  summary: text(
    "Niña, niño o adolescente separado del resto de su grupo familiar durante el procedimiento.",
    "Criança ou adolescente separado do restante do grupo familiar durante o procedimento.",
    "A child separated from the rest of their household during the procedure.",
  ),
  title: text("Niñez separada de su familia", "Criança separada da família", "Separated child"),
  lead: () =>
    text(
      "Menores de 18 años separados del resto del grupo familiar",
      "Menores de 18 anos separados do restante do grupo familiar",
      "Under 18 and separated from the rest of the household",
    ),
  action: text(
    "Tratar a cada uno como niña, niño o adolescente separado: derivar a la autoridad de protección de la niñez, averiguar dónde está y quién lo cuida, determinar su interés superior y buscar la reunificación con su familia.",
    "Tratar cada um como criança ou adolescente separado: encaminhar à autoridade de proteção da infância, apurar onde está e quem cuida dele, determinar o seu interesse superior e buscar a reunificação com a família.",
    "Treat each as a separated child: refer to the child-protection authority, find out where they are and who is caring for them, determine their best interests and work to reunite them with their family.",
  ),
  basis: [
    instrumentBasis("convention-rights-child-1989", "art. 9"),
    instrumentBasis("convention-rights-child-1989", "art. 20"),
    instrumentBasis("convention-rights-child-1989", "art. 22"),
    instrumentBasis("american-convention-1969", "art. 19"),
  ],
  test: (view, context) => (view.person.separation === undefined ? false : isChild(view, context)),
  missing: "age",
});

const vulnerabilityOlderPerson = vulnerabilityRule({
  code: "vulnerability.older-person",
  severity: "warning",
  summary: text("Persona mayor (60 años o más).", "Pessoa idosa (60 anos ou mais).", "Older person (60 or over)."),
  title: text("Persona mayor", "Pessoa idosa", "Older person"),
  lead: () =>
    text("Personas mayores en el grupo familiar", "Pessoas idosas no grupo familiar", "Older people in the household"),
  action: text(
    "Dar prioridad en la atención y verificar necesidades de salud y cuidado.",
    "Dar prioridade no atendimento e verificar necessidades de saúde e cuidado.",
    "Give priority and check health and care needs.",
  ),
  basis: [AGE_DIVERSITY],
  usesJurisdiction: true,
  test: (view, context) => {
    // A parent or grandparent of unknown age may well be older: ask; anyone else is not assumed to be.
    if (view.age === null)
      return view.person.relationship === "parent" || view.person.relationship === "grandparent" ? null : false;
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
  lead: () => text("Embarazo en el grupo familiar", "Gravidez no grupo familiar", "Pregnancy in the household"),
  action: text(
    "Asegurar control prenatal y condiciones de espera adecuadas; dar prioridad.",
    "Garantir pré-natal e condições de espera adequadas; dar prioridade.",
    "Ensure antenatal care and decent waiting conditions; give priority.",
  ),
  basis: [AGE_DIVERSITY],
  test: hasNeed("pregnancy"),
  missing: "needs",
});

const vulnerabilitySeriousMedicalCondition = vulnerabilityRule({
  code: "vulnerability.serious-medical-condition",
  severity: "warning",
  summary: text("Enfermedad grave o crónica.", "Doença grave ou crônica.", "Serious or chronic medical condition."),
  title: text("Condición médica grave", "Condição médica grave", "Serious medical condition"),
  lead: () =>
    text(
      "Enfermedad grave o crónica en el grupo familiar",
      "Doença grave ou crônica no grupo familiar",
      "Serious or chronic illness in the household",
    ),
  action: text(
    "Derivar a atención médica y considerar la continuidad del tratamiento en las decisiones.",
    "Encaminhar a atendimento médico e considerar a continuidade do tratamento nas decisões.",
    "Refer for medical care and weigh continuity of treatment in decisions.",
  ),
  basis: [AGE_DIVERSITY],
  test: hasNeed("serious-medical-condition", "chronic-illness"),
  missing: "needs",
});

const vulnerabilityDisability = vulnerabilityRule({
  code: "vulnerability.disability",
  severity: "warning",
  summary: text("Persona con discapacidad.", "Pessoa com deficiência.", "Person with a disability."),
  title: text("Discapacidad", "Deficiência", "Disability"),
  lead: () => text("Discapacidad en el grupo familiar", "Deficiência no grupo familiar", "Disability in the household"),
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
  vulnerabilitySeparatedChild,
  vulnerabilityChild,
  vulnerabilityOlderPerson,
  vulnerabilityPregnancy,
  vulnerabilitySeriousMedicalCondition,
  vulnerabilityDisability,
];
