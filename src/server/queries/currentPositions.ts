// A speaker's current position per topic: the stance of their latest statement that takes one on it.
import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { getReadDb } from "@/server/db";
import { isoDate } from "./statementSummary";
import type { DateSourceValue, PrecisionValue, StanceTopicValue, StanceValue } from "./types";

export interface CurrentPositionView {
  topic: StanceTopicValue;
  stance: StanceValue;
  evidence: string;
  date: string | null;
  datePrecision: PrecisionValue | null;
  dateSource: DateSourceValue | null;
  statementId: string;
  quote: string;
}

interface Row extends Omit<CurrentPositionView, "date"> {
  date: Date | null;
}

const STANCE_TOPICS: StanceTopicValue[] = ["troops", "negotiations", "membership"];

/**
 * One index walk per topic down Statement_speaker_list_idx (newest first, undated last), stopping at
 * the first statement with a stance on that topic; topics the speaker never took a stance on are absent.
 */
export async function currentPositions(slug: string, options: { db?: PrismaClient } = {}): Promise<CurrentPositionView[]> {
  const db = options.db ?? getReadDb();
  const rows = await db.$queryRaw<Row[]>`
    SELECT t.topic::text AS topic, latest.stance, latest.evidence, latest.date, latest."datePrecision", latest."dateSource",
           latest.id AS "statementId", latest.quote
    FROM unnest(${STANCE_TOPICS}::"Topic"[]) WITH ORDINALITY AS t(topic, n)
    CROSS JOIN LATERAL (
      SELECT s.id, s.quote, s.date, s."datePrecision", s."dateSource", st.value::text AS stance, st.evidence
      FROM "Statement" s JOIN "StatementStance" st ON st."statementId" = s.id AND st.topic = t.topic
      WHERE s."speakerId" = (SELECT id FROM "Speaker" WHERE slug = ${slug})
      ORDER BY coalesce(s.date, '-infinity'::date) DESC, s."createdAt" DESC, s.id DESC
      LIMIT 1
    ) latest
    ORDER BY t.n`;
  return rows.map((row) => ({ ...row, date: isoDate(row.date) }));
}

