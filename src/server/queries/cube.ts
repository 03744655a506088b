// Exact counts from "StatementCube" (migration 0009, decision 0120): statements per speaker, month, kind,
// set of topics and set of stances, kept by triggers. Any filter made of speaker, topic, stance, kind and
// whole-month dates is a sum over a few thousand of its rows, and a list page's facets are one query each.
import "server-only";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { isWholeMonths } from "@/domain/calendar/wholeMonths";
import { FILTER_TOPICS } from "@/schemas/statementFilter";
import type { Filter } from "./listStatements";

/** The cube knows nothing of outlets, words or reviews; its dates are whole months. */
export function cubeCovers(filter: Filter): boolean {
  return !filter.q && !filter.outlet && !filter.reviewed && isWholeMonths(filter.from, filter.to);
}

/** What a filter asks of a cube row `c`, but the speaker. */
function rowConditions(filter: Filter): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  if (filter.topic) conditions.push(Prisma.sql`${filter.topic}::"Topic" = ANY(c.topics)`);
  // As the list: a stance on the chosen topic, or (no topic, or "other") on any topic.
  if (filter.stance && filter.topic && filter.topic !== "other") {
    conditions.push(Prisma.sql`${`${filter.topic}:${filter.stance}`}::text = ANY(c.stances)`);
  } else if (filter.stance) {
    conditions.push(Prisma.sql`c.stances && ${FILTER_TOPICS.map((topic) => `${topic}:${filter.stance}`)}::text[]`);
  }
  if (filter.kind) conditions.push(Prisma.sql`c.kind = ${filter.kind}::"StatementKind"`);
  // Month rows for a date range (never the undated '-infinity' ones), else the all-time rows (month NULL).
  if (filter.from || filter.to) {
    conditions.push(Prisma.sql`c.month > '-infinity'::date`);
    if (filter.from) conditions.push(Prisma.sql`c.month >= ${filter.from}::date`);
    if (filter.to) conditions.push(Prisma.sql`c.month <= ${filter.to}::date`);
  } else {
    conditions.push(Prisma.sql`c.month IS NULL`);
  }
  return conditions;
}

const speakerScope = (slug: string | undefined) =>
  slug ? Prisma.sql`c."speakerId" = (SELECT id FROM "Speaker" WHERE slug = ${slug})` : Prisma.sql`c."speakerId" IS NULL`;

const and = (conditions: Prisma.Sql[]) => Prisma.join(conditions, " AND ");

/**
 * How many statements each filter lists, in one query over one speaker's rows (or everyone's). Every filter
 * must be covered (cubeCovers) and name the same speaker.
 */
export async function cubeCounts(db: PrismaClient, filters: Filter[]): Promise<number[]> {
  if (filters.length === 0) return [];
  const speaker = filters[0].speaker;
  if (filters.some((f) => f.speaker !== speaker || !cubeCovers(f))) throw new Error("cubeCounts: filters the cube does not cover");
  const sums = filters.map((f, i) => Prisma.sql`coalesce(sum(c.n) FILTER (WHERE ${and(rowConditions(f))}), 0)::int AS ${Prisma.raw(`n${i}`)}`);
  const [row] = await db.$queryRaw<Record<string, number>[]>`
    SELECT ${Prisma.join(sums, ", ")} FROM "StatementCube" c WHERE ${speakerScope(speaker)}`;
  return filters.map((_, i) => Number(row?.[`n${i}`] ?? 0));
}

/** The filter's speakers with their counts (the filter's own speaker ignored), most first. */
export async function cubeSpeakers(db: PrismaClient, filter: Filter, limit: number): Promise<{ slug: string; name: string; n: number }[]> {
  return db.$queryRaw`
    SELECT sp.slug, sp.name, x.n FROM (
      SELECT c."speakerId", sum(c.n)::int AS n FROM "StatementCube" c
       WHERE c."speakerId" IS NOT NULL AND ${and(rowConditions(filter))}
       GROUP BY c."speakerId" HAVING sum(c.n) > 0) x
    JOIN "Speaker" sp ON sp.id = x."speakerId" ORDER BY x.n DESC, sp.name LIMIT ${limit}`;
}
