import type { IsoDate } from "@solidaria/domain";
import { portalDate } from "./synthetic-cases.js";

const ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Escapes text for HTML: the replicas treat every value as text, as a well-built portal would. */
export function escapeHtml(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

/** The banner on every page: synthetic data, and the day its dates are counted from. */
function syntheticBanner(today: IsoDate): string {
  return `<div class="aviso-demo" role="note">DEMOSTRACIÓN — datos SINTÉTICOS: ninguna persona real. Réplica local sin conexión con sistemas del Estado. Fechas relativas al ${portalDate(today)}.</div>`;
}

/** A page of the replicas, labelled synthetic, its dates counted from `today` (YYYY-MM-DD). */
export function page(today: IsoDate, title: string, body: string, styles = ""): string {
  return `<!DOCTYPE html>
<html lang="es">
<head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>
body{font-family:Verdana,Arial,sans-serif;font-size:12px;margin:0;background:#f4f4f4;color:#222}
.aviso-demo{background:#fff3cd;border-bottom:1px solid #c9a400;padding:4px 8px;font-weight:bold}
.cabecera-sistema{background:#8b0000;color:#fff;padding:8px 12px;font-size:15px}
.contenido{padding:10px 14px}
table.grilla{border-collapse:collapse;width:100%;background:#fff}
table.grilla th{background:#dcdcdc;border:1px solid #999;padding:3px}
table.grilla td{border:1px solid #bbb;padding:3px}
.paginador a{margin:0 3px}
${styles}
</style></head>
<body>${syntheticBanner(today)}${body}</body></html>`;
}
