import { and, eq, gt, isNull } from "drizzle-orm";
import { userLinks, type LedgerDatabase } from "@solidaria/db";
import { newLink, type LinkPurpose } from "./link-rules.js";
import { hashSecret } from "./secrets.js";

/** The links people are sent (what they are: link-rules.ts), as SQLite stores them. */
export { linkUrl, type LinkPurpose } from "./link-rules.js";

/** Issues a link for `userId` (inside the caller's transaction), retiring their earlier unused one. */
export function issueLink(
  db: LedgerDatabase,
  entry: { userId: string; purpose: LinkPurpose; createdBy: string | null },
  now: Date,
): { token: string; expiresAt: Date } {
  const { issued, row } = newLink(entry, now);
  db.delete(userLinks)
    .where(and(eq(userLinks.userId, entry.userId), eq(userLinks.purpose, entry.purpose), isNull(userLinks.usedAt)))
    .run();
  db.insert(userLinks).values(row).run();
  return issued;
}

/** The unused, unexpired link of `purpose` a token belongs to, or null (unknown, used or expired alike). */
export function findLink(db: LedgerDatabase, token: string, purpose: LinkPurpose, now: Date) {
  return (
    db
      .select()
      .from(userLinks)
      .where(
        and(
          eq(userLinks.tokenHash, hashSecret(token)),
          eq(userLinks.purpose, purpose),
          isNull(userLinks.usedAt),
          gt(userLinks.expiresAt, now.toISOString()),
        ),
      )
      .get() ?? null
  );
}

/** Marks a link used; false when another request used it first (it is then refused). */
export function useLink(db: LedgerDatabase, tokenHash: string, now: Date): boolean {
  const changed = db
    .update(userLinks)
    .set({ usedAt: now.toISOString() })
    .where(and(eq(userLinks.tokenHash, tokenHash), isNull(userLinks.usedAt)))
    .run().changes;
  return changed === 1;
}

/** Retires every unused link of a person (when they are disabled). */
export function retireLinks(db: LedgerDatabase, userId: string): void {
  db.delete(userLinks)
    .where(and(eq(userLinks.userId, userId), isNull(userLinks.usedAt)))
    .run();
}
