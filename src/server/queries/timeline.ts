// Positions over time: one lane per stance topic (troops, negotiations, membership),
// each statement on the topic placed by its date, undated ones apart.
import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { getDb } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { isoDate } from "./statementSummary";
import type { PositionsTimeline, StanceTopicValue, TimelineLane, TimelinePoint } from "./types";

export const TIMELINE_TOPICS: StanceTopicValue[] = ["troops", "negotiations", "membership"];

export async function positionsTimeline(
  options: { speaker?: string | null; reviewed?: boolean; db?: PrismaClient } = {},
): Promise<PositionsTimeline> {
  const db = options.db ?? getDb();
  let speaker: { id: string; slug: string; name: string } | null = null;
  if (options.speaker) {
    speaker = await db.speaker.findUnique({ where: { slug: options.speaker }, select: { id: true, slug: true, name: true } });
    if (!speaker) throw new NotFoundError("Speaker", options.speaker);
  }

  // Only statements an editor has reviewed, when asked (decision 0051).
  const reviewedIds = options.reviewed ? (await db.statementReview.findMany({ select: { statementId: true } })).map((r) => r.statementId) : null;
  const rows = await db.statement.findMany({
    where: { topics: { hasSome: TIMELINE_TOPICS }, ...(speaker ? { speakerId: speaker.id } : {}), ...(reviewedIds ? { id: { in: reviewedIds } } : {}) },
    include: { speaker: { select: { slug: true, name: true } }, stances: true },
    orderBy: [{ date: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }, { id: "asc" }],
  });

  const lanes: TimelineLane[] = TIMELINE_TOPICS.map((topic) => ({ topic, points: [], undated: [] }));
  let from: string | null = null;
  let to: string | null = null;

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
      if (date) {
        lane.points.push(point);
        if (!from || date < from) from = date;
        if (!to || date > to) to = date;
      } else {
        lane.undated.push(point);
      }
    }
  }

  return {
    speaker: speaker ? { slug: speaker.slug, name: speaker.name } : null,
    lanes,
    range: from && to ? { from, to } : null,
  };
}

/** One speaker's positions over time. Throws NotFoundError for an unknown slug. */
export async function speakerTimeline(slug: string, options: { db?: PrismaClient } = {}): Promise<PositionsTimeline> {
  return positionsTimeline({ speaker: slug, db: options.db });
}
