import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { builtExtensionId, extensionIdFromKey } from "./extension-id.js";

// The extension's development key (apps/extension/wxt.config.ts) and the id Chromium gave it when the
// end-to-end tests loaded it (their harness checks the two agree on every run).
const KEY =
  "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEApL0/oseeAycUzDE8entN+QIDCdZHREByLqW6kayEYIzCNhTEW+5JW7pYxWcCHI1sqGmemeng7bF7RCHQeGu+xJs5u7Ur10iwoqmOKYEt++xogE/FjTi6bkyYpEam/eieIq0z3NuYN1tSas/P650ylbdttqPStUSEtqKRrGE9CfYbLTqqok1mxjH2ZkLyajkpHS/52wwfdeDREf2/HMNoKQdv0jcwzJJZ11zKzN7Cux/vT2roNHT0V0Ov6KRyZtXyHc/rjyct7L8I4gL9m4gBNKQtTtRf/WtBitAE5FUy/po6xTA58I7Et7AaVxOKlsuoZBSbuWvSeSqWOAaJAED/pwIDAQAB";
const ID = "mkiebkgloakbcpbdjfbcffkhcadbcdmg";

describe("extension ids", () => {
  it("are derived from the manifest key as Chromium does", () => {
    expect(extensionIdFromKey(KEY)).toBe(ID);
  });

  it("are read from a built extension's manifest, or null without a key", () => {
    const dir = mkdtempSync(join(tmpdir(), "solidaria-extension-"));
    try {
      writeFileSync(join(dir, "manifest.json"), JSON.stringify({ manifest_version: 3, key: KEY }));
      expect(builtExtensionId(dir)).toBe(ID);
      writeFileSync(join(dir, "manifest.json"), JSON.stringify({ manifest_version: 3 }));
      expect(builtExtensionId(dir)).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
