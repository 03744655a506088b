// Editors' decisions against a real PostgreSQL: a correction, a rejection and a merge survive a re-import of
// the same article and a re-extraction by a changed extractor (decision 0051); the browser import records
// the preview's edits as corrections; sign-in is rate-limited per account with counters in the database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { extractStatements } from "@/domain/extract";
import type { ExtractedStatement } from "@/domain/extract/types";
import { createPrismaClient } from "@/server/db";
import { addEditor } from "@/server/editor/accounts";
import { saveArticle } from "@/server/editor/browserImport";
import { confirmStatement, correctStatement, mergeStatements, rejectStatement } from "@/server/editor/review";
import { signIn, signInFormToken } from "@/server/editor/sessions";
import { importArticles, importSeedsIfMissing } from "@/server/ingest";
import { reextractArticle } from "@/server/ingest/reextract";
import { findRetiredStatement } from "@/server/queries/retiredStatement";
import { createScratchDatabase } from "./setup/database";

const editor = { editorName: "ada" };

/** A "newer extractor" that disagrees with everything: every speaker replaced, every stance flipped. */
function contraryExtract(text: string, context: { publishedAt: string | null; outlet: string | null }): ExtractedStatement[] {
  return extractStatements(text, context).statements.map((s) => ({
    ...s,
    speaker: "Somebody Else",
    stance: Object.fromEntries(Object.entries(s.stance).map(([topic, f]) => [topic, { value: f!.value === "supports" ? "opposes" : "supports", evidence: "a different cue" }])),
  }));
}

