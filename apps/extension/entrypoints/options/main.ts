import { browser } from "wxt/browser";
import { INTL_TAGS, todayLocal, type Locale } from "@solidaria/domain";
import { adapterFromManifest, matchesAny } from "@solidaria/sdk";
import { BUILTIN_PLUGINS } from "../../src/plugins.js";
import {
  checkServer,
  hostPattern,
  loadSettings,
  loadSyncStatus,
  saveSettings,
  syncStatusItem,
  SyncStatus,
  type AddressProblem,
  type Settings,
} from "../../src/settings.js";
import { effectiveLocale, t, type MessageKey } from "../../src/ui/messages.js";
import { Wording } from "../../src/ui/wording.js";
import { StatusLine, type Outcome } from "./status-line.js";
import { addressOutcome, adapterProblemFields, syncOutcome, type Tr } from "./wording.js";
import { parsePinnedToday } from "../../src/pinned-today.js";
import { add, pageElement as findPageElement } from "../../src/ui/dom.js";

/**
 * The options page. It is built once; a change rebuilds only what it changes (a list), so keyboard focus and
 * the status lines stay in place. Each outcome is shown beside the control that caused it, in the chosen
 * language. Text from adapters and hosts is set with textContent only.
 */

let settings: Settings = await loadSettings();
let locale: Locale = localeOf(settings);
const tr: Tr = (key) => t(key, locale);

function localeOf(current: Settings): Locale {
  return effectiveLocale(current.language, navigator.language);
}

const pageElement = (selector: string) => findPageElement(document, selector, "options page");

/** Texts that follow the language: written now, and again when it changes. */
const wordings: (() => void)[] = [];
function worded(write: () => void): void {
  wordings.push(write);
  write();
}
function say<E extends HTMLElement>(element: E, key: MessageKey): E {
  worded(() => (element.textContent = tr(key)));
  return element;
}

const ok = (text: string): Outcome => ({ tone: "ok", text });
const failure = (text: string, detail?: string): Outcome => ({ tone: "error", text, ...(detail ? { detail } : {}) });

/** Every status line, so a change of language can clear those that speak the old one. */
const lines: StatusLine[] = [];
function statusLine(parent: Element, id: string): StatusLine {
  const line = new StatusLine(id);
  lines.push(line);
  parent.append(line.element);
  return line;
}

/** A control and the status line beside it. */
function action<E extends HTMLElement>(parent: Element, control: E, statusId: string): StatusLine {
  const row = add(parent, "div", undefined, "action");
  row.append(control);
  return statusLine(row, statusId);
}

function button(id: string, key?: MessageKey, className?: string): HTMLButtonElement {
  const element = document.createElement("button");
  element.type = "button";
  element.id = id;
  if (className) element.className = className;
  if (key) say(element, key);
  return element;
}

/** A labelled text field with a hint below it (the hint is its description). */
function field(parent: Element, input: HTMLInputElement, label: MessageKey, hint?: MessageKey): void {
  const wrapper = add(parent, "div", undefined, "field");
  const labelElement = say(add(wrapper, "label"), label);
  labelElement.htmlFor = input.id;
  wrapper.append(input);
  if (hint) {
    const hintElement = say(add(wrapper, "p", undefined, "hint"), hint);
    hintElement.id = `${input.id}-hint`;
    input.setAttribute("aria-describedby", hintElement.id);
  }
}

/** Marks a field as invalid, described by the status line that says why (or clears the mark). */
function markInvalid(input: HTMLInputElement, line: StatusLine | null): void {
  const hint = `${input.id}-hint`;
  const described = [document.getElementById(hint) ? hint : "", line?.element.id ?? ""].filter(Boolean).join(" ");
  if (line) input.setAttribute("aria-invalid", "true");
  else input.removeAttribute("aria-invalid");
  if (described) input.setAttribute("aria-describedby", described);
  else input.removeAttribute("aria-describedby");
}

