import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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
  breakStoredAdapter,
} from "./harness.js";

let browser: ExtensionBrowser;
/** A coordination server that is down: nothing listens on the discard port. */
const SERVER_DOWN = "http://127.0.0.1:9";
let portals: Awaited<ReturnType<typeof startPortals>>;
let coordination: Awaited<ReturnType<typeof startCoordinationServer>>;

beforeAll(async () => {
  portals = await startPortals();
  coordination = await startCoordinationServer();
  browser = await launchWithExtension();
  // Spanish, the portals' language, whatever the test machine's locale.
  const options = await browser.options();
  await options.selectOption("#language", "es");
  await options.locator("#status.ok").waitFor();
  await options.close();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await portals?.close();
  await coordination?.close();
});

async function open(path: string, expectedBadges: number): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${portals.url}${path}`);
  await badges(page, expectedBadges);
  return page;
}

/**
 * The annotation codes the panel of a case shows: the case with this reference (its row, `row`,
 * scrolled into view), or the page's only case when `reference` is null.
 */
async function codesOf(page: Page, reference: string | null, row = "tr"): Promise<string[]> {
  const badge =
    reference === null ? page.locator("solidaria-layer button.badge").first() : await badgeOf(page, reference, row);
  await badge.click();
  const sections = page.locator("solidaria-layer .panel section.annotation");
  await sections.first().waitFor();
  const codes = await sections.evaluateAll((found) =>
    found.map((section) => (section as HTMLElement).dataset.code ?? ""),
  );
  await page.locator("solidaria-layer .panel button.close").click();
  return codes;
}

describe("the built extension in Chromium", () => {
  it("puts the expected badges on the CEPR case list, naming the most urgent annotation", async () => {
    const page = await open("/cepr/casos?n=60&size=7", 7);
    expect(await page.locator("solidaria-layer .badge").count()).toBe(7);
    expect(await codesOf(page, "CEPR-2019-000004")).toEqual([
      "nonrefoulement.border-rejection",
      "procedure.long-wait",
      "procedure.no-written-decision",
      "appeal.available",
      "definition.cartagena",
    ]);
    const badge = await badgeOf(page, "CEPR-2019-000004");
    expect(await badge.textContent()).toBe("✖Riesgo de devolución +4");
    expect(await badge.getAttribute("data-severity")).toBe("critical");
    // The accessible name is the visible words; the title adds every annotation counted, for a screen reader too.
    expect(await badge.getAttribute("title")).toMatch(
      /^Riesgo de devolución \+4 — Solidaria: 3 alertas críticas y 2 notas informativas\./,
    );
    await page.close();
  });

  it("annotates the CEPR case file, the Migraciones screen and the single-page portal", async () => {
    const detail = await open("/cepr/expediente?id=2", 1);
    expect(await codesOf(detail, "CEPR-2019-000003", "#expediente")).toContain("definition.cartagena-not-assessed");
    await detail.close();
    const border = await open("/migraciones/control?id=0", 1);
    // The traveller record's values live in read-only inputs, not in the text.
    expect(await codesOf(border, null)).toContain("nonrefoulement.border-rejection");
    await border.close();
    const spa = await open("/spa/?n=60&size=10&refreshMs=600000", 10);
    expect(await codesOf(spa, "CEPR-2019-000004", "tr.case-row")).toContain("procedure.no-written-decision");
    await spa.close();
  });

  it("follows the single-page portal as it re-renders and paginates, without duplicate badges", async () => {
    const page = await open("/spa/?n=60&size=10&refreshMs=600000", 10);
    // One badge per row shown, for the row's own case.
    const everyRowBadged = () =>
      page.waitForFunction(
        () => {
          const layer = document.querySelector("solidaria-layer")?.shadowRoot;
          const drawn = [...(layer?.querySelectorAll<HTMLElement>(".badge") ?? [])].map(
            (badge) => badge.dataset.reference,
          );
          const rows = [...document.querySelectorAll("tr.case-row td:first-child")].map((cell) => cell.textContent);
          return drawn.length === rows.length && rows.every((reference) => drawn.includes(reference ?? ""));
        },
        undefined,
        { timeout: 10_000 },
      );
    // The refresh fetches data, then rebuilds every row: wait for the new rows, then for their badges.
    const firstRow = await page.evaluateHandle(() => document.querySelector("tr.case-row"));
    await page.click("#refresh");
    await page.waitForFunction((old) => document.querySelector("tr.case-row") !== old, firstRow);
    await everyRowBadged();
    await page.click("#next");
    await page.locator("tr.case-row", { hasText: "CEPR-2019-000011" }).waitFor();
    await everyRowBadged();
    expect(await page.locator('solidaria-layer .badge[data-reference="CEPR-2019-000011"]').count()).toBe(1);
    expect(await page.locator('solidaria-layer .badge[data-reference="CEPR-2019-000001"]').count()).toBe(0);
    await page.close();
  });

  it("shows markup in portal text as text: nothing injected runs", async () => {
    const page = await open("/spa/?n=10&size=10&refreshMs=600000", 10);
    expect(
      await page.evaluate(() => (window as unknown as { __solidariaXss?: number }).__solidariaXss),
    ).toBeUndefined();
    expect(await page.locator("tr.case-row", { hasText: "<img src=x" }).count()).toBe(1);
    await page.close();
  });

  it("switches language from the options page", async () => {
    const options = await browser.options();
    await options.selectOption("#language", "en");
    await options.locator("#status.ok").waitFor();
    const page = await open("/cepr/casos?n=60&size=7", 7);
    const layerSays = (words: string) =>
      page.waitForFunction(
        (expected) => document.querySelector("solidaria-layer")?.shadowRoot?.textContent?.includes(expected),
        words,
      );
    await layerSays("Refoulement risk");
    await options.selectOption("#language", "pt");
    await layerSays("Risco de devolução");
    await options.selectOption("#language", "es");
    await layerSays("Riesgo de devolución");
    await page.close();
    await options.close();
  });

  it("keeps options after a reload", async () => {
    const options = await browser.options();
    expect((await saveServer(options, coordination.url, "sol_example-token")).ok).toBe(true);
    await options.reload();
    await options.locator("#server-url").waitFor();
    expect(await options.inputValue("#server-url")).toBe(coordination.url);
    expect(await options.inputValue("#server-token")).toBe("sol_example-token");
    await options.close();
  });

  it("fills the resettlement annotation with pledged places once synced with the server", async () => {
    const options = await browser.options();
    expect((await saveServer(options, coordination.url)).ok).toBe(true);
    const synced = await pressAndReadStatus(options, "#sync-now");
    // The outcome is worded in the user's language (Spanish here), from data the background returns.
    expect(synced.ok).toBe(true);
    expect(synced.text).toMatch(
      /^Sincronizado: \d+ situaciones de país, \d+ perfiles? jurídicos? y \d+ ofertas de plazas$/,
    );
    expect(await options.locator("#last-sync").textContent()).toContain("Sincronizado");
    const page = await open("/cepr/expediente?id=5", 1);
    await page.locator("solidaria-layer button.badge").click();
    const resettlement = page.locator('solidaria-layer .panel section[data-code="resettlement.candidate"]');
    await expect.poll(async () => resettlement.textContent(), { timeout: 10_000 }).toContain("Brasil: 30");
    await page.close();
    await options.close();
  });

  it("says why a sync failed, in the user's language, and never sends a token over plain http to another machine", async () => {
    const options = await browser.options();
    expect(await saveServer(options, "http://coordinacion.example.org", "sol_secret")).toEqual({
      ok: false,
      text: "El token solo se envía por https (o a este equipo)",
    });

    // A server that is down (a closed local port): the last good data stays, the failure is explained.
    expect((await saveServer(options, SERVER_DOWN)).ok).toBe(true);
    const failed = await pressAndReadStatus(options, "#sync-now");
    expect(failed.ok).toBe(false);
    expect(failed.text).toMatch(/^La sincronización falló: no se pudo contactar al servidor/);

    expect((await saveServer(options, coordination.url)).ok).toBe(true);
    await options.close();
  });

  it("annotates a page no built-in plugin knows once an adapter is imported as JSON", async () => {
    const before = await browser.context.newPage();
    await before.goto(`${portals.url}/ecuador/registro?n=6`);
    // The content script marks the page once every plugin that matches it is done: none does.
    await before.locator("html[data-solidaria-idle-at]").waitFor({ state: "attached" });
    expect(await before.locator("html").getAttribute("data-solidaria")).toBe("0");
    expect(await before.locator("solidaria-layer .badge").count()).toBe(0);
    await before.close();

    const options = await browser.options();
    await options.setInputFiles("#adapter-file", {
      name: "adapter.json",
      mimeType: "application/json",
      buffer: readFileSync(new URL("../fixtures/ecuador-registry.adapter.json", import.meta.url)),
    });
    await options.locator("#status.ok").waitFor();
    expect(await options.locator("#adapters li").count()).toBe(1);
    await options.setInputFiles("#adapter-file", {
      name: "broken.json",
      mimeType: "application/json",
      buffer: Buffer.from('{"schemaVersion":1,"id":"x"}'),
    });
    await options.locator("#status.error").waitFor();
    // The fields at fault are named in the technical detail beside the file field.
    expect(await options.locator("#adapter-file-status").textContent()).toContain("jurisdiction");
    await options.close();

    const page = await open("/ecuador/registro?n=6", 6);
    expect(await codesOf(page, "CEPR-2019-000004", ".tarjeta")).toContain("nonrefoulement.border-rejection");
    await page.close();
  });

  it("lists what each adapter still needs: access to its portals, or a fix when it stopped being valid", async () => {
    const options = await browser.options();
    const fixture = readFileSync(new URL("../fixtures/ecuador-registry.adapter.json", import.meta.url));
    await options.setInputFiles("#adapter-file", {
      name: "adapter.json",
      mimeType: "application/json",
      buffer: fixture,
    });
    await options.locator("#status.ok").waitFor();
    const elsewhere = {
      ...(JSON.parse(fixture.toString("utf8")) as Record<string, unknown>),
      id: "ec.registro.remote",
      matches: ["https://registro.example/*"],
    };
    await options.setInputFiles("#adapter-file", {
      name: "remote.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(elsewhere)),
    });
    await options.locator("#status.ok").waitFor();
    const remote = options.locator("#adapters li", { hasText: "ec.registro.remote" });
    expect(await remote.locator("button.grant").textContent()).toBe("Autorizar en https://registro.example/*");
    // The demo adapter's portal (localhost) is granted at install: nothing to ask.
    const local = options.locator("#adapters li", { hasText: "ec.registry.cards" });
    expect(await local.count()).toBe(1);
    expect(await local.locator("button.grant").count()).toBe(0);

    // An adapter already stored that no longer passes validation (a selector the browser refuses).
    await breakStoredAdapter(options, "ec.registro.remote");
    await options.reload();
    await options.locator("#language").waitFor();
    const invalid = options.locator("#adapters li", { hasText: "ec.registro.remote" }).locator("p.error");
    expect(await invalid.textContent()).toContain("Detalle técnico: pages[0].records");
    await options
      .locator("#adapters li", { hasText: "ec.registro.remote" })
      .getByRole("button", { name: "Quitar" })
      .click();
    await options.locator("#status.ok").waitFor();
    expect(await options.locator("#adapters li", { hasText: "ec.registro.remote" }).count()).toBe(0);
    await options.close();
  });

  it("never sends case data anywhere: every request recorded is the portal's own or a public, parameterless sync", () => {
    const portalOrigin = new URL(portals.url).origin;
    for (const request of browser.requests) {
      const origin = request.url.startsWith("chrome-extension://") ? "extension" : new URL(request.url).origin;
      expect(["extension", portalOrigin, coordination.url, SERVER_DOWN].includes(origin), request.url).toBe(true);
      // The server that was down got the same public, parameterless GETs as the real one.
      if (origin === SERVER_DOWN) {
        expect(request.method).toBe("GET");
        expect(new URL(request.url).pathname + new URL(request.url).search).toMatch(
          /^\/trpc\/(situation\.(list|placesAvailable)|jurisdiction\.list)$/,
        );
      }
    }
    expect(coordination.requests.length).toBeGreaterThan(0);
    for (const request of coordination.requests) {
      expect(request.method).toBe("GET");
      expect(request.body).toBe("");
      // `me`, also parameterless, is how a sync with a token checks it.
      expect(request.url).toMatch(/^\/trpc\/(situation\.(list|placesAvailable)|jurisdiction\.list|me)$/);
      expect(request.url).not.toMatch(/CEPR-|VE|venezol/i);
    }
  });
});
