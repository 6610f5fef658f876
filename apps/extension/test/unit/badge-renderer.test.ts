import { describe, expect, it } from "vitest";
import { Window } from "happy-dom";
import type { Annotation } from "@solidaria/domain";
import type { RecordResult } from "@solidaria/sdk";
import { createBadgeRenderer, LAYER_TAG } from "../../src/content/badge-renderer.js";

/**
 * The renderer's bookkeeping without a browser: which cases have a badge, what the popup is told, what
 * survives a re-render. happy-dom lays nothing out, so visibility is the fallback where the browser
 * cannot report it (every row counts as in view); placement and the panel's behaviour are tested in
 * Chromium (test/e2e/badges.e2e.test.ts).
 */
function page(html: string): Document {
  const window = new Window({ url: "https://portal.test/casos" });
  // Without IntersectionObserver the renderer draws every row's badge.
  (window as unknown as { IntersectionObserver: undefined }).IntersectionObserver = undefined;
  // eslint-disable-next-line no-restricted-properties -- the test's own fixture markup, not portal text
  window.document.body.innerHTML = html;
  return window.document as unknown as Document;
}

function defined<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`Expected ${what}, found none`);
  return value;
}

const row = (document: Document, id: string) => defined(document.getElementById(id), `row ${id}`);
const cellOf = (element: Element) => defined(element.firstElementChild, "a cell in the row");
const layer = (document: Document) => defined(document.querySelector(LAYER_TAG)?.shadowRoot, "the layer");
const badgesOf = (document: Document) => [...layer(document).querySelectorAll<HTMLElement>(".badge")];

function annotation(
  code: string,
  severity: Annotation["severity"],
  title: string,
  due: string | null = null,
): Annotation {
  return {
    code,
    severity,
    title: { es: title, pt: title, en: title },
    detail: { es: "Detalle.", pt: "Detalhe.", en: "Detail." },
    action: null,
    due,
    daysLeft: due === null ? null : 3,
    facts: [{ path: "claim.stage", value: "registered" }],
    basis: [
      {
        instrument: "refugee-convention-1951",
        provision: "art. 33(1)",
        source: { source: "refugee-convention-1951", locator: "art. 33(1)" },
      },
    ],
    people: [],
    findings: [],
    dataAge: [],
  };
}

const critical = annotation("nonrefoulement.border-rejection", "critical", "Riesgo de devolución");
const warning = annotation("vulnerability.child", "warning", "Niñez");

function result(reference: string | null, annotations: Annotation[], errors: string[] = []): RecordResult {
  return { page: "list", reference, facts: null, annotations, undetermined: [], errors };
}

const TABLE = "<table><tr id='a'><td>C-1</td></tr><tr id='b'><td>C-2</td></tr><tr id='c'><td>C-3</td></tr></table>";

