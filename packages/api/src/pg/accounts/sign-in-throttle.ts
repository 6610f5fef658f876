import { and, eq, sql } from "drizzle-orm";
import { signInFailures, type PgLedgerDatabase } from "@solidaria/db/pg";
import {
  afterFailure,
  failureTimes,
  latestLock,
  SIGN_IN_THROTTLE,
  type ThrottleKey,
  type ThrottleRule,
  type ThrottleRules,
} from "../../accounts/throttle-rules.js";
import { withPgTransaction, type PgQueryable } from "../transaction.js";

/**
 * Failed sign-ins on PostgreSQL: the twin of accounts/sign-in-throttle.ts, with the same rules
 * (throttle-rules.ts). Several server nodes count failures of one key at once, so a failure is
 * counted by one statement that reads and writes the row together: two nodes can never both read a
 * count of 3 and both write 4.
 */

export type { ThrottleKey } from "../../accounts/throttle-rules.js";

const where = (key: ThrottleKey) => and(eq(signInFailures.keyKind, key.kind), eq(signInFailures.keyValue, key.value));

/** The latest time any of `keys` stays locked after `now`, or null when none is locked. */
export async function lockedUntil(db: PgQueryable, keys: readonly ThrottleKey[], now: Date): Promise<Date | null> {
  const locks = await Promise.all(
    keys.map(async (key) => {
      const [row] = await db
        .select({ lockedUntil: signInFailures.lockedUntil })
        .from(signInFailures)
        .where(where(key))
        .limit(1);
      return row?.lockedUntil;
    }),
  );
  return latestLock(locks, now);
}

/**
 * One more failure of `key`, as one INSERT … ON CONFLICT DO UPDATE computing what afterFailure()
 * computes, from the row as it is when the statement locks it (under READ COMMITTED a concurrent
 * upsert of the same key waits for this one and then sees its count).
 */
async function countFailure(db: PgQueryable, key: ThrottleKey, rule: ThrottleRule, now: Date): Promise<void> {
  const times = failureTimes(rule, now);
  // The stored window has passed: this failure starts a new one (ISO-8601 UTC text compares as time).
  const passed = sql`${signInFailures.windowStart} <= ${times.windowPassedAtOrBefore}`;
  const count = sql`case when ${passed} then 1 else ${signInFailures.count} + 1 end`;
  await db
    .insert(signInFailures)
    .values({ keyKind: key.kind, keyValue: key.value, ...afterFailure(undefined, rule, now) })
    .onConflictDoUpdate({
      target: [signInFailures.keyKind, signInFailures.keyValue],
      set: {
        windowStart: sql`case when ${passed} then ${times.now} else ${signInFailures.windowStart} end`,
        count,
        lockedUntil: sql`case when ${count} >= ${rule.failures} then ${times.lockUntil}
          when ${passed} then null else ${signInFailures.lockedUntil} end`,
      },
    });
}

/**
 * Counts one failure against each key: a new window when the last one has passed, and a lock when
 * this failure reaches the rule's limit within it. All keys or none: one transaction, taking the
 * keys' row locks in one order everywhere.
 */
export async function recordFailure(
  db: PgLedgerDatabase,
  keys: readonly ThrottleKey[],
  now: Date,
  rules: ThrottleRules = SIGN_IN_THROTTLE,
): Promise<void> {
  const ordered = [...keys].sort((a, b) =>
    a.kind === b.kind ? (a.value < b.value ? -1 : a.value > b.value ? 1 : 0) : a.kind < b.kind ? -1 : 1,
  );
  await withPgTransaction(
    db,
    async (tx) => {
      for (const key of ordered) await countFailure(tx, key, rules[key.kind], now);
    },
    { notify: false },
  );
}

/**
 * Forgets an account's failures (a successful sign-in, a new password). An address's are kept: one
 * account that signs in must not let its address go on guessing others.
 */
export async function clearFailures(db: PgQueryable, key: ThrottleKey): Promise<void> {
  await db.delete(signInFailures).where(where(key));
}
