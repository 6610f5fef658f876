import type { Role } from "@solidaria/db/enums";
import { newSecret } from "./secrets.js";

/**
 * What decides a session's life, whichever database holds it: when it starts and ends, and when its
 * use is written down. The stores (SQLite, PostgreSQL) only read and write the rows.
 */

/** A session unused this long ends: a dashboard left open on a shared computer. */
export const SESSION_IDLE_TIMEOUT_MS = 2 * 60 * 60 * 1000;
/** However much it is used, a session ends this long after sign-in. */
export const SESSION_ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;
/** `last_seen_at` is written at most this often per session: one write a minute, not one a request. */
const SESSION_TOUCH_INTERVAL_MS = 60 * 1000;
/** The User-Agent is kept only this long: enough to recognise a browser, not to fingerprint it. */
const USER_AGENT_LENGTH = 200;

export interface NewSession {
  /** For the cookie only: never stored, never logged. */
  readonly secret: string;
  readonly expiresAt: Date;
}

export interface ActiveSession {
  /** The SHA-256 of the secret: the row's id. */
  readonly id: string;
  readonly secret: string;
  readonly user: SessionUser;
  readonly expiresAt: Date;
}

/** The signed-in person as the dashboard shows them: who, in which organisation, with which role. */
export interface SessionUser {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly role: Role;
  readonly organisation: {
    readonly id: string;
    readonly name: string;
    readonly kind: string;
    readonly country: string | null;
  };
}

export function toSessionUser(row: {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  organisationId: string;
  organisationName: string;
  organisationKind: string;
  organisationCountry: string | null;
}): SessionUser {
  return {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    role: row.role,
    organisation: {
      id: row.organisationId,
      name: row.organisationName,
      kind: row.organisationKind,
      country: row.organisationCountry,
    },
  };
}

const iso = (ms: number) => new Date(ms).toISOString();

/** A new session of `userId`: the secret for the cookie, and the row to store (the secret's hash as id). */
export function newSession(userId: string, now: Date, userAgent: string | null) {
  const { secret, hash } = newSecret();
  const at = now.toISOString();
  const expiresAt = new Date(now.getTime() + SESSION_ABSOLUTE_TIMEOUT_MS);
  return {
    session: { secret, expiresAt } satisfies NewSession,
    row: {
      id: hash,
      userId,
      createdAt: at,
      lastSeenAt: at,
      expiresAt: expiresAt.toISOString(),
      userAgent: userAgent === null ? null : userAgent.slice(0, USER_AGENT_LENGTH),
    },
  };
}

/**
 * The bounds of a person's running sessions at `now`: one that expires before `expiredBefore`, or was
 * last seen before `idleBefore`, has ended (both ISO-8601 UTC, which compare as text).
 */
export function endedSessionBounds(now: Date): { expiredBefore: string; idleBefore: string } {
  return { expiredBefore: now.toISOString(), idleBefore: iso(now.getTime() - SESSION_IDLE_TIMEOUT_MS) };
}

/**
 * What to do with a stored session at `now`: "end" it (past its absolute end, idle too long, its
 * person disabled), "touch" it (mark it used: last written a minute ago or more), or just "use" it.
 */
export function sessionVerdict(
  row: { lastSeenAt: string; expiresAt: string; disabledAt: string | null },
  now: Date,
): "end" | "touch" | "use" {
  const nowMs = now.getTime();
  const lastSeen = Date.parse(row.lastSeenAt);
  const ended = nowMs >= Date.parse(row.expiresAt) || nowMs - lastSeen >= SESSION_IDLE_TIMEOUT_MS;
  if (ended || row.disabledAt !== null) return "end";
  return nowMs - lastSeen >= SESSION_TOUCH_INTERVAL_MS ? "touch" : "use";
}

/**
 * A session whose `last_seen_at` is before this was not touched within the interval: the condition of
 * the touch's UPDATE, so that of two servers resuming one session at once only one writes.
 */
export function touchThreshold(now: Date): string {
  return iso(now.getTime() - SESSION_TOUCH_INTERVAL_MS + 1);
}
