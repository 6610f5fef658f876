import { CARTAGENA_GROUND_NAMES } from "../../situations/cartagena-grounds.js";
import type { Finding, LegalBasis, TriggerFact } from "../../annotations/annotation.js";
import { defineRule } from "../rule.js";
import { cartagenaApplicability } from "./cartagena-applicability.js";
import { citedBasis, countries, each, instrumentBasis, joinList, provisionName, text } from "./text.js";

export const definitionCartagena = defineRule({
  code: "definition.cartagena",
  summary: text(
    "La situación del país de origen es uno de los supuestos de la definición ampliada de Cartagena que la ley nacional incorpora.",
    "A situação do país de origem é uma das hipóteses da definição ampliada de Cartagena que a lei nacional incorpora.",
    "The origin country's situation is one of the Cartagena extended definition's situations that national law incorporates.",
  ),
  evaluate(facts, context) {
    // Once status is recognised there is no claim left to examine under it.
    if (facts.decision?.outcome === "recognized") return null;
    const applicability = cartagenaApplicability(facts, context);
    if (applicability === null || !("applies" in applicability)) return applicability;
    const { origin, grounds, incorporation, incorporationSource, groundSources, practice } = applicability;
    const law = provisionName(incorporation.instrument, incorporation.provision);
    const country = countries(origin);
    const groundList = each((locale) =>
      joinList(
        grounds.map((ground) => CARTAGENA_GROUND_NAMES[ground][locale]),
        locale,
      ),
    );
    const partial = incorporation.extent === "partial";
    const notApplied = practice?.applied === false;
    const basis: LegalBasis[] = [
      instrumentBasis("cartagena-declaration-1984", "concl. III(3)"),
      citedBasis(incorporation.instrument, incorporation.provision, incorporationSource),
      ...groundSources.map((source) => citedBasis("cartagena-declaration-1984", "concl. III(3)", source)),
    ];
    const findings: Finding[] = [];
    if (practice !== null)
      findings.push({
        text: practice.applied
          ? text(
              `Según la fuente, las autoridades aplican la definición ampliada a personas de ${country.es}.`,
              `Segundo a fonte, as autoridades aplicam a definição ampliada a pessoas de ${country.pt}.`,
              `According to the source, the authorities apply the extended definition to people from ${country.en}.`,
            )
          : text(
              `Según la fuente, las autoridades no aplican la definición ampliada en la práctica a personas de ${country.es}.`,
              `Segundo a fonte, as autoridades não aplicam na prática a definição ampliada a pessoas de ${country.pt}.`,
              `According to the source, the authorities do not apply the extended definition in practice to people from ${country.en}.`,
            ),
        source: practice.source,
      });
    const triggers: TriggerFact[] = [
      { path: facts.countryOfOrigin ? "countryOfOrigin" : "nationality", value: origin },
      { path: "jurisdiction", value: facts.jurisdiction },
    ];
    if (facts.flightReasons?.length) triggers.push({ path: "flightReasons", value: [...facts.flightReasons] });
    return {
      severity: "info",
      title: text(
        "Definición ampliada (Cartagena)",
        "Definição ampliada (Cartagena)",
        "Extended definition (Cartagena)",
      ),
      detail: text(
        `La situación en ${country.es} está documentada como ${groundList.es}, supuesto de la definición ampliada de refugiado que ${law.es} incorpora${partial ? " en parte" : ""}. Cumple esa definición quien huyó porque esa situación amenazó su vida, su seguridad o su libertad.`,
        `A situação em ${country.pt} está documentada como ${groundList.pt}, hipótese da definição ampliada de refugiado que ${law.pt} incorpora${partial ? " em parte" : ""}. Cumpre essa definição quem fugiu porque essa situação ameaçou a sua vida, segurança ou liberdade.`,
        `The situation in ${country.en} is documented as ${groundList.en}, one of the situations of the extended refugee definition that ${law.en} incorporates${partial ? " in part" : ""}. A person who fled because that situation threatened their life, safety or freedom meets that definition.`,
      ),
      action: text(
        `Examinar la solicitud también según ${law.es}, además de la definición de la Convención de 1951${notApplied ? ", y dejar constancia de ese examen en la decisión" : ""}.`,
        `Examinar o pedido também segundo ${law.pt}, além da definição da Convenção de 1951${notApplied ? ", e registrar esse exame na decisão" : ""}.`,
        `Examine the claim under ${law.en} as well as under the 1951 Convention definition${notApplied ? ", and record that examination in the decision" : ""}.`,
      ),
      basis,
      facts: triggers,
      findings,
      restsOn: applicability.restsOn,
    };
  },
});
