import type { LedgerStore } from "@solidaria/api";

/** Liveness: the process answers. Nothing is checked, so that a slow database never gets it restarted. */
export function liveness(): { status: number; body: unknown } {
  return { status: 200, body: { status: "ok", api: "/trpc" } };
}

/**
 * Readiness: the database answers a query and has every committed migration applied. A server that
 * is not ready answers 503, so that a load balancer sends its traffic elsewhere.
 */
export async function readiness(store: LedgerStore): Promise<{ status: number; body: unknown }> {
  const state = await store.readiness();
  if (!state.reachable) {
    return { status: 503, body: { status: "not-ready", database: `unreachable: ${state.reason}` } };
  }
  const { migrations } = state;
  const ready = migrations.applied === migrations.expected;
  return {
    status: ready ? 200 : 503,
    body: { status: ready ? "ready" : "not-ready", database: "ok", dialect: store.dialect, migrations },
  };
}
