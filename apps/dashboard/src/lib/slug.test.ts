import { describe, expect, it } from "vitest";
import { slugFromName } from "./slug.js";

describe("slugFromName", () => {
  it("suggests an id an organisation can keep", () => {
    expect(slugFromName("Gobierno de la República Oriental del Uruguay")).toBe(
      "gobierno-de-la-republica-oriental-del-uruguay",
    );
    expect(slugFromName("  Ação Social — São Paulo ")).toBe("acao-social-sao-paulo");
    expect(slugFromName("x".repeat(70) + " y")).toHaveLength(63);
    expect(slugFromName("")).toBe("");
  });
});
