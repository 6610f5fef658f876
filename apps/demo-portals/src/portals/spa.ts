import { ageOn, type IsoDate } from "@solidaria/domain";
import { page } from "../html.js";
import type { PortalDay } from "../reference-day.js";
import { syntheticCases, type SyntheticCase } from "../synthetic-cases.js";

/**
 * The modern portal's shell: the app script renders everything else in the browser, asking the API for
 * the cases of the day in the page's own `?today=`, if any.
 */
export function spaShell(day: PortalDay): string {
  return page(
    day.today,
    "Registro Nacional de Solicitantes",
    `<header class="app-bar">Registro Nacional de Solicitantes <small>(portal de demostración)</small></header>
<main class="contenido" id="app">
<div class="filtros"><label>Estado <select id="filter-status"><option value="">Todos</option><option>En evaluación</option><option>Denegado</option><option>Reconocido</option></select></label>
<label>Buscar <input id="filter-query" type="search" placeholder="Caso o alias"></label>
<button id="prev" type="button">Anterior</button><button id="next" type="button">Siguiente</button><button id="refresh" type="button">Actualizar</button> <span id="page-info"></span></div>
<table id="case-table" class="grilla"><thead><tr></tr></thead><tbody></tbody></table>
</main>
<script type="module" src="/spa/app.js"></script>`,
    ".app-bar{background:#1f4e79;color:#fff;padding:10px 14px;font-size:16px}.filtros{margin-bottom:8px}.filtros label{margin-right:10px}",
  );
}

export interface SpaItem {
  file: string;
  alias: string;
  nationality: string;
  age: number;
  claimDate: string;
  location: string;
  status: string;
  decision: string;
}

const STATUS: Record<string, string> = {
  "EN EVALUACIÓN": "En evaluación",
  DENEGADO: "Denegado",
  RECONOCIDO: "Reconocido",
};

/** Case `c` as the API lists it on `today` (YYYY-MM-DD): the age is counted on that day. */
export function spaItem(c: SyntheticCase, today: IsoDate): SpaItem {
  const [d, m, y] = c.birthDate.split("/");
  if (d === undefined || m === undefined || y === undefined)
    throw new Error(`${c.file}: birth date "${c.birthDate}" is not dd/mm/yyyy`);
  const age = ageOn(`${y}-${m}-${d}`, today);
  return {
    file: c.file,
    alias: c.alias,
    nationality: c.nationality.charAt(0) + c.nationality.slice(1).toLowerCase(),
    age,
    claimDate: c.claimDate,
    location: c.atBorder ? "Frontera - CEBAF Tumbes" : `Ciudad - ${c.place}`,
    status: STATUS[c.outcome] ?? c.outcome,
    decision:
      c.outcome === "DENEGADO"
        ? c.written === "No"
          ? "Denegado (verbal)"
          : "Denegado"
        : c.outcome === "RECONOCIDO"
          ? "Reconocido"
          : "—",
  };
}

export function spaCases(
  query: { page: number; size: number; n: number; status?: string; q?: string },
  day: PortalDay,
) {
  const all = syntheticCases(query.n, day.today).map((c) => spaItem(c, day.today));
  const q = (query.q ?? "").toLowerCase();
  const filtered = all.filter(
    (item) =>
      (!query.status || item.status === query.status) && (!q || `${item.file} ${item.alias}`.toLowerCase().includes(q)),
  );
  const pages = Math.max(1, Math.ceil(filtered.length / query.size));
  const pageNumber = Math.min(Math.max(1, query.page), pages);
  return {
    page: pageNumber,
    pages,
    total: filtered.length,
    items: filtered.slice((pageNumber - 1) * query.size, pageNumber * query.size),
  };
}
