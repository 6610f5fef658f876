import { and, eq } from "drizzle-orm";
import { signInFailures, type LedgerDatabase } from "@solidaria/db";
import { IMMEDIATE } from "../ledger/statements.js";
import { afterFailure, latestLock, SIGN_IN_THROTTLE, type ThrottleKey, type ThrottleRules } from "./throttle-rules.js";

/**
 * Failed sign-ins, counted in the database so that every server process on the file shares the
 * counts (the rules are in throttle-rules.ts). SQLite has one writer at a time, so counting a failure
 * may read the row and then write it.
 */

export { SIGN_IN_THROTTLE, type ThrottleKey } from "./throttle-rules.js";

const where = (key: ThrottleKey) => and(eq(signInFailures.keyKind, key.kind), eq(signInFailures.keyValue, key.value));

/** The latest time any of `keys` stays locked after `now`, or null when none is locked. */
export function lockedUntil(db: LedgerDatabase, keys: readonly ThrottleKey[], now: Date): Date | null {
  return latestLock(
    keys.map(
      (key) =>
        db.select({ lockedUntil: signInFailures.lockedUntil }).from(signInFailures).where(where(key)).get()
          ?.lockedUntil,
    ),
    now,
  );
}

/**
 * Counts one failure against each key: a new window when the last one has passed, and a lock when
 * this failure reaches the rule's limit within it.
 */
export function recordFailure(
  db: LedgerDatabase,
  keys: readonly ThrottleKey[],
  now: Date,
  rules: ThrottleRules = SIGN_IN_THROTTLE,
): void {
  db.transaction(() => {
    for (const key of keys) {
      const row = db.select().from(signInFailures).where(where(key)).get();
      const next = afterFailure(row, rules[key.kind], now);
      db.insert(signInFailures)
        .values({ keyKind: key.kind, keyValue: key.value, ...next })
        .onConflictDoUpdate({ target: [signInFailures.keyKind, signInFailures.keyValue], set: next })
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
