import { describe, expect, it } from "vitest";
import { Window } from "happy-dom";
import type { Annotation } from "@solidaria/domain";
import type { RecordResult } from "@solidaria/sdk";
import { BADGE_TAG, createBadgeRenderer, STATUS_TAG } from "../../src/content/badge-renderer.js";

function page(html: string): Document {
  const window = new Window({ url: "https://portal.test/casos" });
  // eslint-disable-next-line no-restricted-properties -- the test's own fixture markup, not portal text
  window.document.body.innerHTML = html;
  return window.document as unknown as Document;
}

/** The value, or a thrown Error naming what the test expected to find. */
function defined<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`Expected ${what}, found none`);
  return value;
}

const cellOf = (row: Element) => defined(row.firstElementChild, "a cell in the row");
const shadowOf = (host: Element | null) => defined(host?.shadowRoot, "an element with a shadow root");

const warning: Annotation = {
  code: "vulnerability.child",
  severity: "warning",
  title: { es: "Niña, niño o adolescente", pt: "Criança ou adolescente", en: "Child" },
  detail: { es: "Tiene 9 años.", pt: "Tem 9 anos.", en: "Is 9 years old." },
  action: null,
  due: null,
  daysLeft: null,
  facts: [{ path: "people[0].age", value: 9 }],
  basis: [
    {
      instrument: "convention-rights-child-1989",
      provision: "art. 3",
      source: { source: "convention-rights-child-1989", locator: "art. 3" },
    },
  ],
  people: [],
  findings: [],
  dataAge: [],
};

const result = (annotations: Annotation[]): RecordResult => ({
  page: "list",
  reference: "C-1",
  facts: null,
  annotations,
  undetermined: [],
  errors: [],
});

describe("the badge renderer", () => {
  it("draws the badges of a batch hidden and shows them together once the runtime settles", async () => {
    const document = page("<table><tr id='a'><td>C-1</td></tr><tr id='b'><td>C-2</td></tr></table>");
    const renderer = createBadgeRenderer(document, "es");
    const plugin = renderer.forPlugin("pe.cepr");
    const first = defined(document.getElementById("a"), "row a");
    const rows = [first, defined(document.getElementById("b"), "row b")];
    for (const row of rows) plugin.render(row, cellOf(row), result([warning]));
    expect(plugin.has(first)).toBe(true); // pending counts: the runtime must not queue it again
    let drawn = false;
    const whenDrawn = renderer.whenDrawn().then(() => (drawn = true));
    plugin.settle();
    await whenDrawn;
    expect(drawn).toBe(true);
    expect(document.querySelectorAll(BADGE_TAG)).toHaveLength(2);
    const button = shadowOf(document.querySelector(BADGE_TAG)).querySelector("button.badge");
    expect(button?.textContent).toBe("⚠ Advertencia · 1 alerta");
    // The accessible name begins with the visible words.
    expect(button?.getAttribute("aria-label")).toMatch(/^Advertencia · 1 alerta — Solidaria: 1 advertencia/);
    expect(renderer.summary().map((entry) => entry.codes)).toEqual([["vulnerability.child"], ["vulnerability.child"]]);

    // The portal rewrites a cell with the same text: the badge is gone and the runtime is told so.
    cellOf(first).textContent = "C-1";
    expect(plugin.has(first)).toBe(false);
  });

  it("gives two plugins reading the same rows a badge each, and jumps to a case by its stable id", async () => {
    const document = page("<table><tr id='a'><td>C-1</td></tr></table>");
    const renderer = createBadgeRenderer(document, "en");
    const row = defined(document.getElementById("a"), "row a");
    const builtIn = renderer.forPlugin("pe.cepr");
    const adapter = renderer.forPlugin("ec.registry.cards");
    builtIn.render(row, cellOf(row), result([warning]));
    adapter.render(row, cellOf(row), result([warning]));
    builtIn.settle();
    await renderer.whenDrawn();
    expect([...document.querySelectorAll(BADGE_TAG)].map((host) => (host as HTMLElement).dataset.plugin)).toEqual([
      "pe.cepr",
      "ec.registry.cards",
    ]);
    adapter.remove(row);
    expect([...document.querySelectorAll(BADGE_TAG)].map((host) => (host as HTMLElement).dataset.plugin)).toEqual([
      "pe.cepr",
    ]);
    const only = defined(renderer.summary()[0], "a case in the summary");
    expect(renderer.jumpTo(only.id)).toBe(true);
    expect(renderer.jumpTo(only.id + 100)).toBe(false);
  });

  it("keeps an open explanation open when the badge is redrawn (new language, new result)", async () => {
    const document = page("<table><tr id='a'><td>C-1</td></tr></table>");
    const renderer = createBadgeRenderer(document, "es");
    const plugin = renderer.forPlugin("pe.cepr");
    const row = defined(document.getElementById("a"), "row a");
    plugin.render(row, cellOf(row), result([warning]));
    plugin.settle();
    await renderer.whenDrawn();
    const shadow = shadowOf(document.querySelector(BADGE_TAG));
    (shadow.querySelector("button.badge") as HTMLElement).click();
    expect(shadow.querySelector(".panel:not([hidden]) h3")?.textContent).toBe(
      "⚠ Advertencia: Niña, niño o adolescente",
    );
    renderer.setLocale("pt");
    expect(shadow.querySelector(".panel:not([hidden]) h3")?.textContent).toBe("⚠ Aviso: Criança ou adolescente");
    expect(shadow.querySelector("button.badge")?.getAttribute("aria-expanded")).toBe("true");
  });

  it("marks a plugin that failed as a whole in the corner of the page, as text, in the chosen language", () => {
    const document = page("<p>portal</p>");
    const renderer = createBadgeRenderer(document, "pt");
    renderer.reportFailure("<img src=x onerror=alert(1)>", new Error("boom"));
    const status = shadowOf(document.querySelector(STATUS_TAG));
    const note = defined(status.querySelector("[role=status]"), "the status note");
    expect(note.textContent).toBe("⚠ <img src=x onerror=alert(1)>: não conseguiu ler esta página");
    expect(note.querySelector("img")).toBeNull();
    expect(renderer.failures()).toEqual(["<img src=x onerror=alert(1)>"]);
    renderer.setLocale("en");
    expect(status.querySelector("[role=status]")?.textContent).toContain("could not read this page");
    renderer.clear();
    expect(document.querySelector(STATUS_TAG)).toBeNull();
  });
});
