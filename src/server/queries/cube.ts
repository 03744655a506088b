// Exact counts from "StatementCube" (migration 0009, decision 0120): statements per speaker, month, kind,
// set of topics and set of stances, kept by triggers. Any filter made of speaker, topic, stance, kind and
// whole-month dates is a sum over a few thousand of its rows, and a list page's facets are one query each.
// With an outlet, the same sums over "StatementOutletCube" (migration 0013, decision 0160), which keeps each
// outlet's statements by month for everyone and in all time per speaker (no per-speaker months).
import "server-only";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { isWholeMonths } from "@/domain/calendar/wholeMonths";
import { FILTER_TOPICS } from "@/schemas/statementFilter";
import type { Filter } from "./listStatements";

const hasDates = (filter: Filter) => Boolean(filter.from || filter.to);

/** The cubes know nothing of words or reviews; their dates are whole months, never an outlet's speaker's. */
export function cubeCovers(filter: Filter): boolean {
  if (filter.q || filter.reviewed || !isWholeMonths(filter.from, filter.to)) return false;
  return !(filter.outlet && filter.speaker && hasDates(filter));
}

/** Whether the cube can count every speaker under `filter` (the filter's own speaker ignored). */
export const cubeCoversSpeakers = (filter: Filter) => cubeCovers({ ...filter, speaker: undefined }) && !(filter.outlet && hasDates(filter));

/** Whether the outlet cube can count every outlet under `filter` (its own outlet ignored); a speaker's in all time only. */
export const cubeCoversOutlets = (filter: Filter) => cubeCovers({ ...filter, outlet: undefined }) && !(filter.speaker && hasDates(filter));

/**
 * What a filter asks of a cube row `c`, but the speaker. `months`: "dated" takes every dated month row when
 * the filter has no dates (to group them by year), instead of the all-time rows.
 */
function rowConditions(filter: Filter, months: "asked" | "dated" = "asked"): Prisma.Sql[] {
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
    conditions.push(months === "dated" ? Prisma.sql`c.month > '-infinity'::date` : Prisma.sql`c.month IS NULL`);
  }
  return conditions;
}

const speakerScope = (slug: string | undefined) =>
  slug ? Prisma.sql`c."speakerId" = (SELECT id FROM "Speaker" WHERE slug = ${slug})` : Prisma.sql`c."speakerId" IS NULL`;

const outletScope = (slug: string) => Prisma.sql`c."outletId" = (SELECT id FROM "Outlet" WHERE slug = ${slug})`;

/** The cube to read (one outlet's, or every statement's) and which of its rows: `speakers` and the outlet's. */
const cubeOf = (outlet: string | undefined, speakers: Prisma.Sql) =>
  outlet
    ? { table: Prisma.sql`"StatementOutletCube" c`, scope: [outletScope(outlet), speakers] }
    : { table: Prisma.sql`"StatementCube" c`, scope: [speakers] };

const and = (conditions: Prisma.Sql[]) => Prisma.join(conditions, " AND ");

/**
 * The rows every filter of a batch reads, as an index condition: without dates only the all-time rows (a
 * few dozen of everyone's ~3,600, decision 0380), with dates only the months between the earliest start and
 * the latest end. Each filter's own FILTER (rowConditions) still picks its rows within these.
 */
function monthScope(filters: Filter[]): Prisma.Sql[] {
  if (filters.every((f) => !hasDates(f))) return [Prisma.sql`c.month IS NULL`];
  if (!filters.every(hasDates)) return [];
  const scope = [Prisma.sql`c.month > '-infinity'::date`];
  const froms = filters.map((f) => f.from);
  const tos = filters.map((f) => f.to);
  // ISO dates order as strings.
  if (froms.every(Boolean)) scope.push(Prisma.sql`c.month >= ${(froms as string[]).sort()[0]}::date`);
  if (tos.every(Boolean)) scope.push(Prisma.sql`c.month <= ${(tos as string[]).sort().at(-1)}::date`);
  return scope;
}

/**
 * How many statements each filter lists, in one query over one speaker's rows (or everyone's), of one outlet
 * or of all. Every filter must be covered (cubeCovers) and name the same speaker and outlet.
 */
