import { escapeHtml as e, page } from "../html.js";
import type { PortalDay } from "../reference-day.js";
import { syntheticCase } from "../synthetic-cases.js";

/** Replica of Peru's Migraciones border-control screen at CEBAF Tumbes: a traveller record and entry decision. */
export function migracionesTravellerRecord(index: number, day: PortalDay): string {
  const c = syntheticCase(index, day.today);
  const d = c.entry.documents;
  const check = (id: string, label: string, on: boolean) =>
    `<div class="chk"><input type="checkbox" id="${id}" ${on ? "checked" : ""} disabled><label for="${id}">${e(label)}</label></div>`;
  const field = (id: string, label: string, value: string) =>
    `<div class="campo"><label for="${id}">${e(label)}</label><input id="${id}" type="text" value="${e(value)}" readonly></div>`;
  return page(
    day.today,
    `MIGRACIONES - Control migratorio ${c.file}`,
    `<div class="cabecera-sistema" style="background:#003366">Superintendencia Nacional de Migraciones — Control Migratorio</div>
<div class="contenido">
<form id="frmControlMigratorio" data-registro="${e(c.file)}" onsubmit="return false">
<h2>Registro de viajero</h2>
${field("txtRegistro", "N° de registro", c.file)}
${field("txtNacionalidad", "Nacionalidad", c.nationality)}
${field("txtFechaNacimiento", "Fecha de nacimiento", c.birthDate)}
${field("txtPuesto", "Puesto de control", c.atBorder ? "CEBAF TUMBES" : "AEROPUERTO JORGE CHÁVEZ")}
${field("txtFechaControl", "Fecha de control", c.entry.date)}
<fieldset><legend>Documentos presentados</legend>
${check("chkPasaporte", "Pasaporte", d.passport)}${check("chkDni", "Documento nacional de identidad", d.nationalId)}
${check("chkTam", "Tarjeta Andina de Migración", d.andeanCard)}${check("chkVisaHum", "Visa humanitaria", d.humanitarianVisa)}
${check("chkSalidaEc", "Sello de salida de Ecuador", d.ecuadorExit)}${check("chkEntradaEc", "Sello de entrada a Ecuador", d.ecuadorEntry)}
</fieldset>
<fieldset><legend>Decisión</legend>
<div class="campo"><label for="ddlDecision">Decisión de ingreso</label><select id="ddlDecision" disabled>
${["INGRESO AUTORIZADO", "INGRESO DENEGADO", "PENDIENTE"].map((option) => `<option${option === c.entry.decision ? " selected" : ""}>${option}</option>`).join("")}
</select></div>
${field("txtMotivo", "Motivo", c.entry.reason)}
${field("txtCalidad", "Calidad migratoria", c.entry.status)}
${field("txtDias", "Días autorizados", c.entry.status === "—" ? "—" : String(c.entry.days))}
</fieldset>
</form></div>`,
    ".campo{margin:4px 0}.campo label{display:inline-block;width:210px}.chk{display:inline-block;margin-right:12px}",
  );
}
