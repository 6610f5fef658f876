import { describe, expect, it } from "vitest";
import { defineRule } from "@solidaria/domain";
import { definePlugin, PluginDefinitionError } from "./define-plugin.js";
import { compileMatchPattern } from "./url-match.js";

const base = {
  id: "pe.test.portal",
  name: "Test",
  version: "1.0.0",
  jurisdiction: "PE",
  matches: ["https://portal.gob.pe/cepr/*"],
  pages: [{ kind: "list", records: "tr", extract: () => ({}) }],
};

describe("definePlugin", () => {
  it("names every problem of a bad definition", () => {
    expect(() =>
      definePlugin({ ...base, id: "Bad Id", version: "one", jurisdiction: "ZZ", matches: ["portal"], pages: [] }),
    ).toThrow(PluginDefinitionError);
    try {
      definePlugin({ ...base, id: "Bad Id", version: "one", jurisdiction: "ZZ", matches: ["portal"], pages: [] });
    } catch (error) {
      const message = (error as Error).message;
      for (const part of [
        'id "Bad Id"',
        'version "one"',
        'jurisdiction "ZZ"',
        "not a match pattern",
        "pages needs at least one",
      ])
        expect(message).toContain(part);
    }
  });

  it("adds a rule pack to the built-in rules, refusing to shadow a built-in code", () => {
    const rule = defineRule({ code: "pe.test-rule", summary: { es: "x", pt: "x", en: "x" }, evaluate: () => null });
    expect(definePlugin({ ...base, rules: [rule] }).registry.has("pe.test-rule")).toBe(true);
    expect(() => definePlugin({ ...base, rules: [{ ...rule, code: "definition.cartagena" }] })).toThrow(
      /already registered/,
    );
  });

  it("selects page kinds by URL", () => {
    const plugin = definePlugin({
      ...base,
      pages: [
        { kind: "list", matches: ["https://portal.gob.pe/cepr/casos*"], records: "tr", extract: () => ({}) },
        { kind: "detail", matches: ["https://portal.gob.pe/cepr/expediente*"], records: "main", extract: () => ({}) },
      ],
    });
    expect(plugin.pagesFor("https://portal.gob.pe/cepr/casos?page=2").map((page) => page.kind)).toEqual(["list"]);
    expect(plugin.pagesFor("https://portal.gob.pe/cepr/expediente?id=1").map((page) => page.kind)).toEqual(["detail"]);
    expect(plugin.pagesFor("https://portal.gob.pe/otro")).toEqual([]);
  });
});

describe("match patterns", () => {
  it("follow the browser-extension rules", () => {
    const matches = (pattern: string, url: string) => compileMatchPattern(pattern)(new URL(url));
    expect(matches("*://*/cepr/*", "http://localhost:8080/cepr/casos")).toBe(true);
    expect(matches("https://*.gob.pe/*", "https://cepr.rree.gob.pe/x")).toBe(true);
    expect(matches("https://*.gob.pe/*", "https://gob.pe.evil.com/x")).toBe(false);
    expect(matches("http://localhost:8080/*", "http://localhost:9090/")).toBe(false);
    expect(matches("*://*/*", "file:///etc/passwd")).toBe(false);
    expect(matches("https://portal.gob.pe:443/*", "https://portal.gob.pe/casos")).toBe(true);
    expect(matches("https://Portal.GOB.pe/*", "https://portal.gob.pe/casos")).toBe(true);
  });
});
