import type { AdapterManifestV1, AdapterManifestV2 } from "./manifest.js";

/**
 * Version 1 manifests, as users imported them, keep working: each is rewritten into version 2 before
 * it is validated again and run. The rules, each with its test in migrate.test.ts:
 * - `schemaVersion` 1 becomes 2;
 * - each field's single source `from: {...}` becomes a list of one alternative `from: [{...}]`;
 * - everything else (ids, pages, selectors, transforms, `split`) means the same in both versions.
 * Version 1 read a value shown as a list (`<li>` items) as one run of text with nothing between the
 * items; version 2 keeps a line break between them, which no version 1 manifest could rely on.
 */
export function migrateV1(manifest: AdapterManifestV1): AdapterManifestV2 {
  return {
    ...manifest,
    schemaVersion: 2,
    pages: manifest.pages.map((page) => ({
      ...page,
      fields: page.fields.map((field) => ({ ...field, from: [field.from] })),
    })),
  };
}
