import { describe, expect, it } from "vitest";
import { cellText, definePlugin } from "../src/index.js";
import { runPlugin } from "../src/testing/index.js";

/**
 * What a plugin author reads when a record does not validate: the field, what was expected and what
 * the extractor returned, not "is required" for a value that is there but of the wrong type.
 */
const page = `<!DOCTYPE html><html lang="es"><body><table class="cases">
<thead><tr><th>Caso</th><th>Edad</th><th>Lugar</th></tr></thead>
<tbody><tr><td>DEMO-1</td><td>68</td><td>Tumbes</td></tr></tbody></table></body></html>`;

const careless = definePlugin({
  id: "test.careless",
  name: "A plugin that forgets to convert",
  version: "0.1.0",
  jurisdiction: "PE",
  matches: ["*://*/casos/*"],
  pages: [
    {
      kind: "case-list",
      records: "table.cases tbody tr",
      extract(row) {
        return {
          reference: cellText(row, "Caso"),
          // The age as the page shows it (text), and a place without saying what kind of place it is.
          people: [{ age: cellText(row, "Edad") }],
          location: { place: cellText(row, "Lugar") },
        };
      },
    },
  ],
});

describe("a record that does not validate", () => {
  const [record] = runPlugin(careless, page, { url: "http://localhost/casos/", today: "2019-11-20" }).records;

  it("says what was expected and what came, naming each field", () => {
    expect(record?.facts).toBeNull();
    expect(record?.errors).toEqual([
      'location.kind: is required: one of "border", "port-of-entry", "airport", "inland", "detention"',
      "people[0].age: expected a number, got text",
    ]);
  });
});
