// The read functions against a real PostgreSQL (the integration global setup's database).
// Fixture rows are created here with unique slugs and ids, and removed by those ids, so the
// assertions hold whatever other test files leave in the shared database.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { MAX_PAGE, parseStatementFilter, type StatementFilter } from "@/schemas/statementFilter";
import { createPrismaClient } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { filterNames } from "@/server/queries/filterNames";
import {
  getSpeaker,
  getStatement,
  latestStatements,
  listOutlets,
  listSpeakers,
  listStatements,
  positionsTimeline,
  speakerTimeline,
  trackerCounts,
} from "@/server/queries";
import { testDatabaseUrl } from "./setup/database";

const run = randomBytes(4).toString("hex");
const slug = (name: string) => `qt-${run}-${name}`;
const sid = (n: string) => `qt${run}${n}`;

const ALPHA = slug("alpha");
const BETA = slug("beta");
const GAMMA = slug("gamma");
const WIRE = slug("wire");
const PAPER = slug("paper");
const TV = slug("tv");
const UNIQUE = `zanzibarite${run}`;
const REPORT_ONLY = `quuxly${run}`;

let db: PrismaClient;
const statementIds: string[] = [];

type Topic = "troops" | "negotiations" | "membership" | "other";
type Stance = "opposes" | "conditional" | "supports";

async function addStatement(input: {
  id: string;
  speakerId: string;
  quote: string;
  date?: string;
  precision?: "day" | "month" | "year";
  topics: Topic[];
  stances?: Partial<Record<Exclude<Topic, "other">, [Stance, string]>>;
  reports: { articleId: string; quote?: string; start: number; cited?: string[] }[];
}) {
  statementIds.push(input.id);
  await db.statement.create({
    data: {
      id: input.id,
      speakerId: input.speakerId,
      speakerRole: null,
      kind: "direct",
      quote: input.quote,
      date: input.date ? new Date(`${input.date}T00:00:00Z`) : null,
      datePrecision: input.date ? (input.precision ?? "day") : null,
      dateSource: input.date ? "stated" : null,
      topics: input.topics,
      stances: {
        create: Object.entries(input.stances ?? {}).map(([topic, [value, evidence]]) => ({
          topic: topic as Topic,
          value,
          evidence,
        })),
      },
    },
  });
  for (const [i, report] of input.reports.entries()) {
    const quote = report.quote ?? input.quote;
    const created = await db.report.create({
      data: {
        id: `${input.id}-r${i}`,
        statementId: input.id,
        articleId: report.articleId,
        kind: "direct",
        quote,
        start: report.start,
        end: report.start + quote.length,
        sentence: quote,
        paragraph: `Before the quote. "${quote}" After the quote.`,
        outletCited: null,
      },
    });
    for (const [position, outletSlug] of (report.cited ?? []).entries()) {
      const outlet = await db.outlet.findUniqueOrThrow({ where: { slug: outletSlug } });
      await db.reportCitation.create({ data: { reportId: created.id, outletId: outlet.id, position } });
    }
  }
}

const filter = (input: Record<string, string>): StatementFilter => {
  const parsed = parseStatementFilter(input);
  expect(parsed.issues).toEqual([]);
  return parsed.filter;
};

const ids = async (input: Record<string, string>, pageSize = 50) =>
  (await listStatements(filter(input), { db, pageSize })).items.map((s) => s.id);

