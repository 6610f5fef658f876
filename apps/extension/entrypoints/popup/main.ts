import { browser } from "wxt/browser";
import { SEVERITY_NAMES, type Severity } from "@solidaria/domain";
import { loadSettings } from "../../src/settings.js";
import { effectiveLocale, t } from "../../src/ui/messages.js";
import type { CaseSummary } from "../../src/content/badge-renderer.js";
import { SEVERITY_ICON } from "../../src/ui/severity-icons.js";

function pageElement(selector: string): Element {
  const element = document.querySelector(selector);
  if (!element) throw new Error(`the popup has no ${selector} element`);
  return element;
}

const root = pageElement("#popup");

function add<K extends keyof HTMLElementTagNameMap>(
  parent: Element,
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  parent.append(node);
  return node;
}

async function main(): Promise<void> {
  const locale = effectiveLocale((await loadSettings()).language, navigator.language);
  document.documentElement.lang = locale;
  add(root, "h1", t("popupTitle", locale));
  // ?tab=ID shows the summary of a given tab (used when the popup is opened as a page, e.g. in tests).
  const requested = Number(new URLSearchParams(location.search).get("tab"));
  const [tab] = requested
    ? [await browser.tabs.get(requested)]
    : await browser.tabs.query({ active: true, currentWindow: true });
  const tabId = tab?.id;
  let summary: { plugins: number; cases: CaseSummary[]; failures: string[]; criticalOnly: boolean } | undefined;
  try {
    summary = tabId === undefined ? undefined : await browser.tabs.sendMessage(tabId, { type: "solidaria:summary" });
  } catch {
    summary = undefined;
  }
  if (tabId === undefined || !summary || summary.plugins === 0) {
    add(root, "p", t("noPortal", locale));
    return;
  }
  const cases = summary.cases.filter((entry) => entry.codes.length > 0 || entry.errors > 0);
  const bySeverity = new Map<Severity, number>();
  const byCode = new Map<string, number>();
  for (const entry of summary.cases) {
    if (entry.severity) bySeverity.set(entry.severity, (bySeverity.get(entry.severity) ?? 0) + 1);
    for (const code of entry.codes) byCode.set(code, (byCode.get(code) ?? 0) + 1);
  }
  add(root, "p", `${cases.length} ${t("cases", locale)}`);
  if (summary.failures.length > 0)
    add(root, "p", `⚠ ${summary.failures.join(", ")}: ${t("pluginFailed", locale)}`, "error").id = "failures";
  const severities = add(root, "ul");
  severities.id = "by-severity";
  for (const severity of ["critical", "warning", "info"] as const) {
    const item = add(
      severities,
      "li",
      `${SEVERITY_ICON[severity]} ${SEVERITY_NAMES[severity][locale]}: ${bySeverity.get(severity) ?? 0}`,
      severity,
    );
    item.dataset.severity = severity;
  }
  const label = add(root, "label");
  const filter = add(label, "input");
  filter.type = "checkbox";
  filter.id = "critical-only";
  filter.checked = summary.criticalOnly;
  label.append(` ${t("onlyCritical", locale)}`);
  filter.addEventListener(
    "change",
    () => void browser.tabs.sendMessage(tabId, { type: "solidaria:critical-only", criticalOnly: filter.checked }),
  );
  add(root, "h2", t("byCode", locale)).style.fontSize = "13px";
  const codes = add(root, "ul");
  codes.id = "by-code";
  for (const [code, count] of [...byCode].sort((a, b) => b[1] - a[1])) add(codes, "li", `${code}: ${count}`);
  const list = add(root, "ul");
  list.id = "cases";
  for (const entry of summary.cases) {
    if (entry.codes.length === 0 && entry.errors === 0) continue;
    const item = add(list, "li", `${entry.severity ? SEVERITY_ICON[entry.severity] : "⚠"} ${entry.reference ?? "?"} `);
    const jump = add(item, "button", t("goToCase", locale));
    jump.type = "button";
    jump.addEventListener(
      "click",
      () => void browser.tabs.sendMessage(tabId, { type: "solidaria:jump", id: entry.id }),
    );
  }
}

void main();
