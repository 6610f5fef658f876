import { defineConfig, mergeConfig } from "vitest/config";
import { sharedVitestConfig } from "../../vitest.shared.js";

// One throwaway PostgreSQL cluster for the run (@solidaria/db's test support): the PostgreSQL tests
// each take a fresh migrated database of their own with freshPgDatabase().
export default mergeConfig(
  sharedVitestConfig,
  defineConfig({ test: { globalSetup: ["@solidaria/db/test-support/postgres-global-setup"] } }),
);
