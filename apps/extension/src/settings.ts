import * as z from "zod/mini";
import { CountrySituation, Jurisdiction, PlaceAvailability } from "@solidaria/domain";
import { storage } from "wxt/utils/storage";

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
});
export type Settings = z.infer<typeof Settings>;

const DEFAULT_SETTINGS: Settings = {
  language: "auto",
  serverUrl: "",
  token: "",
  disabledPlugins: [],
  adapters: [],
  extraHosts: [],
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
/**
 * The outcome of the last sync, as data: the options page words it in the user's language. `detail`
 * is technical and untranslated (an HTTP status, a field name).
 */
export const SyncStatus = z.strictObject({
  at: z.string(),
  ok: z.boolean(),
  situations: z.optional(z.number()),
  jurisdictions: z.optional(z.number()),
  places: z.optional(z.number()),
  problem: z.optional(z.enum(["noServer", "unreachable", "refused", "invalidData"])),
  detail: z.optional(z.string()),
});
export type SyncStatus = z.infer<typeof SyncStatus>;
export const syncStatusItem = storage.defineItem<unknown>("local:syncStatus", { fallback: null });

export async function loadSyncStatus(): Promise<SyncStatus | null> {
  const parsed = SyncStatus.safeParse(await syncStatusItem.getValue());
  return parsed.success ? parsed.data : null;
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
