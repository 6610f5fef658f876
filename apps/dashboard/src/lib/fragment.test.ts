import { describe, expect, it } from "vitest";
import { passwordProblem, tokenFromFragment } from "./fragment.js";

describe("tokenFromFragment", () => {
  it("reads the token of an invitation or reset link", () => {
    expect(tokenFromFragment("#token=abc123")).toBe("abc123");
    expect(tokenFromFragment("token=abc%2B1")).toBe("abc+1");
    expect(tokenFromFragment("#other=1&token=xyz")).toBe("xyz");
  });

  it("says when there is none", () => {
    expect(tokenFromFragment("")).toBeNull();
    expect(tokenFromFragment("#token=")).toBeNull();
    expect(tokenFromFragment("#tok=abc")).toBeNull();
  });
});

describe("passwordProblem", () => {
  it("wants 12 to 128 characters, typed the same twice", () => {
    expect(passwordProblem("short", "short")).toBe("too-short");
    expect(passwordProblem("x".repeat(129), "x".repeat(129))).toBe("too-long");
    expect(passwordProblem("correct horse battery", "correct horse batterY")).toBe("mismatch");
    expect(passwordProblem("correct horse battery", "correct horse battery")).toBeNull();
  });

  it("counts characters as people see them, not UTF-16 units", () => {
    expect(passwordProblem("🙂".repeat(11), "🙂".repeat(11))).toBe("too-short");
    expect(passwordProblem("🙂".repeat(12), "🙂".repeat(12))).toBeNull();
  });
});
