import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Chromium's id for an extension whose manifest carries `key` (its public key, base64 DER): the first
 * 128 bits of the key's SHA-256, in hexadecimal written with the letters a-p instead of 0-f. The id
 * is then the same wherever the extension is loaded from, so the server can be told it in advance.
 */
export function extensionIdFromKey(base64Key: string): string {
  const digest = createHash("sha256").update(Buffer.from(base64Key, "base64")).digest("hex").slice(0, 32);
  return [...digest].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join("");
}

/** The id of the extension built in `outputDir` (its manifest.json's `key`), or null when it has no key. */
export function builtExtensionId(outputDir: string): string | null {
  const manifest = JSON.parse(readFileSync(join(outputDir, "manifest.json"), "utf8")) as { key?: unknown };
  return typeof manifest.key === "string" ? extensionIdFromKey(manifest.key) : null;
}
