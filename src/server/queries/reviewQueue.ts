// The editors' queue: unreviewed statements grouped by article, newest article first, the least certain
// statement first within each (decision 0052), and the readers' open problem reports.
import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { doubtScore, doubtsOf, type Doubt } from "@/domain/review/doubts";
import { getDb } from "@/server/db";
import { currentFields } from "@/server/editor/fields";
import { isoDate } from "./statementSummary";

export interface QueueStatement {
  id: string;
  quote: string;
  speaker: string | null;
  doubts: Doubt[];
  score: number;
}

export interface QueueArticle {
  id: string;
  title: string | null;
  outlet: string | null;
  publishedAt: string | null;
  statements: QueueStatement[];
}

export interface ProblemReportView {
  id: string;
  statementId: string;
  quote: string | null;
  message: string;
  contact: string | null;
  createdAt: string;
}

export const QUEUE_ARTICLES = 10;

export async function reviewQueue(options: { db?: PrismaClient; articles?: number } = {}): Promise<{ articles: QueueArticle[]; unreviewed: number }> {
  const db = options.db ?? getDb();
  const unreviewed = (await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM "Statement" s WHERE NOT EXISTS (SELECT 1 FROM "StatementReview" v WHERE v."statementId" = s.id)`)[0]?.n ?? 0;
  const articleRows = await db.$queryRaw<{ id: string }[]>`
    SELECT a.id FROM "Article" a
    WHERE EXISTS (SELECT 1 FROM "Report" r WHERE r."articleId" = a.id
                  AND NOT EXISTS (SELECT 1 FROM "StatementReview" v WHERE v."statementId" = r."statementId"))
    ORDER BY a."publishedAt" DESC NULLS LAST, a."importedAt" DESC, a.id
    LIMIT ${options.articles ?? QUEUE_ARTICLES}`;
  const ids = articleRows.map((r) => r.id);
  const articles = await db.article.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      title: true,
      publishedAt: true,
      outlet: { select: { name: true } },
      reports: {
        orderBy: { start: "asc" },
        select: { sentence: true, statement: { select: { id: true, quote: true, kind: true, date: true, dateSource: true, speaker: { select: { name: true } }, stances: { select: { topic: true, evidence: true } } } } },
      },
    },
  });
  const reviewed = new Set(
    (await db.statementReview.findMany({ where: { statementId: { in: articles.flatMap((a) => a.reports.map((r) => r.statement.id)) } }, select: { statementId: true } })).map((r) => r.statementId),
  );
  const byId = new Map(articles.map((a) => [a.id, a]));
  return {
    unreviewed,
    articles: ids.map((id) => byId.get(id)!).map((a) => ({
      id: a.id,
      title: a.title,
      outlet: a.outlet?.name ?? null,
      publishedAt: isoDate(a.publishedAt),
      statements: a.reports
        .filter((r) => !reviewed.has(r.statement.id))
        .map((r) => {
          const s = r.statement;
          const doubts = doubtsOf({ speaker: s.speaker?.name ?? null, quote: s.quote, sentence: r.sentence, kind: s.kind, date: isoDate(s.date), dateSource: s.dateSource, stances: s.stances });
          return { id: s.id, quote: s.quote, speaker: s.speaker?.name ?? null, doubts, score: doubtScore(doubts) };
        })
        .filter((s, index, all) => all.findIndex((o) => o.id === s.id) === index)
        .sort((x, y) => y.score - x.score),
    })),
  };
}

export async function openProblemReports(options: { db?: PrismaClient } = {}): Promise<ProblemReportView[]> {
  const db = options.db ?? getDb();
  const rows = await db.problemReport.findMany({ where: { resolvedAt: null }, orderBy: { createdAt: "desc" }, take: 100 });
  const statements = await db.statement.findMany({ where: { id: { in: rows.map((r) => r.statementId) } }, select: { id: true, quote: true } });
  const quotes = new Map(statements.map((s) => [s.id, s.quote]));
  return rows.map((r) => ({ id: r.id, statementId: r.statementId, quote: quotes.get(r.statementId) ?? null, message: r.message, contact: r.contact, createdAt: r.createdAt.toISOString() }));
}

/** Everything the review form needs that the public statement page does not show. */
export async function statementForReview(id: string, options: { db?: PrismaClient } = {}) {
  const db = options.db ?? getDb();
  const [speakers, problems, review] = await Promise.all([
    db.speaker.findMany({ orderBy: { name: "asc" }, select: { name: true } }),
    db.problemReport.findMany({ where: { statementId: id, resolvedAt: null }, orderBy: { createdAt: "desc" } }),
    db.statementReview.findUnique({ where: { statementId: id } }),
  ]);
  const row = await db.statement.findUnique({ where: { id }, include: { speaker: { select: { name: true } }, stances: true, reports: { select: { outletCited: true, venue: true } } } });
  return {
    knownSpeakers: speakers.map((s) => s.name),
    problems: problems.map((p) => ({ id: p.id, message: p.message, contact: p.contact, createdAt: p.createdAt.toISOString() })),
    status: review?.status ?? null,
    fields: row ? currentFields(row) : null,
  };
}
