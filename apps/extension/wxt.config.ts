import { defineConfig } from "wxt";
import { defaultClientConditions } from "vite";

import { PORTAL_MATCHES } from "./src/portal-matches.js";

export default defineConfig({
  imports: false,
  manifest: ({ browser }) => ({
    name: "__MSG_extName__",
    description: "__MSG_extDescription__",
    default_locale: "es",
    permissions: ["storage", "alarms", "scripting"],
    host_permissions: PORTAL_MATCHES,
    optional_host_permissions: ["https://*/*", "http://*/*"],
    action: { default_title: "Solidaria" },
    ...(browser === "firefox"
      ? {
          browser_specific_settings: {
            // No data is collected: case data never leaves the page, and sync only downloads public
            // aggregates. Firefox reads this declaration from version 140 (the current ESR).
            gecko: {
              id: "extension@solidaria.invalid",
              strict_min_version: "140.0",
              data_collection_permissions: { required: ["none"] },
            },
            gecko_android: { strict_min_version: "142.0" },
          },
        }
      : {}),
  }),
  vite: () => ({
    // Workspace packages are compiled from their TypeScript source.
    resolve: { conditions: ["@solidaria/source", ...defaultClientConditions] },
  }),
});
