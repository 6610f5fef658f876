import { describe, expect, it } from "vitest";
import { TokenBuckets } from "./token-buckets.js";

describe("token buckets", () => {
  it("let a client spend its burst, then refill at the set rate, on the clock given", () => {
    let now = 0;
    const buckets = new TokenBuckets({ burst: 3, perSecond: 0.5, clock: () => now });
    expect(buckets.take("a", 2)).toEqual({ allowed: true });
    expect(buckets.take("a")).toEqual({ allowed: true });
    // Empty: one token comes back in 2 s at 0.5 a second.
    expect(buckets.take("a")).toEqual({ allowed: false, retryAfterSeconds: 2 });
    expect(buckets.take("b", 3)).toEqual({ allowed: true });
    now = 2_000;
    expect(buckets.take("a")).toEqual({ allowed: true });
    expect(buckets.take("a")).toMatchObject({ allowed: false });
    // Never more than the burst, however long the client was away.
    now = 1_000_000;
    expect(buckets.take("a", 3)).toEqual({ allowed: true });
    expect(buckets.take("a")).toMatchObject({ allowed: false });
  });

  it("a refused call costs nothing, and a large call waits for its whole cost", () => {
    let now = 0;
    const buckets = new TokenBuckets({ burst: 10, perSecond: 1, clock: () => now });
    expect(buckets.take("a", 8)).toEqual({ allowed: true });
    expect(buckets.take("a", 5)).toEqual({ allowed: false, retryAfterSeconds: 3 });
    now = 3_000;
    expect(buckets.take("a", 5)).toEqual({ allowed: true });
  });

  it("forget the least recently seen clients beyond the limit", () => {
    const buckets = new TokenBuckets({ burst: 1, perSecond: 0.001, clock: () => 0, maxClients: 2 });
    buckets.take("a");
    buckets.take("b");
    buckets.take("c");
    // "a" was forgotten: it starts again with a full bucket; "c" was not.
    expect(buckets.take("a")).toEqual({ allowed: true });
    expect(buckets.take("c")).toMatchObject({ allowed: false });
  });

  it("refuse settings that could never serve a call", () => {
    expect(() => new TokenBuckets({ burst: 0, perSecond: 1, clock: () => 0 })).toThrow(/burst >= 1/);
    expect(() => new TokenBuckets({ burst: 1, perSecond: 0, clock: () => 0 })).toThrow(/perSecond > 0/);
  });
});
