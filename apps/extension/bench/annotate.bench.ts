/**
 * pnpm bench (extension): time from navigation to every badge on the CEPR case list with 1,000 and
 * 10,000 rows, beside a baseline content script that only reads the same cells, measured in the same
 * browser run; and the longest main-thread task on each page (PerformanceObserver "longtask").
 * Targets: <= 2x the baseline, 1,000 rows within 100 ms, no task over 50 ms.
 *
 * For scale it also times the cheapest possible change to the same table (one plain <span> per row):
 * in an auto-layout table any change re-lays out every row, and that frame alone is a long task.
 */
import type { Page } from "playwright-core";
import { launchWithExtension, startPortals, type ExtensionBrowser } from "../test/e2e/harness.js";

// BENCH_SIZES=1000 for a quick run.
const SIZES = process.env.BENCH_SIZES ? process.env.BENCH_SIZES.split(",").map(Number) : [1_000, 10_000];
const HEADERS = [
  "N° Expediente",
  "Nacionalidad",
  "Fecha Nac.",
  "Fecha Solicitud",
  "Lugar",
  "Etapa",
  "Resultado",
  "Notif. escrita",
];

/**
 * Installed before the page's own scripts: records long tasks and when the work is done. Plain
 * JavaScript in a string, because the page runs it as written (no TypeScript helpers there).
 */
const INSTRUMENT = `(${String.raw`function (options) {
  var state = { done: -1, shown: -1, longest: 0, tasks: 0 };
  window.__bench = state;
  new PerformanceObserver(function (list) {
    list.getEntries().forEach(function (entry) { state.longest = Math.max(state.longest, entry.duration); state.tasks += 1; });
  }).observe({ type: "longtask", buffered: true });
  if (options.mode === "extension") {
    // The content script stamps <html data-solidaria-idle-at> once every badge is in the page; they
    // are on screen after the next frame.
    new MutationObserver(function (_, observer) {
      if (!document.documentElement || document.documentElement.dataset.solidariaIdleAt === undefined) return;
      observer.disconnect();
      requestAnimationFrame(function () { setTimeout(function () { state.shown = performance.now(); }, 0); });
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ["data-solidaria-idle-at"] });
    return;
  }
  // The baseline "content script": at the same moment the extension starts, read the same cells by
  // header, and nothing else.
  document.addEventListener("DOMContentLoaded", function () {
    setTimeout(function () {
      var table = document.querySelector("table[id$='gvCasos']");
      var header = Array.prototype.slice.call(table.querySelector("tr").children);
      var columns = options.headers.map(function (text) { return header.findIndex(function (cell) { return cell.textContent.trim() === text; }); });
      var characters = 0;
      table.querySelectorAll("tr.fila, tr.filaAlterna").forEach(function (row) {
        columns.forEach(function (column) { var cell = row.children[column]; characters += cell ? cell.textContent.length : 0; });
      });
      window.__read = characters;
      state.done = performance.now();
      if (options.mode !== "baseline-write") return;
      // The cost of any change to the table: one plain inline element per row, then the next frame.
      table.querySelectorAll("tr.fila, tr.filaAlterna").forEach(function (row) {
        var mark = document.createElement("span");
        mark.style.cssText = "display:inline-block;margin:0 4px;padding:1px 8px;border:1px solid;border-radius:10px";
        mark.textContent = "\u26a0 Advertencia \u00b7 2 alertas";
        row.children[columns[0]].append(mark);
      });
      requestAnimationFrame(function () { setTimeout(function () { state.shown = performance.now(); }, 0); });
    }, 0);
  });
}`})`;

interface Measurement {
  /** ms since navigation: extension, every badge in the page; baseline, every cell read. */
  readonly done: number;
  /** ms since navigation: the frame after, when the badges are on screen (extension only). */
  readonly shown: number;
  readonly longest: number;
}

async function measure(
  page: Page,
  url: string,
  expected: number,
  mode: "extension" | "baseline" | "baseline-write",
): Promise<Measurement> {
  await page.bringToFront();
  await page.addInitScript({ content: `${INSTRUMENT}(${JSON.stringify({ expected, mode, headers: HEADERS })});` });
  await page.goto(url, { waitUntil: "domcontentloaded", timeout: 120_000 });
  type State = { done: number; shown: number; longest: number };
  if (mode === "extension") {
    await page.waitForFunction(() => (window as unknown as { __bench: State }).__bench.shown >= 0, undefined, {
      timeout: 120_000,
      polling: 50,
    });
    const badges = await page.evaluate(() => document.querySelectorAll("solidaria-badge").length);
    if (badges < expected) throw new Error(`only ${badges} of ${expected} badges`);
  } else {
    const key: "done" | "shown" = mode === "baseline" ? "done" : "shown";
    await page.waitForFunction((field) => (window as unknown as { __bench: State }).__bench[field] >= 0, key, {
      timeout: 120_000,
      polling: 50,
    });
  }
  // Long tasks are reported a little after they end.
  await page.waitForTimeout(300);
  return page.evaluate(() => {
    const bench = (window as unknown as { __bench: State }).__bench;
    const idle = document.documentElement.dataset.solidariaIdleAt;
    return {
      done: idle === undefined ? bench.done : Number(idle),
      shown: bench.shown >= 0 ? bench.shown : bench.done,
      longest: bench.longest,
    };
  });
}

