import { migrationStatus, type LedgerDatabase } from "@solidaria/db";

/** Liveness: the process answers. Nothing is checked, so that a slow database never gets it restarted. */
export function liveness(): { status: number; body: unknown } {
  return { status: 200, body: { status: "ok", api: "/trpc" } };
}

/**
 * Readiness: the database answers a query and has every committed migration applied. A server that
 * is not ready answers 503, so that a load balancer sends its traffic elsewhere.
 */
export function readiness(db: LedgerDatabase): { status: number; body: unknown } {
  try {
    db.$client.prepare("select 1").get();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { status: 503, body: { status: "not-ready", database: `unreachable: ${reason}` } };
  }
  const migrations = migrationStatus(db);
  const ready = migrations.applied === migrations.expected;
  return {
    status: ready ? 200 : 503,
    body: { status: ready ? "ready" : "not-ready", database: "ok", migrations },
  };
}
