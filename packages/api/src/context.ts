import type { IncomingMessage } from "node:http";
import type { LedgerDatabase, Role } from "@solidaria/db";
import { resumeSession, type ActiveSession } from "./accounts/sessions.js";
import type { Client } from "./accounts/sign-in.js";
import { bearerToken, hashToken } from "./auth/tokens.js";
import { statementsFor } from "./ledger/statements.js";

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

/**
 * Where a procedure puts the session cookie of its answer (signing in sets it, signing out clears
 * it). The HTTP host turns it into a Set-Cookie header; it knows the cookie's name and attributes.
 */
export interface SessionCookieSink {
  set(secret: string, expiresAt: Date): void;
  clear(): void;
}

export interface Context {
  readonly db: LedgerDatabase;
  readonly caller: Caller | null;
  /** The running session the request's cookie names, or null (none, or one that has ended). */
  readonly session: ActiveSession | null;
  readonly cookie: SessionCookieSink;
  readonly client: Client;
  /** The address people reach the server at, for the links they are sent (no trailing slash). */
  readonly publicUrl: string;
  /** The clock, injectable so tests can pin dates. */
  readonly now: () => Date;
}

/** The default name of the session cookie; over https the host uses `__Host-` + this. */
export const SESSION_COOKIE = "solidaria_session";

interface ContextOptions {
  readonly db: LedgerDatabase;
  readonly now?: () => Date;
  /** Default: http:// and the request's Host header. */
  readonly publicUrl?: string;
  /** The cookie that carries the session's secret (default `solidaria_session`). */
  readonly sessionCookieName?: string;
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
    user: null,
    via: "token",
  };
}

/** The caller a running session stands for: its person, with their organisation's role. */
export function sessionCaller(session: ActiveSession): Caller {
  const { user } = session;
  return {
    tokenId: null,
    role: user.role,
    organisation: user.organisation,
    user: { id: user.id, displayName: user.displayName, email: user.email },
    via: "session",
  };
}

/** The value of cookie `name` in a Cookie header, or null. */
export function cookieValue(header: string | undefined, name: string): string | null {
  if (header === undefined) return null;
  for (const part of header.split(";")) {
    const separator = part.indexOf("=");
    if (separator > 0 && part.slice(0, separator).trim() === name) return part.slice(separator + 1).trim();
  }
  return null;
}

/** The session a request's cookie names, if it is running (a malformed secret is none). */
export function requestSession(
  db: LedgerDatabase,
  cookieHeader: string | undefined,
  cookieName: string,
  now: Date,
): ActiveSession | null {
  const secret = cookieValue(cookieHeader, cookieName);
  if (secret === null || !/^[A-Za-z0-9_-]{43}$/.test(secret)) return null;
  return resumeSession(db, secret, now);
}

const discardCookie: SessionCookieSink = { set: () => undefined, clear: () => undefined };

/**
 * The context of each request: a bearer token (machine clients) names the caller; without one, the
 * session cookie (people in the dashboard) does.
 */
export function createContextFactory({
  db,
  now = () => new Date(),
  publicUrl,
  sessionCookieName = SESSION_COOKIE,
}: ContextOptions) {
  return ({
    req,
    cookie = discardCookie,
    clientAddress,
  }: {
    req: IncomingMessage;
    cookie?: SessionCookieSink;
    /** The address throttling counts the client under; default: the socket's. */
    clientAddress?: string;
  }): Context => {
    const session = requestSession(db, req.headers.cookie, sessionCookieName, now());
    // An Authorization header decides alone: a wrong token is refused, not replaced by a cookie.
    const authorization = req.headers.authorization;
    const userAgent = req.headers["user-agent"];
    return {
      db,
      now,
      caller:
        authorization !== undefined
          ? resolveCaller(db, authorization)
          : session === null
            ? null
            : sessionCaller(session),
      session,
      cookie,
      client: {
        address: clientAddress ?? req.socket.remoteAddress ?? "unknown",
        userAgent: typeof userAgent === "string" ? userAgent : null,
      },
      publicUrl: (publicUrl ?? `http://${req.headers.host ?? "localhost"}`).replace(/\/+$/, ""),
    };
  };
}
