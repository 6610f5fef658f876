import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { ceprCaseDetail, ceprCaseList } from "./portals/cepr.js";
import { migracionesTravellerRecord } from "./portals/migraciones.js";
import { spaCases, spaShell } from "./portals/spa.js";
import { page } from "./html.js";
import { ecuadorRegistryCards } from "./portals/ecuador-registry.js";

const PUBLIC = join(dirname(fileURLToPath(import.meta.url)), "..", "public");
const MAX_CASES = 100_000;

function int(value: string | null, fallback: number, max: number): number {
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? Math.min(number, max) : fallback;
}

function index(): string {
  return page(
    "Portales de demostración",
    `<div class="contenido"><h1>Portales de demostración (datos sintéticos)</h1><ul>
<li><a href="/cepr/casos">CEPR — bandeja de expedientes</a> (<a href="/cepr/casos?n=1000&amp;size=1000">1.000 filas</a>, <a href="/cepr/casos?n=10000&amp;size=10000">10.000 filas</a>)</li>
<li><a href="/cepr/expediente?id=0">CEPR — detalle de expediente</a></li>
<li><a href="/migraciones/control?id=0">Migraciones — control migratorio CEBAF Tumbes</a></li>
<li><a href="/spa/">Registro Nacional de Solicitantes (aplicación de una sola página)</a></li>
<li><a href="/ecuador/registro">Registro de Ecuador en tarjetas (ningún complemento lo conoce: importar un adaptador)</a></li>
</ul></div>`,
  );
}

/** Serves the replicas. Every list takes `n` (cases in total) and `size` (rows per page) for benchmarks. */
export function createPortalServer(): Server {
  return createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const html = (body: string) => {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
      res.end(body);
    };
    const n = int(url.searchParams.get("n"), 60, MAX_CASES);
    const id = int(url.searchParams.get("id"), 0, MAX_CASES) || 0;
    switch (url.pathname) {
      case "/":
        return html(index());
      case "/cepr-baseline/casos": // the same list under a path no plugin matches, for benchmarks
      case "/cepr/casos":
        return html(
          ceprCaseList(
            int(url.searchParams.get("page"), 1, MAX_CASES),
            int(url.searchParams.get("size"), 20, MAX_CASES),
            n,
          ),
        );
      case "/cepr/expediente":
        return html(ceprCaseDetail(Number(url.searchParams.get("id") ?? 0) || 0));
      case "/migraciones/control":
        return html(migracionesTravellerRecord(Number(url.searchParams.get("id") ?? 0) || 0));
      case "/ecuador/registro":
        return html(ecuadorRegistryCards(Math.min(n, 500)));
      case "/spa/":
      case "/spa":
        return html(spaShell());
      case "/spa/app.js":
      case "/spa/rows.js":
        res.writeHead(200, { "content-type": "text/javascript; charset=utf-8" });
        return res.end(readFileSync(join(PUBLIC, url.pathname)));
      case "/spa/api/cases": {
        const data = spaCases({
          page: int(url.searchParams.get("page"), 1, MAX_CASES),
          size: int(url.searchParams.get("size"), 25, MAX_CASES),
          n,
          status: url.searchParams.get("status") ?? "",
          q: url.searchParams.get("q") ?? "",
        });
        res.writeHead(200, { "content-type": "application/json" });
        return res.end(JSON.stringify(data));
      }
      default:
        res.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
        res.end(`no existe ${id >= 0 ? url.pathname : ""}`);
    }
  });
}

export function listenPortals(server: Server, port: number, host = "127.0.0.1"): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve(`http://${host}:${(server.address() as AddressInfo).port}`));
  });
}
