import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * The CSRF token of a session, derived rather than stored: HMAC-SHA256 of a fixed label keyed by the
 * session's secret. Only someone who holds the cookie's secret (the browser, through `auth.session`
 * or a sign-in answer) can know it, and the server recomputes it for each request instead of keeping
 * a second secret per session.
 */
const LABEL = "solidaria csrf token v1";

export function csrfTokenFor(sessionSecret: string): string {
  return createHmac("sha256", sessionSecret).update(LABEL, "utf8").digest("base64url");
}

/** Whether `given` is the session's CSRF token, compared in constant time. */
export function isCsrfTokenOf(sessionSecret: string, given: string | undefined): boolean {
  if (given === undefined) return false;
  const expected = Buffer.from(csrfTokenFor(sessionSecret), "utf8");
  const actual = Buffer.from(given, "utf8");
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
