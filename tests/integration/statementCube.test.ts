// The list's totals and facet counts read from StatementCube (decision 0120) and, with an outlet, from
// StatementOutletCube (decision 0160), the speaker and outlet facets of a topic or stance from their kept counts
// (decision 0380), against a real PostgreSQL: on a generated set of statements with several
// topics, stances and outlets each, every count shown as exact equals what counting the generated rows in
// TypeScript gives, before and after corrections made in SQL.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { parseStatementFilter, type StatementFilter } from "@/schemas/statementFilter";
import { createPrismaClient } from "@/server/db";
import { statementFacets } from "@/server/queries/facets";
import { listStatements } from "@/server/queries/listStatements";
import { mulberry32 } from "../../src/domain/random";
import { createScratchDatabase } from "./setup/database";

type Topic = "troops" | "negotiations" | "membership" | "other";
type Stance = "opposes" | "conditional" | "supports";
interface Row {
  id: string;
  speaker: string;
  kind: "direct" | "indirect";
  date: string | null;
  topics: Topic[];
  stances: Partial<Record<Topic, Stance>>;
  /** Outlets whose articles report it. */
  outlets: string[];
}

const SPEAKERS = ["cube-a", "cube-b", "cube-c"];
const TOPICS: Topic[] = ["troops", "negotiations", "membership", "other"];
const STANCES: Stance[] = ["opposes", "conditional", "supports"];
const OUTLETS = ["cube-wire", "cube-daily", "cube-weekly"];

function generate(count: number): Row[] {
  const random = mulberry32(20261202);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  return Array.from({ length: count }, (_, i) => {
    const topics = TOPICS.filter(() => random() < 0.4);
    if (topics.length === 0) topics.push(pick(TOPICS));
    const stances: Row["stances"] = {};
    for (const topic of topics) if (topic !== "other" && random() < 0.6) stances[topic] = pick(STANCES);
    const month = 1 + Math.floor(random() * 12);
    const date = random() < 0.1 ? null : `${pick([2023, 2024])}-${String(month).padStart(2, "0")}-${String(1 + Math.floor(random() * 28)).padStart(2, "0")}`;
    const outlets = OUTLETS.filter(() => random() < 0.45);
    return { id: `cube${i}`, speaker: pick(SPEAKERS), kind: random() < 0.7 ? "direct" : "indirect", date, topics, stances, outlets };
  });
}

/** What the list should count, from the generated rows alone. */
function expectedCount(rows: Row[], filter: Partial<StatementFilter>): number {
  return rows.filter((r) => {
    if (filter.speaker && r.speaker !== filter.speaker) return false;
    if (filter.outlet && !r.outlets.includes(filter.outlet)) return false;
    if (filter.kind && r.kind !== filter.kind) return false;
    if (filter.topic && !r.topics.includes(filter.topic)) return false;
    if (filter.stance) {
      const onTopic = filter.topic && filter.topic !== "other";
      const values = onTopic ? [r.stances[filter.topic as Topic]] : Object.values(r.stances);
      if (!values.includes(filter.stance)) return false;
    }
    if ((filter.from || filter.to) && r.date === null) return false;
    if (filter.from && (r.date as string) < filter.from) return false;
    if (filter.to && (r.date as string) > filter.to) return false;
    return true;
  }).length;
}

const FILTERS: Record<string, string>[] = [
  {},
  { stance: "supports" },
  { topic: "membership" },
  { topic: "troops", stance: "opposes" },
  { topic: "other" },
  { topic: "other", kind: "direct" },
  { kind: "indirect", stance: "conditional" },
  { speaker: "cube-b", stance: "opposes", kind: "direct" },
  { from: "2024-03-01", to: "2024-05-31", stance: "supports" },
  // Whole months alone: the speakers and outlets from their kept month counts (decision 0415).
  { from: "2024-03-01", to: "2024-05-31" },
  { from: "2024-02-01" },
  { to: "2023-12-31" },
  { speaker: "cube-a", topic: "membership", to: "2023-12-31" },
  // Not whole months: the per-day tally and counted matches, as before the cube.
  { from: "2024-03-05", stance: "opposes" },
  // An outlet: StatementOutletCube, but for an outlet's speaker in a date range (counted as before).
  { outlet: "cube-wire" },
  { outlet: "cube-daily", topic: "troops", stance: "opposes" },
  { outlet: "cube-weekly", speaker: "cube-b", kind: "direct" },
  { outlet: "cube-wire", from: "2024-03-01", to: "2024-05-31" },
  { outlet: "cube-daily", speaker: "cube-a", from: "2023-01-01", to: "2023-12-31" },
];

