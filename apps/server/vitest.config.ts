import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { conditions: ["@solidaria/source"] },
  ssr: { resolve: { conditions: ["@solidaria/source"] } },
  test: {
    include: ["test/**/*.test.ts", "src/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: "forks",
  },
});
