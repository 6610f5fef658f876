import { and, eq, isNull } from "drizzle-orm";
import { users, type PgLedgerDatabase } from "@solidaria/db/pg";
import type { LinkPurpose } from "../../accounts/link-rules.js";
import { hashPassword, passwordProblem, verifyAgainstNothing, verifyPassword } from "../../accounts/passwords.js";
import {
  canSignIn,
  checkLinkHolder,
  invitationDetailsOf,
  signInKeys,
  unusableLink,
  wrongCredentials,
  type Client,
  type InvitationDetails,
  type SignedIn,
} from "../../accounts/sign-in-rules.js";
import { lockedOut, type ThrottleKey } from "../../accounts/throttle-rules.js";
import { attemptAsync, type Result } from "../../errors.js";
import type { AcceptInvitationInput, ResetPasswordInput, SignInInput } from "../../validators.js";
import { withPgTransaction, type PgQueryable, type PgTx } from "../transaction.js";
import { toSessionUser, userWhere } from "./session-user.js";
import { endAllSessions, startSession } from "./sessions.js";
import { clearFailures, lockedUntil, recordFailure } from "./sign-in-throttle.js";
import { findLink, useLink } from "./user-links.js";

/**
 * Signing in, and the two links that set a password, on PostgreSQL: the twin of
 * accounts/sign-in.ts, with the same answers (sign-in-rules.ts).
 */

export type { Client, InvitationDetails, SignedIn } from "../../accounts/sign-in-rules.js";

async function refuseWhileLocked(db: PgQueryable, keys: readonly ThrottleKey[], now: Date): Promise<void> {
  const until = await lockedUntil(db, keys, now);
  if (until !== null) throw lockedOut(until, now);
}

export function signIn(db: PgLedgerDatabase, input: SignInInput, client: Client, now: Date): Promise<Result<SignedIn>> {
  return attemptAsync(async () => {
    const { account, keys } = signInKeys(input.email, client);
    await refuseWhileLocked(db, keys, now);
    const user = await userWhere(db, users.email, input.email);
    const right = canSignIn(user)
      ? await verifyPassword(user?.passwordHash ?? "", input.password)
      : await verifyAgainstNothing(input.password);
    if (!right || user === undefined) {
      await recordFailure(db, keys, now);
      throw wrongCredentials();
    }
    await clearFailures(db, account);
    return { user: toSessionUser(user), session: await startSession(db, user.id, now, client.userAgent) };
  });
}

/** The person a link is for, if the link can still be used and the person may still use it. */
async function linkHolder(db: PgQueryable, token: string, purpose: LinkPurpose, now: Date) {
  const link = await findLink(db, token, purpose, now);
  return checkLinkHolder(link, link === null ? undefined : await userWhere(db, users.id, link.userId), purpose);
}

/** What an invitation is for, shown before the person chooses a password. */
export function invitationDetails(db: PgLedgerDatabase, token: string, now: Date): Promise<Result<InvitationDetails>> {
  return attemptAsync(async () => {
    const { link, user } = await linkHolder(db, token, "invitation", now);
    return invitationDetailsOf(link, user);
  });
}

/**
 * Sets the password chosen through a link, once: the password is checked and hashed outside any
 * transaction (hashing takes time), then the link is checked again and used, and `change` writes
 * the rest, in one transaction; useLink's UPDATE decides between two nodes using the link at once.
 * Returns the link's holder as they were before the change.
 */
async function setPasswordFromLink(
  db: PgLedgerDatabase,
  input: { token: string; password: string },
  purpose: LinkPurpose,
  now: Date,
  change: (tx: PgTx, holder: { id: string; email: string }, passwordHash: string) => Promise<void>,
) {
  const { user } = await linkHolder(db, input.token, purpose, now);
  const weak = passwordProblem(input.password, user.email);
  if (weak) throw weak;
  const passwordHash = await hashPassword(input.password);
  await withPgTransaction(
    db,
    async (tx) => {
      const { link } = await linkHolder(tx, input.token, purpose, now);
      if (!(await useLink(tx, link.tokenHash, now))) throw unusableLink(purpose);
      await change(tx, user, passwordHash);
    },
    { notify: false },
  );
  return user;
}

/** Accepts an invitation: the person's name and first password, and they are signed in. */
export function acceptInvitation(
  db: PgLedgerDatabase,
  input: AcceptInvitationInput,
  client: Client,
  now: Date,
): Promise<Result<SignedIn>> {
  return attemptAsync(async () => {
    const user = await setPasswordFromLink(db, input, "invitation", now, async (tx, holder, passwordHash) => {
      await tx
        .update(users)
        .set({ passwordHash, passwordChangedAt: now.toISOString(), displayName: input.displayName })
        .where(and(eq(users.id, holder.id), isNull(users.passwordHash)));
    });
    return {
      user: toSessionUser({ ...user, displayName: input.displayName }),
      session: await startSession(db, user.id, now, client.userAgent),
    };
  });
}

/** Sets a new password from a reset link, and ends every session of the person: they sign in again. */
export function resetPassword(
  db: PgLedgerDatabase,
  input: ResetPasswordInput,
  now: Date,
): Promise<Result<{ ok: true }>> {
  return attemptAsync(async () => {
    await setPasswordFromLink(db, input, "reset", now, async (tx, holder, passwordHash) => {
      await tx.update(users).set({ passwordHash, passwordChangedAt: now.toISOString() }).where(eq(users.id, holder.id));
      await endAllSessions(tx, holder.id);
      await clearFailures(tx, { kind: "account", value: holder.email });
    });
    return { ok: true as const };
  });
}
