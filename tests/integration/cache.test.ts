// The read cache is never stale (issue #13): reads through @/server/queries are answered from memory
// at an unchanged data version, and an import, a re-extraction or a correction made straight in SQL is
// visible on the very next read. Uses the shared test database (the app's own DATABASE_URL).
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { parseStatementFilter } from "@/schemas/statementFilter";
import { getDb } from "@/server/db";
import { reextractArticle } from "@/server/ingest/reextract";
import { getStatement, listStatements, readDataVersion, trackerCounts } from "@/server/queries";
import { withDataVersion } from "@/server/dataVersionContext";
import { keptResults } from "@/server/queries/cache";
import { importVariant, loadSeedArticles, type SeedArticle } from "../../scripts/lib/seed-variants";

const run = randomBytes(4).toString("hex");

describe("the read cache", () => {
  let db: PrismaClient;
  let seeds: SeedArticle[];
  const articles: string[] = [];

  beforeAll(async () => {
    db = getDb();
    seeds = await loadSeedArticles();
  });

  afterAll(async () => {
    // Re-extracting to nothing retires this test's statements; then the articles go.
    for (const id of articles) await reextractArticle(db, id, () => []);
    await db.retiredStatement.deleteMany({ where: { articleId: { in: articles } } });
    await db.article.deleteMany({ where: { id: { in: articles } } });
  });

  it("takes the version the web server read for the request, and reads it itself otherwise (decision 0260)", async () => {
    const current = await readDataVersion();
    const given = { version: current.version, changedAt: new Date(0) };
    expect(await withDataVersion(given, () => readDataVersion())).toBe(given);
    // Nested reads and their continuations see it too; outside the context, the database answers.
    expect(await withDataVersion(given, async () => (await Promise.resolve(), readDataVersion()))).toBe(given);
    expect((await readDataVersion()).changedAt).not.toEqual(new Date(0));
    // A client of its own (tests, scripts) always reads its database.
    expect((await withDataVersion(given, () => readDataVersion({ db }))).changedAt).not.toEqual(new Date(0));
  });

  it("answers the same read at the same version from memory", async () => {
    const first = await trackerCounts();
    expect(await trackerCounts()).toBe(first);
  });

  it("lets go of the results of an older version once a newer one is read", async () => {
    await trackerCounts();
    await listStatements(parseStatementFilter({ topic: "troops" }).filter);
    expect(keptResults()).toBeGreaterThanOrEqual(2);
    await db.$executeRaw`UPDATE "Statement" SET quote = quote WHERE id = (SELECT min(id) FROM "Statement")`;
    await trackerCounts();
    expect(keptResults()).toBe(1);
  });

  it("shows an import on the very next read", async () => {
    const before = await trackerCounts();
    const version = await readDataVersion();
    const written = await importVariant(db, seeds[1], `cache-${run}`);
    articles.push(written.articleId);
    expect(BigInt((await readDataVersion()).version)).toBe(BigInt(version.version) + 1n);
    const after = await trackerCounts();
    expect(after.articles).toBe(before.articles + 1);
    expect(after.reports).toBe(before.reports + written.reportsAdded);
  });

  it("shows a re-extraction on the very next read", async () => {
    const article = articles[0];
    const report = await db.report.findFirstOrThrow({ where: { articleId: article }, select: { statementId: true } });
    const shown = await getStatement(report.statementId);
    const before = await trackerCounts();
    await reextractArticle(db, article, () => []);
    expect((await trackerCounts()).reports).toBeLessThan(before.reports);
    const now = await getStatement(report.statementId).catch(() => null);
    expect(now === null || now.reportCount < shown.reportCount).toBe(true);
  });

  it("shows an editor's correction made in SQL on the very next read", async () => {
    articles.push((await importVariant(db, seeds[3], `cache-fix-${run}`)).articleId);
    const [latest] = (await listStatements(parseStatementFilter({}).filter)).items;
    await getStatement(latest.id);
    const corrected = `${latest.quote} [corrected ${run}]`;
    await db.$executeRaw`UPDATE "Statement" SET quote = ${corrected} WHERE id = ${latest.id}`;
    try {
      expect((await getStatement(latest.id)).quote).toBe(corrected);
      const found = await listStatements(parseStatementFilter({ q: `corrected ${run}` }).filter);
      expect(found.items.map((s) => s.id)).toEqual([latest.id]);
    } finally {
      await db.$executeRaw`UPDATE "Statement" SET quote = ${latest.quote} WHERE id = ${latest.id}`;
    }
  });
});
