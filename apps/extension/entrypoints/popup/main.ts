import { browser } from "wxt/browser";
import { SEVERITY_NAMES, todayLocal, type Locale, type Severity } from "@solidaria/domain";
import { loadSettings } from "../../src/settings.js";
import { effectiveLocale } from "../../src/ui/messages.js";
import { Wording } from "../../src/ui/wording.js";
import type { PageRequest, PageSummary } from "../../src/messaging/page-summary.js";
import { SEVERITY_ICON } from "../../src/ui/severity-icons.js";
import { annotationLabel, dueText, listedCases, pageCounts, SEVERITIES, type ListedCase } from "./summary-view.js";
import { add, pageElement as findPageElement } from "../../src/ui/dom.js";
import { healthDetail, healthLine, missingFieldCount } from "./health-view.js";

/**
 * The popup: what the extension found on the current page, most urgent case first. Header, counts
 * and filter stay in place; only the list of cases scrolls, so the popup stays within the 600 px
 * browsers give it. Text from the page is always set with textContent.
 */

const pageElement = (selector: string) => findPageElement(document, selector, "popup");

/** A severity's symbol, hidden from screen readers: the severity's name always follows it. */
function icon(parent: Element, severity: Severity): void {
  add(parent, "span", SEVERITY_ICON[severity], "icon").setAttribute("aria-hidden", "true");
  parent.append(" ");
}

const root = pageElement("#popup");

