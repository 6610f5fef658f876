// Tests and benchmarks only (run from source): a throwaway PostgreSQL cluster, and a fresh ledger
// database per test file under vitest. The global setup is its own export (./postgres-global-setup).
export { startPostgresCluster, type PostgresCluster, type PostgresClusterOptions } from "./postgres-cluster.js";
export { freshPgDatabase } from "./fresh-database.js";
