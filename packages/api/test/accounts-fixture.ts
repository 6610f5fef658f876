import { eq } from "drizzle-orm";
import * as sqlite from "@solidaria/db";
import * as postgres from "@solidaria/db/pg";
import * as sessions from "../src/accounts/sessions.js";
import * as signIn from "../src/accounts/sign-in.js";
import * as throttle from "../src/accounts/sign-in-throttle.js";
import * as sessionUser from "../src/accounts/session-user.js";
import * as links from "../src/accounts/user-links.js";
import * as users from "../src/accounts/users.js";
import * as organisations from "../src/admin/organisations.js";
import * as tokens from "../src/admin/tokens.js";
import * as caller from "../src/auth/caller.js";
import * as pgSessions from "../src/pg/accounts/sessions.js";
import * as pgSignIn from "../src/pg/accounts/sign-in.js";
import * as pgThrottle from "../src/pg/accounts/sign-in-throttle.js";
import * as pgSessionUser from "../src/pg/accounts/session-user.js";
import * as pgLinks from "../src/pg/accounts/user-links.js";
import * as pgUsers from "../src/pg/accounts/users.js";
import * as pgOrganisations from "../src/pg/admin/organisations.js";
import * as pgTokens from "../src/pg/admin/tokens.js";
import * as pgCaller from "../src/pg/auth/caller.js";
import { ledgerFixture, pgLedgerFixture } from "./ledger-fixture.js";

/**
 * Accounts, sessions, sign-in and the operator's tokens and organisations on either database, behind
 * one asynchronous interface, so that one suite runs unchanged on SQLite and PostgreSQL: the proof
 * that the PostgreSQL twins answer as the SQLite functions do.
 */

/**
 * Every SQLite function that has a PostgreSQL twin, by name (the twins must have the same names).
 * `userWhere` is left out: its column parameter is each dialect's own column (see userByEmail).
 */
const SQLITE = {
  startSession: sessions.startSession,
  resumeSession: sessions.resumeSession,
  endSession: sessions.endSession,
  endAllSessions: sessions.endAllSessions,
  signIn: signIn.signIn,
  invitationDetails: signIn.invitationDetails,
  acceptInvitation: signIn.acceptInvitation,
  resetPassword: signIn.resetPassword,
  lockedUntil: throttle.lockedUntil,
  recordFailure: throttle.recordFailure,
  clearFailures: throttle.clearFailures,
  issueLink: links.issueLink,
  findLink: links.findLink,
  useLink: links.useLink,
  retireLinks: links.retireLinks,
  inviteUser: users.inviteUser,
  addUserWithPassword: users.addUserWithPassword,
  listUsers: users.listUsers,
  userIdByEmail: users.userIdByEmail,
  issueResetLink: users.issueResetLink,
  disableUser: users.disableUser,
  addOrganisation: organisations.addOrganisation,
  listOrganisations: organisations.listOrganisations,
  issueToken: tokens.issueToken,
  listTokens: tokens.listTokens,
  revokeToken: tokens.revokeToken,
  resolveCaller: caller.resolveCaller,
};

type Sqlite = typeof SQLITE;
/** The rest of an operation's parameters after the database. */
type Rest<F> = F extends (db: never, ...args: infer A) => unknown ? A : never;

/**
 * The twins, checked by the compiler against the SQLite functions: the same name, the same other
 * parameters, the same answer in a promise.
 */
