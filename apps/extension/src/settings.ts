import * as z from "zod/mini";
import { CountrySituation, Jurisdiction, PlaceAvailability } from "@solidaria/domain";
import { storage } from "wxt/utils/storage";
import { PinnedTodaySetting } from "./pinned-today.js";

/** What the user configures in the options page. Validated whenever it is read. */
export const Settings = z.strictObject({
  language: z.enum(["auto", "es", "pt", "en"]),
  serverUrl: z.string(),
  token: z.string(),
  disabledPlugins: z.array(z.string()),
  /** Declarative adapter manifests as imported (validated again when loaded). */
  adapters: z.array(z.unknown()),
  /** Extra portals the user granted: origins ("https://portal.example.gob") or match patterns from adapters ("*://registro.example/*"). */
  extraHosts: z.array(z.string()),
  /** For testing saved pages only: the day badges count to instead of today (null: today). */
  pinnedToday: PinnedTodaySetting,
});
export type Settings = z.infer<typeof Settings>;

const DEFAULT_SETTINGS: Settings = {
  language: "auto",
  serverUrl: "",
  token: "",
  disabledPlugins: [],
  adapters: [],
  extraHosts: [],
  pinnedToday: null,
};

/** Public, aggregate data synced from the coordination server: never case data. */
export const SyncedData = z.strictObject({
  serverUrl: z.string(),
  fetchedAt: z.string(),
  expiresAt: z.string(),
  situations: z.array(CountrySituation),
  /** Jurisdiction profiles as published; absent in data synced before the server had them. */
  jurisdictions: z._default(z.array(Jurisdiction), []),
  places: z.array(PlaceAvailability),
});
export type SyncedData = z.infer<typeof SyncedData>;

export const settingsItem = storage.defineItem<unknown>("local:settings", { fallback: DEFAULT_SETTINGS });
export const syncItem = storage.defineItem<unknown>("local:sync", { fallback: null });
/** Why a server address (or the token that goes with it) cannot be used: found before anything is sent. */
const ADDRESS_PROBLEMS = ["noServer", "notUrl", "notHttp", "tokenNeedsHttps", "tokenMalformed"] as const;
export type AddressProblem = (typeof ADDRESS_PROBLEMS)[number];

/**
 * Why a sync did not fully succeed: an address problem, or what the server did.
 * - unreachable: nothing answered at the address (no connection, or no answer in time);
 * - notSolidaria: something answered, but not with Solidaria's API (no tRPC data);
 * - refused: the Solidaria server refused the request (e.g. this extension's origin is not allowed);
 * - serverError: the server (or a proxy in front of it) failed, HTTP 5xx;
 * - invalidData: tRPC data this version cannot read;
 * - tokenRefused: the token was refused (not valid, or revoked); the public data may still be synced.
 */
const SYNC_PROBLEMS = [
  ...ADDRESS_PROBLEMS,
  "unreachable",
  "notSolidaria",
  "refused",
  "serverError",
  "invalidData",
  "tokenRefused",
] as const;
export type SyncProblem = (typeof SYNC_PROBLEMS)[number];

/**
 * The outcome of the last sync, as data: the options page words it in the user's language. `detail`
 * is technical, numbers and codes only ("HTTP 503", "me · HTTP 401", "situation.list[2].country"), never
 * an error's message. Counts are set whenever the public data was stored, also when `ok` is false
 * because the token was refused. `organisation` is whom an accepted token belongs to.
 */
export const SyncStatus = z.strictObject({
  at: z.string(),
  ok: z.boolean(),
  situations: z.optional(z.number()),
  jurisdictions: z.optional(z.number()),
  places: z.optional(z.number()),
  problem: z.optional(z.enum(SYNC_PROBLEMS)),
  detail: z.optional(z.string()),
  organisation: z.optional(z.string()),
});
export type SyncStatus = z.infer<typeof SyncStatus>;
export const syncStatusItem = storage.defineItem<unknown>("local:syncStatus", { fallback: null });

export async function loadSyncStatus(): Promise<SyncStatus | null> {
  const parsed = SyncStatus.safeParse(await syncStatusItem.getValue());
  return parsed.success ? parsed.data : null;
}

/** This computer: the only place a token may go over plain http. */
function isLoopback(hostname: string): boolean {
  return hostname === "localhost" || hostname === "127.0.0.1" || hostname === "[::1]";
}

/** A token is sent in an HTTP header: printable ASCII without spaces, as servers issue them. */
const TOKEN = /^[\x21-\x7e]*$/;

/**
 * Checks a coordination server's address and token before anything is saved or sent. An empty address
 * means "no server" (fine without a token). The address is normalised: no trailing slash, no query,
 * fragment or credentials. Tokens go only over https, or over http to this computer.
 */
export function checkServer(
  address: string,
  token: string,
): { ok: true; serverUrl: string } | { ok: false; problem: AddressProblem } {
  const trimmed = address.trim();
  if (!trimmed) return token ? { ok: false, problem: "noServer" } : { ok: true, serverUrl: "" };
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { ok: false, problem: "notUrl" };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return { ok: false, problem: "notHttp" };
  if (token && !TOKEN.test(token)) return { ok: false, problem: "tokenMalformed" };
  if (token && url.protocol === "http:" && !isLoopback(url.hostname)) return { ok: false, problem: "tokenNeedsHttps" };
  return { ok: true, serverUrl: `${url.origin}${url.pathname}`.replace(/\/+$/, "") };
}

/** The match pattern of a granted extra host (an origin covers every page of it). */
export function hostPattern(host: string): string {
  return host.includes("*") || /^[a-z-]+:\/\/[^/]+\/./.test(host) ? host : `${host.replace(/\/$/, "")}/*`;
}

export async function loadSettings(): Promise<Settings> {
  const parsed = Settings.safeParse({ ...DEFAULT_SETTINGS, ...((await settingsItem.getValue()) as object) });
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(Settings.parse(settings));
}

/** Synced data, also when expired (offline use), unless it came from another server than the one configured. */
export async function loadSynced(serverUrl: string): Promise<SyncedData | null> {
  const parsed = SyncedData.safeParse(await syncItem.getValue());
  if (!parsed.success || parsed.data.serverUrl !== serverUrl || serverUrl === "") return null;
  return parsed.data;
}
