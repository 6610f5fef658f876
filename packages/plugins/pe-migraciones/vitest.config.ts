import { defineConfig } from "vitest/config";

// Workspace packages resolve to their TypeScript source (the "@solidaria/source" export condition).
export default defineConfig({
  resolve: { conditions: ["@solidaria/source"] },
  ssr: { resolve: { conditions: ["@solidaria/source"] } },
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
  },
});