export async function cubeCounts(db: PrismaClient, filters: Filter[]): Promise<number[]> {
  if (filters.length === 0) return [];
  const { speaker, outlet } = filters[0];
  if (filters.some((f) => f.speaker !== speaker || f.outlet !== outlet || !cubeCovers(f))) {
    throw new Error("cubeCounts: filters the cube does not cover");
  }
  const sums = filters.map((f, i) => Prisma.sql`coalesce(sum(c.n) FILTER (WHERE ${and(rowConditions(f))}), 0)::int AS ${Prisma.raw(`n${i}`)}`);
  const { table, scope } = cubeOf(outlet, speakerScope(speaker));
  const [row] = await db.$queryRaw<Record<string, number>[]>`
    SELECT ${Prisma.join(sums, ", ")} FROM ${table} WHERE ${and([...scope, ...monthScope(filters)])}`;
  return filters.map((_, i) => Number(row?.[`n${i}`] ?? 0));
}

type Named = { slug: string; name: string; n: number };

/** The filter's speakers with their counts (the filter's own speaker ignored), most first. */
export async function cubeSpeakers(db: PrismaClient, filter: Filter, limit: number): Promise<Named[]> {
  if (!cubeCoversSpeakers(filter)) throw new Error("cubeSpeakers: a filter the cube does not cover");
  const { table, scope } = cubeOf(filter.outlet, Prisma.sql`c."speakerId" IS NOT NULL`);
  return db.$queryRaw`
    SELECT sp.slug, sp.name, x.n FROM (
      SELECT c."speakerId", sum(c.n)::int AS n FROM ${table}
       WHERE ${and([...scope, ...rowConditions(filter)])}
       GROUP BY c."speakerId" HAVING sum(c.n) > 0) x
    JOIN "Speaker" sp ON sp.id = x."speakerId" ORDER BY x.n DESC, sp.name LIMIT ${limit}`;
}

/** The filter's outlets with their counts (the filter's own outlet ignored), most first: each one's rows of the speaker or everyone. */
export async function cubeOutlets(db: PrismaClient, filter: Filter, limit: number): Promise<Named[]> {
  if (!cubeCoversOutlets(filter)) throw new Error("cubeOutlets: a filter the cube does not cover");
  return db.$queryRaw`
    SELECT o.slug, o.name, x.n FROM (
      SELECT c."outletId", sum(c.n)::int AS n FROM "StatementOutletCube" c
       WHERE ${and([speakerScope(filter.speaker), ...rowConditions(filter)])}
       GROUP BY c."outletId" HAVING sum(c.n) > 0) x
    JOIN "Outlet" o ON o.id = x."outletId" ORDER BY x.n DESC, o.name, o.slug LIMIT ${limit}`;
}

/** Whether cubeYearCounts can count every year under `filter` (its own dates ignored). */
export const cubeCoversYears = (filter: Filter) => cubeCovers({ ...filter, from: "2000-01-01", to: "2000-12-31" });

/**
 * For every year with dated statements (anyone's), newest first, how many statements `filter` lists in it
 * (its own dates ignored): the year facet in one query, where it took the years and then their counts.
 */
export async function cubeYearCounts(db: PrismaClient, filter: Filter): Promise<{ year: number; n: number }[]> {
  const undated = { ...filter, from: undefined, to: undefined };
  if (!cubeCoversYears(undated)) throw new Error("cubeYearCounts: a filter the cube does not cover");
  const { table, scope } = cubeOf(filter.outlet, speakerScope(filter.speaker));
  const rows = await db.$queryRaw<{ year: number; n: number }[]>`
    SELECT y.year, coalesce(f.n, 0)::int AS n FROM (
      SELECT date_part('year', c.month)::int AS year FROM "StatementCube" c
       WHERE c."speakerId" IS NULL AND c.month > '-infinity'::date GROUP BY 1 HAVING sum(c.n) > 0) y
    LEFT JOIN (
      SELECT date_part('year', c.month)::int AS year, sum(c.n) AS n FROM ${table}
       WHERE ${and([...scope, ...rowConditions(undated, "dated")])} GROUP BY 1) f ON f.year = y.year
    ORDER BY y.year DESC`;
  return rows.map((r) => ({ year: Number(r.year), n: Number(r.n) }));
}
