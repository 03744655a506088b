// Read-through cache for the query functions, keyed on the data version (never stale): each call reads
// the version (one primary-key lookup), and a result computed at an older version is simply never asked
// for again and ages out of the LRU. Calls given their own `db` (tests, scripts) bypass the cache.
// The cache lives in this process; several instances each keep their own (decision 0049).
import "server-only";
import { LRUCache } from "lru-cache";
import { cache } from "react";
import { readDataVersion } from "./dataVersion";

/**
 * The version read once per rendered request (React's per-request cache): a list page makes four cached
 * reads, and each read the version again before. Outside a render (route handlers, scripts) every call reads.
 * One version for the whole render also keys all its reads on the same state of the data.
 */
const requestVersion = cache(() => readDataVersion());

/** Entries, not bytes: a list page is ~40 kB, a crowded timeline a few kB; 500 entries stay well under 100 MB. */
const MAX_ENTRIES = 500;

const results = new LRUCache<string, Promise<unknown>>({ max: MAX_ENTRIES });
/** The data version the kept results belong to. */
let keptVersion: string | null = null;

/**
 * Results of an older version can never be asked for again (every key holds its version): they are let go
 * as soon as a newer version is seen rather than when 500 newer entries push them out. Between imports at a
 * million statements, a few large results (a year of /positions) of versions long gone held the server's
 * heap well past what the current pages need.
 */
function keepOnly(version: string): void {
  if (version === keptVersion) return;
  results.clear();
  keptVersion = version;
}

function hasOwnDb(args: unknown[]): boolean {
  const last = args.at(-1);
  return typeof last === "object" && last !== null && "db" in last && (last as { db?: unknown }).db !== undefined;
}

/** How many results are kept now (for tests and diagnostics). */
export function keptResults(): number {
  return results.size;
}

/**
 * Wraps a read function so that calls with the same arguments at the same data version share one
 * result. Concurrent identical calls share the same promise; a failed read (e.g. NotFoundError) is
 * not kept. Results are shared: callers must not mutate them.
 */
export function cachedRead<A extends unknown[], R>(name: string, read: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return async (...args: A) => {
    if (hasOwnDb(args)) return read(...args);
    const { version } = await requestVersion();
    keepOnly(version);
    const key = `${version}\u0000${name}\u0000${JSON.stringify(args)}`;
    const hit = results.get(key) as Promise<R> | undefined;
    if (hit) return hit;
    const pending = read(...args);
    results.set(key, pending);
    pending.catch(() => results.delete(key));
    return pending;
  };
}
