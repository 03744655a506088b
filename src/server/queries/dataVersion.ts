// The data version (migration 0003): one row that every writing transaction bumps. Read on every
// cached read (a primary-key lookup), so a cache keyed on it can never serve data older than the
// last committed write visible to this database.
import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { dataVersionOfRequest } from "@/server/dataVersionContext";
import { getReadDb } from "@/server/db";

export interface DataVersion {
  /** Grows by one per writing transaction (a decimal string: BIGINT). */
  version: string;
  changedAt: Date;
}

/** The version the web server read for this request when it read one (decision 0260), else a lookup. */
export async function readDataVersion(options: { db?: PrismaClient } = {}): Promise<DataVersion> {
  if (!options.db) {
    const known = dataVersionOfRequest();
    if (known) return known;
  }
  const db = options.db ?? getReadDb();
  const rows = await db.$queryRaw<DataVersion[]>`SELECT version::text AS version, "changedAt" FROM "DataVersion" WHERE id = 1`;
  return rows[0] ?? { version: "0", changedAt: new Date(0) };
}