/**
 * Runs an event handler; a failure it did not foresee is reported on `line` in words (the error itself goes to
 * the console, for whoever debugs the extension).
 */
function handled(line: StatusLine, work: () => Promise<void>): () => void {
  return () => {
    work().catch((error: unknown) => {
      console.error("[solidaria] options:", error);
      line.show(failure(tr("optUnexpected")));
    });
  };
}

async function update(change: Partial<Settings>): Promise<void> {
  settings = { ...(await loadSettings()), ...change };
  await saveSettings(settings);
}

/**
 * Rebuilds a list. Focus inside it stays on the element with the same id, else on the first fallback that
 * exists (the next item's button after a removal, then the previous one's, then the field to add one).
 */
async function rebuild(list: HTMLElement, build: () => Promise<void> | void, fallbacks: string[] = []): Promise<void> {
  const active = document.activeElement;
  const inside = active instanceof HTMLElement && list.contains(active) ? active.id : null;
  await build();
  if (inside === null) return;
  for (const id of [inside, ...fallbacks]) {
    const target = id ? document.getElementById(id) : null;
    if (target) return target.focus();
  }
}

function originOf(url: string): string | null {
  try {
    return url ? new URL(url).origin : null;
  } catch {
    return null;
  }
}

/** Whether a granted host or pattern also covers the coordination server, whose access sync needs. */
function coversServer(host: string, serverUrl: string): boolean {
  try {
    return serverUrl !== "" && matchesAny([hostPattern(host)], `${serverUrl}/trpc/`);
  } catch {
    return false;
  }
}

/** An adapter's match patterns, or none if it is not valid. */
function matchesOf(manifest: unknown): string[] {
  try {
    return adapterFromManifest(manifest).matches.map(String);
  } catch {
    return [];
  }
}

function adapterName(manifest: unknown): string {
  const { name, id } = (manifest ?? {}) as { name?: unknown; id?: unknown };
  return `${typeof name === "string" ? name : "?"} (${typeof id === "string" ? id : "?"})`;
}

const root = pageElement("#options");
worded(() => {
  document.documentElement.lang = locale;
  document.title = tr("optionsTitle");
});
say(add(root, "h1"), "optionsTitle");
say(add(root, "p"), "privacy");

// Language
const languageSection = add(root, "div", undefined, "field");
const languageLabel = say(add(languageSection, "label"), "language");
const language = document.createElement("select");
language.id = "language";
languageLabel.htmlFor = language.id;
for (const [value, text, lang] of [
  ["auto", null, null],
  ["es", "Español", "es"],
  ["pt", "Português", "pt"],
  ["en", "English", "en"],
] as const) {
  const option = add(language, "option", text ?? undefined);
  if (text === null) say(option, "languageAuto");
  if (lang) option.lang = lang;
  option.value = value;
  option.selected = settings.language === value;
}
const languageLine = action(languageSection, language, "language-status");

// Coordination server
const server = add(root, "fieldset");
say(add(server, "legend"), "server");
const url = document.createElement("input");
url.type = "url";
url.id = "server-url";
url.spellcheck = false;
url.value = settings.serverUrl;
field(server, url, "serverUrl", "optUrlHint");
const token = document.createElement("input");
token.type = "password";
token.id = "server-token";
token.autocomplete = "off";
token.spellcheck = false;
token.value = settings.token;
field(server, token, "token", "optTokenHint");
const saveServer = button("save-server", "save");
const saveLine = action(server, saveServer, "save-server-status");
const syncNow = button("sync-now", "syncNow");
const syncLine = action(server, syncNow, "sync-now-status");
const lastSync = add(server, "p", undefined, "hint");
lastSync.id = "last-sync";

/** The problem an address or token has, shown on `line` and marked on its field. */
function showAddressProblem(problem: AddressProblem, line: StatusLine): void {
  markInvalid(problem === "tokenMalformed" ? token : url, line);
  line.show(addressOutcome(problem, tr));
}

/**
 * Checks and saves the server and token typed in, after the browser grants access to the server. Says on
 * `line` why not, and returns false, when they cannot be saved.
 */
