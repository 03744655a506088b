// Caches that are emptied when full: what a long import or a long article keeps stays bounded, with no eviction
// bookkeeping (decisions 0460, 0515).

/** The value kept in `cache` for `key`, computed the first time it is asked for; a cache of `limit` entries is emptied first. */
export function keptIn<K, V>(cache: Map<K, V>, limit: number, key: K, compute: (key: K) => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    if (cache.size >= limit) cache.clear();
    value = compute(key);
    cache.set(key, value);
  }
  return value;
}
