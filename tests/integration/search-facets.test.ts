// Search syntax, highlights, facet counts, the "most reported" order and the topic, outlet and article reads,
// against the real PostgreSQL. Every fixture quote carries this run's token, so a search for it isolates
// them from whatever other test files leave in the shared database.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { parseStatementFilter, type StatementFilter } from "@/schemas/statementFilter";
import { createPrismaClient } from "@/server/db";
import { getArticle } from "@/server/queries/articles";
import { countsWithoutEachFilter, statementFacets } from "@/server/queries/facets";
import { listStatements } from "@/server/queries/listStatements";
import { MATCH_LIMIT } from "@/server/queries/searchFacets";
import { getOutlet } from "@/server/queries/outlets";
import { topicChanges, topicPositions } from "@/server/queries/topics";
import type { FacetCount } from "@/server/queries/types";
import { testDatabaseUrl } from "./setup/database";

const run = randomBytes(4).toString("hex");
const TOKEN = `zq${run}`;
const OR_A = `alphaor${run}`;
const OR_B = `betaor${run}`;
const P = `sf-${run}-p`;
const Q = `sf-${run}-q`;
const WIRE = `sf-${run}-wire`;
const PAPER = `sf-${run}-paper`;
const TV = `sf-${run}-tv`;
const sid = (n: string) => `sf${run}${n}`;

type Topic = "troops" | "negotiations" | "membership" | "other";
type Stance = "opposes" | "conditional" | "supports";
interface Fixture {
  n: string;
  speaker: string;
  date: string | null;
  topic: Topic;
  stance?: Stance;
  kind: "direct" | "indirect";
  quote: string;
  articles: ("a1" | "a2" | "a3")[];
}

const FIXTURES: Fixture[] = [
  { n: "1", speaker: P, date: "2024-03-01", topic: "troops", stance: "opposes", kind: "direct", quote: `We have no red lines on support ${TOKEN}`, articles: ["a1"] },
  { n: "2", speaker: P, date: "2024-06-01", topic: "troops", stance: "conditional", kind: "direct", quote: `Red support lines must stay ${TOKEN}`, articles: ["a1", "a2"] },
  { n: "3", speaker: P, date: "2025-01-10", topic: "troops", stance: "supports", kind: "indirect", quote: `troops could go after a ceasefire ${TOKEN}`, articles: ["a2"] },
  { n: "4", speaker: Q, date: "2024-09-09", topic: "negotiations", stance: "opposes", kind: "direct", quote: `No ceasefire talks now ${TOKEN}`, articles: ["a1", "a2", "a3"] },
  { n: "5", speaker: Q, date: null, topic: "membership", stance: "conditional", kind: "indirect", quote: `The path is irreversible ${TOKEN}`, articles: ["a3"] },
  { n: "6", speaker: Q, date: "2025-03-03", topic: "other", kind: "direct", quote: `Spending rises ${TOKEN} ${OR_A}`, articles: ["a2"] },
  { n: "7", speaker: P, date: "2025-02-02", topic: "other", kind: "direct", quote: `Aid continues ${TOKEN} ${OR_B}`, articles: ["a1"] },
  ...Array.from({ length: 7 }, (_, i): Fixture => ({
    n: `f${i}`,
    speaker: i % 2 ? P : Q,
    date: i < 5 ? "2024-12-12" : null,
    topic: "other",
    kind: "direct",
    quote: `Filler remark ${i} ${TOKEN}`,
    articles: (["a1", "a2", "a3"] as const).slice(0, 1 + (i % 3)),
  })),
];

let db: PrismaClient;
const articleIds: Record<string, string> = {};

const parse = (input: Record<string, string>): StatementFilter => {
  const parsed = parseStatementFilter(input);
  expect(parsed.issues).toEqual([]);
  return parsed.filter;
};
const listIds = async (input: Record<string, string>) =>
  (await listStatements(parse(input), { db, pageSize: 100 })).items.map((s) => s.id).sort();
const fixtureIds = (...ns: string[]) => ns.map(sid).sort();

