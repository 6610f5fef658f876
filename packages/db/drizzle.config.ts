import { defineConfig } from "drizzle-kit";

// `pnpm --filter @solidaria/db db:generate` writes a new SQL migration after a schema change; commit it.
export default defineConfig({
  dialect: "sqlite",
  schema: "./src/schema.ts",
  out: "./migrations",
});
