// One stored article with the place of every statement extracted from it (its reports' offsets).
import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { getReadDb } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { isoDate } from "./statementSummary";
import type { ArticleView } from "./types";

export async function getArticle(id: string, options: { db?: PrismaClient } = {}): Promise<ArticleView> {
  const db = options.db ?? getReadDb();
  if (!id || id.length > 100) throw new NotFoundError("Article", id);
  const row = await db.article.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      url: true,
      text: true,
      publishedAt: true,
      publishedPrecision: true,
      sourceFile: true,
      synthetic: true,
      language: true,
      outlet: { select: { slug: true, name: true, kind: true } },
      reports: {
        select: {
          id: true,
          start: true,
          end: true,
          kind: true,
          quote: true,
          statement: { select: { id: true, quote: true, speaker: { select: { slug: true, name: true } } } },
        },
        orderBy: [{ start: "asc" }, { end: "desc" }],
      },
    },
  });
  if (!row) throw new NotFoundError("Article", id);
  return {
    id: row.id,
    title: row.title,
    url: row.url,
    text: row.text,
    language: row.language,
    publishedAt: isoDate(row.publishedAt),
    publishedPrecision: row.publishedPrecision,
    sourceFile: row.sourceFile,
    synthetic: row.synthetic,
    outlet: row.outlet,
    statements: row.reports.map((r) => ({
      reportId: r.id,
      start: r.start,
      end: r.end,
      kind: r.kind,
      quote: r.quote,
      statement: { id: r.statement.id, quote: r.statement.quote },
      speaker: r.statement.speaker,
    })),
  };
}
