import { defineConfig } from "vitest/config";

// Workspace packages resolve to their TypeScript source (the "@solidaria/source" export condition).
export default defineConfig({
  resolve: { conditions: ["@solidaria/source"] },
  ssr: { resolve: { conditions: ["@solidaria/source"] } },
  test: {
    // A guard against hangs, not a speed target: CI runs every package's tests at once on two cores.
    testTimeout: 60_000,
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
  },
});
