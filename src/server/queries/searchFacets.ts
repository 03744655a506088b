// Facet counts of a text search (decision 0125). A search bounds its own set through the GIN index, so
// rather than one count per facet value (40-odd queries, each planned on the planner's poor guess of a
// rare word or a phrase), the page reads what the facets need of the matched statements in one query
// and tallies every facet from those rows (src/domain/search/matchFacets.ts):
// - at most MATCH_LIMIT matches: all of them, every count exact;
// - more: the matches within a block sample of the table (./searchSample.ts: about 300 of them, from at
//   most 5,000 statements), each count scaled to the estimated total and marked "about".
import "server-only";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import {
  type MatchedStatement,
  type MatchFilter,
  countGroups,
  countListedValues,
  type ValueCount,
} from "@/domain/search/matchFacets";
import { FILTER_KINDS, FILTER_STANCES, FILTER_TOPICS } from "@/schemas/statementFilter";
import {
  EXACT_LIMIT,
  type Filter,
  filterConditions,
  plannerEstimate,
  type Resolved,
  resolveIds,
  roundEstimate,
  type SearchMode,
  searchMode,
  STATEMENTS,
} from "./listStatements";
import { searchSample } from "./searchSample";
import type { FacetCount, StatementFacets } from "./types";

/** Up to this many matches the facets are tallied from every one of them, and exact. */
export const MATCH_LIMIT = EXACT_LIMIT;

interface MatchRow {
  speakerId: string | null;
  outletIds: string[] | null;
  kind: string;
  topics: string[];
  stances: { topic: string; value: string }[] | null;
  date: string | null;
  reviewed: boolean;
}

interface Matches {
  rows: MatchedStatement[];
  /** Multiplies a count in the rows into one over every match (1 when the rows are all of them). */
  scale: number;
}

/** What the facets need of each statement in `from` matching `hit` (up to `limit`), if `onlyIf` holds. */
function matchDetails(from: Prisma.Sql, hit: Prisma.Sql, limit: number, onlyIf: Prisma.Sql = Prisma.sql`true`) {
  return Prisma.sql`
    WITH m AS MATERIALIZED (SELECT s.id, s."speakerId", s.kind, s.topics, s."date" FROM ${from} WHERE ${hit} LIMIT ${limit})
    SELECT m."speakerId", m.kind::text AS kind, m.topics::text[] AS topics, m."date"::text AS date,
      (SELECT array_agg(so."outletId") FROM "StatementOutlet" so WHERE so."statementId" = m.id) AS "outletIds",
      (SELECT json_agg(json_build_object('topic', st.topic, 'value', st.value)) FROM "StatementStance" st WHERE st."statementId" = m.id) AS stances,
      EXISTS (SELECT 1 FROM "StatementReview" rv WHERE rv."statementId" = m.id) AS reviewed
    FROM m WHERE ${onlyIf}`;
}

const toMatched = (row: MatchRow): MatchedStatement => ({
  speakerId: row.speakerId,
  outletIds: row.outletIds ?? [],
  kind: row.kind,
  topics: row.topics,
  stances: row.stances ?? [],
  date: row.date,
  reviewed: row.reviewed,
});

/** Every match when there are at most MATCH_LIMIT (their details read only then); null when there are more. */
async function allMatches(db: PrismaClient, hit: Prisma.Sql): Promise<Matches | null> {
  const rows = await db.$queryRaw<MatchRow[]>(
    matchDetails(STATEMENTS.from, hit, MATCH_LIMIT + 1, Prisma.sql`(SELECT count(*) FROM m) <= ${MATCH_LIMIT}`),
  );
  if (rows.length > 0) return { rows: rows.map(toMatched), scale: 1 };
  // Nothing returned: no match at all, or too many to read.
  const [{ any }] = await db.$queryRaw<{ any: boolean }[]>`SELECT EXISTS (SELECT 1 FROM "Statement" s WHERE ${hit}) AS any`;
  return any ? null : { rows: [], scale: 1 };
}

/** The matches within the search's block sample (./searchSample.ts), and the total they suggest. */
async function sampleMatches(db: PrismaClient, hit: Prisma.Sql, estimate: number): Promise<Matches & { total: number }> {
  const sample = await searchSample(db, estimate);
  const rows = await db.$queryRaw<MatchRow[]>(matchDetails(sample.from, hit, Math.ceil(2 * sample.rows)));
  const total = (rows.length * 100) / sample.percent;
  return { rows: rows.map(toMatched), scale: rows.length ? total / rows.length : 0, total };
}

