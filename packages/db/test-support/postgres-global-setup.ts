import type { TestProject } from "vitest/node";
import { closePgDatabase, openPgDatabase } from "../src/pg/client.js";
import { startPostgresCluster } from "./postgres-cluster.js";
import { POSTGRES_URL_KEY, TEMPLATE_DATABASE } from "./fresh-database.js";

/**
 * vitest globalSetup: one PostgreSQL cluster for the whole run, with a template database migrated
 * once; each test file copies it with freshPgDatabase() (a file copy, far quicker than migrating).
 * Only a URL crosses to the test workers (provide/inject); the cluster stops when the run ends.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const cluster = await startPostgresCluster();
  try {
    const templateUrl = await cluster.createDatabase(TEMPLATE_DATABASE);
    await closePgDatabase(await openPgDatabase(templateUrl, { max: 1, applicationName: "solidaria/test-template" }));
  } catch (error) {
    await cluster.stop();
    throw error;
  }
  project.provide(POSTGRES_URL_KEY, cluster.url());
  return () => cluster.stop();
}
