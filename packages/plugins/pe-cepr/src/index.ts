import {
  bodyRows,
  cellText,
  DECISION_OUTCOMES,
  definePlugin,
  definitionValue,
  lookup,
  NEEDS,
  parseCountry,
  parsePortalDate,
  parseYesNo,
  presentText,
  PROCEDURE_STAGES,
  RELATIONSHIPS,
  RESIDENCE_STATUSES,
} from "@solidaria/sdk";

/** Reasons for flight as the CEPR system words them. */
const FLIGHT_REASONS = {
  "violacion masiva de derechos humanos": "massive-human-rights-violations",
  amenazas: "threats",
  "persecucion politica": "persecution-political-opinion",
  "violencia generalizada": "generalized-violence",
  "falta de medicinas": "lack-of-medicine",
  "falta de alimentos": "lack-of-food",
} as const;

/** Grounds of negative decisions as the resolutions word them. */
const DECISION_GROUNDS = {
  "no acredita temor fundado de persecucion": "no-well-founded-fear",
  "no acredita persecucion individual": "no-individual-persecution",
  "motivos economicos": "economic-reasons",
  "falta de credibilidad": "not-credible",
} as const;

/** Member situations that mean the person was split off from the household. */
const SEPARATIONS = {
  "retornada a ecuador": "refused-entry",
  "retornado a ecuador": "refused-entry",
  expulsado: "deported",
  expulsada: "deported",
  detenido: "detained",
  detenida: "detained",
} as const;

const location = (place: string | undefined) =>
  place === undefined ? undefined : { kind: /cebaf|frontera|puesto/i.test(place) ? "border" : "inland", place };

const decisionOf = (outcome: string | undefined) => lookup(DECISION_OUTCOMES, outcome);

/**
 * Peru's refugee commission (CEPR) case-management system: the case list and the case file.
 * Written only with the SDK's public API; it doubles as the SDK's worked example.
 */
export const peCeprPlugin = definePlugin({
  id: "pe.cepr.case-management",
  name: "CEPR — Sistema de Gestión de Expedientes (Perú)",
  version: "1.0.0",
  jurisdiction: "PE",
  matches: ["*://*/cepr/*"],
  pages: [
    {
      kind: "case-list",
      matches: ["*://*/cepr/casos*"],
      records: "table[id$='gvCasos'] tr.fila, table[id$='gvCasos'] tr.filaAlterna",
      anchor: "td:first-child",
      extract(row) {
        const outcome = decisionOf(cellText(row, "Resultado"));
        return {
          reference: cellText(row, "N° Expediente"),
          nationality: parseCountry(cellText(row, "Nacionalidad")),
          location: location(presentText(cellText(row, "Lugar"))),
          people: [
            { id: "titular", relationship: "principal", birthDate: parsePortalDate(cellText(row, "Fecha Nac.")) },
          ],
          claim: {
            date: parsePortalDate(cellText(row, "Fecha Solicitud")),
            stage: lookup(PROCEDURE_STAGES, cellText(row, "Etapa")),
          },
          decision: outcome ? { outcome, written: parseYesNo(cellText(row, "Notif. escrita")) } : undefined,
        };
      },
    },
    {
      kind: "case-detail",
      matches: ["*://*/cepr/expediente*"],
      records: "#expediente",
      anchor: "h2",
      extract(file) {
        const value = (label: string) => presentText(definitionValue(file, label));
        const people = bodyRows(file.querySelector("#tblGrupoFamiliar")).map((row, index) => ({
          id: `miembro-${index + 1}`,
          relationship: lookup(RELATIONSHIPS, cellText(row, "Parentesco")),
          birthDate: parsePortalDate(cellText(row, "Fecha de nacimiento")),
          needs: (presentText(cellText(row, "Necesidades específicas"))?.split(",") ?? [])
            .map((need) => lookup(NEEDS, need))
            .filter((need) => need !== undefined),
          separation: lookup(SEPARATIONS, cellText(row, "Situación"))
            ? { kind: lookup(SEPARATIONS, cellText(row, "Situación")) }
            : undefined,
        }));
        const reasons = (value("Motivos de salida")?.split(";") ?? []).map((reason) => reason.trim());
        const outcome = decisionOf(value("Resultado"));
        const ground = lookup(DECISION_GROUNDS, value("Fundamento"));
        return {
          reference: value("N° Expediente"),
          nationality: parseCountry(value("Nacionalidad")),
          location: location(value("Lugar de presentación")),
          people,
          claim: {
            date: parsePortalDate(value("Fecha de solicitud")),
            stage: lookup(PROCEDURE_STAGES, value("Etapa")),
            asylumSeekerDocument:
              value("Fecha de emisión") || value("Última renovación")
                ? {
                    issued: parsePortalDate(value("Fecha de emisión")),
                    lastRenewed: parsePortalDate(value("Última renovación")),
                  }
                : undefined,
          },
          decision: outcome
            ? {
                outcome,
                date: parsePortalDate(value("Fecha de resolución")),
                notifiedDate: parsePortalDate(value("Fecha de notificación")),
                written: parseYesNo(value("Notificación escrita")),
                grounds: ground ? [ground] : undefined,
              }
            : undefined,
          flightReasons: reasons
            .map((reason) => lookup(FLIGHT_REASONS, reason))
            .filter((reason) => reason !== undefined),
          trafficking: reasons.some((reason) => /oferta de empleo falsa/i.test(reason))
            ? { signs: ["false-job-offer"] }
            : undefined,
          familyInCountry: bodyRows(file.querySelector("#tblFamiliaresPeru"))
            .map((row) => ({
              relationship: lookup(RELATIONSHIPS, cellText(row, "Parentesco")),
              status: lookup(RESIDENCE_STATUSES, cellText(row, "Situación migratoria")),
            }))
            .filter((member) => member.relationship !== undefined && member.status !== undefined),
        };
      },
    },
  ],
});
