import type { LocalizedText, Severity } from "@solidaria/domain";

/**
 * What the content script tells the popup about the page: one entry per case a plugin read, with
 * no case data beyond the portal's own reference and the annotations' words. Messages between the
 * extension's pages never leave the browser.
 */
export interface CaseSummary {
  /** Stable while the case is on the page, also when the portal re-renders its row: the popup jumps by it. */
  readonly id: number;
  /** The case reference the portal shows, when the plugin read it. */
  readonly reference: string | null;
  /**
   * `annotated`: at least one annotation; `clear`: checked, nothing found; `failed`: the plugin could
   * not read the case.
   */
  readonly state: "annotated" | "clear" | "failed";
  /** The most urgent annotation's severity, or null for a clear or failed case. */
  readonly severity: Severity | null;
  /** The most urgent annotation: what the badge names. */
  readonly top: {
    readonly code: string;
    readonly title: LocalizedText;
    readonly due: string | null;
    readonly daysLeft: number | null;
  } | null;
  /** Every annotation code on the case, most urgent first. */
  readonly codes: readonly string[];
  /** The title of each code's annotation: a rule pack's own codes have no name in the domain's list. */
  readonly titles: Readonly<Record<string, LocalizedText>>;
}

/**
 * One plugin's health on the page: the fields it reads that no case on the page showed. Field names
 * from the plugin (CaseFacts paths such as "nationality" or "people[].age"), never a value.
 */
export interface PluginHealth {
  readonly plugin: string;
  readonly missing: readonly string[];
}

export interface PageSummary {
  /** How many plugins run on the page (0: not a portal the extension knows). */
  readonly plugins: number;
  readonly cases: readonly CaseSummary[];
  /** Names of the plugins that failed on the page as a whole. */
  readonly failures: readonly string[];
  /** Whether the page shows critical annotations only. */
  readonly criticalOnly: boolean;
  /** Plugins with fields not found on the page (none listed when every field was found). */
  readonly health: readonly PluginHealth[];
}

/** The messages the popup sends to the page's content script. */
export type PageRequest =
  | { readonly type: "solidaria:summary" }
  | { readonly type: "solidaria:critical-only"; readonly criticalOnly: boolean }
  | { readonly type: "solidaria:jump"; readonly id: number };
