import { defineBackground } from "wxt/utils/define-background";
import { browser } from "wxt/browser";
import { CountrySituation, PlaceAvailability } from "@solidaria/domain";
import { hostPattern, loadSettings, settingsItem, syncItem, syncStatusItem } from "../src/settings.js";

const SYNC_ALARM = "solidaria-sync";
/** Synced data is used for this long before a new sync is due; after that it is still used offline. */
const TTL_MS = 6 * 60 * 60 * 1000;

async function getProcedure(serverUrl: string, token: string, procedure: string): Promise<unknown> {
  const response = await fetch(`${serverUrl.replace(/\/$/, "")}/trpc/${procedure}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  if (!response.ok) throw new Error(`${procedure}: HTTP ${response.status}`);
  const body = (await response.json()) as { result?: { data?: unknown } };
  return body.result?.data;
}

/**
 * Fetches public, aggregate data only (country situations, open resettlement places). Nothing about
 * any case is ever sent: these are GET requests without parameters.
 */
async function sync(): Promise<{ ok: boolean; message: string }> {
  const settings = await loadSettings();
  if (!settings.serverUrl) return { ok: false, message: "no server configured" };
  try {
    const [situations, places] = await Promise.all([
      getProcedure(settings.serverUrl, settings.token, "situation.list"),
      getProcedure(settings.serverUrl, settings.token, "situation.placesAvailable"),
    ]);
    const now = Date.now();
    await syncItem.setValue({
      serverUrl: settings.serverUrl,
      fetchedAt: new Date(now).toISOString(),
      expiresAt: new Date(now + TTL_MS).toISOString(),
      situations: (situations as unknown[]).map((entry) => CountrySituation.parse(entry)),
      places: (places as unknown[]).map((entry) => PlaceAvailability.parse(entry)),
    });
    const status = { at: new Date(now).toISOString(), ok: true, message: `${(situations as unknown[]).length} situations, ${(places as unknown[]).length} place offers` };
    await syncStatusItem.setValue(status);
    return status;
  } catch (error) {
    const status = { at: new Date().toISOString(), ok: false, message: (error as Error).message };
    await syncStatusItem.setValue(status);
    return status;
  }
}

/** Content scripts for the extra portal hosts the user granted, registered at run time. */
async function registerExtraHosts(): Promise<void> {
  const settings = await loadSettings();
  const origins = settings.extraHosts.map(hostPattern);
  const granted = [];
  for (const origin of origins) if (await browser.permissions.contains({ origins: [origin] })) granted.push(origin);
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: ["solidaria-extra-hosts"] });
  if (registered.length > 0) await browser.scripting.unregisterContentScripts({ ids: ["solidaria-extra-hosts"] });
  if (granted.length > 0) {
    await browser.scripting.registerContentScripts([{ id: "solidaria-extra-hosts", matches: granted, js: ["content-scripts/content.js"], runAt: "document_idle" }]);
  }
}

export default defineBackground(() => {
  browser.alarms.create(SYNC_ALARM, { periodInMinutes: 60 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) void sync();
  });
  browser.runtime.onMessage.addListener((message: { type?: string }, _sender, sendResponse) => {
    if (message.type === "solidaria:sync") {
      sync().then(sendResponse);
      return true;
    }
    return undefined;
  });
  settingsItem.watch((next, previous) => {
    const now = next as { serverUrl?: string; token?: string; extraHosts?: string[] } | null;
    const before = previous as { serverUrl?: string; token?: string; extraHosts?: string[] } | null;
    if (now?.serverUrl !== before?.serverUrl || now?.token !== before?.token) void sync();
    if (JSON.stringify(now?.extraHosts) !== JSON.stringify(before?.extraHosts)) void registerExtraHosts();
  });
  void registerExtraHosts();
  void sync();
});
