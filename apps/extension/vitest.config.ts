import { defineConfig } from "vitest/config";

// End-to-end tests drive the built extension (.output/chrome-mv3) in Debian's Chromium.
export default defineConfig({
  resolve: { conditions: ["@solidaria/source"] },
  ssr: { resolve: { conditions: ["@solidaria/source"] } },
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
    fileParallelism: false,
  },
});
