import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { conditions: ["@solidaria/source"] },
  ssr: { resolve: { conditions: ["@solidaria/source"] } },
  // A guard against hangs, not a speed target: CI runs every package's tests at once on two cores.
  test: { include: ["test/**/*.test.ts"], testTimeout: 60_000 },
});
