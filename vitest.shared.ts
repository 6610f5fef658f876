/**
 * What every package's vitest configuration shares (`defineConfig(sharedVitestConfig)`, or
 * `mergeConfig` to add to it):
 * - workspace packages resolve to their TypeScript source (the "@solidaria/source" export condition),
 *   so tests never wait for a build;
 * - tests live next to the code (src/) or in test/;
 * - a 60 s timeout per test: a guard against hangs, not a speed target (CI runs every package's tests
 *   at once on two cores, and property tests of thousands of cases take seconds there).
 * No imports: it is loaded from every package's folder.
 */
export const sharedVitestConfig = {
  resolve: { conditions: ["@solidaria/source"] },
  ssr: { resolve: { conditions: ["@solidaria/source"] } },
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    testTimeout: 60_000,
  },
};
