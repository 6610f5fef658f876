import { describe, expect, it } from "vitest";
import { ThrottledLine } from "./throttled-log.js";

describe("a throttled line", () => {
  it("is written the first time, then once per window with the count left out", () => {
    let now = 0;
    const written: number[] = [];
    const line = new ThrottledLine(
      (leftOut) => written.push(leftOut),
      60_000,
      () => now,
    );
    for (let index = 0; index < 1000; index += 1) line.note();
    expect(written).toEqual([0]);
    now = 59_999;
    line.note();
    expect(written).toEqual([0]);
    now = 60_000;
    line.note();
    expect(written).toEqual([0, 1000]);
  });
});
