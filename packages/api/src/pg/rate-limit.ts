import { sql } from "drizzle-orm";
import { rateLimits, type PgLedgerDatabase } from "@solidaria/db/pg";
import { checkBucketOptions, retryAfterSeconds, type RateLimiter } from "../rate-limit/token-buckets.js";

/** How often, at most, buckets that have been full for a while are deleted. */
const PURGE_INTERVAL_MS = 60_000;

/**
 * Token buckets in the `rate_limits` table, shared by every server node on the database: a client
 * cannot get each node's burst by spreading its calls over them. One statement per call refills,
 * decides and spends atomically (two nodes deciding for one client at once wait for each other on
 * its row). The time is the nodes' wall clock (`clock`, in milliseconds): nodes kept in time by NTP
 * disagree by milliseconds, which moves a refill by as little.
 */
export function sharedTokenBuckets(
  db: PgLedgerDatabase,
  options: { readonly burst: number; readonly perSecond: number; readonly clock?: () => number },
): RateLimiter {
  checkBucketOptions(options);
  const { burst, perSecond } = options;
  const clock = options.clock ?? Date.now;
  let purgedAt = Number.NEGATIVE_INFINITY;
  return {
    options: { burst, perSecond },
    async take(client, cost = 1) {
      const now = Math.round(clock());
      if (now - purgedAt >= PURGE_INTERVAL_MS) {
        purgedAt = now;
        // A bucket untouched for the time it takes to refill is as good as absent.
        const refilledAfter = Math.ceil((burst / perSecond) * 1000);
        await db.delete(rateLimits).where(sql`${rateLimits.updatedMs} < ${now - refilledAfter}`);
      }
      const refilled = sql`least(${burst}::float8, ${rateLimits.tokens} + greatest(0, ${now}::float8 - ${rateLimits.updatedMs}) / 1000.0 * ${perSecond}::float8)`;
      // A row comes back only when the call is allowed (a new bucket, or one that holds `cost`): a
      // refusal changes nothing, since the refill is computed from the last spending anyway.
      // A cost beyond the burst is never served, as by the buckets in memory: nothing is spent.
      const spent =
        cost > burst
          ? []
          : await db
              .insert(rateLimits)
              .values({ key: client, tokens: burst - cost, updatedMs: now })
              .onConflictDoUpdate({
                target: rateLimits.key,
                set: {
                  tokens: sql`${refilled} - ${cost}::float8`,
                  updatedMs: sql`greatest(${rateLimits.updatedMs}, ${now})`,
                },
                setWhere: sql`${refilled} >= ${cost}::float8`,
              })
              .returning({ key: rateLimits.key });
      if (spent.length > 0) return { allowed: true };
      const [row] = await db
        .select({ tokens: sql<number>`${refilled}`.mapWith(Number) })
        .from(rateLimits)
        .where(sql`${rateLimits.key} = ${client}`);
      // No row: the client's bucket is full (it was never used, or refilled and purged).
      return { allowed: false, retryAfterSeconds: retryAfterSeconds(row?.tokens ?? burst, cost, options) };
    },
  };
}
