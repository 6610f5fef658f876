import { browser } from "wxt/browser";
import type { Locale } from "@solidaria/domain";
import { adapterFromManifest, matchesAny } from "@solidaria/sdk";
import { BUILTIN_PLUGINS } from "../../src/plugins.js";
import {
  hostPattern,
  loadSettings,
  loadSyncStatus,
  saveSettings,
  SyncStatus,
  type Settings,
} from "../../src/settings.js";
import { effectiveLocale, t, type MessageKey } from "../../src/ui/messages.js";

function pageElement(selector: string): Element {
  const element = document.querySelector(selector);
  if (!element) throw new Error(`the options page has no ${selector} element`);
  return element;
}

const root = pageElement("#options");

/** Writes to the status line the page shows now: an update rebuilds the page, status line included. */
function showStatus(text: string, ok: boolean): void {
  const status = document.querySelector("#status");
  if (!status) return; // not rebuilt yet: the new page's status line is still to come
  status.textContent = text;
  status.className = ok ? "ok" : "error";
}

/** An event handler running `work`; a failure it does not handle itself is shown in the status line. */
function handled(work: () => Promise<void>): () => void {
  return () => {
    work().catch((error: unknown) => showStatus(error instanceof Error ? error.message : String(error), false));
  };
}

function add<K extends keyof HTMLElementTagNameMap>(parent: Element, tag: K, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  parent.append(node);
  return node;
}

function labelled(parent: Element, text: string, control: HTMLElement): void {
  const label = add(parent, "label", `${text} `);
  label.append(control);
}

