import type { PageHealth } from "@solidaria/sdk";
import type { PluginHealth } from "../messaging/page-summary.js";

/**
 * What the popup is told about the page's health: per plugin, the fields none of its page kinds found
 * on any case here (each named once), leaving out plugins that found every field. Names only, from
 * the plugin's own definition: no value read from the page.
 */
export function pluginHealth(
  plugins: readonly { readonly plugin: string; readonly pages: readonly PageHealth[] }[],
): PluginHealth[] {
  return plugins
    .map(({ plugin, pages }) => ({ plugin, missing: [...new Set(pages.flatMap((page) => page.missing))] }))
    .filter((entry) => entry.missing.length > 0);
}
