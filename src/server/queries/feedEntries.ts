// What a feed entry and an embed card show beyond a listed statement: when the statement last changed,
// the speaker's role at the time, and every report with its outlet and source address. One query for a
// whole feed page (never one per entry).
import "server-only";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import type { StatementFilter } from "@/schemas/statementFilter";
import { getReadDb } from "@/server/db";
import { listStatements } from "./listStatements";
import { loadSummaries } from "./statementSummary";
import type { StatementSummary } from "./types";

/** A report as a feed or a card cites it: who published it and where it can be read. */
export interface SourceReport {
  outlet: string | null;
  url: string | null;
  title: string | null;
  publishedAt: string | null;
  sourceFile: string;
}

export interface FeedEntry extends StatementSummary {
  /** The statement's last change: created, corrected or reviewed by an editor (ISO date-time, UTC). */
  updatedAt: string;
  /** As reported, else the speaker's office on the statement's date. */
  roleAtTime: string | null;
  /** Every report, first published first. */
  sources: SourceReport[];
}

/** Newest first, at most this many entries in one feed. */
export const FEED_SIZE = 50;

/**
 * The last change of a statement `s`: its row, an editor's correction or review. Re-extraction
 * rewrites the row, so createdAt covers it (decision 0041).
 */
export const LAST_CHANGE = Prisma.sql`greatest(s."createdAt",
  (SELECT max(c."createdAt") FROM "Correction" c WHERE c."statementId" = s.id),
  (SELECT rv."reviewedAt" FROM "StatementReview" rv WHERE rv."statementId" = s.id))`;

interface DetailRow {
  id: string;
  updated_at: string;
  role_at_time: string | null;
  sources: SourceReport[];
}

/** Last change, role at the time and sources for the given statements, in one query. */
export async function loadFeedDetails(db: PrismaClient, ids: string[]): Promise<Map<string, Omit<DetailRow, "id">>> {
  if (ids.length === 0) return new Map();
  const rows = await db.$queryRaw<DetailRow[]>`
    SELECT s.id,
       to_char(${LAST_CHANGE}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS updated_at,
       coalesce(s."speakerRole", (
         SELECT r.title FROM "SpeakerRole" r
          WHERE r."speakerId" = s."speakerId" AND s.date IS NOT NULL
            AND (r."startDate" IS NULL OR r."startDate" <= s.date) AND (r."endDate" IS NULL OR r."endDate" >= s.date)
          ORDER BY r."startDate" DESC NULLS LAST LIMIT 1)) AS role_at_time,
       (SELECT coalesce(json_agg(json_build_object(
                 'outlet', o.name, 'url', a.url, 'title', a.title,
                 'publishedAt', to_char(a."publishedAt", 'YYYY-MM-DD'), 'sourceFile', a."sourceFile")
               ORDER BY a."publishedAt" NULLS LAST, a."importedAt", r.start), '[]')
          FROM "Report" r JOIN "Article" a ON a.id = r."articleId" LEFT JOIN "Outlet" o ON o.id = a."outletId"
         WHERE r."statementId" = s.id) AS sources
     FROM "Statement" s
     WHERE s.id = ANY(${ids}::text[])`;
  return new Map(rows.map(({ id, ...detail }) => [id, detail]));
}

async function withDetails(db: PrismaClient, summaries: StatementSummary[]): Promise<FeedEntry[]> {
  const details = await loadFeedDetails(db, summaries.map((s) => s.id));
  return summaries.flatMap((summary) => {
    const detail = details.get(summary.id);
    return detail ? [{ ...summary, updatedAt: detail.updated_at, roleAtTime: detail.role_at_time, sources: detail.sources }] : [];
  });
}

/** The newest statements of a filter with what a feed entry needs. */
export async function listFeedEntries(
  filter: StatementFilter,
  options: { size?: number; db?: PrismaClient } = {},
): Promise<FeedEntry[]> {
  const db = options.db ?? getReadDb();
  const { items } = await listStatements({ ...filter, page: 1, after: undefined }, { pageSize: options.size ?? FEED_SIZE, db });
  return withDetails(db, items);
}

/** One statement as a card shows it; null when no live statement has this id. */
export async function getFeedEntry(id: string, options: { db?: PrismaClient } = {}): Promise<FeedEntry | null> {
  const db = options.db ?? getReadDb();
  if (!id || id.length > 100) return null;
  const [entry] = await withDetails(db, await loadSummaries(db, [id]));
  return entry ?? null;
}
