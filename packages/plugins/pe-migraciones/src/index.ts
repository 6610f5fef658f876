import {
  definePlugin,
  ENTRY_DECISIONS,
  fieldValue,
  lookup,
  parseCountry,
  parseDays,
  parsePortalDate,
  parseYesNo,
  presentText,
} from "@solidaria/sdk";

/** Refusal reasons as the control screen words them. */
const REFUSAL_REASONS = {
  "sin sellos migratorios de ecuador": "missing-stamps",
  "sin sello de salida de ecuador": "missing-stamps",
  "sin pasaporte": "no-passport",
  "sin visa": "no-visa",
  "sin visa humanitaria": "no-visa",
  "documento no valido": "invalid-document",
} as const;

const STATUSES = {
  turista: "tourist",
  transito: "transit",
  "visa humanitaria": "humanitarian-visa",
  residente: "resident",
} as const;

/** Checkboxes of presented documents and the document each stands for. */
const DOCUMENTS = [
  ["Pasaporte", { kind: "passport" }],
  ["Documento nacional de identidad", { kind: "national-id" }],
  ["Tarjeta Andina de Migración", { kind: "andean-migration-card" }],
  ["Visa humanitaria", { kind: "humanitarian-visa", country: "PE" }],
  ["Sello de salida de Ecuador", { kind: "exit-stamp", country: "EC" }],
  ["Sello de entrada a Ecuador", { kind: "entry-stamp", country: "EC" }],
] as const;

/** Peru's Migraciones border-control screen (CEBAF Tumbes): the traveller record and the entry decision. */
export const peMigracionesPlugin = definePlugin({
  id: "pe.migraciones.border-control",
  name: "Migraciones — Control Migratorio (Perú)",
  version: "1.0.0",
  jurisdiction: "PE",
  matches: ["*://*/migraciones/*"],
  pages: [
    {
      kind: "traveller-record",
      records: "form#frmControlMigratorio",
      anchor: "h2",
      extract(form) {
        const value = (label: string) => presentText(fieldValue(form, label));
        const post = value("Puesto de control");
        const status = lookup(STATUSES, value("Calidad migratoria"));
        return {
          reference: value("N° de registro"),
          nationality: parseCountry(value("Nacionalidad")),
          location: post ? { kind: /cebaf|frontera/i.test(post) ? "border" : "airport", place: post } : undefined,
          people: [
            { id: "viajero", relationship: "principal", birthDate: parsePortalDate(value("Fecha de nacimiento")) },
          ],
          // A box the screen does not show says nothing: only a ticked or unticked one is a fact.
          documents: DOCUMENTS.flatMap(([label, document]) => {
            const held = parseYesNo(value(label));
            return held === undefined ? [] : [{ ...document, status: held ? "valid" : "missing" }];
          }),
          entry: {
            date: parsePortalDate(value("Fecha de control")),
            place: post,
            decision: lookup(ENTRY_DECISIONS, value("Decisión de ingreso")),
            refusalReason: lookup(REFUSAL_REASONS, value("Motivo")),
            status,
            authorizedDays: status ? parseDays(value("Días autorizados")) : undefined,
          },
        };
      },
    },
  ],
});
