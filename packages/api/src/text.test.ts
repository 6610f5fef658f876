import { describe, expect, it } from "vitest";
import { normaliseDocument, text } from "./text.js";

describe("text fields", () => {
  const name = text({ min: 2, max: 20 });
  const note = text({ max: 50, multiline: true });
  const problem = (schema: typeof name, value: string) => schema.safeParse(value).error?.issues[0]?.message;

  it("are trimmed and normalised to NFC", () => {
    expect(name.parse("  Cafe\u0301  ")).toBe("Caf\u00e9");
    expect(note.parse("one\r\ntwo")).toBe("one\ntwo");
  });

  it("refuse control characters, bidi overrides and lone surrogates, saying which and where", () => {
    expect(problem(name, "a\u0000b")).toBe("must not contain the control character U+0000 (at position 1)");
    expect(problem(name, "ab\nc")).toMatch(/control character U\+000A/);
    expect(problem(name, "a\u0085b")).toMatch(/control character U\+0085/);
    expect(problem(name, "ab\u2066c")).toMatch(/bidirectional formatting character U\+2066 \(at position 2\)/);
    expect(problem(name, "ab\uD800")).toMatch(/lone surrogate at position 2/);
    expect(note.parse("tab\there")).toBe("tab\there");
  });

  it("require something visible", () => {
    for (const invisible of ["\u200B\u200B", "\u00AD\u2060", "\u3164\u3164", "\u2800\u2800", "\u0301\u0301"]) {
      expect(problem(name, invisible)).toMatch(/must contain visible text/);
    }
    expect(name.parse("\u0627\u0644")).toBe("\u0627\u0644");
  });

  it("in published documents: every string NFC, control and bidi characters found by path", () => {
    const { document, problems } = normaliseDocument({
      title: "Cafe\u0301",
      facts: [{ text: "ok\n" }, { text: "x\u202Ey" }],
    });
    expect(document.title).toBe("Caf\u00e9");
    expect(problems).toEqual([{ path: ["facts", 1, "text"], message: expect.stringMatching(/U\+202E/) as string }]);
  });
});
