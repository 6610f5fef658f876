import { randomUUID } from "node:crypto";
import { asc, eq, sql } from "drizzle-orm";
import { organisations, users, type PgLedgerDatabase } from "@solidaria/db/pg";
import {
  checkNotDisablingSelf,
  emailTaken,
  noOrganisation,
  noUser,
  noUserWithEmail,
  resetLinkPurpose,
  toUserView,
  type UserView,
} from "../../accounts/user-rules.js";
import { attemptAsync, type Result } from "../../errors.js";
import type { UserInvite } from "../../validators.js";
import { withPgTransaction, type PgTx } from "../transaction.js";
import { endAllSessions } from "./sessions.js";
import { issueLink, retireLinks } from "./user-links.js";

/**
 * People on PostgreSQL: the twin of accounts/users.ts. Writes that read first lock the person's row,
 * so that two nodes acting on one person (a reset link asked twice, a reset and a disabling) act one
 * after the other, as SQLite's single writer makes them.
 */

export type { UserView } from "../../accounts/user-rules.js";

/** Inserts a person, refusing an email already taken, even by a node inserting it at this moment. */
async function insertUser(tx: PgTx, row: typeof users.$inferInsert): Promise<void> {
  const inserted = await tx
    .insert(users)
    .values(row)
    .onConflictDoNothing({ target: users.email })
    .returning({ id: users.id });
  if (inserted.length === 0) throw emailTaken(row.email);
}

async function emailIsTaken(tx: PgTx, email: string): Promise<boolean> {
  const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email)).limit(1);
  return taken !== undefined;
}

/** Creates a person who has yet to accept their invitation, and the invitation's link token. */
export function inviteUser(
  db: PgLedgerDatabase,
  input: UserInvite,
  invitedBy: string | null,
  now: Date,
  options: { demo?: boolean } = {},
): Promise<Result<{ userId: string; token: string; expiresAt: Date }>> {
  return attemptAsync(() =>
    withPgTransaction(
      db,
      async (tx) => {
        const [organisation] = await tx
          .select({ id: organisations.id })
          .from(organisations)
          .where(eq(organisations.id, input.organisationId))
          .limit(1);
        if (!organisation) throw noOrganisation(input.organisationId);
        if (await emailIsTaken(tx, input.email)) throw emailTaken(input.email);
        const userId = randomUUID();
        await insertUser(tx, {
          id: userId,
          email: input.email,
          displayName: input.displayName,
          organisationId: input.organisationId,
          role: input.role,
          demo: options.demo ?? false,
          createdAt: now.toISOString(),
        });
        const link = await issueLink(tx, { userId, purpose: "invitation", createdBy: invitedBy }, now);
        return { userId, ...link };
      },
      { notify: false },
    ),
  );
}

/**
 * Adds a person who can sign in at once, with a password already hashed: for demo data, which has
 * nobody to accept an invitation. People are otherwise invited.
 */
export function addUserWithPassword(
  db: PgLedgerDatabase,
  input: UserInvite,
  passwordHash: string,
  now: Date,
  options: { demo?: boolean } = {},
): Promise<Result<string>> {
  return attemptAsync(() =>
    withPgTransaction(
      db,
      async (tx) => {
        if (await emailIsTaken(tx, input.email)) throw emailTaken(input.email);
        const userId = randomUUID();
        const at = now.toISOString();
        await insertUser(tx, {
          id: userId,
          ...input,
          passwordHash,
          passwordChangedAt: at,
          demo: options.demo ?? false,
          createdAt: at,
        });
        return userId;
      },
      { notify: false },
    ),
  );
}

/** Everyone, by organisation name, then name, then id, in the byte order SQLite sorts text in. */
export async function listUsers(db: PgLedgerDatabase): Promise<UserView[]> {
  const rows = await db
    .select({
      id: users.id,
      email: users.email,
      displayName: users.displayName,
      role: users.role,
      organisationId: users.organisationId,
      organisationName: organisations.name,
      passwordHash: users.passwordHash,
      disabledAt: users.disabledAt,
      createdAt: users.createdAt,
      lastSeenAt: users.lastSeenAt,
    })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .orderBy(
      asc(sql`${organisations.name} collate "C"`),
      asc(sql`${users.displayName} collate "C"`),
      asc(sql`${users.id} collate "C"`),
    );
  return rows.map(toUserView);
}

/** A user's id by email (the CLI names people by email). */
export function userIdByEmail(db: PgLedgerDatabase, email: string): Promise<Result<string>> {
  return attemptAsync(async () => {
    const [row] = await db.select({ id: users.id }).from(users).where(eq(users.email, email)).limit(1);
    if (!row) throw noUserWithEmail(email);
    return row.id;
  });
}

/** The person's row, locked until the transaction ends. */
async function lockUser(tx: PgTx, userId: string) {
  const [user] = await tx
    .select({ passwordHash: users.passwordHash, disabledAt: users.disabledAt })
    .from(users)
    .where(eq(users.id, userId))
    .for("update");
  return user;
}

/**
 * A password-reset link for a person who is not disabled. An invited person who lost their
 * invitation gets a new invitation instead, so that they still choose their name.
 */
export function issueResetLink(
  db: PgLedgerDatabase,
  userId: string,
  requestedBy: string | null,
  now: Date,
): Promise<Result<{ purpose: "invitation" | "reset"; token: string; expiresAt: Date }>> {
  return attemptAsync(() =>
    withPgTransaction(
      db,
      async (tx) => {
        const user = await lockUser(tx, userId);
        if (!user) throw noUser(userId);
        const purpose = resetLinkPurpose(user);
        return { purpose, ...(await issueLink(tx, { userId, purpose, createdBy: requestedBy }, now)) };
      },
      { notify: false },
    ),
  );
}

/** Disables a person: they can no longer sign in, their sessions end and their unused links stop working. */
export function disableUser(
  db: PgLedgerDatabase,
  userId: string,
  disabledBy: string | null,
  now: Date,
): Promise<Result<{ userId: string; disabledAt: string; sessionsEnded: number }>> {
  return attemptAsync(() =>
    withPgTransaction(
      db,
      async (tx) => {
        checkNotDisablingSelf(userId, disabledBy);
        const user = await lockUser(tx, userId);
        if (!user) throw noUser(userId);
        const disabledAt = user.disabledAt ?? now.toISOString();
        await tx.update(users).set({ disabledAt }).where(eq(users.id, userId));
        await retireLinks(tx, userId);
        return { userId, disabledAt, sessionsEnded: await endAllSessions(tx, userId) };
      },
      { notify: false },
    ),
  );
}
