import { and, eq, isNull } from "drizzle-orm";
import { users, type LedgerDatabase } from "@solidaria/db";
import { attempt, attemptAsync, type Result } from "../errors.js";
import { IMMEDIATE } from "../ledger/statements.js";
import type { AcceptInvitationInput, ResetPasswordInput, SignInInput } from "../validators.js";
import type { LinkPurpose } from "./link-rules.js";
import { hashPassword, passwordProblem, verifyAgainstNothing, verifyPassword } from "./passwords.js";
import { toSessionUser, userWhere } from "./session-user.js";
import { endAllSessions, startSession } from "./sessions.js";
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
} from "./sign-in-rules.js";
import { clearFailures, lockedUntil, recordFailure, type ThrottleKey } from "./sign-in-throttle.js";
import { lockedOut } from "./throttle-rules.js";
import { findLink, useLink } from "./user-links.js";

/**
 * Signing in, and the two links that set a password (an invitation, a reset). Every refusal of
 * credentials is the same answer, whatever was wrong (an unknown email, a wrong password, a disabled
 * person, an invitation not yet accepted), and takes about as long, so that nobody learns from it
 * which accounts exist (the answers: sign-in-rules.ts).
 */

export type { Client, InvitationDetails, SignedIn } from "./sign-in-rules.js";

function refuseWhileLocked(db: LedgerDatabase, keys: readonly ThrottleKey[], now: Date): void {
  const until = lockedUntil(db, keys, now);
  if (until !== null) throw lockedOut(until, now);
}

export function signIn(db: LedgerDatabase, input: SignInInput, client: Client, now: Date): Promise<Result<SignedIn>> {
  return attemptAsync(async () => {
    const { account, keys } = signInKeys(input.email, client);
    refuseWhileLocked(db, keys, now);
    const user = userWhere(db, users.email, input.email);
    const right = canSignIn(user)
      ? await verifyPassword(user?.passwordHash ?? "", input.password)
      : await verifyAgainstNothing(input.password);
    if (!right || user === undefined) {
      recordFailure(db, keys, now);
      throw wrongCredentials();
    }
    clearFailures(db, account);
    return { user: toSessionUser(user), session: startSession(db, user.id, now, client.userAgent) };
  });
}

/** The person a link is for, if the link can still be used and the person may still use it. */
function linkHolder(db: LedgerDatabase, token: string, purpose: LinkPurpose, now: Date) {
  const link = findLink(db, token, purpose, now);
  return checkLinkHolder(link, link === null ? undefined : userWhere(db, users.id, link.userId), purpose);
}

/** What an invitation is for, shown before the person chooses a password. */
export function invitationDetails(db: LedgerDatabase, token: string, now: Date): Result<InvitationDetails> {
  return attempt(() => {
    const { link, user } = linkHolder(db, token, "invitation", now);
    return invitationDetailsOf(link, user);
  });
}

/** Accepts an invitation: the person's name and first password, and they are signed in. */
export function acceptInvitation(
  db: LedgerDatabase,
  input: AcceptInvitationInput,
  client: Client,
  now: Date,
): Promise<Result<SignedIn>> {
  return attemptAsync(async () => {
    const { user } = linkHolder(db, input.token, "invitation", now);
    const weak = passwordProblem(input.password, user.email);
    if (weak) throw weak;
    const passwordHash = await hashPassword(input.password);
    db.transaction(() => {
      // Checked again under the write lock: the hash took time, and the link is single-use.
      const { link } = linkHolder(db, input.token, "invitation", now);
      if (!useLink(db, link.tokenHash, now)) throw unusableLink("invitation");
      db.update(users)
        .set({ passwordHash, passwordChangedAt: now.toISOString(), displayName: input.displayName })
        .where(and(eq(users.id, user.id), isNull(users.passwordHash)))
        .run();
    }, IMMEDIATE);
    return {
      user: toSessionUser({ ...user, displayName: input.displayName }),
      session: startSession(db, user.id, now, client.userAgent),
    };
  });
}

/** Sets a new password from a reset link, and ends every session of the person: they sign in again. */
export function resetPassword(db: LedgerDatabase, input: ResetPasswordInput, now: Date): Promise<Result<{ ok: true }>> {
  return attemptAsync(async () => {
    const { user } = linkHolder(db, input.token, "reset", now);
    const weak = passwordProblem(input.password, user.email);
    if (weak) throw weak;
    const passwordHash = await hashPassword(input.password);
    db.transaction(() => {
      const { link } = linkHolder(db, input.token, "reset", now);
      if (!useLink(db, link.tokenHash, now)) throw unusableLink("reset");
      db.update(users).set({ passwordHash, passwordChangedAt: now.toISOString() }).where(eq(users.id, user.id)).run();
      endAllSessions(db, user.id);
      clearFailures(db, { kind: "account", value: user.email });
    }, IMMEDIATE);
    return { ok: true as const };
  });
}
