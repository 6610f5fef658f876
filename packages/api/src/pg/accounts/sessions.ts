import { and, eq, lt, or } from "drizzle-orm";
import { organisations, sessions, users, type PgLedgerDatabase } from "@solidaria/db/pg";
import { hashSecret } from "../../accounts/secrets.js";
import {
  endedSessionBounds,
  newSession,
  sessionVerdict,
  touchThreshold,
  type ActiveSession,
  type NewSession,
} from "../../accounts/session-rules.js";
import { withPgTransaction, type PgQueryable } from "../transaction.js";
import { sessionUserColumns, toSessionUser } from "./session-user.js";

/**
 * Signed-in sessions on PostgreSQL: the twin of accounts/sessions.ts. Every server node reads and
 * writes the same rows, so a session started through one node is resumed through any other, and
 * ending them all ends them for every node at once.
 */

export type { ActiveSession, NewSession } from "../../accounts/session-rules.js";

/** Starts a session for `userId`, and drops that person's sessions that have ended. */
export async function startSession(
  db: PgLedgerDatabase,
  userId: string,
  now: Date,
  userAgent: string | null = null,
): Promise<NewSession> {
  const { session, row } = newSession(userId, now, userAgent);
  const { expiredBefore, idleBefore } = endedSessionBounds(now);
  await withPgTransaction(
    db,
    async (tx) => {
      await tx
        .delete(sessions)
        .where(
          and(
            eq(sessions.userId, userId),
            or(lt(sessions.expiresAt, expiredBefore), lt(sessions.lastSeenAt, idleBefore)),
          ),
        );
      await tx.insert(sessions).values(row);
      await tx.update(users).set({ lastSeenAt: row.createdAt }).where(eq(users.id, userId));
    },
    { notify: false },
  );
  return session;
}

/**
 * The session a cookie's secret belongs to, if it is still running: not past its absolute end, used
 * within the idle timeout, its person not disabled. Marks it used (at most once a minute, and only by
 * the one node whose conditional UPDATE finds it unmarked). An ended session is deleted.
 */
export async function resumeSession(db: PgLedgerDatabase, secret: string, now: Date): Promise<ActiveSession | null> {
  const id = hashSecret(secret);
  const [row] = await db
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
    .limit(1);
  if (!row) return null;
  const verdict = sessionVerdict(row, now);
  if (verdict === "end") {
    await db.delete(sessions).where(eq(sessions.id, id));
    return null;
  }
  if (verdict === "touch") {
    const at = now.toISOString();
    await withPgTransaction(
      db,
      async (tx) => {
        const touched = await tx
          .update(sessions)
          .set({ lastSeenAt: at })
          .where(and(eq(sessions.id, id), lt(sessions.lastSeenAt, touchThreshold(now))))
          .returning({ userId: sessions.userId });
        if (touched.length > 0) await tx.update(users).set({ lastSeenAt: at }).where(eq(users.id, row.id));
      },
      { notify: false },
    );
  }
  return { id, secret, user: toSessionUser(row), expiresAt: new Date(row.expiresAt) };
}

/** Ends one session (signing out). */
export async function endSession(db: PgQueryable, sessionId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}

/** Ends every session of a person (signing out everywhere, a password reset, disabling them). */
export async function endAllSessions(db: PgQueryable, userId: string): Promise<number> {
  const result = await db.delete(sessions).where(eq(sessions.userId, userId));
  return result.rowCount ?? 0;
}
