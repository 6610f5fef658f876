import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { annotationName, SEVERITY_NAMES, todayLocal, type Locale } from "@solidaria/domain";
import { Wording } from "../../src/ui/wording.js";
import { dueText } from "../../entrypoints/popup/summary-view.js";
import type { PageSummary } from "../../src/messaging/page-summary.js";
import { launchWithExtension, startPortals, type ExtensionBrowser } from "./harness.js";
import { AXE_SOURCE } from "./axe-source.js";

/**
 * The popup against the built extension in Chromium, on the demo CEPR case list. The portals' data
 * and the badges change often: the checks relate what the popup shows to the page's own summary
 * (order, counts, names) rather than to fixed codes per row.
 */

/** Enough rows for the list to outgrow the popup. */
const CASE_LIST = "/cepr/casos?n=60&size=30";
const SEVERITY_ORDER = { critical: 0, warning: 1, info: 2 } as const;
/** An annotation code as the engine writes it ("definition.cartagena"): never shown to a reader. */
const CODE_PATTERN = /\b[a-z]+\.[a-z][a-z-]+\b/;

let browser: ExtensionBrowser;
let portals: Awaited<ReturnType<typeof startPortals>>;
let portal: Page;
let tabId: number;

type ChromeTabs = {
  query(query: object): Promise<{ id?: number }[]>;
  sendMessage(tabId: number, message: object): Promise<unknown>;
};

async function setLanguage(language: Locale): Promise<void> {
  const options = await browser.options();
  await options.selectOption("#language", language);
  await options.locator("#status.ok").waitFor();
  await options.close();
}

/** Waits until the content script has processed every record of the portal page (again, after a settings change). */
async function portalSettled(): Promise<void> {
  await portal.locator("html[data-solidaria-idle-at]").waitFor({ state: "attached", timeout: 20_000 });
  await portal.locator("solidaria-layer").waitFor({ state: "attached", timeout: 20_000 });
}

/**
 * The popup as a 400×600 page, for the portal's tab, once it has drawn the page's summary. `forAxe`:
 * with the extension's CSP lifted (through the DevTools protocol, before the page loads), so axe-core
 * can be injected as an inline script; the popup's own code never needs that.
 */
