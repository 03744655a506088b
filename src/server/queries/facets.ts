// Facet counts for the statement filter: for each facet (speaker, outlet, topic, stance, kind, year), how
// many statements each value would list together with the OTHER filters in force. Kept cheap at any size:
// - small facets (topic, stance, kind, year) count each value like the list's own total: a maintained
//   tally when it covers the filter, else a count capped at EXACT_LIMIT, beyond it the planner's estimate;
// - speaker and outlet read the maintained per-speaker/per-outlet counts (all time, and by topic and stance:
//   decision 0380; by month for a date range alone, decision 0415), the cubes or the tally when they cover the filter, else group every match when there
//   are at most FACET_SAMPLE, else a block sample of about SAMPLED_ROWS statements (TABLESAMPLE SYSTEM),
//   its shares scaled to the estimated total and marked "about".
import "server-only";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import {
  activeFilterParams,
  FILTER_KINDS,
  FILTER_STANCES,
  FILTER_TOPICS,
  type NarrowingParam,
  type StatementFilter,
} from "@/schemas/statementFilter";
import { getReadDb } from "@/server/db";
import {
  countMatches,
  type Filter,
  plannerEstimate,
  QUERY_BUDGET_MS,
  STATEMENTS,
  withinBudget,
  filterConditions,
  resolveIds,
  roundEstimate,
  type SearchMode,
  searchMode,
  sourceFor,
  whereClause,
} from "./listStatements";
import { cubeCounts, cubeCovers, cubeCoversOutlets, cubeCoversSpeakers, cubeCoversYears, cubeOutlets, cubeSpeakers, cubeYearCounts } from "./cube";
import { facetCountsCover, keptOutletCounts, keptSpeakerCounts, monthCountsCover, monthOutletCounts, monthSpeakerCounts } from "./facetCounts";
import { searchFacets } from "./searchFacets";
import type { FacetCount, StatementFacets } from "./types";

/** Matches grouped by speaker or outlet exactly up to this many, else sampled. */
export const FACET_SAMPLE = 5000;
/**
 * Statements read for a sampled facet: enough for stable shares of the top values, few enough to cost
 * milliseconds at a million statements. The first matches in index order would not do: they come from one
 * speaker, or one period (decision 0097).
 */
export const SAMPLED_ROWS = 20_000;
/** Speakers and outlets shown in the filter form (the rest on the picker page). */
export const FACET_TOP = 8;

type Count = { total: number; exact: boolean };

function without(filter: Filter, ...params: NarrowingParam[]): Filter {
  const copy: Filter = { ...filter };
  for (const param of params) delete copy[param];
  return copy;
}

/** The filter's narrowing part: no page, cursor or order. */
export function narrowing(filter: Partial<StatementFilter>): Filter {
  const copy = { ...filter };
  delete copy.page;
  delete copy.after;
  delete copy.sort;
  return copy as Filter;
}

/** How many statements a filter lists, as the list itself counts them. */
async function countFilter(db: PrismaClient, filter: Filter, mode: SearchMode | null): Promise<Count> {
  const ids = await resolveIds(db, filter);
  const source = sourceFor(ids);
  return countMatches(db, filter, source, whereClause(filterConditions(filter, ids, source, mode)));
}

interface FacetValue {
  value: string;
  label: string;
  /** The filter this value's link lists. */
  filter: Filter;
}

/**
 * Counts each value as the list counts its total. Those the cube covers (decision 0120) are one query
 * together; the others (an outlet, words, reviews, dates not in whole months) each as countFilter does.
 */
