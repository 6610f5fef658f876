import { CARTAGENA_GROUND_NAMES } from "../../situations/cartagena-grounds.js";
import type { LegalBasis, TriggerFact } from "../../annotations/annotation.js";
import { defineRule } from "../rule.js";
import { cartagenaApplicability } from "./cartagena-applicability.js";
import { citedBasis, countries, instrumentBasis, joinList, provisionName, text } from "./text.js";

export const definitionCartagena = defineRule({
  code: "definition.cartagena",
  summary: text(
    "La situación del país de origen cumple la definición ampliada de Cartagena y la ley nacional la incorpora.",
    "A situação do país de origem cumpre a definição ampliada de Cartagena e a lei nacional a incorpora.",
    "The origin country's situation meets the Cartagena extended definition and national law incorporates it.",
  ),
  evaluate(facts, context) {
    const applicability = cartagenaApplicability(facts, context);
    if (applicability === null || !("applies" in applicability)) return applicability;
    const { origin, grounds, incorporation, incorporationSource, groundSources } = applicability;
    const law = provisionName(incorporation.instrument, incorporation.provision);
    const country = countries(origin);
    const groundList = (locale: "es" | "pt" | "en") =>
      joinList(
        grounds.map((ground) => CARTAGENA_GROUND_NAMES[ground][locale]),
        locale,
      );
    const notAppliedInPractice = context.jurisdiction?.cartagenaAppliedInPractice?.value === false;
    // Once status is recognised the point is informational; before, staff must know the practice gap.
    const recognized = facts.decision?.outcome === "recognized";
    const partial = incorporation.extent === "partial";
    const basis: LegalBasis[] = [
      instrumentBasis("cartagena-declaration-1984", "concl. III(3)"),
      citedBasis(incorporation.instrument, incorporation.provision, incorporationSource),
      ...groundSources.map((source) => citedBasis("cartagena-declaration-1984", "concl. III(3)", source)),
    ];
    const triggers: TriggerFact[] = [
      { path: facts.countryOfOrigin ? "countryOfOrigin" : "nationality", value: origin },
      { path: "jurisdiction", value: facts.jurisdiction },
    ];
    if (facts.flightReasons?.length) triggers.push({ path: "flightReasons", value: [...facts.flightReasons] });
    return {
      severity: notAppliedInPractice && !recognized ? "warning" : "info",
      title: text("Definición de Cartagena", "Definição de Cartagena", "Cartagena definition"),
      detail: text(
        `La situación en ${country.es} (${groundList("es")}) cumple la definición ampliada de refugiado, que ${law.es} incorpora${partial ? " en parte" : ""}.` +
          (notAppliedInPractice ? " Está documentado que las autoridades no la aplican en la práctica." : ""),
        `A situação em ${country.pt} (${groundList("pt")}) cumpre a definição ampliada de refugiado, que ${law.pt} incorpora${partial ? " em parte" : ""}.` +
          (notAppliedInPractice ? " Está documentado que as autoridades não a aplicam na prática." : ""),
        `The situation in ${country.en} (${groundList("en")}) meets the extended refugee definition, which ${law.en} incorporates${partial ? " in part" : ""}.` +
          (notAppliedInPractice ? " The authorities are documented as not applying it in practice." : ""),
      ),
      action: text(
        `Evaluar la solicitud también según ${law.es}, no solo por temor fundado de persecución individual; considerar el reconocimiento prima facie.`,
        `Avaliar o pedido também segundo ${law.pt}, não só pelo fundado temor de perseguição individual; considerar o reconhecimento prima facie.`,
        `Assess the claim under ${law.en} as well, not only for a well-founded fear of individual persecution; consider prima facie recognition.`,
      ),
      basis,
      facts: triggers,
    };
  },
});
