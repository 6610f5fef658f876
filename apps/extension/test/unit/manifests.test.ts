import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

/** The built manifests (`pnpm test` builds both browsers first). */
function manifest(target: "chrome-mv3" | "firefox-mv3"): Record<string, unknown> {
  const file = new URL(`../../.output/${target}/manifest.json`, import.meta.url);
  if (!existsSync(file))
    throw new Error(
      `${target} is not built: run "wxt build${target.startsWith("firefox") ? " -b firefox --mv3" : ""}" first`,
    );
  return JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
}

describe.each(["chrome-mv3", "firefox-mv3"] as const)("the %s build", (target) => {
  it("is Manifest V3 with least privilege: the demo portals only, anything else asked for at run time", () => {
    const built = manifest(target);
    expect(built.manifest_version).toBe(3);
    expect(JSON.stringify(built)).not.toContain("<all_urls>");
    expect(built.host_permissions).toEqual(["http://localhost/*", "http://127.0.0.1/*"]);
    expect(built.optional_host_permissions).toEqual(["https://*/*", "http://*/*"]);
    expect(built.permissions).toEqual(["storage", "alarms", "scripting"]);
    expect(built.default_locale).toBe("es");
  });

  it("ships its name and description in es, pt and en, and no remote code", () => {
    for (const locale of ["es", "pt_BR", "pt_PT", "en"]) {
      const messages = JSON.parse(
        readFileSync(new URL(`../../.output/${target}/_locales/${locale}/messages.json`, import.meta.url), "utf8"),
      ) as Record<string, { message: string }>;
      expect(messages.extName?.message).toBeTruthy();
      expect(messages.extDescription?.message).toBeTruthy();
    }
    const content = readFileSync(
      new URL(`../../.output/${target}/content-scripts/content.js`, import.meta.url),
      "utf8",
    );
    expect(content).not.toMatch(/\beval\(|new Function\(|importScripts\(/);
  });
});

it("identifies itself to Firefox", () => {
  const gecko = (
    manifest("firefox-mv3").browser_specific_settings as {
      gecko: { id: string; data_collection_permissions: { required: string[] } };
    }
  ).gecko;
  expect(gecko.id).toBe("extension@solidaria.invalid");
  // Declared to Firefox: no data collected.
  expect(gecko.data_collection_permissions).toEqual({ required: ["none"] });
});
