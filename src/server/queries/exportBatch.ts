// The statements of one export batch with every report's provenance, in two queries whatever the batch
// size (summaries, then reports with their article and outlet).
import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { getReadDb } from "@/server/db";
import { loadSummaries } from "./statementSummary";
import type { KindValue, PrecisionValue, StatementSummary } from "./types";

export interface ExportReport {
  id: string;
  statementId: string;
  kind: KindValue;
  quote: string;
  sentence: string;
  start: number;
  end: number;
  outletCited: string | null;
  venue: string | null;
  articleId: string;
  articleTitle: string | null;
  url: string | null;
  publishedAt: string | null;
  publishedPrecision: PrecisionValue | null;
  sourceFile: string;
  outletName: string | null;
}

export interface ExportBatch {
  statement: StatementSummary;
  /** First published first, as on the statement's page. */
  reports: ExportReport[];
}

export async function loadExportBatch(ids: string[], options: { db?: PrismaClient } = {}): Promise<ExportBatch[]> {
  const db = options.db ?? getReadDb();
  if (ids.length === 0) return [];
  const [summaries, reports] = await Promise.all([
    loadSummaries(db, ids),
    db.$queryRaw<ExportReport[]>`
      SELECT r.id, r."statementId", r.kind::text AS kind, r.quote, r.sentence, r.start, r."end", r."outletCited", r.venue,
             a.id AS "articleId", a.title AS "articleTitle", a.url, a."publishedAt"::text AS "publishedAt",
             a."publishedPrecision"::text AS "publishedPrecision", a."sourceFile", o.name AS "outletName"
      FROM "Report" r JOIN "Article" a ON a.id = r."articleId" LEFT JOIN "Outlet" o ON o.id = a."outletId"
      WHERE r."statementId" = ANY(${ids}::text[])
      ORDER BY r."statementId", a."publishedAt" ASC NULLS LAST, a."importedAt", r.start`,
  ]);
  const byStatement = new Map<string, ExportReport[]>();
  for (const report of reports) {
    const list = byStatement.get(report.statementId) ?? [];
    list.push(report);
    byStatement.set(report.statementId, list);
  }
  return summaries.map((statement) => ({ statement, reports: byStatement.get(statement.id) ?? [] }));
}
