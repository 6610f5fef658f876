import { escapeHtml as e, page } from "../html.js";
import type { PortalDay } from "../reference-day.js";
import { syntheticCases } from "../synthetic-cases.js";

/**
 * A portal no built-in plugin knows (cards, Spanish labels): the extension can only annotate it
 * through a declarative adapter a user imports.
 */
export function ecuadorRegistryCards(count: number, day: PortalDay): string {
  const cards = syntheticCases(count, day.today)
    .map(
      (c) => `<div class="tarjeta" data-caso="${e(c.file)}"><h3>${e(c.file)}</h3><dl>
<dt>Nacionalidad</dt><dd>${e(c.nationality)}</dd><dt>Fecha de nacimiento</dt><dd>${e(c.birthDate)}</dd>
<dt>Lugar</dt><dd>${c.atBorder ? "Frontera norte (Rumichaca)" : "Quito"}</dd><dt>Resultado</dt><dd>${e(c.outcome)}</dd></dl></div>`,
    )
    .join("\n");
  return page(
    day.today,
    "Registro de protección internacional — Ecuador (réplica)",
    `<div class="cabecera-sistema" style="background:#14532d">Registro de protección internacional</div><div class="contenido" id="tarjetas">${cards}</div>`,
    ".tarjeta{background:#fff;border:1px solid #aaa;margin:6px;padding:6px;display:inline-block;width:260px;vertical-align:top}",
  );
}
