import type { IncomingMessage } from "node:http";
import type { ActiveSession } from "./accounts/sessions.js";
import type { Client } from "./accounts/sign-in.js";
import type { Caller } from "./auth/caller.js";
import type { LedgerStore } from "./store/ledger-store.js";

export type { Caller } from "./auth/caller.js";

/**
 * Where a procedure puts the session cookie of its answer (signing in sets it, signing out clears
 * it). The HTTP host turns it into a Set-Cookie header; it knows the cookie's name and attributes.
 */
export interface SessionCookieSink {
  set(secret: string, expiresAt: Date): void;
  clear(): void;
}

export interface Context {
  readonly store: LedgerStore;
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
  readonly store: LedgerStore;
  readonly now?: () => Date;
  /** Default: http:// and the request's Host header. */
  readonly publicUrl?: string;
  /** The cookie that carries the session's secret (default `solidaria_session`). */
  readonly sessionCookieName?: string;
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
export async function requestSession(
  store: LedgerStore,
  cookieHeader: string | undefined,
  cookieName: string,
  now: Date,
): Promise<ActiveSession | null> {
  const secret = cookieValue(cookieHeader, cookieName);
  if (secret === null || !/^[A-Za-z0-9_-]{43}$/.test(secret)) return null;
  return store.resumeSession(secret, now);
}

const discardCookie: SessionCookieSink = { set: () => undefined, clear: () => undefined };

/**
 * The context of each request: a bearer token (machine clients) names the caller; without one, the
 * session cookie (people in the dashboard) does.
 */
export function createContextFactory({
  store,
  now = () => new Date(),
  publicUrl,
  sessionCookieName = SESSION_COOKIE,
}: ContextOptions) {
  return async ({
    req,
    cookie = discardCookie,
    clientAddress,
  }: {
    req: IncomingMessage;
    cookie?: SessionCookieSink;
    /** The address throttling counts the client under; default: the socket's. */
    clientAddress?: string;
  }): Promise<Context> => {
    const session = await requestSession(store, req.headers.cookie, sessionCookieName, now());
    // An Authorization header decides alone: a wrong token is refused, not replaced by a cookie.
    const authorization = req.headers.authorization;
    const userAgent = req.headers["user-agent"];
    return {
      store,
      now,
      caller:
        authorization !== undefined
          ? await store.resolveCaller(authorization)
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
