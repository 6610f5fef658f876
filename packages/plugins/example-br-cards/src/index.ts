import {
  DECISION_OUTCOMES,
  definePlugin,
  definitionValue,
  lookup,
  NEEDS,
  parseCountry,
  parsePortalDate,
  parseYesNo,
  presentText,
  textOf,
} from "@solidaria/sdk";

/** Grounds as Brazilian decisions word them. */
const GROUNDS = {
  "ausencia de fundado temor de perseguicao": "no-well-founded-fear",
  "ausencia de perseguicao individual": "no-individual-persecution",
  "motivos economicos": "economic-reasons",
} as const;

/**
 * Example written by following packages/sdk/README.md only: a case dashboard that shows cards, not a
 * table, with Portuguese labels. Each card is a record; each "Rótulo: valor" line is read by its label.
 */
export const plugin = definePlugin({
  id: "example.br.cards",
  name: "Exemplo: painel de casos em cartões (Brasil)",
  version: "0.1.0",
  jurisdiction: "BR",
  matches: ["*://*/example-br-cards/*"],
  pages: [
    {
      kind: "case-cards",
      records: "article.cartao-caso",
      anchor: "h3.protocolo",
      extract(card) {
        const value = (label: string) => presentText(definitionValue(card, label));
        const place = value("Local");
        const outcome = lookup(DECISION_OUTCOMES, textOf(card.querySelector(".situacao")));
        const ground = lookup(GROUNDS, value("Fundamento"));
        const need = lookup(NEEDS, value("Necessidades específicas"));
        return {
          reference: card.getAttribute("data-protocolo") ?? undefined,
          nationality: parseCountry(value("Nacionalidade")),
          location: place ? { kind: /fronteira/i.test(place) ? "border" : "inland", place } : undefined,
          people: [
            {
              relationship: "principal",
              birthDate: parsePortalDate(value("Data de nascimento")),
              ...(need ? { needs: [need] } : {}),
            },
          ],
          claim: { date: parsePortalDate(value("Data do pedido")) },
          decision: outcome
            ? {
                outcome,
                written: parseYesNo(value("Decisão por escrito")),
                notifiedDate: parsePortalDate(value("Notificado em")),
                ...(ground ? { grounds: [ground] } : {}),
              }
            : undefined,
        };
      },
    },
  ],
});
