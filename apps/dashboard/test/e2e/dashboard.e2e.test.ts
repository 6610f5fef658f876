import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import type { Role } from "@solidaria/db/enums";
import { axeViolations } from "./axe.js";
import { demoUser, launchBrowser, newPage, startApp, type App } from "./harness.js";

/**
 * The built dashboard in Debian's Chromium against the real coordination server (demo data on a fresh
 * SQLite file), signed in as the demo people. Every page visited is also checked by axe-core.
 */
let app: App;
let browser: Browser;

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** Signs in through the form, whatever the page's language, and waits for the signed-in layout. */
async function signIn(page: Page, role: Role): Promise<void> {
  const user = demoUser(role);
  await page.goto(`${app.url}/sign-in`);
  await page.locator("input[autocomplete=username]").fill(user.email);
  await page.locator("input[autocomplete=current-password]").fill(user.password);
  await page.locator("form button[type=submit]").click();
  await page.locator("nav.site-nav").waitFor();
}

async function expectAccessible(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
}

/** Calls the API from inside the signed-in page, as a script on the page could. */
function callFromPage(page: Page, path: string, body: unknown, headers: Record<string, string>) {
  return page.evaluate(
    async ({ path, body, headers }) => {
      const response = await fetch(path, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify(body),
      });
      return { status: response.status, text: await response.text() };
    },
    { path, body, headers },
  );
}

async function csrfToken(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const response = await fetch("/trpc/auth.session");
    const { result } = (await response.json()) as { result: { data: { csrfToken: string } } };
    return result.data.csrfToken;
  });
}

describe("signing in", () => {
  it.each([
    ["coordinator", ["Overview", "Pledges", "Appeals", "Coordination"]],
    ["state", ["Overview", "Pledges", "Appeals"]],
    ["donor", ["Overview", "Pledges"]],
    ["viewer", ["Overview", "Pledges"]],
  ] as const)("works for a %s, who sees the pages of that role", async (role, pages) => {
    const page = await newPage(browser);
    try {
      await signIn(page, role);
      await expect.poll(() => page.getByText(demoUser(role).displayName).count()).toBeGreaterThan(0);
      const navigation = page.getByRole("navigation", { name: /main/i });
      expect(await navigation.getByRole("link").allTextContents()).toEqual(pages);
      await expectAccessible(page);
    } finally {
      await page.context().close();
    }
  });

  it("locks an account out after repeated failures, even with the right password", async () => {
    const page = await newPage(browser);
    try {
      const user = demoUser("state");
      await page.goto(`${app.url}/sign-in`);
      await page.getByLabel("Email address").fill(user.email);
      for (let attempt = 0; attempt < 5; attempt += 1) {
        await page.getByLabel("Password").fill(`not the password ${attempt}`);
        await page.getByRole("button", { name: "Sign in" }).click();
        await page.getByText("The email address or the password is not correct.").waitFor();
        await page.getByRole("button", { name: "Sign in" }).waitFor();
      }
      await page.getByLabel("Password").fill(user.password);
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.getByText(/Too many attempts\. Try again in \d+ minutes?\./).waitFor();
      expect(page.url()).toContain("/sign-in");
      await expectAccessible(page);
    } finally {
      await page.context().close();
    }
  });
});

