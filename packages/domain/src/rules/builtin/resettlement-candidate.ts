import type { CaseFacts } from "../../case/case-facts.js";
import type { Locale, LocalizedText } from "../../i18n/locale.js";
import type { TriggerFact } from "../../annotations/annotation.js";
import { countryName } from "../../reference-data/countries.js";
import {
  RESETTLEMENT_CATEGORY_NAMES,
  type ResettlementCategory,
  type ResettlementPriority,
} from "../../resettlement/categories.js";
import { defineRule, type RuleContext } from "../rule.js";
import { cartagenaApplicability } from "./cartagena-applicability.js";
import { citedBasis, joinList, text } from "./text.js";

function categoriesFor(facts: CaseFacts, context: RuleContext): ResettlementCategory[] {
  const risks = new Set(facts.protectionRisks ?? []);
  const needs = new Set(context.people.flatMap((view) => view.person.needs ?? []));
  const found: ResettlementCategory[] = [];
  if (
    risks.has("threat-to-life") ||
    risks.has("risk-of-refoulement") ||
    risks.has("arbitrary-detention") ||
    risks.has("violence-in-host-country")
  ) {
    found.push("legal-physical-protection");
  }
  if (needs.has("survivor-of-violence-or-torture")) found.push("survivors-of-violence-torture");
  if (needs.has("serious-medical-condition")) found.push("medical-needs");
  if (needs.has("woman-at-risk")) found.push("women-girls-at-risk");
  if ((facts.familyAbroad?.length ?? 0) > 0) found.push("family-reunification");
  if (
    context.people.some(
      (view) => view.person.unaccompanied === true && view.age !== null && view.age < context.settings.adultAge,
    )
  ) {
    found.push("children-adolescents-at-risk");
  }
  if (risks.has("no-durable-solution")) found.push("no-alternative-durable-solution");
  return found;
}

function priorityOf(facts: CaseFacts, categories: readonly ResettlementCategory[]): ResettlementPriority {
  const risks = facts.protectionRisks ?? [];
  if (risks.includes("threat-to-life") || risks.includes("risk-of-refoulement")) return "emergency";
  if (
    categories.some((category) => category !== "family-reunification" && category !== "no-alternative-durable-solution")
  ) {
    return "urgent";
  }
  return "normal";
}

const PRIORITY_NAMES: Record<ResettlementPriority, LocalizedText> = {
  emergency: text("emergencia", "emergência", "emergency"),
  urgent: text("urgente", "urgente", "urgent"),
  normal: text("normal", "normal", "normal"),
};

export const resettlementCandidate = defineRule({
  code: "resettlement.candidate",
  reads: [
    "jurisdiction",
    "nationality",
    "countryOfOrigin",
    "people",
    "decision",
    "familyAbroad",
    "flightDate",
    "protectionRisks",
  ],
  summary: text(
    "El caso encaja en una categoría de presentación para reasentamiento.",
    "O caso se enquadra em uma categoria de submissão para reassentamento.",
    "The case fits a resettlement submission category.",
  ),
  evaluate(facts, context) {
    const recognized = facts.decision?.outcome === "recognized";
    // Without recognition, a prima facie refugee (the Cartagena definition applies) may still be submitted.
    const applicability = recognized ? null : cartagenaApplicability(facts, context);
    const primaFacie = applicability !== null && "applies" in applicability;
    const categories = categoriesFor(facts, context);
    if (categories.length === 0) return null;
    // Whether the person is a refugee prima facie is itself undetermined: say so rather than stay silent.
    if (!recognized && applicability !== null && !primaFacie) return applicability;
    if (!recognized && !primaFacie) return null;
    const priority = priorityOf(facts, categories);

    const triggers: TriggerFact[] = [
      recognized
        ? { path: "decision.outcome", value: "recognized" }
        : { path: facts.countryOfOrigin ? "countryOfOrigin" : "nationality", value: context.origin ?? null },
      { path: "resettlement.categories", value: categories },
    ];
    const places = context.resettlementPlaces;
    let placesText: (locale: Locale) => string;
    if (places === null) {
      placesText = (locale) =>
        ({
          es: "Sin servidor de coordinación configurado: las plazas disponibles no se conocen.",
          pt: "Sem servidor de coordenação configurado: as vagas disponíveis não são conhecidas.",
          en: "No coordination server configured: available places are not known.",
        })[locale];
    } else {
      const wanted = new Set(categories);
      const byCountry = new Map<string, number>();
      for (const offer of places) {
        if (offer.hostCountry !== facts.jurisdiction || !wanted.has(offer.category) || offer.available === 0) continue;
        byCountry.set(offer.resettlementCountry, (byCountry.get(offer.resettlementCountry) ?? 0) + offer.available);
      }
      const total = [...byCountry.values()].reduce((sum, count) => sum + count, 0);
      triggers.push({ path: "resettlement.placesAvailable", value: total });
      for (const [country, count] of byCountry) {
        triggers.push({ path: `resettlement.placesAvailable.${country}`, value: count });
      }
      placesText = (locale) => {
        if (total === 0) {
          return {
            es: "No hay plazas comprometidas disponibles para este perfil desde este país.",
            pt: "Não há vagas comprometidas disponíveis para este perfil a partir deste país.",
            en: "No pledged places are available for this profile from this country.",
          }[locale];
        }
        const offers = joinList(
          [...byCountry].map(([country, count]) => `${countryName(country, locale)}: ${count}`),
          locale,
        );
        return {
          es: `Plazas comprometidas disponibles: ${offers}.`,
          pt: `Vagas comprometidas disponíveis: ${offers}.`,
          en: `Pledged places available: ${offers}.`,
        }[locale];
      };
    }
    const names = (locale: Locale) =>
      joinList(
        categories.map((category) => RESETTLEMENT_CATEGORY_NAMES[category][locale]),
        locale,
      );
    return {
      severity: priority === "emergency" ? "warning" : "info",
      title: text("Candidato a reasentamiento", "Candidato a reassentamento", "Resettlement candidate"),
      detail: text(
        `Categorías: ${names("es")}; prioridad ${PRIORITY_NAMES[priority].es}. ${placesText("es")}`,
        `Categorias: ${names("pt")}; prioridade ${PRIORITY_NAMES[priority].pt}. ${placesText("pt")}`,
        `Categories: ${names("en")}; ${PRIORITY_NAMES[priority].en} priority. ${placesText("en")}`,
      ),
      action: text(
        "Evaluar la presentación del caso a reasentamiento con el ACNUR.",
        "Avaliar a submissão do caso para reassentamento com o ACNUR.",
        "Consider submitting the case for resettlement with UNHCR.",
      ),
      basis: [
        citedBasis("mexico-declaration-2004", "ch. 3, §3", {
          source: "mexico-plan-of-action-2004",
          locator: "ch. 3, §3",
        }),
        // Guidance, not law: the Handbook is the source of the categories, with no instrument behind them.
        {
          instrument: null,
          provision: null,
          source: { source: "unhcr-resettlement-handbook-2011", locator: "ch. 6 (submission categories)" },
        },
      ],
      facts: triggers,
      restsOn: primaFacie ? applicability.restsOn : [],
    };
  },
});
