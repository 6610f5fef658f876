import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { todayLocal, type IsoDate } from "@solidaria/domain";
import { ceprCaseDetail, ceprCaseList } from "./portals/cepr.js";
import { migracionesTravellerRecord } from "./portals/migraciones.js";
import { spaCases, spaShell } from "./portals/spa.js";
import { escapeHtml as e, page } from "./html.js";
import { ecuadorRegistryCards } from "./portals/ecuador-registry.js";
import { href, parseReferenceDay, referenceDayProblem, type PortalDay } from "./reference-day.js";

const PUBLIC = join(dirname(fileURLToPath(import.meta.url)), "..", "public");
const MAX_CASES = 100_000;

function int(value: string | null, fallback: number, max: number): number {
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? Math.min(number, max) : fallback;
}

function index(day: PortalDay): string {
  const a = (path: string, text: string) => `<a href="${e(href(path, day))}">${text}</a>`;
  return page(
    day.today,
    "Portales de demostración",
    `<div class="contenido"><h1>Portales de demostración (datos sintéticos)</h1><ul>
<li>${a("/cepr/casos", "CEPR — bandeja de expedientes")} (${a("/cepr/casos?n=1000&size=1000", "1.000 filas")}, ${a("/cepr/casos?n=10000&size=10000", "10.000 filas")})</li>
<li>${a("/cepr/expediente?id=0", "CEPR — detalle de expediente")}</li>
<li>${a("/migraciones/control?id=0", "Migraciones — control migratorio CEBAF Tumbes")}</li>
<li>${a("/spa/", "Registro Nacional de Solicitantes (aplicación de una sola página)")}</li>
<li>${a("/ecuador/registro", "Registro de Ecuador en tarjetas (ningún complemento lo conoce: importar un adaptador)")}</li>
</ul>
<p>Las fechas de los casos se cuentan desde el día de referencia (${e(day.today)}): hoy, salvo que se fije con <code>DEMO_TODAY</code> o con <code>?today=AAAA-MM-DD</code> en cualquier dirección.</p></div>`,
  );
}

/** The reference day a request asks for (`?today=`), else the server's; or why the request is refused. */
function requestDay(url: URL, pinned: IsoDate | undefined): PortalDay | { problem: string } {
  const [given, ...more] = url.searchParams.getAll("today");
  if (given === undefined) return { today: pinned ?? todayLocal() };
  if (more.length > 0) return { problem: `today must be given once, not ${more.length + 1} times` };
  const problem = referenceDayProblem(given, "today");
  return problem === null ? { today: given, inLinks: true } : { problem };
}

export interface PortalServerOptions {
  /**
   * The day every page's synthetic cases are dated from (YYYY-MM-DD), for tests and fixtures. By default
   * the server's local date, read on each request. A page's own `?today=` wins over both.
   */
  readonly today?: string;
}

/**
 * Serves the replicas. Every list takes `n` (cases in total) and `size` (rows per page) for benchmarks,
 * and every URL `today=YYYY-MM-DD` (the reference day; anything else is refused with a 400).
 */
export function createPortalServer(options: PortalServerOptions = {}): Server {
  const pinned = options.today === undefined ? undefined : parseReferenceDay(options.today, "today");
  return createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const day = requestDay(url, pinned);
    if ("problem" in day) {
      // Refused, never ignored: a page quietly dated from another day would look right and be wrong.
      res.writeHead(400, {
        "content-type": "text/plain; charset=utf-8",
        "x-content-type-options": "nosniff",
        "cache-control": "no-store",
      });
      return res.end(
        `Bad request: ${day.problem}. Leave today out to date the cases from ${pinned ?? "the server's date"}.\n`,
      );
    }
    const html = (body: string) => {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
      res.end(body);
    };
    const n = int(url.searchParams.get("n"), 60, MAX_CASES);
    const id = int(url.searchParams.get("id"), 0, MAX_CASES) || 0;
    switch (url.pathname) {
      case "/":
        return html(index(day));
      case "/cepr-baseline/casos": // the same list under a path no plugin matches, for benchmarks
      case "/cepr/casos":
        return html(
          ceprCaseList(
            int(url.searchParams.get("page"), 1, MAX_CASES),
            int(url.searchParams.get("size"), 20, MAX_CASES),
            n,
            day,
          ),
        );
      case "/cepr/expediente":
        return html(ceprCaseDetail(Number(url.searchParams.get("id") ?? 0) || 0, day));
      case "/migraciones/control":
        return html(migracionesTravellerRecord(Number(url.searchParams.get("id") ?? 0) || 0, day));
      case "/ecuador/registro":
        return html(ecuadorRegistryCards(Math.min(n, 500), day));
      case "/spa/":
      case "/spa":
        return html(spaShell(day));
      case "/spa/app.js":
      case "/spa/rows.js":
        res.writeHead(200, { "content-type": "text/javascript; charset=utf-8" });
        return res.end(readFileSync(join(PUBLIC, url.pathname)));
      case "/spa/api/cases": {
        const data = spaCases(
          {
            page: int(url.searchParams.get("page"), 1, MAX_CASES),
            size: int(url.searchParams.get("size"), 25, MAX_CASES),
            n,
            status: url.searchParams.get("status") ?? "",
            q: url.searchParams.get("q") ?? "",
          },
          day,
        );
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
