// Lists statements for a filter, newest first (undated last), with the total count.
// Filtering, ordering and paging happen in one parameterised SQL query; the rows are
// then loaded through Prisma. User input only ever reaches SQL as bound parameters.
import "server-only";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { PAGE_SIZE, type StatementFilter } from "@/schemas/statementFilter";
import { getDb } from "@/server/db";
import { loadSummaries } from "./statementSummary";
import type { StatementPage, StatementSummary } from "./types";

/** Escapes LIKE wildcards so user text matches literally (ESCAPE '\'). */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Free-text condition on a quote column: English full-text search, or a plain substring match. */
function textMatches(column: Prisma.Sql, q: string): Prisma.Sql {
  return Prisma.sql`(to_tsvector('english', ${column}) @@ websearch_to_tsquery('english', ${q}) OR ${column} ILIKE ${likePattern(q)} ESCAPE '\\')`;
}

/** The WHERE clause for a filter, over "Statement" s LEFT JOIN "Speaker" sp. */
export function filterConditions(filter: Omit<StatementFilter, "page">): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  if (filter.speaker) conditions.push(Prisma.sql`sp.slug = ${filter.speaker}`);
  if (filter.topic) conditions.push(Prisma.sql`${filter.topic}::"Topic" = ANY(s.topics)`);
  if (filter.stance) {
    const onTopic =
      filter.topic && filter.topic !== "other" ? Prisma.sql`AND st.topic = ${filter.topic}::"Topic"` : Prisma.empty;
    conditions.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "StatementStance" st WHERE st."statementId" = s.id AND st.value = ${filter.stance}::"Stance" ${onTopic})`,
    );
  }
  if (filter.outlet) {
    // The outlet that published a report, or one cited in it ("an interview with Fox News").
    conditions.push(Prisma.sql`EXISTS (
      SELECT 1 FROM "Report" r
      JOIN "Article" a ON a.id = r."articleId"
      LEFT JOIN "Outlet" ao ON ao.id = a."outletId"
      WHERE r."statementId" = s.id
        AND (ao.slug = ${filter.outlet} OR EXISTS (
          SELECT 1 FROM "ReportCitation" rc JOIN "Outlet" co ON co.id = rc."outletId"
          WHERE rc."reportId" = r.id AND co.slug = ${filter.outlet})))`);
  }
  if (filter.reviewed) conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "StatementReview" rv WHERE rv."statementId" = s.id)`);
  if (filter.from) conditions.push(Prisma.sql`s.date >= ${filter.from}::date`);
  if (filter.to) conditions.push(Prisma.sql`s.date <= ${filter.to}::date`);
  if (filter.q) {
    conditions.push(Prisma.sql`(${textMatches(Prisma.sql`s.quote`, filter.q)} OR EXISTS (
      SELECT 1 FROM "Report" rq WHERE rq."statementId" = s.id AND ${textMatches(Prisma.sql`rq.quote`, filter.q)}))`);
  }
  return conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
}

export interface ListOptions {
  pageSize?: number;
  db?: PrismaClient;
}

export async function listStatements(filter: StatementFilter, options: ListOptions = {}): Promise<StatementPage> {
  const db = options.db ?? getDb();
  const pageSize = Math.max(1, Math.min(options.pageSize ?? PAGE_SIZE, 200));
  const page = Math.max(1, Math.floor(filter.page ?? 1));
  const where = filterConditions(filter);

  const [countRows, idRows] = await Promise.all([
    db.$queryRaw<{ total: number }[]>`
      SELECT count(*)::int AS total
      FROM "Statement" s LEFT JOIN "Speaker" sp ON sp.id = s."speakerId"
      ${where}`,
    db.$queryRaw<{ id: string }[]>`
      SELECT s.id
      FROM "Statement" s LEFT JOIN "Speaker" sp ON sp.id = s."speakerId"
      ${where}
      ORDER BY s.date DESC NULLS LAST, s."createdAt" DESC, s.id ASC
      LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
  ]);

  const total = Number(countRows[0]?.total ?? 0);
  const items = await loadSummaries(
    db,
    idRows.map((row) => row.id),
  );
  return { items, total, page, pageSize, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

/** The n newest statements (home page, feeds). */
export async function latestStatements(n: number, options: { db?: PrismaClient } = {}): Promise<StatementSummary[]> {
  const { items } = await listStatements({ page: 1 }, { pageSize: n, db: options.db });
  return items;
}
