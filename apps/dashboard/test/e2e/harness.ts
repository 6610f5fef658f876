import { mkdtempSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import type { Role } from "@solidaria/db/enums";
import { sqliteStore } from "@solidaria/api";
import { openDatabase, type LedgerDatabase } from "@solidaria/db";
import { createHttpServer, createLogger, DEMO_USERS, listen, seedDemoData } from "@solidaria/server";

/** The built dashboard (the test script builds it first), served as `npm start` serves it. */
const DIST = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "dist");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export interface App {
  readonly url: string;
  readonly db: LedgerDatabase;
  close(): Promise<void>;
}

/** The real coordination server on a fresh SQLite file with the demo data and demo people. */
export async function startApp(): Promise<App> {
  const dir = mkdtempSync(join(tmpdir(), "solidaria-dashboard-e2e-"));
  const db = openDatabase(join(dir, "ledger.sqlite"));
  const store = sqliteStore(db);
  await seedDemoData(store);
  const server: Server = createHttpServer({ store, dashboardDir: DIST, logger: createLogger("silent") });
  const url = await listen(server, 0);
  return {
    url,
    db,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Debian's Chromium, headless. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: false,
    args: ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
  });
}

/** A fresh browser profile (no cookies) in `locale`, at a desktop size unless told otherwise. */
export async function newPage(
  browser: Browser,
  locale: "es" | "pt" | "en" = "en",
  viewport = { width: 1280, height: 900 },
): Promise<Page> {
  const context = await browser.newContext({ locale, viewport });
  const page = await context.newPage();
  // A CSP violation is a defect even when nothing visible breaks.
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text()))
      throw new Error(`CSP violation: ${message.text()}`);
  });
  return page;
}

export function demoUser(role: Role) {
  const user = DEMO_USERS.find((candidate) => candidate.role === role);
  if (user === undefined) throw new Error(`expected a demo user with the role ${role}`);
  return user;
}