/** Counts for facet values of a filter without a search (a search is tallied by searchFacets). */
async function countValues(db: PrismaClient, values: FacetValue[]): Promise<FacetCount[]> {
  const covered = values.filter((v) => cubeCovers(v.filter));
  const fromCube = new Map(covered.map((v, i) => [v, i]));
  const [cubeTotals, others] = await Promise.all([
    cubeCounts(db, covered.map((v) => v.filter)),
    Promise.all(values.map((v) => (fromCube.has(v) ? null : countFilter(db, v.filter, null)))),
  ]);
  return values.map((v, i) => {
    const index = fromCube.get(v);
    const { total, exact } = index === undefined ? (others[i] as Count) : { total: cubeTotals[index], exact: true };
    return { value: v.value, label: v.label, count: total, exact };
  });
}

/** Years with dated statements, newest first: everyone's month rows of the cube (~3,500), not the daily tally. */
async function datedYears(db: PrismaClient): Promise<number[]> {
  const rows = await db.$queryRaw<{ year: number }[]>`
    SELECT date_part('year', c.month)::int AS year FROM "StatementCube" c
    WHERE c."speakerId" IS NULL AND c.month > '-infinity'::date GROUP BY 1 HAVING sum(c.n) > 0 ORDER BY 1 DESC`;
  return rows.map((r) => Number(r.year));
}

interface GroupRow {
  slug: string;
  name: string;
  n: number;
}

const toFacet = (rows: GroupRow[], exact: boolean): FacetCount[] =>
  rows.map((r) => ({ value: r.slug, label: r.name, count: Number(r.n), exact }));

/** Only the maintained counts, when nothing else narrows the list. */
async function maintainedCounts(db: PrismaClient, table: "Speaker" | "Outlet", limit: number): Promise<FacetCount[]> {
  const rows = await db.$queryRaw<GroupRow[]>`
    SELECT slug, name, "statementCount" AS n FROM ${Prisma.raw(`"${table}"`)}
    WHERE "statementCount" > 0 ORDER BY "statementCount" DESC, name, slug LIMIT ${limit}`;
  return toFacet(rows, true);
}

/** Speakers from the tally, when the other filters are ones it keeps (topic, stance on it, dates). */
function speakerTallyCovers(base: Filter): boolean {
  if (base.q || base.outlet || base.kind || base.reviewed) return false;
  return !base.stance || (!!base.topic && base.topic !== "other");
}

async function speakersFromTally(db: PrismaClient, base: Filter, limit: number): Promise<FacetCount[]> {
  const conditions = [
    Prisma.sql`t."speakerId" IS NOT NULL`,
    base.topic ? Prisma.sql`t.topic = ${base.topic}::"Topic"` : Prisma.sql`t.topic IS NULL`,
    base.stance ? Prisma.sql`t.stance = ${base.stance}::"Stance"` : Prisma.sql`t.stance IS NULL`,
  ];
  if (base.from) conditions.push(Prisma.sql`t.day >= ${base.from}::date`);
  if (base.to) conditions.push(Prisma.sql`t.day <= ${base.to}::date`);
  const rows = await db.$queryRaw<GroupRow[]>`
    SELECT sp.slug, sp.name, x.n FROM (
      SELECT t."speakerId", sum(t.n)::int AS n FROM "StatementTally" t WHERE ${Prisma.join(conditions, " AND ")}
      GROUP BY t."speakerId" HAVING sum(t.n) > 0) x
    JOIN "Speaker" sp ON sp.id = x."speakerId" ORDER BY x.n DESC, sp.name LIMIT ${limit}`;
  return toFacet(rows, true);
}

const groupedBy = (by: "speaker" | "outlet") =>
  by === "speaker"
    ? Prisma.sql`SELECT g.slug, g.name, count(*)::int AS n FROM m JOIN "Speaker" g ON g.id = m."speakerId" GROUP BY g.slug, g.name`
    : Prisma.sql`SELECT g.slug, g.name, count(*)::int AS n FROM m JOIN "StatementOutlet" so ON so."statementId" = m.id
                 JOIN "Outlet" g ON g.id = so."outletId" GROUP BY g.slug, g.name`;

