import { defineConfig } from "drizzle-kit";

// The PostgreSQL migrations, a history of their own (the SQL differs from SQLite's): `db:generate`
// runs both configurations after a schema change, which must be made to both schemas alike.
export default defineConfig({
  dialect: "postgresql",
  schema: "./src/pg/schema.ts",
  out: "./migrations-pg",
});
