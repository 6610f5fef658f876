import { and, asc, eq, ilike, isNull, sql } from "drizzle-orm";
import { organisations, tokens, type PgLedgerDatabase } from "@solidaria/db/pg";
import {
  noOwner,
  REFERENCE_CANDIDATES,
  referenceMatch,
  tokenToRevoke,
  toView,
  type TokenView,
} from "../../admin/admin-rules.js";
import { generateToken } from "../../auth/tokens.js";
import { attemptAsync, type Result } from "../../errors.js";
import type { TokenCreate } from "../../validators.js";
import { withPgTransaction } from "../transaction.js";

/**
 * API tokens on PostgreSQL: the twin of admin/tokens.ts (issued, listed, revoked). Nothing here
 * returns a secret or its hash after issuing.
 */

export type { TokenView } from "../../admin/admin-rules.js";

const view = {
  id: tokens.id,
  label: tokens.label,
  role: tokens.role,
  organisationId: tokens.organisationId,
  organisationName: organisations.name,
  createdAt: tokens.createdAt,
  revokedAt: tokens.revokedAt,
};

export function issueToken(db: PgLedgerDatabase, input: TokenCreate): Promise<Result<{ id: string; secret: string }>> {
  return attemptAsync(() =>
    withPgTransaction(
      db,
      async (tx) => {
        const [owner] = await tx
          .select({ id: organisations.id })
          .from(organisations)
          .where(eq(organisations.id, input.organisationId))
          .limit(1);
        if (!owner) throw noOwner(input.organisationId);
        const token = generateToken();
        await tx.insert(tokens).values({
          id: token.id,
          organisationId: input.organisationId,
          role: input.role,
          label: input.label,
          secretHash: token.secretHash,
        });
        return { id: token.id, secret: token.secret };
      },
      { notify: false },
    ),
  );
}

/** Tokens by organisation name (in the byte order SQLite sorts text in), then age, then id. */
export async function listTokens(
  db: PgLedgerDatabase,
  filter: { organisationId?: string | undefined; includeRevoked: boolean },
): Promise<TokenView[]> {
  const rows = await db
    .select(view)
    .from(tokens)
    .innerJoin(organisations, eq(organisations.id, tokens.organisationId))
    .where(
      and(
        filter.organisationId ? eq(tokens.organisationId, filter.organisationId) : undefined,
        filter.includeRevoked ? undefined : isNull(tokens.revokedAt),
      ),
    )
    .orderBy(
      asc(sql`${organisations.name} collate "C"`),
      asc(sql`${tokens.createdAt} collate "C"`),
      asc(sql`${tokens.id} collate "C"`),
    );
  return rows.map(toView);
}

/**
 * Revokes the token in use whose id is `reference`, or starts with it (8 characters or more, as lists
 * show it). A reference that fits several tokens in use revokes none. The tokens found are locked, so
 * that of two nodes revoking one token at once the second finds it revoked.
 */
export function revokeToken(db: PgLedgerDatabase, reference: string, now: Date): Promise<Result<TokenView>> {
  return attemptAsync(() =>
    withPgTransaction(
      db,
      async (tx) => {
        const match = referenceMatch(reference);
        const found = await tx
          .select(view)
          .from(tokens)
          .innerJoin(organisations, eq(organisations.id, tokens.organisationId))
          // ILIKE: SQLite's LIKE ignores the case of ASCII letters.
          .where("prefix" in match ? ilike(tokens.id, match.prefix) : eq(tokens.id, match.id))
          // Tokens in use first, as SQLite sorts nulls (PostgreSQL puts them last unless told).
          .orderBy(sql`${tokens.revokedAt} collate "C" asc nulls first`, asc(sql`${tokens.id} collate "C"`))
          .limit(REFERENCE_CANDIDATES)
          .for("update", { of: tokens });
        const token = tokenToRevoke(found, reference);
        const revokedAt = now.toISOString();
        await tx.update(tokens).set({ revokedAt }).where(eq(tokens.id, token.id));
        return toView({ ...token, revokedAt });
      },
      { notify: false },
    ),
  );
}
