import { describe, expect, it } from "vitest";
import { settingsFromEnvironment } from "./settings.js";

describe("settings from the environment", () => {
  it("default to info logs, batches of 10 and 60 anonymous calls refilled at 1 a second", () => {
    expect(settingsFromEnvironment({})).toEqual({
      logLevel: "info",
      maxBatchSize: 10,
      anonymousRate: { burst: 60, perSecond: 1 },
    });
  });

  it("read each variable, an empty one being unset", () => {
    expect(
      settingsFromEnvironment({
        SOLIDARIA_LOG_LEVEL: "warn",
        SOLIDARIA_MAX_BATCH: "4",
        SOLIDARIA_ANONYMOUS_BURST: "",
        SOLIDARIA_ANONYMOUS_PER_SECOND: "0.5",
      }),
    ).toEqual({ logLevel: "warn", maxBatchSize: 4, anonymousRate: { burst: 60, perSecond: 0.5 } });
  });

  it("name the variable that is wrong", () => {
    expect(() => settingsFromEnvironment({ SOLIDARIA_LOG_LEVEL: "loud" })).toThrow(/SOLIDARIA_LOG_LEVEL/);
    expect(() => settingsFromEnvironment({ SOLIDARIA_MAX_BATCH: "0" })).toThrow(/SOLIDARIA_MAX_BATCH/);
    expect(() => settingsFromEnvironment({ SOLIDARIA_MAX_BATCH: "20", SOLIDARIA_ANONYMOUS_BURST: "5" })).toThrow(
      /SOLIDARIA_ANONYMOUS_BURST: must be at least SOLIDARIA_MAX_BATCH/,
    );
  });
});