async function commitServer(line: StatusLine): Promise<boolean> {
  const tokenValue = token.value.trim();
  const checked = checkServer(url.value, tokenValue);
  markInvalid(url, null);
  markInvalid(token, null);
  if (!checked.ok) {
    showAddressProblem(checked.problem, line);
    return false;
  }
  const { serverUrl } = checked;
  if (serverUrl) {
    // Asked for while the click still counts as the user's gesture: nothing is awaited before.
    const origins = [`${new URL(serverUrl).origin}/*`];
    const granted =
      (await browser.permissions.request({ origins }).catch(() => false)) ||
      (await browser.permissions.contains({ origins }).catch(() => false));
    if (!granted) {
      line.show(failure(tr("optPermissionDenied")));
      return false;
    }
  }
  const current = await loadSettings();
  const previousOrigin = originOf(current.serverUrl);
  if (
    previousOrigin &&
    previousOrigin !== originOf(serverUrl) &&
    !current.extraHosts.some((host) => coversServer(host, current.serverUrl))
  ) {
    // Least privilege: the old server's access goes with it (a permission the manifest requires stays).
    await browser.permissions.remove({ origins: [`${previousOrigin}/*`] }).catch(() => false);
  }
  await update({ serverUrl, token: tokenValue });
  url.value = serverUrl;
  token.value = tokenValue;
  return true;
}

saveServer.addEventListener(
  "click",
  handled(saveLine, async () => {
    if (await commitServer(saveLine)) saveLine.show(ok(tr(settings.serverUrl ? "saved" : "optSavedNoServer")));
  }),
);

function showLastSync(status: SyncStatus | null): void {
  lastSync.textContent = `${tr("lastSync")}: ${
    status
      ? `${new Date(status.at).toLocaleString(INTL_TAGS[locale])} — ${syncOutcome(status, new Wording(locale, todayLocal())).text}`
      : tr("never")
  }`;
}

let shownSync: string | null = null;
/** Shows a sync's outcome beside the sync button (and when it was, below). */
function showSync(status: SyncStatus, latest: boolean): void {
  showLastSync(status);
  const outcome = syncOutcome(status, new Wording(locale, todayLocal()));
  const key = JSON.stringify(status);
  // The same sync reported twice (stored, then answered): said once.
  if (key === shownSync && syncLine.shows(outcome)) {
    if (latest) syncLine.markLatest();
    return;
  }
  shownSync = key;
  syncLine.show(outcome, latest);
}

let syncing = false;
syncNow.addEventListener(
  "click",
  handled(syncLine, async () => {
    if (syncing) return;
    syncing = true;
    try {
      // What is typed in is what the user means to sync with: saved first, with the same checks as Save.
      if (url.value.trim() !== settings.serverUrl || token.value.trim() !== settings.token) {
        if (!(await commitServer(syncLine))) return;
      } else {
        markInvalid(url, null);
        markInvalid(token, null);
      }
      if (!settings.serverUrl) {
        markInvalid(url, syncLine);
        return syncLine.show(failure(`${tr("syncFailed")}: ${tr("optWhyNoServer")}.`));
      }
      shownSync = null;
      syncLine.show({ tone: "pending", text: tr("optSyncing") });
      const answer = SyncStatus.safeParse(await browser.runtime.sendMessage({ type: "solidaria:sync" }));
      if (answer.success) showSync(answer.data, true);
      else syncLine.show(failure(`${tr("syncFailed")}: ${tr("optWhyUnreachable")}.`));
    } finally {
      syncing = false;
    }
  }),
);
// A sync the background runs by itself (after a save, or when due) is reported here too; not the "no server"
// it records when the server is removed on purpose.
syncStatusItem.watch((value) => {
  const parsed = SyncStatus.safeParse(value);
  if (!parsed.success) return;
  if (parsed.data.problem === "noServer") showLastSync(parsed.data);
  else showSync(parsed.data, false);
});

