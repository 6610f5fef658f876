import { describe, expect, it } from "vitest";
import { Window } from "happy-dom";
import { runPlugin } from "../testing/index.js";
import { AdapterManifest } from "./manifest.js";
import { adapterFromManifest, invalidSelectors } from "./declarative-adapter.js";

/** One feature of version 2 per test, each on a small page of cards (`.caso`, reference in data-ref). */

const PAGE_URL = "https://registro.test/casos";
const TODAY = "2019-11-20";

function manifest(fields: readonly unknown[]) {
  return {
    schemaVersion: 2,
    id: "ec.registro.prueba",
    name: "Registro de prueba",
    version: "2.0.0",
    jurisdiction: "EC",
    matches: ["*://registro.test/*"],
    pages: [
      {
        kind: "cards",
        records: ".caso",
        fields: [{ to: "reference", from: { selector: ":scope", attribute: "data-ref" } }, ...fields],
      },
    ],
  };
}

/** The facts each card of `cards` gives, as the harness reads them. */
function read(fields: readonly unknown[], ...cards: string[]) {
  const html = cards.map((card, index) => `<div class="caso" data-ref="EC-${index + 1}">${card}</div>`).join("\n");
  return runPlugin(adapterFromManifest(manifest(fields)), html, { url: PAGE_URL, today: TODAY }).records.map(
    (record) => record.facts ?? record.errors,
  );
}

