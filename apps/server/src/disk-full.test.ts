import { describe, expect, it } from "vitest";
import { isDiskFull } from "./disk-full.js";

/** An error as a driver throws it, with its code, wrapped as the query builder wraps it. */
function wrapped(code: string): Error {
  const driverError = Object.assign(new Error("could not write"), { code });
  return new Error("Failed query: insert into ...", { cause: driverError });
}

describe("a full disk", () => {
  it("is told apart on SQLite and on PostgreSQL, through the wrapping error", () => {
    expect(isDiskFull(wrapped("SQLITE_FULL"))).toBe(true);
    expect(isDiskFull(wrapped("53100"))).toBe(true);
  });

  it("is not any other refusal", () => {
    expect(isDiskFull(wrapped("SQLITE_BUSY"))).toBe(false);
    expect(isDiskFull(wrapped("23505"))).toBe(false);
    expect(isDiskFull("53100")).toBe(false);
  });
});
