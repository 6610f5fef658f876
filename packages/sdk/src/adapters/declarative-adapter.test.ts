import { describe, expect, it } from "vitest";
import { runPlugin } from "../testing/index.js";
import { Window } from "happy-dom";
import { AdapterManifest } from "./manifest.js";
import { adapterFromManifest, AdapterManifestError, invalidSelectors, setPath } from "./declarative-adapter.js";

const manifest = {
  schemaVersion: 1,
  id: "ec.registry.list",
  name: "Registro (Ecuador) — tarjetas",
  version: "1.0.0",
  jurisdiction: "EC",
  matches: ["*://registro.test/*"],
  pages: [
    {
      kind: "cards",
      records: ".tarjeta",
      anchor: "h3",
      fields: [
        { to: "reference", from: { selector: "h3" } },
        { to: "nationality", from: { definition: "Nacionalidad" }, transform: "country" },
        { to: "people[0].birthDate", from: { definition: "Nacimiento" }, transform: "date" },
        {
          to: "people[0].needs[+]",
          from: { definition: "Necesidades" },
          transform: { vocabulary: "need" },
          split: ",",
        },
        {
          to: "location.kind",
          from: { selector: "[data-lugar]", attribute: "data-lugar" },
          transform: { map: { frontera: "border", ciudad: "inland" } },
        },
        { to: "decision.outcome", from: { definition: "Resultado" }, transform: { vocabulary: "decision-outcome" } },
        { to: "decision.written", from: { definition: "Por escrito" }, transform: "yes-no" },
      ],
    },
  ],
};

/** The value, or a thrown Error naming what the test expected to find. */
function defined<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`Expected ${what}, found none`);
  return value;
}

/** The first page of a copy of the manifest, for a test to change. */
const firstPage = (copy: typeof manifest) => defined(copy.pages[0], "a page in the test manifest");

const html = `<div class="tarjeta"><h3>EC-1</h3><span data-lugar="frontera"></span><dl><dt>Nacionalidad</dt><dd>Colombiana</dd>
<dt>Nacimiento</dt><dd>2 de enero de 1950</dd><dt>Necesidades</dt><dd>Discapacidad, Enfermedad crónica</dd>
<dt>Resultado</dt><dd>Negado</dd><dt>Por escrito</dt><dd>No</dd></dl></div>
<div class="tarjeta"><h3>EC-2</h3><dl><dt>Nacionalidad</dt><dd>Marte</dd></dl></div>`;

describe("declarative adapters", () => {
  it("run from JSON with no code and annotate the page", () => {
    const plugin = adapterFromManifest(JSON.parse(JSON.stringify(manifest)));
    const run = runPlugin(plugin, html, { url: "https://registro.test/casos", today: "2019-11-20" });
    expect(run.records[0]?.facts).toEqual({
      jurisdiction: "EC",
      reference: "EC-1",
      nationality: "CO",
      people: [{ birthDate: "1950-01-02", needs: ["disability", "chronic-illness"] }],
      location: { kind: "border" },
      decision: { outcome: "rejected", written: false },
    });
    expect(run.records[0]?.codes).toEqual(
      expect.arrayContaining([
        "nonrefoulement.border-rejection",
        "procedure.no-written-decision",
        "vulnerability.older-person",
        "vulnerability.disability",
      ]),
    );
    // A value the adapter cannot read is simply absent, never guessed.
    expect(run.records[1]?.facts).toEqual({ jurisdiction: "EC", reference: "EC-2" });
  });

  it("reject an invalid manifest, naming each bad field", () => {
    expect(() => adapterFromManifest({ ...manifest, schemaVersion: 3 })).toThrow(/schemaVersion: .*1.*2/);
    const broken = {
      ...manifest,
      jurisdiction: "XX",
      pages: [{ ...manifest.pages[0], fields: [{ to: "decision..outcome", from: { cell: "x" } }] }],
    };
    expect(() => adapterFromManifest(broken)).toThrow(AdapterManifestError);
    try {
      adapterFromManifest(broken);
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain("jurisdiction: is not an ISO 3166-1 alpha-2 country code");
      expect(message).toContain("pages[0].fields[0].to: must be a CaseFacts path");
    }
    expect(() => adapterFromManifest({ ...manifest, matches: ["not a pattern"] })).toThrow(/not a match pattern/);
  });

  it("cannot reach Object's own machinery, whatever the manifest or the portal text says", () => {
    const polluting = structuredClone(manifest);
    firstPage(polluting).fields.push({ to: "constructor.prototype.jurisdiction", from: { selector: "h3" } });
    expect(() => adapterFromManifest(polluting)).toThrow(
      /pages\[0\]\.fields\[7\]\.to: must be a CaseFacts path, not constructor or prototype/,
    );
    expect(() => setPath({}, "constructor.prototype.x", 1)).toThrow(/not a CaseFacts path/);
    expect(({} as Record<string, unknown>).jurisdiction).toBeUndefined();

    const mapping = structuredClone(manifest);
    firstPage(mapping).fields = [
      { to: "reference", from: { selector: "h3" } },
      { to: "location.kind", from: { selector: "h3" }, transform: { map: { frontera: "border" } } },
    ] as never;
    const run = runPlugin(adapterFromManifest(mapping), `<div class="tarjeta"><h3>constructor</h3></div>`, {
      url: "https://registro.test/x",
      today: "2019-11-20",
    });
    expect(run.records[0]?.facts?.location).toBeUndefined();
  });

  it("read integers as written, and nothing else as an integer", () => {
    const counting = structuredClone(manifest);
    firstPage(counting).fields = [
      { to: "reference", from: { selector: "h3" } },
      { to: "people[0].age", from: { selector: "[data-edad]" }, transform: "integer" },
    ] as never;
    const plugin = adapterFromManifest(counting);
    const age = (text: string) =>
      runPlugin(plugin, `<div class="tarjeta"><h3>EC-1</h3><span data-edad>${text}</span></div>`, {
        url: "https://registro.test/x",
        today: "2019-11-20",
      }).records[0]?.facts?.people?.[0]?.age;
    expect(age("35")).toBe(35);
    expect(age("35 años")).toBe(35);
    expect(age("desconocida")).toBeUndefined();
    expect(age("1,5")).toBeUndefined();
    expect(age("1.5")).toBeUndefined();
  });

  it("name every selector the browser would refuse", () => {
    const broken = structuredClone(manifest);
    firstPage(broken).records = "div.tarjeta[";
    const field = defined(firstPage(broken).fields[0], "a field in the test manifest");
    (field.from as { selector: string }).selector = "h3 >";
    const { document } = new Window();
    // A version 1 manifest is checked once migrated: its single source is the first alternative.
    expect(invalidSelectors(AdapterManifest.parse(broken), document as unknown as Document)).toEqual([
      "pages[0].records: not a valid CSS selector: div.tarjeta[",
      "pages[0].fields[0].from[0].selector: not a valid CSS selector: h3 >",
    ]);
    expect(invalidSelectors(AdapterManifest.parse(manifest), document as unknown as Document)).toEqual([]);
  });

  it("setPath builds nested objects and lists", () => {
    const target: Record<string, unknown> = {};
    setPath(target, "people[1].age", 4);
    setPath(target, "documents[+].kind", "passport");
    setPath(target, "documents[+].kind", "national-id");
    expect(target).toEqual({
      people: [undefined, { age: 4 }],
      documents: [{ kind: "passport" }, { kind: "national-id" }],
    });
  });
});
