import { escapeHtml as e, page } from "../html.js";
import { href, type PortalDay } from "../reference-day.js";
import { longDate, syntheticCase, syntheticCases, type SyntheticCase } from "../synthetic-cases.js";

/**
 * Replica of an old server-rendered case-management system of Peru's refugee commission (CEPR):
 * ASP.NET-style ids, a GridView table whose header is the first row of <th>, pagination by query.
 */
export function ceprCaseList(pageNumber: number, pageSize: number, total: number, day: PortalDay): string {
  const start = (pageNumber - 1) * pageSize;
  const cases = syntheticCases(Math.max(0, Math.min(pageSize, total - start)), day.today, start);
  const file = (c: SyntheticCase) => e(href(`/cepr/expediente?id=${c.index}`, day));
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const rows = cases
    .map(
      (
        c,
        position,
      ) => `<tr class="${position % 2 ? "filaAlterna" : "fila"}" id="ctl00_cphPrincipal_gvCasos_row${position}">
<td><a href="${file(c)}">${e(c.file)}</a></td><td>${e(c.alias)}</td><td>${e(c.nationality)}</td><td>${e(c.birthDate)}</td>
<td>${e(c.claimDate)}</td><td>${e(c.place)}</td><td>${e(c.stage)}</td><td>${e(c.outcome)}</td><td>${e(c.written)}</td><td class="acciones"><a href="${file(c)}">Ver</a></td></tr>`,
    )
    .join("\n");
  const pager = Array.from({ length: Math.min(pages, 10) }, (_, i) => i + 1)
    .map((n) =>
      n === pageNumber
        ? `<span>${n}</span>`
        : `<a href="${e(href(`/cepr/casos?page=${n}&n=${total}&size=${pageSize}`, day))}">${n}</a>`,
    )
    .join(" ");
  return page(
    day.today,
    "CEPR - Bandeja de expedientes",
    `<div class="cabecera-sistema">Comisión Especial para los Refugiados — Sistema de Gestión de Expedientes</div>
<div class="contenido"><h2>Bandeja de expedientes</h2>
<table class="grilla" id="ctl00_cphPrincipal_gvCasos" cellspacing="0" rules="all" border="1">
<tr class="cabecera"><th scope="col">N° Expediente</th><th scope="col">Solicitante (alias)</th><th scope="col">Nacionalidad</th><th scope="col">Fecha Nac.</th><th scope="col">Fecha Solicitud</th><th scope="col">Lugar</th><th scope="col">Etapa</th><th scope="col">Resultado</th><th scope="col">Notif. escrita</th><th scope="col">&nbsp;</th></tr>
${rows}
</table>
<div class="paginador">Página ${pageNumber} de ${pages} ${pager}</div></div>`,
  );
}

function row(label: string, value: string): string {
  return `<tr><td class="etiqueta">${e(label)}:</td><td class="valor">${e(value)}</td></tr>`;
}

export function ceprCaseDetail(index: number, day: PortalDay): string {
  const c: SyntheticCase = syntheticCase(index, day.today);
  const members = c.members
    .map(
      (m) =>
        `<tr><td>${e(m.relationship)}</td><td>${e(m.alias)}</td><td>${e(m.birthDate)}</td><td>${e(m.needs.join(", ") || "—")}</td><td>${e(m.situation)}</td></tr>`,
    )
    .join("");
  const family = c.familyInPeru.length
    ? c.familyInPeru.map((f) => `<tr><td>${e(f.relationship)}</td><td>${e(f.status)}</td></tr>`).join("")
    : `<tr><td colspan="2">Sin registros</td></tr>`;
  return page(
    day.today,
    `CEPR - Expediente ${c.file}`,
    `<div class="cabecera-sistema">Comisión Especial para los Refugiados — Sistema de Gestión de Expedientes</div>
<div class="contenido" id="expediente" data-expediente="${e(c.file)}">
<h2>Expediente ${e(c.file)}</h2>
<fieldset><legend>Datos de la solicitud</legend><table class="form">
${row("N° Expediente", c.file)}${row("Nacionalidad", c.nationality)}${row("Fecha de solicitud", c.claimDate)}
${row("Lugar de presentación", c.place)}${row("Etapa", c.stage)}
${row("Motivos de salida", c.reasons.join("; "))}
</table></fieldset>
<fieldset><legend>Grupo familiar</legend>
<table class="grilla" id="tblGrupoFamiliar"><thead><tr><th>Parentesco</th><th>Alias</th><th>Fecha de nacimiento</th><th>Necesidades específicas</th><th>Situación</th></tr></thead><tbody>${members}</tbody></table>
</fieldset>
<fieldset><legend>Carné de solicitante</legend><table class="form">
${row("Fecha de emisión", c.carneIssued)}${row("Última renovación", c.carneRenewed)}
</table></fieldset>
<fieldset><legend>Resolución</legend><table class="form">
${row("Resultado", c.outcome)}${row("Fundamento", c.grounds)}${row("Fecha de resolución", c.decisionDate === "—" ? "—" : longDate(c.decisionDate))}
${row("Notificación escrita", c.written)}${row("Fecha de notificación", c.notifiedDate)}
</table></fieldset>
<fieldset><legend>Familiares en el Perú</legend>
<table class="grilla" id="tblFamiliaresPeru"><tr><th>Parentesco</th><th>Situación migratoria</th></tr>${family}</table>
</fieldset>
<p><a href="${e(href("/cepr/casos", day))}">Volver a la bandeja</a></p>
</div>`,
  );
}