async function openPopup({ forAxe = false, tab = tabId } = {}): Promise<Page> {
  const popup = await browser.context.newPage();
  if (forAxe) {
    const cdp = await browser.context.newCDPSession(popup);
    await cdp.send("Page.setBypassCSP", { enabled: true });
  }
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tab}`);
  await popup.locator("#cases-heading").waitFor();
  return popup;
}

/** A message to the portal's content script, sent from an extension page, and its answer. */
async function sendToPage(from: Page, message: object): Promise<unknown> {
  return from.evaluate(
    ([id, request]) => (globalThis as unknown as { chrome: { tabs: ChromeTabs } }).chrome.tabs.sendMessage(id, request),
    [tabId, message] as const,
  );
}

/** What the content script tells the popup, asked for directly. */
async function pageSummary(popup: Page): Promise<PageSummary> {
  return (await sendToPage(popup, { type: "solidaria:summary" })) as PageSummary;
}

interface Entry {
  id: number;
  severity: string;
  daysLeft: number | null;
  reference: string;
  top: string;
  due: string | null;
  /** The button's text on screen (without the words only screen readers get). */
  visibleLabel: string;
}

async function listedEntries(popup: Page): Promise<Entry[]> {
  return popup.locator("#cases > li").evaluateAll((items) =>
    items.map((item) => {
      const li = item as HTMLElement;
      const button = li.querySelector("button");
      const visibleLabel = [...(button?.childNodes ?? [])]
        .filter((node) => !(node instanceof HTMLElement && node.classList.contains("visually-hidden")))
        .map((node) => node.textContent ?? "")
        .join("")
        .trim();
      return {
        id: Number(li.dataset.id),
        severity: li.dataset.severity ?? "",
        daysLeft: li.dataset.daysLeft ? Number(li.dataset.daysLeft) : null,
        reference: li.dataset.reference ?? "",
        top: li.querySelector(".case-top")?.textContent ?? "",
        due: li.querySelector(".case-due")?.textContent ?? null,
        visibleLabel,
      };
    }),
  );
}

/** The badges drawn on the portal page (those of rows in or near view), by severity. */
async function drawnBadgeSeverities(): Promise<string[]> {
  return portal.evaluate(() =>
    [...(document.querySelector("solidaria-layer")?.shadowRoot?.querySelectorAll<HTMLElement>(".badge") ?? [])].map(
      (badge) => badge.dataset.severity ?? "",
    ),
  );
}

/** Waits until the portal page's focus is on the badge of the case with this reference. */
async function badgeFocused(reference: string): Promise<void> {
  await portal.waitForFunction(
    (expected) => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return active instanceof HTMLButtonElement && active.dataset.reference === expected;
    },
    reference,
    { timeout: 5_000 },
  );
}

/** Presses each listed "go to case" and waits until the portal page has focused that case's badge. */
async function jumpToEach(popup: Page, entries: readonly Entry[]): Promise<void> {
  for (const entry of entries) {
    await popup.getByRole("button", { name: `Ir al caso ${entry.reference}`, exact: true }).click();
    await badgeFocused(entry.reference);
    expect(await popup.locator("#status.error").count()).toBe(0);
  }
}

/** axe-core on the popup as it is now (opened `forAxe`): no violation at all, each printed when there are. */
async function expectNoAxeViolations(popup: Page): Promise<void> {
  if (!(await popup.evaluate(() => "axe" in window))) await popup.addScriptTag({ content: AXE_SOURCE });
  expect(await popup.evaluate(() => "axe" in window), "axe-core was not injected").toBe(true);
  const violations = await popup.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(context: Document): Promise<{
            violations: {
              id: string;
              impact: string | null;
              help: string;
              nodes: { target: unknown[]; failureSummary?: string }[];
            }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document);
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.map((node) => `${node.target.map(String).join(" ")}: ${node.failureSummary ?? ""}`),
    }));
  });
  if (violations.length > 0) console.error("axe-core violations in the popup:", JSON.stringify(violations, null, 2));
  expect(violations).toEqual([]);
}

describe("the popup in Chromium", () => {
  beforeAll(async () => {
    portals = await startPortals();
    browser = await launchWithExtension();
    await setLanguage("es");
    portal = await browser.context.newPage();
    await portal.goto(`${portals.url}${CASE_LIST}`);
    await portalSettled();
    const options = await browser.options();
    const id = await options.evaluate(async (url) => {
      const tabs = (globalThis as unknown as { chrome: { tabs: ChromeTabs } }).chrome.tabs;
      const [tab] = await tabs.query({ url: `${url}/cepr/casos*` });
      return tab?.id;
    }, portals.url);
    await options.close();
    if (id === undefined) throw new Error("the portal's tab was not found");
    tabId = id;
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await portals?.close();
  });

  it("lists the annotated cases most urgent first, in Spanish, each with a go-to-case button named after it", async () => {
    const popup = await openPopup();
    const summary = await pageSummary(popup);
    const entries = await listedEntries(popup);
    const annotated = summary.cases.filter((entry) => entry.state === "annotated");
    const spanish = new Wording("es", todayLocal());
    expect(annotated.length).toBeGreaterThan(1);
    expect(entries.map((entry) => entry.id).sort((a, b) => a - b)).toEqual(
      annotated.map((entry) => entry.id).sort((a, b) => a - b),
    );

    // Critical, warning, info; within one, the nearest due date first (none last); then the reference.
    for (const [index, entry] of entries.entries()) {
      const next = entries[index + 1];
      if (!next) break;
      const bySeverity =
        SEVERITY_ORDER[entry.severity as keyof typeof SEVERITY_ORDER] -
        SEVERITY_ORDER[next.severity as keyof typeof SEVERITY_ORDER];
      expect(bySeverity, `${entry.reference} before ${next.reference}`).toBeLessThanOrEqual(0);
      if (bySeverity < 0) continue;
      const days = (entry.daysLeft ?? Infinity) - (next.daysLeft ?? Infinity);
      expect(Number.isNaN(days) || days <= 0, `${entry.reference} before ${next.reference}`).toBe(true);
      if (entry.daysLeft === next.daysLeft)
        expect(entry.reference.localeCompare(next.reference, "en", { numeric: true })).toBeLessThan(0);
    }

    for (const entry of entries) {
      const summarised = annotated.find((candidate) => candidate.id === entry.id);
      if (!summarised?.top) throw new Error(`case ${entry.id} is not in the page's summary`);
      expect(entry.severity).toBe(summarised.severity);
      expect(entry.reference).toBe(summarised.reference ?? "");
      // The top annotation by its name in Spanish, never by its code.
      expect(entry.top.startsWith(annotationName(summarised.top.code)?.es ?? summarised.top.title.es)).toBe(true);
      expect(entry.top).not.toMatch(CODE_PATTERN);
      // The due date as the badges word it, with how far away it is: Intl's words, never "1 días".
      if (summarised.top.due) {
        expect(entry.due).toBe(dueText(spanish, summarised.top.due, summarised.top.daysLeft));
        expect(entry.due).not.toMatch(/\b1 días\b/);
      } else {
        expect(entry.due).toBeNull();
      }
      // Short on screen, but named after its case for screen readers and voice control.
      expect(entry.visibleLabel).toBe("Ir al caso");
      expect(await popup.getByRole("button", { name: `Ir al caso ${entry.reference}`, exact: true }).count()).toBe(1);
    }
    await popup.close();
  });

  it("counts by severity and by type in words, and says apart how many cases were clear or unreadable", async () => {
    const popup = await openPopup();
    const summary = await pageSummary(popup);
    const annotated = summary.cases.filter((entry) => entry.state === "annotated");
    expect(await popup.locator("#total").getAttribute("data-count")).toBe(String(annotated.length));
    expect(await popup.locator("#total").textContent()).toMatch(new RegExp(`^${annotated.length} casos? con alertas$`));

    for (const severity of ["critical", "warning", "info"] as const) {
      const item = popup.locator(`#by-severity li[data-severity="${severity}"]`);
      const count = annotated.filter((entry) => entry.severity === severity).length;
      expect(await item.getAttribute("data-count")).toBe(String(count));
      expect(await item.textContent()).toContain(`${SEVERITY_NAMES[severity].es}: ${count}`);
    }

    const codes = new Map<string, number>();
    for (const entry of summary.cases)
      for (const code of new Set(entry.codes)) codes.set(code, (codes.get(code) ?? 0) + 1);
    await popup.locator("#by-type summary").click();
    const types = await popup.locator("#by-code li").evaluateAll((items) =>
      items.map((item) => ({
        code: (item as HTMLElement).dataset.code ?? "",
        count: Number((item as HTMLElement).dataset.count),
        text: item.textContent ?? "",
      })),
    );
    expect(new Map(types.map((type) => [type.code, type.count]))).toEqual(codes);
    for (const type of types) {
      expect(type.text).not.toMatch(CODE_PATTERN);
      const name = annotationName(type.code)?.es;
      if (name) expect(type.text).toBe(`${name}: ${type.count}`);
    }

    // Clear and unreadable cases: one page-level line, apart from the list.
    const clear = summary.cases.filter((entry) => entry.state === "clear").length;
    const failed = summary.cases.filter((entry) => entry.state === "failed").length;
    expect(await popup.locator('#page-line [data-state="clear"]').getAttribute("data-count")).toBe(String(clear));
    expect(await popup.locator('#page-line [data-state="failed"]').getAttribute("data-count")).toBe(String(failed));
    expect(await popup.locator('#page-line [data-state="clear"]').textContent()).toMatch(
      new RegExp(`^${clear} casos? revisados? sin alertas$`),
    );
    if (summary.failures.length === 0) expect(await popup.locator("#failures").count()).toBe(0);
    for (const name of summary.failures) expect(await popup.locator("#failures").textContent()).toContain(name);
    await popup.close();
  });

  it("stays within 600 px: header, counts and filter stay in place and the list scrolls inside", async () => {
    const popup = await openPopup();
    const height = () =>
      popup.evaluate(() => ({
        document: document.documentElement.scrollHeight,
        body: document.body.getBoundingClientRect().height,
      }));
    expect((await height()).document).toBeLessThanOrEqual(600);
    expect((await height()).body).toBeLessThanOrEqual(600);

    const list = popup.locator("#cases");
    const sizes = await list.evaluate((element) => ({ scroll: element.scrollHeight, client: element.clientHeight }));
    expect(sizes.scroll).toBeGreaterThan(sizes.client);
    const headerBefore = await popup.locator("h1").boundingBox();
    const filterBefore = await popup.locator("#critical-only").boundingBox();
    await list.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
    await expect.poll(() => list.evaluate((element) => element.scrollTop)).toBeGreaterThan(0);
    expect(await popup.evaluate(() => window.scrollY)).toBe(0);
    expect(await popup.locator("h1").boundingBox()).toEqual(headerBefore);
    expect(await popup.locator("#critical-only").boundingBox()).toEqual(filterBefore);
    // The last case can be reached, inside the list's box.
    const listBox = await list.boundingBox();
    const lastBox = await popup.locator("#cases > li").last().boundingBox();
    if (!listBox || !lastBox) throw new Error("the list or its last case has no box");
    expect(lastBox.y + lastBox.height).toBeLessThanOrEqual(listBox.y + listBox.height + 1);

    // Opening the counts by type still leaves the popup within 600 px, with room for the list.
    await popup.locator("#by-type summary").click();
    await expect.poll(() => popup.locator("#by-code").isVisible()).toBe(true);
    expect((await height()).document).toBeLessThanOrEqual(600);
    expect(await list.evaluate((element) => element.clientHeight)).toBeGreaterThan(60);
    await popup.close();
  });

  it("is usable from the keyboard, with a visible focus and targets of at least 24×24 px", async () => {
    const popup = await openPopup();
    for (const target of await popup.locator("button, input, summary").all()) {
      const box = await target.boundingBox();
      if (!box) throw new Error("a control has no box");
      expect(box.width).toBeGreaterThanOrEqual(24);
      expect(box.height).toBeGreaterThanOrEqual(24);
    }
    // Tab through the header's controls to the first case's button.
    const focusedIsJump = () => popup.evaluate(() => document.activeElement?.classList.contains("jump") === true);
    for (let presses = 0; presses < 6 && !(await focusedIsJump()); presses += 1) await popup.keyboard.press("Tab");
    expect(await focusedIsJump()).toBe(true);
    const focus = await popup.evaluate(() => {
      const active = document.activeElement as HTMLElement;
      const style = getComputedStyle(active);
      return { visible: active.matches(":focus-visible"), outline: style.outlineStyle, width: style.outlineWidth };
    });
    expect(focus).toEqual({ visible: true, outline: "solid", width: "3px" });
    // Enter on it goes to that case.
    const [first] = await listedEntries(popup);
    if (!first) throw new Error("no case listed");
    await popup.keyboard.press("Enter");
    await badgeFocused(first.reference);
    await popup.close();
  });

  it("goes to every listed case: each button focuses that case's badge on the page", async () => {
    const popup = await openPopup();
    const entries = await listedEntries(popup);
    expect(entries.length).toBeGreaterThan(0);
    await jumpToEach(popup, entries);
    await popup.close();
  });

  it("critical only: lists critical cases alone, hides the others on the page, and is in place when reopened", async () => {
    let popup = await openPopup();
    const summary = await pageSummary(popup);
    const annotated = summary.cases.filter((entry) => entry.state === "annotated");
    const critical = annotated.filter((entry) => entry.severity === "critical");
    expect(critical.length).toBeGreaterThan(0);
    expect(critical.length).toBeLessThan(annotated.length);

    await popup.check("#critical-only");
    const listed = await listedEntries(popup);
    expect(listed.map((entry) => entry.severity)).toEqual(critical.map(() => "critical"));
    expect(await popup.locator("#shown").textContent()).toBe(
      `${critical.length} de ${annotated.length} casos (solo críticos)`,
    );
    // On the page, only critical badges are left; the others offer nothing to go to.
    await expect.poll(async () => [...new Set(await drawnBadgeSeverities())], { timeout: 5_000 }).toEqual(["critical"]);
    for (const other of annotated.filter((entry) => entry.severity !== "critical"))
      expect(await sendToPage(popup, { type: "solidaria:jump", id: other.id })).toEqual({ ok: false });

    // Opened again, the popup shows the page's filter, and lists accordingly.
    await popup.close();
    popup = await openPopup({ forAxe: true });
    expect(await popup.isChecked("#critical-only")).toBe(true);
    expect((await pageSummary(popup)).criticalOnly).toBe(true);
    const reopened = await listedEntries(popup);
    expect(reopened.map((entry) => entry.id)).toEqual(listed.map((entry) => entry.id));
    // Every case listed while filtered is one whose badge shows: each go-to-case works.
    await jumpToEach(popup, reopened);
    await expectNoAxeViolations(popup);

    await popup.uncheck("#critical-only");
    expect(await popup.locator("#cases > li").count()).toBe(annotated.length);
    expect(await popup.locator("#shown").isHidden()).toBe(true);
    await expect
      .poll(async () => (await drawnBadgeSeverities()).some((severity) => severity !== "critical"), { timeout: 5_000 })
      .toBe(true);
    await popup.close();
  });

  it("has no accessibility violations (axe-core), counts by type open or closed", async () => {
    const popup = await openPopup({ forAxe: true });
    await expectNoAxeViolations(popup);
    await popup.locator("#by-type summary").click();
    await expect.poll(() => popup.locator("#by-code").isVisible()).toBe(true);
    await expectNoAxeViolations(popup);
    await popup.close();
  });

  it("says how many fields a plugin did not find on the page, naming them apart, and nothing when all were found", async () => {
    let popup = await openPopup();
    expect((await pageSummary(popup)).health).toEqual([]);
    expect(await popup.locator("#field-health").count()).toBe(0);
    await popup.close();

    // An adapter that also reads a field the demo registry does not show: as after a portal redesign.
    const adapter = JSON.parse(
      readFileSync(new URL("../fixtures/ecuador-registry.adapter.json", import.meta.url), "utf8"),
    ) as { pages: { fields: unknown[] }[] };
    adapter.pages[0]?.fields.push({ to: "entry.date", from: { definition: "Fecha de ingreso" }, transform: "date" });
    const options = await browser.options();
    await options.setInputFiles("#adapter-file", {
      name: "adapter.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(adapter)),
    });
    await options.locator("#status.ok").waitFor();
    const registry = await browser.context.newPage();
    await registry.goto(`${portals.url}/ecuador/registro?n=6`);
    await registry.locator("html[data-solidaria-idle-at]").waitFor({ state: "attached", timeout: 20_000 });
    const registryTab = await options.evaluate(async (url) => {
      const tabs = (globalThis as unknown as { chrome: { tabs: ChromeTabs } }).chrome.tabs;
      const [tab] = await tabs.query({ url: `${url}/ecuador/*` });
      return tab?.id;
    }, portals.url);
    await options.close();
    if (registryTab === undefined) throw new Error("the registry's tab was not found");

    popup = await openPopup({ tab: registryTab });
    const health = popup.locator("#field-health");
    expect(await health.getAttribute("data-count")).toBe("1");
    expect(await health.locator("summary").textContent()).toBe("⚠ 1 campo no encontrado en esta página");
    await health.locator("summary").click();
    expect(await health.locator("li").allTextContents()).toEqual([
      "Registro de protección internacional (Ecuador): entry.date",
    ]);
    await popup.close();
    await registry.close();
  });

  it("speaks the reader's language: <html lang>, names and buttons in Portuguese and English", async () => {
    for (const [language, goTo, title] of [
      ["pt", "Ir ao caso", "Alertas nesta página"],
      ["en", "Go to case", "Alerts on this page"],
    ] as const) {
      // The popup reads the language from the settings; the page's summary answers once every badge is drawn.
      await setLanguage(language);
      const popup = await openPopup();
      expect(await popup.locator("html").getAttribute("lang")).toBe(language);
      expect(await popup.locator("h1").textContent()).toBe(title);
      const [first] = await listedEntries(popup);
      if (!first) throw new Error("no case listed");
      expect(first.visibleLabel).toBe(goTo);
      expect(await popup.getByRole("button", { name: `${goTo} ${first.reference}`, exact: true }).count()).toBe(1);
      expect(await popup.locator('#by-severity li[data-severity="critical"]').textContent()).toContain(
        SEVERITY_NAMES.critical[language],
      );
      await popup.close();
    }
    await setLanguage("es");
  });
});
