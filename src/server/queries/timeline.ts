// Positions over time: one lane per stance topic (troops, negotiations, membership). The shape comes
// from the maintained per-day tally (migration 0003), never from every statement: when a timeline has
// few enough statements they are loaded and drawn one by one, otherwise each lane is summarised by month.
import "server-only";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { getReadDb } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { isoDate } from "./statementSummary";
import type { PositionsTimeline, StanceTopicValue, StanceValue, TimelineLane, TimelineMonth, TimelinePoint } from "./types";

export const TIMELINE_TOPICS: StanceTopicValue[] = ["troops", "negotiations", "membership"];
/** Beyond this many marks (over all lanes) a timeline is drawn as monthly counts. */
export const POINT_LIMIT = 200;

interface TallyRow {
  topic: StanceTopicValue;
  stance: StanceValue | null;
  month: string | null;
  first: Date | null;
  last: Date | null;
  n: number;
}

interface Options {
  speaker?: string | null;
  /** Only statements an editor has reviewed (decision 0051); the maintained tallies do not know review status. */
  reviewed?: boolean;
  db?: PrismaClient;
  /** Overrides POINT_LIMIT (tests). */
  pointLimit?: number;
}

export async function positionsTimeline(options: Options = {}): Promise<PositionsTimeline> {
  const db = options.db ?? getReadDb();
  let speaker: { id: string; slug: string; name: string } | null = null;
  if (options.speaker) {
    speaker = await db.speaker.findUnique({ where: { slug: options.speaker }, select: { id: true, slug: true, name: true } });
    if (!speaker) throw new NotFoundError("Speaker", options.speaker);
  }

  if (options.reviewed) return reviewedTimeline(db, speaker);

  // Grouped by the month's first day (date arithmetic), named after grouping: to_char on each of the
  // ~21,000 day rows of everyone's timeline at a million statements was most of the query's time.
  const tally = await db.$queryRaw<TallyRow[]>`
    SELECT topic::text AS topic, stance::text AS stance, to_char(month, 'YYYY-MM') AS month, first, last, n
    FROM (
      SELECT topic, stance, day - extract(day FROM day)::int + 1 AS month, min(day) AS first, max(day) AS last, sum(n)::int AS n
      FROM "StatementTally"
      WHERE ${speaker ? Prisma.sql`"speakerId" = ${speaker.id}` : Prisma.sql`"speakerId" IS NULL`} AND topic = ANY(${TIMELINE_TOPICS}::"Topic"[])
      GROUP BY 1, 2, 3
      HAVING sum(n) > 0) months`;

  const lanes: TimelineLane[] = TIMELINE_TOPICS.map((topic) => laneFromTally(topic, tally));
  const dated = tally.filter((r) => r.month !== null && r.stance === null);
  const from = dated.reduce<Date | null>((min, r) => (!min || (r.first && r.first < min) ? r.first : min), null);
  const to = dated.reduce<Date | null>((max, r) => (!max || (r.last && r.last > max) ? r.last : max), null);
  const marks = lanes.reduce((n, l) => n + l.datedCount + l.undatedCount, 0);
  const summarised = marks > (options.pointLimit ?? POINT_LIMIT);
  if (!summarised && marks > 0) await addPoints(db, lanes, speaker?.id ?? null);

  return {
    speaker: speaker ? { slug: speaker.slug, name: speaker.name } : null,
    lanes: summarised ? lanes : lanes.map((lane) => ({ ...lane, months: null })),
    range: from && to ? { from: isoDate(from) as string, to: isoDate(to) as string } : null,
    summarised,
  };
}


function laneFromTally(topic: StanceTopicValue, tally: TallyRow[]): TimelineLane {
  const rows = tally.filter((r) => r.topic === topic);
  const months = new Map<string, TimelineMonth>();
  let datedCount = 0;
  let undatedCount = 0;
  for (const row of rows) {
    if (row.month === null) {
      if (row.stance === null) undatedCount += Number(row.n);
      continue;
    }
    const month = months.get(row.month) ?? { month: row.month, total: 0, counts: { opposes: 0, conditional: 0, supports: 0, none: 0 } };
    if (row.stance === null) {
      month.total += Number(row.n);
      datedCount += Number(row.n);
    } else {
      month.counts[row.stance] += Number(row.n);
    }
    months.set(row.month, month);
  }
  for (const month of months.values()) {
    month.counts.none = Math.max(0, month.total - month.counts.opposes - month.counts.conditional - month.counts.supports);
  }
  const sorted = [...months.values()].sort((a, b) => a.month.localeCompare(b.month));
  return { topic, points: [], undated: [], datedCount, undatedCount, months: sorted };
}

/** Reviewed statements are few (a person read each): drawn one by one, without the tallies. */
async function reviewedTimeline(db: PrismaClient, speaker: { id: string; slug: string; name: string } | null): Promise<PositionsTimeline> {
  const lanes: TimelineLane[] = TIMELINE_TOPICS.map((topic) => ({ topic, points: [], undated: [], datedCount: 0, undatedCount: 0, months: null }));
  await addPoints(db, lanes, speaker?.id ?? null, true);
  const dates = lanes.flatMap((l) => l.points.map((p) => p.date as string)).sort();
  for (const lane of lanes) Object.assign(lane, { datedCount: lane.points.length, undatedCount: lane.undated.length });
  return {
    speaker: speaker ? { slug: speaker.slug, name: speaker.name } : null,
    lanes,
    range: dates.length ? { from: dates[0], to: dates[dates.length - 1] } : null,
    summarised: false,
  };
}

/** Few enough statements: load them (bounded by POINT_LIMIT) and place each on its lanes. */
async function addPoints(db: PrismaClient, lanes: TimelineLane[], speakerId: string | null, reviewedOnly = false): Promise<void> {
  const reviewedIds = reviewedOnly ? (await db.statementReview.findMany({ where: { status: { not: "rejected" } }, select: { statementId: true } })).map((r) => r.statementId) : null;
  const rows = await db.statement.findMany({
    where: { topics: { hasSome: TIMELINE_TOPICS }, ...(speakerId ? { speakerId } : {}), ...(reviewedIds ? { id: { in: reviewedIds } } : {}) },
    include: { speaker: { select: { slug: true, name: true } }, stances: true },
    orderBy: [{ date: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }, { id: "asc" }],
  });
  for (const row of rows) {
    const date = isoDate(row.date);
    for (const lane of lanes) {
      if (!row.topics.includes(lane.topic)) continue;
      const stance = row.stances.find((s) => s.topic === lane.topic) ?? null;
      const point: TimelinePoint = {
        id: row.id,
        quote: row.quote,
        speaker: row.speaker ? { slug: row.speaker.slug, name: row.speaker.name } : null,
        date,
        datePrecision: row.datePrecision,
        dateSource: row.dateSource,
        stance: stance?.value ?? null,
        evidence: stance?.evidence ?? null,
      };
      (date ? lane.points : lane.undated).push(point);
    }
  }
}

/** One speaker's positions over time. Throws NotFoundError for an unknown slug. */
export async function speakerTimeline(slug: string, options: Omit<Options, "speaker"> = {}): Promise<PositionsTimeline> {
  return positionsTimeline({ ...options, speaker: slug });
}
