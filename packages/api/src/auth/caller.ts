import type { LedgerDatabase, Role } from "@solidaria/db";
import { statementsFor } from "../ledger/statements.js";
import { bearerToken, hashToken } from "./tokens.js";

export interface Caller {
  /** null for the server's own actions (demo seeding, CLI maintenance) and for people signed in. */
  readonly tokenId: string | null;
  readonly role: Role;
  readonly organisation: {
    readonly id: string;
    readonly name: string;
    readonly kind: string;
    readonly country: string | null;
  };
  /** The person signed in, when the call comes from the dashboard's session; null for a token. */
  readonly user: { readonly id: string; readonly displayName: string; readonly email: string } | null;
  /** How the caller proved who they are: an API token (machines) or a session cookie (people). */
  readonly via: "token" | "session";
}

/** The caller a token's row stands for. */
export function tokenCaller(row: {
  tokenId: string;
  role: Role;
  organisationId: string;
  name: string;
  kind: string;
  country: string | null;
}): Caller {
  return {
    tokenId: row.tokenId,
    role: row.role,
    organisation: { id: row.organisationId, name: row.name, kind: row.kind, country: row.country },
    user: null,
    via: "token",
  };
}

/** Resolves the bearer token of a request to its organisation and role (null when absent, revoked or unknown). */
export function resolveCaller(db: LedgerDatabase, authorization: string | undefined): Caller | null {
  const secret = bearerToken(authorization);
  if (secret === null) return null;
  const row = statementsFor(db).callerByHash.get({ hash: hashToken(secret) });
  return row ? tokenCaller(row) : null;
}