beforeAll(async () => {
  db = createPrismaClient(testDatabaseUrl());
  const [alpha, beta, gamma] = await Promise.all(
    [
      { slug: ALPHA, name: `Alpha Speaker ${run}` },
      { slug: BETA, name: `Beta Speaker ${run}` },
      { slug: GAMMA, name: `Gamma Speaker ${run}` },
    ].map((data) => db.speaker.create({ data })),
  );
  await db.speakerRole.createMany({
    data: [
      { speakerId: alpha.id, title: "Prime Minister", startDate: new Date("2010-01-01T00:00:00Z"), endDate: new Date("2024-07-01T00:00:00Z") },
      { speakerId: alpha.id, title: "Secretary General", startDate: new Date("2024-10-01T00:00:00Z"), endDate: null },
    ],
  });
  const [wire, paper] = await Promise.all([
    db.outlet.create({ data: { slug: WIRE, name: `Wire ${run}`, kind: "wire" } }),
    db.outlet.create({ data: { slug: PAPER, name: `Paper ${run}`, kind: "newspaper" } }),
    db.outlet.create({ data: { slug: TV, name: `TV ${run}`, kind: "broadcaster" } }),
  ]);
  // Article B is inserted first but published later: reports must still come first-published-first.
  const articleB = await db.article.create({
    data: { outletId: paper.id, publishedAt: new Date("2024-12-01T00:00:00Z"), publishedPrecision: "day", text: `B ${run}`, contentHash: `qt-b-${run}`, sourceFile: `b-${run}.txt` },
  });
  const articleA = await db.article.create({
    data: { outletId: wire.id, url: "https://example.org/a", publishedAt: new Date("2024-11-28T00:00:00Z"), publishedPrecision: "day", text: `A ${run}`, contentHash: `qt-a-${run}`, sourceFile: `a-${run}.txt` },
  });

  await addStatement({
    id: sid("s1"),
    speakerId: alpha.id,
    quote: `We will not deploy troops to Ukraine ${UNIQUE}`,
    date: "2024-11-27",
    topics: ["troops"],
    stances: { troops: ["opposes", "will not deploy troops"] },
    reports: [
      { articleId: articleB.id, start: 0, quote: `We shall not send troops to Ukraine ${REPORT_ONLY}` },
      { articleId: articleA.id, start: 0, cited: [TV] },
    ],
  });
  await addStatement({
    id: sid("s2"),
    speakerId: alpha.id,
    quote: "Ukraine should negotiate from a position of strength",
    date: "2024-12-03",
    topics: ["negotiations", "other"],
    stances: { negotiations: ["conditional", "from a position of strength"] },
    reports: [{ articleId: articleA.id, start: 100 }],
  });
  await addStatement({
    id: sid("s3"),
    speakerId: alpha.id,
    quote: "The path to membership is irreversible",
    date: "2025-01-01",
    precision: "month",
    topics: ["membership"],
    stances: { membership: ["conditional", "irreversible"] },
    reports: [{ articleId: articleA.id, start: 200 }],
  });
  await addStatement({
    id: sid("s4"),
    speakerId: alpha.id,
    quote: "Peacekeepers only after a ceasefire",
    topics: ["troops"],
    stances: { troops: ["conditional", "only after a ceasefire"] },
    reports: [{ articleId: articleA.id, start: 300 }],
  });
  await addStatement({
    id: sid("s5"),
    speakerId: beta.id,
    quote: "Send troops now and no talks with Moscow",
    date: "2024-05-01",
    topics: ["troops", "negotiations"],
    stances: { troops: ["supports", "Send troops now"], negotiations: ["opposes", "no talks"] },
    reports: [{ articleId: articleB.id, start: 100 }],
  });
  await addStatement({
    id: sid("s6"),
    speakerId: beta.id,
    quote: "Defence spending must rise by 50% across the alliance",
    date: "2024-06-10",
    topics: ["other"],
    reports: [{ articleId: articleB.id, start: 200 }],
  });
  for (let i = 0; i < 25; i++) {
    const day = String(i + 1).padStart(2, "0");
    await addStatement({
      id: sid(`g${day}`),
      speakerId: gamma.id,
      quote: `Gamma statement number ${i + 1}`,
      date: `2023-03-${day}`,
      topics: ["other"],
      reports: [{ articleId: articleB.id, start: 1000 + i * 100 }],
    });
  }
});

afterAll(async () => {
  if (!db) return;
  await db.statement.deleteMany({ where: { id: { in: statementIds } } });
  await db.article.deleteMany({ where: { contentHash: { in: [`qt-a-${run}`, `qt-b-${run}`] } } });
  await db.outlet.deleteMany({ where: { slug: { in: [WIRE, PAPER, TV] } } });
  await db.speaker.deleteMany({ where: { slug: { in: [ALPHA, BETA, GAMMA] } } });
  await db.$disconnect();
});

