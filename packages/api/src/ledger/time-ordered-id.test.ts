import { describe, expect, it } from "vitest";
import { timeOrderedId } from "./time-ordered-id.js";

describe("timeOrderedId", () => {
  it("is a version 7 UUID that sorts by creation time", () => {
    const earlier = timeOrderedId(1_700_000_000_000);
    const later = timeOrderedId(1_700_000_000_001);
    expect(earlier).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(earlier < later).toBe(true);
    expect(earlier.slice(0, 13)).toBe("018bcfe5-6800");
    expect(timeOrderedId()).not.toBe(timeOrderedId());
  });
});
