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
import { BADGE_CSS } from "./badge-styles.js";

/**
 * Draws one badge per annotated case, in a shadow root attached next to the plugin's anchor: the
 * portal's CSS cannot reach it and ours cannot reach the portal. Portal text and annotation text are
 * set with textContent only, never parsed as HTML.
 */
const ICON: Record<Severity, string> = { critical: "⛔", warning: "⚠", info: "ℹ" };
export const BADGE_TAG = "solidaria-badge";

interface Entry {
  host: HTMLElement;
  result: RecordResult;
  anchor: Element;
}

export interface CaseSummary {
  readonly reference: string | null;
  readonly severity: Severity | null;
  readonly codes: string[];
  readonly errors: number;
}

export interface BadgeRenderer extends Renderer {
  setLocale(locale: Locale): void;
  setCriticalOnly(criticalOnly: boolean): void;
  summary(): CaseSummary[];
  jumpTo(index: number): boolean;
  clear(): void;
}

function element<K extends keyof HTMLElementTagNameMap>(document: Document, tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function worstSeverity(annotations: readonly Annotation[]): Severity | null {
  return annotations.reduce<Severity | null>((worst, annotation) => (worst === null || SEVERITY_RANK[annotation.severity] < SEVERITY_RANK[worst] ? annotation.severity : worst), null);
}

function basisText(annotation: Annotation, locale: Locale): string[] {
  return annotation.basis.map((basis) => {
    const instrument = getInstrument(basis.instrument);
    const name = instrument ? instrument.shortTitle[locale] : (resolveSource(basis.instrument)?.kind === "document" ? (resolveSource(basis.instrument) as { document: { title: string } }).document.title : basis.instrument);
    const source = resolveSource(basis.source.source);
    const sourceName = source?.kind === "instrument" ? source.instrument.shortTitle[locale] : source?.kind === "document" ? `${source.document.publisher}, ${source.document.title}${source.document.symbol ? ` (${source.document.symbol})` : ""}` : basis.source.source;
    const provision = basis.provision ? ` ${basis.provision}` : "";
    const where = basis.source.locator ? `, ${basis.source.locator}` : "";
    return basis.source.source === basis.instrument ? `${name}${provision}` : `${name}${provision} — ${t("source", locale)}: ${sourceName}${where}`;
  });
}

export function createBadgeRenderer(document: Document, initialLocale: Locale): BadgeRenderer {
  let locale = initialLocale;
  let criticalOnly = false;
  const entries = new Map<Element, Entry>();

  function draw(entry: Entry): void {
    const { host, result } = entry;
    const shadow = host.shadowRoot!;
    const annotations = result.annotations.filter((annotation) => !criticalOnly || annotation.severity === "critical");
    shadow.replaceChildren(element(document, "style", undefined, BADGE_CSS));
    host.hidden = annotations.length === 0 && result.errors.length === 0;
    if (result.errors.length > 0 && result.annotations.length === 0) {
      const marker = element(document, "span", "error", `⚠ ${t("readError", locale)}`);
      marker.setAttribute("role", "note");
      marker.title = result.errors.join("\n");
      shadow.append(marker);
      return;
    }
    if (annotations.length === 0) return;
    const worst = worstSeverity(annotations)!;
    const counts = new Map<Severity, number>();
    for (const annotation of annotations) counts.set(annotation.severity, (counts.get(annotation.severity) ?? 0) + 1);
    const countText = [...counts].sort((a, b) => SEVERITY_RANK[a[0]] - SEVERITY_RANK[b[0]]).map(([severity, count]) => `${count} ${SEVERITY_NAMES[severity][locale].toLowerCase()}`).join(", ");

    const button = element(document, "button", `badge ${worst}`);
    button.type = "button";
    button.setAttribute("aria-expanded", "false");
    button.setAttribute("aria-label", `Solidaria: ${countText} — ${t("openDetails", locale)}`);
    button.dataset.severity = worst;
    button.append(element(document, "span", "icon", ICON[worst]), element(document, "span", "label", `${SEVERITY_NAMES[worst][locale]} · ${annotations.length} ${t("alerts", locale)}`));

    const panel = element(document, "div", "panel");
    panel.setAttribute("role", "dialog");
    panel.setAttribute("aria-label", `Solidaria${result.reference ? ` — ${result.reference}` : ""}`);
    panel.hidden = true;
    for (const annotation of annotations) panel.append(annotationView(annotation));
    const close = element(document, "button", "close", t("close", locale));
    close.type = "button";
    panel.append(close);

    const toggle = (open: boolean) => {
      panel.hidden = !open;
      button.setAttribute("aria-expanded", String(open));
      if (open) (panel.querySelector("h3") as HTMLElement | null)?.focus?.();
      else button.focus();
    };
    button.addEventListener("click", () => toggle(panel.hidden));
    close.addEventListener("click", () => toggle(false));
    panel.addEventListener("keydown", (event) => {
      if ((event as KeyboardEvent).key === "Escape") toggle(false);
    });
    shadow.append(button, panel);
  }

  function annotationView(annotation: Annotation): HTMLElement {
    const item = element(document, "section", `annotation ${annotation.severity}`);
    item.dataset.code = annotation.code;
    const heading = element(document, "h3", undefined, `${ICON[annotation.severity]} ${SEVERITY_NAMES[annotation.severity][locale]}: ${annotation.title[locale]}`);
    heading.tabIndex = -1;
    item.append(heading);
    const line = (label: string, value: string) => {
      const paragraph = element(document, "p");
      paragraph.append(element(document, "strong", undefined, `${label}: `), document.createTextNode(value));
      item.append(paragraph);
    };
    line(t("why", locale), annotation.detail[locale]);
    if (annotation.action) line(t("action", locale), annotation.action[locale]);
    if (annotation.due) {
      const left = annotation.daysLeft ?? 0;
      line(t("due", locale), `${annotation.due} (${left < 0 ? `${t("overdue", locale)} ${-left} ${t("days", locale)}` : `${left} ${t("daysLeft", locale)}`})`);
    }
    const facts = element(document, "ul", "facts");
    facts.setAttribute("aria-label", t("facts", locale));
    for (const fact of annotation.facts) facts.append(element(document, "li", undefined, `${fact.path}: ${Array.isArray(fact.value) ? fact.value.join(", ") : String(fact.value)}`));
    item.append(element(document, "strong", undefined, t("facts", locale)), facts);
    const basis = element(document, "ul", "basis");
    for (const text of basisText(annotation, locale)) basis.append(element(document, "li", undefined, text));
    item.append(element(document, "strong", undefined, t("legalBasis", locale)), basis);
    return item;
  }

  return {
    render(record, anchor, result) {
      let entry = entries.get(record);
      if (!entry || !entry.host.isConnected || entry.anchor !== anchor) {
        entry?.host.remove();
        const host = document.createElement(BADGE_TAG);
        host.attachShadow({ mode: "open" });
        anchor.append(host);
        entry = { host, result, anchor };
        entries.set(record, entry);
      }
      entry.result = result;
      draw(entry);
    },
    remove(record) {
      entries.get(record)?.host.remove();
      entries.delete(record);
    },
    setLocale(next) {
      locale = next;
      for (const entry of entries.values()) draw(entry);
    },
    setCriticalOnly(next) {
      criticalOnly = next;
      for (const entry of entries.values()) draw(entry);
    },
    summary() {
      return [...entries.values()]
        .filter((entry) => entry.host.isConnected)
        .map((entry) => ({
          reference: entry.result.reference,
          severity: worstSeverity(entry.result.annotations),
          codes: entry.result.annotations.map((annotation) => annotation.code),
          errors: entry.result.errors.length,
        }));
    },
    jumpTo(index) {
      const entry = [...entries.values()].filter((candidate) => candidate.host.isConnected)[index];
      if (!entry) return false;
      entry.host.scrollIntoView({ block: "center" });
      (entry.host.shadowRoot?.querySelector("button.badge") as HTMLElement | null)?.focus();
      return true;
    },
    clear() {
      for (const entry of entries.values()) entry.host.remove();
      entries.clear();
    },
  };
}