/** The tab whose page the popup summarises: `?tab=ID` when opened as a page (tests), else the active tab. */
async function targetTab(): Promise<number | undefined> {
  const requested = Number(new URLSearchParams(location.search).get("tab"));
  if (Number.isInteger(requested) && requested > 0) return (await browser.tabs.get(requested)).id;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

function isSummary(value: unknown): value is PageSummary {
  const summary = value as Partial<PageSummary> | null | undefined;
  return (
    typeof summary?.plugins === "number" &&
    Array.isArray(summary.cases) &&
    Array.isArray(summary.failures) &&
    Array.isArray(summary.health)
  );
}

class Popup {
  private summary: PageSummary | null = null;
  private readonly status: HTMLElement;
  private readonly content: HTMLElement;

  constructor(
    private readonly tabId: number | undefined,
    private readonly wording: Wording,
  ) {
    root.replaceChildren();
    const header = add(root, "header", undefined, "fixed");
    add(header, "h1", wording.text("popupTitle"));
    // The one live region: what the popup is doing, and what went wrong.
    this.status = add(header, "p", wording.text("popupLoading"), "status");
    this.status.id = "status";
    this.status.setAttribute("role", "status");
    this.content = add(root, "div", undefined, "content");
  }

  private get locale(): Locale {
    return this.wording.locale;
  }

  private say(text: string, problem = false): void {
    this.status.textContent = text;
    this.status.classList.toggle("error", problem);
  }

  private async send<T>(request: PageRequest): Promise<T> {
    if (this.tabId === undefined) throw new Error("no tab");
    const answer: unknown = await browser.tabs.sendMessage(this.tabId, request);
    return answer as T;
  }

  /** Asks the page for its summary and draws it. */
  async load(): Promise<void> {
    let summary: unknown;
    try {
      summary = await this.send<unknown>({ type: "solidaria:summary" });
    } catch {
      summary = null; // no tab, or no content script on its page
    }
    this.summary = isSummary(summary) ? summary : null;
    this.say("");
    this.draw();
  }

  private draw(): void {
    this.content.replaceChildren();
    const summary = this.summary;
    if (!summary || summary.plugins === 0) {
      add(this.content, "p", this.wording.text("noPortal"), "no-portal").id = "no-portal";
      return;
    }
    const { wording } = this;
    const counts = pageCounts(summary, this.locale);
    const fixed = add(this.content, "div", undefined, "fixed");

    const total = add(
      fixed,
      "p",
      wording.count({ one: "popupAnnotatedOne", other: "popupAnnotatedOther" }, counts.annotated),
      "total",
    );
    total.id = "total";
    total.dataset.count = String(counts.annotated);

    // Cases read with nothing found and cases that could not be read: a page-level line, not list entries.
    const pageLine = add(fixed, "p", undefined, "page-line");
    pageLine.id = "page-line";
    const clear = add(
      pageLine,
      "span",
      wording.count({ one: "popupClearOne", other: "popupClearOther" }, counts.clear),
    );
    clear.dataset.state = "clear";
    clear.dataset.count = String(counts.clear);
    pageLine.append(" · ");
    const failed = add(pageLine, "span", undefined, counts.failed > 0 ? "error" : undefined);
    if (counts.failed > 0) failed.append("⚠ ");
    failed.append(wording.count({ one: "popupFailedOne", other: "popupFailedOther" }, counts.failed));
    failed.dataset.state = "failed";
    failed.dataset.count = String(counts.failed);

    this.drawHealth(fixed, summary);

    if (summary.failures.length > 0) {
      const failures = add(fixed, "ul", undefined, "failures");
      failures.id = "failures";
      for (const name of summary.failures) {
        const item = add(failures, "li", undefined, "error");
        item.append("⚠ ");
        add(item, "strong", name);
        item.append(`: ${wording.text("pluginFailed")}`);
      }
    }

    const severities = add(fixed, "ul", undefined, "severities");
    severities.id = "by-severity";
    severities.setAttribute("aria-label", wording.text("popupBySeverity"));
    for (const severity of SEVERITIES) {
      const item = add(severities, "li", undefined, severity);
      icon(item, severity);
      item.append(`${SEVERITY_NAMES[severity][this.locale]}: ${wording.number(counts.bySeverity[severity])}`);
      item.dataset.severity = severity;
      item.dataset.count = String(counts.bySeverity[severity]);
    }

    if (counts.byType.length > 0) {
      const details = add(fixed, "details", undefined, "by-type");
      details.id = "by-type";
      const label = wording.text("byCode");
      add(details, "summary", `${label} (${wording.number(counts.byType.length)})`);
      const types = add(details, "ul");
      types.id = "by-code";
      types.setAttribute("aria-label", label);
      for (const type of counts.byType) {
        const item = add(types, "li", `${type.name}: ${wording.number(type.count)}`);
        item.dataset.code = type.code;
        item.dataset.count = String(type.count);
      }
      // A list long enough to scroll can be scrolled from the keyboard.
      details.addEventListener("toggle", () => {
        if (types.scrollHeight > types.clientHeight) types.tabIndex = 0;
        else types.removeAttribute("tabindex");
      });
    }

    const filterLabel = add(fixed, "label", undefined, "filter");
    const filter = add(filterLabel, "input");
    filter.type = "checkbox";
    filter.id = "critical-only";
    filter.checked = summary.criticalOnly;
    filterLabel.append(` ${wording.text("onlyCritical")}`);

    const section = add(this.content, "section", undefined, "cases");
    section.setAttribute("aria-labelledby", "cases-heading");
    const heading = add(section, "h2", wording.text("popupCasesHeading"));
    heading.id = "cases-heading";
    heading.tabIndex = -1;
    const shown = add(section, "p", undefined, "shown");
    shown.id = "shown";
    const empty = add(section, "p", undefined, "empty");
    empty.id = "empty";
    const list = add(section, "ul");
    list.id = "cases";
    list.setAttribute("aria-labelledby", "cases-heading");

    const drawList = (criticalOnly: boolean) => {
      const cases = listedCases(summary.cases, criticalOnly);
      shown.textContent = criticalOnly
        ? wording.count({ one: "popupFilteredOne", other: "popupFilteredOther" }, counts.annotated, {
            shown: cases.length,
            total: counts.annotated,
          })
        : "";
      shown.hidden = !criticalOnly;
      empty.textContent = cases.length > 0 ? "" : wording.text(criticalOnly ? "popupNoCritical" : "noAnnotations");
      empty.hidden = cases.length > 0;
      list.hidden = cases.length === 0;
      list.replaceChildren(...cases.map((entry, index) => this.caseItem(entry, index + 1)));
    };
    drawList(filter.checked);

    filter.addEventListener("change", () => {
      const criticalOnly = filter.checked;
      drawList(criticalOnly);
      this.send<unknown>({ type: "solidaria:critical-only", criticalOnly }).then(
        () => {
          this.summary = this.summary && { ...this.summary, criticalOnly };
        },
        () => {
          // The page did not change: neither does the list.
          filter.checked = !criticalOnly;
          drawList(!criticalOnly);
          this.say(wording.text("popupPageUnreachable"), true);
        },
      );
    });
  }

  /**
   * Fields the page's plugins read that no case here showed: a portal redesign is noticed, not silent.
   * The sentence counts them; their names (codes, not words) are technical detail inside.
   */
  private drawHealth(parent: HTMLElement, summary: PageSummary): void {
    const line = healthLine(this.wording, summary.health);
    if (line === null) return;
    const details = add(parent, "details", undefined, "field-health");
    details.id = "field-health";
    details.dataset.count = String(missingFieldCount(summary.health));
    const title = add(details, "summary", undefined, "error");
    add(title, "span", "⚠", "icon").setAttribute("aria-hidden", "true");
    title.append(` ${line}`);
    add(details, "p", this.wording.text("popupFieldsMissingHint"));
    const list = add(details, "ul", undefined, "technical");
    list.setAttribute("aria-label", this.wording.text("optTechnicalDetail"));
    for (const text of healthDetail(summary.health)) add(list, "li", text);
  }

  private caseItem(entry: ListedCase, position: number): HTMLLIElement {
    const { wording } = this;
    const name = entry.reference ?? wording.text("popupNoReference", { n: position });
    const item = document.createElement("li");
    item.className = `case ${entry.severity}`;
    item.dataset.id = String(entry.id);
    item.dataset.severity = entry.severity;
    item.dataset.daysLeft = entry.top.daysLeft === null ? "" : String(entry.top.daysLeft);
    item.dataset.reference = entry.reference ?? "";

    const text = add(item, "div", undefined, "case-text");
    const head = add(text, "span", undefined, "case-head");
    const severity = add(head, "span", undefined, `severity ${entry.severity}`);
    icon(severity, entry.severity);
    severity.append(SEVERITY_NAMES[entry.severity][this.locale]);
    head.append(" · ");
    add(head, "span", name, "reference");

    const top = add(text, "span", annotationLabel(entry.top.code, this.locale, [entry]), "case-top");
    const others = new Set(entry.codes).size - 1;
    if (others > 0) add(top, "span", ` ${wording.text("popupMore", { n: others })}`, "more");
    if (entry.top.due) add(text, "span", dueText(wording, entry.top.due, entry.top.daysLeft), "case-due");

    // Short on screen; named after its case for screen readers and voice control ("Ir al caso CEPR-…").
    const jump = add(item, "button", wording.text("goToCase"), "jump");
    jump.type = "button";
    add(jump, "span", ` ${name}`, "visually-hidden");
    jump.addEventListener("click", () => void this.jump(entry.id));
    return item;
  }

  private async jump(id: number): Promise<void> {
    let answer: { ok?: boolean } | undefined;
    try {
      answer = await this.send<{ ok?: boolean } | undefined>({ type: "solidaria:jump", id });
    } catch {
      this.say(this.wording.text("popupPageUnreachable"), true);
      return;
    }
    if (answer?.ok) {
      this.say("");
      return;
    }
    // The portal redrew its rows since the popup opened: show what is on the page now.
    await this.load();
    this.say(this.wording.text("popupJumpGone"));
    document.querySelector<HTMLElement>("#cases-heading")?.focus();
  }
}

async function main(): Promise<void> {
  const locale = effectiveLocale((await loadSettings()).language, navigator.language);
  document.documentElement.lang = locale;
  const wording = new Wording(locale, todayLocal());
  document.title = `Solidaria — ${wording.text("popupTitle")}`;
  let tabId: number | undefined;
  try {
    tabId = await targetTab();
  } catch {
    tabId = undefined;
  }
  await new Popup(tabId, wording).load();
}

void main();
