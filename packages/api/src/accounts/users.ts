import { randomUUID } from "node:crypto";
import { asc, eq } from "drizzle-orm";
import { organisations, users, type LedgerDatabase } from "@solidaria/db";
import { attempt, type Result } from "../errors.js";
import { IMMEDIATE } from "../ledger/statements.js";
import type { UserInvite } from "../validators.js";
import { endAllSessions } from "./sessions.js";
import { issueLink, retireLinks } from "./user-links.js";
import {
  checkNotDisablingSelf,
  emailTaken,
  noOrganisation,
  noUser,
  noUserWithEmail,
  resetLinkPurpose,
  toUserView,
  type UserView,
} from "./user-rules.js";

/**
 * People, as a coordinator manages them: invited (a link to set a password), listed, sent a reset
 * link, disabled. A link's token is returned once, to be passed on; only its hash is kept.
 */

export type { UserView } from "./user-rules.js";

/** Creates a person who has yet to accept their invitation, and the invitation's link token. */
export function inviteUser(
  db: LedgerDatabase,
  input: UserInvite,
  invitedBy: string | null,
  now: Date,
  options: { demo?: boolean } = {},
): Result<{ userId: string; token: string; expiresAt: Date }> {
  return attempt(() =>
    db.transaction(() => {
      const organisation = db
        .select({ id: organisations.id })
        .from(organisations)
        .where(eq(organisations.id, input.organisationId))
        .get();
      if (!organisation) throw noOrganisation(input.organisationId);
      const taken = db.select({ id: users.id }).from(users).where(eq(users.email, input.email)).get();
      if (taken) throw emailTaken(input.email);
      const userId = randomUUID();
      db.insert(users)
        .values({
          id: userId,
          email: input.email,
          displayName: input.displayName,
          organisationId: input.organisationId,
          role: input.role,
          demo: options.demo ?? false,
          createdAt: now.toISOString(),
        })
        .run();
      const link = issueLink(db, { userId, purpose: "invitation", createdBy: invitedBy }, now);
      return { userId, ...link };
    }, IMMEDIATE),
  );
}

/**
 * Adds a person who can sign in at once, with a password already hashed: for demo data, which has
 * nobody to accept an invitation. People are otherwise invited.
 */
export function addUserWithPassword(
  db: LedgerDatabase,
  input: UserInvite,
  passwordHash: string,
  now: Date,
  options: { demo?: boolean } = {},
): Result<string> {
  return attempt(() =>
    db.transaction(() => {
      const taken = db.select({ id: users.id }).from(users).where(eq(users.email, input.email)).get();
      if (taken) throw emailTaken(input.email);
      const userId = randomUUID();
      const at = now.toISOString();
      db.insert(users)
        .values({
          id: userId,
          ...input,
          passwordHash,
          passwordChangedAt: at,
          demo: options.demo ?? false,
          createdAt: at,
        })
        .run();
      return userId;
    }, IMMEDIATE),
  );
}

export function listUsers(db: LedgerDatabase): UserView[] {
  return db
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
    .orderBy(asc(organisations.name), asc(users.displayName), asc(users.id))
    .all()
    .map(toUserView);
}

/** A user's id by email (the CLI names people by email). */
export function userIdByEmail(db: LedgerDatabase, email: string): Result<string> {
  return attempt(() => {
    const row = db.select({ id: users.id }).from(users).where(eq(users.email, email)).get();
    if (!row) throw noUserWithEmail(email);
    return row.id;
  });
}

/**
 * A password-reset link for a person who is not disabled. An invited person who lost their
 * invitation gets a new invitation instead, so that they still choose their name.
 */
export function issueResetLink(
  db: LedgerDatabase,
  userId: string,
  requestedBy: string | null,
  now: Date,
): Result<{ purpose: "invitation" | "reset"; token: string; expiresAt: Date }> {
  return attempt(() =>
    db.transaction(() => {
      const user = db
        .select({ passwordHash: users.passwordHash, disabledAt: users.disabledAt })
        .from(users)
        .where(eq(users.id, userId))
        .get();
      if (!user) throw noUser(userId);
      const purpose = resetLinkPurpose(user);
      return { purpose, ...issueLink(db, { userId, purpose, createdBy: requestedBy }, now) };
    }, IMMEDIATE),
  );
}

/** Disables a person: they can no longer sign in, their sessions end and their unused links stop working. */
export function disableUser(
  db: LedgerDatabase,
  userId: string,
  disabledBy: string | null,
  now: Date,
): Result<{ userId: string; disabledAt: string; sessionsEnded: number }> {
  return attempt(() =>
    db.transaction(() => {
      checkNotDisablingSelf(userId, disabledBy);
      const user = db.select({ disabledAt: users.disabledAt }).from(users).where(eq(users.id, userId)).get();
      if (!user) throw noUser(userId);
      const disabledAt = user.disabledAt ?? now.toISOString();
      db.update(users).set({ disabledAt }).where(eq(users.id, userId)).run();
      retireLinks(db, userId);
      return { userId, disabledAt, sessionsEnded: endAllSessions(db, userId) };
    }, IMMEDIATE),
  );
}
