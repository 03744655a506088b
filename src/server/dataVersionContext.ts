// The data version the web server already read for a request (decision 0260), handed to the code that
// renders it: the response cache (src/server/http/responseCache.ts) reads the version to look the answer
// up; a miss went on to Next, whose render read it again (one more round trip before any other read), and
// an API route twice more. The web server now runs Next's handler inside this context and the reads take
// the version from it. Not a header: nothing a client sends can set it. The storage lives on globalThis
// because the web server and Next's bundles each load their own copy of this module.
// No "server-only" here: the web server (outside Next's bundles) imports it.
import { AsyncLocalStorage } from "node:async_hooks";

export interface KnownDataVersion {
  /** Grows by one per writing transaction (a decimal string: BIGINT). */
  version: string;
  changedAt: Date;
}

const STORAGE = Symbol.for("natoTracker.dataVersionContext");

function storage(): AsyncLocalStorage<KnownDataVersion> {
  const holder = globalThis as typeof globalThis & { [STORAGE]?: AsyncLocalStorage<KnownDataVersion> };
  return (holder[STORAGE] ??= new AsyncLocalStorage<KnownDataVersion>());
}

/** Runs `work` (and everything it starts) knowing the data version read for this request. */
export function withDataVersion<T>(known: KnownDataVersion, work: () => T): T {
  return storage().run(known, work);
}

/** The version the web server read for the request being served, if it read one. */
export function dataVersionOfRequest(): KnownDataVersion | undefined {
  return storage().getStore();
}