describe("a donor liaison", () => {
  it("logs a pledge, commits it, pays part of it and sees the coverage move", async () => {
    const page = await newPage(browser);
    try {
      await signIn(page, "donor");
      const appealRow = page.getByRole("row").filter({ hasText: "RMRP-2019-DEMO" }).first();
      await appealRow.waitFor();
      await expect.poll(() => appealRow.textContent()).toContain("$380,400,000");
      await expectAccessible(page);

      await page.getByRole("link", { name: "Pledges" }).click();
      await page.getByRole("link", { name: "New pledge" }).click();
      await page.getByLabel("Appeal", { exact: true }).selectOption("demo-rmrp-2019");
      await page.getByLabel("Programme").selectOption({ index: 1 });
      await page.getByLabel("Year").fill("2026");
      await page.getByLabel("Currency").selectOption("USD");
      await page.getByLabel("Amount", { exact: true }).fill("1,000,000");
      await expectAccessible(page);
      await page.getByRole("button", { name: "Record the pledge" }).click();

      await page.getByRole("heading", { name: /Funding pledged by/ }).waitFor();
      await expectAccessible(page);
      await page.getByLabel("Step", { exact: true }).selectOption({ label: "Commit" });
      await page.getByLabel(/Amount of this step/).fill("1,000,000");
      await page.getByLabel("Reason").fill("Agreement signed");
      await page.getByRole("button", { name: "Record this step" }).click();
      await page.getByText(/Recorded: Commit/).waitFor();
      await page.getByLabel("Step", { exact: true }).selectOption({ label: "Record a payment" });
      await page.getByLabel(/Amount of this step/).fill("250,000");
      await page.getByLabel("Reason").fill("First instalment");
      await page.getByRole("button", { name: "Record this step" }).click();
      await page.getByText(/Recorded: Record a payment/).waitFor();
      const history = page.getByRole("table").filter({ has: page.getByRole("columnheader", { name: "Why" }) });
      await expect.poll(() => history.textContent()).toContain("First instalment");
      expect(await history.textContent()).toContain(demoUser("donor").displayName);

      await page.getByRole("link", { name: "Overview" }).click();
      await expect.poll(() => appealRow.textContent()).toContain("$381,400,000");
      expect(await appealRow.textContent()).toContain("$258,650,000");
    } finally {
      await page.context().close();
    }
  });

  it("sees each field's problem while typing, in words", async () => {
    const page = await newPage(browser);
    try {
      await signIn(page, "donor");
      await page.goto(`${app.url}/pledges/new`);
      const amount = page.getByLabel("Amount", { exact: true });
      await page.getByLabel("Currency").selectOption("JPY");
      await amount.fill("12.5");
      await page.getByText("JPY has no decimal places.").waitFor();
      expect(await amount.getAttribute("aria-invalid")).toBe("true");
      await amount.fill("12");
      await expect.poll(() => page.getByText("JPY has no decimal places.").count()).toBe(0);
      await page.getByLabel("Year").fill("1999");
      await page.getByText("Enter a year between 2000 and 2100.").waitFor();
      await expectAccessible(page);
    } finally {
      await page.context().close();
    }
  });

  it("is told what changed when the pledge moved meanwhile, and carries on after reloading it", async () => {
    const first = await newPage(browser);
    const second = await newPage(browser);
    try {
      await signIn(first, "donor");
      await signIn(second, "donor");
      await first.goto(`${app.url}/pledges?kind=funding&organisationId=${demoUser("donor").organisationId}`);
      await first
        .getByRole("link", { name: /Funding pledged|\[DEMO\]/ })
        .first()
        .click();
      await first.getByRole("heading", { name: /Funding pledged by/ }).waitFor();
      const pledgeUrl = first.url();
      await second.goto(pledgeUrl);
      await second.getByRole("heading", { name: /Funding pledged by/ }).waitFor();

      await first.getByLabel("Step", { exact: true }).selectOption({ label: "Amend the pledged total" });
      await first.getByLabel(/New pledged total/).fill("150,000,000");
      await first.getByLabel("Reason").fill("Budget revised");
      await first.getByRole("button", { name: "Record this step" }).click();
      await first.getByText(/Recorded:/).waitFor();

      await second.getByLabel("Step", { exact: true }).selectOption({ label: "Amend the pledged total" });
      await second.getByLabel(/New pledged total/).fill("160,000,000");
      await second.getByLabel("Reason").fill("Budget revised again");
      await second.getByRole("button", { name: "Record this step" }).click();
      await second.getByText(/Someone changed this pledge while you were looking at it/).waitFor();
      await expectAccessible(second);
      await second.getByRole("button", { name: "Show the current pledge" }).click();
      await second.getByLabel("Reason").fill("Budget revised again");
      await second.getByLabel("Step", { exact: true }).selectOption({ label: "Amend the pledged total" });
      await second.getByLabel(/New pledged total/).fill("160,000,000");
      await second.getByLabel("Reason").fill("Budget revised again");
      await second.getByRole("button", { name: "Record this step" }).click();
      await second.getByText(/Recorded:/).waitFor();
    } finally {
      await first.context().close();
      await second.context().close();
    }
  });
});

