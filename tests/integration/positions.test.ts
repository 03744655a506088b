// Positions per person against a real PostgreSQL (issue #11): the seeds plus one test article in which Mark
// Rutte's troops stance moves from conditional (a seed, 5 April 2025, after an opposing remark that day) to
// opposes (10 June 2025); the PositionDay,
// PositionMonth and PositionChange rows the triggers keep equal a recount through an editor's correction,
// a re-extraction, SQL corrections and a rebuild, and the next read of either page shows them. The year
// view's marks come from PositionBin (decision 0275), the same groups as binning the day rows.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { parsePositionsFilter } from "@/schemas/positionsFilter";
import { extractStatements } from "@/domain/extract";
import { createPrismaClient } from "@/server/db";
import { correctStatement } from "@/server/editor/review";
import { importArticles } from "@/server/ingest";
import { reextractArticle } from "@/server/ingest/reextract";
import { binDays, periodOf } from "@/domain/positions";
import { CHART_WIDTH, MARK_SIZE, MAX_ROW_CHANGES, positionsView, speakerPositions } from "@/server/queries/positions";
import { createScratchDatabase } from "./setup/database";
import { POSITION_DRIFT_SQL } from "./setup/positionDrift";


const filterOf = (query: string) => {
  const parsed = parsePositionsFilter(new URLSearchParams(query));
  expect(parsed.issues).toEqual([]);
  return parsed.filter;
};

