// One imported article as the API shows it: its metadata and text, and the statements reported in it
// with each report's offsets into that text.
import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { getReadDb } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { isoDate } from "./statementSummary";
import type { ReportView, SpeakerRef } from "./types";

type ReportArticle = ReportView["article"];

/** The article as a report shows it, plus what only the article's own answer carries. */
export interface ArticleRecord extends ReportArticle {
  language: string;
  importedAt: string;
  text: string;
  /** Statements reported in this article, in the order of their first report in the text. */
  statements: {
    id: string;
    quote: string;
    speaker: SpeakerRef | null;
    reports: { id: string; quote: string; start: number; end: number; sentence: string }[];
  }[];
}

export async function getArticleRecord(id: string, options: { db?: PrismaClient } = {}): Promise<ArticleRecord> {
  const db = options.db ?? getReadDb();
  if (!id || id.length > 100) throw new NotFoundError("Article", id);
  const row = await db.article.findUnique({
    where: { id },
    include: {
      outlet: { select: { slug: true, name: true, kind: true } },
      reports: {
        select: {
          id: true,
          quote: true,
          start: true,
          end: true,
          sentence: true,
          statement: { select: { id: true, quote: true, speaker: { select: { slug: true, name: true } } } },
        },
        orderBy: { start: "asc" },
      },
    },
  });
  if (!row) throw new NotFoundError("Article", id);
  const statements = new Map<string, ArticleRecord["statements"][number]>();
  for (const { statement, ...report } of row.reports) {
    const entry = statements.get(statement.id) ?? { ...statement, reports: [] };
    entry.reports.push(report);
    statements.set(statement.id, entry);
  }
  return {
    id: row.id,
    title: row.title,
    url: row.url,
    publishedAt: isoDate(row.publishedAt),
    publishedPrecision: row.publishedPrecision,
    publishedEvidence: row.publishedEvidence,
    publishedConfidence: row.publishedConfidence,
    sourceFile: row.sourceFile,
    synthetic: row.synthetic,
    language: row.language,
    importedAt: row.importedAt.toISOString(),
    text: row.text,
    outlet: row.outlet,
    statements: [...statements.values()],
  };
}
