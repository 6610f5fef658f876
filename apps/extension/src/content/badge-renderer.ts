import {
  getInstrument,
  resolveSource,
  SEVERITY_NAMES,
  SEVERITY_RANK,
  type Annotation,
  type Locale,
  type Severity,
} from "@solidaria/domain";
import type { RecordResult, Renderer } from "@solidaria/sdk";
import { t } from "../ui/messages.js";
import { SEVERITY_ICON } from "../ui/severity-icons.js";
import { BADGE_CSS } from "./badge-styles.js";

/**
 * Draws one badge per annotated case, in a shadow root attached next to the plugin's anchor: the
 * portal's CSS cannot reach it and ours cannot reach the portal. Portal text and annotation text are
 * set with textContent only, never parsed as HTML.
 */
const ICON = SEVERITY_ICON;
export const BADGE_TAG = "solidaria-badge";
export const STATUS_TAG = "solidaria-status";

interface Entry {
  /** Stable while the badge exists: the popup jumps to a case by it, whatever the portal reorders. */
  readonly id: number;
  host: HTMLElement;
  /** The host's shadow root, where the badge is drawn. */
  shadow: ShadowRoot;
  result: RecordResult;
  anchor: Element;
}

interface Pending {
  readonly anchor: Element;
  readonly result: RecordResult;
}

/** Values by plugin, then by record: two plugins reading the same rows each keep their own badge. */
class ByPluginAndRecord<V> {
  private readonly maps = new Map<string, Map<Element, V>>();
  size = 0;
  get(plugin: string, record: Element): V | undefined {
    return this.maps.get(plugin)?.get(record);
  }
  set(plugin: string, record: Element, value: V): void {
    let byRecord = this.maps.get(plugin);
    if (!byRecord) this.maps.set(plugin, (byRecord = new Map<Element, V>()));
    if (!byRecord.has(record)) this.size += 1;
    byRecord.set(record, value);
  }
  delete(plugin: string, record: Element): void {
    if (this.maps.get(plugin)?.delete(record)) this.size -= 1;
  }
  *entries(): Generator<[string, Element, V]> {
    for (const [plugin, byRecord] of this.maps) for (const [record, value] of byRecord) yield [plugin, record, value];
  }
  *values(): Generator<V> {
    for (const byRecord of this.maps.values()) yield* byRecord.values();
  }
  clear(): void {
    this.maps.clear();
    this.size = 0;
  }
}

export interface CaseSummary {
  readonly id: number;
  readonly reference: string | null;
  readonly severity: Severity | null;
  readonly codes: string[];
  readonly errors: number;
}

export interface BadgeRenderer {
  /**
   * What one plugin's runtime draws through: its badges are its own. It draws in batches, so it
   * always settles and says which badges it has.
   */
  forPlugin(pluginId: string): Required<Renderer>;
  /**
   * A plugin failed as a whole (not one record): a small marker in the corner of the page says which,
   * instead of badges silently missing.
   */
  reportFailure(pluginName: string, error: unknown): void;
  /** Names of the plugins that failed on this page. */
  failures(): string[];
  /** Resolves once every badge handed to the renderer is on the page. */
  whenDrawn(): Promise<void>;
  setLocale(locale: Locale): void;
  setCriticalOnly(criticalOnly: boolean): void;
  readonly criticalOnly: boolean;
  summary(): CaseSummary[];
  /** Scrolls to the case whose summary has this id and focuses its badge. */
  jumpTo(id: number): boolean;
  clear(): void;
}