/**
 * Groups `matches` (a query of s.id, s."speakerId") by speaker or outlet, with how many matches there were;
 * null when it did not finish within the query budget.
 */
async function groupMatches(db: PrismaClient, matches: Prisma.Sql, by: "speaker" | "outlet", limit: number, budgetMs?: number) {
  const grouped = (client: Prisma.TransactionClient | PrismaClient) => client.$queryRaw<(GroupRow & { matched: number })[]>`
    WITH m AS MATERIALIZED (${matches})
    SELECT x.slug, x.name, x.n, (SELECT count(*)::int FROM m) AS matched FROM (${groupedBy(by)}) x
    ORDER BY x.n DESC, x.name LIMIT ${limit}`;
  const rows = budgetMs === undefined ? await grouped(db) : await withinBudget(db, budgetMs, grouped);
  return rows && { rows, matched: Number(rows[0]?.matched ?? 0) };
}

/** Every match grouped when there are at most FACET_SAMPLE; else shares of a block sample, scaled. */
async function groupSample(
  db: PrismaClient,
  base: Filter,
  mode: SearchMode | null,
  by: "speaker" | "outlet",
  limit: number,
  budgetMs?: number,
): Promise<FacetCount[]> {
  const ids = await resolveIds(db, base);
  const source = sourceFor(ids);
  const where = whereClause(filterConditions(base, ids, source, mode));
  const estimate = await plannerEstimate(db, source, where);
  if (estimate <= 2 * FACET_SAMPLE) {
    const all = await groupMatches(db, Prisma.sql`SELECT s.id, s."speakerId" FROM ${source.from} ${where} LIMIT ${FACET_SAMPLE + 1}`, by, limit, budgetMs);
    if (all && all.matched <= FACET_SAMPLE) return toFacet(all.rows, true);
  }
  const [{ rows: tableRows }] = await db.$queryRaw<{ rows: number }[]>`
    SELECT greatest(reltuples, 1)::float8 AS rows FROM pg_class WHERE oid = '"Statement"'::regclass`;
  const percent = Math.min(100, (100 * SAMPLED_ROWS) / Number(tableRows));
  const sampledWhere = whereClause(filterConditions(base, ids, STATEMENTS, mode));
  // REPEATABLE: the same blocks every time, so a page shows the same counts until the data changes.
  const sample = await groupMatches(db, Prisma.sql`SELECT s.id, s."speakerId" FROM "Statement" s TABLESAMPLE SYSTEM (${percent}::real) REPEATABLE (1) ${sampledWhere}`, by, limit, budgetMs);
  // Over budget, or nothing in the sample: the form offers the picker page rather than wait.
  if (!sample || sample.matched === 0) return [];
  const { total } = await countMatches(db, base, source, where, estimate);
  return sample.rows.map((r) => ({
    value: r.slug,
    label: r.name,
    count: roundEstimate((Number(r.n) * total) / sample.matched),
    exact: false,
  }));
}

/** Every speaker or outlet with its count under the other filters, most first (up to `limit`). */
export async function facetValues(
  by: "speaker" | "outlet",
  filter: Partial<StatementFilter>,
  /** budgetMs: give up on counts that take longer (the list page's form), rather than wait for them. */
  options: { db?: PrismaClient; limit?: number; budgetMs?: number } = {},
): Promise<FacetCount[]> {
  const db = options.db ?? getReadDb();
  const limit = options.limit ?? 500;
  const base = without(narrowing(filter), by);
  if (activeFilterParams(base).length === 0) return maintainedCounts(db, by === "speaker" ? "Speaker" : "Outlet", limit);
  if (facetCountsCover(base)) return toFacet(await (by === "speaker" ? keptSpeakerCounts : keptOutletCounts)(db, base, limit), true);
  if (monthCountsCover(base)) return toFacet(await (by === "speaker" ? monthSpeakerCounts : monthOutletCounts)(db, base, limit), true);
  if (by === "speaker" && cubeCoversSpeakers(base)) return toFacet(await cubeSpeakers(db, base, limit), true);
  if (by === "outlet" && cubeCoversOutlets(base)) return toFacet(await cubeOutlets(db, base, limit), true);
  if (by === "speaker" && speakerTallyCovers(base)) return speakersFromTally(db, base, limit);
  const mode = base.q ? await searchMode(db, base.q) : null;
  return groupSample(db, base, mode, by, limit, options.budgetMs);
}