describe("a viewer", () => {
  it("sees no edit control, and a mutation forged from that session is refused", async () => {
    const page = await newPage(browser);
    try {
      await signIn(page, "viewer");
      for (const path of ["/", "/pledges"]) {
        await page.goto(`${app.url}${path}`);
        await page.getByRole("heading", { level: 1 }).waitFor();
        await expectAccessible(page);
        expect(await page.getByRole("link", { name: /^New / }).count()).toBe(0);
      }
      await page
        .getByRole("link", { name: /Funding pledged|\[DEMO\]/ })
        .first()
        .click();
      await page.getByRole("heading", { level: 1 }).waitFor();
      expect(await page.getByRole("button", { name: "Record this step" }).count()).toBe(0);
      await expectAccessible(page);

      const forged = await callFromPage(
        page,
        "/trpc/pledge.create",
        {
          kind: "funding",
          idempotencyKey: "forged-by-a-viewer-0001",
          programme: "training",
          year: 2026,
          amount: "10",
          currency: "USD",
        },
        { "x-csrf-token": await csrfToken(page) },
      );
      expect(forged.status).toBe(403);
    } finally {
      await page.context().close();
    }
  });
});

describe("cross-site request forgery", () => {
  it("a mutation without the session's CSRF token, or with another, is refused and writes nothing", async () => {
    const page = await newPage(browser);
    try {
      await signIn(page, "donor");
      const input = {
        kind: "funding",
        idempotencyKey: "no-csrf-token-000001",
        programme: "training",
        year: 2026,
        amount: "10",
        currency: "USD",
      };
      expect((await callFromPage(page, "/trpc/pledge.create", input, {})).status).toBe(403);
      expect((await callFromPage(page, "/trpc/pledge.create", input, { "x-csrf-token": "guessed" })).status).toBe(403);
      const written = app.db.$client
        .prepare("select count(*) from pledges where idempotency_key = ?")
        .pluck()
        .get(input.idempotencyKey);
      expect(written).toBe(0);
    } finally {
      await page.context().close();
    }
  });
});

