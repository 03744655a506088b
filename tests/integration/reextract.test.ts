// Re-extraction against a real PostgreSQL: nothing changes when the extractor has not, an old extractor's
// statements are replaced with every old permalink still answering (308 to the same remark, 410 only for a
// remark no longer found), no article is lost, and the command-line entry point works.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { extractStatements } from "@/domain/extract";
import type { ExtractedStatement } from "@/domain/extract/types";
import { EXTRACTOR_VERSION } from "@/domain/extract/version";
import { createPrismaClient } from "@/server/db";
import { importSeedsIfMissing } from "@/server/ingest";
import { reextractAll, reextractArticle } from "@/server/ingest/reextract";
import { findRetiredStatement } from "@/server/queries/retiredStatement";
import { createScratchDatabase } from "./setup/database";

const run = promisify(execFile);

async function snapshot(db: PrismaClient) {
  const statements = await db.statement.findMany({ select: { id: true, quote: true, speakerId: true, reports: { select: { articleId: true, start: true, end: true }, orderBy: [{ articleId: "asc" }, { start: "asc" }] } }, orderBy: { id: "asc" } });
  return { statements, articles: await db.article.count(), reports: await db.report.count() };
}

/** Where an old permalink leads now: the id itself when live, else the retired answer. */
async function resolve(db: PrismaClient, id: string) {
  if (await db.statement.findUnique({ where: { id }, select: { id: true } })) return { kind: "live" as const, id };
  return findRetiredStatement(id, { db });
}

describe("re-extraction", () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let db: PrismaClient;
  let original: Awaited<ReturnType<typeof snapshot>>;

  beforeAll(async () => {
    scratch = await createScratchDatabase({ prefix: "reextract" });
    db = createPrismaClient(scratch.url);
    await importSeedsIfMissing(db, "seeds");
    original = await snapshot(db);
  });

  afterAll(async () => {
    await db?.$disconnect();
    await scratch?.drop();
  });

  it("records the extractor version on import and finds nothing to do with the same extractor", async () => {
    const versions = await db.article.findMany({ select: { extractorVersion: true } });
    expect(versions.map((v) => v.extractorVersion)).toEqual(Array(5).fill(EXTRACTOR_VERSION));
    expect(await reextractAll(db)).toEqual([]);
  });

  it("changes nothing when every article is extracted again by the same extractor", async () => {
    const results = await reextractAll(db, { all: true });
    expect(results).toHaveLength(5);
    expect(results.every((r) => r.redirected === 0 && r.gone === 0 && r.statementsBefore === r.statementsAfter)).toBe(true);
    expect(await snapshot(db)).toEqual(original);
    expect(await db.retiredStatement.count()).toBe(0);
  });

  it("refreshes a known speaker's roles and aliases from the people data when an article is written again", async () => {
    const rutte = await db.speaker.findUniqueOrThrow({ where: { slug: "mark-rutte" }, include: { roles: true } });
    expect(rutte.roles.map((r) => r.title)).toContain("NATO Secretary General");
    // A row written by older people data: a wrong role and no aliases.
    await db.speakerRole.deleteMany({ where: { speakerId: rutte.id } });
    await db.speakerRole.create({ data: { speakerId: rutte.id, title: "Outdated title" } });
    await db.speaker.update({ where: { id: rutte.id }, data: { aliases: [] } });
    const article = await db.report.findFirstOrThrow({ where: { statement: { speakerId: rutte.id } }, select: { articleId: true } });
    await reextractArticle(db, article.articleId);
    const refreshed = await db.speaker.findUniqueOrThrow({ where: { id: rutte.id }, include: { roles: true } });
    expect(refreshed.roles.map((r) => r.title).sort()).toEqual(rutte.roles.map((r) => r.title).sort());
    expect(refreshed.aliases).toEqual(rutte.aliases);
  });

  it("keeps a remark reported by two articles on one statement when one of them is re-extracted", async () => {
    const shared = original.statements.filter((s) => new Set(s.reports.map((r) => r.articleId)).size > 1);
    expect(shared.length).toBeGreaterThan(0);
    await reextractArticle(db, shared[0].reports[0].articleId);
    const after = await db.statement.findUnique({ where: { id: shared[0].id }, include: { reports: true } });
    expect(after?.reports).toHaveLength(shared[0].reports.length);
  });

  describe("after an older extractor", () => {
    // The "older extractor": the same statements of one article, one of them lost, one with another speaker.
    let articleId: string;
    let lost: (typeof original.statements)[number];
    let reattributed: (typeof original.statements)[number];

    beforeAll(async () => {
      const single = original.statements.filter((s) => s.reports.length === 1 && s.speakerId);
      articleId = single[0].reports[0].articleId;
      const ofArticle = single.filter((s) => s.reports[0].articleId === articleId);
      expect(ofArticle.length).toBeGreaterThanOrEqual(2);
      [lost, reattributed] = ofArticle;
      const older = (text: string, context: { publishedAt: string | null; outlet: string | null }): ExtractedStatement[] =>
        extractStatements(text, context)
          .statements.filter((s) => s.start !== lost.reports[0].start)
          .map((s) => (s.start === reattributed.reports[0].start ? { ...s, speaker: "Someone Else", speakerRole: null } : s));
      await reextractArticle(db, articleId, older);
      await db.article.updateMany({ data: { extractorVersion: "0" } }); // as a database built before versions
    });

    it("retires the statements the older extractor changed, with a link to where each went", async () => {
      expect(await resolve(db, lost.id)).toMatchObject({ kind: "gone", article: { id: articleId } });
      const moved = await resolve(db, reattributed.id);
      expect(moved).toMatchObject({ kind: "moved" });
      const newId = moved?.kind === "moved" ? moved.to.id : "";
      const replacement = await db.statement.findUnique({ where: { id: newId }, include: { speaker: true } });
      expect(replacement?.speaker?.name).toBe("Someone Else");
    });

    it("npm run reextract brings every article up to date, and every old permalink resolves to the same remark", { timeout: 90_000 }, async () => {
      const interim = await snapshot(db);
      const { stdout } = await run(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/reextract.ts"], {
        env: { ...process.env, DATABASE_URL: scratch.url },
      });
      expect(stdout).toMatch(/5 articles re-extracted/);
      expect(await db.article.count({ where: { extractorVersion: EXTRACTOR_VERSION } })).toBe(5);
      expect((await snapshot(db)).articles).toBe(original.articles);

      // The current extractor finds the original statements again, under their original ids.
      for (const s of original.statements) expect(await resolve(db, s.id), s.id).toEqual({ kind: "live", id: s.id });
      // The interim statement with the wrong speaker is gone from the lists, and its link leads to the remark.
      const interimOnly = interim.statements.filter((s) => !original.statements.some((o) => o.id === s.id));
      expect(interimOnly).toHaveLength(1);
      expect(await resolve(db, interimOnly[0].id)).toEqual({ kind: "moved", to: { id: reattributed.id, quote: reattributed.quote } });
      expect(await snapshot(db)).toEqual(original);
    });
  });
});
