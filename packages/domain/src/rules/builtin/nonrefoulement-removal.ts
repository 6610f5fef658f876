import type { TriggerFact } from "../../annotations/annotation.js";
import type { LocalizedText } from "../../i18n/locale.js";
import { defineRule } from "../rule.js";
import { toCountry } from "../../i18n/grammar.js";
import { nonRefoulementAction, nonRefoulementBasis, possibleNeedDetail, protectionNeed } from "./protection-need.js";
import { each, joinTexts, text } from "./text.js";

const MEASURES = {
  deportation: text("la deportación", "a deportação", "deportation"),
  expulsion: text("la expulsión", "a expulsão", "expulsion"),
  removal: text("la salida forzosa", "a retirada compulsória", "removal"),
  readmission: text("la readmisión", "a readmissão", "readmission"),
  extradition: text("la extradición", "a extradição", "extradition"),
} as const;

export const nonrefoulementRemoval = defineRule({
  code: "nonrefoulement.removal",
  reads: [
    "jurisdiction",
    "nationality",
    "countryOfOrigin",
    "location",
    "people",
    "claim",
    "decision",
    "remedies",
    "removal",
    "flightReasons",
    "fearOfReturn",
  ],
  summary: text(
    "Una expulsión, deportación u otra salida forzosa ordenada, en curso o ejecutada, dentro del territorio, de quien puede necesitar protección.",
    "Uma expulsão, deportação ou outra retirada compulsória ordenada, em curso ou executada, dentro do território, de quem pode precisar de proteção.",
    "An expulsion, deportation or other removal ordered, under way or carried out, inside the territory, of someone who may need protection.",
  ),
  evaluate(facts, context) {
    if (facts.nationality !== undefined && facts.nationality === facts.jurisdiction) return null;
    const removal = facts.removal;
    const sentBack = context.people.filter(
      (view) => view.person.separation?.kind === "deported" || view.person.separation?.kind === "removed",
    );
    if (removal === undefined && sentBack.length === 0) return null;
    const need = protectionNeed(facts, context);
    if (need === "unknown") return { undetermined: true, missing: ["nationality", "claim"] };
    if (need === "no") return null;
    const triggers: TriggerFact[] = [];
    const parts: LocalizedText[] = [];
    if (removal !== undefined) {
      triggers.push(
        { path: "removal.measure", value: removal.measure },
        { path: "removal.status", value: removal.status },
      );
      const measure = MEASURES[removal.measure];
      const status = {
        ordered: text("está ordenada", "está ordenada", "has been ordered"),
        "under-way": text("está en curso", "está em curso", "is under way"),
        "carried-out": text("se ejecutó", "foi executada", "has been carried out"),
      }[removal.status];
      const detained = facts.location?.kind === "detention";
      if (detained) triggers.push({ path: "location.kind", value: "detention" });
      const to = removal.destination === undefined ? null : toCountry(removal.destination);
      const destination =
        to === null
          ? text("; el destino no consta", "; o destino não consta", "; the destination is not on record")
          : removal.destination === context.origin
            ? text(
                ` ${to.es}, el país del que huyó`,
                ` ${to.pt}, o país do qual fugiu`,
                ` ${to.en}, the country the person fled`,
              )
            : text(
                ` ${to.es}, un tercer país desde el que la persona puede ser devuelta (devolución en cadena)`,
                ` ${to.pt}, um terceiro país do qual a pessoa pode ser devolvida (devolução em cadeia)`,
                ` ${to.en}, a third country that may send the person on (chain refoulement)`,
              );
      if (removal.destination !== undefined) triggers.push({ path: "removal.destination", value: removal.destination });
      parts.push(
        each((locale) => {
          const start = `${measure[locale].charAt(0).toUpperCase()}${measure[locale].slice(1)}`;
          const held = detained
            ? { es: " La persona está detenida.", pt: " A pessoa está detida.", en: " The person is detained." }[locale]
            : "";
          return `${start} ${status[locale]}${destination[locale]}.${held}`;
        }),
      );
    }
    if (sentBack.length > 0) {
      for (const view of sentBack)
        triggers.push({ path: `${view.path}.separation.kind`, value: view.person.separation?.kind ?? null });
      const who = joinTexts(sentBack.map((view) => view.label));
      parts.push(
        sentBack.length === 1
          ? text(
              `Del grupo familiar, esta persona fue devuelta o expulsada: ${who.es}.`,
              `Do grupo familiar, esta pessoa foi devolvida ou expulsa: ${who.pt}.`,
              `Household member sent back or removed: ${who.en}.`,
            )
          : text(
              `Del grupo familiar, estas personas fueron devueltas o expulsadas: ${who.es}.`,
              `Do grupo familiar, estas pessoas foram devolvidas ou expulsas: ${who.pt}.`,
              `Household members sent back or removed: ${who.en}.`,
            ),
      );
    }
    const carriedOut = removal?.status === "carried-out" || (removal === undefined && sentBack.length > 0);
    // Nothing on file about protection: still flagged, as a question to ask, not as a known risk.
    if (need === "possible") parts.push(possibleNeedDetail(facts));
    return {
      severity: carriedOut || need === "possible" ? "warning" : "critical",
      title:
        need === "possible"
          ? text(
              "Posible riesgo de devolución (expulsión): preguntar",
              "Possível risco de devolução (expulsão): perguntar",
              "Possible refoulement risk (removal): ask",
            )
          : text("Riesgo de devolución (expulsión)", "Risco de devolução (expulsão)", "Refoulement risk (removal)"),
      detail: each(
        (locale) =>
          `${parts.map((part) => part[locale]).join(" ")} ${
            {
              es: "Nadie puede ser devuelto a un país donde su vida o su libertad corran peligro o donde pueda ser sometido a tortura, esté en la frontera o dentro del territorio.",
              pt: "Ninguém pode ser devolvido a um país onde a sua vida ou liberdade corram perigo ou onde possa ser submetido a tortura, esteja na fronteira ou dentro do território.",
              en: "No one may be returned to a country where their life or freedom would be at risk or where they may be tortured, whether at the border or inside the territory.",
            }[locale]
          }`,
      ),
      action: carriedOut
        ? text(
            "Documentar la devolución y avisar a la comisión de refugiados para que verifique la situación de la persona.",
            "Documentar a devolução e avisar a comissão de refugiados para que verifique a situação da pessoa.",
            "Document the return and tell the refugee commission so that it can check on the person.",
          )
        : nonRefoulementAction(facts, context, "removal"),
      basis: nonRefoulementBasis(facts, context),
      facts: triggers,
      people: sentBack.map((view) => view.id),
    };
  },
});