describe("listStatements", () => {
  it("filters by speaker, newest first and undated last", async () => {
    const page = await listStatements(filter({ speaker: ALPHA }), { db });
    expect(page.items.map((s) => s.id)).toEqual([sid("s3"), sid("s2"), sid("s1"), sid("s4")]);
    expect(page.total).toBe(4);
    expect(page.pageCount).toBe(1);
    const first = page.items[2];
    expect(first).toMatchObject({
      speaker: { slug: ALPHA, name: `Alpha Speaker ${run}` },
      date: "2024-11-27",
      datePrecision: "day",
      topics: ["troops"],
      stances: [{ topic: "troops", value: "opposes", evidence: "will not deploy troops" }],
      reportCount: 2,
    });
    // Outlets in first-published order: the wire (28 Nov) before the paper (1 Dec).
    expect(first.outlets.map((o) => o.slug)).toEqual([WIRE, PAPER]);
    expect(first.citedOutlets).toEqual([{ slug: TV, name: `TV ${run}` }]);
  });

  it("filters by topic", async () => {
    expect(await ids({ speaker: ALPHA, topic: "troops" })).toEqual([sid("s1"), sid("s4")]);
    expect(await ids({ speaker: ALPHA, topic: "membership" })).toEqual([sid("s3")]);
    expect(await ids({ speaker: BETA, topic: "other" })).toEqual([sid("s6")]);
  });

  it("filters by stance on any topic, or on the chosen topic", async () => {
    expect(await ids({ speaker: ALPHA, stance: "conditional" })).toEqual([sid("s3"), sid("s2"), sid("s4")]);
    expect(await ids({ speaker: BETA, stance: "opposes" })).toEqual([sid("s5")]);
    expect(await ids({ speaker: BETA, topic: "troops", stance: "opposes" })).toEqual([]);
    expect(await ids({ speaker: BETA, topic: "troops", stance: "supports" })).toEqual([sid("s5")]);
    expect(await ids({ speaker: BETA, topic: "negotiations", stance: "opposes" })).toEqual([sid("s5")]);
  });

  it("filters by the publishing outlet or a cited outlet", async () => {
    expect(await ids({ outlet: PAPER })).toEqual([sid("s1"), sid("s6"), sid("s5"), ...Array.from({ length: 25 }, (_, i) => sid(`g${String(25 - i).padStart(2, "0")}`))]);
    expect(await ids({ outlet: WIRE })).toEqual([sid("s3"), sid("s2"), sid("s1"), sid("s4")]);
    expect(await ids({ outlet: TV })).toEqual([sid("s1")]);
    expect(await ids({ outlet: TV, speaker: BETA })).toEqual([]);
  });

  it("filters by date range, inclusive, leaving out undated statements", async () => {
    expect(await ids({ speaker: ALPHA, from: "2024-12-01" })).toEqual([sid("s3"), sid("s2")]);
    expect(await ids({ speaker: ALPHA, to: "2024-11-30" })).toEqual([sid("s1")]);
    expect(await ids({ speaker: ALPHA, from: "2024-11-27", to: "2024-12-03" })).toEqual([sid("s2"), sid("s1")]);
    expect(await ids({ speaker: ALPHA, from: "2030-01-01" })).toEqual([]);
  });

  it("searches statement quotes with full-text search", async () => {
    expect(await ids({ q: UNIQUE })).toEqual([sid("s1")]);
    // Stemming: "deploying" finds "deploy".
    expect(await ids({ speaker: ALPHA, q: "deploying" })).toEqual([sid("s1")]);
    // websearch syntax: a quoted phrase, and "or".
    expect(await ids({ speaker: ALPHA, q: '"position of strength"' })).toEqual([sid("s2")]);
    expect(await ids({ speaker: ALPHA, q: "irreversible or ceasefire" })).toEqual([sid("s3"), sid("s4")]);
  });

  it("searches the wording of every report, not only the headline quote", async () => {
    expect(await ids({ q: REPORT_ONLY })).toEqual([sid("s1")]);
  });

  it("falls back to a literal substring match for short or odd input", async () => {
    expect(await ids({ speaker: BETA, q: "50%" })).toEqual([sid("s6")]);
    expect(await ids({ speaker: BETA, q: "%" })).toEqual([sid("s6")]);
    expect(await ids({ speaker: BETA, q: "_" })).toEqual([]);
    // "the" is an English stop word (empty tsquery): the substring match still finds it.
    expect(await ids({ speaker: ALPHA, q: "the" })).toEqual([sid("s3")]);
    expect(await ids({ speaker: GAMMA, q: "Gamma statement number 2" }, 100)).toContain(sid("g02"));
    // Punctuation and quotes that would break a naive query are just text.
    expect(await ids({ q: `'); DROP TABLE "Statement"; --` })).toEqual([]);
    expect(await ids({ q: '"unbalanced' })).toBeInstanceOf(Array);
  });

  it("pages through results with a total count", async () => {
    const page1 = await listStatements(filter({ speaker: GAMMA }), { db, pageSize: 10 });
    const page2 = await listStatements(filter({ speaker: GAMMA, page: "2" }), { db, pageSize: 10 });
    const page3 = await listStatements(filter({ speaker: GAMMA, page: "3" }), { db, pageSize: 10 });
    const page4 = await listStatements(filter({ speaker: GAMMA, page: "4" }), { db, pageSize: 10 });
    expect([page1.total, page1.pageCount, page1.page]).toEqual([25, 3, 1]);
    expect(page1.items.map((s) => s.id)[0]).toBe(sid("g25"));
    expect(page2.items).toHaveLength(10);
    expect(page3.items.map((s) => s.id)).toEqual([sid("g05"), sid("g04"), sid("g03"), sid("g02"), sid("g01")]);
    expect(page4).toMatchObject({ items: [], total: 25, page: 4 });
    const all = [...page1.items, ...page2.items, ...page3.items].map((s) => s.id);
    expect(new Set(all).size).toBe(25);
  });

  it("copes with the largest allowed page", async () => {
    const page = await listStatements(filter({ speaker: GAMMA, page: String(MAX_PAGE) }), { db });
    expect(page).toMatchObject({ items: [], total: 25, page: MAX_PAGE, next: null });
  });

  it("combines every filter at once", async () => {
    expect(
      await ids({ speaker: ALPHA, topic: "troops", stance: "opposes", outlet: TV, from: "2024-01-01", to: "2024-12-31", q: "troops" }),
    ).toEqual([sid("s1")]);
  });
});

