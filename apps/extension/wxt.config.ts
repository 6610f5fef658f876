import { defineConfig } from "wxt";
import { defaultClientConditions } from "vite";

import { PORTAL_MATCHES } from "./src/portal-matches.js";
import { devHostPermissions } from "./src/dev-hosts.js";

/** The public key (base64 DER) that fixes the Chromium build's id: mkiebkgloakbcpbdjfbcffkhcadbcdmg. */
const DEVELOPMENT_KEY =
  "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEApL0/oseeAycUzDE8entN+QIDCdZHREByLqW6kayEYIzCNhTEW+5JW7pYxWcCHI1sqGmemeng7bF7RCHQeGu+xJs5u7Ur10iwoqmOKYEt++xogE/FjTi6bkyYpEam/eieIq0z3NuYN1tSas/P650ylbdttqPStUSEtqKRrGE9CfYbLTqqok1mxjH2ZkLyajkpHS/52wwfdeDREf2/HMNoKQdv0jcwzJJZ11zKzN7Cux/vT2roNHT0V0Ov6KRyZtXyHc/rjyct7L8I4gL9m4gBNKQtTtRf/WtBitAE5FUy/po6xTA58I7Et7AaVxOKlsuoZBSbuWvSeSqWOAaJAED/pwIDAQAB";

export default defineConfig({
  imports: false,
  manifest: ({ browser }) => ({
    name: "__MSG_extName__",
    description: "__MSG_extDescription__",
    default_locale: "es",
    permissions: ["storage", "alarms", "scripting"],
    // Development builds may add hosts to test a new portal without the prompt (see src/dev-hosts.ts).
    host_permissions: [...PORTAL_MATCHES, ...devHostPermissions(process.env.SOLIDARIA_DEV_HOSTS)],
    optional_host_permissions: ["https://*/*", "http://*/*"],
    action: { default_title: "Solidaria" },
    // Chromium derives the extension's id from this public key, so the unpacked build has the same id
    // wherever it is loaded from, and the coordination server can be told it in advance (it allows no
    // extension it was not told about). The Chrome Web Store refuses a manifest with a key: a store
    // upload drops it, and the store's id is given to the server instead. No private key is kept: it
    // would only sign a .crx, which the store does.
    ...(browser === "firefox" ? {} : { key: DEVELOPMENT_KEY }),
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
