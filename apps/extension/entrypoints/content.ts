import { defineContentScript } from "wxt/utils/define-content-script";
import { browser } from "wxt/browser";
import { mountPlugin, type MountedPlugin } from "@solidaria/sdk";
import { activePlugins } from "../src/plugins.js";
import { loadSettings, loadSynced, settingsItem, syncItem } from "../src/settings.js";
import { createBadgeRenderer, LAYER_TAG } from "../src/content/badge-renderer.js";
import { effectiveLocale } from "../src/ui/messages.js";
import { Wording } from "../src/ui/wording.js";
import { warmUp } from "../src/content/warm-up.js";
import { pluginHealth } from "../src/content/page-health.js";
import type { PluginHealth } from "../src/messaging/page-summary.js";
import { todayLocal } from "@solidaria/domain";
import { PORTAL_MATCHES } from "../src/portal-matches.js";
import { effectiveToday } from "../src/pinned-today.js";

/** Our own element in the portal's DOM: adding it is not a change of the portal. */
const OWN_TAG = LAYER_TAG.toUpperCase();

/**
 * Runs inside the portal page. Everything happens here: extraction, evaluation, badges. The content
 * script makes no network request at all; it reads synced public data from extension storage.
 */
export default defineContentScript({
  matches: PORTAL_MATCHES,
  // Loaded while the page is still arriving, so that the work of starting (the rules and their texts)
  // is done before the portal's rows are: the rows in view get their badges right after they are read.
  runAt: "document_start",
  async main(ctx) {
    let mounts: MountedPlugin[] = [];
    /** The page's health, per plugin mounted on it (field names only). */
    let health = (): PluginHealth[] => [];
    const browserLocale = effectiveLocale("auto", navigator.language);
    const renderer = createBadgeRenderer(document, browserLocale);
    warmUp(window, new Wording(browserLocale, todayLocal()));

    /** Every record processed and every badge drawn. */
    async function settled(): Promise<void> {
      await Promise.all(mounts.map((mount) => mount.whenIdle()));
      await renderer.whenDrawn();
    }

    // Settings and sync changes can arrive close together: only the newest start() mounts anything,
    // and the swap from old mounts to new ones happens in one synchronous step.
    let generation = 0;

    const domReady =
      document.readyState === "loading"
        ? new Promise<void>((resolve) => document.addEventListener("DOMContentLoaded", () => resolve(), { once: true }))
        : Promise.resolve();

    async function start(): Promise<void> {
      const current = ++generation;
      const settings = await loadSettings();
      const synced = await loadSynced(settings.serverUrl);
      await domReady;
      if (current !== generation) return;
      for (const mount of mounts) mount.stop();
      renderer.clear();
      renderer.setLocale(effectiveLocale(settings.language, navigator.language));
      // A developer may pin "today" to test saved pages: badges and the engine then count to that day.
      const today = effectiveToday(settings.pinnedToday);
      renderer.setToday(today, settings.pinnedToday !== null);
      const started = activePlugins(settings)
        .filter((plugin) => plugin.pagesFor(location.href).length > 0)
        .map((plugin) => ({
          plugin: plugin.name,
          mount: mountPlugin(plugin, {
            document,
            today,
            renderer: renderer.forPlugin(plugin.id),
            ...(synced
              ? {
                  situations: synced.situations,
                  jurisdictions: synced.jurisdictions,
                  resettlementPlaces: synced.places,
                }
              : {}),
            onError: (error) => {
              console.warn("[solidaria]", plugin.id, error);
              renderer.reportFailure(plugin.name, error);
            },
            isOwnNode: (node) => node.nodeName === OWN_TAG,
          }),
        }));
      mounts = started.map((entry) => entry.mount);
      health = () => pluginHealth(started.map(({ plugin, mount }) => ({ plugin, pages: mount.health() })));
      document.documentElement.dataset.solidaria = String(mounts.length);
      // When every record has been processed (milliseconds since navigation): for tests and benchmarks.
      void settled().then(() => {
        document.documentElement.dataset.solidariaIdleAt = String(Math.round(performance.now()));
      });
    }

    await start();
    const unwatchSettings = settingsItem.watch(() => void start());
    const unwatchSync = syncItem.watch(() => void start());
    ctx.onInvalidated(() => {
      generation += 1;
      unwatchSettings();
      unwatchSync();
      for (const mount of mounts) mount.stop();
      renderer.clear();
    });

    browser.runtime.onMessage.addListener(
      (message: { type?: string; criticalOnly?: boolean; id?: number }, _sender, sendResponse) => {
        if (message.type === "solidaria:summary") {
          void settled().then(() =>
            sendResponse({
              plugins: mounts.length,
              cases: renderer.summary(),
              failures: renderer.failures(),
              criticalOnly: renderer.criticalOnly,
              health: health(),
            }),
          );
          return true;
        }
        if (message.type === "solidaria:critical-only") {
          renderer.setCriticalOnly(Boolean(message.criticalOnly));
          sendResponse({ ok: true });
        }
        if (message.type === "solidaria:jump") sendResponse({ ok: renderer.jumpTo(message.id ?? 0) });
        return undefined;
      },
    );
  },
});
