// How re-extraction keeps editors' decisions (decision 0051): reports of reviewed statements stay as they
// are, and the extractor's findings that overlap them, or a rejected statement's spans, are dropped: the
// person's decision wins over any later extractor.
import type { Prisma } from "@/generated/prisma/client";

type Tx = Prisma.TransactionClient;

export interface DecidedSpans {
  /** Reports of this article that belong to reviewed statements: never deleted or rewritten. */
  keptReportIds: string[];
  /** Offsets the extractor may no longer claim (kept reports and rejected statements). */
  spans: { start: number; end: number }[];
}

export async function decidedSpans(tx: Tx, articleId: string): Promise<DecidedSpans> {
  const reports = await tx.report.findMany({ where: { articleId }, select: { id: true, statementId: true, start: true, end: true } });
  const reviewed = await tx.statementReview.findMany({ where: { statementId: { in: [...new Set(reports.map((r) => r.statementId))] } }, select: { statementId: true } });
  const reviewedIds = new Set(reviewed.map((r) => r.statementId));
  const kept = reports.filter((r) => reviewedIds.has(r.statementId));
  const rejected = await tx.rejectedSpan.findMany({ where: { articleId }, select: { start: true, end: true } });
  return { keptReportIds: kept.map((r) => r.id), spans: [...kept, ...rejected].map(({ start, end }) => ({ start, end })) };
}

/** The findings whose words do not overlap any decided span. */
export function withoutDecided<T extends { start: number; end: number }>(findings: T[], spans: DecidedSpans["spans"]): T[] {
  return findings.filter((f) => !spans.some((s) => Math.min(f.end, s.end) > Math.max(f.start, s.start)));
}
