import { and, eq, gt, isNull } from "drizzle-orm";
import { userLinks, type LedgerDatabase } from "@solidaria/db";
import { hashSecret, newSecret } from "./secrets.js";

/**
 * Single-use links a coordinator passes on to a person (no mail server is assumed): an invitation,
 * which sets the first password, and a password reset. Only the SHA-256 of a link's token is stored;
 * a new link of one purpose replaces the person's earlier unused one.
 */
export type LinkPurpose = "invitation" | "reset";

const LINK_LIFETIME_MS: Readonly<Record<LinkPurpose, number>> = {
  invitation: 7 * 24 * 60 * 60 * 1000,
  reset: 60 * 60 * 1000,
};

/** Where a link's token goes: in the fragment, which browsers never send to a server nor in a Referer. */
const LINK_PATH: Readonly<Record<LinkPurpose, string>> = { invitation: "invitation", reset: "reset-password" };

export function linkUrl(publicUrl: string, purpose: LinkPurpose, token: string): string {
  return `${publicUrl.replace(/\/+$/, "")}/${LINK_PATH[purpose]}#token=${token}`;
}

/** Issues a link for `userId` (inside the caller's transaction), retiring their earlier unused one. */
export function issueLink(
  db: LedgerDatabase,
  entry: { userId: string; purpose: LinkPurpose; createdBy: string | null },
  now: Date,
): { token: string; expiresAt: Date } {
  const { secret, hash } = newSecret();
  const expiresAt = new Date(now.getTime() + LINK_LIFETIME_MS[entry.purpose]);
  db.delete(userLinks)
    .where(and(eq(userLinks.userId, entry.userId), eq(userLinks.purpose, entry.purpose), isNull(userLinks.usedAt)))
    .run();
  db.insert(userLinks)
    .values({
      tokenHash: hash,
      userId: entry.userId,
      purpose: entry.purpose,
      createdBy: entry.createdBy,
      createdAt: now.toISOString(),
      expiresAt: expiresAt.toISOString(),
    })
    .run();
  return { token: secret, expiresAt };
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
