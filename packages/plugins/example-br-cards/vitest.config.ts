import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { conditions: ["@solidaria/source"] },
  ssr: { resolve: { conditions: ["@solidaria/source"] } },
  test: { include: ["test/**/*.test.ts"] },
});
