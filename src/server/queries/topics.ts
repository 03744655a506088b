// One topic's page: where every speaker stands on it now, where a speaker's stance changed, and (through
// listStatements) who said what and what was reported most. Speakers come from the maintained tally;
// each one's latest stance is one index walk down Statement_speaker_list_idx.
// TODO(positions): the positions view keeps its own aggregate of stances and changes; these reads could
// share it once it exists.
import "server-only";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { getReadDb } from "@/server/db";
import { isoDate } from "./statementSummary";
import type {
  PositionChange,
  PositionStatement,
  PrecisionValue,
  StanceTopicValue,
  StanceValue,
  TopicPosition,
} from "./types";

/** Speakers listed in "current positions", most statements on the topic first. */
export const POSITION_SPEAKERS = 100;
export const CHANGES_SHOWN = 20;

/** A statement with its stance on the topic, as SQL returns it. */
interface StatementRow {
  id: string;
  quote: string;
  date: Date | null;
  precision: PrecisionValue | null;
  stance: StanceValue;
  evidence: string;
}

interface PositionRow extends StatementRow {
  slug: string;
  name: string;
  on_topic: number;
  supporting: number;
  first_with_stance: Date | null;
}

interface ChangeRow extends StatementRow {
  slug: string;
  name: string;
  prev_id: string;
  prev_quote: string;
  prev_date: Date;
  prev_precision: PrecisionValue | null;
  prev_stance: StanceValue;
  prev_evidence: string;
}

/**
 * Consecutive dated statements of one speaker on the topic (by date, then creation) whose stances differ,
 * newest first. Undated statements have no place in a sequence and are left out.
 */
async function changeRows(db: PrismaClient, topic: StanceTopicValue, limit: number | null): Promise<ChangeRow[]> {
  return db.$queryRaw<ChangeRow[]>`
    WITH sequence AS (
      SELECT s."speakerId", s.id, s.quote, s.date, s."datePrecision" AS precision, st.value AS stance, st.evidence,
             lag(s.id) OVER w AS prev_id, lag(s.quote) OVER w AS prev_quote, lag(s.date) OVER w AS prev_date,
             lag(s."datePrecision") OVER w AS prev_precision, lag(st.value) OVER w AS prev_stance,
             lag(st.evidence) OVER w AS prev_evidence
        FROM "Statement" s JOIN "StatementStance" st ON st."statementId" = s.id AND st.topic = ${topic}::"Topic"
       WHERE s."speakerId" IS NOT NULL AND s.date IS NOT NULL
      WINDOW w AS (PARTITION BY s."speakerId" ORDER BY s.date, s."createdAt", s.id)
    )
    SELECT sp.slug, sp.name, c.id, c.quote, c.date, c.precision, c.stance, c.evidence,
           c.prev_id, c.prev_quote, c.prev_date, c.prev_precision, c.prev_stance, c.prev_evidence
      FROM sequence c JOIN "Speaker" sp ON sp.id = c."speakerId"
     WHERE c.prev_stance IS NOT NULL AND c.prev_stance <> c.stance
     ORDER BY c.date DESC, c.id DESC
     ${limit === null ? Prisma.empty : Prisma.sql`LIMIT ${limit}`}`;
}

function positionStatement(row: StatementRow): PositionStatement {
  return { id: row.id, quote: row.quote, date: isoDate(row.date), datePrecision: row.precision, stance: row.stance, evidence: row.evidence };
}

function toChange(row: ChangeRow): PositionChange {
  return {
    speaker: { slug: row.slug, name: row.name },
    before: positionStatement({
      id: row.prev_id,
      quote: row.prev_quote,
      date: row.prev_date,
      precision: row.prev_precision,
      stance: row.prev_stance,
      evidence: row.prev_evidence,
    }),
    after: positionStatement(row),
  };
}

/** The latest changes of stance on a topic, newest first. */
export async function topicChanges(
  topic: StanceTopicValue,
  options: { db?: PrismaClient; limit?: number } = {},
): Promise<PositionChange[]> {
  const db = options.db ?? getReadDb();
  return (await changeRows(db, topic, options.limit ?? CHANGES_SHOWN)).map(toChange);
}

/**
 * Every speaker's current position on a topic: the stance of their latest statement on it, since when they
 * have held it (the latest change to it, else their first statement with it), how many of their statements
 * take it, and how many they made on the topic.
 */
export async function topicPositions(
  topic: StanceTopicValue,
  options: { db?: PrismaClient } = {},
): Promise<TopicPosition[]> {
  const db = options.db ?? getReadDb();
  const rows = await db.$queryRaw<PositionRow[]>`
    WITH speakers AS (
      SELECT t."speakerId", sum(t.n)::int AS on_topic FROM "StatementTally" t
       WHERE t."speakerId" IS NOT NULL AND t.topic = ${topic}::"Topic" AND t.stance IS NULL
       GROUP BY t."speakerId" HAVING sum(t.n) > 0
       ORDER BY on_topic DESC LIMIT ${POSITION_SPEAKERS}
    )
    SELECT sp.slug, sp.name, x.on_topic, latest.id, latest.quote, latest.date, latest.precision, latest.stance,
           latest.evidence,
           (SELECT coalesce(sum(t.n), 0)::int FROM "StatementTally" t
             WHERE t."speakerId" = x."speakerId" AND t.topic = ${topic}::"Topic" AND t.stance = latest.stance) AS supporting,
           (SELECT min(t.day) FROM "StatementTally" t
             WHERE t."speakerId" = x."speakerId" AND t.topic = ${topic}::"Topic" AND t.stance = latest.stance) AS first_with_stance
      FROM speakers x JOIN "Speaker" sp ON sp.id = x."speakerId"
      JOIN LATERAL (
        SELECT s.id, s.quote, s.date, s."datePrecision" AS precision, st.value AS stance, st.evidence
          FROM "Statement" s JOIN "StatementStance" st ON st."statementId" = s.id AND st.topic = ${topic}::"Topic"
         WHERE s."speakerId" = x."speakerId"
         ORDER BY coalesce(s.date, '-infinity'::date) DESC, s."createdAt" DESC, s.id DESC LIMIT 1
      ) latest ON true
     ORDER BY x.on_topic DESC, sp.name`;
  const changes = await changeRows(db, topic, null);
  // The newest change of each speaker whose new stance is still held dates their current position.
  const lastChange = new Map<string, string>();
  for (const change of changes) if (!lastChange.has(change.slug)) lastChange.set(change.slug, isoDate(change.date) ?? "");
  return rows.map((row) => ({
    speaker: { slug: row.slug, name: row.name },
    stance: row.stance,
    since: lastChange.get(row.slug) || isoDate(row.first_with_stance),
    changes: changes.filter((c) => c.slug === row.slug).length,
    supporting: Number(row.supporting),
    onTopic: Number(row.on_topic),
    latest: positionStatement(row),
  }));
}
