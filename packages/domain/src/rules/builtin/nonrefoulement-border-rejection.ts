import type { TriggerFact } from "../../annotations/annotation.js";
import { defineRule } from "../rule.js";
import { isNegativeDecision } from "./case-state.js";
import { nonRefoulementAction, nonRefoulementBasis, possibleNeedDetail, protectionNeed } from "./protection-need.js";
import { citedBasis, each, joinTexts, text } from "./text.js";

const AT_THE_BORDER = new Set(["border", "port-of-entry", "airport"]);

export const nonrefoulementBorderRejection = defineRule({
  code: "nonrefoulement.border-rejection",
  reads: [
    "jurisdiction",
    "nationality",
    "countryOfOrigin",
    "location",
    "people",
    "entry",
    "claim",
    "decision",
    "remedies",
    "flightReasons",
    "fearOfReturn",
  ],
  summary: text(
    "Entrada denegada a la persona o a un familiar, o solicitud rechazada, mientras está en la frontera.",
    "Entrada recusada à pessoa ou a um familiar, ou pedido rejeitado, enquanto está na fronteira.",
    "Entry refused to the person or a household member, or claim rejected, while at the border.",
  ),
  evaluate(facts, context) {
    // The person is a national of this country: being refused here does not send them back to a
    // country they fled, so non-refoulement is not what is at stake.
    if (facts.nationality !== undefined && facts.nationality === facts.jurisdiction) return null;
    const location = facts.location?.kind;
    const entryRefused = facts.entry?.decision === "refused";
    const claimRejected = isNegativeDecision(facts);
    // A refused entry happens at a border post unless the record says the person is already inland.
    const atBorder = location !== undefined ? AT_THE_BORDER.has(location) : entryRefused;
    const caseRejected = atBorder && (entryRefused || claimRejected);
    // A member refused entry was rejected at a border post, wherever the rest of the household is now.
    const membersRefused = context.people.filter(
      (view) => view.person.separation?.kind === "refused-entry" && view.nationality !== facts.jurisdiction,
    );
    if (!caseRejected && membersRefused.length === 0) return null;
    const need = protectionNeed(facts, context);
    if (need === "unknown") return { undetermined: true, missing: ["nationality", "claim"] };
    if (need === "no") return null;
    const triggers: TriggerFact[] = [];
    if (caseRejected) {
      if (location !== undefined) triggers.push({ path: "location.kind", value: location });
      if (entryRefused) triggers.push({ path: "entry.decision", value: "refused" });
      if (claimRejected) triggers.push({ path: "decision.outcome", value: facts.decision?.outcome ?? null });
    }
    for (const view of membersRefused) triggers.push({ path: `${view.path}.separation.kind`, value: "refused-entry" });
    const who = joinTexts(membersRefused.map((view) => view.label));
    const members =
      membersRefused.length === 0
        ? text("", "", "")
        : membersRefused.length === 1
          ? text(
              ` Del grupo familiar, se denegó la entrada a esta persona: ${who.es}.`,
              ` Do grupo familiar, a entrada foi recusada a esta pessoa: ${who.pt}.`,
              ` Household member refused entry: ${who.en}.`,
            )
          : text(
              ` Del grupo familiar, se denegó la entrada a estas personas: ${who.es}.`,
              ` Do grupo familiar, a entrada foi recusada a estas pessoas: ${who.pt}.`,
              ` Household members refused entry: ${who.en}.`,
            );
    const why =
      need === "possible"
        ? possibleNeedDetail(facts)
        : text(
            "Rechazar en la frontera a quien puede necesitar protección puede devolverlo al país del que huyó, directamente o a través de un tercer país que lo devuelva (devolución en cadena).",
            "Rejeitar na fronteira quem pode precisar de proteção pode devolvê-lo ao país do qual fugiu, diretamente ou através de um terceiro país que o devolva (devolução em cadeia).",
            "Rejecting at the border someone who may need protection can send them back to the country they fled, directly or through a third country that sends them on (chain refoulement).",
          );
    const action = nonRefoulementAction(facts, context, "rejection");
    const alsoMembers =
      membersRefused.length > 0
        ? text(
            " Revisar también la denegación de entrada de cada familiar indicado, que tiene la misma protección.",
            " Rever também a recusa de entrada de cada familiar indicado, que tem a mesma proteção.",
            " Also review the refusal of entry of each household member named, who has the same protection.",
          )
        : text("", "", "");
    return {
      severity: need === "yes" ? "critical" : "warning",
      title:
        need === "yes"
          ? text("Riesgo de devolución", "Risco de devolução", "Refoulement risk")
          : text(
              "Posible riesgo de devolución: preguntar",
              "Possível risco de devolução: perguntar",
              "Possible refoulement risk: ask",
            ),
      detail: each((locale) => `${why[locale]}${members[locale]}`),
      action: each((locale) => `${action[locale]}${alsoMembers[locale]}`),
      basis: [
        ...nonRefoulementBasis(facts, context),
        citedBasis("mexico-declaration-2004", "Declaration", {
          source: "mexico-plan-of-action-2004",
          locator: "Declaration",
        }),
      ],
      facts: triggers,
      people: membersRefused.map((view) => view.id),
    };
  },
});