beforeAll(async () => {
  db = createPrismaClient(testDatabaseUrl());
  const speakers = {
    [P]: await db.speaker.create({ data: { slug: P, name: `Pat ${run}` } }),
    [Q]: await db.speaker.create({ data: { slug: Q, name: `Quinn ${run}` } }),
  };
  const wire = await db.outlet.create({ data: { slug: WIRE, name: `Wire ${run}`, kind: "wire" } });
  const paper = await db.outlet.create({ data: { slug: PAPER, name: `Paper ${run}`, kind: "newspaper" } });
  const tv = await db.outlet.create({ data: { slug: TV, name: `TV ${run}`, kind: "broadcaster" } });
  const articles = [
    { key: "a1", outletId: wire.id, publishedAt: "2025-03-05" },
    { key: "a2", outletId: paper.id, publishedAt: "2025-03-06" },
    { key: "a3", outletId: null, publishedAt: null },
  ] as const;
  for (const article of articles) {
    // The article text is the statements it reports, each in an attributed sentence: offsets are real.
    const reported = FIXTURES.filter((f) => f.articles.includes(article.key));
    let text = `Report ${article.key} ${run}.\n\n`;
    const spans: { fixture: Fixture; start: number }[] = [];
    for (const fixture of reported) {
      text += "An official said: \u201c";
      spans.push({ fixture, start: text.length });
      text += `${fixture.quote}\u201d.\n\n`;
    }
    const created = await db.article.create({
      data: {
        outletId: article.outletId,
        url: article.key === "a1" ? `https://news.example/${run}` : null,
        publishedAt: article.publishedAt ? new Date(`${article.publishedAt}T00:00:00Z`) : null,
        publishedPrecision: article.publishedAt ? "day" : null,
        text,
        contentHash: `sf-${run}-${article.key}`,
        sourceFile: `${article.key}-${run}.txt`,
      },
    });
    articleIds[article.key] = created.id;
    for (const { fixture, start } of spans) {
      if (!(await db.statement.findUnique({ where: { id: sid(fixture.n) } }))) {
        await db.statement.create({
          data: {
            id: sid(fixture.n),
            speakerId: speakers[fixture.speaker].id,
            kind: fixture.kind,
            quote: fixture.quote,
            date: fixture.date ? new Date(`${fixture.date}T00:00:00Z`) : null,
            datePrecision: fixture.date ? "day" : null,
            dateSource: fixture.date ? "stated" : null,
            topics: [fixture.topic],
            stances: fixture.stance ? { create: [{ topic: fixture.topic, value: fixture.stance, evidence: fixture.quote.split(" ")[0] }] } : undefined,
          },
        });
      }
      const report = await db.report.create({
        data: {
          statementId: sid(fixture.n),
          articleId: created.id,
          kind: fixture.kind,
          quote: fixture.quote,
          start,
          end: start + fixture.quote.length,
          sentence: fixture.quote,
          paragraph: fixture.quote,
        },
      });
      // The wire's report of statement 4 relays the broadcaster's interview.
      if (article.key === "a1" && fixture.n === "4") {
        await db.reportCitation.create({ data: { reportId: report.id, outletId: tv.id, position: 0 } });
      }
    }
  }
});

afterAll(async () => {
  if (!db) return;
  await db.statement.deleteMany({ where: { id: { in: FIXTURES.map((f) => sid(f.n)) } } });
  await db.article.deleteMany({ where: { contentHash: { startsWith: `sf-${run}-` } } });
  await db.outlet.deleteMany({ where: { slug: { in: [WIRE, PAPER, TV] } } });
  await db.speaker.deleteMany({ where: { slug: { in: [P, Q] } } });
  await db.$disconnect();
});

describe("search syntax (websearch_to_tsquery over the stored vector)", () => {
  it("a quoted phrase needs its words together and in order; unquoted words need not", async () => {
    expect(await listIds({ q: `"red lines" ${TOKEN}` })).toEqual(fixtureIds("1"));
    expect(await listIds({ q: `red lines ${TOKEN}` })).toEqual(fixtureIds("1", "2"));
  });

  it("-word leaves out statements with the word", async () => {
    const all = await listIds({ q: TOKEN });
    expect(all).toHaveLength(FIXTURES.length);
    expect(await listIds({ q: `${TOKEN} -ceasefire` })).toEqual(all.filter((id) => id !== sid("3") && id !== sid("4")));
  });

  it("or takes either word", async () => {
    expect(await listIds({ q: `${OR_A} or ${OR_B}` })).toEqual(fixtureIds("6", "7"));
    expect(await listIds({ q: `${OR_A} ${OR_B}` })).toEqual([]);
  });

  it("marks the matched words of each listed quote, stemmed as the search matched them", async () => {
    const page = await listStatements(parse({ q: `"red lines" ${TOKEN}` }), { db });
    const segments = page.highlights?.[sid("1")] ?? [];
    expect(segments.map((s) => s.text).join("")).toBe(FIXTURES[0].quote);
    expect(segments.filter((s) => s.match).map((s) => s.text)).toEqual(["red lines", TOKEN]);
    expect(segments.find((s) => s.match)?.text).toBe("red lines");
    const stemmed = await listStatements(parse({ q: `troop ${TOKEN}` }), { db });
    expect(stemmed.highlights?.[sid("3")]?.filter((s) => s.match).map((s) => s.text)).toEqual(["troops", TOKEN]);
  });
});

