import { throttled, type DomainError } from "../errors.js";

/**
 * The rules of sign-in throttling, whichever database counts the failures: per account (the email
 * typed, known or not, so that a lock tells nothing about which accounts exist) and per client
 * address (one address guessing many accounts). A key with too many failures within the window is
 * locked for a while; sign-ins are then refused before any password is checked.
 */

export type ThrottleKey = { readonly kind: "account" | "address"; readonly value: string };

export interface ThrottleRule {
  /** Failures within `windowMs` that lock the key. */
  readonly failures: number;
  readonly windowMs: number;
  readonly lockMs: number;
}

export type ThrottleRules = Readonly<Record<ThrottleKey["kind"], ThrottleRule>>;

const FIFTEEN_MINUTES = 15 * 60 * 1000;

export const SIGN_IN_THROTTLE: ThrottleRules = {
  account: { failures: 5, windowMs: FIFTEEN_MINUTES, lockMs: FIFTEEN_MINUTES },
  address: { failures: 20, windowMs: FIFTEEN_MINUTES, lockMs: FIFTEEN_MINUTES },
};

/** The latest of the keys' `locked_until` that is after `now`, or null when none is locked. */
export function latestLock(lockedUntils: readonly (string | null | undefined)[], now: Date): Date | null {
  let latest: Date | null = null;
  for (const value of lockedUntils) {
    if (value == null) continue;
    const until = new Date(value);
    if (until > now && (latest === null || until > latest)) latest = until;
  }
  return latest;
}

/**
 * The times that decide a failure counted at `now` under `rule`, as ISO-8601 UTC text (which
 * compares as time): the start of a new window (`now`), the window start at or before which the
 * stored window has passed, and the end of the lock this failure sets if it reaches the limit.
 */
export function failureTimes(rule: ThrottleRule, now: Date) {
  const nowMs = now.getTime();
  return {
    now: now.toISOString(),
    windowPassedAtOrBefore: new Date(nowMs - rule.windowMs).toISOString(),
    lockUntil: new Date(nowMs + rule.lockMs).toISOString(),
  };
}

/**
 * A key's row after one more failure at `now`: a new window when the stored one has passed (or there
 * is none), and a lock when this failure reaches the rule's limit within the window. (The PostgreSQL
 * store computes the same in its upsert, from `failureTimes`.)
 */
export function afterFailure(
  row: { windowStart: string; count: number; lockedUntil: string | null } | undefined,
  rule: ThrottleRule,
  now: Date,
): { windowStart: string; count: number; lockedUntil: string | null } {
  const times = failureTimes(rule, now);
  const fresh = row === undefined || Date.parse(row.windowStart) <= Date.parse(times.windowPassedAtOrBefore);
  const count = fresh ? 1 : row.count + 1;
  return {
    windowStart: fresh ? times.now : row.windowStart,
    count,
    lockedUntil: count >= rule.failures ? times.lockUntil : fresh ? null : row.lockedUntil,
  };
}

/** The refusal of a sign-in while a key is locked until `until`. */
export function lockedOut(until: Date, now: Date): DomainError {
  const seconds = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
  const minutes = Math.ceil(seconds / 60);
  return throttled(
    `too many failed sign-ins: try again in ${minutes} minute${minutes === 1 ? "" : "s"}, or ask a coordinator for a reset link`,
    seconds,
  );
}