describe("the badge renderer", () => {
  it("gives every case read a badge, a quiet one when nothing was found, and tells the popup", async () => {
    const document = page(TABLE);
    const renderer = createBadgeRenderer(document, "es");
    const plugin = renderer.forPlugin("pe.cepr");
    plugin.render(row(document, "a"), cellOf(row(document, "a")), result("C-1", [critical, warning]));
    plugin.render(row(document, "b"), cellOf(row(document, "b")), result("C-2", []));
    plugin.render(
      row(document, "c"),
      cellOf(row(document, "c")),
      result(null, [], ["people[0].age: expected a number"]),
    );
    plugin.settle();
    await renderer.whenDrawn();
    expect(badgesOf(document).map((badge) => [badge.dataset.severity, badge.textContent])).toEqual([
      ["critical", "✖Riesgo de devolución +1"],
      ["clear", "✓Sin alertas"],
      ["error", "No se pudo leer el caso"],
    ]);
    // The read error's detail (a field path) is for developers: nothing of it reaches the page.
    expect(layer(document).textContent).not.toContain("people[0]");
    expect(
      renderer.summary().map(({ reference, state, severity, codes }) => ({ reference, state, severity, codes })),
    ).toEqual([
      { reference: "C-1", state: "annotated", severity: "critical", codes: [critical.code, warning.code] },
      { reference: "C-2", state: "clear", severity: null, codes: [] },
      { reference: null, state: "failed", severity: null, codes: [] },
    ]);
    expect(document.querySelector(LAYER_TAG)?.getAttribute("data-cases")).toBe("3");
  });

  it("shows only cases with a critical annotation when asked to, and says so to jumps", async () => {
    const document = page(TABLE);
    const renderer = createBadgeRenderer(document, "es");
    const plugin = renderer.forPlugin("pe.cepr");
    plugin.render(row(document, "a"), cellOf(row(document, "a")), result("C-1", [critical, warning]));
    plugin.render(row(document, "b"), cellOf(row(document, "b")), result("C-2", [warning]));
    plugin.settle();
    await renderer.whenDrawn();
    renderer.setCriticalOnly(true);
    await renderer.whenDrawn();
    expect(badgesOf(document).map((badge) => badge.textContent)).toEqual(["✖Riesgo de devolución"]);
    const [first, second] = renderer.summary();
    expect(renderer.jumpTo(defined(second, "case C-2").id)).toBe(false);
    expect(renderer.jumpTo(defined(first, "case C-1").id)).toBe(true);
    renderer.setCriticalOnly(false);
    await renderer.whenDrawn();
    expect(badgesOf(document)).toHaveLength(2);
  });

  it("keeps a case's badge, panel and id when the portal re-renders its row", async () => {
    const document = page(TABLE);
    const renderer = createBadgeRenderer(document, "en");
    const plugin = renderer.forPlugin("pe.cepr");
    const old = row(document, "a");
    plugin.render(old, cellOf(old), result("C-1", [critical]));
    plugin.settle();
    await renderer.whenDrawn();
    const [badge] = badgesOf(document);
    defined(badge, "the badge").click();
    const panel = defined(layer(document).querySelector<HTMLElement>(".panel"), "the panel");
    expect(badge?.getAttribute("aria-expanded")).toBe("true");
    const id = defined(renderer.summary()[0], "the case").id;

    // The portal replaces the row with a new element showing the same case.
    const fresh = old.cloneNode(true) as Element;
    old.replaceWith(fresh);
    plugin.remove(old);
    expect(document.querySelector(LAYER_TAG)?.getAttribute("data-detached")).toBe("1");
    plugin.render(fresh, cellOf(fresh), result("C-1", [critical]));
    plugin.settle();
    await renderer.whenDrawn();
    expect(document.querySelector(LAYER_TAG)?.getAttribute("data-detached")).toBe("0");
    expect(badgesOf(document)).toEqual([badge]);
    expect(badge?.getAttribute("aria-expanded")).toBe("true");
    expect(layer(document).querySelector(".panel")).toBe(panel);
    expect(renderer.summary().map((entry) => entry.id)).toEqual([id]);
  });

  it("gives two plugins reading the same row a badge each", async () => {
    const document = page(TABLE);
    const renderer = createBadgeRenderer(document, "en");
    const builtIn = renderer.forPlugin("pe.cepr");
    const adapter = renderer.forPlugin("ec.registry.cards");
    builtIn.render(row(document, "a"), cellOf(row(document, "a")), result("C-1", [warning]));
    adapter.render(row(document, "a"), cellOf(row(document, "a")), result("C-1", [critical]));
    builtIn.settle();
    await renderer.whenDrawn();
    expect(badgesOf(document)).toHaveLength(2);
    adapter.remove(row(document, "a"));
    await renderer.whenDrawn();
    expect(badgesOf(document).map((badge) => badge.dataset.severity)).toEqual(["warning"]);
    expect(builtIn.has(row(document, "a"))).toBe(true);
    expect(adapter.has(row(document, "a"))).toBe(false);
  });

  it("marks a plugin that failed as a whole, as text, in the chosen language", () => {
    const document = page("<p>portal</p>");
    const renderer = createBadgeRenderer(document, "pt");
    renderer.reportFailure("<img src=x onerror=alert(1)>", new Error("boom"));
    const note = defined(layer(document).querySelector("[role=status]"), "the status note");
    expect(note.textContent).toBe("⚠ <img src=x onerror=alert(1)>: não conseguiu ler esta página");
    expect(note.querySelector("img")).toBeNull();
    expect(renderer.failures()).toEqual(["<img src=x onerror=alert(1)>"]);
    renderer.setLocale("en");
    expect(layer(document).querySelector("[role=status]")?.textContent).toContain("could not read this page");
    renderer.clear();
    expect(document.querySelector(LAYER_TAG)).toBeNull();
  });

  it("says in the page's corner, in the chosen language, when a day is pinned for testing", () => {
    const document = page("<p>portal</p>");
    const renderer = createBadgeRenderer(document, "es");
    renderer.setToday("2026-12-01", false);
    expect(document.querySelector(LAYER_TAG)?.shadowRoot?.querySelector("[role=status]") ?? null).toBeNull();
    renderer.setToday("2019-11-20", true);
    const note = defined(layer(document).querySelector("[role=status]"), "the status note");
    expect(note.textContent).toBe("⚠ Fecha de prueba: los plazos se cuentan hasta el 20 de noviembre de 2019.");
    renderer.reportFailure("Portal", new Error("boom"));
    expect(note.textContent).toBe(
      "⚠ Portal: no pudo leer esta página. Fecha de prueba: los plazos se cuentan hasta el 20 de noviembre de 2019.",
    );
    renderer.setLocale("pt");
    expect(layer(document).querySelector("[role=status]")?.textContent).toContain(
      "Data de teste: os prazos são contados até 20 de novembro de 2019.",
    );
    // Back to the real today: no note.
    renderer.clear();
    renderer.setToday("2026-12-01", false);
    expect(document.querySelector(LAYER_TAG)?.shadowRoot?.querySelector("[role=status]") ?? null).toBeNull();
  });
});