describe("facet counts", () => {
  const dimensionFilter = (dimension: string, value: FacetCount): Record<string, string> =>
    dimension === "year" ? { from: `${value.value}-01-01`, to: `${value.value}-12-31` } : { [dimension]: value.value };

  const filters: Record<string, string>[] = [
    { q: TOKEN },
    { q: TOKEN, speaker: P },
    { q: TOKEN, topic: "troops" },
    { q: TOKEN, kind: "direct", outlet: PAPER },
    { q: TOKEN, from: "2024-06-01", to: "2025-12-31", stance: "opposes" },
    { q: `"red lines" ${TOKEN}`, topic: "troops" },
    { q: `${TOKEN} -ceasefire`, stance: "conditional" },
    { speaker: P },
  ];
  for (const input of filters) {
    it(`equal the totals each value would list: ${JSON.stringify(input).replaceAll(run, "…")}`, async () => {
      const facets = await statementFacets(parse(input), { db, top: 50 });
      for (const [dimension, values] of Object.entries(facets)) {
        for (const value of values as FacetCount[]) {
          // Only our own speakers and outlets: the shared database holds others'.
          if ((dimension === "speaker" || dimension === "outlet") && !value.value.includes(run)) continue;
          const rest: Record<string, string> = { ...input };
          if (dimension === "year") {
            delete rest.from;
            delete rest.to;
          } else delete rest[dimension];
          // As the list reads the link (a stance with topic "other" is dropped there, with a notice).
          const expected = await listStatements(parseStatementFilter({ ...rest, ...dimensionFilter(dimension, value) }).filter, { db });
          expect({ dimension, value: value.value, count: value.count, exact: value.exact }).toEqual({
            dimension,
            value: value.value,
            count: expected.total,
            exact: true,
          });
        }
      }
      expect(facets.topic.map((t) => t.value)).toEqual(["troops", "negotiations", "membership", "other"]);
      expect(facets.kind.map((t) => t.value)).toEqual(["direct", "indirect"]);
    });
  }

  it("count every one of our speakers and outlets under the search", async () => {
    const facets = await statementFacets(parse({ q: TOKEN }), { db, top: 50 });
    expect(facets.speaker.map((s) => [s.value, s.count])).toEqual([
      [P, 7],
      [Q, 7],
    ]);
    const reportedIn = (key: Fixture["articles"][number]) => FIXTURES.filter((f) => f.articles.includes(key)).length;
    expect(Object.fromEntries(facets.outlet.map((o) => [o.value, o.count]))).toEqual({ [WIRE]: reportedIn("a1"), [PAPER]: reportedIn("a2"), [TV]: 1 });
  });

  it("say for an empty result how many each filter's removal would list", async () => {
    const input = { q: TOKEN, speaker: Q, topic: "troops" };
    expect(await listIds(input)).toEqual([]);
    const drops = await countsWithoutEachFilter(parse(input), { db });
    expect(drops).toEqual([
      { param: "speaker", count: 3, exact: true },
      { param: "topic", count: 7, exact: true },
      { param: "q", count: (await listStatements(parse({ speaker: Q, topic: "troops" }), { db })).total, exact: true },
    ]);
  });
});

