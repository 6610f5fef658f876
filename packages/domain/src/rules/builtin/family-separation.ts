import { defineRule } from "../rule.js";
import { citedBasis, instrumentBasis, text } from "./text.js";

export const familySeparation = defineRule({
  code: "family.separation",
  reads: ["people"],
  summary: text(
    "Miembros del grupo familiar fueron retirados, devueltos o separados durante el procedimiento.",
    "Membros do grupo familiar foram retirados, devolvidos ou separados durante o procedimento.",
    "Household members were removed, sent back or split off during the procedure.",
  ),
  evaluate(_facts, context) {
    const separated = context.people.filter((view) => view.person.separation !== undefined);
    if (separated.length === 0) return null;
    const childAffected = context.people.some((view) => view.age !== null && view.age < context.settings.adultAge);
    return {
      severity: childAffected ? "critical" : "warning",
      title: text("Familia separada", "Família separada", "Family separated"),
      detail: text(
        `${separated.length === 1 ? "Un miembro" : `${separated.length} miembros`} del grupo familiar ${separated.length === 1 ? "fue separado" : "fueron separados"} durante el procedimiento${childAffected ? ", y el grupo incluye menores de edad" : ""}.`,
        `${separated.length === 1 ? "Um membro" : `${separated.length} membros`} do grupo familiar ${separated.length === 1 ? "foi separado" : "foram separados"} durante o procedimento${childAffected ? ", e o grupo inclui menores de idade" : ""}.`,
        `${separated.length === 1 ? "One household member was" : `${separated.length} household members were`} separated during the procedure${childAffected ? ", and the household includes children" : ""}.`,
      ),
      action: text(
        "Tramitar el caso del grupo familiar en conjunto y restablecer la unidad familiar.",
        "Tramitar o caso do grupo familiar em conjunto e restabelecer a unidade familiar.",
        "Process the household together and restore family unity.",
      ),
      basis: [
        instrumentBasis("convention-rights-child-1989", "art. 9"),
        instrumentBasis("american-convention-1969", "art. 17"),
        citedBasis("mexico-declaration-2004", "Declaration", {
          source: "mexico-plan-of-action-2004",
          locator: "Declaration (family unity)",
        }),
        citedBasis("american-convention-1969", "art. 17", {
          source: "ai-2020-peru",
          locator: "ch. 6, 'The reality of the asylum system'",
        }),
      ],
      facts: separated.map((view) => ({
        path: `${view.path}.separation.kind`,
        value: view.person.separation?.kind ?? null,
      })),
      people: separated.map((view) => view.id),
    };
  },
});
