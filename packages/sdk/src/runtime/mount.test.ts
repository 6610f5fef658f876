import { afterEach, describe, expect, it } from "vitest";
import { Window } from "happy-dom";
import { definePlugin } from "../define-plugin.js";
import { cellText } from "../extract/dom.js";
import { parseCountry } from "../extract/countries.js";
import { mountPlugin, type MountedPlugin, type Renderer } from "./mount.js";
import type { RecordResult } from "./evaluate-record.js";

/** The value, or a thrown Error naming what the test expected to find. */
function defined<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`Expected ${what}, found none`);
  return value;
}

const plugin = definePlugin({
  id: "test.portal.list",
  name: "Test portal",
  version: "1.0.0",
  jurisdiction: "PE",
  matches: ["http://portal.test/*"],
  pages: [
    {
      kind: "list",
      records: "#cases tbody tr",
      anchor: "td:first-child",
      extract(row) {
        if (cellText(row, "Caso") === "BOOM") throw new Error("selector drifted");
        return {
          reference: cellText(row, "Caso"),
          nationality: parseCountry(cellText(row, "Nacionalidad")),
          people: [{ age: Number(cellText(row, "Edad")) }],
        };
      },
    },
  ],
});

/** Records what the runtime asks the page to show. */
class RecordingRenderer implements Renderer {
  readonly rendered = new Map<Element, RecordResult>();
  renders = 0;
  removals = 0;
  render(record: Element, _anchor: Element, result: RecordResult) {
    this.renders += 1;
    this.rendered.set(record, result);
  }
  remove(record: Element) {
    this.removals += 1;
    this.rendered.delete(record);
  }
  references() {
    return [...this.rendered.values()].map((result) => result.reference).sort();
  }
}

function row(document: Document, reference: string, nationality = "Venezolana", age = 30): HTMLTableRowElement {
  const tr = document.createElement("tr");
  for (const value of [reference, nationality, String(age)]) {
    const td = document.createElement("td");
    td.textContent = value;
    tr.append(td);
  }
  return tr;
}

/**
 * Makes a change to the page and resolves once the runtime has dealt with it. Mutation observers are
 * called in the order they were created, so when this one (created after the runtime's) sees the
 * change, the runtime's has too; whenIdle() then covers the work it queued. No fixed pause.
 */
async function change(mounted: MountedPlugin, target: Node, makeChange: () => void): Promise<void> {
  const view = defined(target.ownerDocument?.defaultView, "the page's window");
  const seen = new Promise<void>((resolve) => {
    const observer = new view.MutationObserver(() => {
      observer.disconnect();
      resolve();
    });
    observer.observe(target, { childList: true, subtree: true, characterData: true, attributes: true });
  });
  makeChange();
  await seen;
  await mounted.whenIdle();
}

let mounted: MountedPlugin | undefined;
afterEach(() => mounted?.stop());

function setup(rows: [string, string?, number?][]) {
  const window = new Window({ url: "http://portal.test/casos" });
  const document = window.document as unknown as Document;
  document.body.append(Object.assign(document.createElement("p"), { textContent: "Portal" }));
  const table = document.createElement("table");
  table.id = "cases";
  const head = table.createTHead().insertRow();
  for (const header of ["Caso", "Nacionalidad", "Edad"])
    head.append(Object.assign(document.createElement("th"), { textContent: header }));
  const body = document.createElement("tbody");
  table.append(body);
  for (const [reference, nationality, age] of rows) body.append(row(document, reference, nationality, age));
  document.body.append(table);
  const renderer = new RecordingRenderer();
  const errors: unknown[] = [];
  mounted = mountPlugin(plugin, {
    document,
    renderer,
    today: "2019-11-20",
    url: "http://portal.test/casos",
    onError: (error) => errors.push(error),
  });
  return { document, body, renderer, mounted, errors };
}

