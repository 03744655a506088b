// The hand-written migrations and their runner, against a real PostgreSQL. The Prisma round trip
// over every model is what keeps prisma/migrations from drifting away from schema.prisma unnoticed.
import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/server/db";
import { applyMigrations, DEFAULT_MIGRATIONS_DIR, readMigrations } from "@/server/migrate";
import { createScratchDatabase } from "./setup/database";

async function query<T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

const MODEL_TABLES = [
  "Article",
  "Outlet",
  "Report",
  "ReportCitation",
  "Speaker",
  "SpeakerRole",
  "Statement",
  "StatementStance",
];

describe("applyMigrations", () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  const tempDirs: string[] = [];

  beforeAll(async () => {
    scratch = await createScratchDatabase({ migrate: false, prefix: "migrate" });
  });
  afterAll(async () => {
    await scratch?.drop();
    for (const dir of tempDirs) await fs.rm(dir, { recursive: true, force: true });
  });

  async function copyOfMigrations(): Promise<string> {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "nato-tracker-migrations-"));
    tempDirs.push(dir);
    await fs.cp(DEFAULT_MIGRATIONS_DIR, dir, { recursive: true });
    return dir;
  }

  it("applies every migration to an empty database", async () => {
    const local = await readMigrations();
    expect(local.map((m) => m.name)).toContain("0001_init");

    const { applied } = await applyMigrations(scratch.url);
    expect(applied).toEqual(local.map((m) => m.name));

    const tables = await query<{ table_name: string }>(
      scratch.url,
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`,
    );
    expect(tables.map((t) => t.table_name)).toEqual(expect.arrayContaining([...MODEL_TABLES, "_prisma_migrations"]));
  });

  it("records history exactly as Prisma does (checksum = sha256 of the file bytes)", async () => {
    const rows = await query<{
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
      applied_steps_count: number;
      rolled_back_at: Date | null;
      id: string;
    }>(scratch.url, `SELECT * FROM "_prisma_migrations" ORDER BY migration_name`);
    const bytes = await fs.readFile(path.join(DEFAULT_MIGRATIONS_DIR, "0001_init", "migration.sql"));
    expect(rows[0]).toMatchObject({
      migration_name: "0001_init",
      checksum: createHash("sha256").update(bytes).digest("hex"),
      applied_steps_count: 1,
      rolled_back_at: null,
    });
    expect(rows[0].finished_at).toBeInstanceOf(Date);
    expect(rows[0].id).toMatch(/^[0-9a-f-]{36}$/);

    const columns = await query<{ column_name: string; data_type: string; is_nullable: string }>(
      scratch.url,
      `SELECT column_name, data_type, is_nullable FROM information_schema.columns
        WHERE table_name = '_prisma_migrations' ORDER BY ordinal_position`,
    );
    expect(columns.map((c) => `${c.column_name} ${c.data_type} ${c.is_nullable}`)).toEqual([
      "id character varying NO",
      "checksum character varying NO",
      "finished_at timestamp with time zone YES",
      "migration_name character varying NO",
      "logs text YES",
      "rolled_back_at timestamp with time zone YES",
      "started_at timestamp with time zone NO",
      "applied_steps_count integer NO",
    ]);
  });

  it("creates the search extensions and indexes", async () => {
    const extensions = await query<{ extname: string }>(scratch.url, `SELECT extname FROM pg_extension`);
    expect(extensions.map((e) => e.extname)).toEqual(expect.arrayContaining(["pg_trgm", "unaccent"]));
    const indexes = await query<{ indexname: string; indexdef: string }>(
      scratch.url,
      `SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'`,
    );
    const byName = new Map(indexes.map((i) => [i.indexname, i.indexdef]));
    // 0003 replaced the expression indexes of 0001 by a stored, trigger-kept vector (decision 0045).
    expect(byName.get("Statement_searchVector_idx")).toMatch(/USING gin \("searchVector"\)/);
    expect(byName.has("Statement_quote_fts_idx")).toBe(false);
    expect(byName.get("Statement_quote_trgm_idx")).toMatch(/USING gin \(quote gin_trgm_ops\)/);
    for (const name of ["Speaker_slug_key", "Report_statementId_idx", "Report_articleId_start_end_key"]) {
      expect(byName.has(name), name).toBe(true);
    }
    const [row] = await query<{ plain: string }>(scratch.url, `SELECT unaccent('Crème brûlée') AS plain`);
    expect(row.plain).toBe("Creme brulee");
  });

  it("applies nothing the second time", async () => {
    expect(await applyMigrations(scratch.url)).toEqual({ applied: [] });
    const [{ count }] = await query<{ count: string }>(scratch.url, `SELECT count(*) FROM "_prisma_migrations"`);
    expect(Number(count)).toBe((await readMigrations()).length);
  });

  it("refuses a migration that was modified after it was applied", async () => {
    const dir = await copyOfMigrations();
    await fs.appendFile(path.join(dir, "0001_init", "migration.sql"), "\n-- edited\n");
    await expect(applyMigrations(scratch.url, { migrationsDir: dir })).rejects.toThrow(
      /0001_init was modified after it was applied/,
    );
  });

  it("runs a migration as one script in one transaction, and rolls a failing one back", async () => {
    const dir = await copyOfMigrations();
    // Semicolons inside a $$ body and a string: the script must not be split on ';'.
    await fs.mkdir(path.join(dir, "9001_function"));
    await fs.writeFile(
      path.join(dir, "9001_function", "migration.sql"),
      `CREATE FUNCTION "zz_answer"() RETURNS text LANGUAGE plpgsql AS $$ BEGIN RETURN 'a;b'; END; $$;\n` +
        `CREATE TABLE "zz_note" ("text" TEXT DEFAULT 'x; y');\n`,
    );
    await fs.mkdir(path.join(dir, "9002_broken"));
    await fs.writeFile(
      path.join(dir, "9002_broken", "migration.sql"),
      `CREATE TABLE "zz_half" ("id" INTEGER);\nSELECT no_such_function();\n`,
    );
    await expect(applyMigrations(scratch.url, { migrationsDir: dir })).rejects.toThrow(
      /9002_broken failed and was rolled back.*no_such_function/,
    );
    const [{ answer }] = await query<{ answer: string }>(scratch.url, `SELECT "zz_answer"() AS answer`);
    expect(answer).toBe("a;b");
    const half = await query(scratch.url, `SELECT 1 FROM pg_tables WHERE tablename = 'zz_half'`);
    expect(half).toHaveLength(0);
    const names = await query<{ migration_name: string }>(scratch.url, `SELECT migration_name FROM "_prisma_migrations"`);
    expect(names.map((n) => n.migration_name)).toContain("9001_function");
    expect(names.map((n) => n.migration_name)).not.toContain("9002_broken");
  });

  it("lets only one of several concurrent runners apply a migration", async () => {
    const fresh = await createScratchDatabase({ migrate: false, prefix: "race" });
    try {
      const results = await Promise.all([1, 2, 3].map(() => applyMigrations(fresh.url)));
      expect(results.flatMap((r) => r.applied)).toEqual((await readMigrations()).map((m) => m.name));
    } finally {
      await fresh.drop();
    }
  });
});