describe("StatementCube counts", () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let db: PrismaClient;
  const rows = generate(400);
  const articles: Record<string, string> = {};
  const addReport = (statementId: string, outlet: string, at: number) =>
    db.report.create({
      data: { statementId, articleId: articles[outlet], kind: "direct", quote: "q", start: at, end: at + 1, sentence: "s", paragraph: "p" },
    });

  beforeAll(async () => {
    scratch = await createScratchDatabase({ prefix: "cube" });
    db = createPrismaClient(scratch.url);
    const ids: Record<string, string> = {};
    for (const slug of SPEAKERS) ids[slug] = (await db.speaker.create({ data: { slug, name: `Speaker ${slug} ${randomBytes(2).toString("hex")}` } })).id;
    // One article per outlet; a statement's reports in them give it its outlets (StatementOutlet, by trigger).
    for (const slug of OUTLETS) {
      const outlet = await db.outlet.create({ data: { slug, name: `Outlet ${slug}` } });
      articles[slug] = (await db.article.create({ data: { outletId: outlet.id, text: "text", contentHash: slug, sourceFile: `${slug}.txt` } })).id;
    }
    for (const [i, r] of rows.entries()) {
      await db.statement.create({
        data: {
          id: r.id,
          speakerId: ids[r.speaker],
          kind: r.kind,
          quote: `Remark ${r.id}`,
          date: r.date ? new Date(`${r.date}T00:00:00Z`) : null,
          topics: r.topics,
          stances: { create: Object.entries(r.stances).map(([topic, value]) => ({ topic: topic as Topic, value, evidence: "cue" })) },
        },
      });
      for (const slug of r.outlets) await addReport(r.id, slug, i);
    }
  });

  afterAll(async () => {
    await db?.$disconnect();
    await scratch?.drop();
  });

  const checkAll = async () => {
    for (const input of FILTERS) {
      const { filter, issues } = parseStatementFilter(input);
      expect(issues).toEqual([]);
      const page = await listStatements(filter, { db });
      expect({ input, total: page.total, exact: page.totalIsExact }).toEqual({ input, total: expectedCount(rows, filter), exact: true });
      const facets = await statementFacets(filter, { db, top: 10 });
      const shown = [
        ...facets.speaker.map((f) => ({ f, narrowed: { ...filter, speaker: f.value } })),
        ...facets.outlet.map((f) => ({ f, narrowed: { ...filter, outlet: f.value } })),
        ...facets.topic.map((f) => ({ f, narrowed: { ...filter, topic: f.value as Topic, ...(f.value === "other" ? { stance: undefined } : {}) } })),
        ...facets.stance.map((f) => ({ f, narrowed: { ...filter, stance: f.value as Stance } })),
        ...facets.kind.map((f) => ({ f, narrowed: { ...filter, kind: f.value as Row["kind"] } })),
        ...facets.year.map((f) => ({ f, narrowed: { ...filter, from: `${f.value}-01-01`, to: `${f.value}-12-31` } })),
      ];
      for (const { f, narrowed } of shown) {
        expect({ input, value: f.value, count: f.count, exact: f.exact }).toEqual({ input, value: f.value, count: expectedCount(rows, narrowed), exact: true });
      }
      expect(facets.year.map((y) => y.value)).toEqual(["2024", "2023"]);
    }
  };

  it("gives exact totals and facet counts for speaker, topic, stance, kind and whole-month filters", checkAll);

  it("stays exact after corrections to kind, date, speaker, topics, stances and outlets, and a deletion", async () => {
    const [a, b, c, d] = rows.filter((r) => r.topics.includes("troops") && r.date !== null);
    const speakerC = await db.speaker.findUniqueOrThrow({ where: { slug: "cube-c" } });
    await db.$executeRaw`UPDATE "Statement" SET kind = 'indirect', date = '2023-07-04', "speakerId" = ${speakerC.id} WHERE id = ${a.id}`;
    Object.assign(a, { kind: "indirect", date: "2023-07-04", speaker: "cube-c" });
    await db.$executeRaw`DELETE FROM "StatementStance" WHERE "statementId" = ${b.id}`;
    await db.$executeRaw`INSERT INTO "StatementStance" ("statementId", topic, value, evidence)
      VALUES (${b.id}, 'troops', 'opposes', 'cue'), (${b.id}, 'membership', 'supports', 'cue')`;
    await db.$executeRaw`UPDATE "Statement" SET topics = ARRAY['troops', 'membership']::"Topic"[] WHERE id = ${b.id}`;
    Object.assign(b, { topics: ["troops", "membership"], stances: { troops: "opposes", membership: "supports" } });
    await db.$executeRaw`UPDATE "StatementStance" SET value = 'conditional' WHERE "statementId" = ${b.id} AND topic = 'troops'`;
    b.stances.troops = "conditional";
    await db.statement.delete({ where: { id: c.id } });
    rows.splice(rows.indexOf(c), 1);
    await db.$executeRaw`UPDATE "Statement" SET date = NULL WHERE id = ${d.id}`;
    d.date = null;
    // A statement reported by one more outlet, and no longer by another (its report there deleted).
    const e = rows.find((r) => r.outlets.length === 1 && r.outlets[0] !== "cube-weekly" && r.topics.includes("troops")) as Row;
    await addReport(e.id, "cube-weekly", 10_000);
    await db.report.deleteMany({ where: { statementId: e.id, articleId: articles[e.outlets[0]] } });
    e.outlets = ["cube-weekly"];
    await checkAll();
  });
});
