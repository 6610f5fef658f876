import { and, eq, lt, or } from "drizzle-orm";
import { organisations, sessions, users, type LedgerDatabase } from "@solidaria/db";
import { IMMEDIATE } from "../ledger/statements.js";
import { hashSecret } from "./secrets.js";
import {
  endedSessionBounds,
  newSession,
  sessionVerdict,
  type ActiveSession,
  type NewSession,
} from "./session-rules.js";
import { sessionUserColumns, toSessionUser } from "./session-user.js";

/**
 * Signed-in sessions, stored in the database so that every server process on the file knows them and
 * a person can end them all. The browser holds the secret (in an HttpOnly cookie); the table holds its
 * SHA-256 as the session's id.
 */

export {
  SESSION_ABSOLUTE_TIMEOUT_MS,
  SESSION_IDLE_TIMEOUT_MS,
  type ActiveSession,
  type NewSession,
} from "./session-rules.js";

/** Starts a session for `userId`, and drops that person's sessions that have ended. */
export function startSession(
  db: LedgerDatabase,
  userId: string,
  now: Date,
  userAgent: string | null = null,
): NewSession {
  const { session, row } = newSession(userId, now, userAgent);
  const { expiredBefore, idleBefore } = endedSessionBounds(now);
  db.transaction(() => {
    db.delete(sessions)
      .where(
        and(
          eq(sessions.userId, userId),
          or(lt(sessions.expiresAt, expiredBefore), lt(sessions.lastSeenAt, idleBefore)),
        ),
      )
      .run();
    db.insert(sessions).values(row).run();
    db.update(users).set({ lastSeenAt: row.createdAt }).where(eq(users.id, userId)).run();
  }, IMMEDIATE);
  return session;
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
  const verdict = sessionVerdict(row, now);
  if (verdict === "end") {
    db.delete(sessions).where(eq(sessions.id, id)).run();
    return null;
  }
  if (verdict === "touch") {
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
