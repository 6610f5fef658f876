import {
  cellText,
  DECISION_OUTCOMES,
  definePlugin,
  lookup,
  parseCountry,
  parseInteger,
  parsePortalDate,
  presentText,
} from "@solidaria/sdk";

/**
 * The modern single-page national registry: rows rendered on the client and re-rendered on every
 * refresh, filter and page change. The runtime's observer does the following; the plugin only reads a row.
 */
export const demoSpaPlugin = definePlugin({
  id: "pe.registry.spa",
  name: "Registro Nacional de Solicitantes (SPA)",
  version: "1.0.0",
  jurisdiction: "PE",
  matches: ["*://*/spa/*"],
  pages: [
    {
      kind: "case-list",
      records: "#case-table tbody tr.case-row",
      anchor: "td:first-child",
      extract(row) {
        const location = presentText(cellText(row, "Ubicación"));
        const decision = presentText(cellText(row, "Decisión"));
        const age = parseInteger(cellText(row, "Edad"));
        const outcome = lookup(DECISION_OUTCOMES, decision);
        return {
          reference: cellText(row, "Caso"),
          nationality: parseCountry(cellText(row, "Nacionalidad")),
          location: location
            ? { kind: /frontera/i.test(location) ? "border" : "inland", place: location.replace(/^[^-]+-\s*/, "") }
            : undefined,
          people: [{ id: "titular", relationship: "principal", ...(age !== undefined ? { age } : {}) }],
          claim: { date: parsePortalDate(cellText(row, "Registro")) },
          decision: outcome ? { outcome, ...(/verbal/i.test(decision ?? "") ? { written: false } : {}) } : undefined,
        };
      },
    },
  ],
});
