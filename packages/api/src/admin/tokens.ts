import { and, asc, eq, isNull, like } from "drizzle-orm";
import { organisations, tokens, type LedgerDatabase, type Role } from "@solidaria/db";
import { generateToken } from "../auth/tokens.js";
import { attempt, conflict, invalid, notFound, type Result } from "../errors.js";
import { IMMEDIATE } from "../ledger/statements.js";
import type { TokenCreate } from "../validators.js";

/**
 * API tokens as an operator manages them: issued (the secret shown once, only its hash kept), listed
 * by the id, label, organisation and role people recognise them by, and revoked from that list.
 * Nothing here returns a secret or its hash after issuing.
 */

/** How many leading characters of a token id identify it in lists (as a short commit hash does). */
const SHORT_ID_LENGTH = 8;

const view = {
  id: tokens.id,
  label: tokens.label,
  role: tokens.role,
  organisationId: tokens.organisationId,
  organisationName: organisations.name,
  createdAt: tokens.createdAt,
  revokedAt: tokens.revokedAt,
};

interface TokenRow {
  readonly id: string;
  readonly label: string;
  readonly role: Role;
  readonly organisationId: string;
  readonly organisationName: string;
  readonly createdAt: string;
  readonly revokedAt: string | null;
}

const toView = (row: TokenRow) => ({ ...row, shortId: row.id.slice(0, SHORT_ID_LENGTH) });
export type TokenView = ReturnType<typeof toView>;

export function issueToken(db: LedgerDatabase, input: TokenCreate): Result<{ id: string; secret: string }> {
  return attempt(() =>
    db.transaction((tx) => {
      const owner = tx
        .select({ id: organisations.id })
        .from(organisations)
        .where(eq(organisations.id, input.organisationId))
        .get();
      if (!owner) throw invalid("organisationId", `no organisation "${input.organisationId}"`);
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
      const found = tx
        .select(view)
        .from(tokens)
        .innerJoin(organisations, eq(organisations.id, tokens.organisationId))
        .where(
          reference.length >= SHORT_ID_LENGTH
            ? like(tokens.id, `${reference.replace(/[%_\\]/g, "")}%`)
            : eq(tokens.id, reference),
        )
        .orderBy(asc(tokens.revokedAt))
        .limit(50)
        .all();
      const active = found.filter((token) => token.revokedAt === null);
      const [token] = active;
      if (active.length > 1) {
        throw conflict("id", `"${reference}" is the start of several token ids: give more of the id`);
      }
      if (token === undefined) {
        const revoked = found[0]?.revokedAt;
        throw notFound(
          "id",
          revoked ? `no active token "${reference}": it was revoked at ${revoked}` : `no active token "${reference}"`,
        );
      }
      const revokedAt = now.toISOString();
      tx.update(tokens).set({ revokedAt }).where(eq(tokens.id, token.id)).run();
      return toView({ ...token, revokedAt });
    }, IMMEDIATE),
  );
}
