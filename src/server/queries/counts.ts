// Totals for the home page.
import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { getDb } from "@/server/db";
import type { TrackerCounts } from "./types";

export async function trackerCounts(options: { db?: PrismaClient } = {}): Promise<TrackerCounts> {
  const db = options.db ?? getDb();
  const [statements, speakers, outlets, articles, reports] = await Promise.all([
    db.statement.count(),
    db.speaker.count({ where: { statements: { some: {} } } }),
    db.outlet.count({ where: { OR: [{ articles: { some: { reports: { some: {} } } } }, { citations: { some: {} } }] } }),
    db.article.count(),
    db.report.count(),
  ]);
  return { statements, speakers, outlets, articles, reports };
}
