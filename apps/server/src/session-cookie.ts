import type { ServerResponse } from "node:http";
import { cookieValue, SESSION_COOKIE, type SessionCookieSink } from "@solidaria/api";

/**
 * The session cookie as browsers get it: HttpOnly (no script reads it), SameSite=Strict (no other
 * site's page sends it), Path=/. When the server's public address is https it is also Secure and
 * named with the `__Host-` prefix, which browsers accept only from a secure origin, for the whole
 * host and no subdomain: nothing on another subdomain or over plain http can set or replace it.
 */
export interface SessionCookiePolicy {
  readonly name: string;
  readonly secure: boolean;
}

export function sessionCookiePolicy(publicUrl: string | undefined): SessionCookiePolicy {
  const secure = publicUrl !== undefined && new URL(publicUrl).protocol === "https:";
  return { name: secure ? `__Host-${SESSION_COOKIE}` : SESSION_COOKIE, secure };
}

function serialise(policy: SessionCookiePolicy, value: string, expires: Date, maxAge?: number): string {
  return [
    `${policy.name}=${value}`,
    "Path=/",
    `Expires=${expires.toUTCString()}`,
    ...(maxAge === undefined ? [] : [`Max-Age=${maxAge}`]),
    "HttpOnly",
    "SameSite=Strict",
    ...(policy.secure ? ["Secure"] : []),
  ].join("; ");
}

/** Whether a request carries the session cookie (running or not). */
export function carriesSessionCookie(cookieHeader: string | undefined, policy: SessionCookiePolicy): boolean {
  return cookieValue(cookieHeader, policy.name) !== null;
}

/**
 * A request's cookie sink: procedures set or clear the session cookie through it, and the adapter
 * writes the outcome as one Set-Cookie header (with `Cache-Control: no-store`) before the answer.
 */
export class ResponseCookie implements SessionCookieSink {
  private pending: { secret: string; expiresAt: Date } | "clear" | null = null;

  constructor(private readonly policy: SessionCookiePolicy) {}

  set(secret: string, expiresAt: Date): void {
    this.pending = { secret, expiresAt };
  }

  clear(): void {
    this.pending = "clear";
  }

  /** Writes the Set-Cookie header, if a procedure asked for one, before the answer's head is sent. */
  writeTo(res: ServerResponse): void {
    if (this.pending === null || res.headersSent) return;
    const header =
      this.pending === "clear"
        ? serialise(this.policy, "", new Date(0), 0)
        : serialise(this.policy, this.pending.secret, this.pending.expiresAt);
    res.setHeader("set-cookie", header);
    res.setHeader("cache-control", "no-store");
  }
}
