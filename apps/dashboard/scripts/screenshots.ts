/**
 * PNGs of the dashboard for the README, in es, pt and en: the overview, the new-pledge form and a
 * pledge's history, signed in as the demo donor on the demo data (after `vite build`).
 * Usage: pnpm --filter @solidaria/dashboard screenshots
 */
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { demoUser, launchBrowser, newPage, startApp } from "../test/e2e/harness.js";

const OUT = join(dirname(fileURLToPath(import.meta.url)), "..", "screenshots");

mkdirSync(OUT, { recursive: true });
const app = await startApp();
const browser = await launchBrowser();
try {
  const donor = demoUser("donor");
  // The demo EU pledge: committed and paid in parts, so its history has several steps.
  const pledge = app.db.$client
    .prepare("select id from pledges where organisation_id = ? and idempotency_key = 'demo-eu-1'")
    .pluck()
    .get(donor.organisationId) as string;
  for (const locale of ["es", "pt", "en"] as const) {
    const page = await newPage(browser, locale, { width: 1200, height: 900 });
    await page.goto(`${app.url}/sign-in`);
    await page.locator("input[autocomplete=username]").fill(donor.email);
    await page.locator("input[autocomplete=current-password]").fill(donor.password);
    await page.locator("form button[type=submit]").click();
    await page.locator("nav.site-nav").waitFor();
    await page.locator(".chart svg").first().waitFor();
    await page.screenshot({ path: join(OUT, `overview.${locale}.png`) });

    await page.goto(`${app.url}/pledges/new`);
    await page.locator("select[name=currency]").selectOption("BRL");
    await page.locator("input[name=amount]").fill(locale === "en" ? "1,500,000.5" : "1.500.000,5");
    await page.locator("input[name=year]").fill("1999");
    await page.locator("[aria-invalid=true]").first().waitFor();
    await page.screenshot({ path: join(OUT, `pledge-form.${locale}.png`), fullPage: true });

    await page.goto(`${app.url}/pledges/${pledge}`);
    const history = page.locator("table").last();
    await history.waitFor();
    await history.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(OUT, `pledge-history.${locale}.png`) });
    await page.context().close();
    console.log(`screenshots in ${locale} written to ${OUT}`);
  }
} finally {
  await browser.close();
  await app.close();
}
