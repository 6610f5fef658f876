import { sql } from "drizzle-orm";
import {
  closePgDatabase,
  openPgDatabase,
  pgMigrationStatus,
  redactDatabaseUrl,
  type PgLedgerDatabase,
} from "@solidaria/db/pg";
import { acceptInvitation, invitationDetails, resetPassword, signIn } from "../pg/accounts/sign-in.js";
import { endAllSessions, endSession, resumeSession, startSession } from "../pg/accounts/sessions.js";
import {
  addUserWithPassword,
  disableUser,
  inviteUser,
  issueResetLink,
  listUsers,
  userIdByEmail,
} from "../pg/accounts/users.js";
import { addOrganisation, listOrganisations } from "../pg/admin/organisations.js";
import { issueToken, listTokens, revokeToken } from "../pg/admin/tokens.js";
import { appealById, createAppeal, listAppeals } from "../pg/appeals/appeals.js";
import { resolveCaller } from "../pg/auth/caller.js";
import { ChangeListener } from "../pg/change-listener.js";
import { pledgeCsvExport } from "../pg/export/pledge-export.js";
import {
  createPledge,
  listPledges,
  pledgeById,
  pledgeHistory,
  rebuildFundingTotals,
  rebuildProjection,
  transitionPledge,
  verifyFundingTotals,
} from "../pg/ledger/index.js";
import { currentJurisdictions, publishJurisdiction } from "../pg/published/jurisdictions.js";
import { currentSituations, publishSituation } from "../pg/published/situations.js";
import { sharedTokenBuckets } from "../pg/rate-limit.js";
import { coverageReport } from "../pg/reports/coverage.js";
import { fairShareReport } from "../pg/reports/fair-share.js";
import { pledgesCsv } from "../pg/reports/hxl-csv.js";
import { placesAvailable, placesReport } from "../pg/reports/places.js";
import { stageTimesReport } from "../pg/reports/stage-times.js";
import { bindOperations, type LedgerOperations, type LedgerStore, type OperationsOn } from "./ledger-store.js";

/** The PostgreSQL twin of every operation, checked against the SQLite signatures. */
const PG_OPERATIONS: OperationsOn<PgLedgerDatabase> = {
  resolveCaller,
  resumeSession,
  startSession,
  endSession,
  endAllSessions,
  signIn,
  invitationDetails,
  acceptInvitation,
  resetPassword,
  inviteUser,
  addUserWithPassword,
  listUsers,
  userIdByEmail,
  issueResetLink,
  disableUser,
  addOrganisation,
  listOrganisations,
  issueToken,
  listTokens,
  revokeToken,
  createAppeal,
  listAppeals,
  appealById,
  createPledge,
  transitionPledge,
  pledgeById,
  listPledges,
  pledgeHistory,
  rebuildProjection,
  rebuildFundingTotals,
  verifyFundingTotals,
  coverageReport,
  placesReport,
  placesAvailable,
  stageTimesReport,
  fairShareReport,
  pledgesCsv,
  currentSituations,
  publishSituation,
  currentJurisdictions,
  publishJurisdiction,
};

/** Operations after which what the public aggregates show may have changed. */
const CHANGES_AGGREGATES = [
  "addOrganisation",
  "createAppeal",
  "createPledge",
  "transitionPledge",
  "publishSituation",
  "publishJurisdiction",
  "rebuildProjection",
  "rebuildFundingTotals",
] as const satisfies readonly (keyof LedgerOperations)[];

export interface PgStoreOptions {
  /** Connections this process keeps at most (default 10). */
  readonly poolSize?: number;
  /** Where failures of idle or listening connections are reported (they are retried by themselves). */
  readonly onConnectionError?: (error: Error) => void;
}

/**
 * The ledger on PostgreSQL, shared by several server nodes. There is no group commit here: each
 * write is its own transaction on its own pooled connection, since PostgreSQL already shares WAL
 * flushes between transactions that commit together, and one request's lock wait must not hold up
 * others. Caches learn of other nodes' writes through LISTEN/NOTIFY (change-listener.ts); rate
 * limits are counted in the database for all nodes at once.
 */