// Built-in plugins
const plugins = add(root, "fieldset");
say(add(plugins, "legend"), "plugins");
for (const plugin of BUILTIN_PLUGINS) {
  const box = document.createElement("input");
  box.type = "checkbox";
  box.dataset.plugin = plugin.id;
  box.id = `plugin-${plugin.id}`;
  box.checked = !settings.disabledPlugins.includes(plugin.id);
  const label = document.createElement("label");
  label.className = "check";
  label.append(box, ` ${plugin.name} (${plugin.version})`);
  const line = action(plugins, label, `plugin-${plugin.id}-status`);
  box.addEventListener(
    "change",
    handled(line, async () => {
      const current = await loadSettings();
      const others = current.disabledPlugins.filter((id) => id !== plugin.id);
      await update({ disabledPlugins: box.checked ? others : [...others, plugin.id] });
      line.show(ok(tr(box.checked ? "optPluginOn" : "optPluginOff")));
    }),
  );
}

// Declarative adapters
const adapters = add(root, "fieldset");
say(add(adapters, "legend"), "adapters");
const adapterList = add(adapters, "ul", undefined, "items");
adapterList.id = "adapters";
const noAdapters = say(add(adapters, "p", undefined, "hint"), "optNoAdapters");
const adaptersLine = statusLine(adapters, "adapters-status");
const file = document.createElement("input");
file.type = "file";
file.id = "adapter-file";
file.accept = "application/json,.json";
// The file field looks like a button that says what it does, in the page's language: the browser's own
// "Choose file / No file chosen" would speak the browser's. The field covers the button, transparent.
const picker = document.createElement("label");
picker.className = "file-picker";
picker.htmlFor = file.id;
say(add(picker, "span"), "importAdapter");
picker.append(file);
const importLine = action(adapters, picker, "adapter-file-status");

let adaptersDrawn = 0;
/** Draws the adapters list; the items are put in place at once, and only by the latest of overlapping calls. */
async function renderAdapters(): Promise<void> {
  const drawing = ++adaptersDrawn;
  const items: HTMLLIElement[] = [];
  for (const [index, manifest] of settings.adapters.entries()) {
    const name = adapterName(manifest);
    const item = document.createElement("li");
    items.push(item);
    add(item, "span", name, "name");
    const remove = add(item, "button", tr("remove"));
    remove.type = "button";
    remove.id = `adapter-${index}-remove`;
    remove.setAttribute("aria-label", `${tr("remove")} ${name}`);
    remove.addEventListener(
      "click",
      handled(adaptersLine, async () => {
        const current = await loadSettings();
        const same = JSON.stringify(manifest);
        const remaining = current.adapters.filter(
          (other, position) => position !== index || JSON.stringify(other) !== same,
        );
        // Portals granted for this adapter alone are given back with it.
        const stillNeeded = new Set(remaining.flatMap((other) => matchesOf(other)));
        const unused = matchesOf(manifest).filter(
          (pattern) => current.extraHosts.includes(pattern) && !stillNeeded.has(pattern),
        );
        const revocable = unused.filter((pattern) => !coversServer(pattern, current.serverUrl));
        if (revocable.length > 0) await browser.permissions.remove({ origins: revocable }).catch(() => false);
        await update({ adapters: remaining, extraHosts: current.extraHosts.filter((host) => !unused.includes(host)) });
        await rebuild(adapterList, renderAdapters, [`adapter-${index - 1}-remove`, file.id]);
        renderHosts();
        adaptersLine.show(ok(`${tr("optAdapterRemoved")}: ${name}`));
      }),
    );
    // A stored adapter can stop being valid (an SDK update changed the format): say so, don't hide it.
    const problems = adapterProblemFields(manifest);
    if (problems) {
      const warning = add(item, "p", tr("optStoredInvalid"), "error");
      if (problems.length > 0) add(warning, "small", `${tr("optTechnicalDetail")}: ${problems.join(", ")}`);
      continue;
    }
    // The adapter's portals are read only once the user grants them, one adapter at a time.
    const missing: string[] = [];
    for (const pattern of matchesOf(manifest))
      if (!(await browser.permissions.contains({ origins: [pattern] }).catch(() => false))) missing.push(pattern);
    if (missing.length === 0) continue;
    add(item, "p", `${tr("needsAccess")}: ${missing.join(", ")}`, "needs-access");
    const grant = add(item, "button", `${tr("grantAccess")} ${missing.join(", ")}`, "grant");
    grant.type = "button";
    grant.id = `adapter-${index}-grant`;
    grant.addEventListener(
      "click",
      handled(adaptersLine, async () => {
        const granted = await browser.permissions.request({ origins: missing }).catch(() => false);
        if (!granted) return adaptersLine.show(failure(tr("optGrantDenied")));
        const current = await loadSettings();
        await update({ extraHosts: [...new Set([...current.extraHosts, ...missing])] });
        await rebuild(adapterList, renderAdapters, [`adapter-${index}-remove`]);
        renderHosts();
        adaptersLine.show(ok(`${tr("optAccessGranted")}: ${missing.join(", ")}`));
      }),
    );
  }
  if (drawing !== adaptersDrawn) return;
  adapterList.replaceChildren(...items);
  noAdapters.hidden = items.length > 0;
}

