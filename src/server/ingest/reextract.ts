// Re-extraction: runs the current extractor over stored articles, one transaction per article, and keeps
// every permalink alive (decision 0041). A statement the new extraction still finds keeps its id; one whose
// id changes is recorded as retired with the statement that replaced it (its old link redirects, 308);
// one the extractor no longer finds is retired with no replacement (its old link answers 410).
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { extractStatements } from "@/domain/extract";
import type { ExtractedStatement } from "@/domain/extract/types";
import { EXTRACTOR_VERSION } from "@/domain/extract/version";
import { decidedSpans, withoutDecided } from "@/server/editor/decisions";
import { retireStatement } from "./retireStatement";
import { writeStatements } from "./writeArticle";
import { publishedAtForExtraction } from "@/schemas/articleManifest";

type Tx = Prisma.TransactionClient;
type Extract = (text: string, context: { publishedAt: string | null; outlet: string | null; language?: string | null; headline?: string | null }) => ExtractedStatement[];

export interface ReextractResult {
  articleId: string;
  statementsBefore: number;
  statementsAfter: number;
  /** Old ids that now redirect to another statement. */
  redirected: number;
  /** Old ids the extractor no longer finds (410). */
  gone: number;
}

export interface ReextractOptions {
  /** Only articles whose stored version differs from the current one (the default), or all. */
  all?: boolean;
  extract?: Extract;
  onProgress?: (result: ReextractResult, index: number, total: number) => void;
}

const defaultExtract: Extract = (text, context) => extractStatements(text, context).statements;

/** Ids of the articles a re-extraction would touch, oldest import first. */
export async function articlesToReextract(db: PrismaClient, all = false): Promise<string[]> {
  const rows = await db.article.findMany({
    where: all ? {} : { extractorVersion: { not: EXTRACTOR_VERSION } },
    select: { id: true },
    orderBy: [{ importedAt: "asc" }, { id: "asc" }],
  });
  return rows.map((r) => r.id);
}

export async function reextractAll(db: PrismaClient, options: ReextractOptions = {}): Promise<ReextractResult[]> {
  const ids = await articlesToReextract(db, options.all);
  const results: ReextractResult[] = [];
  for (const [index, id] of ids.entries()) {
    const result = await reextractArticle(db, id, options.extract);
    results.push(result);
    options.onProgress?.(result, index, ids.length);
  }
  return results;
}

export async function reextractArticle(db: PrismaClient, articleId: string, extract: Extract = defaultExtract): Promise<ReextractResult> {
  const article = await db.article.findUniqueOrThrow({
    where: { id: articleId },
    select: { text: true, title: true, language: true, publishedAt: true, publishedPrecision: true, outlet: { select: { name: true } } },
  });
  // Extraction is pure CPU work: done before the transaction opens, so the transaction stays short.
  const statements = extract(article.text, {
    // The import's own rule for cutting the publication date to its precision.
    publishedAt: publishedAtForExtraction({ publishedAt: article.publishedAt?.toISOString().slice(0, 10) ?? null, publishedPrecision: article.publishedPrecision }),
    outlet: article.outlet?.name ?? null,
    language: article.language,
    headline: article.title,
  });
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('nato-tracker-import'))`;
      const before = await tx.report.findMany({ where: { articleId }, select: { statementId: true, start: true, end: true } });
      // Editors' decisions win: reviewed statements keep their reports, rejected spans stay rejected.
      const decided = await decidedSpans(tx, articleId);
      await tx.report.deleteMany({ where: { articleId, id: { notIn: decided.keptReportIds } } });
      await writeStatements(tx, articleId, withoutDecided(statements, decided.spans));
      const after = await tx.report.findMany({ where: { articleId }, select: { statementId: true, start: true, end: true } });
      const { redirected, gone } = await retireOrphans(tx, articleId, before, after);
      await tx.article.update({ where: { id: articleId }, data: { extractorVersion: EXTRACTOR_VERSION } });
      return {
        articleId,
        statementsBefore: new Set(before.map((r) => r.statementId)).size,
        statementsAfter: new Set(after.map((r) => r.statementId)).size,
        redirected,
        gone,
      };
    },
    { timeout: 60_000, maxWait: 60_000 },
  );
}

interface Span {
  statementId: string;
  start: number;
  end: number;
}

/** The new report that covers most of an old one's words, if any does. */
function successor(old: Span, after: Span[]): string | null {
  let best: { id: string; size: number } | null = null;
  for (const span of after) {
    const size = Math.min(old.end, span.end) - Math.max(old.start, span.start);
    if (size > 0 && (!best || size > best.size)) best = { id: span.statementId, size };
  }
  return best?.id ?? null;
}

/**
 * Old statements of this article that have no report left anywhere are retired: pointed at the statement
 * whose new report overlaps theirs, else marked gone. Links already retired into them follow along, and an
 * id that is live again stops being retired.
 */
async function retireOrphans(tx: Tx, articleId: string, before: Span[], after: Span[]): Promise<{ redirected: number; gone: number }> {
  const live = new Set(after.map((r) => r.statementId));
  await tx.retiredStatement.deleteMany({ where: { id: { in: [...live] } } });
  const oldIds = [...new Set(before.map((r) => r.statementId))].filter((id) => !live.has(id));
  const orphans = await tx.statement.findMany({ where: { id: { in: oldIds }, reports: { none: {} } }, select: { id: true } });
  let redirected = 0;
  for (const { id } of orphans) {
    const replacedById = before.filter((r) => r.statementId === id).map((r) => successor(r, after)).find((s) => s !== null) ?? null;
    await tx.statement.delete({ where: { id } });
    await retireStatement(tx, id, replacedById, articleId);
    if (replacedById) redirected++;
  }
  return { redirected, gone: orphans.length - redirected };
}

export function formatReextractProgress(r: ReextractResult, index: number, total: number): string {
  const moved = r.redirected || r.gone ? `; ${r.redirected} old links redirect, ${r.gone} withdrawn` : "";
  return `[${index + 1}/${total}] article ${r.articleId}: ${r.statementsBefore} → ${r.statementsAfter} statements${moved}`;
}

export function formatReextractSummary(results: ReextractResult[]): string {
  const sum = (key: "redirected" | "gone") => results.reduce((n, r) => n + r[key], 0);
  return `${results.length} article${results.length === 1 ? "" : "s"} re-extracted; ${sum("redirected")} old links now redirect, ${sum("gone")} withdrawn (410)`;
}
