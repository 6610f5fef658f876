/**
 * Token buckets per client: each client may spend `burst` calls at once, and gets `perSecond` back
 * every second up to `burst`. The clock is injectable (milliseconds, monotonic) so that tests move
 * time instead of waiting for it.
 */
export interface TokenBucketOptions {
  readonly burst: number;
  readonly perSecond: number;
  readonly clock: () => number;
  /** Clients remembered at most; the least recently seen are forgotten first. */
  readonly maxClients?: number;
}

export type RateDecision = { readonly allowed: true } | { readonly allowed: false; readonly retryAfterSeconds: number };

/**
 * Limits how fast each client may call: in this process's memory (one node), or in the database
 * where several server nodes must share the count.
 */
export interface RateLimiter {
  readonly options: { readonly burst: number; readonly perSecond: number };
  /** Spends `cost` tokens of `client`'s bucket, or says in how many seconds it will hold them. */
  take(client: string, cost?: number): Promise<RateDecision>;
}

/** A refusal's wait: until the bucket, refilling at `perSecond`, holds `cost` (at most `burst`). */
export function retryAfterSeconds(tokens: number, cost: number, options: { burst: number; perSecond: number }): number {
  return Math.max(1, Math.ceil((Math.min(cost, options.burst) - tokens) / options.perSecond));
}

export function checkBucketOptions(options: { burst: number; perSecond: number }): void {
  if (!(options.burst >= 1) || !(options.perSecond > 0))
    throw new RangeError(
      `a token bucket needs burst >= 1 and perSecond > 0, got ${options.burst}/${options.perSecond}`,
    );
}

/** Token buckets in this process's memory. */
export class TokenBuckets {
  readonly #buckets = new Map<string, { tokens: number; at: number }>();
  readonly #maxClients: number;

  constructor(readonly options: TokenBucketOptions) {
    checkBucketOptions(options);
    this.#maxClients = options.maxClients ?? 100_000;
  }

  /** Spends `cost` tokens of `client`'s bucket, or says in how many seconds it will hold them. */
  take(client: string, cost = 1): RateDecision {
    const { burst, perSecond, clock } = this.options;
    const now = clock();
    const bucket = this.#buckets.get(client);
    const tokens =
      bucket === undefined ? burst : Math.min(burst, bucket.tokens + ((now - bucket.at) / 1000) * perSecond);
    // Re-inserted at the end: the map's order is then least recently seen first.
    this.#buckets.delete(client);
    const allowed = tokens >= cost;
    this.#buckets.set(client, { tokens: allowed ? tokens - cost : tokens, at: now });
    if (this.#buckets.size > this.#maxClients) {
      const oldest = this.#buckets.keys().next();
      if (!oldest.done) this.#buckets.delete(oldest.value);
    }
    if (allowed) return { allowed: true };
    return { allowed: false, retryAfterSeconds: retryAfterSeconds(tokens, cost, this.options) };
  }

  /** The same decision as a RateLimiter's. */
  limiter(): RateLimiter {
    return { options: this.options, take: (client, cost) => Promise.resolve(this.take(client, cost)) };
  }
}