describe("facets of a search with more matches than are read", () => {
  const MANY = `zqmany${run}`;
  const manyIds = Array.from({ length: MATCH_LIMIT + 200 }, (_, i) => `sfm${run}${i}`);

  beforeAll(async () => {
    const speaker = await db.speaker.findUniqueOrThrow({ where: { slug: P } });
    await db.statement.createMany({
      data: manyIds.map((id, i) => ({
        id,
        speakerId: speaker.id,
        kind: i % 4 === 0 ? ("indirect" as const) : ("direct" as const),
        quote: `Numbered remark ${i} ${MANY}${i % 10 === 0 ? " security guarantees" : ""}`,
        date: new Date(Date.UTC(2024, 0, 1 + (i % 300))),
        topics: [i % 2 ? ("troops" as const) : ("negotiations" as const)],
      })),
    });
    // Fresh statistics, as after any bulk import: the planner's estimate decides whether to sample first.
    await db.$executeRawUnsafe(`ANALYZE "Statement"`);
  });

  afterAll(async () => {
    await db.statement.deleteMany({ where: { id: { in: manyIds } } });
  });

  it("are estimates, marked as such, close to the totals the list would show", async () => {
    const facets = await statementFacets(parse({ q: MANY }), { db, top: 50 });
    for (const values of Object.values(facets) as FacetCount[][]) for (const value of values) expect(value.exact).toBe(false);
    const speaker = facets.speaker.find((s) => s.value === P);
    expect(speaker?.count).toBeGreaterThan(MATCH_LIMIT);
    const byValue = (values: FacetCount[]) => Object.fromEntries(values.map((v) => [v.value, v.count]));
    const topics = byValue(facets.topic);
    expect(topics.membership).toBe(0);
    // Half troops, half negotiations; a sample of part of the table may stray, not by a factor of two.
    expect(topics.troops / manyIds.length).toBeGreaterThan(0.25);
    expect(topics.negotiations / manyIds.length).toBeGreaterThan(0.25);
    expect(byValue(facets.kind).direct).toBeGreaterThan(byValue(facets.kind).indirect);
  });

  it("are exact for a phrase that few match among many matches of its words, which it never counts", async () => {
    const phrase = `"security guarantees" ${MANY}`;
    const page = await listStatements(parse({ q: phrase }), { db, pageSize: 200 });
    expect(page.total).toBe(manyIds.length / 10);
    expect(page.totalIsExact).toBe(true);
    for (const item of page.items) expect(item.quote).toContain("security guarantees");
    const facets = await statementFacets(parse({ q: phrase }), { db, top: 50 });
    expect(facets.speaker.find((s) => s.value === P)).toEqual({ value: P, label: `Pat ${run}`, count: manyIds.length / 10, exact: true });
    // The words apart are no phrase.
    expect((await listStatements(parse({ q: `"guarantees security" ${MANY}` }), { db })).total).toBe(0);
  });
});

describe("the total of a search the planner puts past the exact limit", () => {
  const WIDE = `zqwide${run}`;
  const wideIds = Array.from({ length: 5 * MATCH_LIMIT }, (_, i) => `sfw${run}${i}`);

  beforeAll(async () => {
    const speaker = await db.speaker.findUniqueOrThrow({ where: { slug: Q } });
    await db.statement.createMany({
      data: wideIds.map((id, i) => ({
        id,
        speakerId: speaker.id,
        kind: "direct" as const,
        quote: `Widely repeated remark ${i} ${WIDE}`,
        date: new Date(Date.UTC(2023, 0, 1 + (i % 300))),
        topics: ["other" as const],
      })),
    });
    await db.$executeRawUnsafe(`ANALYZE "Statement"`);
  });

  afterAll(async () => {
    await db.statement.deleteMany({ where: { id: { in: wideIds } } });
  });

  it("comes from the same block sample as the facets, marked as an estimate, never a wait on a capped count", async () => {
    const page = await listStatements(parse({ q: WIDE }), { db });
    const facets = await statementFacets(parse({ q: WIDE }), { db, top: 50 });
    expect(page.totalIsExact).toBe(false);
    // Every match is Q's: the speaker facet is the sample's total scaled, as is the list's.
    expect(facets.speaker).toEqual([{ value: Q, label: `Quinn ${run}`, count: page.total, exact: false }]);
    // A block sample of a few hundred matches: near the truth, not off by a factor of two.
    expect(page.total / wideIds.length).toBeGreaterThan(0.5);
    expect(page.total / wideIds.length).toBeLessThan(2);
    expect(page.items).toHaveLength(page.pageSize);
    expect(page.order).toBe("newest");
  });
});