describe("latestStatements and counts", () => {
  it("returns the newest statements first", async () => {
    const latest = await latestStatements(5, { db });
    expect(latest).toHaveLength(5);
    const dates = latest.map((s) => s.date ?? "0000");
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it("counts what is in the tracker", async () => {
    const counts = await trackerCounts({ db });
    expect(counts.statements).toBeGreaterThanOrEqual(31);
    expect(counts.speakers).toBeGreaterThanOrEqual(3);
    expect(counts.outlets).toBeGreaterThanOrEqual(3);
    expect(counts.articles).toBeGreaterThanOrEqual(2);
    expect(counts.reports).toBeGreaterThanOrEqual(32);
  });
});

describe("getStatement", () => {
  it("returns the statement with speaker, stances and every report, first published first", async () => {
    const statement = await getStatement(sid("s1"), { db });
    expect(statement).toMatchObject({
      id: sid("s1"),
      quote: `We will not deploy troops to Ukraine ${UNIQUE}`,
      speaker: { slug: ALPHA },
      roleAtTime: "Secretary General",
      date: "2024-11-27",
      dateSource: "stated",
      stances: [{ topic: "troops", value: "opposes", evidence: "will not deploy troops" }],
    });
    expect(statement.speakerDetail?.roles.map((r) => r.title)).toEqual(["Prime Minister", "Secretary General"]);
    expect(statement.reports.map((r) => r.article.outlet?.slug)).toEqual([WIRE, PAPER]);
    const [first, second] = statement.reports;
    expect(first).toMatchObject({
      quote: `We will not deploy troops to Ukraine ${UNIQUE}`,
      citedOutlets: [{ slug: TV, name: `TV ${run}` }],
      article: { url: "https://example.org/a", publishedAt: "2024-11-28", publishedPrecision: "day" },
    });
    expect(first.paragraph).toContain(first.quote);
    expect(second).toMatchObject({ quote: `We shall not send troops to Ukraine ${REPORT_ONLY}`, citedOutlets: [] });
  });

  it("links the neighbours on the speaker's timeline", async () => {
    const s1 = await getStatement(sid("s1"), { db });
    expect(s1.neighbours.previous).toBeNull();
    expect(s1.neighbours.next?.id).toBe(sid("s2"));
    const s3 = await getStatement(sid("s3"), { db });
    expect([s3.neighbours.previous?.id, s3.neighbours.next?.id]).toEqual([sid("s2"), sid("s4")]);
    const s4 = await getStatement(sid("s4"), { db });
    expect(s4.neighbours.next).toBeNull();
    expect(s4.roleAtTime).toBeNull();
  });

  it("throws NotFoundError for an unknown id", async () => {
    await expect(getStatement(`missing-${run}`, { db })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getStatement("", { db })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("timelines", () => {
  it("groups a speaker's statements by topic, oldest first, undated apart", async () => {
    const timeline = await positionsTimeline({ speaker: ALPHA, db });
    expect(timeline.speaker).toEqual({ slug: ALPHA, name: `Alpha Speaker ${run}` });
    const lane = (topic: string) => timeline.lanes.find((l) => l.topic === topic);
    expect(timeline.lanes.map((l) => l.topic)).toEqual(["troops", "negotiations", "membership"]);
    expect(lane("troops")?.points.map((p) => [p.id, p.stance])).toEqual([[sid("s1"), "opposes"]]);
    expect(lane("troops")?.undated.map((p) => [p.id, p.stance, p.evidence])).toEqual([
      [sid("s4"), "conditional", "only after a ceasefire"],
    ]);
    expect(lane("negotiations")?.points.map((p) => p.id)).toEqual([sid("s2")]);
    expect(lane("membership")?.points).toEqual([
      expect.objectContaining({ id: sid("s3"), date: "2025-01-01", datePrecision: "month", stance: "conditional" }),
    ]);
    expect(timeline.range).toEqual({ from: "2024-11-27", to: "2025-01-01" });
  });

  it("puts a statement on every lane it touches, with that lane's stance", async () => {
    const timeline = await speakerTimeline(BETA, { db });
    const troops = timeline.lanes.find((l) => l.topic === "troops");
    const talks = timeline.lanes.find((l) => l.topic === "negotiations");
    expect(troops?.points.map((p) => [p.id, p.stance])).toEqual([[sid("s5"), "supports"]]);
    expect(talks?.points.map((p) => [p.id, p.stance])).toEqual([[sid("s5"), "opposes"]]);
    // "other"-only statements are not on the timeline.
    expect(timeline.lanes.flatMap((l) => l.points).map((p) => p.id)).not.toContain(sid("s6"));
  });

  it("covers everyone without a speaker, and refuses an unknown one", async () => {
    const all = await positionsTimeline({ db });
    expect(all.speaker).toBeNull();
    const troopIds = all.lanes.find((l) => l.topic === "troops")?.points.map((p) => p.id) ?? [];
    expect(troopIds).toEqual(expect.arrayContaining([sid("s1"), sid("s5")]));
    expect(troopIds.indexOf(sid("s5"))).toBeLessThan(troopIds.indexOf(sid("s1")));
    await expect(positionsTimeline({ speaker: `nobody-${run}`, db })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("speakers and outlets", () => {
  it("describes a speaker", async () => {
    const speaker = await getSpeaker(ALPHA, { db });
    expect(speaker).toMatchObject({
      slug: ALPHA,
      statementCount: 4,
      firstDate: "2024-11-27",
      lastDate: "2025-01-01",
      roles: [
        { title: "Prime Minister", startDate: "2010-01-01", endDate: "2024-07-01" },
        { title: "Secretary General", startDate: "2024-10-01", endDate: null },
      ],
    });
    await expect(getSpeaker(`nobody-${run}`, { db })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("lists speakers with statements and their counts", async () => {
    const speakers = await listSpeakers({ db });
    expect(speakers.find((s) => s.slug === ALPHA)).toMatchObject({ statementCount: 4, latestRole: "Secretary General" });
    expect(speakers.find((s) => s.slug === GAMMA)?.statementCount).toBe(25);
  });

  it("names the filter's speaker and outlet by slug, and only those with statements (decision 0260)", async () => {
    expect(await filterNames({ speaker: ALPHA, outlet: WIRE }, { db })).toEqual({
      speaker: { slug: ALPHA, name: expect.any(String) },
      outlet: { slug: WIRE, name: `Wire ${run}` },
    });
    const speakers = await listSpeakers({ db });
    expect((await filterNames({ speaker: GAMMA }, { db })).speaker?.name).toBe(speakers.find((s) => s.slug === GAMMA)?.name);
    expect(await filterNames({ speaker: `nobody-${run}`, outlet: `nowhere-${run}` }, { db })).toEqual({ speaker: null, outlet: null });
    expect(await filterNames({}, { db })).toEqual({ speaker: null, outlet: null });
    expect(await filterNames({ speaker: "x".repeat(300) }, { db })).toEqual({ speaker: null, outlet: null });
  });

  it("lists outlets that published or are cited in a report, with their statements", async () => {
    const outlets = await listOutlets({ db });
    const bySlug = new Map(outlets.map((o) => [o.slug, o]));
    expect(bySlug.get(WIRE)).toMatchObject({ kind: "wire", statementCount: 4 });
    expect(bySlug.get(PAPER)).toMatchObject({ kind: "newspaper", statementCount: 28 });
    expect(bySlug.get(TV)).toMatchObject({ kind: "broadcaster", statementCount: 1 });
  });
});
