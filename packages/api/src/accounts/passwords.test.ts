import { describe, expect, it } from "vitest";
import { NewPassword } from "../validators.js";
import { hashPassword, passwordProblem, verifyAgainstNothing, verifyPassword } from "./passwords.js";

describe("passwords", () => {
  it("are hashed with argon2id at OWASP's settings and verified", async () => {
    const hash = await hashPassword("correct horse battery");
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hash, "correct horse battery")).toBe(true);
    expect(await verifyPassword(hash, "correct horse batterY")).toBe(false);
    expect(await verifyPassword("not a hash", "correct horse battery")).toBe(false);
    expect(await verifyAgainstNothing("correct horse battery")).toBe(false);
  });

  it("must have 12 to 128 characters, counted in NFC", () => {
    expect(NewPassword.safeParse("short pass").success).toBe(false);
    expect(NewPassword.safeParse("twelve chars").success).toBe(true);
    expect(NewPassword.safeParse("x".repeat(128)).success).toBe(true);
    expect(NewPassword.safeParse("x".repeat(129)).success).toBe(false);
    // "é" as e + combining accent is two code points, one character in NFC.
    expect(NewPassword.parse("cafe\u0301".repeat(3))).toBe("caf\u00e9".repeat(3));
    expect(NewPassword.safeParse("cafe\u0301".repeat(2) + "abc").success).toBe(false);
  });

  it("differs from the email, whatever its case or spaces", () => {
    expect(passwordProblem("Ana@Example.org", "ana@example.org")).toMatchObject({ kind: "invalid", field: "password" });
    expect(passwordProblem(" ana@example.org ", "ana@example.org")).not.toBeNull();
    expect(passwordProblem("ana@example.org!", "ana@example.org")).toBeNull();
  });
});