describe("sort by number of reports", () => {
  it("walks every statement exactly once by cursor, most reported first, ties newest first", async () => {
    const seen: { id: string; reports: number }[] = [];
    let after: string | undefined;
    for (let guard = 0; guard < 20; guard++) {
      const page = await listStatements({ ...parse({ q: TOKEN, sort: "reports" }), ...(after ? { after } : {}) }, { db, pageSize: 3 });
      expect(page.order).toBe("reports");
      seen.push(...page.items.map((s) => ({ id: s.id, reports: s.reportCount })));
      if (!page.next) break;
      expect("after" in page.next).toBe(true);
      after = (page.next as { after: string }).after;
    }
    expect(seen.map((s) => s.id).sort()).toEqual(FIXTURES.map((f) => sid(f.n)).sort());
    expect(new Set(seen.map((s) => s.id)).size).toBe(seen.length);
    const counts = seen.map((s) => s.reports);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(counts[0]).toBe(3);
  });

  it("keeps the maintained report count in step when a report moves or goes", async () => {
    const report = await db.report.findFirstOrThrow({ where: { statementId: sid("4"), articleId: articleIds.a3 } });
    await db.report.update({ where: { id: report.id }, data: { statementId: sid("5") } });
    const counted = { select: { reportCount: true }, orderBy: { statementId: "asc" } } as const;
    const moved = await db.statementReportCount.findMany({ where: { statementId: { in: [sid("4"), sid("5")] } }, ...counted });
    expect(moved.map((s) => s.reportCount)).toEqual([2, 2]);
    await db.report.update({ where: { id: report.id }, data: { statementId: sid("4") } });
    const back = await db.statementReportCount.findUniqueOrThrow({ where: { statementId: sid("4") }, select: { reportCount: true } });
    expect(back.reportCount).toBe(3);
  });

  it("walks one speaker's statements by cursor in that order, through the speaker's own index range (decision 0255)", async () => {
    const seen: { id: string; reports: number }[] = [];
    let after: string | undefined;
    for (let guard = 0; guard < 20; guard++) {
      const page = await listStatements({ ...parse({ q: TOKEN, speaker: Q, sort: "reports" }), ...(after ? { after } : {}) }, { db, pageSize: 2 });
      seen.push(...page.items.map((s) => ({ id: s.id, reports: s.reportCount })));
      if (!page.next) break;
      after = (page.next as { after: string }).after;
    }
    expect(seen.map((s) => s.id).sort()).toEqual(FIXTURES.filter((f) => f.speaker === Q).map((f) => sid(f.n)).sort());
    const counts = seen.map((s) => s.reports);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it("refuses a cursor made for the other order", () => {
    const parsed = parseStatementFilter({ sort: "reports", after: Buffer.from(JSON.stringify(["2024-01-01", "2024-01-01T00:00:00", "x"])).toString("base64url") });
    expect(parsed.filter.after).toBeUndefined();
    expect(parsed.issues.map((i) => i.param)).toEqual(["after"]);
  });
});

describe("topic, outlet and article reads", () => {
  it("give each speaker's current position on a topic and the changes that led there", async () => {
    const positions = await topicPositions("troops", { db });
    const pat = positions.find((p) => p.speaker.slug === P);
    expect(pat).toMatchObject({ stance: "supports", since: "2025-01-10", changes: 2, supporting: 1, onTopic: 3, latest: { id: sid("3") } });
    const changes = (await topicChanges("troops", { db, limit: 1000 })).filter((c) => c.speaker.slug === P);
    expect(changes.map((c) => [c.before.id, c.before.stance, c.after.id, c.after.stance])).toEqual([
      [sid("2"), "conditional", sid("3"), "supports"],
      [sid("1"), "opposes", sid("2"), "conditional"],
    ]);
  });

  it("give an outlet's articles, what it published and the chain of citations both ways", async () => {
    const wire = await getOutlet(WIRE, { db });
    expect(wire.articleCount).toBe(1);
    expect(wire.articles[0]).toMatchObject({ id: articleIds.a1, reportCount: FIXTURES.filter((f) => f.articles.includes("a1")).length });
    expect(wire.published.map((s) => s.id)).toContain(sid("4"));
    expect(wire.cites).toEqual([{ outlet: { slug: TV, name: `TV ${run}` }, reports: 1 }]);
    const tv = await getOutlet(TV, { db });
    expect(tv.citedIn.map((s) => s.id)).toEqual([sid("4")]);
    expect(tv.citedBy).toEqual([{ outlet: { slug: WIRE, name: `Wire ${run}` }, reports: 1 }]);
    await expect(getOutlet(`nope-${run}`, { db })).rejects.toThrow(/not found/);
  });

  it("give an article's text with each statement's place in it", async () => {
    const article = await getArticle(articleIds.a1, { db });
    expect(article.statements.length).toBe(FIXTURES.filter((f) => f.articles.includes("a1")).length);
    for (const span of article.statements) expect(article.text.slice(span.start, span.end)).toBe(span.quote);
    expect(article.statements.map((s) => s.start)).toEqual([...article.statements.map((s) => s.start)].sort((a, b) => a - b));
  });
});
