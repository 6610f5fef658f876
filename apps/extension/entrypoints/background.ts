import { defineBackground } from "wxt/utils/define-background";
import { browser } from "wxt/browser";
import { CountrySituation, Jurisdiction, PlaceAvailability } from "@solidaria/domain";
import {
  hostPattern,
  loadSettings,
  loadSynced,
  settingsItem,
  syncItem,
  syncStatusItem,
  type SyncStatus,
} from "../src/settings.js";

const SYNC_ALARM = "solidaria-sync";
/** Synced data is used for this long before a new sync is due; after that it is still used offline. */
const TTL_MS = 6 * 60 * 60 * 1000;

class SyncProblem extends Error {
  constructor(
    readonly problem: NonNullable<SyncStatus["problem"]>,
    readonly detail: string,
  ) {
    super(`${problem}: ${detail}`);
  }
}

async function getProcedure(serverUrl: string, token: string, procedure: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(`${serverUrl.replace(/\/$/, "")}/trpc/${procedure}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
  } catch (error) {
    throw new SyncProblem("unreachable", (error as Error).message);
  }
  if (!response.ok) throw new SyncProblem("refused", `${procedure}: HTTP ${response.status}`);
  const body = (await response.json().catch(() => null)) as { result?: { data?: unknown } } | null;
  if (!Array.isArray(body?.result?.data)) throw new SyncProblem("invalidData", procedure);
  return body.result.data;
}

function parseAll<T>(
  schema: {
    safeParse(
      input: unknown,
    ): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[] }[] } };
  },
  entries: unknown[],
  procedure: string,
): T[] {
  return entries.map((entry, index) => {
    const parsed = schema.safeParse(entry);
    if (!parsed.success)
      throw new SyncProblem(
        "invalidData",
        `${procedure}[${index}].${parsed.error.issues[0]?.path.map(String).join(".") ?? ""}`,
      );
    return parsed.data;
  });
}

/** The status of a sync that failed: the problem it ran into, or else "unreachable" with the error's message. */
function failedSync(error: unknown): SyncStatus {
  return error instanceof SyncProblem
    ? { at: new Date().toISOString(), ok: false, problem: error.problem, detail: error.detail }
    : { at: new Date().toISOString(), ok: false, problem: "unreachable", detail: (error as Error).message };
}

/**
 * Fetches public, aggregate data only (country situations, jurisdiction profiles, open resettlement places). Nothing about
 * any case is ever sent: these are GET requests without parameters.
 */
async function sync(): Promise<SyncStatus> {
  const settings = await loadSettings();
  let status: SyncStatus;
  if (!settings.serverUrl) {
    status = { at: new Date().toISOString(), ok: false, problem: "noServer" };
  } else {
    try {
      const [situations, jurisdictions, places] = await Promise.all([
        getProcedure(settings.serverUrl, settings.token, "situation.list"),
        getProcedure(settings.serverUrl, settings.token, "jurisdiction.list"),
        getProcedure(settings.serverUrl, settings.token, "situation.placesAvailable"),
      ]);
      const now = Date.now();
      // Validated in full before anything is stored: a bad answer leaves the previous data in place.
      const value = {
        serverUrl: settings.serverUrl,
        fetchedAt: new Date(now).toISOString(),
        expiresAt: new Date(now + TTL_MS).toISOString(),
        situations: parseAll(CountrySituation, situations as unknown[], "situation.list"),
        jurisdictions: parseAll(Jurisdiction, jurisdictions as unknown[], "jurisdiction.list"),
        places: parseAll(PlaceAvailability, places as unknown[], "situation.placesAvailable"),
      };
      await syncItem.setValue(value);
      status = {
        at: value.fetchedAt,
        ok: true,
        situations: value.situations.length,
        jurisdictions: value.jurisdictions.length,
        places: value.places.length,
      };
    } catch (error) {
      status = failedSync(error);
    }
  }
  await syncStatusItem.setValue(status);
  return status;
}

/** Syncs when the data is missing or past its expiry (the periodic alarm and each wake-up ask). */
async function syncIfDue(): Promise<void> {
  const settings = await loadSettings();
  if (!settings.serverUrl) return;
  const synced = await loadSynced(settings.serverUrl);
  if (synced && Date.parse(synced.expiresAt) > Date.now()) return;
  await sync();
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
    await browser.scripting.registerContentScripts([
      { id: "solidaria-extra-hosts", matches: granted, js: ["content-scripts/content.js"], runAt: "document_idle" },
    ]);
  }
}

export default defineBackground(() => {
  // The service worker wakes often; creating the alarm each time would push its next run back.
  void browser.alarms.get(SYNC_ALARM).then((existing) => {
    if (!existing) void browser.alarms.create(SYNC_ALARM, { periodInMinutes: 60 });
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) void syncIfDue();
  });
  browser.runtime.onMessage.addListener((message: { type?: string }, _sender, sendResponse) => {
    if (message.type === "solidaria:sync") {
      // The options page waits for an answer: a sync that fails outside its own checks still gets one.
      sync().then(sendResponse, (error: unknown) => sendResponse(failedSync(error)));
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
  void syncIfDue();
});
