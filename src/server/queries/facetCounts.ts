// The speaker and outlet facets of a list filtered by topic and/or stance only, from the counts migration 0024
// keeps per speaker and per outlet in all time (decision 0380): one key's ~400 rows instead of grouping
// ~12,000 cube rows. The same figures as the cubes give (cubeSpeakers, cubeOutlets), in the same order.
// A list filtered by whole months only reads the counts migration 0026 keeps per speaker and per outlet by month
// (decision 0415): ~1,200 and ~900 rows for three months instead of the cubes' 13,000 and 18,000.
import "server-only";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { isWholeMonths } from "@/domain/calendar/wholeMonths";
import { activeFilterParams } from "@/schemas/statementFilter";
import type { Filter } from "./listStatements";

type Named = { slug: string; name: string; n: number };

/**
 * Whether the kept counts answer `filter` (the facet's own speaker or outlet already left out): a topic, a
 * stance, or a stance on a topic. A stance with "other" means a stance on any topic and "other" among the
 * topics: no key holds that (the cube counts it).
 */
export function facetCountsCover(filter: Filter): boolean {
  const params = activeFilterParams(filter);
  if (params.length === 0 || !params.every((param) => param === "topic" || param === "stance")) return false;
  return !(filter.stance && filter.topic === "other");
}

const keyConditions = (filter: Filter) => [
  filter.topic ? Prisma.sql`f.topic = ${filter.topic}::"Topic"` : Prisma.sql`f.topic IS NULL`,
  filter.stance ? Prisma.sql`f.stance = ${filter.stance}::"Stance"` : Prisma.sql`f.stance IS NULL`,
];

/** The filter's speakers with their counts, most first (ties by name, as cubeSpeakers). */
export function keptSpeakerCounts(db: PrismaClient, filter: Filter, limit: number): Promise<Named[]> {
  return db.$queryRaw<Named[]>`
    SELECT sp.slug, sp.name, f.n FROM "SpeakerFacetCount" f JOIN "Speaker" sp ON sp.id = f."speakerId"
     WHERE ${Prisma.join(keyConditions(filter), " AND ")} AND f.n > 0
     ORDER BY f.n DESC, sp.name LIMIT ${limit}`;
}

/** The filter's outlets with their counts, most first (ties by name, then slug, as cubeOutlets). */
export function keptOutletCounts(db: PrismaClient, filter: Filter, limit: number): Promise<Named[]> {
  return db.$queryRaw<Named[]>`
    SELECT o.slug, o.name, f.n FROM "OutletFacetCount" f JOIN "Outlet" o ON o.id = f."outletId"
     WHERE ${Prisma.join(keyConditions(filter), " AND ")} AND f.n > 0
     ORDER BY f.n DESC, o.name, o.slug LIMIT ${limit}`;
}

/** Whether the kept month counts answer `filter` (the facet's own speaker or outlet already left out): dates alone, in whole months. */
export function monthCountsCover(filter: Filter): boolean {
  const params = activeFilterParams(filter);
  if (params.length === 0 || !params.every((param) => param === "from" || param === "to")) return false;
  return isWholeMonths(filter.from, filter.to);
}

/** The months of a range as the cubes' readers take them (cube.ts rowConditions): dated months only. */
const monthRange = (filter: Filter) => [
  Prisma.sql`m.month > '-infinity'::date`,
  ...(filter.from ? [Prisma.sql`m.month >= ${filter.from}::date`] : []),
  ...(filter.to ? [Prisma.sql`m.month <= ${filter.to}::date`] : []),
];

/** The range's speakers with their counts, most first (ties by name, as cubeSpeakers). */
export function monthSpeakerCounts(db: PrismaClient, filter: Filter, limit: number): Promise<Named[]> {
  return db.$queryRaw<Named[]>`
    SELECT sp.slug, sp.name, x.n FROM (
      SELECT m."speakerId", sum(m.n)::int AS n FROM "SpeakerMonthCount" m
       WHERE ${Prisma.join(monthRange(filter), " AND ")} GROUP BY 1 HAVING sum(m.n) > 0) x
    JOIN "Speaker" sp ON sp.id = x."speakerId" ORDER BY x.n DESC, sp.name LIMIT ${limit}`;
}

/** The range's outlets with their counts, most first (ties by name, then slug, as cubeOutlets). */
export function monthOutletCounts(db: PrismaClient, filter: Filter, limit: number): Promise<Named[]> {
  return db.$queryRaw<Named[]>`
    SELECT o.slug, o.name, x.n FROM (
      SELECT m."outletId", sum(m.n)::int AS n FROM "OutletMonthCount" m
       WHERE ${Prisma.join(monthRange(filter), " AND ")} GROUP BY 1 HAVING sum(m.n) > 0) x
    JOIN "Outlet" o ON o.id = x."outletId" ORDER BY x.n DESC, o.name, o.slug LIMIT ${limit}`;
}
