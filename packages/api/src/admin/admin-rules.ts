import type { Role } from "@solidaria/db/enums";
import { conflict, invalid, notFound, type DomainError } from "../errors.js";

/**
 * Organisations and API tokens as an operator manages them, whichever database holds them: how a
 * token is shown in lists and named when revoked, and every refusal. Nothing here carries a secret or
 * its hash.
 */

/** How many leading characters of a token id identify it in lists (as a short commit hash does). */
const SHORT_ID_LENGTH = 8;

export interface TokenRow {
  readonly id: string;
  readonly label: string;
  readonly role: Role;
  readonly organisationId: string;
  readonly organisationName: string;
  readonly createdAt: string;
  readonly revokedAt: string | null;
}

export const toView = (row: TokenRow) => ({ ...row, shortId: row.id.slice(0, SHORT_ID_LENGTH) });
export type TokenView = ReturnType<typeof toView>;

/** How many tokens a revocation's reference is looked up among, at most. */
export const REFERENCE_CANDIDATES = 50;

/**
 * How a revocation's reference names tokens: a whole id (shorter than a short id), or the start of
 * ids, as a LIKE pattern with the pattern's own special characters dropped.
 */
export function referenceMatch(reference: string): { prefix: string } | { id: string } {
  return reference.length >= SHORT_ID_LENGTH ? { prefix: `${reference.replace(/[%_\\]/g, "")}%` } : { id: reference };
}

/**
 * The one token in use a reference names, among the tokens it matched (in use first): refused when it
 * names several (give more of the id) or none (saying when it was revoked, if it was).
 */
export function tokenToRevoke<T extends { revokedAt: string | null }>(found: readonly T[], reference: string): T {
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
  return token;
}

/** A token is issued only for an organisation that exists. */
export const noOwner = (organisationId: string): DomainError =>
  invalid("organisationId", `no organisation "${organisationId}"`);

/** An organisation's id is taken. */
export const organisationExists = (id: string): DomainError => conflict("id", `an organisation "${id}" already exists`);
