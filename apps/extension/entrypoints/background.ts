import { defineBackground } from "wxt/utils/define-background";
import { browser } from "wxt/browser";
import { CountrySituation, Jurisdiction, PlaceAvailability } from "@solidaria/domain";
import {
  checkServer,
  hostPattern,
  loadSettings,
  loadSynced,
  settingsItem,
  syncItem,
  syncStatusItem,
  type Settings,
  type SyncProblem as Problem,
  type SyncStatus,
} from "../src/settings.js";

const SYNC_ALARM = "solidaria-sync";
/** Synced data is used for this long before a new sync is due; after that it is still used offline. */
const TTL_MS = 6 * 60 * 60 * 1000;
/** A server that has not answered in this long counts as unreachable. */
const TIMEOUT_MS = 20_000;

/** What went wrong, as a code the options page words; `detail` holds numbers and codes only. */
class SyncProblem extends Error {
  constructor(
    readonly problem: Problem,
    readonly detail?: string,
    readonly httpStatus?: number,
  ) {
    super(detail ? `${problem} (${detail})` : problem);
  }
}

/** Whether a body is an error as tRPC (or the Solidaria server around it) sends one: `{ error: { code } }`. */
function isApiError(body: unknown): boolean {
  const error = (body as { error?: unknown } | null)?.error;
  return typeof error === "object" && error !== null && "code" in error;
}

/**
 * Calls a tRPC query by GET, without input. The token goes only where it is asked for (`me`): the public
 * procedures do not need it. Each failure is classified: nothing answered, something that is not a
 * Solidaria server answered, the server refused or failed.
 */