describe("mountPlugin", () => {
  it("annotates every record already on the page", async () => {
    const { renderer, mounted } = setup([["A-1"], ["A-2", "Francesa"], ["A-3", "Venezolana", 8]]);
    await mounted.whenIdle();
    expect(renderer.references()).toEqual(["A-1", "A-2", "A-3"]);
    const codes = [...renderer.rendered.values()].map((result) =>
      result.annotations.map((annotation) => annotation.code),
    );
    expect(codes).toContainEqual(["definition.cartagena", "vulnerability.child"]);
    expect(codes).toContainEqual([]);
  });

  it("follows rows added, replaced and removed, with no duplicates or misses", async () => {
    const { document, body, renderer, mounted } = setup([["A-1"], ["A-2"]]);
    await mounted.whenIdle();
    await change(mounted, body, () => body.append(row(document, "A-3")));
    expect(renderer.references()).toEqual(["A-1", "A-2", "A-3"]);

    // A framework re-render: every row replaced by a new node with the same content, then a new page.
    await change(mounted, body, () =>
      body.replaceChildren(row(document, "A-1"), row(document, "A-2"), row(document, "A-3")),
    );
    expect(renderer.references()).toEqual(["A-1", "A-2", "A-3"]);
    expect(mounted.results.size).toBe(3);

    await change(mounted, body, () => body.replaceChildren(row(document, "B-1")));
    expect(renderer.references()).toEqual(["B-1"]);
    expect(renderer.removals).toBe(6);
  });

  it("re-evaluates a row whose content changes, and only then", async () => {
    const { body, renderer, mounted } = setup([["A-1", "Venezolana", 30]]);
    await mounted.whenIdle();
    const before = renderer.renders;
    await change(mounted, body, () => defined(body.querySelector("tr"), "a row").setAttribute("class", "highlighted"));
    expect(renderer.renders).toBe(before);
    await change(mounted, body, () => {
      defined(body.querySelector("tr td:last-child"), "a row's last cell").textContent = "7";
    });
    expect(renderer.renders).toBe(before + 1);
    expect([...renderer.rendered.values()][0]?.annotations.map((annotation) => annotation.code)).toContain(
      "vulnerability.child",
    );
  });

  it("a plugin that throws gets an error result; the page and the other rows are untouched", async () => {
    const { document, renderer, mounted, errors } = setup([["A-1"], ["BOOM"], ["A-3"]]);
    await mounted.whenIdle();
    const failed = [...renderer.rendered.values()].find((result) => result.errors.length > 0);
    expect(failed?.errors).toEqual(["extract failed: selector drifted"]);
    expect(renderer.references()).toEqual(["A-1", "A-3", null].sort() as string[]);
    expect(errors).toEqual([]);
    expect(document.querySelector("p")?.textContent).toBe("Portal");
  });

  it("processes a thousand rows in short slices, yielding to the page between them", async () => {
    const { document, renderer, mounted } = setup([]);
    mounted.stop();
    const body = defined(document.querySelector("#cases tbody"), "the cases table's body");
    for (let index = 0; index < 1000; index += 1) body.append(row(document, `C-${index}`));
    let slices = 0;
    const sliced = mountPlugin(plugin, {
      document,
      renderer,
      today: "2019-11-20",
      url: "http://portal.test/casos",
      sliceMs: 4,
      onUpdate: () => (slices += 1),
    });
    await sliced.whenIdle();
    expect(renderer.rendered.size).toBe(1000);
    expect(slices).toBeGreaterThan(1);
    sliced.stop();
  }, 30_000);

  it("redraws a badge the portal wiped by rewriting its cell with the same text", async () => {
    const window = new Window({ url: "http://portal.test/casos" });
    const document = window.document as unknown as Document;
    const table = document.createElement("table");
    table.id = "cases";
    const head = table.createTHead().insertRow();
    for (const header of ["Caso", "Nacionalidad", "Edad"])
      head.append(Object.assign(document.createElement("th"), { textContent: header }));
    const body = document.createElement("tbody");
    body.append(row(document, "A-1"));
    table.append(body);
    document.body.append(table);
    // A renderer that draws into the page, like the extension's: the badge lives in the anchor cell.
    let renders = 0;
    const renderer: Renderer = {
      render(_record, anchor) {
        renders += 1;
        anchor.querySelector("mark")?.remove();
        anchor.append(document.createElement("mark"));
      },
      remove: () => undefined,
      has: (record) => record.querySelector("mark") !== null,
    };
    mounted = mountPlugin(plugin, {
      document,
      renderer,
      today: "2019-11-20",
      isOwnNode: (node) => node.nodeName === "MARK",
    });
    await mounted.whenIdle();
    expect(renders).toBe(1);
    // jQuery-style refresh: the cell's content is replaced by the same text, taking the badge with it.
    await change(mounted, body, () => {
      defined(body.querySelector("td"), "a cell").textContent = "A-1";
      expect(body.querySelector("mark")).toBeNull();
    });
    expect(renders).toBe(2);
    expect(body.querySelectorAll("mark")).toHaveLength(1);
  });

  it("whenIdle() resolves once stopped, even with work still queued", async () => {
    const { document, renderer, mounted: first } = setup([]);
    first.stop();
    const body = defined(document.querySelector("#cases tbody"), "the cases table's body");
    for (let index = 0; index < 500; index += 1) body.append(row(document, `C-${index}`));
    let firstSliceDone: () => void = () => undefined;
    const started = new Promise<void>((resolve) => (firstSliceDone = resolve));
    mounted = mountPlugin(plugin, {
      document,
      renderer,
      today: "2019-11-20",
      url: "http://portal.test/casos",
      sliceMs: 1,
      onUpdate: () => firstSliceDone(),
    });
    await started;
    mounted.stop();
    await expect(mounted.whenIdle()).resolves.toBeUndefined();
  });

  it("does nothing on pages the plugin does not match, and stop() removes every result", async () => {
    const window = new Window({ url: "http://elsewhere.test/" });
    const renderer = new RecordingRenderer();
    const other = mountPlugin(plugin, {
      document: window.document as unknown as Document,
      renderer,
      today: "2019-11-20",
    });
    await other.whenIdle();
    expect(renderer.renders).toBe(0);
    const { renderer: active, mounted } = setup([["A-1"]]);
    await mounted.whenIdle();
    mounted.stop();
    expect(active.rendered.size).toBe(0);
  });
});
