import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import type { Server } from "node:http";
import { Window } from "happy-dom";
import { addDays, daysBetween, todayLocal } from "@solidaria/domain";
import { createPortalServer, listenPortals } from "../src/server.js";
import { syntheticCase } from "../src/synthetic-cases.js";

/** The day the plugins' fixtures are saved on (scripts/save-pages.ts) and their tests evaluate them. */
const FIXTURE_DAY = "2019-11-20";

let server: Server;
let url: string;
let pinnedServer: Server;
let pinnedUrl: string;
beforeAll(async () => {
  server = createPortalServer();
  url = await listenPortals(server, 0);
  pinnedServer = createPortalServer({ today: FIXTURE_DAY });
  pinnedUrl = await listenPortals(pinnedServer, 0);
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await new Promise<void>((resolve) => pinnedServer.close(() => resolve()));
});

const get = async (path: string, base = url) => {
  const response = await fetch(`${base}${path}`);
  return { status: response.status, type: response.headers.get("content-type"), text: await response.text() };
};

/** dd/mm/yyyy, as the portals write dates, `offset` days from `today`. */
const portalDay = (today: string, offset = 0) => {
  const [year, month, day] = addDays(today, offset).split("-");
  return `${day}/${month}/${year}`;
};

/** The value of a labelled row of the CEPR case file. */
const field = (html: string, label: string) =>
  new RegExp(`${label}:</td><td class="valor">([^<]*)<`).exec(html)?.[1] ?? null;

/** The saved page a plugin's tests read. */
const fixture = (plugin: string, name: string) =>
  readFileSync(new URL(`../../../packages/plugins/${plugin}/fixtures/${name}`, import.meta.url), "utf8");

