// Importing articles into a real PostgreSQL: seeds, idempotency, stable permalinks,
// bad files, transactions, and the command-line importer.
import { execFile } from "node:child_process";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { createPrismaClient } from "@/server/db";
import { ARTICLE_LIMITS } from "@/domain/article/limits";
import { importArticles, importSeedsIfMissing } from "@/server/ingest";
import { createScratchDatabase } from "./setup/database";

const run = promisify(execFile);

async function tableCounts(db: PrismaClient) {
  const [articles, statements, reports, speakers, outlets] = await Promise.all([
    db.article.count(), db.statement.count(), db.report.count(), db.speaker.count(), db.outlet.count(),
  ]);
  return { articles, statements, reports, speakers, outlets };
}

describe("importing articles", () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let db: PrismaClient;
  let tmp: string;

  beforeAll(async () => {
    scratch = await createScratchDatabase({ prefix: "ingest" });
    db = createPrismaClient(scratch.url);
    tmp = await fs.mkdtemp(path.join(os.tmpdir(), "ingest-"));
  });

  afterAll(async () => {
    await db?.$disconnect();
    await scratch?.drop();
    await fs.rm(tmp, { recursive: true, force: true });
  });

  it("imports the five seeds with exact offsets and one statement per remark across outlets", async () => {
    const progress: string[] = [];
    const summary = await importSeedsIfMissing(db, "seeds", (r, i, n) => progress.push(`${i + 1}/${n} ${r.status}`));
    expect(summary).toMatchObject({ read: 5, added: 5, failed: 0 });
    expect(progress).toEqual(["1/5 added", "2/5 added", "3/5 added", "4/5 added", "5/5 added"]);

    const reports = await db.report.findMany({ include: { article: true } });
    expect(reports.length).toBeGreaterThan(30);
    for (const r of reports) expect(r.article.text.slice(r.start, r.end)).toBe(r.quote);

    // Seeds 000 and 001 report the same Fox News interview: those remarks carry both reports.
    const shared = await db.statement.findMany({
      where: { AND: [{ reports: { some: { article: { sourceFile: { contains: "000_" } } } } }, { reports: { some: { article: { sourceFile: { contains: "001_" } } } } }] },
      include: { reports: true },
    });
    expect(shared.length).toBeGreaterThanOrEqual(3);
    for (const s of shared) expect(s.reports.every((r) => r.outletCited?.startsWith("Fox News"))).toBe(true);

    const rutte = await db.speaker.findUnique({ where: { slug: "mark-rutte" }, include: { roles: true } });
    expect(rutte?.roles.map((r) => r.title)).toContain("NATO Secretary General");
    expect(await db.speaker.findUnique({ where: { slug: "jens-stoltenberg" } })).not.toBeNull();
  }, 90_000);

  it("re-imports nothing and keeps every permalink", async () => {
    const before = await db.statement.findMany({ select: { id: true }, orderBy: { id: "asc" } });
    const counts = await tableCounts(db);
    const again = await importArticles(db, ["seeds"]);
    expect(again).toMatchObject({ read: 5, added: 0, unchanged: 5, failed: 0, statementsAdded: 0 });
    expect(await tableCounts(db)).toEqual(counts);
    expect(await db.statement.findMany({ select: { id: true }, orderBy: { id: "asc" } })).toEqual(before);
    expect((await importSeedsIfMissing(db, "seeds")).added).toBe(0);
  });

  it("gives the same ids on a fresh database (ids come from content, not from order)", async () => {
    const other = await createScratchDatabase({ prefix: "ingest_ids" });
    const otherDb = createPrismaClient(other.url);
    try {
      await importArticles(otherDb, ["seeds"]);
      const ids = (rows: { id: string }[]) => rows.map((r) => r.id).sort();
      expect(ids(await otherDb.statement.findMany({ select: { id: true } }))).toEqual(ids(await db.statement.findMany({ select: { id: true } })));
    } finally {
      await otherDb.$disconnect();
      await other.drop();
    }
  }, 90_000);

  it("rejects binary, empty, invalid UTF-8 and undescribed files by name and reason, changing nothing, and imports the rest", async () => {
    const dir = path.join(tmp, "mixed");
    await fs.mkdir(dir);
    await fs.writeFile(path.join(dir, "binary.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    await fs.writeFile(path.join(dir, "empty.txt"), "");
    await fs.writeFile(path.join(dir, "latin1.txt"), Buffer.from("Caf\xe9 au lait, said Rutte.", "latin1"));
    await fs.writeFile(path.join(dir, "good.txt"), "Allies meet in Brussels\n“We will keep helping Ukraine defend itself,” NATO Secretary General Mark Rutte said on Tuesday.\n");
    await fs.writeFile(path.join(dir, "unlisted.txt"), "Another article that no manifest describes.\n");
    const entry = (file: string) => ({ file, outlet: { name: "Reuters", kind: "wire" }, url: null, title: null, publishedAt: "2025-02-13", publishedPrecision: "day", publishedEvidence: "test", publishedConfidence: "high", language: "en", synthetic: true });
    await fs.writeFile(path.join(dir, "manifest.json"), JSON.stringify({ articles: ["binary.txt", "empty.txt", "latin1.txt", "good.txt"].map(entry) }));

    const before = await tableCounts(db);
    const summary = await importArticles(db, [dir]);
    const byFile = Object.fromEntries(summary.results.map((r) => [path.basename(r.file), r]));
    expect(byFile["binary.txt"]).toMatchObject({ status: "failed", error: expect.stringMatching(/binary/) });
    expect(byFile["empty.txt"]).toMatchObject({ status: "failed", error: expect.stringMatching(/empty/) });
    expect(byFile["latin1.txt"]).toMatchObject({ status: "failed", error: expect.stringMatching(/not valid UTF-8/) });
    expect(byFile["unlisted.txt"]).toMatchObject({ status: "failed", error: expect.stringMatching(/missing metadata/) });
    expect(byFile["good.txt"]).toMatchObject({ status: "added", statementsAdded: 1 });
    expect(summary).toMatchObject({ read: 5, added: 1, failed: 4 });
    const after = await tableCounts(db);
    expect(after.articles).toBe(before.articles + 1);
    const good = await db.statement.findFirst({ where: { quote: "We will keep helping Ukraine defend itself" }, include: { reports: { include: { citations: true } } } });
    expect(good?.date?.toISOString().slice(0, 10)).toBe("2025-02-11");
  });

  it("accepts a manifest with a byte-order mark, .TXT files, links inside the folder and a date a day ahead", async () => {
    const dir = path.join(tmp, "accepted");
    await fs.mkdir(path.join(dir, "originals"), { recursive: true });
    const say = (what: string) => `Allies meet in Brussels\n“${what},” NATO Secretary General Mark Rutte said on Tuesday.\n`;
    await fs.writeFile(path.join(dir, "WIRE.TXT"), say("Spending must rise to meet the threat in the east"));
    await fs.writeFile(path.join(dir, "originals", "kept.txt"), say("The alliance stands united behind Kyiv this winter"));
    await fs.symlink(path.join("originals", "kept.txt"), path.join(dir, "linked.txt"));
    await fs.writeFile(path.join(dir, "tomorrow.txt"), say("We will meet again next week to decide on air defence"));
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const entry = (file: string, publishedAt = "2025-02-13") => ({ file, outlet: { name: "Reuters", kind: "wire" }, url: "https://www.reuters.com/world/", title: null, publishedAt, publishedPrecision: "day", publishedEvidence: "test", publishedConfidence: "high", synthetic: true });
    const manifest = JSON.stringify({ articles: [entry("WIRE.TXT"), entry("linked.txt"), entry("tomorrow.txt", tomorrow)] });
    await fs.writeFile(path.join(dir, "manifest.json"), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(manifest)]));

    const summary = await importArticles(db, [dir]);
    expect(summary.results.map((r) => [path.basename(r.file), r.status, r.error])).toEqual([
      ["WIRE.TXT", "added", undefined],
      ["linked.txt", "added", undefined],
      ["tomorrow.txt", "added", undefined],
    ]);
  });

  it("skips an article without statements with a warning, and imports it with keepEmpty", async () => {
    const dir = path.join(tmp, "no-statements");
    await fs.mkdir(dir);
    await fs.writeFile(path.join(dir, "weather.txt"), "Heavy rain fell across Brussels on Tuesday, flooding streets near the ring road.\n");
    const flags = { publishedAt: "2025-02-13", outlet: "Reuters" };
    const before = await tableCounts(db);
    const skipped = await importArticles(db, [dir], { metadata: flags });
    expect(skipped).toMatchObject({ skipped: 1, added: 0, failed: 0 });
    expect(skipped.results[0]).toMatchObject({ status: "skipped", code: "NO_STATEMENTS", error: expect.stringMatching(/no statements found.*--keep-empty/) });
    expect(await tableCounts(db)).toEqual(before);
    const kept = await importArticles(db, [dir], { metadata: flags, keepEmpty: true });
    expect(kept).toMatchObject({ added: 1, statementsAdded: 0 });
    expect(await tableCounts(db)).toEqual({ ...before, articles: before.articles + 1 });
  });

  it("writes an article at the statement limit within one transaction", async () => {
    const dir = path.join(tmp, "at-limit");
    await fs.mkdir(dir);
    const remarks = Array.from({ length: ARTICLE_LIMITS.maxStatements }, (_, i) => `“Remark ${i + 1} concerns budget line ${(i + 1) * 13},” Rutte said.\n`);
    await fs.writeFile(path.join(dir, "transcript.txt"), `Ministers gather in Brussels\n${remarks.join("")}`);
    const summary = await importArticles(db, [dir], { metadata: { publishedAt: "2025-02-13", outlet: "Reuters" } });
    expect(summary.results[0]).toMatchObject({ status: "added", reportsAdded: ARTICLE_LIMITS.maxStatements });
  }, 120_000);

  it("keeps an article in a language without a lexicon, with a notice and no statements", async () => {
    const dir = path.join(tmp, "german");
    await fs.mkdir(dir);
    await fs.writeFile(path.join(dir, "artikel.txt"), "Rutte sagte am Montag: „Die NATO wird keine Truppen in die Ukraine schicken.“ Mark Rutte said so.\n");
    await fs.writeFile(path.join(dir, "manifest.json"), JSON.stringify({ articles: [{ file: "artikel.txt", outlet: { name: "DW", kind: "broadcaster" }, url: null, title: null, publishedAt: "2025-03-01", publishedPrecision: "day", publishedEvidence: "test", publishedConfidence: "high", language: "de" }] }));
    const before = await tableCounts(db);
    const summary = await importArticles(db, [dir]);
    expect(summary.results[0]).toMatchObject({ status: "added", statementsAdded: 0, notice: expect.stringMatching(/language "de"/) });
    const after = await tableCounts(db);
    expect(after).toMatchObject({ articles: before.articles + 1, statements: before.statements, reports: before.reports });
  });

  it("rolls back the whole article when a write fails part-way", async () => {
    const dir = path.join(tmp, "rollback");
    await fs.mkdir(dir);
    const text = "Ministers gather\n“The first remark stands on its own,” Rutte said.\n“The second remark trips the database,” Rutte added.\n";
    await fs.writeFile(path.join(dir, "article.txt"), text);
    await fs.writeFile(path.join(dir, "manifest.json"), JSON.stringify({ articles: [{ file: "article.txt", outlet: { name: "AFP", kind: "wire" }, url: null, title: null, publishedAt: "2025-03-01", publishedPrecision: "day", publishedEvidence: "test", publishedConfidence: "high" }] }));
    // A real failure inside the transaction, after the article and one report were written.
    await db.$executeRawUnsafe(`CREATE FUNCTION fail_on_trip() RETURNS trigger AS $$ BEGIN IF NEW.quote LIKE '%trips the database%' THEN RAISE EXCEPTION 'tripwire'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`);
    await db.$executeRawUnsafe(`CREATE TRIGGER trip BEFORE INSERT ON "Report" FOR EACH ROW EXECUTE FUNCTION fail_on_trip()`);
    try {
      const before = await tableCounts(db);
      const summary = await importArticles(db, [dir]);
      expect(summary.results[0]).toMatchObject({ status: "failed", error: expect.stringMatching(/tripwire/) });
      expect(await tableCounts(db)).toEqual(before);
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER trip ON "Report"`);
      await db.$executeRawUnsafe(`DROP FUNCTION fail_on_trip()`);
    }
    expect((await importArticles(db, [dir])).added).toBe(1);
  });

  it("the import command prints progress and a summary and exits non-zero on a bad file", async () => {
    const bad = path.join(tmp, "bad.txt");
    await fs.writeFile(bad, Buffer.from([0xff, 0xfe, 0x00, 0x41]));
    const env = { ...process.env, DATABASE_URL: scratch.url };
    const ok = await run("npx", ["tsx", "scripts/import.ts", "seeds"], { env });
    expect(ok.stdout).toMatch(/\[5\/5\] seeds\/004_b2c29e89287d0c6d\.txt: unchanged/);
    expect(ok.stdout).toMatch(/5 articles read: 0 added, 5 unchanged, 0 failed/);
    const failed = await run("npx", ["tsx", "scripts/import.ts", bad, "--published-at", "2025-01-01"], { env }).catch((e) => e);
    expect(failed.code).toBe(1);
    expect(failed.stdout).toMatch(/bad\.txt: FAILED \[ENCODING_UTF16\]: the file is UTF-16LE text/);
  }, 60_000);
});
