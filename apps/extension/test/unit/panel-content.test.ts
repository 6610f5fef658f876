import { describe, expect, it } from "vitest";
import { Window } from "happy-dom";
import type { Annotation } from "@solidaria/domain";
import type { RecordResult } from "@solidaria/sdk";
import { badgeLabel } from "../../src/content/badge-label.js";
import { panelContent } from "../../src/content/panel-content.js";
import { Wording } from "../../src/ui/wording.js";
import { ENUM_VALUE_WORDS } from "../enum-values.js";

const document = new Window().document as unknown as Document;
const TODAY = "2026-12-01";

const rejection: Annotation = {
  code: "nonrefoulement.border-rejection",
  severity: "critical",
  title: { es: "Riesgo de devolución", pt: "Risco de devolução", en: "Refoulement risk" },
  detail: { es: "Detalle.", pt: "Detalhe.", en: "Detail." },
  action: { es: "No devolver.", pt: "Não devolver.", en: "Do not return." },
  due: "2026-12-04",
  daysLeft: 3,
  facts: [
    { path: "location.kind", value: "border" },
    { path: "location.kind", value: "border" },
    { path: "people[1].needs", value: ["chronic-illness"] },
    { path: "claim.stage", value: null },
  ],
  basis: [
    {
      instrument: "refugee-convention-1951",
      provision: "art. 33(1)",
      source: { source: "refugee-convention-1951", locator: "art. 33(1)" },
    },
    {
      instrument: "refugee-convention-1951",
      provision: "art. 33(1)",
      source: { source: "refugee-convention-1951", locator: "art. 33(1)" },
    },
    {
      instrument: "refugee-convention-1951",
      provision: "art. 33(1)",
      source: { source: "ai-2020-peru", locator: "ch. 7, fn. 140" },
    },
    {
      instrument: "cartagena-declaration-1984",
      provision: "concl. III(5)",
      source: { source: "cartagena-declaration-1984", locator: null },
    },
    { instrument: null, provision: null, source: { source: "ai-2020-peru", locator: "ch. 5, fn. 89" } },
  ],
  people: ["person-2"],
  findings: [
    {
      text: { es: "La fuente concluye algo.", pt: "A fonte conclui algo.", en: "The source concludes something." },
      source: { source: "ai-2020-peru", locator: "ch. 7" },
    },
  ],
  dataAge: [],
};

const result: RecordResult = {
  page: "list",
  reference: "C-1",
  facts: {
    jurisdiction: "PE",
    people: [
      { relationship: "principal", age: 34 },
      { relationship: "parent", sex: "female", age: 62 },
    ],
  } as RecordResult["facts"],
  annotations: [rejection],
  undetermined: [{ code: "definition.cartagena-not-assessed", missing: ["decision.grounds"] }],
  errors: [],
};

function text(locale: "es" | "pt" | "en"): string {
  const root = document.createElement("div");
  root.append(panelContent(document, result, result.annotations, new Wording(locale, TODAY)));
  return [...root.querySelectorAll("h3, p, li")].map((node) => node.textContent).join("\n");
}

describe("the panel's explanation", () => {
  it("puts facts in words: no field path, no raw value", () => {
    for (const locale of ["es", "pt"] as const) {
      const words = text(locale);
      expect(words).not.toMatch(/\b[a-z]+(?:\[\d+\])?\.[a-z][A-Za-z]*\b/);
      expect(ENUM_VALUE_WORDS.filter((value) => words.split(/[^\p{L}\p{N}-]+/u).includes(value))).toEqual([]);
    }
    expect(text("es")).toContain("Necesidades de la madre (62 años): Enfermedad crónica");
    expect(text("es")).toContain("Concierne a: la madre (62 años)");
  });

  it("dates the deadline in the reader's format and says how far it is", () => {
    expect(text("es")).toContain("Fecha límite: 4 de diciembre de 2026 (dentro de 3 días)");
    expect(text("pt")).toContain("(em 3 dias)");
  });

  it("gives each provision one line, naming its sources and whether it binds; practice is not law", () => {
    const lines = text("es").split("\n");
    const convention = lines.filter((line) => line.startsWith("Convención de 1951, art. 33(1)"));
    expect(convention).toHaveLength(1);
    expect(convention[0]).toMatch(/^Convención de 1951, art\. 33\(1\) \(vinculante\) — según .+cap\. 7, nota 140$/);
    expect(lines).toContain("Declaración de Cartagena, concl. III(5) (no vinculante)");
    expect(lines.some((line) => line.endsWith("cap. 5, nota 89 (documenta la práctica, no es una norma)"))).toBe(true);
    // Facts too appear once, whatever the rule repeated.
    expect(lines.filter((line) => line === "Dónde se encuentra la persona: Frontera")).toHaveLength(1);
  });

  it("shows what a source concludes apart, under its own label, and what could not be assessed", () => {
    const words = text("es");
    expect(words).toContain("Lo que concluye la fuente (no es una norma)");
    expect(words).toContain("La fuente concluye algo. (");
    expect(words).toContain("No evaluado por falta de datos");
    expect(words).toMatch(/Definición ampliada[^\n]*: falta Fundamentos de la decisión/);
  });
});

describe("the badge's words", () => {
  const words = new Wording("es", TODAY);

  it("name the most urgent annotation, its due date and how many more there are", () => {
    const second: Annotation = {
      ...rejection,
      code: "vulnerability.child",
      severity: "warning",
      due: null,
      daysLeft: null,
    };
    const label = badgeLabel([rejection, second, second], words);
    expect(label.text).toBe("Riesgo de devolución · vence el 4 dic +2");
    expect(label.icon).toBe("✖");
    expect(label.description).toBe("Solidaria: 1 alerta crítica y 2 advertencias. Abre los detalles de protección.");
    expect(badgeLabel([rejection], new Wording("pt", TODAY)).description).toBe(
      "Solidaria: 1 alerta crítico. Abre os detalhes de proteção.",
    );
  });

  it("say a checked case has nothing, quietly", () => {
    expect(badgeLabel([], words)).toMatchObject({ severity: null, icon: "✓", text: "Sin alertas" });
  });
});