describe("positions", () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let db: PrismaClient;
  const drift = async () => (await db.$queryRawUnsafe<{ n: number }[]>(POSITION_DRIFT_SQL))[0].n;

  beforeAll(async () => {
    scratch = await createScratchDatabase({ prefix: "positions" });
    db = createPrismaClient(scratch.url);
    const summary = await importArticles(db, ["seeds", "tests/fixtures/positions"]);
    expect(summary.failed).toBe(0);
  });

  afterAll(async () => {
    await db?.$disconnect();
    await scratch?.drop();
  });

  it("draws a row per speaker, NATO officials first, with a change linked to both statements and their evidence", async () => {
    const view = await positionsView(filterOf("topic=troops"), { db });
    expect(view.period.key).toBe("2025");
    const rutte = view.nato.find((row) => row.speaker.slug === "mark-rutte");
    expect(rutte).toBeDefined();
    expect(view.others.map((row) => row.speaker.slug)).toContain("dmitry-medvedev");
    expect(view.nato.every((row) => row.speaker.nato) && view.others.every((row) => !row.speaker.nato)).toBe(true);

    const change = rutte!.changes.find((c) => c.from === "conditional" && c.to === "opposes");
    expect(change).toBeDefined();
    expect(change!.before.date).toBe("2025-04-05");
    expect(change!.after.date).toBe("2025-06-10");
    expect(change!.before.evidence).toBeTruthy();
    expect(change!.after.evidence).toMatch(/not/);
    // Marks add up to the statements of the row; one-statement marks carry their statement.
    expect(rutte!.marks.reduce((n, m) => n + m.n, 0)).toBe(rutte!.statements);
    for (const mark of rutte!.marks.filter((m) => m.n === 1)) expect(mark.statement?.id).toBeTruthy();
  });

  it("reads a year's marks from the stored 8-day bins, the very groups binning its day rows gives", async () => {
    const years = await db.$queryRaw<{ year: string }[]>`SELECT DISTINCT to_char(day, 'YYYY') AS year FROM "PositionDay" ORDER BY 1`;
    expect(years.length).toBeGreaterThan(0);
    for (const { year } of years) {
      const period = periodOf("year", year)!;
      const bin = binDays({ start: period.start, end: period.end, width: CHART_WIDTH, markSize: MARK_SIZE });
      expect(bin).toBe(8);
      const [{ n }] = await db.$queryRaw<{ n: number }[]>`
        WITH binned AS (
          SELECT "speakerId", topic, stance, min(day) AS first, max(day) AS last, sum(n)::int AS n, CASE WHEN sum(n) = 1 THEN min("lastId") END AS "latestId"
            FROM "PositionDay" WHERE day >= ${period.start}::date AND day < ${period.end}::date
           GROUP BY "speakerId", topic, stance, (day - ${period.start}::date) / ${bin}::int
        ), stored AS (
          SELECT "speakerId", topic, stance, "firstDay", "lastDay", n, CASE WHEN n = 1 THEN "lastId" END
            FROM "PositionBin" WHERE bin >= ${period.start}::date AND bin < ${period.end}::date
        )
        SELECT count(*)::int AS n FROM ((TABLE binned EXCEPT TABLE stored) UNION ALL (TABLE stored EXCEPT TABLE binned)) d`;
      expect(n).toBe(0);
    }
  });

  it("compares chosen speakers, hides the others on request, and zooms to a month", async () => {
    const compared = await positionsView(filterOf("topic=troops&speaker=mark-rutte&speaker=dmitry-medvedev&speaker=nobody-here"), { db });
    expect([...compared.nato, ...compared.others].map((r) => r.speaker.slug).sort()).toEqual(["dmitry-medvedev", "mark-rutte"]);
    expect(compared.unknownSpeakers).toEqual(["nobody-here"]);

    const hidden = await positionsView(filterOf("topic=troops&others=hide"), { db });
    expect(hidden.others).toEqual([]);
    expect(hidden.othersHidden).toBe(true);

    const june = await positionsView(filterOf("topic=troops&zoom=month&at=2025-06"), { db });
    const rutte = june.nato.find((row) => row.speaker.slug === "mark-rutte")!;
    expect(rutte.marks.every((m) => m.firstDay >= "2025-06-01" && m.lastDay <= "2025-06-30")).toBe(true);
    // The change is shown in June although the statement before it is in April.
    expect(rutte.changes.map((c) => `${c.from}>${c.to}`)).toEqual(["conditional>opposes"]);
    // April shows only its own change (two remarks of 5 April), not the one that ends in June.
    const april = await positionsView(filterOf("topic=troops&zoom=month&at=2025-04"), { db });
    expect(april.nato.find((row) => row.speaker.slug === "mark-rutte")?.changes.map((c) => `${c.from}>${c.to}`)).toEqual(["opposes>conditional"]);
  });

  it("answers where a speaker stands on each topic", async () => {
    const positions = await speakerPositions("mark-rutte", { db });
    const troops = positions.topics.find((t) => t.topic === "troops")!;
    expect(troops.current).toMatchObject({ stance: "opposes", since: "2025-06-10", statements: 2 });
    expect(troops.changes.at(-1)).toMatchObject({ from: "conditional", to: "opposes" });
    expect(troops.changeCount).toBe(troops.changes.length);
    expect(troops.row?.marks.length).toBeGreaterThan(0);
    await expect(speakerPositions("nobody-here", { db })).rejects.toThrow(/not found/);
  });

  it("shows an editor's correction and a re-extraction in the next read of both pages, the month and change rows exact", async () => {
    const before = (await speakerPositions("mark-rutte", { db })).topics.find((t) => t.topic === "troops")!;
    // The latest troops statement of the current position, turned to "supports" by an editor.
    const [latest] = await db.$queryRaw<{ id: string; articleId: string }[]>`
      SELECT s.id, r."articleId" FROM "Statement" s JOIN "Speaker" sp ON sp.id = s."speakerId" JOIN "StatementStance" st ON st."statementId" = s.id AND st.topic = 'troops'
        JOIN "Report" r ON r."statementId" = s.id
       WHERE sp.slug = 'mark-rutte' AND s.date IS NOT NULL ORDER BY s.date DESC, s."createdAt" DESC, s.id DESC LIMIT 1`;
    await correctStatement(db, latest.id, { stances: [{ topic: "troops", value: "supports", evidence: "an editor's reading" }] }, { editorName: "ada" }, "misread");
    expect(await drift()).toBe(0);

    const after = (await speakerPositions("mark-rutte", { db })).topics.find((t) => t.topic === "troops")!;
    expect(after.current).toMatchObject({ stance: "supports", statements: 1, latest: { id: latest.id, evidence: "an editor's reading" } });
    expect(after.changeCount).toBe(before.changeCount + 1);
    expect(after.changes.at(-1)).toMatchObject({ from: "opposes", to: "supports", after: { id: latest.id } });
    const view = await positionsView(filterOf("topic=troops&at=2025"), { db });
    const row = view.nato.find((r) => r.speaker.slug === "mark-rutte")!;
    expect(row.changes.at(-1)).toMatchObject({ from: "opposes", to: "supports" });
    expect(row.marks.filter((m) => m.stance === "supports").reduce((n, m) => n + m.n, 0)).toBeGreaterThanOrEqual(1);

    // A newer extractor that reads every stance the other way: the aggregates follow; the editor's reading stays.
    const flipped = await reextractArticle(db, latest.articleId, (text, context) =>
      extractStatements(text, context).statements.map((s) => ({
        ...s,
        stance: Object.fromEntries(Object.entries(s.stance).map(([topic, f]) => [topic, { value: f!.value === "opposes" ? "supports" : "opposes", evidence: "a contrary cue" }])),
      })),
    );
    expect(flipped.statementsAfter).toBeGreaterThan(0);
    expect(await drift()).toBe(0);
    const reread = (await speakerPositions("mark-rutte", { db })).topics.find((t) => t.topic === "troops")!;
    expect(reread.current).toMatchObject({ stance: "supports", latest: { id: latest.id } });
  });

  it("keeps the aggregates equal to a recount through corrections, deletions and a rebuild", async () => {
    expect(await drift()).toBe(0);
    const [first, second, third] = await db.statement.findMany({ where: { topics: { has: "troops" } }, orderBy: { id: "asc" }, take: 3, select: { id: true } });
    const other = await db.speaker.findFirstOrThrow({ where: { slug: "dmitry-medvedev" }, select: { id: true } });
    await db.$executeRaw`UPDATE "Statement" SET date = '2023-01-02', "speakerId" = ${other.id}, topics = ARRAY['troops','membership']::"Topic"[] WHERE id = ${first.id}`;
    await db.$executeRaw`INSERT INTO "StatementStance" ("statementId", topic, value, evidence) VALUES (${second.id}, 'troops', 'supports', 'corrected')
      ON CONFLICT ("statementId", topic) DO UPDATE SET value = 'supports'`;
    await db.statementStance.deleteMany({ where: { statementId: third.id } });
    expect(await drift()).toBe(0);
    await db.statement.delete({ where: { id: second.id } });
    expect(await drift()).toBe(0);
    const before = await db.$queryRaw<{ n: number }[]>`SELECT sum(n)::int AS n FROM "PositionDay"`;
    await db.$executeRaw`SELECT rebuild_aggregates()`;
    expect(await drift()).toBe(0);
    expect(await db.$queryRaw`SELECT sum(n)::int AS n FROM "PositionDay"`).toEqual(before);
  });

  it("draws and lists a row's latest changes only, and counts them all", async () => {
    // A speaker who flips between opposing and supporting every day of 2021 (a year no other test uses).
    const speaker = await db.speaker.findFirstOrThrow({ where: { slug: "dmitry-medvedev" }, select: { id: true } });
    const days = MAX_ROW_CHANGES + 10;
    await db.$executeRawUnsafe(`
      INSERT INTO "Statement" (id, "speakerId", kind, quote, date, topics)
      SELECT 'flip' || g, $1, 'direct', 'A flip number ' || g, DATE '2021-01-01' + g, ARRAY['troops']::"Topic"[]
      FROM generate_series(1, ${days}) g`, speaker.id);
    await db.$executeRawUnsafe(`
      INSERT INTO "StatementStance" ("statementId", topic, value, evidence)
      SELECT 'flip' || g, 'troops', CASE WHEN g % 2 = 0 THEN 'supports' ELSE 'opposes' END::"Stance", 'flip'
      FROM generate_series(1, ${days}) g`);
    const view = await positionsView(filterOf("topic=troops&at=2021"), { db });
    const row = [...view.nato, ...view.others].find((r) => r.speaker.slug === "dmitry-medvedev");
    expect(row?.changeCount).toBe(days - 1);
    expect(row?.changes).toHaveLength(MAX_ROW_CHANGES);
    expect(row?.changes.at(-1)?.after.date).toBe(new Date(Date.UTC(2021, 0, 1 + days)).toISOString().slice(0, 10));
  });
});
