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

export class TokenBuckets {
  readonly #buckets = new Map<string, { tokens: number; at: number }>();
  readonly #maxClients: number;

  constructor(readonly options: TokenBucketOptions) {
    if (!(options.burst >= 1) || !(options.perSecond > 0))
      throw new RangeError(
        `a token bucket needs burst >= 1 and perSecond > 0, got ${options.burst}/${options.perSecond}`,
      );
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
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((Math.min(cost, burst) - tokens) / perSecond)) };
  }
}

/**
 * The client a request is counted against: its IPv4 address, or the /64 prefix of its IPv6 address
 * (one subscriber usually holds a whole /64, and could otherwise take a new address per call).
 */
export function clientKey(address: string | undefined): string {
  if (address === undefined) return "unknown";
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address)?.[1];
  if (mapped !== undefined) return mapped;
  if (!address.includes(":")) return address;
  const [head = "", tail] = address.replace(/%.*$/, "").toLowerCase().split("::");
  const left = head === "" ? [] : head.split(":");
  const right = tail === undefined || tail === "" ? [] : tail.split(":");
  const groups =
    tail === undefined
      ? left
      : [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill("0"), ...right];
  return `${groups
    .slice(0, 4)
    .map((group) => Number.parseInt(group, 16).toString(16))
    .join(":")}::/64`;
}
