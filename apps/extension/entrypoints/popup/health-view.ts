import type { PluginHealth } from "../../src/messaging/page-summary.js";
import type { Wording } from "../../src/ui/wording.js";

/**
 * The popup's health line, worked out without touching the DOM: how many fields the page's plugins
 * did not find ("3 campos no encontrados en esta página"), and which, as technical detail.
 */

/** Fields not found on the page, over every plugin (a field two plugins lost counts for each). */
export function missingFieldCount(health: readonly PluginHealth[]): number {
  return health.reduce((sum, entry) => sum + entry.missing.length, 0);
}

/** "3 campos no encontrados en esta página", in the plural form Intl chooses; null when none is missing. */
export function healthLine(wording: Wording, health: readonly PluginHealth[]): string | null {
  const count = missingFieldCount(health);
  if (count === 0) return null;
  return wording.count({ one: "popupFieldsMissingOne", other: "popupFieldsMissingOther" }, count);
}

/** One line of technical detail per plugin: "Registro (Ecuador): nationality, people[].age". */
export function healthDetail(health: readonly PluginHealth[]): string[] {
  return health.map((entry) => `${entry.plugin}: ${entry.missing.join(", ")}`);
}
