import type { DecisionGround } from "../../case/case-facts.js";
import { defineRule } from "../rule.js";
import { cartagenaApplicability } from "./cartagena-applicability.js";
import { citedBasis, instrumentBasis, provisionName, text } from "./text.js";

/** Grounds that only examine individual persecution (or dismiss flight as economic). */
const INDIVIDUAL_ONLY: ReadonlySet<DecisionGround> = new Set([
  "no-well-founded-fear",
  "no-individual-persecution",
  "economic-reasons",
]);

export const definitionCartagenaNotAssessed = defineRule({
  code: "definition.cartagena-not-assessed",
  summary: text(
    "Una decisión negativa razona solo sobre persecución individual aunque se aplica la definición de Cartagena.",
    "Uma decisão negativa fundamenta-se apenas em perseguição individual embora se aplique a definição de Cartagena.",
    "A negative decision reasons only on individual persecution although the Cartagena definition applies.",
  ),
  evaluate(facts, context) {
    const decision = facts.decision;
    if (!decision || (decision.outcome !== "rejected" && decision.outcome !== "inadmissible")) return null;
    if (decision.definitionsAssessed?.includes("cartagena")) return null;
    const applicability = cartagenaApplicability(facts, context);
    if (applicability === null || !("applies" in applicability)) return applicability;
    const grounds = decision.grounds;
    if (grounds === undefined || grounds.length === 0) {
      return { undetermined: true, missing: ["decision.grounds"] };
    }
    if (!grounds.every((ground) => INDIVIDUAL_ONLY.has(ground))) return null;
    const law = provisionName(applicability.incorporation.instrument, applicability.incorporation.provision);
    return {
      severity: "critical",
      title: text("Cartagena no evaluada", "Cartagena não avaliada", "Cartagena not assessed"),
      detail: text(
        `La decisión negativa se funda solo en la falta de persecución individual o de temor fundado, pero la situación del país de origen cumple ${law.es}, que no fue examinada.`,
        `A decisão negativa se baseia apenas na ausência de perseguição individual ou de fundado temor, mas a situação do país de origem cumpre ${law.pt}, que não foi examinada.`,
        `The negative decision rests only on the absence of individual persecution or well-founded fear, but the origin country's situation meets ${law.en}, which was not examined.`,
      ),
      action: text(
        `Pedir la reconsideración o apelar invocando ${law.es} y la situación objetiva del país de origen.`,
        `Pedir reconsideração ou recorrer invocando ${law.pt} e a situação objetiva do país de origem.`,
        `Seek reconsideration or appeal on the basis of ${law.en} and the objective situation in the country of origin.`,
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
      facts: [
        { path: "decision.outcome", value: decision.outcome },
        { path: "decision.grounds", value: [...grounds] },
        { path: facts.countryOfOrigin ? "countryOfOrigin" : "nationality", value: applicability.origin },
      ],
    };
  },
});