describe("editors' decisions", () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let db: PrismaClient;
  let articleId: string;
  let ids: string[];

  beforeAll(async () => {
    scratch = await createScratchDatabase({ prefix: "editor" });
    db = createPrismaClient(scratch.url);
    await importSeedsIfMissing(db, "seeds");
    const single = await db.statement.findMany({
      where: { speakerId: { not: null }, reports: { every: {} } },
      include: { reports: { select: { articleId: true } } },
      orderBy: { id: "asc" },
    });
    const byArticle = new Map<string, string[]>();
    for (const s of single.filter((s) => s.reports.length === 1)) byArticle.set(s.reports[0].articleId, [...(byArticle.get(s.reports[0].articleId) ?? []), s.id]);
    [articleId, ids] = [...byArticle.entries()].find(([, list]) => list.length >= 4)!;
  });

  afterAll(async () => {
    await db?.$disconnect();
    await scratch?.drop();
  });

  it("imports the seeds with nothing reviewed", async () => {
    expect(await db.statementReview.count()).toBe(0);
    expect(await db.correction.count()).toBe(0);
  });

  it("keeps a correction, a rejection and a merge through a re-import and a re-extraction", async () => {
    const [corrected, rejected, mergedAway, mergedInto] = ids;
    const changed = await correctStatement(db, corrected, { speaker: "Jane Editor-Checked", stances: [{ topic: "troops", value: "conditional", evidence: "only if" }] }, editor, "the report names her");
    expect(changed).toBe(2);
    await rejectStatement(db, rejected, "a headline, not a remark", editor);
    await mergeStatements(db, mergedAway, mergedInto, editor);
    const spanOfRejected = (await db.rejectedSpan.findFirstOrThrow({ where: { statementId: rejected } }));

    const check = async () => {
      const row = await db.statement.findUniqueOrThrow({ where: { id: corrected }, include: { speaker: true, stances: true, reports: true } });
      expect(row.speaker?.name).toBe("Jane Editor-Checked");
      expect(row.stances).toEqual([{ statementId: corrected, topic: "troops", value: "conditional", evidence: "only if" }]);
      expect(row.reports).toHaveLength(1);
      // Nothing else claims the corrected report's words.
      const overlapping = await db.report.findMany({ where: { articleId, start: { lt: row.reports[0].end }, end: { gt: row.reports[0].start } } });
      expect(overlapping.map((r) => r.statementId)).toEqual([corrected]);
      expect(await db.report.count({ where: { articleId, start: { lt: spanOfRejected.end }, end: { gt: spanOfRejected.start } } })).toBe(0);
      expect(await findRetiredStatement(rejected, { db })).toMatchObject({ kind: "gone", rejection: { reason: "a headline, not a remark", editorName: "ada" } });
      expect(await findRetiredStatement(mergedAway, { db })).toMatchObject({ kind: "moved", to: { id: mergedInto } });
      expect(await db.report.count({ where: { statementId: mergedInto } })).toBe(2);
      expect(await db.correction.count({ where: { statementId: corrected } })).toBe(2);
    };
    await check();

    const again = await importArticles(db, ["seeds"]);
    expect(again.added).toBe(0);
    await check();

    const result = await reextractArticle(db, articleId, contraryExtract);
    expect(result.statementsAfter).toBeGreaterThan(0);
    await check();
    // The statements nobody reviewed did take the new extractor's output.
    const unreviewed = await db.report.findMany({ where: { articleId, statementId: { notIn: [corrected, mergedInto] } }, include: { statement: { include: { speaker: true } } } });
    expect(unreviewed.length).toBeGreaterThan(0);
    expect(unreviewed.every((r) => r.statement.speaker?.name === "Somebody Else")).toBe(true);
  });

  it("confirms without changing fields and logs the decision", async () => {
    const { id } = await db.statement.findFirstOrThrow({ where: { id: { notIn: ids } }, orderBy: { id: "asc" } });
    const before = await db.statement.findUniqueOrThrow({ where: { id } });
    await confirmStatement(db, id, editor);
    expect(await db.statement.findUniqueOrThrow({ where: { id } })).toEqual(before);
    expect(await db.statementReview.findUnique({ where: { statementId: id } })).toMatchObject({ status: "confirmed", editorName: "ada" });
    expect(await db.correction.findFirst({ where: { statementId: id } })).toMatchObject({ field: "status", before: "extracted automatically", after: "confirmed" });
  });

  it("records the browser preview's edits as the editor's corrections, inside the import", async () => {
    const text = 'Brussels, 3 March 2025. "We will not send troops to Ukraine," Mark Rutte told reporters on Monday.\n\nHe added that talks must continue.';
    const metadata = { outletName: "Example Wire", publishedAt: "2025-03-03", publishedPrecision: "day" as const, publishedEvidence: "dateline" };
    const saved = await saveArticle(db, { text, metadata, edits: [{ index: 0, removed: false, fields: { speaker: "Jens Stoltenberg", stances: [{ topic: "troops", value: "opposes", evidence: "will not send troops" }] } }] }, editor);
    expect(saved.status).toBe("added");
    if (saved.status !== "added") return;
    const report = await db.report.findFirstOrThrow({ where: { articleId: saved.articleId, quote: { contains: "not send troops" } } });
    const statement = await db.statement.findUniqueOrThrow({ where: { id: report.statementId }, include: { speaker: true } });
    expect(saved.statements.map((s) => s.id)).toContain(statement.id);
    expect(statement.speaker?.name).toBe("Jens Stoltenberg");
    const log = await db.correction.findMany({ where: { statementId: statement.id } });
    expect(log.map((c) => [c.field, c.before, c.after])).toContainEqual(["speaker", "Mark Rutte", "Jens Stoltenberg"]);
    expect(await db.statementReview.findUnique({ where: { statementId: statement.id } })).toMatchObject({ status: "corrected", editorName: "ada" });
    // The same text again is refused as already imported, with nothing changed.
    expect(await saveArticle(db, { text, metadata, edits: [] }, editor)).toMatchObject({ status: "unchanged" });
  });

  it("refuses an empty or binary article and a non-http source address with the import's reasons", async () => {
    await expect(saveArticle(db, { text: "   ", metadata: {}, edits: [] }, editor)).rejects.toThrow(/no text/);
    await expect(saveArticle(db, { text: "a\u0000b", metadata: {}, edits: [] }, editor)).rejects.toThrow(/binary/);
    await expect(saveArticle(db, { text: "Some text.", metadata: { url: "javascript:alert(1)" }, edits: [] }, editor)).rejects.toThrow(/http/);
  });

  it("rate-limits wrong passwords per account, even for the right password afterwards", async () => {
    await addEditor(db, "grace", "a long enough password");
    const headers = new Headers({ "x-forwarded-for": "10.0.0.1" });
    const attempt = async (password: string, from = headers) => signIn(db, { name: "grace", password, formToken: await signInFormToken(db), headers: from });
    expect(await attempt("a long enough password")).toMatchObject({ ok: true });
    for (let i = 0; i < 5; i++) expect(await attempt("wrong password!!")).toEqual({ ok: false, reason: "wrong-credentials" });
    expect(await attempt("a long enough password", new Headers({ "x-forwarded-for": "10.0.0.2" }))).toEqual({ ok: false, reason: "rate-limited" });
    const counter = await db.rateLimit.findUniqueOrThrow({ where: { key: "sign-in:account:grace" } });
    expect(counter.count).toBe(5);
    expect(await signIn(db, { name: "grace", password: "a long enough password", formToken: "123.forged", headers })).toEqual({ ok: false, reason: "invalid-form" });
  });
});