describe("a coordinator", () => {
  it("invites someone, who follows the link, chooses a password and is signed in", async () => {
    const page = await newPage(browser);
    const invited = await newPage(browser, "pt");
    try {
      await signIn(page, "coordinator");
      await page.getByRole("link", { name: "Coordination" }).click();
      await page.getByRole("link", { name: "People and invitations" }).click();
      await page.getByRole("heading", { name: "Invite someone" }).waitFor();
      await expectAccessible(page);
      await page.getByLabel("Email address").fill("ana.souza@example.org");
      await page.getByLabel("Name shown to others").fill("Ana Souza");
      await page.getByLabel("Organisation").selectOption("demo-gov-br");
      await page.getByLabel("Role").selectOption("state");
      await page.getByRole("button", { name: "Create the invitation" }).click();
      const link = await page.getByRole("textbox", { name: /Invitation link for Ana Souza/ }).inputValue();
      expect(link).toMatch(/\/invitation#token=/);

      const token = link.split("#token=")[1] ?? "";
      const addresses: string[] = [];
      invited.on("request", (request) => addresses.push(request.url()));
      await invited.goto(link.replace(/^https?:\/\/[^/]+/, app.url));
      await invited
        .getByText(/Ana Souza|ana\.souza@example\.org/)
        .first()
        .waitFor();
      await expectAccessible(invited);
      await invited.getByLabel("Nova senha", { exact: true }).fill("a long enough passphrase");
      await invited.getByLabel("Repita a nova senha").fill("a long enough passphrase");
      await invited.getByRole("button", { name: "Criar minha conta" }).click();
      await invited.getByRole("button", { name: "Sair", exact: true }).waitFor();
      await expect.poll(() => invited.getByText("Ana Souza").count()).toBeGreaterThan(0);
      // The token went to the server in request bodies only: no address (logged by proxies) holds it.
      expect(token.length).toBeGreaterThan(20);
      expect(addresses.filter((address) => address.includes(token))).toEqual([]);

      for (const section of ["Organisations", "API keys", "Country situations"]) {
        await page.getByRole("link", { name: section }).click();
        await page.getByRole("heading", { name: section }).first().waitFor();
        await expectAccessible(page);
      }
      await page.getByRole("link", { name: "Appeals" }).first().click();
      await page.getByRole("heading", { name: "Appeals", level: 1 }).waitFor();
      await expectAccessible(page);
    } finally {
      await page.context().close();
      await invited.context().close();
    }
  });
});

describe("every other page", () => {
  it("passes axe in Spanish, and reflows at 360 px without sideways scrolling", async () => {
    const page = await newPage(browser, "es", { width: 360, height: 740 });
    try {
      await signIn(page, "coordinator");
      for (const path of [
        "/",
        "/pledges",
        "/pledges/new",
        "/appeals",
        "/appeals/new",
        "/appeals/demo-rmrp-2019",
        "/coordination/situations",
      ]) {
        await page.goto(`${app.url}${path}`);
        await page.getByRole("heading", { level: 1 }).waitFor();
        await page.locator("[aria-busy=true]").waitFor({ state: "detached" });
        expect(await page.evaluate(() => document.documentElement.lang)).toBe("es");
        await expectAccessible(page);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, path).toBeLessThanOrEqual(0);
      }
    } finally {
      await page.context().close();
    }
  });

  it("a password reset link lets the person choose a new password and sign in with it", async () => {
    const page = await newPage(browser);
    try {
      const viewer = demoUser("viewer");
      const [row] = app.db.$client.prepare("select id from users where email = ?").all(viewer.email) as {
        id: string;
      }[];
      await signIn(page, "coordinator");
      const { resetUrl } = await page.evaluate(
        async ({ userId }) => {
          const session = (await (await fetch("/trpc/auth.session")).json()) as {
            result: { data: { csrfToken: string } };
          };
          const response = await fetch("/trpc/user.resetLink", {
            method: "POST",
            headers: { "content-type": "application/json", "x-csrf-token": session.result.data.csrfToken },
            body: JSON.stringify({ userId }),
          });
          return ((await response.json()) as { result: { data: { resetUrl: string } } }).result.data;
        },
        { userId: row?.id },
      );
      await page.getByRole("button", { name: "Sign out", exact: true }).click();
      await page.getByRole("heading", { name: "Sign in" }).waitFor();
      await page.goto(resetUrl.replace(/^https?:\/\/[^/]+/, app.url));
      await page.getByRole("heading", { name: "Choose a new password" }).waitFor();
      await expectAccessible(page);
      await page.getByLabel("New password", { exact: true }).fill("another long passphrase");
      await page.getByLabel("New password, again").fill("another long passphrase");
      await page.getByRole("button", { name: "Save the new password" }).click();
      await page.getByText("Your password has been changed. You can now sign in with it.").waitFor();
      await page.goto(`${app.url}/sign-in`);
      await page.getByLabel("Email address").fill(viewer.email);
      await page.getByLabel("Password").fill("another long passphrase");
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.getByRole("button", { name: "Sign out", exact: true }).waitFor();
    } finally {
      await page.context().close();
    }
  });
});
