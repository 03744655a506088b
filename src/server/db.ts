// The one place that creates Prisma clients. No "server-only" import here: scripts use it too.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { env } from "@/env";

export type Db = PrismaClient;

/**
 * A new client for the given server; the caller owns it and calls `$disconnect()`.
 * A short connect timeout (DATABASE_CONNECT_TIMEOUT_MS): with PostgreSQL away a request fails (503)
 * instead of waiting on the operating system; the pool opens fresh connections once it is back.
 */
export function createPrismaClient(connectionString: string): PrismaClient {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString, connectionTimeoutMillis: env.DATABASE_CONNECT_TIMEOUT_MS }),
  });
}

// Next.js dev re-evaluates modules on every edit; keeping the client on globalThis
// stops each reload from opening a new connection pool.
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
  client = createPrismaClient(env.DATABASE_URL);
  if (env.NODE_ENV !== "production") cache.__natoTrackerDb = client;
  return client;
}

/**
 * The client for reads (src/server/queries): READ_DATABASE_URL when set (a replica, or a role that may
 * only SELECT), else the same client as writes. Writes never go through it.
 */
export function getReadDb(): PrismaClient {
  if (!env.READ_DATABASE_URL) return getDb();
  if (readClient) return readClient;
  if (cache.__natoTrackerReadDb) return (readClient = cache.__natoTrackerReadDb);
  readClient = createPrismaClient(env.READ_DATABASE_URL);
  if (env.NODE_ENV !== "production") cache.__natoTrackerReadDb = readClient;
  return readClient;
}
