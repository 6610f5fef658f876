/**
 * Public aggregates (places still open, country situations, coverage...) computed once and served
 * from memory until the ledger changes. A change is noticed through the store's change stamp, so it
 * covers every writer: this process's own writes and those of other server processes (on the same
 * SQLite file, or on the same PostgreSQL), without any of them having to say so. A few dozen entries
 * at most per store: keys come from callers' filters, which must not grow the cache without bound.
 */
const MAX_ENTRIES = 64;

/** What tells the cache that the ledger may have changed (a LedgerStore). */
export interface ChangeSource {
  /** Changes whenever what is read may have changed; null when that cannot be known (cache nothing). */
  changeStamp(): string | null;
}

interface Entries {
  stamp: string;
  values: Map<string, unknown>;
}

const caches = new WeakMap<ChangeSource, Entries>();

export async function cachedAggregate<T>(source: ChangeSource, key: string, compute: () => Promise<T>): Promise<T> {
  const stamp = source.changeStamp();
  if (stamp === null) return compute();
  let cache = caches.get(source);
  if (cache === undefined || cache.stamp !== stamp) {
    cache = { stamp, values: new Map() };
    caches.set(source, cache);
  }
  if (cache.values.has(key)) return cache.values.get(key) as T;
  // Kept under the stamp read before computing: a change noticed meanwhile has a new stamp already.
  const value = await compute();
  if (cache.values.size >= MAX_ENTRIES) {
    const oldest = cache.values.keys().next();
    if (oldest.done !== true) cache.values.delete(oldest.value);
  }
  cache.values.set(key, value);
  return value;
}
