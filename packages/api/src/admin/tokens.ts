import { and, asc, eq, isNull, like } from "drizzle-orm";
import { organisations, tokens, type LedgerDatabase } from "@solidaria/db";
import { generateToken } from "../auth/tokens.js";
import { attempt, type Result } from "../errors.js";
import { IMMEDIATE } from "../ledger/statements.js";
import type { TokenCreate } from "../validators.js";
import { noOwner, REFERENCE_CANDIDATES, referenceMatch, tokenToRevoke, toView, type TokenView } from "./admin-rules.js";

/**
 * API tokens as an operator manages them: issued (the secret shown once, only its hash kept), listed
 * by the id, label, organisation and role people recognise them by, and revoked from that list.
 * Nothing here returns a secret or its hash after issuing.
 */

const view = {
  id: tokens.id,
  label: tokens.label,
  role: tokens.role,
  organisationId: tokens.organisationId,
  organisationName: organisations.name,
  createdAt: tokens.createdAt,
  revokedAt: tokens.revokedAt,
};

export type { TokenView } from "./admin-rules.js";

export function issueToken(db: LedgerDatabase, input: TokenCreate): Result<{ id: string; secret: string }> {
  return attempt(() =>
    db.transaction((tx) => {
      const owner = tx
        .select({ id: organisations.id })
        .from(organisations)
        .where(eq(organisations.id, input.organisationId))
        .get();
      if (!owner) throw noOwner(input.organisationId);
      const token = generateToken();
      tx.insert(tokens)
        .values({
          id: token.id,
          organisationId: input.organisationId,
          role: input.role,
          label: input.label,
          secretHash: token.secretHash,
        })
        .run();
      return { id: token.id, secret: token.secret };
    }, IMMEDIATE),
  );
}

export function listTokens(
  db: LedgerDatabase,
  filter: { organisationId?: string | undefined; includeRevoked: boolean },
): TokenView[] {
  return db
    .select(view)
    .from(tokens)
    .innerJoin(organisations, eq(organisations.id, tokens.organisationId))
    .where(
      and(
        filter.organisationId ? eq(tokens.organisationId, filter.organisationId) : undefined,
        filter.includeRevoked ? undefined : isNull(tokens.revokedAt),
      ),
    )
    .orderBy(asc(organisations.name), asc(tokens.createdAt), asc(tokens.id))
    .all()
    .map(toView);
}

/**
 * Revokes the token in use whose id is `reference`, or starts with it (8 characters or more, as lists
 * show it). A reference that fits several tokens in use revokes none.
 */
export function revokeToken(db: LedgerDatabase, reference: string, now: Date): Result<TokenView> {
  return attempt(() =>
    db.transaction((tx) => {
      const match = referenceMatch(reference);
      const found = tx
        .select(view)
        .from(tokens)
        .innerJoin(organisations, eq(organisations.id, tokens.organisationId))
        .where("prefix" in match ? like(tokens.id, match.prefix) : eq(tokens.id, match.id))
        // Tokens in use first (SQLite sorts nulls first), then by id so that the cut at the limit is stable.
        .orderBy(asc(tokens.revokedAt), asc(tokens.id))
        .limit(REFERENCE_CANDIDATES)
        .all();
      const token = tokenToRevoke(found, reference);
      const revokedAt = now.toISOString();
      tx.update(tokens).set({ revokedAt }).where(eq(tokens.id, token.id)).run();
      return toView({ ...token, revokedAt });
    }, IMMEDIATE),
  );
}
