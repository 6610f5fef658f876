import type { MigrationStatus } from "@solidaria/db";
import type { RateLimiter } from "../rate-limit/token-buckets.js";
import { acceptInvitation, invitationDetails, resetPassword, signIn } from "../accounts/sign-in.js";
import { endAllSessions, endSession, resumeSession, startSession } from "../accounts/sessions.js";
import {
  addUserWithPassword,
  disableUser,
  inviteUser,
  issueResetLink,
  listUsers,
  userIdByEmail,
} from "../accounts/users.js";
import { addOrganisation, listOrganisations } from "../admin/organisations.js";
import { issueToken, listTokens, revokeToken } from "../admin/tokens.js";
import { appealById, createAppeal, listAppeals } from "../appeals/appeals.js";
import { resolveCaller } from "../auth/caller.js";
import { createPledge } from "../ledger/create-pledge.js";
import { pledgeHistory } from "../ledger/event-log.js";
import { rebuildFundingTotals, verifyFundingTotals } from "../ledger/funding-totals.js";
import { listPledges, pledgeById } from "../ledger/pledge-queries.js";
import { rebuildProjection } from "../ledger/rebuild-projection.js";
import { transitionPledge } from "../ledger/transition-pledge.js";
import { currentJurisdictions, publishJurisdiction } from "../published/jurisdictions.js";
import { currentSituations, publishSituation } from "../published/situations.js";
import { coverageReport } from "../reports/coverage.js";
import { fairShareReport } from "../reports/fair-share.js";
import { pledgesCsv } from "../reports/hxl-csv.js";
import { placesAvailable, placesReport } from "../reports/places.js";
import { stageTimesReport } from "../reports/stage-times.js";

/**
 * What the API, the HTTP host and the command line ask of the ledger's storage, whichever database
 * holds it: the embedded SQLite file (one machine) or PostgreSQL (several server nodes). Each
 * operation is the core's function for that database with the database already given; on SQLite they
 * answer at once, on PostgreSQL after a round trip, so every one is asynchronous here.
 *
 * The SQLite functions define the operations' signatures: the PostgreSQL twins are checked against
 * them (see pg-store.ts), so the two cannot drift apart without a type error.
 */
export const SQLITE_OPERATIONS = {
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
} as const;

type SqliteOperations = typeof SQLITE_OPERATIONS;

/** An operation with its database given: the rest of its parameters, its answer as a promise. */
type Bound<F> = F extends (db: never, ...args: infer A) => infer R ? (...args: A) => Promise<Awaited<R>> : never;

/** The same operation on another database `D`: what each database's implementation must provide. */
export type OperationsOn<D> = {
  readonly [K in keyof SqliteOperations]: SqliteOperations[K] extends (db: never, ...args: infer A) => infer R
    ? (db: D, ...args: A) => Promise<Awaited<R>> | Awaited<R>
    : never;
};

export type LedgerOperations = { readonly [K in keyof SqliteOperations]: Bound<SqliteOperations[K]> };

/** Whether the database answers, and how far its schema is from the committed migrations. */
export type Readiness =
  | { readonly reachable: true; readonly migrations: MigrationStatus }
  | { readonly reachable: false; readonly reason: string };

export interface LedgerStore extends LedgerOperations {
  readonly dialect: "sqlite" | "postgresql";
  /** Where the ledger is, for people: a file path, or a database URL with its password hidden. */
  readonly location: string;
  /**
   * Every pledge as HXL-tagged CSV, page by page from one consistent snapshot, read only as fast as
   * the consumer asks for pages.
   */
  pledgeCsvExport(options?: { byteOrderMark?: boolean; pageRows?: number }): AsyncGenerator<string, void, undefined>;
  /**
   * A value that changes whenever what this node reads from the ledger may have changed, whoever
   * wrote it; null while changes cannot be noticed (then nothing may be cached).
   */
  changeStamp(): string | null;
  readiness(): Promise<Readiness>;
  /**
   * Limits callers' rate across every server process that shares this ledger. `clock` (milliseconds)
   * is for tests that move time; by default a monotonic clock on one node, the wall clock across nodes.
   */
  rateLimiter(options: { burst: number; perSecond: number; clock?: () => number }): RateLimiter;
  /** Runs `run` while no other server process runs it with the same `name` (loading demo data). */
  exclusively<T>(name: string, run: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Binds every operation to its database. */
export function bindOperations<D>(db: D, operations: OperationsOn<D>): LedgerOperations {
  const bound: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const [name, operation] of Object.entries(operations) as [string, (db: D, ...args: unknown[]) => unknown][]) {
    // An operation that throws rejects instead, whichever database answers.
    bound[name] = (...args) => {
      try {
        return Promise.resolve(operation(db, ...args));
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
  }
  return bound as unknown as LedgerOperations;
}
