import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { createToken, revokeToken } from "@solidaria/server";
import { breakStoredAdapter, launchWithExtension, startCoordinationServer, type ExtensionBrowser } from "./harness.js";
import { AXE_SOURCE } from "./axe-source.js";

const ADAPTER = readFileSync(new URL("../fixtures/ecuador-registry.adapter.json", import.meta.url));
/** Nothing listens on the discard port: nothing answers there. */
const SERVER_DOWN = "http://127.0.0.1:9";
/**
 * English an error or an untranslated message would bring into a Spanish page ("Failed to fetch", "Server
 * address: URL", "Unauthorized").
 */
const ENGLISH =
  /\b(failed|fetch|network|error:|server|could|not|the|unreachable|unauthorized|refused|synced|sync|address|answered|technical|detail|invalid|missing|saved|URL)\b/i;

let browser: ExtensionBrowser;
let coordination: Awaited<ReturnType<typeof startCoordinationServer>>;
/** A web server that is not a Solidaria server: an HTML page under /html, "503 Service Unavailable" under /down. */
let impostor: { url: string; server: Server };

beforeAll(async () => {
  coordination = await startCoordinationServer();
  const server = createServer((req, res) => {
    if (req.url?.startsWith("/down/")) {
      res.writeHead(503, { "content-type": "text/plain" });
      res.end("Service Unavailable");
      return;
    }
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end("<!doctype html><title>Portal</title><p>Bienvenido</p>");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  impostor = { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
  browser = await launchWithExtension();
  // The browser speaks Spanish (--lang=es); the page is set to Spanish explicitly too.
  const options = await browser.options();
  await options.selectOption("#language", "es");
  await options.locator("#language-status > span.ok").waitFor();
  await options.close();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await coordination?.close();
  impostor?.server.closeAllConnections();
  await new Promise((resolve) => impostor?.server.close(resolve));
});

interface Shown {
  readonly tone: string;
  /** The sentence. */
  readonly text: string;
  /** The technical detail in small print, if any. */
  readonly detail: string;
}

/**
 * Acts (clicks `control` unless told otherwise) and returns what the status line `line` then says. The line
 * is emptied first: an action may lead to the same words as the one before.
 */
async function press(options: Page, control: string, line: string, act?: () => Promise<void>): Promise<Shown> {
  await options.locator(line).evaluate((element) => {
    for (const child of element.children) {
      child.textContent = "";
      child.removeAttribute("class");
    }
  });
  await (act ? act() : options.click(control));
  const message = options.locator(`${line} > span.ok:not(:empty), ${line} > span.error:not(:empty)`);
  await message.waitFor();
  return {
    tone: (await message.getAttribute("class")) ?? "",
    text: (await message.textContent()) ?? "",
    detail: (await options.locator(`${line} > small`).textContent()) ?? "",
  };
}

async function fillServer(options: Page, url: string, token = ""): Promise<void> {
  await options.fill("#server-url", url);
  await options.fill("#server-token", token);
}

const save = (options: Page) => press(options, "#save-server", "#save-server-status");
const sync = (options: Page) => press(options, "#sync-now", "#sync-now-status");

/** What the extension stored, read in the options page. */
async function stored<T>(options: Page, key: string): Promise<T> {
  return options.evaluate(
    async (name) =>
      (
        await (
          globalThis as unknown as {
            chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
          }
        ).chrome.storage.local.get(name)
      )[name],
    key,
  ) as Promise<T>;
}

/** The page's own words (labels, hints, status lines), without the language names and the portals' names. */
async function pageWords(options: Page): Promise<string> {
  return options.evaluate(() => {
    const copy = document.querySelector("main")?.cloneNode(true) as HTMLElement;
    copy.querySelectorAll("select, label.check, #adapters .name, #hosts .name").forEach((node) => node.remove());
    return copy.textContent ?? "";
  });
}

/** Whether `line` sits beside `control`: on its right on the same row, or right below it. */
async function beside(options: Page, control: string, line: string): Promise<boolean> {
  const [c, s] = await Promise.all([options.locator(control).boundingBox(), options.locator(line).boundingBox()]);
  if (!c || !s) return false;
  const sameRow = s.x >= c.x + c.width && s.x - (c.x + c.width) <= 24 && s.y < c.y + c.height && s.y + s.height > c.y;
  const below = Math.abs(s.x - c.x) <= 2 && s.y >= c.y + c.height && s.y - (c.y + c.height) <= 16;
  return sameRow || below;
}

async function focusedId(options: Page): Promise<string> {
  return options.evaluate(() => document.activeElement?.id ?? "");
}

/** The options page with the extension's CSP lifted (through the DevTools protocol), so axe-core can be injected. */
async function optionsForAxe(): Promise<Page> {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send("Page.setBypassCSP", { enabled: true });
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await page.locator("#language").waitFor();
  return page;
}

async function expectNoAxeViolations(page: Page, state: string): Promise<void> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(async () => {
    const { axe } = window as unknown as {
      axe: {
        run(
          context: Document,
          options: object,
        ): Promise<{
          violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
        }>;
      };
    };
    const result = await axe.run(document, { rules: { "target-size": { enabled: true } } });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.map((node) => node.target.map(String).join(" ")),
    }));
  });
  if (violations.length > 0) console.error(`axe-core violations (${state}):`, JSON.stringify(violations, null, 2));
  expect(violations, state).toEqual([]);
}

