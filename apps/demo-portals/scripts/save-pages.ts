/**
 * Saves pages of the demo portals as the plugins' test fixtures (packages/plugins/<plugin>/fixtures).
 * The single-page app is saved as it looks after rendering, using its own row builder.
 *
 * The pages are dated from a fixed reference day, FIXTURE_DAY, whatever today is: the plugins' tests
 * evaluate them with the same `today`, so the saved pages, and what the tests expect, never drift.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Window } from "happy-dom";
import { ceprCaseDetail, ceprCaseList } from "../src/portals/cepr.js";
import { migracionesTravellerRecord } from "../src/portals/migraciones.js";
import { spaCases, spaShell, type SpaItem } from "../src/portals/spa.js";
import type { PortalDay } from "../src/reference-day.js";
// @ts-expect-error -- plain browser module shared with the app
import * as spaRows from "../public/spa/rows.js";

/** What rows.js exports, as plain JavaScript the type checker does not read. */
const { buildRow, HEADERS } = spaRows as {
  buildRow: (document: Document, item: SpaItem) => Element;
  HEADERS: readonly string[];
};

/** The `today` of packages/plugins/{pe-cepr,pe-migraciones,demo-spa}/test: change both together. */
const FIXTURE_DAY: PortalDay = { today: "2019-11-20" };

const plugins = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "packages", "plugins");

function save(plugin: string, name: string, html: string): void {
  const file = join(plugins, plugin, "fixtures", name);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, html);
  console.log(`saved ${file}`);
}

save("pe-cepr", "case-list.html", ceprCaseList(1, 7, 60, FIXTURE_DAY));
for (const id of [0, 1, 2, 3, 4, 5]) save("pe-cepr", `case-detail-${id}.html`, ceprCaseDetail(id, FIXTURE_DAY));
for (const id of [0, 4, 6])
  save("pe-migraciones", `traveller-record-${id}.html`, migracionesTravellerRecord(id, FIXTURE_DAY));

const window = new Window({ url: "http://localhost:8080/spa/", settings: { disableJavaScriptEvaluation: true } });
window.document.write(spaShell(FIXTURE_DAY));
const document = window.document as unknown as Document;
/** An element of the SPA's shell; its absence means spaShell() no longer matches this script. */
function shellElement(selector: string): Element {
  const element = document.querySelector(selector);
  if (!element) throw new Error(`the SPA shell has no ${selector}`);
  return element;
}
shellElement("#case-table thead tr").replaceChildren(
  ...HEADERS.map((text) => Object.assign(document.createElement("th"), { textContent: text })),
);
const data = spaCases({ page: 1, size: 7, n: 60 }, FIXTURE_DAY);
shellElement("#case-table tbody").replaceChildren(...data.items.map((item) => buildRow(document, item)));
// Reading the rendered page's markup to save it as a file; nothing is ever assigned as HTML.
// eslint-disable-next-line no-restricted-properties
save("demo-spa", "case-list.html", `<!DOCTYPE html>\n${document.documentElement.outerHTML}`);