function element<K extends keyof HTMLElementTagNameMap>(
  document: Document,
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function worstSeverity(annotations: readonly Annotation[]): Severity | null {
  return annotations.reduce<Severity | null>(
    (worst, annotation) =>
      worst === null || SEVERITY_RANK[annotation.severity] < SEVERITY_RANK[worst] ? annotation.severity : worst,
    null,
  );
}

function sourceName(id: string, locale: Locale): string {
  const source = resolveSource(id);
  if (source?.kind === "instrument") return source.instrument.shortTitle[locale];
  if (source?.kind === "document")
    return `${source.document.publisher}, ${source.document.title}${source.document.symbol ? ` (${source.document.symbol})` : ""}`;
  return id;
}

function basisText(annotation: Annotation, locale: Locale): string[] {
  return annotation.basis.map((basis) => {
    const where = basis.source.locator ? `, ${basis.source.locator}` : "";
    // Resting on what a source documents, with no legal instrument: say so.
    if (basis.instrument === null)
      return `${t("documentedIn", locale)}: ${sourceName(basis.source.source, locale)}${where}`;
    const name = getInstrument(basis.instrument)?.shortTitle[locale] ?? sourceName(basis.instrument, locale);
    const provision = basis.provision ? ` ${basis.provision}` : "";
    return basis.source.source === basis.instrument
      ? `${name}${provision}`
      : `${name}${provision} — ${t("source", locale)}: ${sourceName(basis.source.source, locale)}${where}`;
  });
}

/** One parsed stylesheet shared by every badge (a <style> per badge would be parsed thousands of times). */
function sharedStyles(document: Document): CSSStyleSheet | null {
  const Sheet = document.defaultView?.CSSStyleSheet;
  if (!Sheet || !("replaceSync" in Sheet.prototype)) return null;
  const sheet = new Sheet();
  sheet.replaceSync(BADGE_CSS);
  return sheet;
}

/**
 * Every change to a portal's table costs the browser a layout of the whole table (over 100 ms for a
 * thousand rows of an auto-layout table), so new badges are drawn hidden, a slice at a time, and
 * revealed together by emptying the one stylesheet that hides them: one layout per batch, not one per
 * frame. A batch is revealed when the runtime settles, or after this long on a page big enough to keep
 * it busy.
 */
const MAX_HIDDEN_MS = 2_000;
/** Longest stretch of drawing before the page gets a turn (a task over 50 ms is a long task). */
const DRAW_SLICE_MS = 30;

export function createBadgeRenderer(document: Document, initialLocale: Locale): BadgeRenderer {
  let locale = initialLocale;
  const styles = sharedStyles(document);
  let criticalOnly = false;
  const entries = new ByPluginAndRecord<Entry>();
  const pending = new ByPluginAndRecord<Pending>();
  let nextId = 1;
  const view = document.defaultView ?? globalThis;
  const now = () => view.performance.now();
  const Sheet = document.defaultView?.CSSStyleSheet;
  /** Hides the badges of the batch being drawn; emptied to reveal them all at once. */
  let batch: { sheet: CSSStyleSheet | null; started: number } | null = null;
  let drawTimer: ReturnType<typeof setTimeout> | undefined;
  let settled = false;
  let drawnWaiters: (() => void)[] = [];
  const failed = new Map<string, string>();
  let status: { host: HTMLElement; shadow: ShadowRoot } | null = null;

  function drawStatus(): void {
    if (failed.size === 0) {
      status?.host.remove();
      status = null;
      return;
    }
    if (!status) {
      const host = document.createElement(STATUS_TAG);
      const shadow = host.attachShadow({ mode: "open" });
      if (styles) shadow.adoptedStyleSheets = [styles];
      else shadow.append(element(document, "style", undefined, BADGE_CSS));
      status = { host, shadow };
    }
    if (!status.host.isConnected) document.documentElement.append(status.host);
    const { shadow } = status;
    for (const child of [...shadow.childNodes]) if (child.nodeName !== "STYLE") child.remove();
    const note = element(
      document,
      "p",
      "status error",
      `⚠ ${[...failed.keys()].join(", ")}: ${t("pluginFailed", locale)}`,
    );
    note.setAttribute("role", "status");
    note.title = [...failed.values()].join("\n");
    shadow.append(note);
  }

  function currentBatch(): { sheet: CSSStyleSheet | null; started: number } {
    if (!batch) {
      let sheet: CSSStyleSheet | null = null;
      if (styles && Sheet) {
        sheet = new Sheet();
        sheet.replaceSync(":host { display: none !important; }");
      }
      batch = { sheet, started: now() };
    }
    return batch;
  }

  function reveal(): void {
    batch?.sheet?.replaceSync("");
    batch = null;
    if (pending.size > 0) return;
    const waiters = drawnWaiters;
    drawnWaiters = [];
    for (const resolve of waiters) resolve();
  }

  function place(plugin: string, record: Element, anchor: Element, result: RecordResult): void {
    let entry = entries.get(plugin, record);
    if (!entry || !entry.host.isConnected || entry.anchor !== anchor) {
      entry?.host.remove();
      const host = document.createElement(BADGE_TAG);
      host.dataset.plugin = plugin;
      const shadow = host.attachShadow({ mode: "open" });
      const hiding = currentBatch().sheet;
      if (styles) shadow.adoptedStyleSheets = hiding ? [styles, hiding] : [styles];
      anchor.append(host);
      entry = { id: nextId++, host, shadow, result, anchor };
      entries.set(plugin, record, entry);
    }
    entry.result = result;
    draw(entry);
  }

  /** Draws what is pending for at most one slice; the rest continues in the next task. */
  function drawSome(): void {
    clearTimeout(drawTimer);
    drawTimer = undefined;
    const started = now();
    for (const [plugin, record, { anchor, result }] of pending.entries()) {
      pending.delete(plugin, record);
      // A record gone from the page meanwhile gets no badge (its removal was already reported); one
      // whose anchor was replaced is drawn again when the runtime sees the change (see `has`).
      if (record.isConnected && anchor.isConnected) place(plugin, record, anchor, result);
      if (now() - started >= DRAW_SLICE_MS) break;
    }
    if (pending.size > 0) drawTimer = view.setTimeout(drawSome, 0);
    if ((pending.size === 0 && settled) || (batch && now() - batch.started >= MAX_HIDDEN_MS)) reveal();
  }

  function draw(entry: Entry): void {
    const { host, shadow, result } = entry;
    // A redraw (new result, language, filter) must not close what someone is reading, nor drop focus.
    const wasOpen = shadow.querySelector(".panel:not([hidden])") !== null;
    const hadFocus = shadow.activeElement !== null;
    const annotations = result.annotations.filter((annotation) => !criticalOnly || annotation.severity === "critical");
    if (styles) shadow.replaceChildren();
    else shadow.replaceChildren(element(document, "style", undefined, BADGE_CSS));
    host.hidden = annotations.length === 0 && result.errors.length === 0;
    if (result.errors.length > 0 && result.annotations.length === 0) {
      const marker = element(document, "span", "error", `⚠ ${t("readError", locale)}`);
      marker.setAttribute("role", "note");
      marker.title = result.errors.join("\n");
      shadow.append(marker);
      return;
    }
    const worst = worstSeverity(annotations);
    if (worst === null) return; // no annotation left to show
    const counts = new Map<Severity, number>();
    for (const annotation of annotations) counts.set(annotation.severity, (counts.get(annotation.severity) ?? 0) + 1);
    const countText = [...counts]
      .sort((a, b) => SEVERITY_RANK[a[0]] - SEVERITY_RANK[b[0]])
      .map(([severity, count]) => `${count} ${SEVERITY_NAMES[severity][locale].toLowerCase()}`)
      .join(", ");

    const button = element(document, "button", `badge ${worst}`);
    button.type = "button";
    button.setAttribute("aria-expanded", "false");
    const visible = `${SEVERITY_NAMES[worst][locale]} · ${annotations.length} ${t(annotations.length === 1 ? "alert" : "alerts", locale)}`;
    // The accessible name starts with the visible words, so voice control finds the button by them.
    button.setAttribute("aria-label", `${visible} — Solidaria: ${countText} — ${t("openDetails", locale)}`);
    button.dataset.severity = worst;
    // One text node, no inner boxes: a thousand badges are laid out in one frame.
    button.textContent = `${ICON[worst]} ${visible}`;

    button.setAttribute("aria-haspopup", "dialog");
    shadow.append(button);

    // The explanation is built when first opened: thousands of rows, few opened.
    let panel: HTMLElement | null = null;
    const build = (): HTMLElement => {
      if (panel) return panel;
      const built = element(document, "div", "panel");
      built.setAttribute("role", "dialog");
      built.setAttribute("aria-label", `Solidaria${result.reference ? ` — ${result.reference}` : ""}`);
      for (const annotation of annotations) built.append(annotationView(annotation));
      const close = element(document, "button", "close", t("close", locale));
      close.type = "button";
      close.addEventListener("click", () => toggle(false));
      built.append(close);
      built.addEventListener("keydown", (event) => {
        if (event.key === "Escape") toggle(false);
      });
      shadow.append(built);
      return (panel = built);
    };

    const toggle = (open: boolean, moveFocus = true) => {
      if (!open && !panel) return;
      const shown = build();
      shown.hidden = !open;
      button.setAttribute("aria-expanded", String(open));
      if (!moveFocus) return;
      if (open) (shown.querySelector("h3") as HTMLElement | null)?.focus?.();
      else button.focus();
    };
    button.addEventListener("click", () => toggle(!panel || panel.hidden));
    if (wasOpen) toggle(true, hadFocus);
    else if (hadFocus) button.focus();
  }

  function annotationView(annotation: Annotation): HTMLElement {
    const item = element(document, "section", `annotation ${annotation.severity}`);
    item.dataset.code = annotation.code;
    const heading = element(
      document,
      "h3",
      undefined,
      `${ICON[annotation.severity]} ${SEVERITY_NAMES[annotation.severity][locale]}: ${annotation.title[locale]}`,
    );
    heading.tabIndex = -1;
    item.append(heading);
    const line = (label: string, value: string) => {
      const paragraph = element(document, "p");
      paragraph.append(element(document, "strong", undefined, `${label}: `), document.createTextNode(value));
      item.append(paragraph);
    };
    line(t("why", locale), annotation.detail[locale]);
    if (annotation.action) line(t("suggestedAction", locale), annotation.action[locale]);
    if (annotation.due) {
      const left = annotation.daysLeft ?? 0;
      line(
        t("due", locale),
        `${annotation.due} (${left < 0 ? `${t("overdueBy", locale)} ${-left} ${t("days", locale)}` : `${left} ${t("daysLeft", locale)}`})`,
      );
    }
    const facts = element(document, "ul", "facts");
    facts.setAttribute("aria-label", t("facts", locale));
    for (const fact of annotation.facts)
      facts.append(
        element(
          document,
          "li",
          undefined,
          `${fact.path}: ${Array.isArray(fact.value) ? fact.value.join(", ") : String(fact.value)}`,
        ),
      );
    item.append(element(document, "strong", undefined, t("facts", locale)), facts);
    const basis = element(document, "ul", "basis");
    for (const text of basisText(annotation, locale)) basis.append(element(document, "li", undefined, text));
    item.append(element(document, "strong", undefined, t("legalBasis", locale)), basis);
    // What a source concludes or recommends is not the law: shown after it, under its own label.
    if (annotation.findings.length > 0) {
      const findings = element(document, "ul", "findings");
      for (const finding of annotation.findings) {
        const where = finding.source.locator ? `, ${finding.source.locator}` : "";
        findings.append(
          element(
            document,
            "li",
            undefined,
            `${finding.text[locale]} (${sourceName(finding.source.source, locale)}${where})`,
          ),
        );
      }
      item.append(element(document, "strong", undefined, t("sourceFindings", locale)), findings);
    }
    return item;
  }

  return {
    forPlugin(plugin) {
      return {
        render(record, anchor, result) {
          pending.set(plugin, record, { anchor, result });
          settled = false;
          drawTimer ??= view.setTimeout(drawSome, 0);
        },
        settle() {
          settled = true;
          if (pending.size === 0) reveal();
          else if (drawTimer === undefined) drawSome();
        },
        has(record) {
          return pending.get(plugin, record) !== undefined || entries.get(plugin, record)?.host.isConnected === true;
        },
        remove(record) {
          pending.delete(plugin, record);
          entries.get(plugin, record)?.host.remove();
          entries.delete(plugin, record);
        },
      };
    },
    whenDrawn() {
      if (pending.size === 0 && batch === null) return Promise.resolve();
      return new Promise((resolve) => drawnWaiters.push(resolve));
    },
    reportFailure(pluginName, error) {
      failed.set(pluginName, (error as Error)?.message ?? String(error));
      drawStatus();
    },
    failures: () => [...failed.keys()],
    setLocale(next) {
      locale = next;
      if (failed.size > 0) drawStatus();
      for (const entry of entries.values()) draw(entry);
    },
    setCriticalOnly(next) {
      criticalOnly = next;
      for (const entry of entries.values()) draw(entry);
    },
    get criticalOnly() {
      return criticalOnly;
    },
    summary() {
      return [...entries.values()]
        .filter((entry) => entry.host.isConnected)
        .map((entry) => ({
          id: entry.id,
          reference: entry.result.reference,
          severity: worstSeverity(entry.result.annotations),
          codes: entry.result.annotations.map((annotation) => annotation.code),
          errors: entry.result.errors.length,
        }));
    },
    jumpTo(id) {
      const entry = [...entries.values()].find((candidate) => candidate.id === id && candidate.host.isConnected);
      if (!entry) return false;
      entry.host.scrollIntoView({ block: "center" });
      (entry.host.shadowRoot?.querySelector("button.badge") as HTMLElement | null)?.focus();
      return true;
    },
    clear() {
      clearTimeout(drawTimer);
      drawTimer = undefined;
      pending.clear();
      batch = null;
      failed.clear();
      drawStatus();
      for (const entry of entries.values()) entry.host.remove();
      entries.clear();
      const waiters = drawnWaiters;
      drawnWaiters = [];
      for (const resolve of waiters) resolve();
    },
  };
}