export async function openPgStore(url: string, options: PgStoreOptions = {}): Promise<LedgerStore> {
  const onError = options.onConnectionError ?? (() => undefined);
  const db = await openPgDatabase(url, { max: options.poolSize ?? 10, onIdleError: onError });
  let listener: ChangeListener;
  try {
    listener = await ChangeListener.start(url, onError);
  } catch (error) {
    await closePgDatabase(db);
    throw error;
  }
  const operations = bindOperations(db, PG_OPERATIONS);
  const changing = Object.fromEntries(
    CHANGES_AGGREGATES.map((name) => {
      const operation = operations[name] as (...args: unknown[]) => Promise<unknown>;
      return [
        name,
        async (...args: unknown[]) => {
          try {
            return await operation(...args);
          } finally {
            // Read-your-writes on this node, before the notification comes back.
            listener.changed();
          }
        },
      ];
    }),
  ) as Partial<LedgerOperations>;
  return {
    ...operations,
    ...changing,
    dialect: "postgresql",
    location: redactDatabaseUrl(url),
    pledgeCsvExport: (exportOptions) => pledgeCsvExport(db, exportOptions),
    changeStamp: () => listener.stamp(),
    readiness: async () => {
      try {
        await db.execute(sql`select 1`);
        return { reachable: true, migrations: await pgMigrationStatus(db) };
      } catch (error) {
        return { reachable: false, reason: error instanceof Error ? error.message : String(error) };
      }
    },
    rateLimiter: (limits) => sharedTokenBuckets(db, limits),
    exclusively: async <T>(name: string, run: () => Promise<T>): Promise<T> => {
      // A session-level advisory lock, on a connection of its own held for the whole run: released
      // when it ends, or by the server if this process dies holding it.
      const lock = [`solidaria:${name}`];
      const client = await db.$client.connect();
      // The pool does not listen for a checked-out client's errors: without this, the server ending
      // the connection during a run (a restart, a failover) would be an unhandled 'error' event that
      // ends the process. The lock goes with the connection.
      let lost: Error | undefined;
      const onConnectionError = (error: Error) => {
        lost ??= error;
      };
      client.on("error", onConnectionError);
      try {
        try {
          // Waiting for the lock is waiting for another node's whole run: no lock or statement timeout.
          await client.query("set lock_timeout = 0; set statement_timeout = 0");
          await client.query("select pg_advisory_lock(hashtextextended($1, 0))", lock);
        } catch (error) {
          lost ??= error instanceof Error ? error : new Error(String(error));
          throw error;
        }
        let outcome: { readonly value: T } | { readonly error: unknown };
        try {
          outcome = { value: await run() };
        } catch (error) {
          outcome = { error };
        }
        if (lost === undefined) {
          try {
            await client.query("select pg_advisory_unlock(hashtextextended($1, 0))", lock);
            await client.query("reset lock_timeout; reset statement_timeout");
          } catch (error) {
            // Discarding the connection below releases the lock all the same.
            lost = error instanceof Error ? error : new Error(String(error));
          }
        }
        // The run's own failure first: a lost connection or a failed unlock must not hide it.
        if ("error" in outcome) throw outcome.error;
        // The connection, and with it the lock, may have gone before the run ended, and another node
        // may have run meanwhile: a run that was perhaps not alone does not pass for one that was.
        if (lost !== undefined) {
          throw new Error(`the lock "${name}" was lost before its run ended`, { cause: lost });
        }
        return outcome.value;
      } finally {
        client.off("error", onConnectionError);
        // Closed rather than given back to the pool when it broke or one of its queries failed.
        client.release(lost);
      }
    },
    close: async () => {
      await listener.stop();
      await closePgDatabase(db);
    },
  };
}
