import { changeStamp, type LedgerDatabase } from "@solidaria/db";

/**
 * Public aggregates (places still open, country situations, coverage...) computed once and served
 * from memory until the ledger changes. A change is noticed through the database's change stamp, so
 * it covers every writer: this process's own writes and those of other server processes on the same
 * file, without any of them having to say so. A few dozen entries at most per database: keys come
 * from callers' filters, which must not grow the cache without bound.
 */
const MAX_ENTRIES = 64;

interface Entries {
  stamp: string;
  values: Map<string, unknown>;
}

const caches = new WeakMap<LedgerDatabase, Entries>();

export function cachedAggregate<T>(db: LedgerDatabase, key: string, compute: () => T): T {
  const stamp = changeStamp(db);
  let cache = caches.get(db);
  if (cache === undefined || cache.stamp !== stamp) {
    cache = { stamp, values: new Map() };
    caches.set(db, cache);
  }
  if (cache.values.has(key)) return cache.values.get(key) as T;
  const value = compute();
  if (cache.values.size >= MAX_ENTRIES) {
    const oldest = cache.values.keys().next();
    if (oldest.done !== true) cache.values.delete(oldest.value);
  }
  cache.values.set(key, value);
  return value;
}