const POSTGRES = {
  startSession: pgSessions.startSession,
  resumeSession: pgSessions.resumeSession,
  endSession: pgSessions.endSession,
  endAllSessions: pgSessions.endAllSessions,
  signIn: pgSignIn.signIn,
  invitationDetails: pgSignIn.invitationDetails,
  acceptInvitation: pgSignIn.acceptInvitation,
  resetPassword: pgSignIn.resetPassword,
  lockedUntil: pgThrottle.lockedUntil,
  recordFailure: pgThrottle.recordFailure,
  clearFailures: pgThrottle.clearFailures,
  issueLink: pgLinks.issueLink,
  findLink: pgLinks.findLink,
  useLink: pgLinks.useLink,
  retireLinks: pgLinks.retireLinks,
  inviteUser: pgUsers.inviteUser,
  addUserWithPassword: pgUsers.addUserWithPassword,
  listUsers: pgUsers.listUsers,
  userIdByEmail: pgUsers.userIdByEmail,
  issueResetLink: pgUsers.issueResetLink,
  disableUser: pgUsers.disableUser,
  addOrganisation: pgOrganisations.addOrganisation,
  listOrganisations: pgOrganisations.listOrganisations,
  issueToken: pgTokens.issueToken,
  listTokens: pgTokens.listTokens,
  revokeToken: pgTokens.revokeToken,
  resolveCaller: pgCaller.resolveCaller,
} satisfies {
  readonly [K in keyof Sqlite]: (
    db: postgres.PgLedgerDatabase,
    ...args: Rest<Sqlite[K]>
  ) => Promise<Awaited<ReturnType<Sqlite[K]>>>;
};

type Bound<F> = F extends (db: never, ...args: infer A) => infer R ? (...args: A) => Promise<Awaited<R>> : never;
type Operations = { readonly [K in keyof Sqlite]: Bound<Sqlite[K]> };

type SessionRow = typeof sqlite.sessions.$inferSelect;
type LinkRow = typeof sqlite.userLinks.$inferSelect;
type UserRow = typeof sqlite.users.$inferSelect;
type TokenValues = typeof sqlite.tokens.$inferInsert;

export interface AccountsLedger extends Operations {
  readonly dialect: "sqlite" | "postgresql";
  /** The user (with organisation) by email, as sign-in reads them. */
  userByEmail(email: string): Promise<ReturnType<typeof sessionUser.userWhere>>;
  sessionRows(): Promise<SessionRow[]>;
  linkRows(): Promise<LinkRow[]>;
  userRow(id: string): Promise<UserRow | undefined>;
  addTokens(values: TokenValues[]): Promise<void>;
  close(): Promise<void>;
}

function bind<D>(db: D, operations: Record<string, (db: D, ...args: never[]) => unknown>) {
  const bound: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const [name, operation] of Object.entries(operations) as [string, (db: D, ...args: unknown[]) => unknown][]) {
    // Awaited, so that an operation that throws rejects, whichever database answers.
    bound[name] = async (...args) => await operation(db, ...args);
  }
  return bound as unknown as Operations;
}

export function sqliteAccounts(): Promise<AccountsLedger> {
  const fixture = ledgerFixture();
  const { db } = fixture;
  return Promise.resolve({
    ...bind(db, SQLITE),
    dialect: "sqlite",
    userByEmail: (email) => Promise.resolve(sessionUser.userWhere(db, sqlite.users.email, email)),
    sessionRows: () => Promise.resolve(db.select().from(sqlite.sessions).all()),
    linkRows: () => Promise.resolve(db.select().from(sqlite.userLinks).all()),
    userRow: (id) => Promise.resolve(db.select().from(sqlite.users).where(eq(sqlite.users.id, id)).get()),
    addTokens: (values) => Promise.resolve(void db.insert(sqlite.tokens).values(values).run()),
    close: () => Promise.resolve(fixture.close()),
  });
}

/** On PostgreSQL; `db` may be another pool on the same database (another server node). */
export function postgresAccountsOn(db: postgres.PgLedgerDatabase, close: () => Promise<void>): AccountsLedger {
  return {
    ...bind(db, POSTGRES),
    dialect: "postgresql",
    userByEmail: (email) => pgSessionUser.userWhere(db, postgres.users.email, email),
    sessionRows: () => db.select().from(postgres.sessions),
    linkRows: () => db.select().from(postgres.userLinks),
    userRow: async (id) => (await db.select().from(postgres.users).where(eq(postgres.users.id, id)))[0],
    addTokens: async (values) => void (await db.insert(postgres.tokens).values(values)),
    close,
  };
}

async function postgresAccounts(): Promise<AccountsLedger> {
  const fixture = await pgLedgerFixture();
  return postgresAccountsOn(fixture.db, () => fixture.close());
}

/** Each database the accounts run on, by name, for `describe.each`. */
export const ACCOUNT_LEDGERS = [
  ["sqlite", sqliteAccounts],
  ["postgresql", postgresAccounts],
] as const;
