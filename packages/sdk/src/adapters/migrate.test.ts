import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runPlugin } from "../testing/index.js";
import { AdapterManifest, AdapterManifestV1 } from "./manifest.js";
import { migrateV1 } from "./migrate.js";
import { adapterFromManifest } from "./declarative-adapter.js";

/** An adapter as users imported it before version 2 (the one the extension's end-to-end tests import). */
const v1 = JSON.parse(
  readFileSync(new URL("../../fixtures/ecuador-registry.v1.adapter.json", import.meta.url), "utf8"),
) as unknown;
const savedPage = readFileSync(new URL("../../fixtures/ecuador-registry.html", import.meta.url), "utf8");
const options = { url: "http://localhost/ecuador/registro", today: "2019-11-20" };

describe("version 1 manifests", () => {
  it("become version 2: schemaVersion 1 is 2", () => {
    expect(migrateV1(AdapterManifestV1.parse(v1)).schemaVersion).toBe(2);
    expect(AdapterManifest.parse(v1).schemaVersion).toBe(2);
  });

  it("become version 2: each field's one source is a list of one alternative", () => {
    const migrated = AdapterManifest.parse(v1);
    const original = AdapterManifestV1.parse(v1);
    migrated.pages.forEach((page, pageIndex) =>
      page.fields.forEach((field, fieldIndex) =>
        expect(field.from).toEqual([original.pages[pageIndex]?.fields[fieldIndex]?.from]),
      ),
    );
  });

  it("become version 2: everything else is kept as it was", () => {
    const { pages, schemaVersion: _old, ...identity } = AdapterManifestV1.parse(v1);
    const { pages: migratedPages, schemaVersion: _new, ...migratedIdentity } = AdapterManifest.parse(v1);
    expect(migratedIdentity).toEqual(identity);
    expect(migratedPages.map(({ fields: _fields, ...page }) => page)).toEqual(
      pages.map(({ fields: _fields, ...page }) => page),
    );
    expect(migratedPages.flatMap((page) => page.fields.map(({ from: _from, ...field }) => field))).toEqual(
      pages.flatMap((page) => page.fields.map(({ from: _from, ...field }) => field)),
    );
    // `split` and `transform` are kept too (the manifest in the SDK's tests has both).
    const withSplit = {
      ...(v1 as object),
      pages: [
        {
          kind: "cards",
          records: ".tarjeta",
          fields: [
            { to: "people[0].needs[+]", from: { definition: "N" }, transform: { vocabulary: "need" }, split: "," },
          ],
        },
      ],
    };
    expect(AdapterManifest.parse(withSplit).pages[0]?.fields[0]).toEqual({
      to: "people[0].needs[+]",
      from: [{ definition: "N" }],
      transform: { vocabulary: "need" },
      split: ",",
    });
  });

  it("still load and read the saved page as they did", () => {
    const run = runPlugin(adapterFromManifest(v1), savedPage, options);
    expect(run.records.map((record) => record.facts)).toEqual([
      {
        jurisdiction: "EC",
        reference: "EC-2019-000101",
        nationality: "VE",
        location: { kind: "border" },
        decision: { outcome: "rejected" },
      },
      { jurisdiction: "EC", reference: "EC-2019-000102", nationality: "CO", location: { kind: "inland" } },
    ]);
  });

  it("are refused with the field named in version 1's terms when not valid", () => {
    const broken = structuredClone(v1) as { pages: { fields: { from: unknown }[] }[] };
    const field = broken.pages[0]?.fields[0];
    if (!field) throw new Error("Expected a field in the version 1 fixture");
    field.from = [{ selector: "h3" }]; // alternatives are a version 2 feature
    expect(() => adapterFromManifest(broken)).toThrow(/pages\[0\]\.fields\[0\]\.from/);
  });
});