/** The message adapterFromManifest throws for these fields. */
function problem(fields: readonly unknown[]): string {
  try {
    adapterFromManifest(manifest(fields));
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("Expected the manifest to be refused");
}

describe("adapter manifests, version 2", () => {
  it("try a field's alternative sources in order: the first found is read, wherever it is in the page", () => {
    const nationality = {
      to: "nationality",
      from: [{ definition: "Nacionalidad" }, { selector: ".pais" }],
      transform: "country",
    };
    expect(
      read(
        [nationality],
        `<span class="pais">Perú</span><dl><dt>Nacionalidad</dt><dd>Colombiana</dd></dl>`,
        `<span class="pais">Venezuela</span>`,
        `<p>nada</p>`,
      ),
    ).toEqual([
      { jurisdiction: "EC", reference: "EC-1", nationality: "CO" },
      { jurisdiction: "EC", reference: "EC-2", nationality: "VE" },
      { jurisdiction: "EC", reference: "EC-3" },
    ]);
  });

  it("read the record element itself with :scope (its attributes or its text)", () => {
    expect(
      read(
        [
          {
            to: "location.kind",
            from: { selector: ":scope", attribute: "data-lugar" },
            transform: { map: { frontera: "border" } },
          },
        ],
        `<span hidden data-lugar="ciudad"></span>`,
      ),
    ).toEqual([{ jurisdiction: "EC", reference: "EC-1" }]);
    const html = `<div class="caso" data-ref="EC-9" data-lugar="frontera">x</div>`;
    const plugin = adapterFromManifest(
      manifest([
        {
          to: "location.kind",
          from: { selector: ":scope", attribute: "data-lugar" },
          transform: { map: { frontera: "border" } },
        },
        { to: "location.place", from: { selector: ":scope" } },
      ]),
    );
    expect(runPlugin(plugin, html, { url: PAGE_URL, today: TODAY }).records[0]?.facts).toEqual({
      jurisdiction: "EC",
      reference: "EC-9",
      location: { kind: "border", place: "x" },
    });
  });

  it("use the default only when the page shows nothing: never for text it does not understand", () => {
    const place = {
      to: "location.kind",
      from: { definition: "Lugar" },
      transform: { map: { frontera: "border" } },
      default: "inland",
    };
    expect(
      read(
        [place],
        `<dl><dt>Lugar</dt><dd>Frontera</dd></dl>`,
        `<dl><dt>Otro</dt><dd>x</dd></dl>`,
        `<dl><dt>Lugar</dt><dd>—</dd></dl>`,
        `<dl><dt>Lugar</dt><dd>Marte</dd></dl>`,
      ).map((facts) => (facts as { location?: unknown }).location),
    ).toEqual([{ kind: "border" }, { kind: "inland" }, { kind: "inland" }, undefined]);
  });

  it("narrow a value with a regular expression: its first capture group, or the group named value", () => {
    const decided = { to: "decision.date", from: { selector: ".estado" }, match: { regex: "(\\d{2}/\\d{2}/\\d{4})" } };
    const named = {
      to: "claim.date",
      from: { selector: ".estado" },
      match: { regex: "solicitud del? (?<value>\\d{2}/\\d{2}/\\d{4})", ignoreCase: true },
    };
    expect(
      read(
        [
          // A decision needs its outcome to be valid CaseFacts: given here, as the page says "Negado".
          { to: "decision.outcome", from: { selector: ".estado" }, transform: { vocabulary: "decision-outcome" } },
          { ...decided, transform: "date" },
          { ...named, transform: "date" },
        ],
        `<p class="estado">Negado el 30/09/2019 (SOLICITUD DEL 05/09/2019)</p>`,
        `<p class="estado">En trámite</p>`,
      ),
    ).toEqual([
      {
        jurisdiction: "EC",
        reference: "EC-1",
        decision: { outcome: "rejected", date: "2019-09-30" },
        claim: { date: "2019-09-05" },
      },
      { jurisdiction: "EC", reference: "EC-2" },
    ]);
  });

  it("keep a value only when it contains given words (case, accents and spacing ignored), or give a value then", () => {
    const verbal = {
      to: "decision.written",
      from: { selector: ".estado" },
      match: { contains: "notificación verbal", value: false },
    };
    const border = {
      to: "entry.place",
      from: { selector: ".lugar" },
      match: { contains: "frontera" },
    };
    const outcome = {
      to: "decision.outcome",
      from: { selector: ".estado" },
      transform: { vocabulary: "decision-outcome" },
    };
    expect(
      read(
        [outcome, verbal, border],
        `<p class="estado">Indeferido em 30/09/2019 — NOTIFICACION   verbal</p><p class="lugar">Frontera norte</p>`,
        `<p class="estado">Notificación verbalizada por escrito</p><p class="lugar">Quito</p>`,
      ),
    ).toEqual([
      {
        jurisdiction: "EC",
        reference: "EC-1",
        decision: { outcome: "rejected", written: false },
        entry: { place: "Frontera norte" },
      },
      { jurisdiction: "EC", reference: "EC-2" },
    ]);
  });

  it("apply fields in order: a later field that finds a value overrides an earlier one; one that finds none does not", () => {
    const fields = [
      { to: "nationality", from: { definition: "País" }, transform: "country" },
      { to: "nationality", from: { definition: "Nacionalidad" }, transform: "country" },
    ];
    expect(
      read(
        fields,
        `<dl><dt>País</dt><dd>Perú</dd><dt>Nacionalidad</dt><dd>Venezolana</dd></dl>`,
        `<dl><dt>País</dt><dd>Perú</dd></dl>`,
        `<dl><dt>País</dt><dd>Perú</dd><dt>Nacionalidad</dt><dd>s/d</dd></dl>`,
      ).map((facts) => (facts as { nationality?: string }).nationality),
    ).toEqual(["VE", "PE", "PE"]);
  });

  it("keep the items of a list value apart: split takes each item, then the separator within it", () => {
    const needs = {
      to: "people[0].needs[+]",
      from: { definition: "Necesidades" },
      transform: { vocabulary: "need" },
      split: ",",
    };
    expect(
      read(
        [needs],
        `<dl><dt>Necesidades</dt><dd><ul><li>Discapacidad</li><li>Enfermedad crónica, Embarazo</li></ul></dd></dl>`,
      ),
    ).toEqual([
      {
        jurisdiction: "EC",
        reference: "EC-1",
        people: [{ needs: ["disability", "chronic-illness", "pregnancy"] }],
      },
    ]);
  });

  it("read repeated items into CaseFacts lists: people, documents, remedies, family in the country", () => {
    const fields = [
      {
        to: "people",
        items: { definition: "Grupo familiar" },
        fields: [
          { to: "relationship", from: { selector: ":scope" }, transform: { vocabulary: "relationship" } },
          { to: "age", from: { selector: ":scope" }, match: { regex: "(\\d+) años" }, transform: "integer" },
        ],
      },
      {
        to: "documents",
        items: { selector: ["table.docs tbody tr", ".doc"] },
        fields: [
          {
            to: "kind",
            from: [{ cell: "Documento" }, { selector: ".tipo" }],
            transform: { map: { Pasaporte: "passport" } },
          },
          { to: "status", from: [{ cell: "Estado" }, { selector: ".estado" }], default: "unknown" },
        ],
      },
      {
        to: "remedies",
        items: { selector: "table.recursos tbody tr" },
        fields: [
          { to: "step", from: { cell: "Recurso" }, transform: { map: { Reconsideración: "reconsideration" } } },
          { to: "filedOn", from: { cell: "Presentado" }, transform: "date" },
          { to: "outcome", from: { cell: "Resultado" }, transform: { map: { "En trámite": "pending" } } },
        ],
      },
      {
        to: "familyInCountry",
        items: { selector: ".familiar" },
        fields: [
          { to: "relationship", from: { selector: ".parentesco" }, transform: { vocabulary: "relationship" } },
          { to: "status", from: { selector: ".condicion" }, transform: { vocabulary: "residence-status" } },
        ],
      },
    ];
    const card = `<dl><dt>Grupo familiar</dt><dd><ul><li>Titular, 34 años</li><li>Hija, 7 años</li><li>Hija política</li></ul></dd></dl>
<table class="docs"><thead><tr><th>Documento</th><th>Estado</th></tr></thead><tbody><tr><td>Pasaporte</td><td>—</td></tr></tbody></table>
<table class="recursos"><thead><tr><th>Recurso</th><th>Presentado</th><th>Resultado</th></tr></thead>
<tbody><tr><td>Reconsideración</td><td>02/10/2019</td><td>En trámite</td></tr></tbody></table>
<p class="familiar"><span class="parentesco">Hermano</span> <span class="condicion">Refugiado</span></p>`;
    const redesigned = `<ul><li class="doc"><span class="tipo">Pasaporte</span></li></ul>`;
    expect(read(fields, card, redesigned)).toEqual([
      {
        jurisdiction: "EC",
        reference: "EC-1",
        // "Hija política" (a daughter-in-law) is not a child: that item gives nothing and adds no entry.
        people: [
          { relationship: "principal", age: 34 },
          { relationship: "child", age: 7 },
        ],
        documents: [{ kind: "passport", status: "unknown" }],
        remedies: [{ step: "reconsideration", filedOn: "2019-10-02", outcome: "pending" }],
        familyInCountry: [{ relationship: "sibling", status: "refugee" }],
      },
      { jurisdiction: "EC", reference: "EC-2", documents: [{ kind: "passport", status: "unknown" }] },
    ]);
  });

  it("match map keys ignoring case, accents and spacing, with boolean (and number) values", () => {
    const written = {
      to: "decision.written",
      from: { definition: "Notificación" },
      transform: { map: { "Por escrito": true, Verbal: false } },
    };
    const days = {
      to: "entry.authorizedDays",
      from: { definition: "Permanencia" },
      transform: { map: { Turista: 90 } },
    };
    const outcome = { to: "decision.outcome", from: { constant: "rejected" } };
    expect(
      read(
        [outcome, written, days],
        `<dl><dt>Notificación</dt><dd>POR   ESCRITO</dd><dt>Permanencia</dt><dd>turista</dd></dl>`,
        `<dl><dt>Notificación</dt><dd> verbal </dd></dl>`,
      ),
    ).toEqual([
      {
        jurisdiction: "EC",
        reference: "EC-1",
        decision: { outcome: "rejected", written: true },
        entry: { authorizedDays: 90 },
      },
      { jurisdiction: "EC", reference: "EC-2", decision: { outcome: "rejected", written: false } },
    ]);
  });

  it("tolerate trailing detail that starts with a number or a date, never words that change the meaning", () => {
    const fields = [
      { to: "decision.outcome", from: { selector: ".resultado" }, transform: { vocabulary: "decision-outcome" } },
      { to: "claim.stage", from: { selector: ".etapa" }, transform: { vocabulary: "procedure-stage" } },
      {
        to: "familyInCountry",
        items: { selector: ".familiar" },
        fields: [
          { to: "relationship", from: { selector: ".parentesco" }, transform: { vocabulary: "relationship" } },
          { to: "status", from: { selector: ".condicion" }, transform: { vocabulary: "residence-status" } },
        ],
      },
    ];
    const [tolerated, guarded] = read(
      fields,
      `<p class="resultado">Indeferido em 30/09/2019 — notificação verbal</p><p class="etapa">En apelación desde 2019</p>
<p class="familiar"><span class="parentesco">Hija, 7 años</span> <span class="condicion">Refugiada (Res. 12-2019)</span></p>`,
      `<p class="resultado">Negado por segunda vez</p><p class="etapa">En trámite de apelación</p>
<p class="familiar"><span class="parentesco">Hija política</span> <span class="condicion">Solicitante de PTP</span></p>`,
    );
    expect(tolerated).toMatchObject({
      decision: { outcome: "rejected" },
      claim: { stage: "appeal" },
      familyInCountry: [{ relationship: "child", status: "refugee" }],
    });
    // Each of these would have been a false match: the record gets nothing rather than a wrong value.
    expect(guarded).toEqual({ jurisdiction: "EC", reference: "EC-2" });
  });

  it("refuse a manifest that cannot be right, naming the field and what was expected", () => {
    expect(
      problem([{ to: "people[0]", items: { selector: "li" }, fields: [{ to: "age", from: { selector: "b" } }] }]),
    ).toContain("pages[0].fields[1].to: with items, must name a CaseFacts list such as people, documents or remedies");
    expect(problem([{ to: "claim.date", from: { selector: "p" }, match: { regex: "(\\d+" } }])).toContain(
      "pages[0].fields[1].match.regex: must be a valid regular expression",
    );
    expect(problem([{ to: "claim.date", from: { selector: "p" }, match: { regex: "x", contains: "y" } }])).toContain(
      'pages[0].fields[1].match: needs either "regex" or "contains"',
    );
    expect(
      problem([
        {
          to: "people",
          from: { selector: "p" },
          items: { selector: "li" },
          fields: [{ to: "age", from: { selector: "b" } }],
        },
      ]),
    ).toContain('pages[0].fields[1]: needs either "from" (one value) or "items" with their "fields"');
    expect(problem([{ to: "people", items: { selector: "li" } }])).toContain(
      'pages[0].fields[1]: "items" and "fields" go together',
    );
    expect(
      problem([
        { to: "people", items: { selector: "li", definition: "x" }, fields: [{ to: "age", from: { selector: "b" } }] },
      ]),
    ).toContain('pages[0].fields[1].items: needs either "selector" or "definition"');
  });

  it("name every alternative and item selector the browser would refuse", () => {
    const parsed = AdapterManifest.parse(
      manifest([
        { to: "nationality", from: [{ definition: "País" }, { selector: "p >" }] },
        {
          to: "people",
          items: { selector: ["li", "ul >"] },
          fields: [{ to: "age", from: [{ selector: ":scope" }, { selector: "b[" }] }],
        },
      ]),
    );
    const { document } = new Window();
    expect(invalidSelectors(parsed, document as unknown as Document)).toEqual([
      "pages[0].fields[1].from[1].selector: not a valid CSS selector: p >",
      "pages[0].fields[2].items.selector[1]: not a valid CSS selector: ul >",
      "pages[0].fields[2].fields[0].from[1].selector: not a valid CSS selector: b[",
    ]);
  });
});
