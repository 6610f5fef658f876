import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "puppeteer-core";
import { startPortals } from "../e2e/harness.js";
import {
  badgeCount,
  badgeOf,
  badges,
  codesOf,
  firstBadge,
  launchFirefoxWithExtension,
  manifestExtensionId,
  type FirefoxWithExtension,
} from "./harness.js";

/**
 * The Firefox build in Firefox: the same badges on the same demo pages as in Chromium
 * (../e2e/annotations.e2e.test.ts), and nothing sent anywhere but to the portal.
 */

let firefox: FirefoxWithExtension;
let portals: Awaited<ReturnType<typeof startPortals>>;

beforeAll(async () => {
  portals = await startPortals();
  firefox = await launchFirefoxWithExtension();
}, 90_000);

afterAll(async () => {
  await firefox?.close();
  await portals?.close();
});

async function open(path: string, expectedBadges: number): Promise<Page> {
  const page = await firefox.newPage();
  await page.goto(`${portals.url}${path}`);
  await badges(page, expectedBadges);
  return page;
}

describe("the built extension in Firefox", () => {
  it("is installed as a temporary add-on under the id in its manifest", () => {
    expect(firefox.extensionId).toBe(manifestExtensionId());
  });

  it("puts the expected badges on the CEPR case list, naming the most urgent annotation", async () => {
    const page = await open("/cepr/casos?n=60&size=7", 7);
    expect(await badgeCount(page)).toBe(7);
    const badge = await badgeOf(page, "CEPR-2019-000004");
    const shown = await badge.evaluate((element) => ({
      text: element.textContent,
      severity: element.dataset.severity,
      title: element.title,
    }));
    expect(shown.text).toBe("✖Riesgo de devolución +4");
    expect(shown.severity).toBe("critical");
    // The accessible name is the visible words; the title adds every annotation counted.
    expect(shown.title).toMatch(/^Riesgo de devolución \+4 — Solidaria: 3 alertas críticas y 2 notas informativas\./);
    expect(await codesOf(page, badge)).toEqual([
      "nonrefoulement.border-rejection",
      "procedure.long-wait",
      "procedure.no-written-decision",
      "appeal.available",
      "definition.cartagena",
    ]);
    await page.close();
  });

  it("annotates the CEPR case file, the Migraciones screen and the single-page portal", async () => {
    const detail = await open("/cepr/expediente?id=2", 1);
    expect(await codesOf(detail, await badgeOf(detail, "CEPR-2019-000003", "#expediente"))).toContain(
      "definition.cartagena-not-assessed",
    );
    await detail.close();
    const border = await open("/migraciones/control?id=0", 1);
    // The traveller record's values live in read-only inputs, not in the text.
    expect(await codesOf(border, await firstBadge(border))).toContain("nonrefoulement.border-rejection");
    await border.close();
    const spa = await open("/spa/?n=60&size=10&refreshMs=600000", 10);
    expect(await codesOf(spa, await badgeOf(spa, "CEPR-2019-000004", "tr.case-row"))).toContain(
      "procedure.no-written-decision",
    );
    await spa.close();
  });

  // Last: every page above has finished its work (each waited for the extension's idle mark). What is
  // recorded is every request of the tabs, as WebDriver BiDi reports them; the extension's background
  // page is not a tab, and it sends nothing until a coordination server is set (none is here).
  it("sends nothing anywhere: every request of the pages is to the portal, or needs no host at all", () => {
    const portalOrigin = new URL(portals.url).origin;
    // A positive signal first: the recording saw the pages themselves.
    expect(firefox.requests.some((url) => url.startsWith(`${portalOrigin}/cepr/casos`))).toBe(true);
    // Besides the portal's own addresses: the extension's files, and data: URLs (on every page Firefox
    // loads its list-bullet font, -moz-bullet-font in its html.css, from one; nothing is sent).
    const hostless = new Set(["moz-extension:", "data:"]);
    for (const address of firefox.requests) {
      const url = new URL(address);
      expect(hostless.has(url.protocol) || url.origin === portalOrigin, address.slice(0, 100)).toBe(true);
    }
  });
});
