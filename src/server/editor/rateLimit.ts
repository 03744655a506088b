// Fixed-window counters kept in PostgreSQL, so limits hold across restarts and several server processes.
import type { PrismaClient } from "@/generated/prisma/client";

export interface Limit {
  max: number;
  windowMs: number;
}

/** Sign-in: 5 wrong passwords per account, 20 per address, per 15 minutes (decision 0050). */
export const SIGN_IN_PER_ACCOUNT: Limit = { max: 5, windowMs: 15 * 60_000 };
export const SIGN_IN_PER_ADDRESS: Limit = { max: 20, windowMs: 15 * 60_000 };
/** Readers' problem reports: 5 per address per hour. */
export const REPORTS_PER_ADDRESS: Limit = { max: 5, windowMs: 60 * 60_000 };

/** True while the key has reached its limit in the current window. */
export async function isLimited(db: PrismaClient, key: string, limit: Limit): Promise<boolean> {
  const row = await db.rateLimit.findUnique({ where: { key } });
  return !!row && row.windowStart.getTime() + limit.windowMs > Date.now() && row.count >= limit.max;
}

/** Counts one event; a window that has run out starts again. One statement, so concurrent requests all count. */
export async function countEvent(db: PrismaClient, key: string, limit: Limit): Promise<void> {
  const windowStartsAfter = new Date(Date.now() - limit.windowMs);
  await db.$executeRaw`
    INSERT INTO "RateLimit" (key, count, "windowStart") VALUES (${key}, 1, now())
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN "RateLimit"."windowStart" < ${windowStartsAfter} THEN 1 ELSE "RateLimit".count + 1 END,
      "windowStart" = CASE WHEN "RateLimit"."windowStart" < ${windowStartsAfter} THEN now() ELSE "RateLimit"."windowStart" END`;
}

export async function clearCounter(db: PrismaClient, key: string): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key } });
}

/**
 * The client's address: the last entry of X-Forwarded-For, the one the nearest proxy (or Next's own server,
 * when there is none) wrote. Earlier entries are the client's own claims and are ignored.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded?.split(",").map((s) => s.trim()).filter(Boolean).pop();
  return last ?? headers.get("x-real-ip") ?? "unknown";
}
