import { and, eq, lt, or } from "drizzle-orm";
import { organisations, sessions, users, type LedgerDatabase } from "@solidaria/db";
import { IMMEDIATE } from "../ledger/statements.js";
import { hashSecret, newSecret } from "./secrets.js";
import { sessionUserColumns, toSessionUser, type SessionUser } from "./session-user.js";

/**
 * Signed-in sessions, stored in the database so that every server process on the file knows them and
 * a person can end them all. The browser holds the secret (in an HttpOnly cookie); the table holds its
 * SHA-256 as the session's id.
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

const iso = (ms: number) => new Date(ms).toISOString();

/** Starts a session for `userId`, and drops that person's sessions that have ended. */
export function startSession(
  db: LedgerDatabase,
  userId: string,
  now: Date,
  userAgent: string | null = null,
): NewSession {
  const { secret, hash } = newSecret();
  const at = now.toISOString();
  const expiresAt = new Date(now.getTime() + SESSION_ABSOLUTE_TIMEOUT_MS);
  db.transaction(() => {
    db.delete(sessions)
      .where(
        and(
          eq(sessions.userId, userId),
          or(lt(sessions.expiresAt, at), lt(sessions.lastSeenAt, iso(now.getTime() - SESSION_IDLE_TIMEOUT_MS))),
        ),
      )
      .run();
    db.insert(sessions)
      .values({
        id: hash,
        userId,
        createdAt: at,
        lastSeenAt: at,
        expiresAt: expiresAt.toISOString(),
        userAgent: userAgent === null ? null : userAgent.slice(0, USER_AGENT_LENGTH),
      })
      .run();
    db.update(users).set({ lastSeenAt: at }).where(eq(users.id, userId)).run();
  }, IMMEDIATE);
  return { secret, expiresAt };
}

/**
 * The session a cookie's secret belongs to, if it is still running: not past its absolute end, used
 * within the idle timeout, its person not disabled. Marks it used (at most once a minute). An ended
 * session is deleted.
 */
export function resumeSession(db: LedgerDatabase, secret: string, now: Date): ActiveSession | null {
  const id = hashSecret(secret);
  const row = db
    .select({
      ...sessionUserColumns,
      sessionId: sessions.id,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(sessions.id, id))
    .get();
  if (!row) return null;
  const nowMs = now.getTime();
  const lastSeen = Date.parse(row.lastSeenAt);
  const ended = nowMs >= Date.parse(row.expiresAt) || nowMs - lastSeen >= SESSION_IDLE_TIMEOUT_MS;
  if (ended || row.disabledAt !== null) {
    db.delete(sessions).where(eq(sessions.id, id)).run();
    return null;
  }
  if (nowMs - lastSeen >= SESSION_TOUCH_INTERVAL_MS) {
    const at = now.toISOString();
    db.transaction(() => {
      db.update(sessions).set({ lastSeenAt: at }).where(eq(sessions.id, id)).run();
      db.update(users).set({ lastSeenAt: at }).where(eq(users.id, row.id)).run();
    }, IMMEDIATE);
  }
  return { id, secret, user: toSessionUser(row), expiresAt: new Date(row.expiresAt) };
}

/** Ends one session (signing out). */
export function endSession(db: LedgerDatabase, sessionId: string): void {
  db.delete(sessions).where(eq(sessions.id, sessionId)).run();
}

/** Ends every session of a person (signing out everywhere, a password reset, disabling them). */
export function endAllSessions(db: LedgerDatabase, userId: string): number {
  return db.delete(sessions).where(eq(sessions.userId, userId)).run().changes;
}
