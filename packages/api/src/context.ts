import type { IncomingMessage } from "node:http";
import type { LedgerDatabase, Role } from "@solidaria/db";
import { bearerToken, hashToken } from "./auth/tokens.js";
import { statementsFor } from "./ledger/statements.js";

export interface Caller {
  /** null for the server's own actions (demo seeding, CLI maintenance). */
  readonly tokenId: string | null;
  readonly role: Role;
  readonly organisation: {
    readonly id: string;
    readonly name: string;
    readonly kind: string;
    readonly country: string | null;
  };
}

export interface Context {
  readonly db: LedgerDatabase;
  readonly caller: Caller | null;
  /** The clock, injectable so tests can pin dates. */
  readonly now: () => Date;
}

interface ContextOptions {
  readonly db: LedgerDatabase;
  readonly now?: () => Date;
}

/** Resolves the bearer token of a request to its organisation and role (null when absent, revoked or unknown). */
export function resolveCaller(db: LedgerDatabase, authorization: string | undefined): Caller | null {
  const secret = bearerToken(authorization);
  if (secret === null) return null;
  const row = statementsFor(db).callerByHash.get({ hash: hashToken(secret) });
  if (!row) return null;
  return {
    tokenId: row.tokenId,
    role: row.role,
    organisation: { id: row.organisationId, name: row.name, kind: row.kind, country: row.country },
  };
}

export function createContextFactory({ db, now = () => new Date() }: ContextOptions) {
  return ({ req }: { req: IncomingMessage }): Context => ({
    db,
    now,
    caller: resolveCaller(db, req.headers.authorization),
  });
}