file.addEventListener(
  "change",
  handled(importLine, async () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    markInvalid(file, null);
    let text: string;
    try {
      text = await chosen.text();
    } catch {
      markInvalid(file, importLine);
      return importLine.show(failure(tr("optImportUnreadable")));
    } finally {
      // The same file, corrected, can be chosen again.
      file.value = "";
    }
    let manifest: unknown;
    try {
      manifest = JSON.parse(text);
    } catch {
      markInvalid(file, importLine);
      return importLine.show(failure(tr("optImportNotJson")));
    }
    const problems = adapterProblemFields(manifest);
    if (problems) {
      markInvalid(file, importLine);
      const detail = problems.length > 0 ? `${tr("optTechnicalDetail")}: ${problems.join(", ")}` : undefined;
      return importLine.show(failure(tr("optImportInvalid"), detail));
    }
    const id = (manifest as { id: string }).id;
    const current = await loadSettings();
    await update({
      adapters: [...current.adapters.filter((existing) => (existing as { id?: unknown }).id !== id), manifest],
    });
    await rebuild(adapterList, renderAdapters);
    importLine.show(ok(`${tr("imported")}: ${adapterName(manifest)}`));
  }),
);

// Extra portal hosts, granted one by one
const hosts = add(root, "fieldset");
say(add(hosts, "legend"), "hosts");
const hostList = add(hosts, "ul", undefined, "items");
hostList.id = "hosts";
const noHosts = say(add(hosts, "p", undefined, "hint"), "optNoHosts");
const hostsLine = statusLine(hosts, "hosts-status");
const host = document.createElement("input");
host.type = "url";
host.id = "extra-host";
host.spellcheck = false;
field(hosts, host, "addHost", "optHostHint");
const addHost = button("add-host", "optAllow");
const addHostLine = action(hosts, addHost, "add-host-status");

function renderHosts(): void {
  hostList.replaceChildren();
  noHosts.hidden = settings.extraHosts.length > 0;
  for (const [index, granted] of settings.extraHosts.entries()) {
    const item = add(hostList, "li");
    add(item, "span", granted, "name");
    const remove = add(item, "button", tr("remove"));
    remove.type = "button";
    remove.id = `host-${index}-remove`;
    remove.setAttribute("aria-label", `${tr("remove")} ${granted}`);
    remove.addEventListener(
      "click",
      handled(hostsLine, async () => {
        const current = await loadSettings();
        // Give the permission back too: least privilege is kept, not just promised at install. Not the
        // coordination server's, which sync still needs.
        if (!coversServer(granted, current.serverUrl)) {
          await browser.permissions.remove({ origins: [hostPattern(granted)] }).catch(() => false);
        }
        await update({ extraHosts: current.extraHosts.filter((other) => other !== granted) });
        await rebuild(hostList, renderHosts, [`host-${index - 1}-remove`, host.id]);
        await renderAdapters();
        hostsLine.show(ok(`${tr("optHostRemoved")}: ${granted}`));
      }),
    );
  }
}

