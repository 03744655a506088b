// The importer writes each article with one multi-row statement per table (decision 0095). The rows
// must be exactly those the row-by-row writer produced: tests/fixtures/import-rows.json was written
// by that writer (UPDATE_GOLDEN=1 rewrites it when the extractor's output on the seeds changes; the diff
// must show only that change), and the number of queries per
// article must not grow with its number of statements.
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import { importArticles, importSeedsIfMissing } from "@/server/ingest";
import { createScratchDatabase } from "./setup/database";

const GOLDEN = path.resolve("tests/fixtures/import-rows.json");

/** Every stored row that an import writes, without generated ids and times, in a stable order. */
async function storedRows(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const all = async (sql: string) => (await client.query(sql)).rows;
  try {
    return {
      speakers: await all(`SELECT slug, name, aliases, "statementCount",
        (SELECT json_agg(json_build_array(title, "startDate"::text, "endDate"::text) ORDER BY title, "startDate") FROM "SpeakerRole" r WHERE r."speakerId" = s.id) AS roles
        FROM "Speaker" s ORDER BY slug`),
      outlets: await all(`SELECT slug, name, kind, aliases, "statementCount" FROM "Outlet" ORDER BY slug`),
      articles: await all(`SELECT a."sourceFile", o.slug AS outlet, a."publishedAt"::text, a.title FROM "Article" a LEFT JOIN "Outlet" o ON o.id = a."outletId" ORDER BY a."sourceFile"`),
      statements: await all(`SELECT st.id, sp.slug AS speaker, st."speakerRole", st.kind, st.quote, st.date::text, st."datePrecision", st."dateSource", st.topics::text[],
        (SELECT json_agg(json_build_array(topic, value, evidence) ORDER BY topic) FROM "StatementStance" x WHERE x."statementId" = st.id) AS stances
        FROM "Statement" st LEFT JOIN "Speaker" sp ON sp.id = st."speakerId" ORDER BY st.id`),
      reports: await all(`SELECT r."statementId", a."sourceFile", r.kind, r.quote, r.start, r."end", r.sentence, r.paragraph, r."outletCited", r.venue, r."quotedFragments",
        (SELECT json_agg(o.slug ORDER BY c.position) FROM "ReportCitation" c JOIN "Outlet" o ON o.id = c."outletId" WHERE c."reportId" = r.id) AS citations
        FROM "Report" r JOIN "Article" a ON a.id = r."articleId" ORDER BY a."sourceFile", r.start, r."end"`),
      listOrder: (await all(`SELECT id FROM "Statement" ORDER BY coalesce(date, '-infinity'::date) DESC, "createdAt" DESC, id DESC`)).map((r) => r.id),
    };
  } finally {
    await client.end();
  }
}

