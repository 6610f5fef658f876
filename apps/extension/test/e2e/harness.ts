import { mkdtempSync, rmSync } from "node:fs";
import type { IncomingMessage, Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type BrowserContext, type Locator, type Page } from "playwright-core";
import { createPortalServer, listenPortals } from "@solidaria/demo-portals";
import { builtExtensionId, createHttpServer, createLogger, openStore, seedDemoData } from "@solidaria/server";

const EXTENSION_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..", ".output", "chrome-mv3");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export interface RecordedRequest {
  readonly url: string;
  readonly method: string;
  readonly body: string;
}

/** The demo portals on a random port, dated from `today` (YYYY-MM-DD; the machine's date by default). */
export async function startPortals(today?: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createPortalServer(today === undefined ? {} : { today });
  const url = await listenPortals(server, 0);
  return { url, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/**
 * The real coordination server (demo data, temporary SQLite file), with every request it receives
 * recorded, body included, so tests can check that nothing about a case ever reaches it.
 */
export async function startCoordinationServer(): Promise<{
  url: string;
  requests: RecordedRequest[];
  /** The ledger the server runs on, for tests that administer it (tokens) as an operator would. */
  store: Awaited<ReturnType<typeof openStore>>;
  close: () => Promise<void>;
}> {
  const dir = mkdtempSync(join(tmpdir(), "solidaria-e2e-"));
  const store = await openStore(join(dir, "ledger.sqlite"));
  await seedDemoData(store);
  // The server allows no extension it was not told about: it is told the built extension's id.
  const server: Server = createHttpServer({
    store,
    extensionIds: [expectedExtensionId()],
    logger: createLogger(process.env.SOLIDARIA_LOG_LEVEL === "debug" ? "debug" : "silent"),
  });
  const requests: RecordedRequest[] = [];
  const handlers = server.listeners("request") as ((req: IncomingMessage, res: unknown) => void)[];
  server.removeAllListeners("request");
  server.on("request", (req: IncomingMessage, res) => {
    // A second 'data' listener sees the same chunks as the API's own reader.
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () =>
      requests.push({ url: req.url ?? "", method: req.method ?? "", body: Buffer.concat(chunks).toString("utf8") }),
    );
    for (const handler of handlers) handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    requests,
    store,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(() => resolve(undefined)));
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The id Chromium gives the built extension, from the key in its manifest. */
function expectedExtensionId(): string {
  const id = builtExtensionId(EXTENSION_DIR);
  if (id === null)
    throw new Error(
      `Expected a "key" in ${EXTENSION_DIR}/manifest.json (see wxt.config.ts): build the extension first`,
    );
  return id;
}

export interface ExtensionBrowser {
  readonly context: BrowserContext;
  readonly extensionId: string;
  /** Every request any page or the extension made, with its body. */
  readonly requests: RecordedRequest[];
  options(): Promise<Page>;
  close(): Promise<void>;
}

/** Debian's Chromium with the built extension loaded, headless. */
export async function launchWithExtension(): Promise<ExtensionBrowser> {
  const profile = mkdtempSync(join(tmpdir(), "solidaria-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false,
    args: [
      "--headless=new",
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--lang=es",
    ],
  });
  const requests: RecordedRequest[] = [];
  context.on("request", (request) =>
    requests.push({ url: request.url(), method: request.method(), body: request.postData() ?? "" }),
  );
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent("serviceworker");
  const extensionId = new URL(worker.url()).host;
  // The id the coordination server was given must be the one Chromium uses, or every sync is refused.
  if (extensionId !== expectedExtensionId())
    throw new Error(`Chromium gave the extension the id ${extensionId}, not ${expectedExtensionId()} from its key`);
  return {
    context,
    extensionId,
    requests,
    async options() {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/options.html`);
      await page.locator("#language").waitFor();
      return page;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Waits until the extension has read at least `expected` cases on the page and drawn the badges of the
 * rows in view (badges live in one layer above the portal, `solidaria-layer`, which counts the cases).
 */
export async function badges(page: Page, expected: number): Promise<void> {
  await page.waitForFunction(
    (count) => {
      const layer = document.querySelector<HTMLElement>("solidaria-layer");
      return (
        Number(layer?.dataset.cases ?? 0) >= count && document.documentElement.dataset.solidariaIdleAt !== undefined
      );
    },
    expected,
    { timeout: 20_000 },
  );
}

/** The badge of the case with this reference (scrolled into view first: rows out of view have none). */
export async function badgeOf(page: Page, reference: string, row = "tr"): Promise<Locator> {
  await page.locator(row, { hasText: reference }).first().scrollIntoViewIfNeeded();
  const badge = page.locator(`solidaria-layer .badge[data-reference="${reference}"]`).first();
  await badge.waitFor();
  return badge;
}

/**
 * Presses a button on the options page and returns the status line it leads to. The line is cleared
 * first: a save rebuilds the page and a sync rewrites the line, and either may say what it said before.
 */
export async function pressAndReadStatus(options: Page, button: string): Promise<{ ok: boolean; text: string }> {
  await options.locator("#status").evaluate((status) => {
    status.textContent = "";
    status.removeAttribute("class");
  });
  await options.click(button);
  const status = options.locator("#status.ok:not(:empty), #status.error:not(:empty)");
  await status.waitFor();
  return { ok: (await status.getAttribute("class")) === "ok", text: (await status.textContent()) ?? "" };
}

/** Enters a coordination server (and token) in the options page and saves them. */
export async function saveServer(options: Page, url: string, token = ""): Promise<{ ok: boolean; text: string }> {
  await options.fill("#server-url", url);
  await options.fill("#server-token", token);
  return pressAndReadStatus(options, "#save-server");
}

/**
 * Makes the stored adapter with this id invalid, as an older version of the extension or a hand edit
 * could leave it (a selector that no longer parses), through the options page's own storage access.
 */
export async function breakStoredAdapter(options: Page, id: string): Promise<void> {
  await options.evaluate(async (adapterId) => {
    const local = (
      globalThis as unknown as {
        chrome: {
          storage: {
            local: {
              get(key: string): Promise<Record<string, { adapters: { id: string; pages: { records: string }[] }[] }>>;
              set(value: object): Promise<void>;
            };
          };
        };
      }
    ).chrome.storage.local;
    const { settings } = await local.get("settings");
    const page = settings?.adapters.find((adapter) => adapter.id === adapterId)?.pages[0];
    if (!page) throw new Error(`Expected the stored adapter ${adapterId}`);
    page.records = "div.tarjeta[";
    await local.set({ settings });
  }, id);
}
