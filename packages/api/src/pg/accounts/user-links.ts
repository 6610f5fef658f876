import { and, eq, gt, isNull } from "drizzle-orm";
import { userLinks } from "@solidaria/db/pg";
import { newLink, type LinkPurpose } from "../../accounts/link-rules.js";
import { hashSecret } from "../../accounts/secrets.js";
import type { PgQueryable } from "../transaction.js";

/** The links people are sent (what they are: accounts/link-rules.ts), as PostgreSQL stores them. */
export type { LinkPurpose } from "../../accounts/link-rules.js";

/** Issues a link for `userId` (inside the caller's transaction), retiring their earlier unused one. */
export async function issueLink(
  db: PgQueryable,
  entry: { userId: string; purpose: LinkPurpose; createdBy: string | null },
  now: Date,
): Promise<{ token: string; expiresAt: Date }> {
  const { issued, row } = newLink(entry, now);
  await db
    .delete(userLinks)
    .where(and(eq(userLinks.userId, entry.userId), eq(userLinks.purpose, entry.purpose), isNull(userLinks.usedAt)));
  await db.insert(userLinks).values(row);
  return issued;
}

/** The unused, unexpired link of `purpose` a token belongs to, or null (unknown, used or expired alike). */
export async function findLink(db: PgQueryable, token: string, purpose: LinkPurpose, now: Date) {
  const [row] = await db
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
    .limit(1);
  return row ?? null;
}

/**
 * Marks a link used; false when another request used it first (it is then refused). Of two nodes
 * using one link at once, the second waits for the first's row lock and then finds it used.
 */
export async function useLink(db: PgQueryable, tokenHash: string, now: Date): Promise<boolean> {
  const result = await db
    .update(userLinks)
    .set({ usedAt: now.toISOString() })
    .where(and(eq(userLinks.tokenHash, tokenHash), isNull(userLinks.usedAt)));
  return result.rowCount === 1;
}

/** Retires every unused link of a person (when they are disabled). */
export async function retireLinks(db: PgQueryable, userId: string): Promise<void> {
  await db.delete(userLinks).where(and(eq(userLinks.userId, userId), isNull(userLinks.usedAt)));
}
