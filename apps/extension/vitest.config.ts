import { defineConfig, mergeConfig } from "vitest/config";
import { sharedVitestConfig } from "../../vitest.shared.js";

// End-to-end tests drive the built extension in Debian's browsers (.output/chrome-mv3 in Chromium,
// test/e2e; .output/firefox-mv3 in Firefox ESR, test/e2e-firefox): one browser at a time, in its own
// process.
export default mergeConfig(
  sharedVitestConfig,
  defineConfig({ test: { hookTimeout: 120_000, pool: "forks", fileParallelism: false } }),
);
