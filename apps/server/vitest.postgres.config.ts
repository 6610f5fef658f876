import { defineConfig, mergeConfig } from "vitest/config";
import baseConfig from "./vitest.config.js";

// The same integration suite on PostgreSQL: one throwaway cluster for the run, a fresh database per
// server the tests start (test/harness.ts reads SOLIDARIA_TEST_DATABASE).
export default mergeConfig(
  baseConfig,
  defineConfig({
    test: {
      env: { SOLIDARIA_TEST_DATABASE: "postgresql" },
      globalSetup: ["@solidaria/db/test-support/postgres-global-setup"],
    },
  }),
);
