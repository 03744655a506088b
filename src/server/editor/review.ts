// What an editor does to a statement: confirm, correct fields, reject, merge two, split a report off.
// Every change is written with its log rows (Correction) and the review mark (StatementReview) in one
// transaction; the review mark is what makes re-extraction leave the statement alone (decision 0051).
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { statementId as deriveStatementId } from "@/domain/cluster/statementId";
import { toDate, upsertOutlet, upsertSpeaker } from "@/server/ingest/writeArticle";
import { findKnownOutlet } from "@/domain/outlets/gazetteer";
import { NotFoundError } from "@/server/errors";
import { changedFields, currentFields, type FieldName, type StatementFields } from "./fields";
import { retireStatement } from "@/server/ingest/retireStatement";

type Tx = Prisma.TransactionClient;
type ReviewStatus = "confirmed" | "corrected" | "rejected" | "merged" | "split";

export class ReviewError extends Error {
  readonly status = 400;
  constructor(message: string) {
    super(message);
    this.name = "ReviewError";
  }
}

export interface Reviewer {
  editorName: string;
}

const statementRelations = { speaker: { select: { name: true } }, stances: true, reports: { select: { id: true, outletCited: true, venue: true, articleId: true, start: true, end: true, quote: true } } } as const;

/**
 * The statement and its relations, read one query after another: inside an interactive transaction Prisma's pg adapter
 * sends an `include`'s relation reads at once on the transaction's single connection, which pg 8.19+ deprecates and pg 9
 * will refuse (prisma/orm#29646).
 */
async function loadStatement(tx: Tx, id: string) {
  const row = await tx.statement.findUnique({ where: { id } });
  if (!row) throw new NotFoundError("Statement", id);
  const speaker = row.speakerId ? await tx.speaker.findUnique({ where: { id: row.speakerId }, select: statementRelations.speaker.select }) : null;
  const stances = await tx.statementStance.findMany({ where: { statementId: id } });
  const reports = await tx.report.findMany({ where: { statementId: id }, select: statementRelations.reports.select });
  return { ...row, speaker, stances, reports };
}

type LoadedStatement = Awaited<ReturnType<typeof loadStatement>>;

function transaction<T>(db: PrismaClient, work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.$transaction(async (tx) => {
    // The same lock as imports and re-extraction: an editor's change never interleaves with them.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('nato-tracker-import'))`;
    return work(tx);
  }, { timeout: 30_000, maxWait: 30_000 });
}

async function markReviewed(tx: Tx, statementId: string, status: ReviewStatus, who: Reviewer, reason: string | null = null): Promise<void> {
  await tx.statementReview.upsert({
    where: { statementId },
    update: { status, reason, editorName: who.editorName, reviewedAt: new Date() },
    create: { statementId, status, reason, editorName: who.editorName },
  });
}

async function logChange(tx: Tx, statementId: string, field: string, before: string | null, after: string | null, who: Reviewer, reason: string | null): Promise<void> {
  await tx.correction.create({ data: { statementId, field, before, after, reason, editorName: who.editorName } });
}

async function reviewStatusOf(tx: Tx, statementId: string): Promise<string> {
  return (await tx.statementReview.findUnique({ where: { statementId } }))?.status ?? "extracted automatically";
}

export async function confirmStatement(db: PrismaClient, id: string, who: Reviewer, reason: string | null = null): Promise<void> {
  await transaction(db, async (tx) => {
    await loadStatement(tx, id);
    await logChange(tx, id, "status", await reviewStatusOf(tx, id), "confirmed", who, reason);
    await markReviewed(tx, id, "confirmed", who, null);
  });
}

/** Writes the given fields over the statement (and its reports for outlet chain and venue) and logs each change. */
async function applyFields(tx: Tx, row: LoadedStatement, fields: StatementFields): Promise<{ field: FieldName; before: string | null; after: string | null }[]> {
  const changes = changedFields(currentFields(row), fields);
  const changed = new Set(changes.map((c) => c.field));
  const data: Prisma.StatementUncheckedUpdateInput = {};
  if (changed.has("speaker")) data.speakerId = fields.speaker ? await upsertSpeaker(tx, fields.speaker, fields.speakerRole ?? null) : null;
  if (changed.has("speakerRole")) data.speakerRole = fields.speakerRole ?? null;
  if (changed.has("kind") && fields.kind) data.kind = fields.kind;
  if (changed.has("date") || changed.has("datePrecision")) {
    const date = fields.date !== undefined ? fields.date : currentFields(row).date;
    data.date = toDate(date ?? null);
    data.datePrecision = date ? (fields.datePrecision ?? precisionOf(date)) : null;
    data.dateSource = date ? "stated" : null;
  }
  if (changed.has("topics")) data.topics = fields.topics;
  if (changed.has("stances")) {
    await tx.statementStance.deleteMany({ where: { statementId: row.id } });
    await tx.statementStance.createMany({ data: (fields.stances ?? []).map((s) => ({ statementId: row.id, ...s })) });
  }
  if (Object.keys(data).length) await tx.statement.update({ where: { id: row.id }, data });
  if (changed.has("venue")) await tx.report.updateMany({ where: { statementId: row.id }, data: { venue: fields.venue ?? null } });
  if (changed.has("outletCited")) await replaceOutletChain(tx, row.reports.map((r) => r.id), fields.outletCited ?? null);
  return changes;
}