/**
 * The longest stretch of the extension's own script on the page (a trace of one more load): long
 * tasks say how long the main thread was busy, not whether with our code or with the page's layout.
 */
async function longestExtensionScript(browser: ExtensionBrowser, url: string): Promise<number> {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  const events: { name: string; dur?: number; args?: { data?: { url?: string; scriptName?: string } } }[] = [];
  cdp.on("Tracing.dataCollected", (batch) => events.push(...(batch.value as unknown as typeof events)));
  const complete = new Promise((resolve) => cdp.once("Tracing.tracingComplete", resolve));
  await cdp.send("Tracing.start", { categories: "devtools.timeline", transferMode: "ReportEvents" });
  await page.goto(url, { waitUntil: "domcontentloaded", timeout: 120_000 });
  await page.waitForFunction(() => document.documentElement.dataset.solidariaIdleAt !== undefined, undefined, {
    timeout: 120_000,
    polling: 50,
  });
  await page.waitForTimeout(300);
  await cdp.send("Tracing.end");
  await complete;
  await page.close();
  const ours = (event: (typeof events)[number]) =>
    `${event.args?.data?.url ?? ""}${event.args?.data?.scriptName ?? ""}`.startsWith(
      `chrome-extension://${browser.extensionId}/`,
    );
  return Math.max(
    0,
    ...events
      .filter((event) => ["FunctionCall", "EvaluateScript", "TimerFire"].includes(event.name) && ours(event))
      .map((event) => (event.dur ?? 0) / 1000),
  );
}

const ms = (value: number) => `${value.toFixed(0)} ms`;
const verdict = (met: boolean) => (met ? "met" : "NOT met");

const portals = await startPortals();
const browser = await launchWithExtension();
try {
  console.log(
    "extension: navigation -> every badge on the CEPR case list (Chromium, headless; best of several rounds)",
  );
  for (const size of SIZES) {
    const url = `${portals.url}/cepr/casos?n=${size}&size=${size}`;
    const rounds = size > 1000 ? 3 : 5;
    const extension: Measurement[] = [];
    const baseline: Measurement[] = [];
    const writing: Measurement[] = [];
    for (let round = 0; round < rounds; round += 1) {
      const withExtension = await browser.context.newPage();
      extension.push(await measure(withExtension, url, size, "extension"));
      await withExtension.close();
      // Same browser, same page, served under a path no plugin matches: only the baseline runs there.
      const baselinePage = await browser.context.newPage();
      baseline.push(
        await measure(baselinePage, `${portals.url}/cepr-baseline/casos?n=${size}&size=${size}`, size, "baseline"),
      );
      await baselinePage.close();
      const writingPage = await browser.context.newPage();
      writing.push(
        await measure(writingPage, `${portals.url}/cepr-baseline/casos?n=${size}&size=${size}`, size, "baseline-write"),
      );
      await writingPage.close();
    }
    const best = (list: Measurement[], key: keyof Measurement) => Math.min(...list.map((entry) => entry[key]));
    const worst = (list: Measurement[], key: keyof Measurement) => Math.max(...list.map((entry) => entry[key]));
    const read = best(baseline, "done");
    const inPage = best(extension, "done");
    const shown = best(extension, "shown");
    const ratio = shown / read;
    console.log(
      `  ${size.toLocaleString("en").padStart(6)} rows: baseline read every cell at ${ms(read)}; extension had every badge in the page at ${ms(inPage)}, on screen at ${ms(shown)}`,
    );
    console.log(
      `                ratio (on screen / baseline): ${ratio.toFixed(2)}x; extension work after the baseline was done: ${ms(shown - read)} (${ms(inPage - read)} until every badge was in the page)`,
    );
    const written = best(writing, "shown");
    console.log(
      `                for scale, the portal's own relayout: reading the cells and adding one plain <span> per row is on screen at ${ms(written)}` +
        ` (${(written / read).toFixed(2)}x the baseline; the extension is ${(shown / written).toFixed(2)}x that); longest task there ${ms(worst(writing, "longest"))}`,
    );
    const script = await longestExtensionScript(browser, url);
    console.log(
      `                longest task: extension page ${ms(worst(extension, "longest"))}, baseline page ${ms(worst(baseline, "longest"))} (0 = none over 50 ms);` +
        ` longest stretch of the extension's own script: ${ms(script)}`,
    );
    console.log(
      `                targets: <= 2x baseline ${verdict(ratio <= 2)}` +
        (size === 1000 ? `; 1,000 rows within 100 ms ${verdict(shown - read <= 100)}` : "") +
        `; no task over 50 ms ${verdict(worst(extension, "longest") <= 50)}`,
    );
  }
} finally {
  await browser.close();
  await portals.close();
}
