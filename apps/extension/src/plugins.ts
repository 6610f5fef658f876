import { adapterFromManifest, type Plugin } from "@solidaria/sdk";
import { peCeprPlugin } from "@solidaria/plugin-pe-cepr";
import { peMigracionesPlugin } from "@solidaria/plugin-pe-migraciones";
import { demoSpaPlugin } from "@solidaria/plugin-demo-spa";
import type { Settings } from "./settings.js";

export const BUILTIN_PLUGINS: readonly Plugin[] = [peCeprPlugin, peMigracionesPlugin, demoSpaPlugin];

/** The built-in plugins the user left on, plus every imported adapter that is still valid. */
export function activePlugins(settings: Settings): Plugin[] {
  const adapters: Plugin[] = [];
  for (const manifest of settings.adapters) {
    try {
      adapters.push(adapterFromManifest(manifest));
    } catch (error) {
      console.warn("[solidaria] ignoring an invalid adapter:", (error as Error).message);
    }
  }
  return [...BUILTIN_PLUGINS.filter((plugin) => !settings.disabledPlugins.includes(plugin.id)), ...adapters];
}
