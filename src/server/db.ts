// The one place that creates Prisma clients. No "server-only" import here: scripts use it too.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { env } from "@/env";

export type Db = PrismaClient;

/**
 * Idle connections stay five minutes (pg's default is 10 s): a new PostgreSQL backend plans its first complex
 * query against a cold catalog cache (40–47 ms measured at 1M, decision 0260), so a pool that drops its
 * connections after every quiet spell makes the next visitor pay for it.
 */
const IDLE_CONNECTION_MS = 300_000;

/**
 * A new client for the given server; the caller owns it and calls `$disconnect()`.
 * A short connect timeout (DATABASE_CONNECT_TIMEOUT_MS): with PostgreSQL away a request fails (503)
 * instead of waiting on the operating system; the pool opens fresh connections once it is back.
 */
export function createPrismaClient(connectionString: string): PrismaClient {
  return new PrismaClient({
    adapter: new PrismaPg({
      connectionString,
      connectionTimeoutMillis: env.DATABASE_CONNECT_TIMEOUT_MS,
      idleTimeoutMillis: IDLE_CONNECTION_MS,
      allowExitOnIdle: true, // idle connections never keep a script or test process alive
    }),
  });
}

// Kept on globalThis: Next.js dev re-evaluates modules on every edit, and a production server loads this
// module once per bundle (pages, route handlers); one pool per process, not one per bundle.
const cache = globalThis as typeof globalThis & { __natoTrackerDb?: PrismaClient; __natoTrackerReadDb?: PrismaClient };
let client: PrismaClient | undefined;
let readClient: PrismaClient | undefined;

/** The application's shared client, created on first use from DATABASE_URL. */
export function getDb(): PrismaClient {
  if (client) return client;
  if (cache.__natoTrackerDb) return (client = cache.__natoTrackerDb);
  if (!env.DATABASE_URL) {
    throw new Error(
      "DATABASE_URL is not set. Start the app with `npm start` (it runs an embedded PostgreSQL and sets it), " +
        "or set DATABASE_URL=postgresql://user@host:port/database.",
    );
  }
  return (client = cache.__natoTrackerDb = createPrismaClient(env.DATABASE_URL));
}

/**
 * The client for reads (src/server/queries): READ_DATABASE_URL when set (a replica, or a role that may
 * only SELECT), else the same client as writes. Writes never go through it.
 */
export function getReadDb(): PrismaClient {
  if (!env.READ_DATABASE_URL) return getDb();
  if (readClient) return readClient;
  if (cache.__natoTrackerReadDb) return (readClient = cache.__natoTrackerReadDb);
  return (readClient = cache.__natoTrackerReadDb = createPrismaClient(env.READ_DATABASE_URL));
}
