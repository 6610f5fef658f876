/**
 * pnpm --filter @solidaria/extension screenshots [--out DIR]
 *
 * Writes PNG screenshots of the demo portals annotated by the built extension (run `wxt build`
 * first), in each of the three languages, with the coordination server's demo data synced. The
 * README shows them; regenerate them after changing how badges look. The cases are dated from the day
 * the screenshots are taken, as the extension evaluates them on that day.
 */
import { mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import type { Page } from "playwright-core";
import {
  badgeOf,
  badges,
  launchWithExtension,
  pressAndReadStatus,
  saveServer,
  startCoordinationServer,
  startPortals,
  type ExtensionBrowser,
} from "../test/e2e/harness.js";

const { values } = parseArgs({ options: { out: { type: "string" } } });
const out = resolve(values.out ?? join(dirname(fileURLToPath(import.meta.url)), "..", "screenshots"));
mkdirSync(out, { recursive: true });

type Language = "es" | "pt" | "en";

async function configure(
  browser: ExtensionBrowser,
  settings: { language: Language; serverUrl?: string },
): Promise<void> {
  const options = await browser.options();
  await options.selectOption("#language", settings.language);
  await options.locator("#status.ok").waitFor();
  if (settings.serverUrl) {
    await saveServer(options, settings.serverUrl);
    const synced = await pressAndReadStatus(options, "#sync-now");
    if (!synced.ok) throw new Error(`sync with the demo server failed: ${synced.text}`);
  }
  await options.close();
}

async function annotated(browser: ExtensionBrowser, url: string, expected: number): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(url);
  await badges(page, expected);
  // Every badge in view placed and painted.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 50))));
  return page;
}

/** Opens the badge of the case with this reference (the page's only case when null), so the explanation shows. */
async function openBadge(page: Page, reference: string | null, row = "tr"): Promise<void> {
  const badge =
    reference === null ? page.locator("solidaria-layer button.badge").first() : await badgeOf(page, reference, row);
  await badge.click();
  await page.locator("solidaria-layer .panel section.annotation").first().waitFor();
}

async function save(page: Page, name: string): Promise<void> {
  const file = join(out, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  console.log(`wrote ${file}`);
}

const portals = await startPortals();
const coordination = await startCoordinationServer();
const browser = await launchWithExtension();
try {
  await configure(browser, { language: "es", serverUrl: coordination.url });

  const list = await annotated(browser, `${portals.url}/cepr/casos?n=60&size=12`, 10);
  await save(list, "cepr-case-list.es");
  await openBadge(list, "CEPR-2019-000004");
  await save(list, "cepr-case-list-details.es");
  await list.close();

  const border = await annotated(browser, `${portals.url}/migraciones/control?id=0`, 1);
  await openBadge(border, null);
  await save(border, "migraciones-border-control.es");
  await border.close();

  await configure(browser, { language: "pt" });
  const caseFile = await annotated(browser, `${portals.url}/cepr/expediente?id=5`, 1);
  await openBadge(caseFile, null);
  await save(caseFile, "cepr-case-file-resettlement.pt");
  await caseFile.close();

  await configure(browser, { language: "en" });
  const spa = await annotated(browser, `${portals.url}/spa/?n=60&size=10&refreshMs=600000`, 10);
  await save(spa, "single-page-portal.en");
  const options = await browser.options();
  const tabId = await options.evaluate(async (url) => {
    const tabs = (globalThis as unknown as { chrome: { tabs: { query(query: object): Promise<{ id?: number }[]> } } })
      .chrome.tabs;
    const [tab] = await tabs.query({ url: `${url}/spa/*` });
    return tab?.id;
  }, portals.url);
  await options.close();
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 420, height: 640 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  await popup.locator("#by-severity").waitFor();
  await save(popup, "popup.en");
  await popup.close();
  await spa.close();
} finally {
  await browser.close();
  await coordination.close();
  await portals.close();
}
