import { CARTAGENA_GROUND_NAMES } from "../../situations/cartagena-grounds.js";
import type { Finding, LegalBasis, TriggerFact } from "../../annotations/annotation.js";
import { fromCountry, inCountry } from "../../i18n/grammar.js";
import { defineRule } from "../rule.js";
import { cartagenaApplicability } from "./cartagena-applicability.js";
import { procedureState } from "./case-state.js";
import { remedyWindow } from "./remedy-deadline.js";
import { citedBasis, each, instrumentBasis, joinList, lawReference, text } from "./text.js";

export const definitionCartagena = defineRule({
  code: "definition.cartagena",
  reads: [
    "jurisdiction",
    "nationality",
    "countryOfOrigin",
    "claim",
    "decision",
    "remedies",
    "flightReasons",
    "flightDate",
  ],
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
    const law = lawReference(incorporation.instrument, incorporation.provision);
    const where = inCountry(origin);
    const from = fromCountry(origin);
    const groundList = each((locale) =>
      joinList(
        grounds.map((ground) => CARTAGENA_GROUND_NAMES[ground][locale]),
        locale,
      ),
    );
    const partial = incorporation.extent === "partial";
    // No claim to examine now (none on record, or one finally decided): the advice is for when one is made.
    const state = procedureState(facts).kind;
    const window = state === "negative" ? remedyWindow(facts, context)?.kind : null;
    const stage =
      state === "awaiting-decision" || state === "remedy-pending"
        ? "pending"
        : window === "open" || window === "not-started"
          ? "review"
          : "ifClaimed";
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
              `Según la fuente, las autoridades aplican la definición ampliada a personas ${from.es}.`,
              `Segundo a fonte, as autoridades aplicam a definição ampliada a pessoas ${from.pt}.`,
              `According to the source, the authorities apply the extended definition to people ${from.en}.`,
            )
          : text(
              `Según la fuente, las autoridades no aplican la definición ampliada en la práctica a personas ${from.es}.`,
              `Segundo a fonte, as autoridades não aplicam na prática a definição ampliada a pessoas ${from.pt}.`,
              `According to the source, the authorities do not apply the extended definition in practice to people ${from.en}.`,
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
      // The threshold ("threatened their life, safety or freedom") is Cartagena's: national laws word the
      // link to the situation differently (Peru: "forced to flee … as a result of"), and they govern.
      detail: text(
        `La situación ${where.es} está documentada como ${groundList.es}, uno de los supuestos de la definición ampliada de refugiado que ${law.es} incorpora${partial ? " en parte" : ""}. Según la Declaración de Cartagena (concl. III(3)), reúne los elementos de esa definición quien huyó porque esa situación amenazó su vida, su seguridad o su libertad, salvo que se aplique una causal de exclusión; la ley nacional puede formularlo de otro modo, y es su texto el que se aplica.`,
        `A situação ${where.pt} está documentada como ${groundList.pt}, uma das hipóteses da definição ampliada de refugiado que ${law.pt} incorpora${partial ? " em parte" : ""}. Segundo a Declaração de Cartagena (concl. III(3)), reúne os elementos dessa definição quem fugiu porque essa situação ameaçou a sua vida, segurança ou liberdade, salvo se se aplicar uma cláusula de exclusão; a lei nacional pode formulá-lo de outro modo, e é o seu texto que se aplica.`,
        `The situation ${where.en} is documented as a situation of ${groundList.en}, one of the situations of the extended refugee definition that ${law.en} incorporates${partial ? " in part" : ""}. Under the Cartagena Declaration (concl. III(3)), a person who fled because that situation threatened their life, safety or freedom has the elements of that definition, unless an exclusion clause applies; the national law may word it differently, and its text is what applies.`,
      ),
      action: each((locale) => {
        const record = notApplied
          ? {
              es: ", y dejar constancia de ese examen en la decisión",
              pt: ", e registrar esse exame na decisão",
              en: ", and record that examination in the decision",
            }[locale]
          : "";
        return {
          pending: {
            es: `Examinar la solicitud también según ${law.es}, además de la definición de la Convención de 1951${record}.`,
            pt: `Examinar o pedido também segundo ${law.pt}, além da definição da Convenção de 1951${record}.`,
            en: `Examine the claim under ${law.en} as well as under the 1951 Convention definition${record}.`,
          },
          review: {
            es: `Al revisar la decisión, examinar la solicitud también según ${law.es}, además de la definición de la Convención de 1951${record}.`,
            pt: `Ao rever a decisão, examinar o pedido também segundo ${law.pt}, além da definição da Convenção de 1951${record}.`,
            en: `When the decision is reviewed, examine the claim under ${law.en} as well as under the 1951 Convention definition${record}.`,
          },
          ifClaimed: {
            es: `Si la persona pide protección, examinar su solicitud también según ${law.es}, además de la definición de la Convención de 1951${record}.`,
            pt: `Se a pessoa pedir proteção, examinar o pedido também segundo ${law.pt}, além da definição da Convenção de 1951${record}.`,
            en: `If the person asks for protection, examine the claim under ${law.en} as well as under the 1951 Convention definition${record}.`,
          },
        }[stage][locale];
      }),
      basis,
      facts: triggers,
      findings,
      restsOn: applicability.restsOn,
    };
  },
});
