import { defineConfig, mergeConfig } from "vitest/config";
import { sharedVitestConfig } from "../../vitest.shared.js";

// One throwaway PostgreSQL cluster for the run (test-support/postgres-global-setup.ts): the
// PostgreSQL tests each take a fresh database copied from its migrated template.
export default mergeConfig(
  sharedVitestConfig,
  defineConfig({ test: { globalSetup: ["./test-support/postgres-global-setup.ts"] } }),
);
