// Public reads of editors' work: a statement's review status and corrections, and the corrections log.
import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { getDb } from "@/server/db";
import { issueTimedToken } from "@/server/editor/secrets";

export interface CorrectionView {
  id: string;
  statementId: string;
  field: string;
  before: string | null;
  after: string | null;
  reason: string | null;
  editorName: string;
  createdAt: string;
}

export interface StatementEditorial {
  reviewed: boolean;
  status: "confirmed" | "corrected" | "rejected" | "merged" | "split" | null;
  editorName: string | null;
  reviewedAt: string | null;
  corrections: CorrectionView[];
}

const toView = (c: { id: string; statementId: string; field: string; before: string | null; after: string | null; reason: string | null; editorName: string; createdAt: Date }): CorrectionView => ({
  ...c,
  createdAt: c.createdAt.toISOString(),
});

export async function statementEditorial(id: string, options: { db?: PrismaClient } = {}): Promise<StatementEditorial> {
  const db = options.db ?? getDb();
  const [review, corrections] = await Promise.all([
    db.statementReview.findUnique({ where: { statementId: id } }),
    db.correction.findMany({ where: { statementId: id }, orderBy: [{ createdAt: "desc" }, { id: "asc" }] }),
  ]);
  return {
    reviewed: !!review,
    status: review?.status ?? null,
    editorName: review?.editorName ?? null,
    reviewedAt: review?.reviewedAt.toISOString() ?? null,
    corrections: corrections.map(toView),
  };
}

export const CORRECTIONS_PAGE_SIZE = 50;

export interface CorrectionLogEntry extends CorrectionView {
  /** The statement as it is now (null when rejected or merged away: its permalink redirects or answers 410). */
  statement: { id: string; quote: string } | null;
}

export async function listCorrections(page = 1, options: { db?: PrismaClient } = {}): Promise<{ items: CorrectionLogEntry[]; total: number; page: number; pageCount: number }> {
  const db = options.db ?? getDb();
  const [total, rows] = await Promise.all([
    db.correction.count(),
    db.correction.findMany({ orderBy: [{ createdAt: "desc" }, { id: "asc" }], skip: (page - 1) * CORRECTIONS_PAGE_SIZE, take: CORRECTIONS_PAGE_SIZE }),
  ]);
  const statements = await db.statement.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.statementId))] } }, select: { id: true, quote: true } });
  const byId = new Map(statements.map((s) => [s.id, s]));
  return {
    items: rows.map((r) => ({ ...toView(r), statement: byId.get(r.statementId) ?? null })),
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / CORRECTIONS_PAGE_SIZE)),
  };
}

/** The signed timestamp a reader's problem form carries (spam check: a minimum time to fill it in). */
export function problemFormToken(options: { db?: PrismaClient } = {}): Promise<string> {
  return issueTimedToken(options.db ?? getDb(), "problem-report");
}
