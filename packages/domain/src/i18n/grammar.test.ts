import { describe, expect, it } from "vitest";
import { listInstruments } from "../instruments/catalogue.js";
import { listJurisdictions } from "../jurisdictions/registry.js";
import { lawReference } from "../rules/builtin/text.js";
import { ANNOTATION_NAMES } from "./annotation-names.js";
import { fromCountry, inCountry, legalName, nameGender, ofCountries, ofCountry, toCountry } from "./grammar.js";

describe("country names in running text", () => {
  it("put the Portuguese article, contracted, before the countries that take one", () => {
    expect(inCountry("VE").pt).toBe("na Venezuela");
    expect(fromCountry("VE").pt).toBe("da Venezuela");
    expect(toCountry("EC").pt).toBe("para o Equador");
    expect(ofCountry("PE").pt).toBe("do Peru");
    expect(ofCountry("CO").pt).toBe("da Colômbia");
    expect(inCountry("US").pt).toBe("nos Estados Unidos");
  });

  it("leave bare the names that take none, in Portuguese, and every name in Spanish", () => {
    expect(inCountry("CU").pt).toBe("em Cuba");
    expect(toCountry("HN").pt).toBe("para Honduras");
    expect(inCountry("VE").es).toBe("en Venezuela");
    expect(toCountry("EC").es).toBe("hacia Ecuador");
  });

  it("give English its 'the' where the name needs one", () => {
    expect(inCountry("US").en).toBe("in the United States of America");
    expect(fromCountry("VE").en).toBe("from Venezuela");
    expect(ofCountries(["VE", "HT"])).toEqual({
      es: "de Venezuela y de Haití",
      pt: "da Venezuela e do Haiti",
      en: "of Venezuela and Haiti",
    });
  });
});

describe("laws and bodies in running text", () => {
  it("know the gender of every instrument and every built-in body, so none is left without its article", () => {
    for (const instrument of listInstruments())
      for (const locale of ["es", "pt"] as const)
        expect(nameGender(instrument.shortTitle[locale]), `${instrument.id} (${locale})`).not.toBeNull();
    for (const jurisdiction of listJurisdictions()) {
      for (const remedy of jurisdiction.remedies) {
        const body = remedy.body?.value.name;
        if (body !== undefined) expect(nameGender(body), body).not.toBeNull();
      }
    }
  });

  it("contract 'de' with the article", () => {
    expect(legalName("Ley 27891", "es", "de")).toBe("de la Ley 27891");
    expect(legalName("Decreto 2840/2013", "es", "de")).toBe("del Decreto 2840/2013");
    expect(legalName("Ley 27891", "pt", "de")).toBe("da Ley 27891");
    expect(legalName("Comisión Especial para los Refugiados (CEPR)", "pt")).toBe(
      "a Comisión Especial para los Refugiados (CEPR)",
    );
  });

  it("write a provision inside parentheses without nesting them", () => {
    expect(lawReference("pe-law-27891", "art. 3(b)")).toEqual({
      es: "la Ley 27891 (art. 3.b)",
      pt: "a Ley 27891 (art. 3.b)",
      en: "art. 3(b) of Ley 27891",
    });
    expect(lawReference("br-law-9474", "art. 1, III", "de").pt).toBe("da Lei 9.474/1997 (art. 1, III)");
  });
});

describe("annotation names", () => {
  it("do not call the 'not shown' warning 'not examined'", () => {
    const name = ANNOTATION_NAMES["definition.cartagena-not-assessed"];
    expect(name.es).toBe("Definición ampliada: examen no acreditado");
    for (const locale of ["es", "pt", "en"] as const)
      expect(name[locale]).not.toMatch(/no examinada|não examinada|not examined/);
  });
});