addHost.addEventListener(
  "click",
  handled(addHostLine, async () => {
    const raw = host.value.trim();
    markInvalid(host, null);
    const problem = (key: MessageKey) => {
      markInvalid(host, addHostLine);
      addHostLine.show(failure(tr(key)));
    };
    if (!raw) return problem("optHostEmpty");
    let origin: string;
    try {
      const parsed = new URL(raw);
      if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return problem("optHostNotHttp");
      origin = parsed.origin;
    } catch {
      return problem("optHostNotUrl");
    }
    const granted = await browser.permissions.request({ origins: [`${origin}/*`] }).catch(() => false);
    if (!granted) return addHostLine.show(failure(tr("optPermissionDenied")));
    const current = await loadSettings();
    host.value = "";
    if (current.extraHosts.includes(origin)) return addHostLine.show(ok(tr("optHostKnown")));
    await update({ extraHosts: [...current.extraHosts, origin] });
    await rebuild(hostList, renderHosts);
    await renderAdapters();
    addHostLine.show(ok(`${tr("optHostAdded")}: ${origin}`));
  }),
);

// Testing: a pinned "today", apart from everything else and worded as a developer's setting.
const testing = add(root, "fieldset", undefined, "testing");
say(add(testing, "legend"), "testing");
const pinToday = document.createElement("input");
pinToday.type = "date";
pinToday.id = "pin-today";
pinToday.min = "1900-01-01";
pinToday.max = "2200-12-31";
pinToday.value = settings.pinnedToday ?? "";
field(testing, pinToday, "pinTodayLabel", "pinTodayHint");
const pinRow = add(testing, "div", undefined, "action");
const savePin = button("pin-today-save", "save");
const clearPin = button("pin-today-clear", "pinTodayClear");
pinRow.append(savePin, clearPin);
const pinLine = statusLine(pinRow, "pin-today-status");

/** Pins the day typed (or unpins, for an empty one) and says which day badges now count to. */
async function pinTodayTo(typed: string, incomplete: boolean): Promise<void> {
  markInvalid(pinToday, null);
  const parsed = incomplete ? { ok: false as const } : parsePinnedToday(typed);
  if (!parsed.ok) {
    markInvalid(pinToday, pinLine);
    return pinLine.show(failure(tr("pinTodayInvalid")));
  }
  await update({ pinnedToday: parsed.date });
  pinToday.value = parsed.date ?? "";
  const words = new Wording(locale, todayLocal());
  pinLine.show(
    ok(
      parsed.date === null ? tr("pinTodayCleared") : words.text("pinTodaySaved", { date: words.longDate(parsed.date) }),
    ),
  );
}

// A date field holding a half-typed date reports an empty value: that must not unpin silently.
savePin.addEventListener(
  "click",
  handled(pinLine, () => pinTodayTo(pinToday.value, pinToday.validity.badInput)),
);
clearPin.addEventListener(
  "click",
  handled(pinLine, () => pinTodayTo("", false)),
);

language.addEventListener(
  "change",
  handled(languageLine, async () => {
    await update({ language: language.value as Settings["language"] });
    locale = localeOf(settings);
    // Everything is worded again in place: focus stays on the list box. Other lines spoke the old language.
    for (const line of lines) if (line !== languageLine) line.clear();
    for (const write of wordings) write();
    shownSync = null;
    showLastSync(await loadSyncStatus());
    await rebuild(adapterList, renderAdapters);
    renderHosts();
    languageLine.show(ok(tr("saved")));
  }),
);

await renderAdapters();
renderHosts();
// The last sync is shown below the button, not announced: the line beside it reports syncs from now on.
showLastSync(await loadSyncStatus());
