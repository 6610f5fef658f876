import { describe, expect, it } from "vitest";
import { initialLocale } from "./locale.js";

describe("initialLocale", () => {
  it("keeps the language chosen before", () => {
    expect(initialLocale("pt", ["en-GB"])).toBe("pt");
  });

  it("ignores a stored value that is not one of ours", () => {
    expect(initialLocale("fr", ["en-US"])).toBe("en");
  });

  it("takes the first of the browser's languages it has", () => {
    expect(initialLocale(null, ["fr-FR", "pt-BR", "en"])).toBe("pt");
    expect(initialLocale(null, ["es_419"])).toBe("es");
  });

  it("falls back to Spanish", () => {
    expect(initialLocale(null, ["de", "fr"])).toBe("es");
    expect(initialLocale(null, [])).toBe("es");
  });
});
