import type { DecisionGround, RefugeeDefinition } from "../../case/case-facts.js";
import type { TriggerFact } from "../../annotations/annotation.js";
import { defineRule } from "../rule.js";
import { cartagenaApplicability } from "./cartagena-applicability.js";
import { citedBasis, each, instrumentBasis, joinList, lawReference, text } from "./text.js";

/**
 * Grounds that only examine individual persecution (or dismiss flight as economic). The credibility of
 * a fear of persecution says nothing about the situation-based definition: negative decisions at the
 * border pair it with "no well-founded fear" (001 ch. 6, 'Criteria for refugee status determination').
 */
const INDIVIDUAL_ONLY: ReadonlySet<DecisionGround> = new Set([
  "no-well-founded-fear",
  "no-individual-persecution",
  "economic-reasons",
  "not-credible",
]);

const GROUND_NAMES: Partial<Record<DecisionGround, { es: string; pt: string; en: string }>> = {
  "no-well-founded-fear": { es: "falta de temor fundado", pt: "falta de fundado temor", en: "no well-founded fear" },
  "no-individual-persecution": {
    es: "falta de persecución individual",
    pt: "falta de perseguição individual",
    en: "no individual persecution",
  },
  "economic-reasons": { es: "motivos económicos", pt: "motivos econômicos", en: "economic reasons" },
  "not-credible": { es: "falta de credibilidad", pt: "falta de credibilidade", en: "lack of credibility" },
};

const DEFINITION_NAMES: Record<RefugeeDefinition, { es: string; pt: string; en: string }> = {
  "convention-1951": {
    es: "la definición de la Convención de 1951",
    pt: "a definição da Convenção de 1951",
    en: "the 1951 Convention definition",
  },
  cartagena: { es: "la definición ampliada", pt: "a definição ampliada", en: "the extended definition" },
  "complementary-protection": {
    es: "la protección complementaria",
    pt: "a proteção complementar",
    en: "complementary protection",
  },
};

export const definitionCartagenaNotAssessed = defineRule({
  code: "definition.cartagena-not-assessed",
  reads: ["jurisdiction", "nationality", "countryOfOrigin", "decision", "flightDate"],
  summary: text(
    "Una decisión negativa razona solo sobre persecución individual aunque la definición ampliada de Cartagena es aplicable.",
    "Uma decisão negativa fundamenta-se apenas em perseguição individual embora a definição ampliada de Cartagena seja aplicável.",
    "A negative decision reasons only on individual persecution although the Cartagena extended definition is applicable.",
  ),
  evaluate(facts, context) {
    const decision = facts.decision;
    if (!decision || (decision.outcome !== "rejected" && decision.outcome !== "inadmissible")) return null;
    const assessed = decision.definitionsAssessed;
    if (assessed?.includes("cartagena")) return null;
    const applicability = cartagenaApplicability(facts, context);
    if (applicability === null || !("applies" in applicability)) return applicability;
    const grounds = decision.grounds;
    if (grounds === undefined || grounds.length === 0) return { undetermined: true, missing: ["decision.grounds"] };
    if (!grounds.every((ground) => INDIVIDUAL_ONLY.has(ground))) return null;
    const { instrument, provision } = applicability.incorporation;
    const law = lawReference(instrument, provision);
    const ofLaw = lawReference(instrument, provision, "de");
    const groundList = each((locale) =>
      joinList(
        grounds.map((ground) => GROUND_NAMES[ground]?.[locale] ?? ground),
        locale,
      ),
    );
    // "Not examined" only when the decision itself shows which definitions it examined.
    const shown = assessed !== undefined && assessed.length > 0;
    const examined = shown
      ? each((locale) =>
          joinList(
            assessed.map((definition) => DEFINITION_NAMES[definition][locale]),
            locale,
          ),
        )
      : null;
    const triggers: TriggerFact[] = [
      { path: "decision.outcome", value: decision.outcome },
      { path: "decision.grounds", value: [...grounds] },
      { path: facts.countryOfOrigin ? "countryOfOrigin" : "nationality", value: applicability.origin },
    ];
    if (shown) triggers.push({ path: "decision.definitionsAssessed", value: [...assessed] });
    return {
      severity: shown ? "critical" : "warning",
      title: shown
        ? text(
            "Definición ampliada no examinada",
            "Definição ampliada não examinada",
            "Extended definition not examined",
          )
        : text(
            "Definición ampliada sin constancia",
            "Definição ampliada sem registro",
            "Extended definition not shown",
          ),
      detail: each((locale) =>
        shown && examined
          ? {
              es: `La decisión negativa examinó solo ${examined.es} y se funda en ${groundList.es}; no examinó la definición ampliada ${ofLaw.es}, aplicable por la situación del país de origen.`,
              pt: `A decisão negativa examinou apenas ${examined.pt} e se baseia em ${groundList.pt}; não examinou a definição ampliada ${ofLaw.pt}, aplicável pela situação do país de origem.`,
              en: `The negative decision examined only ${examined.en} and rests on ${groundList.en}; it did not examine the extended definition in ${law.en}, which the origin country's situation makes applicable.`,
            }[locale]
          : {
              es: `Los fundamentos que constan de la decisión negativa (${groundList.es}) tratan solo de la persecución individual; lo registrado no muestra que se examinara la definición ampliada ${ofLaw.es}, aplicable por la situación del país de origen.`,
              pt: `Os fundamentos registrados da decisão negativa (${groundList.pt}) tratam apenas da perseguição individual; o registro não mostra que a definição ampliada ${ofLaw.pt}, aplicável pela situação do país de origem, tenha sido examinada.`,
              en: `The recorded grounds of the negative decision (${groundList.en}) concern individual persecution only; the record does not show that the extended definition in ${law.en}, applicable given the origin country's situation, was examined.`,
            }[locale],
      ),
      action: text(
        `Al revisar la decisión, examinar la solicitud según ${law.es}; informar a la persona de que puede invocar esa definición en su recurso.`,
        `Ao rever a decisão, examinar o pedido segundo ${law.pt}; informar a pessoa de que pode invocar essa definição no seu recurso.`,
        `When the decision is reviewed, examine the claim under ${law.en}; tell the person they can rely on that definition in their remedy.`,
      ),
      basis: [
        instrumentBasis("cartagena-declaration-1984", "concl. III(3)"),
        citedBasis(
          applicability.incorporation.instrument,
          applicability.incorporation.provision,
          applicability.incorporationSource,
        ),
        citedBasis("cartagena-declaration-1984", "concl. III(3)", {
          source: "ai-2020-peru",
          locator: "ch. 6, 'Criteria for refugee status determination'",
        }),
      ],
      facts: triggers,
      restsOn: applicability.restsOn,
    };
  },
});
