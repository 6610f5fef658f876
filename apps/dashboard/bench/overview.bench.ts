/**
 * `pnpm bench` for the dashboard, against the real server holding 1,000,000 pledge events:
 *  1. the JavaScript the first page (the overview) loads, gzip-compressed: what it needs to show its
 *     figures, and everything it loads in all (the chart library comes after the figures);
 *  2. the overview's time to show its figures, from navigation to the coverage table's figures on
 *     screen, beside the report API's own time for the same calls measured in the same run.
 * Targets: first-page JavaScript <= 300 KB gzip.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { chromium, type Page, type Response } from "playwright-core";
import { closeDatabase } from "@solidaria/db";
import { createHttpServer, createLogger, DEMO_USERS, listen } from "@solidaria/server";
// The server's benchmarks fill a ledger the same way: one definition of the large ledger.
import { fillLedger } from "../../server/bench/large-ledger.js";

const EVENTS = Number(process.env.BENCH_EVENTS ?? 1_000_000);
const ROUNDS = 5;
const DIST = join(dirname(fileURLToPath(import.meta.url)), "..", "dist");
const TARGET_KB = 300;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const dir = mkdtempSync(join(tmpdir(), "solidaria-dashboard-bench-"));
const started = performance.now();
const { db, store, events } = await fillLedger(join(dir, "ledger.sqlite"), EVENTS);
console.log(
  `dashboard overview over ${events.toLocaleString("en")} pledge events (ledger filled in ${((performance.now() - started) / 1000).toFixed(1)} s)`,
);
const server = createHttpServer({ store, dashboardDir: DIST, logger: createLogger("silent") });
const url = await listen(server, 0);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  headless: false,
  args: ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
});

try {
  const context = await browser.newContext({ locale: "en", viewport: { width: 1280, height: 900 } });
  // Notes, in every page, when the demo appeal's figures are first in the coverage table.
  await context.addInitScript(() => {
    const state = window as unknown as { figuresAt?: number };
    new MutationObserver(() => {
      if (state.figuresAt !== undefined) return;
      const row = [...document.querySelectorAll("tr")].find((candidate) =>
        candidate.textContent?.includes("RMRP-2019-DEMO"),
      );
      if (row?.textContent?.includes("US$")) state.figuresAt = performance.now();
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  const page = await context.newPage();
  const donor = DEMO_USERS.find((user) => user.role === "donor");
  if (donor === undefined) throw new Error("expected a demo donor");
  await page.goto(`${url}/sign-in`);
  await page.locator("input[autocomplete=username]").fill(donor.email);
  await page.locator("input[autocomplete=current-password]").fill(donor.password);
  await page.locator("form button[type=submit]").click();
  await page.locator("nav.site-nav").waitFor();
  await page.waitForLoadState("networkidle");

  // The report calls the overview makes, timed over HTTP with the same session, as the page makes them.
  const apiCalls = await page.evaluate(() =>
    performance
      .getEntriesByType("resource")
      .map((entry) => entry.name)
      .filter((name) => name.includes("/trpc/report.")),
  );
  const apiTime = async () =>
    page.evaluate(async (calls) => {
      const began = performance.now();
      await Promise.all(calls.map(async (call) => (await fetch(call)).text()));
      return performance.now() - began;
    }, apiCalls);

  /**
   * Loads the overview afresh and times it, in the page, from navigation until the coverage table
   * shows the demo appeal's figures (a MutationObserver notes the moment); the scripts it needed are
   * those it requested before that moment.
   */
  async function overviewLoad(
    target: Page,
  ): Promise<{ ms: number; scriptsBeforeFigures: Buffer[]; scripts: Buffer[] }> {
    const bodies = new Map<string, Promise<Buffer>>();
    const listener = (response: Response) => {
      if (response.request().resourceType() === "script") bodies.set(response.url(), response.body());
    };
    target.on("response", listener);
    await target.goto(url);
    const ms = await target.waitForFunction(() => (window as unknown as { figuresAt?: number }).figuresAt, null, {
      polling: 50,
    });
    const figuresAt = (await ms.jsonValue()) as number;
    await target.waitForLoadState("networkidle");
    target.off("response", listener);
    const requestedBefore = await target.evaluate(
      (until) =>
        performance
          .getEntriesByType("resource")
          .filter((entry) => entry.startTime < until)
          .map((entry) => entry.name),
      figuresAt,
    );
    const scripts = await Promise.all(bodies.values());
    const scriptsBeforeFigures = await Promise.all(
      [...bodies].filter(([scriptUrl]) => requestedBefore.includes(scriptUrl)).map(([, body]) => body),
    );
    return { ms: figuresAt, scriptsBeforeFigures, scripts };
  }

  // Each round in a fresh page of the same session: the browser's cache is cold for the first only.
  const cold = await overviewLoad(page);
  const loads: number[] = [];
  const apis: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const fresh = await context.newPage();
    loads.push((await overviewLoad(fresh)).ms);
    apis.push(await apiTime());
    await fresh.close();
  }
  const gzip = (bodies: Buffer[]) => bodies.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0);
  const firstPage = gzip(cold.scriptsBeforeFigures);
  const all = gzip(cold.scripts);
  console.log(
    `  first page's JavaScript to show its figures: ${kb(firstPage)} gzip in ${cold.scriptsBeforeFigures.length} files; ratio to the ${TARGET_KB} KB target ${(firstPage / (TARGET_KB * 1024)).toFixed(2)}: ${firstPage <= TARGET_KB * 1024 ? "met" : "NOT met"}`,
  );
  console.log(
    `  everything the overview loads (the charts' library after the figures): ${kb(all)} gzip in ${cold.scripts.length} files`,
  );
  console.log(
    `  cold load (nothing cached) to figures in the page: ${cold.ms.toFixed(0)} ms; the report API alone for the same calls: ${median(apis).toFixed(0)} ms (median of ${ROUNDS})`,
  );
  console.log(
    `  overview to figures in the page (from navigation): ${median(loads).toFixed(0)} ms (median of ${ROUNDS}), ratio to the report API's own time ${(median(loads) / median(apis)).toFixed(2)}  [${apiCalls.length} report calls: ${apiCalls.map((call) => new URL(call).pathname.replace("/trpc/", "")).join(" ")}]`,
  );
} finally {
  await browser.close();
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  closeDatabase(db);
  rmSync(dir, { recursive: true, force: true });
}