function isLoopback(hostname: string): boolean {
  return hostname === "localhost" || hostname === "127.0.0.1" || hostname === "[::1]";
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

async function render(): Promise<void> {
  const settings = await loadSettings();
  const locale: Locale = effectiveLocale(settings.language, navigator.language);
  const tr = (key: MessageKey) => t(key, locale);
  document.documentElement.lang = locale;
  root.replaceChildren();
  add(root, "h1", tr("optionsTitle"));
  add(root, "p", tr("privacy"));
  const status = add(root, "p");
  status.id = "status";
  status.setAttribute("role", "status");
  const show = (text: string, ok: boolean) => {
    status.textContent = text;
    status.className = ok ? "ok" : "error";
  };
  const update = async (change: Partial<Settings>, message: MessageKey = "saved") => {
    // The page is rebuilt from the saved settings: keep keyboard focus where it was.
    const focused = (document.activeElement as HTMLElement | null)?.id;
    await saveSettings({ ...(await loadSettings()), ...change });
    await render();
    if (focused) document.getElementById(focused)?.focus();
    showStatus(t(message, effectiveLocale((await loadSettings()).language, navigator.language)), true);
  };

  // Language
  const language = document.createElement("select");
  language.id = "language";
  for (const [value, text] of [
    ["auto", tr("languageAuto")],
    ["es", "Español"],
    ["pt", "Português"],
    ["en", "English"],
  ] as const) {
    const option = add(language, "option", text);
    option.value = value;
    option.selected = settings.language === value;
  }
  language.addEventListener("change", () => void update({ language: language.value as Settings["language"] }));
  labelled(root, tr("language"), language);

  // Coordination server
  const server = add(root, "fieldset");
  add(server, "legend", tr("server"));
  const url = document.createElement("input");
  url.type = "url";
  url.id = "server-url";
  url.value = settings.serverUrl;
  url.placeholder = "https://coordinacion.example.org";
  labelled(server, tr("serverUrl"), url);
  const token = document.createElement("input");
  token.type = "password";
  token.id = "server-token";
  token.value = settings.token;
  labelled(server, tr("token"), token);
  const saveServer = add(server, "button", tr("save"));
  saveServer.id = "save-server";
  saveServer.type = "button";
  saveServer.addEventListener(
    "click",
    handled(async () => {
      const serverUrl = url.value.trim().replace(/\/$/, "");
      if (serverUrl) {
        let parsed: URL;
        try {
          parsed = new URL(serverUrl);
        } catch {
          return show(`${tr("serverUrl")}: URL`, false);
        }
        if (parsed.protocol !== "https:" && parsed.protocol !== "http:")
          return show(`${tr("serverUrl")}: http(s)://`, false);
        // A token is a credential: only over https, or to this computer.
        if (token.value.trim() && parsed.protocol === "http:" && !isLoopback(parsed.hostname))
          return show(tr("tokenNeedsHttps"), false);
        const granted = await browser.permissions
          .request({ origins: [`${new URL(serverUrl).origin}/*`] })
          .catch(() => false);
        if (!granted && !(await browser.permissions.contains({ origins: [`${new URL(serverUrl).origin}/*`] }))) {
          show(tr("permissionDenied"), false);
          return;
        }
      }
      const previousOrigin = originOf(settings.serverUrl);
      if (
        previousOrigin &&
        previousOrigin !== originOf(serverUrl) &&
        !settings.extraHosts.some((host) => coversServer(host, settings.serverUrl))
      ) {
        // Least privilege: the old server's access goes with it (a permission the manifest requires stays).
        await browser.permissions.remove({ origins: [`${previousOrigin}/*`] }).catch(() => false);
      }
      await update({ serverUrl, token: token.value.trim() });
    }),
  );
  const syncNow = add(server, "button", tr("syncNow"));
  syncNow.id = "sync-now";
  syncNow.type = "button";
  const syncAndShow = async () => {
    try {
      const result = SyncStatus.parse(await browser.runtime.sendMessage({ type: "solidaria:sync" }));
      show(describeSync(result), result.ok);
      lastSync.textContent = lastSyncText(result);
    } catch (error) {
      show(`${tr("syncFailed")}: ${(error as Error).message}`, false);
    }
  };
  syncNow.addEventListener("click", () => void syncAndShow());
  const describeSync = (status: SyncStatus) =>
    status.ok
      ? `${tr("syncDone")}: ${status.situations ?? 0} ${tr("situations")}, ${status.jurisdictions ?? 0} ${tr("jurisdictions")}, ${status.places ?? 0} ${tr("placeOffers")}`
      : `${tr("syncFailed")}: ${tr(status.problem ?? "unreachable")}${status.detail ? ` (${status.detail})` : ""}`;
  const lastSyncText = (status: SyncStatus | null) =>
    `${tr("lastSync")}: ${status ? `${new Date(status.at).toLocaleString(locale)} — ${describeSync(status)}` : tr("never")}`;
  const lastSync = add(server, "p", lastSyncText(await loadSyncStatus()));
  lastSync.id = "last-sync";

  // Built-in plugins
  const plugins = add(root, "fieldset");
  add(plugins, "legend", tr("plugins"));
  for (const plugin of BUILTIN_PLUGINS) {
    const box = document.createElement("input");
    box.type = "checkbox";
    box.dataset.plugin = plugin.id;
    box.id = `plugin-${plugin.id}`;
    box.checked = !settings.disabledPlugins.includes(plugin.id);
    box.addEventListener(
      "change",
      () =>
        void update({
          disabledPlugins: box.checked
            ? settings.disabledPlugins.filter((id) => id !== plugin.id)
            : [...settings.disabledPlugins, plugin.id],
        }),
    );
    const label = add(plugins, "label");
    label.append(box, ` ${plugin.name} (${plugin.version})`);
  }

  // Declarative adapters
  const adapters = add(root, "fieldset");
  add(adapters, "legend", tr("adapters"));
  const list = add(adapters, "ul");
  list.id = "adapters";
  for (const [index, manifest] of settings.adapters.entries()) {
    const item = add(
      list,
      "li",
      `${String((manifest as { name?: unknown }).name)} (${String((manifest as { id?: unknown }).id)}) `,
    );
    const remove = add(item, "button", tr("remove"));
    remove.type = "button";
    remove.addEventListener(
      "click",
      handled(async () => {
        const remaining = settings.adapters.filter((_, position) => position !== index);
        // Portals granted for this adapter alone are given back with it.
        const stillNeeded = new Set(remaining.flatMap((other) => matchesOf(other)));
        const unused = matchesOf(manifest).filter(
          (pattern) => settings.extraHosts.includes(pattern) && !stillNeeded.has(pattern),
        );
        const revocable = unused.filter((pattern) => !coversServer(pattern, settings.serverUrl));
        if (revocable.length > 0) await browser.permissions.remove({ origins: revocable }).catch(() => false);
        await update({ adapters: remaining, extraHosts: settings.extraHosts.filter((host) => !unused.includes(host)) });
      }),
    );
    // A stored adapter can stop being valid (an SDK update changed the format): say so, don't hide it.
    let matches: string[];
    try {
      matches = adapterFromManifest(manifest).matches.map(String);
    } catch (error) {
      add(item, "p", `⚠ ${tr("storedInvalid")}: ${(error as Error).message}`).className = "error";
      continue;
    }
    // The adapter's portals are read only once the user grants them, one adapter at a time.
    const missing: string[] = [];
    for (const pattern of matches)
      if (!(await browser.permissions.contains({ origins: [pattern] }).catch(() => false))) missing.push(pattern);
    if (missing.length === 0) continue;
    add(item, "p", `${tr("needsAccess")}: ${missing.join(", ")}`).className = "needs-access";
    const grant = add(item, "button", `${tr("grantAccess")} ${missing.join(", ")}`);
    grant.type = "button";
    grant.className = "grant";
    grant.addEventListener(
      "click",
      handled(async () => {
        const granted = await browser.permissions.request({ origins: missing }).catch(() => false);
        if (!granted) return show(tr("permissionDenied"), false);
        await update({ extraHosts: [...new Set([...settings.extraHosts, ...missing])] });
      }),
    );
  }
  const file = document.createElement("input");
  file.type = "file";
  file.id = "adapter-file";
  file.accept = "application/json,.json";
  const importAdapter = async () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    try {
      const manifest: unknown = JSON.parse(await chosen.text());
      adapterFromManifest(manifest);
      const id = (manifest as { id: string }).id;
      await update(
        { adapters: [...settings.adapters.filter((existing) => (existing as { id?: string }).id !== id), manifest] },
        "imported",
      );
    } catch (error) {
      show(`${tr("invalidAdapter")}:\n${(error as Error).message}`, false);
    }
  };
  file.addEventListener("change", () => void importAdapter());
  labelled(adapters, tr("importAdapter"), file);

  // Extra portal hosts, granted one by one
  const hosts = add(root, "fieldset");
  add(hosts, "legend", tr("hosts"));
  const hostList = add(hosts, "ul");
  for (const granted of settings.extraHosts) {
    const item = add(hostList, "li", `${granted} `);
    const remove = add(item, "button", tr("remove"));
    remove.type = "button";
    remove.addEventListener(
      "click",
      handled(async () => {
        // Give the permission back too: least privilege is kept, not just promised at install. Not the
        // coordination server's, which sync still needs.
        if (!coversServer(granted, settings.serverUrl)) {
          await browser.permissions.remove({ origins: [hostPattern(granted)] }).catch(() => false);
        }
        await update({ extraHosts: settings.extraHosts.filter((other) => other !== granted) });
      }),
    );
  }
  const host = document.createElement("input");
  host.type = "url";
  host.id = "extra-host";
  host.placeholder = "https://portal.example.gob";
  labelled(hosts, tr("addHost"), host);
  const addHost = add(hosts, "button", tr("save"));
  addHost.type = "button";
  addHost.addEventListener(
    "click",
    handled(async () => {
      let origin: string;
      try {
        origin = new URL(host.value.trim()).origin;
      } catch {
        show(`${tr("addHost")}: URL`, false);
        return;
      }
      const granted = await browser.permissions.request({ origins: [`${origin}/*`] }).catch(() => false);
      if (!granted) {
        show(tr("permissionDenied"), false);
        return;
      }
      await update({ extraHosts: [...new Set([...settings.extraHosts, origin])] });
    }),
  );
}

void render();
