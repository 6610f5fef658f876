import { describe, expect, it } from "vitest";
import { describeError, errorCode, fieldWords } from "./errors.js";

const trpcError = (code: string, field: string | null = null, message = "") => ({
  message,
  data: { code, field, httpStatus: 400 },
});

describe("describeError", () => {
  it("words a refusal by its code, never by the server's English", () => {
    expect(describeError(trpcError("FORBIDDEN", null, "role viewer may not pledge funding"))).toEqual({
      id: "error.forbidden",
    });
    expect(describeError(trpcError("UNAUTHORIZED"))).toEqual({ id: "error.unauthorized" });
    expect(describeError(new TypeError("Failed to fetch"))).toEqual({ id: "error.network" });
    expect(describeError(trpcError("INTERNAL_SERVER_ERROR"))).toEqual({ id: "error.server" });
  });

  it("names the field the server names, in words", () => {
    expect(describeError(trpcError("BAD_REQUEST", "usdRate.usdPerUnit"))).toEqual({
      id: "error.badField",
      values: { field: "field.usdRate" },
      field: "usdRate.usdPerUnit",
    });
    expect(describeError(trpcError("CONFLICT", "code"))).toMatchObject({ id: "error.conflictField" });
    expect(describeError(trpcError("BAD_REQUEST", "placeNeeds[2]"))).toMatchObject({
      values: { field: "field.placeNeeds" },
    });
  });

  it("falls back to a general sentence for a field it has no words for", () => {
    expect(describeError(trpcError("BAD_REQUEST", "something.internal"))).toEqual({ id: "error.badRequest" });
    expect(fieldWords(null)).toBeNull();
  });

  it("reads the minutes of a lock-out", () => {
    expect(describeError(trpcError("TOO_MANY_REQUESTS", null, "locked: try again in 15 minutes"))).toEqual({
      id: "error.lockedMinutes",
      values: { minutes: 15 },
    });
    expect(describeError(trpcError("TOO_MANY_REQUESTS"))).toEqual({ id: "error.tooMany" });
  });

  it("gives the code of an error", () => {
    expect(errorCode(trpcError("CONFLICT"))).toBe("CONFLICT");
    expect(errorCode(null)).toBeNull();
  });
});
