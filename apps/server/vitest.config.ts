import { defineConfig, mergeConfig } from "vitest/config";
import { sharedVitestConfig } from "../../vitest.shared.js";

// Real HTTP servers and SQLite files: each test file in its own process.
export default mergeConfig(sharedVitestConfig, defineConfig({ test: { hookTimeout: 60_000, pool: "forks" } }));