/** The top values of every facet, counted under the other filters in force. */
export async function statementFacets(
  filter: Partial<StatementFilter>,
  options: { db?: PrismaClient; top?: number } = {},
): Promise<StatementFacets> {
  const db = options.db ?? getReadDb();
  const top = options.top ?? FACET_TOP;
  const current = narrowing(filter);
  // A search is tallied from its own matches, read once (decision 0125).
  if (current.q) return searchFacets(db, current, datedYears(db), top);
  const valuesOf = (dropped: NarrowingParam[], values: readonly string[], narrow: (value: string) => Filter): FacetValue[] =>
    values.map((value) => ({ value, label: value, filter: { ...without(current, ...dropped), ...narrow(value) } }));
  const fixed = {
    // "other" carries no stance: its link drops the stance filter, and so does its count.
    topic: valuesOf(["topic"], FILTER_TOPICS, (t) => (t === "other" ? { topic: "other", stance: undefined } : { topic: t as Filter["topic"] })),
    stance: current.topic === "other" ? [] : valuesOf(["stance"], FILTER_STANCES, (s) => ({ stance: s as Filter["stance"] })),
    kind: valuesOf(["kind"], FILTER_KINDS, (k) => ({ kind: k as Filter["kind"] })),
  };
  const smallFacets = async () => {
    const undated = without(current, "from", "to");
    // The cube gives the years with their counts in one query, alongside the other small facets' (decision
    // 0310); otherwise the years are read first, then counted with the others.
    const byYear = cubeCoversYears(undated) ? cubeYearCounts(db, undated) : null;
    const years = byYear ? [] : (await datedYears(db)).map(String);
    const year = valuesOf(["from", "to"], years, (y) => ({ from: `${y}-01-01`, to: `${y}-12-31` }));
    // One batch, so that all the cube's counts are one query.
    const [counted, yearCounts] = await Promise.all([countValues(db, [...fixed.topic, ...fixed.stance, ...fixed.kind, ...year]), byYear]);
    const take = (n: number) => counted.splice(0, n);
    return {
      topic: take(fixed.topic.length),
      stance: take(fixed.stance.length),
      kind: take(fixed.kind.length),
      year: yearCounts ? yearCounts.map(({ year: y, n }) => ({ value: String(y), label: String(y), count: n, exact: true })) : take(year.length),
    };
  };
  const [speaker, outlet, small] = await Promise.all([
    facetValues("speaker", current, { db, limit: top, budgetMs: QUERY_BUDGET_MS }),
    facetValues("outlet", current, { db, limit: top, budgetMs: QUERY_BUDGET_MS }),
    smallFacets(),
  ]);
  return { speaker, outlet, ...small };
}

/**
 * For an empty result: how many statements each active filter's removal would list, so the page can say
 * which one to drop.
 */
export async function countsWithoutEachFilter(
  filter: Partial<StatementFilter>,
  options: { db?: PrismaClient } = {},
): Promise<{ param: NarrowingParam; count: number; exact: boolean }[]> {
  const db = options.db ?? getReadDb();
  const current = narrowing(filter);
  const params = activeFilterParams(current);
  return Promise.all(
    params.map(async (param) => {
      const rest = without(current, param);
      const mode = rest.q ? await searchMode(db, rest.q) : null;
      const { total, exact } = await countFilter(db, rest, mode);
      return { param, count: total, exact };
    }),
  );
}
