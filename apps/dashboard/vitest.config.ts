import { defineConfig, mergeConfig } from "vitest/config";
import { sharedVitestConfig } from "../../vitest.shared.js";

// Pure logic runs in Node; a component test (*.test.tsx) says `// @vitest-environment happy-dom` on its first line.
// The end-to-end tests (test/e2e) drive the built dashboard in Debian's Chromium against the real
// server: `test` builds it first, and the files run one at a time.
export default mergeConfig(
  sharedVitestConfig,
  defineConfig({
    test: {
      include: [...sharedVitestConfig.test.include, "src/**/*.test.tsx"],
      hookTimeout: 120_000,
      fileParallelism: false,
    },
  }),
);
