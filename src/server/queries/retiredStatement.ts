// What an old permalink answers after a re-extraction retired its statement (decision 0041): the live
// statement that replaced it (the route redirects, 308), or the article it came from (the route answers 410).
import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { getReadDb } from "@/server/db";
import { isoDate } from "./statementSummary";

export interface RetiredArticle {
  id: string;
  title: string | null;
  url: string | null;
  outlet: string | null;
  publishedAt: string | null;
}

export type RetiredStatementAnswer =
  | { kind: "moved"; to: { id: string; quote: string } }
  | { kind: "gone"; id: string; article: RetiredArticle | null; rejection: Rejection | null };

/** An editor rejected the statement (decision 0051): the 410 says why. */
export interface Rejection {
  reason: string;
  editorName: string;
  at: string;
}

/** Null when the id was never retired (a live statement, or an id that never existed). */
export async function findRetiredStatement(id: string, options: { db?: PrismaClient } = {}): Promise<RetiredStatementAnswer | null> {
  const db = options.db ?? getReadDb();
  if (!id || id.length > 100) return null;
  const retired = await db.retiredStatement.findUnique({ where: { id } });
  if (!retired) return null;
  if (retired.replacedById) {
    const to = await db.statement.findUnique({ where: { id: retired.replacedById }, select: { id: true, quote: true } });
    if (to) return { kind: "moved", to };
  }
  const article = retired.articleId
    ? await db.article.findUnique({
        where: { id: retired.articleId },
        select: { id: true, title: true, url: true, publishedAt: true, outlet: { select: { name: true } } },
      })
    : null;
  const review = await db.statementReview.findUnique({ where: { statementId: id } });
  const rejection = review?.status === "rejected" ? { reason: review.reason ?? "", editorName: review.editorName, at: review.reviewedAt.toISOString() } : null;
  return {
    kind: "gone",
    id,
    rejection,
    article: article ? { id: article.id, title: article.title, url: article.url, outlet: article.outlet?.name ?? null, publishedAt: isoDate(article.publishedAt) } : null,
  };
}
