// Totals for the home page: maintained rows (migration 0003), never a count over the statements.
import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { getReadDb } from "@/server/db";
import type { TrackerCounts } from "./types";

export async function trackerCounts(options: { db?: PrismaClient } = {}): Promise<TrackerCounts> {
  const db = options.db ?? getReadDb();
  const rows = await db.$queryRaw<TrackerCounts[]>`
    SELECT t.statements::int AS statements, t.articles::int AS articles, t.reports::int AS reports,
      (SELECT count(*)::int FROM "Speaker" WHERE "statementCount" > 0) AS speakers,
      (SELECT count(*)::int FROM "Outlet" WHERE "statementCount" > 0) AS outlets
    FROM "TrackerTotals" t WHERE t.id = 1`;
  const row = rows[0];
  return {
    statements: Number(row?.statements ?? 0),
    speakers: Number(row?.speakers ?? 0),
    outlets: Number(row?.outlets ?? 0),
    articles: Number(row?.articles ?? 0),
    reports: Number(row?.reports ?? 0),
  };
}