/**
 * Every match when there are at most MATCH_LIMIT, else the matches within a block sample, scaled. The
 * planner's estimate only decides which to try first (with the statistics of migration 0010 it is close
 * for words, rare or common, but far too low for phrases, which it takes for unrelated words).
 */
async function readMatches(db: PrismaClient, hit: Prisma.Sql): Promise<Matches> {
  const estimate = await plannerEstimate(db, STATEMENTS, Prisma.sql`WHERE ${hit}`);
  if (estimate < MATCH_LIMIT) {
    const all = await allMatches(db, hit);
    if (all) return all;
  }
  const sample = await sampleMatches(db, hit, Math.max(estimate, MATCH_LIMIT + 1));
  // A sample too small to tell a few hundred matches from a few thousand: read them all if they are few.
  if (estimate >= MATCH_LIMIT && sample.total <= 2 * MATCH_LIMIT) {
    const all = await allMatches(db, hit);
    if (all) return all;
  }
  // More than MATCH_LIMIT are known to exist, whatever few the sample found.
  const total = Math.max(MATCH_LIMIT + 1, sample.total);
  return { rows: sample.rows, scale: sample.rows.length ? total / sample.rows.length : 0 };
}

function matchFilter(filter: Filter, ids: Resolved): MatchFilter {
  return {
    ...(ids.speakerId ? { speakerId: ids.speakerId } : {}),
    ...(ids.outletId ? { outletId: ids.outletId } : {}),
    ...(filter.kind ? { kind: filter.kind } : {}),
    ...(filter.topic ? { topic: filter.topic } : {}),
    ...(filter.stance ? { stance: filter.stance } : {}),
    ...(filter.from ? { from: filter.from } : {}),
    ...(filter.to ? { to: filter.to } : {}),
    ...(filter.reviewed ? { reviewed: true } : {}),
  };
}

const scaled = (counts: ValueCount[], scale: number): FacetCount[] =>
  counts.map(({ value, count }) => ({ value, label: value, count: scale === 1 ? count : roundEstimate(count * scale), exact: scale === 1 }));

/** Speakers or outlets with their names, the top `limit` (ties by name, as the other facets). */
async function namedGroups(
  db: PrismaClient,
  table: "Speaker" | "Outlet",
  counts: ValueCount[],
  scale: number,
  limit: number,
): Promise<FacetCount[]> {
  if (counts.length === 0) return [];
  const rows = await db.$queryRaw<{ id: string; slug: string; name: string }[]>`
    SELECT id, slug, name FROM ${Prisma.raw(`"${table}"`)} WHERE id = ANY(${counts.map((c) => c.value)})`;
  const byId = new Map(rows.map((r) => [r.id, r]));
  return scaled(counts, scale)
    .flatMap((c) => {
      const named = byId.get(c.value);
      return named ? [{ ...c, value: named.slug, label: named.name }] : [];
    })
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label))
    .slice(0, limit);
}

/** The top values of every facet of a search (filter.q set), counted under the other filters in force. */
export async function searchFacets(
  db: PrismaClient,
  filter: Filter,
  datedYears: Promise<number[]>,
  top: number,
): Promise<StatementFacets> {
  const q = filter.q as string;
  const [mode, ids] = await Promise.all([searchMode(db, q), resolveIds(db, filter)]);
  const hit = Prisma.join(filterConditions({ q }, { speakerId: null, outletId: null }, STATEMENTS, mode as SearchMode), " AND ");
  const [{ rows, scale }, years] = await Promise.all([readMatches(db, hit), datedYears]);
  const current = matchFilter(filter, ids);
  const listed = (dimension: "topic" | "stance" | "kind" | "year", values: readonly string[]) =>
    scaled(countListedValues(rows, current, dimension, values), scale);
  const [speaker, outlet] = await Promise.all([
    namedGroups(db, "Speaker", countGroups(rows, current, "speaker"), scale, top),
    namedGroups(db, "Outlet", countGroups(rows, current, "outlet"), scale, top),
  ]);
  return {
    speaker,
    outlet,
    topic: listed("topic", FILTER_TOPICS),
    stance: filter.topic === "other" ? [] : listed("stance", FILTER_STANCES),
    kind: listed("kind", FILTER_KINDS),
    year: listed("year", years.map(String)),
  };
}
