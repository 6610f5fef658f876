import type { FamilyMemberInCountry, Relationship, ResidenceStatus } from "../../case/case-facts.js";
import type { LocalizedText } from "../../i18n/locale.js";
import type { TriggerFact } from "../../annotations/annotation.js";
import { defineRule, type PersonView } from "../rule.js";
import { allowsReunification, childrenJoiningParent, relativeOf } from "./case-state.js";
import { citedBasis, each, instrumentBasis, sentence, text } from "./text.js";

/** Close family for reunification: spouses, partners, children and parents; not siblings or grandparents. */
const CLOSE_FAMILY: Partial<Record<Relationship, LocalizedText>> = {
  spouse: text("su cónyuge", "o seu cônjuge", "their spouse"),
  partner: text("su pareja", "o seu companheiro ou companheira", "their partner"),
  child: text("su hijo o hija", "o seu filho ou filha", "their child"),
  parent: text("su madre o padre", "a sua mãe ou o seu pai", "their parent"),
};

const STATUS_NAMES: Partial<Record<ResidenceStatus, LocalizedText>> = {
  citizen: text("la nacionalidad del país", "a nacionalidade do país", "citizenship of the country"),
  refugee: text("la condición de refugiado", "a condição de refugiado", "refugee status"),
  resident: text("residencia", "residência", "a residence permit"),
};

export const familyReunification = defineRule({
  code: "family.reunification",
  reads: ["people", "familyInCountry"],
  summary: text(
    "Un familiar cercano (cónyuge, pareja, hija o hijo, madre o padre) tiene nacionalidad, refugio o residencia en el país.",
    "Um familiar próximo (cônjuge, companheiro, filho ou filha, mãe ou pai) tem nacionalidade, refúgio ou residência no país.",
    "A close family member (spouse, partner, child or parent) holds citizenship, refugee status or residence in the country.",
  ),
  evaluate(facts, context) {
    const found: { member: FamilyMemberInCountry; index: number; of: PersonView }[] = [];
    const missing: string[] = [];
    for (const [index, member] of (facts.familyInCountry ?? []).entries()) {
      if (CLOSE_FAMILY[member.relationship] === undefined || !allowsReunification(member.status)) continue;
      const of = relativeOf(member, context);
      // A relative "of the principal" in a household where nobody is marked principal: whose relative is unknown.
      if (of === null) missing.push(member.of === undefined ? "people[].relationship" : `familyInCountry[${index}].of`);
      else found.push({ member, index, of });
    }
    if (found.length === 0) return missing.length > 0 ? { undetermined: true, missing: [...new Set(missing)] } : null;
    const joiningIds = new Set(
      childrenJoiningParent(facts, context)
        .filter((entry) => allowsReunification(facts.familyInCountry?.[entry.parentIndex]?.status ?? "unknown"))
        .map((entry) => entry.child.id),
    );
    const sentences = each((locale) =>
      found
        .map(({ member, of }) => {
          const relative = CLOSE_FAMILY[member.relationship]?.[locale] ?? "";
          const status = STATUS_NAMES[member.status]?.[locale] ?? "";
          return {
            es: `${of.label.es}: ${relative} tiene ${status}`,
            pt: `${of.label.pt}: ${relative} tem ${status}`,
            en: `${of.label.en}: ${relative} ${member.status === "resident" ? "has" : "holds"} ${status}`,
          }[locale];
        })
        .join("; "),
    );
    const triggers: TriggerFact[] = found.map(({ member, index }) => ({
      path: `familyInCountry[${index}]`,
      value: [member.relationship, member.status],
    }));
    return {
      severity: joiningIds.size > 0 ? "warning" : "info",
      title: text("Reunificación familiar", "Reunificação familiar", "Family reunification"),
      detail: sentence(
        text(
          `${sentences.es} en el país. La reunificación familiar puede ser posible; depende de la ley del país y del vínculo acreditado.`,
          `${sentences.pt} no país. A reunificação familiar pode ser possível; depende da lei do país e do vínculo comprovado.`,
          `${sentences.en} in the country. Family reunification may be possible; it depends on the country's law and on the tie being shown.`,
        ),
      ),
      // Family unity, never refugee status: the report documents family in Peru weighing on reconsiderations
      // as an irregular practice (001 ch. 6); status turns on the definition alone.
      action: text(
        "Informar a la persona sobre la reunificación familiar y tener en cuenta el vínculo en las decisiones de entrada y de unidad familiar; el vínculo no es un criterio para reconocer la condición de refugiado.",
        "Informar a pessoa sobre a reunificação familiar e levar em conta o vínculo nas decisões de entrada e de unidade familiar; o vínculo não é critério para reconhecer a condição de refugiado.",
        "Tell the person about family reunification and take the family tie into account in entry and family-unity decisions; the tie is not a criterion for recognising refugee status.",
      ),
      basis: [
        instrumentBasis("american-convention-1969", "art. 17"),
        instrumentBasis("refugee-convention-1951", "art. 1A(2)"),
        ...(joiningIds.size > 0 ? [instrumentBasis("convention-rights-child-1989", "art. 10")] : []),
        citedBasis("mexico-declaration-2004", "Declaration", {
          source: "mexico-plan-of-action-2004",
          locator: "Declaration (family unity)",
        }),
      ],
      facts: triggers,
      people: [...new Set(found.map(({ of }) => of.id))],
    };
  },
});