describe("schema.prisma and the migrations agree (Prisma round trip over every model)", () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let db: ReturnType<typeof createPrismaClient>;

  beforeAll(async () => {
    scratch = await createScratchDatabase({ prefix: "roundtrip" });
    db = createPrismaClient(scratch.url);
  });
  afterAll(async () => {
    await db?.$disconnect();
    await scratch?.drop();
  });

  it("creates and reads back every model, field and relation", async () => {
    const speaker = await db.speaker.create({
      data: {
        slug: "mark-rutte",
        name: "Mark Rutte",
        aliases: ["Rutte", "NATO chief"],
        roles: {
          create: [
            { title: "NATO Secretary General", startDate: new Date("2024-10-01"), endDate: null },
            { title: "Prime Minister of the Netherlands", startDate: new Date("2010-10-14"), endDate: new Date("2024-07-02") },
          ],
        },
      },
    });
    const bare = await db.speaker.create({ data: { slug: "anonymous-official", name: "Anonymous official" } });
    const wire = await db.outlet.create({ data: { slug: "reuters", name: "Reuters", kind: "wire", aliases: ["Reuters news agency"] } });
    const paper = await db.outlet.create({ data: { slug: "example-daily", name: "Example Daily" } });
    const article = await db.article.create({
      data: {
        outletId: paper.id,
        url: "https://example.org/a",
        title: "Allies meet",
        publishedAt: new Date("2025-06-24"),
        publishedPrecision: "day",
        publishedEvidence: "dateline in the text",
        publishedConfidence: "high",
        text: "Rutte said: “We will stand together; always.”",
        contentHash: "sha256:abc",
        sourceFile: "seeds/000.txt",
        synthetic: true,
      },
    });
    const statement = await db.statement.create({
      data: {
        id: "k3f9x2ab7q",
        speakerId: speaker.id,
        speakerRole: "NATO Secretary General",
        kind: "direct",
        quote: "We will stand together; always.",
        date: new Date("2025-06-24"),
        datePrecision: "day",
        dateSource: "stated",
        topics: ["troops", "membership"],
        stances: {
          create: [
            { topic: "troops", value: "supports", evidence: "stand together" },
            { topic: "membership", value: "conditional", evidence: "always" },
          ],
        },
      },
    });
    const report = await db.report.create({
      data: {
        statementId: statement.id,
        articleId: article.id,
        kind: "direct",
        quote: "We will stand together; always.",
        start: 13,
        end: 44,
        sentence: "Rutte said: “We will stand together; always.”",
        paragraph: "Rutte said: “We will stand together; always.”",
        outletCited: "Example Daily; Reuters",
        venue: "press conference",
        quotedFragments: ["stand together"],
        citations: { create: [{ outletId: paper.id, position: 0 }, { outletId: wire.id, position: 1 }] },
      },
    });

    const readSpeaker = await db.speaker.findUniqueOrThrow({
      where: { slug: "mark-rutte" },
      include: { roles: { orderBy: { startDate: "asc" } }, statements: true },
    });
    expect(readSpeaker.aliases).toEqual(["Rutte", "NATO chief"]);
    expect(readSpeaker.createdAt).toBeInstanceOf(Date);
    expect(readSpeaker.roles.map((r) => [r.title, r.startDate?.toISOString().slice(0, 10), r.endDate?.toISOString().slice(0, 10)])).toEqual([
      ["Prime Minister of the Netherlands", "2010-10-14", "2024-07-02"],
      ["NATO Secretary General", "2024-10-01", undefined],
    ]);
    expect(readSpeaker.statements.map((s) => s.id)).toEqual(["k3f9x2ab7q"]);
    expect((await db.speaker.findUniqueOrThrow({ where: { id: bare.id } })).aliases).toEqual([]);

    expect(await db.outlet.findUniqueOrThrow({ where: { slug: "example-daily" } })).toMatchObject({
      kind: "online",
      aliases: [],
    });

    const readArticle = await db.article.findUniqueOrThrow({
      where: { contentHash: "sha256:abc" },
      include: { outlet: true, reports: true },
    });
    expect(readArticle).toMatchObject({
      language: "en",
      synthetic: true,
      publishedPrecision: "day",
      publishedConfidence: "high",
      outlet: { slug: "example-daily" },
    });
    expect(readArticle.publishedAt?.toISOString()).toBe("2025-06-24T00:00:00.000Z");
    expect(readArticle.importedAt).toBeInstanceOf(Date);
    expect(readArticle.reports).toHaveLength(1);

    const readStatement = await db.statement.findUniqueOrThrow({
      where: { id: "k3f9x2ab7q" },
      include: {
        speaker: true,
        stances: { orderBy: { topic: "asc" } },
        reports: { include: { citations: { orderBy: { position: "asc" }, include: { outlet: true } }, article: true } },
      },
    });
    expect(readStatement).toMatchObject({
      kind: "direct",
      datePrecision: "day",
      dateSource: "stated",
      topics: ["troops", "membership"],
      speaker: { slug: "mark-rutte" },
    });
    expect(readStatement.date?.toISOString().slice(0, 10)).toBe("2025-06-24");
    expect(readStatement.stances.map((s) => [s.topic, s.value, s.evidence])).toEqual([
      ["troops", "supports", "stand together"],
      ["membership", "conditional", "always"],
    ]);
    expect(readStatement.reports[0]).toMatchObject({
      id: report.id,
      start: 13,
      end: 44,
      outletCited: "Example Daily; Reuters",
      venue: "press conference",
      quotedFragments: ["stand together"],
      article: { id: article.id },
    });
    expect(readStatement.reports[0].citations.map((c) => [c.position, c.outlet.slug])).toEqual([
      [0, "example-daily"],
      [1, "reuters"],
    ]);
    expect(await db.reportCitation.count({ where: { outletId: wire.id } })).toBe(1);
    expect(await db.statementStance.count()).toBe(2);
    expect(await db.speakerRole.count()).toBe(2);

    // Full-text search uses the indexed expression.
    const hits = await db.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Statement" WHERE to_tsvector('english', quote) @@ websearch_to_tsquery('english', 'standing')`;
    expect(hits.map((h) => h.id)).toEqual(["k3f9x2ab7q"]);
  });

  it("enforces the unique constraints and referential actions of the schema", async () => {
    await expect(db.speaker.create({ data: { slug: "mark-rutte", name: "Duplicate" } })).rejects.toMatchObject({
      code: "P2002",
    });
    const article = await db.article.findUniqueOrThrow({ where: { contentHash: "sha256:abc" } });
    const statement = await db.statement.findUniqueOrThrow({ where: { id: "k3f9x2ab7q" } });
    await expect(
      db.report.create({
        data: {
          statementId: statement.id,
          articleId: article.id,
          kind: "direct",
          quote: "dup",
          start: 13,
          end: 44,
          sentence: "s",
          paragraph: "p",
        },
      }),
    ).rejects.toMatchObject({ code: "P2002" });

    // ReportCitation -> Outlet is RESTRICT: an outlet still cited cannot be deleted.
    await expect(db.outlet.delete({ where: { slug: "reuters" } })).rejects.toThrow();
    // Article -> Outlet is SET NULL.
    await db.reportCitation.deleteMany({ where: { outlet: { slug: "example-daily" } } });
    await db.outlet.delete({ where: { slug: "example-daily" } });
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).outletId).toBeNull();
    // Statement -> Speaker is SET NULL; SpeakerRole -> Speaker is CASCADE.
    await db.speaker.delete({ where: { slug: "mark-rutte" } });
    expect((await db.statement.findUniqueOrThrow({ where: { id: statement.id } })).speakerId).toBeNull();
    expect(await db.speakerRole.count()).toBe(0);
    // Statement deletion cascades to stances, reports and their citations.
    await db.statement.delete({ where: { id: statement.id } });
    expect(await db.statementStance.count()).toBe(0);
    expect(await db.report.count()).toBe(0);
    expect(await db.reportCitation.count()).toBe(0);
    // Article deletion cascades to reports (none left here), and leaves outlets alone.
    await db.article.delete({ where: { id: article.id } });
    expect(await db.outlet.count()).toBe(1);
  });
});
