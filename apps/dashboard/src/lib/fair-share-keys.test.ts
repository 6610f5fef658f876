import { describe, expect, it } from "vitest";
import { FAIR_SHARE_KEYS, fairShareKeyInput } from "./fair-share-keys.js";

describe("fair-share keys", () => {
  it("leaves the default to the server and names one indicator otherwise", () => {
    expect(fairShareKeyInput("population-gdp-50-50")).toBeUndefined();
    expect(fairShareKeyInput("population")?.weights).toEqual([{ indicator: "population", weight: 1 }]);
    expect(fairShareKeyInput("gdp")?.weights).toEqual([{ indicator: "gdpUsd", weight: 1 }]);
    expect(FAIR_SHARE_KEYS).toHaveLength(3);
  });
});
