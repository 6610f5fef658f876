import { and, eq, isNull } from "drizzle-orm";
import { organisations, tokens, type PgLedgerDatabase } from "@solidaria/db/pg";
import { tokenCaller, type Caller } from "../../auth/caller.js";
import { bearerToken, hashToken } from "../../auth/tokens.js";

/**
 * Resolves the bearer token of a request to its organisation and role (null when absent, revoked or
 * unknown): the twin of auth/caller.ts `resolveCaller` (its query: ledger/statements.ts
 * `callerByHash`).
 */
export async function resolveCaller(db: PgLedgerDatabase, authorization: string | undefined): Promise<Caller | null> {
  const secret = bearerToken(authorization);
  if (secret === null) return null;
  const [row] = await db
    .select({
      tokenId: tokens.id,
      role: tokens.role,
      organisationId: organisations.id,
      name: organisations.name,
      kind: organisations.kind,
      country: organisations.country,
    })
    .from(tokens)
    .innerJoin(organisations, eq(tokens.organisationId, organisations.id))
    .where(and(eq(tokens.secretHash, hashToken(secret)), isNull(tokens.revokedAt)))
    .limit(1);
  return row ? tokenCaller(row) : null;
}