function precisionOf(date: string): "day" | "month" | "year" {
  return date.length === 4 ? "year" : date.length === 7 ? "month" : "day";
}

async function replaceOutletChain(tx: Tx, reportIds: string[], chain: string | null): Promise<void> {
  const names = chain ? chain.split(";").map((n) => n.trim()).filter(Boolean) : [];
  const outletIds: string[] = [];
  for (const name of names) outletIds.push(await upsertOutlet(tx, name, findKnownOutlet(name)?.kind ?? "online"));
  await tx.reportCitation.deleteMany({ where: { reportId: { in: reportIds } } });
  await tx.report.updateMany({ where: { id: { in: reportIds } }, data: { outletCited: names.length ? names.join("; ") : null } });
  await tx.reportCitation.createMany({ data: reportIds.flatMap((reportId) => outletIds.map((outletId, position) => ({ reportId, outletId, position }))) });
}

export async function correctStatement(db: PrismaClient, id: string, fields: StatementFields, who: Reviewer, reason: string | null = null): Promise<number> {
  return transaction(db, (tx) => correctWithin(tx, id, fields, who, reason));
}

/** Inside an open transaction (an import's): writes, logs and marks the correction; the number of fields changed. */
export async function correctWithin(tx: Tx, id: string, fields: StatementFields, who: Reviewer, reason: string | null): Promise<number> {
  const row = await loadStatement(tx, id);
  const changes = await applyFields(tx, row, fields);
  for (const change of changes) await logChange(tx, id, change.field, change.before, change.after, who, reason);
  if (changes.length) await markReviewed(tx, id, "corrected", who);
  return changes.length;
}

/**
 * A false statement: its row goes (its permalink answers 410 with the reason), the spans it was printed
 * at are remembered so that no re-extraction brings it back, and the decision is kept.
 */
export async function rejectStatement(db: PrismaClient, id: string, reason: string, who: Reviewer): Promise<void> {
  const why = reason.trim();
  if (!why) throw new ReviewError("say why the statement is rejected: readers see the reason");
  await transaction(db, async (tx) => {
    const row = await loadStatement(tx, id);
    await tx.rejectedSpan.createMany({ data: row.reports.map((r) => ({ articleId: r.articleId, start: r.start, end: r.end, statementId: id })), skipDuplicates: true });
    await logChange(tx, id, "status", await reviewStatusOf(tx, id), "rejected", who, why);
    await markReviewed(tx, id, "rejected", who, why);
    await tx.statement.delete({ where: { id } });
    await retireStatement(tx, id, null, row.reports[0]?.articleId ?? null);
  });
}


/** Two statements that are one remark: the reports of `fromId` join `intoId`, whose fields win; the old link redirects. */
export async function mergeStatements(db: PrismaClient, fromId: string, intoId: string, who: Reviewer, reason: string | null = null): Promise<void> {
  if (fromId === intoId) throw new ReviewError("a statement cannot be merged into itself");
  await transaction(db, async (tx) => {
    const from = await loadStatement(tx, fromId);
    await loadStatement(tx, intoId);
    await tx.report.updateMany({ where: { statementId: fromId }, data: { statementId: intoId } });
    await tx.statement.delete({ where: { id: fromId } });
    await retireStatement(tx, fromId, intoId, from.reports[0]?.articleId ?? null);
    await tx.statementReview.deleteMany({ where: { statementId: fromId } });
    await logChange(tx, intoId, "merged", fromId, intoId, who, reason);
    await markReviewed(tx, intoId, "merged", who);
  });
}

/** A report that prints another remark: it becomes a statement of its own with a copy of the fields. */
export async function splitReport(db: PrismaClient, statementId: string, reportId: string, who: Reviewer, reason: string | null = null): Promise<string> {
  return transaction(db, async (tx) => {
    const row = await loadStatement(tx, statementId);
    const report = row.reports.find((r) => r.id === reportId);
    if (!report) throw new ReviewError("that report does not belong to this statement");
    if (row.reports.length < 2) throw new ReviewError("a statement with one report has nothing to split");
    let newId = deriveStatementId(row.speaker?.name ?? null, report.quote, `split:${report.id}`);
    for (let salt = 1; await tx.statement.findUnique({ where: { id: newId }, select: { id: true } }); salt++) {
      newId = deriveStatementId(row.speaker?.name ?? null, report.quote, `split:${report.id}#${salt}`);
    }
    await tx.statement.create({
      data: {
        id: newId,
        speakerId: row.speakerId,
        speakerRole: row.speakerRole,
        kind: row.kind,
        quote: report.quote,
        date: row.date,
        datePrecision: row.datePrecision,
        dateSource: row.dateSource,
        topics: row.topics,
        stances: { create: row.stances.map((s) => ({ topic: s.topic, value: s.value, evidence: s.evidence })) },
      },
    });
    await tx.report.update({ where: { id: reportId }, data: { statementId: newId } });
    if (row.quote === report.quote) {
      const remaining = row.reports.find((r) => r.id !== reportId)!;
      await tx.statement.update({ where: { id: statementId }, data: { quote: remaining.quote } });
    }
    await logChange(tx, statementId, "split", statementId, newId, who, reason);
    await logChange(tx, newId, "split", statementId, newId, who, reason);
    await markReviewed(tx, statementId, "split", who);
    await markReviewed(tx, newId, "split", who);
    return newId;
  });
}