describe("the options page, in Spanish", () => {
  it("says in Spanish, without a word of English, that nothing answered at the address, beside the sync button", async () => {
    const options = await browser.options();
    expect(await options.getAttribute("html", "lang")).toBe("es");
    await fillServer(options, SERVER_DOWN);
    expect(await save(options)).toEqual({ tone: "ok", text: "Guardado", detail: "" });

    const failed = await sync(options);
    expect(failed.tone).toBe("error");
    expect(failed.text).toBe(
      "La sincronización falló: no se pudo contactar al servidor: nada respondió en esa dirección. Revise la dirección y la conexión a internet.",
    );
    expect(failed.detail).toBe("");
    expect(failed.text).not.toMatch(ENGLISH);
    await expect.poll(() => options.locator("#last-sync").textContent()).toContain("no se pudo contactar");
    expect(await pageWords(options)).not.toMatch(ENGLISH);

    // Beside the button that caused it, announced politely.
    const line = options.locator("#sync-now + #sync-now-status");
    expect(await line.getAttribute("role")).toBe("status");
    expect(await line.getAttribute("aria-live")).toBe("polite");
    expect(await beside(options, "#sync-now", "#sync-now-status")).toBe(true);
    // The save line still says what the save did: each line keeps to its own control.
    expect(await options.locator("#save-server-status > span").textContent()).toBe("Guardado");
    await options.close();
  });

  it("says in words why an address cannot be used, beside the button pressed, and saves nothing", async () => {
    const options = await browser.options();
    await fillServer(options, coordination.url);
    expect((await save(options)).tone).toBe("ok");

    const cases: [url: string, token: string, sentence: string][] = [
      ["", "sol_example", "Falta la dirección del servidor: el token solo sirve con un servidor."],
      [
        "coordinacion.example.org",
        "",
        "La dirección del servidor no es una dirección web: escríbala completa, empezando por https://.",
      ],
      ["ftp://coordinacion.example.org", "", "La dirección del servidor debe empezar por https:// (o http://)."],
      ["http://coordinacion.example.org", "sol_secret", "El token solo se envía por https (o a este equipo)"],
      [
        "https://coordinacion.example.org",
        "sol_ secret",
        "El token tiene espacios u otros caracteres que un token no lleva: cópielo de nuevo.",
      ],
    ];
    for (const [url, token, sentence] of cases) {
      await fillServer(options, url, token);
      const refused = await save(options);
      expect(refused, `${url} ${token}`).toEqual({ tone: "error", text: sentence, detail: "" });
      expect(refused.text).not.toMatch(ENGLISH);
      // The field at fault is marked, and described by the line that says why.
      const field = token.includes(" ") ? "#server-token" : "#server-url";
      expect(await options.getAttribute(field, "aria-invalid")).toBe("true");
      expect(await options.getAttribute(field, "aria-describedby")).toContain("save-server-status");
    }
    // Nothing was saved: the last good server is still the one configured.
    expect((await stored<{ serverUrl: string }>(options, "settings")).serverUrl).toBe(coordination.url);

    // Something answers, but it is not a Solidaria server (Sync saves what is typed in first).
    await fillServer(options, `${impostor.url}/html`);
    const impostorSync = await sync(options);
    expect(impostorSync.tone).toBe("error");
    expect(impostorSync.text).toBe(
      "La sincronización falló: en esa dirección respondió un servidor, pero no es un servidor de Solidaria. Revise la dirección.",
    );
    expect(await options.getAttribute("#server-url", "aria-invalid")).toBeNull();

    // A server that fails: the sentence says so, the status code is in the small print only.
    await fillServer(options, `${impostor.url}/down`);
    const down = await sync(options);
    expect(down.text).toBe(
      "La sincronización falló: el servidor tuvo un error o no está disponible en este momento. Inténtelo más tarde.",
    );
    expect(down.detail).toMatch(/^Detalle técnico: [a-zA-Z.]+ · HTTP 503$/);
    expect(down.text).not.toContain("503");
    expect(await pageWords(options)).not.toMatch(ENGLISH);

    // No server at all.
    await fillServer(options, "");
    expect(await save(options)).toEqual({
      tone: "ok",
      text: "Guardado, sin servidor de coordinación: no se sincroniza nada.",
      detail: "",
    });
    expect((await sync(options)).text).toBe(
      "La sincronización falló: no hay servidor configurado; escriba su dirección y pulse Guardar.",
    );
    await options.close();
  });

  it("reports a wrong token and a revoked token as refused, and syncs with a valid one", async () => {
    const valid = await createToken(coordination.store, {
      organisationId: "demo-gov-pe",
      role: "state",
      label: "options e2e",
    });
    const options = await browser.options();
    await fillServer(options, coordination.url, valid.secret);
    expect((await save(options)).tone).toBe("ok");
    const accepted = await sync(options);
    expect(accepted.tone).toBe("ok");
    expect(accepted.text).toMatch(
      /^Sincronizado: \d+ situaciones de país, \d+ perfiles? jurídicos? y \d+ ofertas de plazas\. Token aceptado: .+\.$/,
    );
    expect(coordination.requests.some((request) => request.url === "/trpc/me")).toBe(true);

    // A token the server never issued.
    await fillServer(options, coordination.url, `sol_${"x".repeat(43)}`);
    expect((await save(options)).tone).toBe("ok");
    const wrong = await sync(options);
    expect(wrong.tone).toBe("error");
    expect(wrong.text).toMatch(
      /^El servidor rechazó el token: no es válido o fue revocado\. Pida uno nuevo a quien administra el servidor\. Los datos públicos sí se actualizaron: \d+ situaciones de país, \d+ perfiles? jurídicos? y \d+ ofertas de plazas\.$/,
    );
    expect(wrong.detail).toBe("Detalle técnico: me · HTTP 401");
    expect(wrong.text).not.toMatch(ENGLISH);
    expect(await stored<{ ok: boolean; problem?: string }>(options, "syncStatus")).toMatchObject({
      ok: false,
      problem: "tokenRefused",
    });
    await expect.poll(() => options.locator("#last-sync").textContent()).toContain("rechazó el token");

    // The valid token again, then revoked by the server's administrator.
    await fillServer(options, coordination.url, valid.secret);
    expect((await save(options)).tone).toBe("ok");
    expect((await sync(options)).tone).toBe("ok");
    await revokeToken(coordination.store, valid.id);
    const revoked = await sync(options);
    expect(revoked.tone).toBe("error");
    expect(revoked.text).toMatch(/^El servidor rechazó el token: no es válido o fue revocado\./);
    expect(await stored<{ problem?: string }>(options, "syncStatus")).toMatchObject({ problem: "tokenRefused" });

    // Without a token, the public data syncs as before.
    await fillServer(options, coordination.url);
    expect((await save(options)).tone).toBe("ok");
    expect((await sync(options)).text).toMatch(
      /^Sincronizado: \d+ situaciones de país, \d+ perfiles? jurídicos? y \d+ ofertas de plazas$/,
    );
    await options.close();
  });

  it("reports each change beside its control, from the keyboard, and keeps focus as the page changes", async () => {
    const options = await browser.options();

    // Language, with the arrow keys (browser's, Español, Português, English): the page is worded again around
    // the focused list box.
    await options.focus("#language");
    const pressKey = (key: string) => press(options, "", "#language-status", () => options.keyboard.press(key));
    expect(await pressKey("ArrowDown")).toEqual({ tone: "ok", text: "Salvo", detail: "" });
    expect(await options.getAttribute("html", "lang")).toBe("pt");
    expect(await focusedId(options)).toBe("language");
    expect(await pressKey("ArrowDown")).toEqual({ tone: "ok", text: "Saved", detail: "" });
    expect(await options.getAttribute("html", "lang")).toBe("en");
    expect(await options.locator("#save-server").textContent()).toBe("Save");
    expect(await options.locator("label[for=server-url]").textContent()).toBe("Server address");
    expect(await focusedId(options)).toBe("language");
    await pressKey("ArrowUp");
    expect((await pressKey("ArrowUp")).text).toBe("Guardado");
    expect(await options.getAttribute("html", "lang")).toBe("es");
    expect(await options.inputValue("#language")).toBe("es");
    expect(await focusedId(options)).toBe("language");

    // A built-in portal off and on again with the space bar.
    // (Plugin ids have dots: selected by attribute.)
    const box = (await options.locator("input[data-plugin]").first().getAttribute("id")) ?? "";
    const boxLine = `[id="${box}-status"]`;
    await options.focus(`[id="${box}"]`);
    const off = await press(options, "", boxLine, () => options.keyboard.press("Space"));
    expect(off).toEqual({ tone: "ok", text: "Desactivado", detail: "" });
    expect(await beside(options, `label:has([id="${box}"])`, boxLine)).toBe(true);
    expect(await focusedId(options)).toBe(box);
    expect((await press(options, "", boxLine, () => options.keyboard.press("Space"))).text).toBe("Activado");

    // Adapters: imported, refused (not JSON, not valid) in words, with the bad fields in the small print.
    const importing = (name: string, buffer: Buffer) =>
      press(options, "", "#adapter-file-status", () =>
        options.setInputFiles("#adapter-file", { name, mimeType: "application/json", buffer }),
      );
    expect(await importing("adapter.json", ADAPTER)).toEqual({
      tone: "ok",
      text: "Adaptador importado: Registro de protección internacional (Ecuador) (ec.registry.cards)",
      detail: "",
    });
    expect(await beside(options, "#adapter-file", "#adapter-file-status")).toBe(true);
    expect(await importing("notes.json", Buffer.from("not json {"))).toEqual({
      tone: "error",
      text: "El archivo no contiene JSON válido: elija el archivo .json del adaptador.",
      detail: "",
    });
    const broken = await importing("broken.json", Buffer.from('{"schemaVersion":1,"id":"x"}'));
    expect(broken.text).toBe("El adaptador no es válido: faltan campos o alguno tiene un valor no válido.");
    expect(broken.detail).toMatch(/^Detalle técnico: .*\bjurisdiction\b/);
    expect(broken.detail).not.toMatch(/expected|invalid|required/i);
    expect(await options.locator("#adapters li").count()).toBe(1);

    // Portals, added with the keyboard: the status beside the button, focus on it.
    const addPortal = async (address: string) => {
      await options.focus("#extra-host");
      await options.keyboard.type(address);
      await options.keyboard.press("Tab");
      expect(await focusedId(options)).toBe("add-host");
      return press(options, "", "#add-host-status", () => options.keyboard.press("Enter"));
    };
    const empty = await addPortal("");
    expect(empty.tone).toBe("error");
    expect(empty.text).toBe("Escriba la dirección del portal, por ejemplo https://portal.example.gob.");
    expect(await options.getAttribute("#extra-host", "aria-invalid")).toBe("true");
    await options.fill("#extra-host", "");
    expect((await addPortal("portal")).text).toMatch(/^La dirección del portal no es una dirección web/);
    await options.fill("#extra-host", "");
    expect(await addPortal("http://localhost:4321")).toEqual({
      tone: "ok",
      text: "Portal autorizado: http://localhost:4321",
      detail: "",
    });
    expect(await focusedId(options)).toBe("add-host");
    expect(await beside(options, "#add-host", "#add-host-status")).toBe(true);
    expect((await addPortal("http://localhost:4322/ruta")).text).toBe("Portal autorizado: http://localhost:4322");

    // Removing a portal moves focus to the next one's button, then to the field to add one: never lost.
    await options.focus("#host-0-remove");
    const removed = await press(options, "", "#hosts-status", () => options.keyboard.press("Enter"));
    expect(removed.text).toBe("Portal quitado: http://localhost:4321");
    expect(await focusedId(options)).toBe("host-0-remove");
    expect(await options.getAttribute("#host-0-remove", "aria-label")).toBe("Quitar http://localhost:4322");
    await press(options, "", "#hosts-status", () => options.keyboard.press("Enter"));
    expect(await focusedId(options)).toBe("extra-host");
    expect(await options.locator("#hosts li").count()).toBe(0);

    // Removing the adapter: focus to the file field.
    await options.focus("#adapter-0-remove");
    const gone = await press(options, "", "#adapters-status", () => options.keyboard.press("Space"));
    expect(gone.text).toBe("Adaptador quitado: Registro de protección internacional (Ecuador) (ec.registry.cards)");
    expect(await focusedId(options)).toBe("adapter-file");

    // Every control is reached with Tab, in order.
    await options.focus("#language");
    const reached = ["language"];
    for (let step = 0; step < 30; step++) {
      await options.keyboard.press("Tab");
      const id = await focusedId(options);
      // A date field takes one Tab per part (day, month, year): the same control, still in order.
      if (id !== "" && id === reached.at(-1)) continue;
      if (!id || reached.includes(id)) break;
      reached.push(id);
    }
    expect(reached).toEqual([
      "language",
      "server-url",
      "server-token",
      "save-server",
      "sync-now",
      ...(await options.locator("input[data-plugin]").evaluateAll((boxes) => boxes.map((b) => b.id))),
      "adapter-file",
      "extra-host",
      "add-host",
      "pin-today",
      "pin-today-save",
      "pin-today-clear",
    ]);
    await options.close();
  });

  it("pins today for testing saved pages, says so beside the buttons, and goes back to today", async () => {
    const options = await browser.options();
    const pinned = () =>
      stored<{ pinnedToday?: string | null }>(options, "settings").then((value) => value.pinnedToday);
    await options.fill("#pin-today", "2019-11-20");
    expect(await press(options, "#pin-today-save", "#pin-today-status")).toEqual({
      tone: "ok",
      text: "Fecha de prueba fijada: 20 de noviembre de 2019. Los plazos se cuentan hasta ese día.",
      detail: "",
    });
    expect(await pinned()).toBe("2019-11-20");
    expect(await beside(options, "#pin-today-clear", "#pin-today-status")).toBe(true);
    expect(await pageWords(options)).not.toMatch(ENGLISH);

    expect(await press(options, "#pin-today-clear", "#pin-today-status")).toEqual({
      tone: "ok",
      text: "Sin fecha fijada: los plazos se cuentan hasta hoy.",
      detail: "",
    });
    expect(await options.inputValue("#pin-today")).toBe("");
    expect(await pinned()).toBeNull();
    await options.close();
  });

  it("has no axe-core violations, 24 px targets at least, and reflows at 320 px", async () => {
    const options = await optionsForAxe();
    await expectNoAxeViolations(options, "as opened");

    // A full page: an adapter that needs access, one that stopped being valid, a portal, errors and details.
    await options.setInputFiles("#adapter-file", { name: "a.json", mimeType: "application/json", buffer: ADAPTER });
    await options.locator("#adapter-file-status > span.ok").waitFor();
    const remote = {
      ...(JSON.parse(ADAPTER.toString("utf8")) as Record<string, unknown>),
      id: "ec.registro.remote",
      matches: ["https://registro.example/*"],
    };
    await options.setInputFiles("#adapter-file", {
      name: "b.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(remote)),
    });
    await options.locator("#adapters button.grant").waitFor();
    await breakStoredAdapter(options, "ec.registro.remote");
    await options.reload();
    await options.locator("#adapters p.error").waitFor();
    expect(await options.locator("#adapters p.error").textContent()).toBe(
      "Este adaptador ya no es válido y no se usa: importe una versión corregida.Detalle técnico: pages[0].records",
    );
    await options.fill("#extra-host", "http://localhost:4323");
    await press(options, "#add-host", "#add-host-status");
    await fillServer(options, SERVER_DOWN, "sol_ with a space");
    await save(options);
    await fillServer(options, `${impostor.url}/down`);
    await sync(options);
    await expectNoAxeViolations(options, "with lists, errors and details");

    // Every control is at least 24×24 CSS pixels.
    const small = await options.evaluate(() =>
      [...document.querySelectorAll("button, input, select")]
        .map((control) => ({ id: control.id || control.tagName, box: control.getBoundingClientRect() }))
        .filter(({ box }) => box.width < 24 || box.height < 24)
        .map(({ id, box }) => `${id}: ${box.width}×${box.height}`),
    );
    expect(small).toEqual([]);

    // 320 CSS pixels wide: nothing scrolls sideways, the status lines go below their controls.
    await options.setViewportSize({ width: 320, height: 640 });
    await expect.poll(() => options.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(await beside(options, "#sync-now", "#sync-now-status")).toBe(true);
    await expectNoAxeViolations(options, "at 320 px");
    await options.close();
  });
});
