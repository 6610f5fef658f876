import { describe, expect, it } from "vitest";
import { LOCALES } from "../i18n/locale.js";
import { listJurisdictions } from "../jurisdictions/registry.js";
import { assessCase } from "../rules/evaluate.js";
import { SAMPLE_CASES, SAMPLE_TODAY } from "../samples/sample-cases.js";
import { BUILTIN_SITUATIONS } from "../situations/builtin-situations.js";
import { listReports } from "./documents.js";
import { citationLabel, localizeLocator, sourceLabel } from "./source-label.js";

/** Every locator and provision the package cites: profiles, situations and the sample cases' annotations. */
function citedLocators(): Set<string> {
  const found = new Set<string>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) for (const item of value) walk(item);
    else if (value !== null && typeof value === "object") {
      const record = value as Record<string, unknown>;
      if (typeof record.source === "string" && typeof record.locator === "string") found.add(record.locator);
      if (typeof record.instrument === "string" && typeof record.provision === "string") found.add(record.provision);
      for (const item of Object.values(record)) walk(item);
    }
  };
  walk(listJurisdictions());
  walk(BUILTIN_SITUATIONS);
  for (const sample of SAMPLE_CASES) walk(assessCase(sample.facts, { today: SAMPLE_TODAY }).annotations);
  return found;
}

describe("source documents", () => {
  it("describe themselves in every language", () => {
    for (const document of listReports())
      for (const locale of LOCALES) {
        const description = document.description[locale];
        expect(description.length, `${document.id} ${locale}`).toBeGreaterThan(20);
        if (locale !== document.titleLanguage) expect(description).not.toBe(document.title);
      }
  });
});

describe("sourceLabel", () => {
  it("names an instrument by its short title in the reader's language", () => {
    expect(sourceLabel("refugee-convention-1951", "es")).toBe("Convención de 1951");
    expect(sourceLabel("refugee-convention-1951", "pt")).toBe("Convenção de 1951");
    expect(sourceLabel("refugee-convention-1951", "en")).toBe("1951 Convention");
  });

  it("names a document by its title and what it is, in the reader's language", () => {
    const title = "In Search of Safety: Peru turns its back on people fleeing Venezuela";
    expect(sourceLabel("ai-2020-peru", "es")).toBe(
      `${title} — Informe de Amnistía Internacional sobre el trato de Perú a las personas que huyen de Venezuela (2020)`,
    );
    expect(sourceLabel("ai-2020-peru", "pt")).toBe(
      `${title} — Relatório da Anistia Internacional sobre o tratamento dado pelo Peru às pessoas que fogem da Venezuela (2020)`,
    );
    // An English reader reads the title itself: publisher and year are enough.
    expect(sourceLabel("ai-2020-peru", "en")).toBe(`${title} (Amnesty International, 2020)`);
    expect(sourceLabel("psg-2017-amnesty-report", "en")).toMatch(/\(Peru Support Group, 2017\)$/);
  });

  it("says when a source is in no catalogue", () => {
    expect(sourceLabel("pe-unknown-report", "es")).toBe("Fuente no catalogada");
    expect(sourceLabel("pe-unknown-report", "pt")).toBe("Fonte não catalogada");
  });

  it("joins source and locator in a citation", () => {
    expect(citationLabel({ source: "refugee-convention-1951", locator: "art. 33(1)" }, "es")).toBe(
      "Convención de 1951, art. 33(1)",
    );
    expect(citationLabel({ source: "mexico-plan-of-action-2004", locator: "ch. 3 §2" }, "pt")).toMatch(
      /^Mexico Declaration .* — Declaração e Plano de Ação do México .*\(2004\), cap\. 3 §2$/,
    );
    expect(citationLabel({ source: "world-bank-wdi", locator: null }, "en")).toBe(
      "World Development Indicators (SP.POP.TOTL, NY.GDP.MKTP.CD) (World Bank, 2024)",
    );
  });
});

describe("localizeLocator", () => {
  it("translates the abbreviations and words of locators", () => {
    expect(localizeLocator("ch. 5, fn. 89", "es")).toBe("cap. 5, nota 89");
    expect(localizeLocator("ch. 5, fn. 89", "pt")).toBe("cap. 5, nota 89");
    expect(localizeLocator("ch. 5, fn. 89", "en")).toBe("ch. 5, fn. 89");
    expect(localizeLocator("ch. 2 §2.2", "es")).toBe("cap. 2 §2.2");
    expect(localizeLocator("Glossary", "es")).toBe("Glosario");
    expect(localizeLocator("Glossary", "pt")).toBe("Glossário");
    expect(localizeLocator("Declaration (family unity)", "es")).toBe("Declaración (unidad familiar)");
    expect(localizeLocator("Declaration (family unity)", "pt")).toBe("Declaração (unidade familiar)");
    expect(localizeLocator("paragraph on Colombia", "es")).toBe("párrafo sobre Colombia");
    expect(localizeLocator("paragraph on Colombia", "pt")).toBe("parágrafo sobre a Colômbia");
    expect(localizeLocator("paragraph on Ecuador", "pt")).toBe("parágrafo sobre Equador");
    expect(localizeLocator("annex I, art. 3", "es")).toBe("anexo I, art. 3");
    expect(localizeLocator("recitals", "pt")).toBe("considerandos");
  });

  it("keeps article numbers as they are", () => {
    for (const locator of ["art. 33(1)", "arts. 7-8", "art. 1, III", "art. 66 §1", "concl. III(3)", "Decl."])
      for (const locale of LOCALES) expect(localizeLocator(locator, locale)).toBe(locator);
  });

  it("keeps a section title in the document's words, between the reader's quotation marks", () => {
    const locator = "ch. 5, 'Peru imposes a passport requirement', fn. 68; ch. 5, fn. 75";
    expect(localizeLocator(locator, "es")).toBe(
      "cap. 5, «Peru imposes a passport requirement», nota 68; cap. 5, nota 75",
    );
    expect(localizeLocator(locator, "pt")).toBe(
      "cap. 5, «Peru imposes a passport requirement», nota 68; cap. 5, nota 75",
    );
    expect(localizeLocator(locator, "en")).toBe(locator);
    // Words inside the title are the document's own: not translated.
    expect(localizeLocator("ch. 6, 'Appeals against negative first decisions and fn. notes'", "es")).toBe(
      "cap. 6, «Appeals against negative first decisions and fn. notes»",
    );
  });

  it("leaves no English abbreviation or straight-quoted title in any locator the package cites", () => {
    const locators = citedLocators();
    expect(locators.size).toBeGreaterThan(20);
    for (const locator of locators)
      for (const locale of ["es", "pt"] as const) {
        const localized = localizeLocator(locator, locale);
        // Outside «…» nothing English is left.
        const outside = localized.replace(/«[^»]*»/g, "");
        expect(outside, `${locator} (${locale})`).not.toMatch(
          /\b(ch|chs|fn|fns|para|paras|sec)\.|\b(Glossary|Declaration|paragraph|annex|recitals|title|and|on)\b|'/,
        );
      }
  });
});
