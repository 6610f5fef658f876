import { defineConfig, mergeConfig } from "vitest/config";
import { sharedVitestConfig } from "../../vitest.shared.js";

// End-to-end tests drive the built extension (.output/chrome-mv3) in Debian's Chromium: one browser
// at a time, in its own process.
export default mergeConfig(
  sharedVitestConfig,
  defineConfig({ test: { hookTimeout: 120_000, pool: "forks", fileParallelism: false } }),
);