describe("batched import", () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let db: PrismaClient;
  let queries = 0;
  let tmp: string;

  beforeAll(async () => {
    scratch = await createScratchDatabase({ prefix: "batched" });
    const counted = new PrismaClient({ adapter: new PrismaPg({ connectionString: scratch.url }), log: [{ emit: "event", level: "query" }] });
    counted.$on("query", () => void queries++);
    db = counted;
    tmp = await fs.mkdtemp(path.join(os.tmpdir(), "batched-"));
  });

  afterAll(async () => {
    await db?.$disconnect();
    await scratch?.drop();
    await fs.rm(tmp, { recursive: true, force: true });
  });

  it("writes the seeds into exactly the rows the row-by-row writer wrote", async () => {
    // Through `pg` itself, as `npm run import` writes (decision 0255): the same rows as the ORM wrote.
    const summary = await importSeedsIfMissing(db, "seeds", undefined, scratch.url);
    expect(summary).toMatchObject({ read: 5, added: 5, failed: 0 });
    // Again: the same remark printed once more in a new article clusters onto the stored statements.
    const seed = await fs.readFile("seeds/000_50ef5111ee32c0b1.txt", "utf8");
    await fs.writeFile(path.join(tmp, "again.txt"), `${seed.trimEnd()}\n\n(Printed again.)\n`);
    const again = await importArticles(db, [path.join(tmp, "again.txt")], { metadata: { outlet: "Reuters", publishedAt: "2024-11-29" }, connectionString: scratch.url });
    expect(again).toMatchObject({ added: 1, failed: 0, statementsAdded: 0 });
    expect(again.reportsAdded).toBeGreaterThan(5);

    const rows = await storedRows(scratch.url);
    // Stored paths are relative to the working directory, whose depth differs between checkouts.
    const normalised = JSON.parse(JSON.stringify(rows).replaceAll(path.relative(process.cwd(), tmp), "<tmp>").replaceAll(tmp, "<tmp>"));
    if (process.env.UPDATE_GOLDEN) await fs.writeFile(GOLDEN, `${JSON.stringify(normalised, null, 1)}\n`);
    expect(normalised).toEqual(JSON.parse(await fs.readFile(GOLDEN, "utf8")));
  });

  it("rolls back the whole article when its transaction through `pg` fails, and imports it once the cause is gone (decision 0255)", async () => {
    const seed = await fs.readFile("seeds/001_4934cb18e678b5bb.txt", "utf8");
    const file = path.join(tmp, "fails.txt");
    await fs.writeFile(file, `${seed.trimEnd()}\n\n(Fails once.)\n`);
    const articles = async () => (await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "Article"`)[0].n;
    const before = await articles();
    // The reports' insert comes after the article's and the outlets': a failure there must take them back.
    await db.$executeRawUnsafe(`CREATE FUNCTION refuse_reports() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused for the test'; END $$`);
    await db.$executeRawUnsafe(`CREATE TRIGGER refuse_reports BEFORE INSERT ON "Report" FOR EACH STATEMENT EXECUTE FUNCTION refuse_reports()`);
    const options = { metadata: { outlet: "An Outlet Only This Test Names", publishedAt: "2025-03-15" }, connectionString: scratch.url };
    try {
      const failed = await importArticles(db, [file], options);
      expect(failed).toMatchObject({ added: 0, failed: 1 });
      expect(failed.results[0]).toMatchObject({ code: "DATABASE_ERROR", error: expect.stringContaining("refused for the test") });
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER refuse_reports ON "Report"`);
      await db.$executeRawUnsafe(`DROP FUNCTION refuse_reports()`);
    }
    expect(await articles()).toBe(before);
    expect(await db.outlet.count({ where: { name: "An Outlet Only This Test Names" } })).toBe(0);
    expect(await importArticles(db, [file], options)).toMatchObject({ added: 1, failed: 0 });
    expect(await articles()).toBe(before + 1);
  });

  it("issues the same number of queries for a long article as for a short one", async () => {
    const names = (await fs.readdir("seeds")).filter((n) => n.endsWith(".txt")).sort();
    const texts = await Promise.all(names.map((n) => fs.readFile(path.join("seeds", n), "utf8")));
    const queriesFor = async (name: string, text: string) => {
      await fs.writeFile(path.join(tmp, name), text);
      queries = 0;
      const summary = await importArticles(db, [path.join(tmp, name)], { metadata: { outlet: "Reuters", publishedAt: "2025-03-14" } });
      expect(summary.added).toBe(1);
      return { queries, statements: summary.reportsAdded };
    };
    const short = await queriesFor("short.txt", `${texts[0].trimEnd()}\n\n(Short.)\n`);
    const long = await queriesFor("long.txt", `${texts.map((t) => t.trimEnd()).join("\n\n")}\n\n(Long.)\n`);
    expect(long.statements).toBeGreaterThan(3 * short.statements);
    expect(long.queries).toBeLessThanOrEqual(short.queries + 2);
    expect(long.queries).toBeLessThan(20);
  });

  it("loses nothing around a failing article while the next ones are prepared ahead (decision 0300)", async () => {
    const folder = path.join(tmp, "ahead");
    await fs.mkdir(folder);
    const names = (await fs.readdir("seeds")).filter((n) => n.endsWith(".txt")).sort();
    const texts = await Promise.all(names.map((n) => fs.readFile(path.join("seeds", n), "utf8")));
    const files = Array.from({ length: 7 }, (_, k) => `ahead-${k}.txt`);
    // The third article is refused by the database; the ones after it were read and extracted meanwhile.
    for (const [k, file] of files.entries()) await fs.writeFile(path.join(folder, file), `${texts[k % texts.length].trimEnd()}\n\n(Ahead ${k}${k === 2 ? ", refused" : ""}.)\n`);
    await db.$executeRawUnsafe(`CREATE FUNCTION refuse_article() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.text LIKE '%, refused.)%' THEN RAISE EXCEPTION 'refused for the test'; END IF; RETURN NEW; END $$`);
    await db.$executeRawUnsafe(`CREATE TRIGGER refuse_article BEFORE INSERT ON "Article" FOR EACH ROW EXECUTE FUNCTION refuse_article()`);
    const options = { metadata: { outlet: "Reuters", publishedAt: "2025-03-16" }, connectionString: scratch.url };
    const progress: number[] = [];
    try {
      const first = await importArticles(db, [folder], { ...options, onProgress: (_, index) => progress.push(index) });
      expect(first.results.map((r) => [path.basename(r.file), r.status])).toEqual(files.map((file, k) => [file, k === 2 ? "failed" : "added"]));
      expect(first.results[2]).toMatchObject({ code: "DATABASE_ERROR", error: expect.stringContaining("refused for the test") });
      expect(progress).toEqual(files.map((_, k) => k));
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER refuse_article ON "Article"`);
      await db.$executeRawUnsafe(`DROP FUNCTION refuse_article()`);
    }
    // Run again: only the refused one is new; the others are unchanged and write nothing.
    const second = await importArticles(db, [folder], options);
    expect(second.results.map((r) => r.status)).toEqual(files.map((_, k) => (k === 2 ? "added" : "unchanged")));
    expect(second).toMatchObject({ added: 1, unchanged: 6, failed: 0 });
  });
});
