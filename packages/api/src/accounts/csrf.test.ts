import { describe, expect, it } from "vitest";
import { csrfTokenFor, isCsrfTokenOf } from "./csrf.js";
import { newSecret } from "./secrets.js";

describe("CSRF tokens derived from the session secret", () => {
  it("are the same for one secret, different for another, and not the secret itself", () => {
    const a = newSecret().secret;
    const b = newSecret().secret;
    expect(csrfTokenFor(a)).toBe(csrfTokenFor(a));
    expect(csrfTokenFor(a)).not.toBe(csrfTokenFor(b));
    expect(csrfTokenFor(a)).not.toContain(a);
    expect(csrfTokenFor(a)).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it("are accepted only exactly", () => {
    const secret = newSecret().secret;
    const token = csrfTokenFor(secret);
    expect(isCsrfTokenOf(secret, token)).toBe(true);
    expect(isCsrfTokenOf(secret, undefined)).toBe(false);
    expect(isCsrfTokenOf(secret, "")).toBe(false);
    expect(isCsrfTokenOf(secret, `${token}x`)).toBe(false);
    expect(isCsrfTokenOf(secret, token.slice(0, -1))).toBe(false);
    expect(isCsrfTokenOf(secret, csrfTokenFor(newSecret().secret))).toBe(false);
    expect(isCsrfTokenOf(secret, "anonymous")).toBe(false);
  });
});
