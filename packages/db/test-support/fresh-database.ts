import { randomBytes } from "node:crypto";
import { inject } from "vitest";
import { createDatabaseAt } from "./postgres-cluster.js";

/** The database the global setup migrates, which every test database copies. */
export const TEMPLATE_DATABASE = "solidaria_template";

/** Under this key the global setup provides the cluster's URL (its `postgres` database). */
export const POSTGRES_URL_KEY = "solidariaPostgresUrl";

declare module "vitest" {
  export interface ProvidedContext {
    [POSTGRES_URL_KEY]: string;
  }
}

/**
 * A new, migrated and empty database of its own for the calling test file (or test), named so that
 * files running at once never share one; returns its URL. Needs postgres-global-setup in the
 * package's vitest globalSetup. The databases go with the cluster at the end of the run.
 */
export function freshPgDatabase(): Promise<string> {
  const serverUrl = inject(POSTGRES_URL_KEY);
  const name = `test_${process.pid}_${randomBytes(6).toString("hex")}`;
  return createDatabaseAt(serverUrl, name, { template: TEMPLATE_DATABASE });
}
