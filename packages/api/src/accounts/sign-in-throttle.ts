import { and, eq } from "drizzle-orm";
import { signInFailures, type LedgerDatabase } from "@solidaria/db";
import { IMMEDIATE } from "../ledger/statements.js";

/**
 * Failed sign-ins, counted in the database so that every server process on the file shares the
 * counts: per account (the email typed, known or not, so that a lock tells nothing about which
 * accounts exist) and per client address (one address guessing many accounts). A key with too many
 * failures within the window is locked for a while; sign-ins are then refused before any password is
 * checked.
 */

export type ThrottleKey = { readonly kind: "account" | "address"; readonly value: string };

export interface ThrottleRule {
  /** Failures within `windowMs` that lock the key. */
  readonly failures: number;
  readonly windowMs: number;
  readonly lockMs: number;
}

const FIFTEEN_MINUTES = 15 * 60 * 1000;

export const SIGN_IN_THROTTLE: Readonly<Record<ThrottleKey["kind"], ThrottleRule>> = {
  account: { failures: 5, windowMs: FIFTEEN_MINUTES, lockMs: FIFTEEN_MINUTES },
  address: { failures: 20, windowMs: FIFTEEN_MINUTES, lockMs: FIFTEEN_MINUTES },
};

const where = (key: ThrottleKey) => and(eq(signInFailures.keyKind, key.kind), eq(signInFailures.keyValue, key.value));

/** The latest time any of `keys` stays locked after `now`, or null when none is locked. */
export function lockedUntil(db: LedgerDatabase, keys: readonly ThrottleKey[], now: Date): Date | null {
  let latest: Date | null = null;
  for (const key of keys) {
    const row = db.select({ lockedUntil: signInFailures.lockedUntil }).from(signInFailures).where(where(key)).get();
    if (row?.lockedUntil == null) continue;
    const until = new Date(row.lockedUntil);
    if (until > now && (latest === null || until > latest)) latest = until;
  }
  return latest;
}

/**
 * Counts one failure against each key: a new window when the last one has passed, and a lock when
 * this failure reaches the rule's limit within it.
 */
export function recordFailure(
  db: LedgerDatabase,
  keys: readonly ThrottleKey[],
  now: Date,
  rules: Readonly<Record<ThrottleKey["kind"], ThrottleRule>> = SIGN_IN_THROTTLE,
): void {
  const nowMs = now.getTime();
  db.transaction(() => {
    for (const key of keys) {
      const rule = rules[key.kind];
      const row = db.select().from(signInFailures).where(where(key)).get();
      const fresh = row === undefined || nowMs - Date.parse(row.windowStart) >= rule.windowMs;
      const windowStart = fresh ? now.toISOString() : row.windowStart;
      const count = fresh ? 1 : row.count + 1;
      const lockedUntil =
        count >= rule.failures ? new Date(nowMs + rule.lockMs).toISOString() : fresh ? null : row.lockedUntil;
      db.insert(signInFailures)
        .values({ keyKind: key.kind, keyValue: key.value, windowStart, count, lockedUntil })
        .onConflictDoUpdate({
          target: [signInFailures.keyKind, signInFailures.keyValue],
          set: { windowStart, count, lockedUntil },
        })
        .run();
    }
  }, IMMEDIATE);
}

/**
 * Forgets an account's failures (a successful sign-in, a new password). An address's are kept: one
 * account that signs in must not let its address go on guessing others.
 */
export function clearFailures(db: LedgerDatabase, key: ThrottleKey): void {
  db.delete(signInFailures).where(where(key)).run();
}
