import { and, eq, isNull } from "drizzle-orm";
import { users, type LedgerDatabase, type Role } from "@solidaria/db";
import { attempt, attemptAsync, notFound, throttled, unauthenticated, type Result } from "../errors.js";
import { IMMEDIATE } from "../ledger/statements.js";
import type { AcceptInvitationInput, ResetPasswordInput, SignInInput } from "../validators.js";
import { hashPassword, passwordProblem, verifyAgainstNothing, verifyPassword } from "./passwords.js";
import { toSessionUser, userWhere, type SessionUser } from "./session-user.js";
import { endAllSessions, startSession, type NewSession } from "./sessions.js";
import { clearFailures, lockedUntil, recordFailure, type ThrottleKey } from "./sign-in-throttle.js";
import { findLink, useLink, type LinkPurpose } from "./user-links.js";

/**
 * Signing in, and the two links that set a password (an invitation, a reset). Every refusal of
 * credentials is the same answer, whatever was wrong (an unknown email, a wrong password, a disabled
 * person, an invitation not yet accepted), and takes about as long, so that nobody learns from it
 * which accounts exist.
 */

/** The one answer to credentials that sign nobody in. */
const WRONG_CREDENTIALS = "email or password is not right";
/** The one answer to an invitation or reset link that cannot be used, whatever the reason. */
const UNUSABLE_LINK: Readonly<Record<LinkPurpose, string>> = {
  invitation: "this invitation link is not valid: it has expired or was used already; ask a coordinator for a new one",
  reset: "this reset link is not valid: it has expired or was used already; ask a coordinator for a new one",
};

/** Where a request comes from, for throttling and for people to recognise their sessions. */
export interface Client {
  /** The client's address as the server counts it (an IPv6 /64 as one). */
  readonly address: string;
  readonly userAgent: string | null;
}

export interface SignedIn {
  readonly user: SessionUser;
  readonly session: NewSession;
}

function refuseWhileLocked(db: LedgerDatabase, keys: readonly ThrottleKey[], now: Date): void {
  const until = lockedUntil(db, keys, now);
  if (until === null) return;
  const seconds = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
  const minutes = Math.ceil(seconds / 60);
  throw throttled(
    `too many failed sign-ins: try again in ${minutes} minute${minutes === 1 ? "" : "s"}, or ask a coordinator for a reset link`,
    seconds,
  );
}

export function signIn(db: LedgerDatabase, input: SignInInput, client: Client, now: Date): Promise<Result<SignedIn>> {
  return attemptAsync(async () => {
    const account: ThrottleKey = { kind: "account", value: input.email };
    const keys = [account, { kind: "address", value: client.address } as const];
    refuseWhileLocked(db, keys, now);
    const user = userWhere(db, users.email, input.email);
    const usable = user !== undefined && user.passwordHash !== null && user.disabledAt === null;
    const right = usable
      ? await verifyPassword(user.passwordHash ?? "", input.password)
      : await verifyAgainstNothing(input.password);
    if (!right || user === undefined) {
      recordFailure(db, keys, now);
      throw unauthenticated(WRONG_CREDENTIALS);
    }
    clearFailures(db, account);
    return { user: toSessionUser(user), session: startSession(db, user.id, now, client.userAgent) };
  });
}

/** The person a link is for, if the link can still be used and the person may still use it. */
function linkHolder(db: LedgerDatabase, token: string, purpose: LinkPurpose, now: Date) {
  const link = findLink(db, token, purpose, now);
  const user = link === null ? undefined : userWhere(db, users.id, link.userId);
  // An invitation is for someone without a password yet; no link works for a disabled person.
  const fits = user !== undefined && user.disabledAt === null && (purpose === "reset" || user.passwordHash === null);
  if (link === null || !fits) throw notFound("token", UNUSABLE_LINK[purpose]);
  return { link, user };
}

export interface InvitationDetails {
  readonly email: string;
  readonly displayName: string;
  readonly organisationName: string;
  readonly role: Role;
  readonly expiresAt: string;
}

/** What an invitation is for, shown before the person chooses a password. */
export function invitationDetails(db: LedgerDatabase, token: string, now: Date): Result<InvitationDetails> {
  return attempt(() => {
    const { link, user } = linkHolder(db, token, "invitation", now);
    return {
      email: user.email,
      displayName: user.displayName,
      organisationName: user.organisationName,
      role: user.role,
      expiresAt: link.expiresAt,
    };
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
      if (!useLink(db, link.tokenHash, now)) throw notFound("token", UNUSABLE_LINK.invitation);
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
      if (!useLink(db, link.tokenHash, now)) throw notFound("token", UNUSABLE_LINK.reset);
      db.update(users).set({ passwordHash, passwordChangedAt: now.toISOString() }).where(eq(users.id, user.id)).run();
      endAllSessions(db, user.id);
      clearFailures(db, { kind: "account", value: user.email });
    }, IMMEDIATE);
    return { ok: true as const };
  });
}
