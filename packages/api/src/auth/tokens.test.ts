import { describe, expect, it } from "vitest";
import { bearerToken, generateToken, hashToken } from "./tokens.js";

describe("tokens", () => {
  it("are 256 random bits, unique, and hashed with SHA-256", () => {
    const a = generateToken();
    const b = generateToken();
    expect(a.secret).not.toBe(b.secret);
    expect(Buffer.from(a.secret.slice(4), "base64url")).toHaveLength(32);
    expect(a.secretHash).toBe(hashToken(a.secret));
    expect(a.secretHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("are read from a Bearer header only", () => {
    expect(bearerToken("Bearer sol_abc")).toBe("sol_abc");
    expect(bearerToken("bearer   sol_abc ")).toBe("sol_abc");
    expect(bearerToken("Basic dXNlcg==")).toBeNull();
    expect(bearerToken(undefined)).toBeNull();
  });
});