describe("demo portals", () => {
  it("serve the CEPR list in Spanish, labelled synthetic, sized by ?n and ?size", async () => {
    const page = await get("/cepr/casos?n=1000&size=1000");
    expect(page.status).toBe(200);
    expect(page.text).toContain('lang="es"');
    expect(page.text).toContain("datos SINTÉTICOS");
    expect(page.text.match(/<tr class="fila/g)).toHaveLength(1000);
    expect((await get("/cepr/casos?page=2&size=20&n=60")).text).toContain("CEPR-2019-000021");
  });

  it("escape portal values: markup in a field is text", async () => {
    const page = await get("/cepr/casos?n=5&size=5");
    expect(page.text).toContain("&lt;img src=x onerror=&quot;window.__solidariaXss=1&quot;&gt;");
    expect(page.text).not.toContain("<img src=x");
  });

  it("serve case files, traveller records and the single-page app's data", async () => {
    expect((await get("/cepr/expediente?id=2")).text).toContain("No acredita temor fundado de persecución");
    expect((await get("/migraciones/control?id=0")).text).toContain("Sin sellos migratorios de Ecuador");
    const data = JSON.parse((await get("/spa/api/cases?page=1&size=10&n=10000&status=Denegado")).text) as {
      total: number;
      items: { decision: string }[];
    };
    expect(data.items).toHaveLength(10);
    expect(data.items.every((item) => item.decision.startsWith("Denegado"))).toBe(true);
    expect((await get("/spa/app.js")).type).toMatch(/javascript/);
    expect((await get("/nope")).status).toBe(404);
  });

  it("generate the same case every time", () => {
    expect(syntheticCase(42, FIXTURE_DAY)).toEqual(syntheticCase(42, FIXTURE_DAY));
    expect(syntheticCase(2, FIXTURE_DAY).outcome).toBe("DENEGADO");
  });
});

describe("dates relative to a reference day", () => {
  it("date every case from the reference day: on another day, every date moves by as many days", () => {
    const dates = /(\d{2})\/(\d{2})\/(\d{4})/g;
    const iso = (text: string) => [...text.matchAll(dates)].map(([, d, m, y]) => `${y}-${m}-${d}`);
    for (const [from, to] of [
      [FIXTURE_DAY, "2026-12-01"],
      ["2024-02-29", "2025-03-01"],
    ] as const) {
      for (let index = 0; index < 70; index += 1) {
        const before = iso(JSON.stringify(syntheticCase(index, from)));
        const after = iso(JSON.stringify(syntheticCase(index, to)));
        expect(before.length).toBeGreaterThan(0);
        expect(after).toEqual(before.map((date) => addDays(date, daysBetween(from, to))));
      }
    }
  });

  it("keep the situations of a fresh queue: a few days' wait, a deadline weeks ahead, a renewal within the week", () => {
    const today = "2026-12-01";
    const iso = (ddmmyyyy: string) => ddmmyyyy.split("/").reverse().join("-");
    const claimed = (index: number) => daysBetween(iso(syntheticCase(index, today).claimDate), today);
    for (let start = 0; start < 700; start += 7) {
      // At the border with humanitarian visas: a few days; a family split at the border: weeks past 30 days.
      expect(claimed(start)).toBeGreaterThanOrEqual(2);
      expect(claimed(start)).toBeLessThan(10);
      expect(claimed(start + 1)).toBeGreaterThan(30);
      // A written rejection notified in the last 10 days: its 15 working days are still running.
      const rejected = syntheticCase(start + 2, today);
      expect(daysBetween(iso(rejected.notifiedDate), today)).toBeLessThan(10);
      expect(daysBetween(iso(rejected.notifiedDate), today)).toBeGreaterThanOrEqual(0);
      // Admitted inland: the card (60 days from its last renewal) expires within the week.
      const admitted = syntheticCase(start + 4, today);
      const expires = addDays(iso(admitted.carneRenewed), 60);
      expect(daysBetween(today, expires)).toBeGreaterThan(0);
      expect(daysBetween(today, expires)).toBeLessThanOrEqual(7);
      // A 16-year-old alone at the border, registered days ago.
      expect(claimed(start + 6)).toBeLessThan(15);
      expect(syntheticCase(start + 6, today).members).toHaveLength(1);
    }
  });

  it("date the cases from the server's own date by default", async () => {
    const before = todayLocal();
    const page = await get("/cepr/expediente?id=0");
    const after = todayLocal();
    // Case 0 claimed 8 days before the reference day (the clock may pass midnight during the request).
    expect([portalDay(before, -8), portalDay(after, -8)]).toContain(field(page.text, "Fecha de solicitud"));
    expect([portalDay(before), portalDay(after)].some((day) => page.text.includes(`Fechas relativas al ${day}.`))).toBe(
      true,
    );
  });

  it("pin the day with createPortalServer({ today }): the pages are the plugins' fixtures", async () => {
    const list = await get("/cepr/casos?page=1&size=7&n=60", pinnedUrl);
    expect(list.text).toContain("Fechas relativas al 20/11/2019.");
    expect(list.text).toBe(fixture("pe-cepr", "case-list.html"));
    for (const id of [0, 1, 2, 3, 4, 5])
      expect((await get(`/cepr/expediente?id=${id}`, pinnedUrl)).text).toBe(
        fixture("pe-cepr", `case-detail-${id}.html`),
      );
    for (const id of [0, 4, 6])
      expect((await get(`/migraciones/control?id=${id}`, pinnedUrl)).text).toBe(
        fixture("pe-migraciones", `traveller-record-${id}.html`),
      );
    expect(() => createPortalServer({ today: "20/11/2019" })).toThrow(
      'today must be a real calendar date as YYYY-MM-DD (for example today=2019-11-20), not "20/11/2019"',
    );
  });

  it("pin the day with ?today= on any page, over the server's day, and keep it in the page's links", async () => {
    const detail = await get("/cepr/expediente?id=0&today=2019-11-20");
    expect(field(detail.text, "Fecha de solicitud")).toBe("12/11/2019");
    expect(detail.text).toContain('href="/cepr/casos?today=2019-11-20"');
    const later = await get("/cepr/expediente?id=0&today=2026-12-01", pinnedUrl);
    expect(field(later.text, "Fecha de solicitud")).toBe("23/11/2026");

    const list = await get("/cepr/casos?page=1&size=7&n=60&today=2019-11-20");
    expect(list.text).toContain('<a href="/cepr/expediente?id=0&amp;today=2019-11-20">CEPR-2019-000001</a>');
    expect(list.text).toContain('href="/cepr/casos?page=2&amp;n=60&amp;size=7&amp;today=2019-11-20"');
    // Apart from the links that keep ?today=, the same page as the pinned server's.
    expect(list.text.replaceAll("&amp;today=2019-11-20", "")).toBe(fixture("pe-cepr", "case-list.html"));

    expect((await get("/migraciones/control?id=0&today=2019-11-20")).text).toContain('value="18/11/2019"');
    expect((await get("/ecuador/registro?n=7&today=2019-11-20")).text).toContain("Fechas relativas al 20/11/2019.");
    expect((await get("/?today=2019-11-20")).text).toContain('href="/spa/?today=2019-11-20"');
    const data = JSON.parse((await get("/spa/api/cases?page=1&size=7&n=7&today=2019-11-20")).text) as {
      items: { file: string; age: number; claimDate: string }[];
    };
    expect(data.items[0]).toMatchObject({ file: "CEPR-2019-000001", claimDate: "12/11/2019", age: 39 });
    expect(data.items[6]).toMatchObject({ age: 16, claimDate: "07/11/2019" });
  });

  it("render the single-page app's rows for the day in the page's own ?today=", async () => {
    const rows = async (query: string) => {
      // The app's own script, run as the browser runs it, against this server.
      const window = new Window({
        url: `${url}/spa/?n=7&size=7&refreshMs=600000${query}`,
        settings: { enableJavaScriptEvaluation: true, suppressInsecureJavaScriptEnvironmentWarning: true },
      });
      try {
        window.document.write((await get(`/spa/?${query}`)).text);
        const first = () => window.document.querySelector("tr.case-row");
        for (let wait = 0; first() === null && wait < 100; wait += 1) await new Promise((done) => setTimeout(done, 50));
        return [...window.document.querySelectorAll("tr.case-row")].map((row) => row.children[4]?.textContent);
      } finally {
        await window.happyDOM.close();
      }
    };
    expect(await rows("&today=2019-11-20")).toEqual([
      "12/11/2019",
      "22/09/2019",
      "27/07/2019",
      "25/07/2019",
      "27/07/2019",
      "04/10/2019",
      "07/11/2019",
    ]);
    expect((await rows(""))[0]).toBe(portalDay(todayLocal(), -8));
  });

  it("refuse a malformed ?today= with a 400 that says what is expected, on every page and the API", async () => {
    for (const [query, given] of [
      ["today=2019-13-01", '"2019-13-01"'],
      ["today=2019-02-29", '"2019-02-29"'],
      ["today=20/11/2019", '"20/11/2019"'],
      ["today=2019-11-20T10:00", '"2019-11-20T10:00"'],
      ["today=", '""'],
    ] as const) {
      for (const path of ["/cepr/casos?", "/cepr/expediente?id=0&", "/spa/?", "/spa/api/cases?", "/?"]) {
        const page = await get(`${path}${query}`);
        expect(page.status, `${path}${query}`).toBe(400);
        expect(page.type).toBe("text/plain; charset=utf-8");
        expect(page.text).toBe(
          `Bad request: today must be a real calendar date as YYYY-MM-DD (for example today=2019-11-20), not ${given}. Leave today out to date the cases from the server's date.\n`,
        );
      }
    }
    const twice = await get("/cepr/casos?today=2019-11-20&today=2019-11-21", pinnedUrl);
    expect(twice.status).toBe(400);
    expect(twice.text).toBe(
      "Bad request: today must be given once, not 2 times. Leave today out to date the cases from 2019-11-20.\n",
    );
  });
});

describe("npm run portals", () => {
  /** Runs src/main.ts on a free port with `env`; resolves with its address, or its exit code and error output. */
  function start(env: Record<string, string>) {
    const { PORTALS_PORT: _port, DEMO_TODAY: _today, ...inherited } = process.env;
    const child = spawn(
      new URL("../node_modules/.bin/tsx", import.meta.url).pathname,
      [new URL("../src/main.ts", import.meta.url).pathname, "0"],
      { env: { ...inherited, ...env }, stdio: ["ignore", "pipe", "pipe"] },
    );
    let stdout = "";
    let stderr = "";
    const started = new Promise<{ url: string } | { code: number | null; stderr: string }>((resolve) => {
      child.stdout.on("data", (chunk: Buffer) => {
        stdout += chunk.toString("utf8");
        // The last line it prints says which day the cases are dated from.
        const match = /on (http:\/\/\S+)\n[\s\S]*DEMO_TODAY.*\n/.exec(stdout);
        if (match?.[1]) resolve({ url: match[1] });
      });
      child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
      child.on("exit", (code) => resolve({ code, stderr }));
    });
    const stop = () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      });
    return { started, stop, output: () => stdout };
  }

  it("pin the day with DEMO_TODAY", async () => {
    const portals = start({ DEMO_TODAY: "2019-11-20" });
    try {
      const started = await portals.started;
      if (!("url" in started)) throw new Error(`the portals did not start: ${started.stderr}`);
      expect(portals.output()).toContain("Cases dated from 2019-11-20 (DEMO_TODAY)");
      expect(field((await get("/cepr/expediente?id=0", started.url)).text, "Fecha de solicitud")).toBe("12/11/2019");
      expect((await get("/cepr/casos?page=1&size=7&n=60", started.url)).text).toBe(
        fixture("pe-cepr", "case-list.html"),
      );
    } finally {
      await portals.stop();
    }
  });

  it("refuse to start on a malformed DEMO_TODAY, saying why", async () => {
    const portals = start({ DEMO_TODAY: "2019-11-31" });
    try {
      expect(await portals.started).toEqual({
        code: 2,
        stderr:
          'Demo portals not started: DEMO_TODAY must be a real calendar date as YYYY-MM-DD (for example DEMO_TODAY=2019-11-20), not "2019-11-31"\n',
      });
    } finally {
      await portals.stop();
    }
  });
});