async function getProcedure(serverUrl: string, procedure: string, token?: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(`${serverUrl}/trpc/${procedure}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
      credentials: "omit",
      cache: "no-store",
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch {
    // The browser's message ("Failed to fetch") says nothing more, and in English: not kept.
    throw new SyncProblem("unreachable");
  }
  const status = response.status;
  const detail = `${procedure} · HTTP ${status}`;
  const body: unknown = await response.json().catch(() => null);
  if (response.ok) {
    const result = (body as { result?: unknown } | null)?.result;
    if (typeof result === "object" && result !== null && "data" in result) return result.data;
    throw new SyncProblem("notSolidaria", status === 200 ? undefined : detail, status);
  }
  if (status >= 500) throw new SyncProblem("serverError", detail, status);
  // No API at that address (a wrong path, or another site) or an answer that is not the API's.
  if (status === 404 || !isApiError(body)) throw new SyncProblem("notSolidaria", detail, status);
  throw new SyncProblem("refused", detail, status);
}

function parseAll<T>(
  schema: {
    safeParse(
      input: unknown,
    ): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[] }[] } };
  },
  entries: unknown,
  procedure: string,
): T[] {
  if (!Array.isArray(entries)) throw new SyncProblem("invalidData", procedure);
  return entries.map((entry, index) => {
    const parsed = schema.safeParse(entry);
    if (!parsed.success) {
      const path = parsed.error.issues[0]?.path.map(String).join(".");
      throw new SyncProblem("invalidData", `${procedure}[${index}]${path ? `.${path}` : ""}`);
    }
    return parsed.data;
  });
}

/** The status of a sync that failed: the problem it ran into, or "unreachable" for anything unforeseen. */
function failedSync(error: unknown, counts: Partial<SyncStatus> = {}): SyncStatus {
  const at = new Date().toISOString();
  if (!(error instanceof SyncProblem)) return { at, ok: false, problem: "unreachable", ...counts };
  return { at, ok: false, problem: error.problem, ...(error.detail ? { detail: error.detail } : {}), ...counts };
}

/**
 * Who the token belongs to, or why it cannot be used. UNAUTHORIZED (401) means the token is not valid
 * or was revoked.
 */
async function checkToken(serverUrl: string, token: string): Promise<string> {
  try {
    const me = (await getProcedure(serverUrl, "me", token)) as { organisation?: { name?: unknown } } | null;
    const name = me?.organisation?.name;
    return typeof name === "string" ? name.slice(0, 200) : "";
  } catch (error) {
    if (error instanceof SyncProblem && error.httpStatus === 401) throw new SyncProblem("tokenRefused", error.detail);
    throw error;
  }
}

/**
 * Fetches public, aggregate data only (country situations, jurisdiction profiles, open resettlement places). Nothing about
 * any case is ever sent: these are GET requests without parameters. With a token, `me` tells whether the server
 * accepts it: a refused token is reported as such, even though the public data is stored.
 */
async function runSync(settings: Settings): Promise<SyncStatus> {
  const checked = checkServer(settings.serverUrl, settings.token);
  if (!checked.ok) return failedSync(new SyncProblem(checked.problem));
  const { serverUrl } = checked;
  if (!serverUrl) return failedSync(new SyncProblem("noServer"));
  const token = settings.token
    ? checkToken(serverUrl, settings.token).then(
        (organisation) => ({ organisation }),
        (error: unknown) => ({ error }),
      )
    : Promise.resolve({ organisation: undefined });
  let counts: Pick<SyncStatus, "situations" | "jurisdictions" | "places">;
  let fetchedAt: string;
  try {
    const [situations, jurisdictions, places] = await Promise.all([
      getProcedure(serverUrl, "situation.list"),
      getProcedure(serverUrl, "jurisdiction.list"),
      getProcedure(serverUrl, "situation.placesAvailable"),
    ]);
    const now = Date.now();
    // Validated in full before anything is stored: a bad answer leaves the previous data in place.
    const value = {
      serverUrl: settings.serverUrl,
      fetchedAt: new Date(now).toISOString(),
      expiresAt: new Date(now + TTL_MS).toISOString(),
      situations: parseAll(CountrySituation, situations, "situation.list"),
      jurisdictions: parseAll(Jurisdiction, jurisdictions, "jurisdiction.list"),
      places: parseAll(PlaceAvailability, places, "situation.placesAvailable"),
    };
    // A sync that a newer server or token made stale stores nothing.
    if (await stillCurrent(settings)) await syncItem.setValue(value);
    fetchedAt = value.fetchedAt;
    counts = {
      situations: value.situations.length,
      jurisdictions: value.jurisdictions.length,
      places: value.places.length,
    };
  } catch (error) {
    await token; // the token's answer no longer matters
    return failedSync(error);
  }
  const outcome = await token;
  if ("error" in outcome) return failedSync(outcome.error, counts);
  return {
    at: fetchedAt,
    ok: true,
    ...counts,
    // Set whenever a token was accepted, even one whose organisation has no name.
    ...(outcome.organisation === undefined ? {} : { organisation: outcome.organisation }),
  };
}

/** Whether the server and token a sync started with are still the ones configured. */
async function stillCurrent(settings: Settings): Promise<boolean> {
  const now = await loadSettings();
  return now.serverUrl === settings.serverUrl && now.token === settings.token;
}

let running: { key: string; outcome: Promise<SyncStatus> } | null = null;

/**
 * Syncs with the configured server and stores the outcome. A sync asked for while one with the same server and
 * token runs (the options page's button right after a save) shares its outcome; a sync that a newer setting made
 * stale stores neither data nor status.
 */
async function sync(): Promise<SyncStatus> {
  const settings = await loadSettings();
  const key = JSON.stringify([settings.serverUrl, settings.token]);
  if (running?.key === key) return running.outcome;
  const outcome = (async () => {
    const status = await runSync(settings).catch((error: unknown) => failedSync(error));
    if (await stillCurrent(settings)) await syncStatusItem.setValue(status);
    return status;
  })();
  running = { key, outcome };
  void outcome.finally(() => {
    if (running?.outcome === outcome) running = null;
  });
  return outcome;
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
