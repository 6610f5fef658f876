import type { TriggerFact } from "../../annotations/annotation.js";
import { defineRule } from "../rule.js";
import { citedBasis, instrumentBasis, text } from "./text.js";

const PALERMO_SOURCE = { source: "eclac-2004-trafficking", locator: "Palermo protocols: definition of trafficking" };

export const traffickingIndicators = defineRule({
  code: "trafficking.indicators",
  summary: text(
    "Los hechos muestran indicios de trata (acto, medio y fin, Protocolo de Palermo).",
    "Os fatos mostram indícios de tráfico de pessoas (ato, meio e finalidade, Protocolo de Palermo).",
    "The facts show trafficking indicators (act, means and purpose, Palermo Protocol).",
  ),
  evaluate(facts, context) {
    const trafficking = facts.trafficking;
    if (trafficking === undefined) return null;
    const acts = trafficking.acts ?? [];
    const means = trafficking.means ?? [];
    const purposes = trafficking.purposes ?? [];
    const signs = trafficking.signs ?? [];
    // For a child the means need not be shown (art. 3(c)). The record does not say which member of the
    // household the facts concern, so only a child whose case this is (the principal) counts: a child
    // travelling with an adult victim does not make the adult's case complete.
    const principal = context.people.find((view) => view.person.relationship === "principal") ?? context.people[0];
    const childCase = principal !== undefined && principal.age !== null && principal.age < context.settings.adultAge;
    const complete = acts.length > 0 && purposes.length > 0 && (means.length > 0 || childCase);
    const elements = [acts, means, purposes].filter((list) => list.length > 0).length;
    if (!complete && elements < 2 && signs.length === 0) return null;
    const triggers: TriggerFact[] = [];
    if (acts.length) triggers.push({ path: "trafficking.acts", value: [...acts] });
    if (means.length) triggers.push({ path: "trafficking.means", value: [...means] });
    if (purposes.length) triggers.push({ path: "trafficking.purposes", value: [...purposes] });
    if (signs.length) triggers.push({ path: "trafficking.signs", value: [...signs] });
    return {
      severity: complete ? "critical" : "warning",
      title: complete
        ? text("Indicios de trata", "Indícios de tráfico de pessoas", "Trafficking indicators")
        : text("Posible trata", "Possível tráfico de pessoas", "Possible trafficking"),
      detail: complete
        ? text(
            "Constan los elementos de la trata de personas: un acto, un medio y un fin de explotación" +
              (means.length === 0 ? " (en niños el medio no es necesario)." : "."),
            "Constam os elementos do tráfico de pessoas: um ato, um meio e uma finalidade de exploração" +
              (means.length === 0 ? " (em crianças o meio não é necessário)." : "."),
            "The elements of trafficking in persons are on record: an act, a means and a purpose of exploitation" +
              (means.length === 0 ? " (for children the means is not required)." : "."),
          )
        : text(
            "Hay señales de trata de personas, aunque no constan todos sus elementos: hacer una entrevista de identificación.",
            "Há sinais de tráfico de pessoas, embora não constem todos os seus elementos: fazer uma entrevista de identificação.",
            "There are signs of trafficking in persons, though not all its elements are on record: hold an identification interview.",
          ),
      action: text(
        "Entrevistar en privado, derivar a protección de víctimas de trata y no sancionar a la persona.",
        "Entrevistar em particular, encaminhar à proteção de vítimas de tráfico e não penalizar a pessoa.",
        "Interview in private, refer to victim-of-trafficking protection and do not penalise the person.",
      ),
      basis: [
        instrumentBasis("palermo-trafficking-protocol-2000", "art. 3(a)"),
        ...(childCase ? [instrumentBasis("palermo-trafficking-protocol-2000", "art. 3(c)")] : []),
        instrumentBasis("palermo-trafficking-protocol-2000", "art. 6"),
        citedBasis("palermo-trafficking-protocol-2000", "art. 3(a)", PALERMO_SOURCE),
      ],
      facts: triggers,
      people: childCase ? [principal.id] : [],
    };
  },
});
