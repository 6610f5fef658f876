import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import puppeteer, { type Browser, type ElementHandle, type Page } from "puppeteer-core";

/**
 * The extension's Firefox build (.output/firefox-mv3) in Debian's Firefox ESR, driven over WebDriver
 * BiDi: Firefox is started headless with a fresh profile, and the build is installed as a temporary
 * add-on (BiDi's webExtension.install), as about:debugging would install it.
 */

const EXTENSION_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..", ".output", "firefox-mv3");
const FIREFOX = process.env.FIREFOX_PATH ?? "/usr/bin/firefox-esr";

/**
 * Preferences of the test profile, on top of those puppeteer writes into every profile it creates
 * (no updates, no telemetry, no first-run pages; background services pointed at an address that does
 * not resolve).
 */
const PREFERENCES = {
  // Firefox treats a Manifest V3 add-on's host permissions (and its content scripts' matches) as the
  // user's to grant; they are granted at install only when this is true (Extension.sys.mjs,
  // `_setupStartupPermissions`, the `installIncludesOrigins` preference). It is Firefox's default
  // since 127, but a distribution or an enterprise policy may turn it off, and without the grant no
  // content script runs on the portals: the test says what it relies on.
  "extensions.originControls.grantByDefault": true,
  // Spanish, the portals' language, whatever the machine's locale: the extension's "auto" language
  // follows navigator.language, which is the first of these (Chromium's tests pass --lang=es).
  "intl.accept_languages": "es",
} as const;

export interface FirefoxWithExtension {
  readonly browser: Browser;
  /** The add-on id Firefox installed the build under (browser_specific_settings.gecko.id). */
  readonly extensionId: string;
  /** The address of every request a page opened through `newPage` made. */
  readonly requests: string[];
  /** A new tab whose requests are recorded. */
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/** The add-on id in the built manifest. */
export function manifestExtensionId(): string {
  const file = join(EXTENSION_DIR, "manifest.json");
  if (!existsSync(file)) throw new Error(`${file} is not there: run "wxt build -b firefox --mv3" first`);
  const manifest = JSON.parse(readFileSync(file, "utf8")) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (id === undefined) throw new Error(`Expected browser_specific_settings.gecko.id in ${file} (see wxt.config.ts)`);
  return id;
}

/** Debian's Firefox ESR, headless, with the Firefox build installed as a temporary add-on. */
export async function launchFirefoxWithExtension(): Promise<FirefoxWithExtension> {
  const expectedId = manifestExtensionId();
  // puppeteer creates the profile in a new temporary folder and removes it when Firefox exits.
  const browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: FIREFOX,
    headless: true,
    extraPrefsFirefox: PREFERENCES,
  });
  try {
    // Unsigned builds can only be installed temporarily (until Firefox exits), which is what a test wants.
    const extensionId = await browser.installExtension(EXTENSION_DIR);
    if (extensionId !== expectedId)
      throw new Error(`Firefox installed the extension as ${extensionId}, not ${expectedId} from its manifest`);
    const requests: string[] = [];
    return {
      browser,
      extensionId,
      requests,
      async newPage() {
        const page = await browser.newPage();
        page.on("request", (request) => requests.push(request.url()));
        await page.setViewport({ width: 1280, height: 800 });
        return page;
      },
      close: () => browser.close(),
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/**
 * Waits until the extension has read at least `expected` cases on the page and drawn the badges of the
 * rows in view: the same signals as in Chromium (the layer counts the cases; the content script marks
 * the page when every record is processed).
 */
export async function badges(page: Page, expected: number): Promise<void> {
  try {
    await page.waitForFunction(
      (count: number) => {
        const layer = document.querySelector<HTMLElement>("solidaria-layer");
        return (
          Number(layer?.dataset.cases ?? 0) >= count && document.documentElement.dataset.solidariaIdleAt !== undefined
        );
      },
      { timeout: 20_000 },
      expected,
    );
  } catch (error) {
    // The content script marks the page as soon as it has mounted its plugins. Without the mark it never
    // ran, and in Firefox the usual reason is a host not granted: say so rather than only "timed out".
    const ran = await page.evaluate(() => document.documentElement.dataset.solidaria !== undefined);
    if (ran) throw error;
    throw new Error(
      `The content script did not run on ${page.url()}: was the portal's host granted? (PREFERENCES in ${fileURLToPath(import.meta.url)})`,
      { cause: error },
    );
  }
}

/** The badge of the case with this reference (its row scrolled into view first: rows out of view have none). */
export async function badgeOf(page: Page, reference: string, row = "tr"): Promise<ElementHandle<HTMLElement>> {
  const found = await page.evaluate(
    (selector: string, text: string) => {
      const match = [...document.querySelectorAll(selector)].find((element) => element.textContent?.includes(text));
      match?.scrollIntoView({ block: "center" });
      return match !== undefined;
    },
    row,
    reference,
  );
  if (!found) throw new Error(`No ${row} with ${reference} on ${page.url()}`);
  const handle = await page.waitForFunction(
    (text: string) =>
      document
        .querySelector("solidaria-layer")
        ?.shadowRoot?.querySelector<HTMLElement>(`.badge[data-reference="${CSS.escape(text)}"]`) ?? null,
    { timeout: 10_000 },
    reference,
  );
  const badge = handle.asElement();
  if (badge === null) throw new Error(`The badge of ${reference} is not an element`);
  return badge as ElementHandle<HTMLElement>;
}

/** The first badge on the page (for pages with one case). */
export async function firstBadge(page: Page): Promise<ElementHandle<HTMLElement>> {
  const handle = await page.waitForFunction(
    () => document.querySelector("solidaria-layer")?.shadowRoot?.querySelector<HTMLElement>(".badge") ?? null,
    { timeout: 10_000 },
  );
  const badge = handle.asElement();
  if (badge === null) throw new Error("The first badge is not an element");
  return badge as ElementHandle<HTMLElement>;
}

/** The annotation codes the badge's panel shows, most urgent first; the panel is closed again. */
export async function codesOf(page: Page, badge: ElementHandle<HTMLElement>): Promise<string[]> {
  await badge.click();
  const codes = await page.waitForFunction(
    () => {
      const sections = document
        .querySelector("solidaria-layer")
        ?.shadowRoot?.querySelectorAll<HTMLElement>(".panel:popover-open section.annotation");
      return sections && sections.length > 0 ? [...sections].map((section) => section.dataset.code ?? "") : null;
    },
    { timeout: 10_000 },
  );
  const list = (await codes.jsonValue()) ?? [];
  await page.keyboard.press("Escape");
  await page.waitForFunction(
    () => !document.querySelector("solidaria-layer")?.shadowRoot?.querySelector(".panel:popover-open"),
    { timeout: 10_000 },
  );
  return list;
}

/** How many badges the layer holds now. */
export function badgeCount(page: Page): Promise<number> {
  return page.evaluate(
    () => document.querySelector("solidaria-layer")?.shadowRoot?.querySelectorAll(".badge").length ?? 0,
  );
}
