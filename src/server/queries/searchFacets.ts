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
import { searchSample, statementRows } from "./searchSample";
import type { FacetCount, StatementFacets } from "./types";

/** Up to this many matches the facets are tallied from every one of them, and exact. */
export const MATCH_LIMIT = EXACT_LIMIT;

/** A matched statement as the details query sends it (one JSON array per statement). */
type MatchTuple = [speakerId: string | null, kind: string, topics: string[], date: string | null, outletIds: string[] | null, stances: { topic: string; value: string }[] | null, reviewed: boolean];
/** A speaker or outlet: id, slug, name. */
type NamedTuple = [id: string, slug: string, name: string];

interface Matches {
  rows: MatchedStatement[];
  /** Multiplies a count in the rows into one over every match (1 when the rows are all of them). */
  scale: number;
  /** The speakers and outlets of the rows, by id: the names of the speaker and outlet facets. */
  names: Names;
}

type Names = ReadonlyMap<string, { slug: string; name: string }>;

/**
 * What the facets need of each statement in `from` matching `hit` (up to `limit`), if `onlyIf` holds, with
 * the names of their speakers and outlets: one row of JSON. Names and details in one query: the names
 * were a wait of their own after the details, and thousands of cells converted one by one by the driver
 * cost more than one JSON value parsed (decision 0335).
 */
function matchDetails(from: Prisma.Sql, hit: Prisma.Sql, limit: number, onlyIf: Prisma.Sql = Prisma.sql`true`) {
  return Prisma.sql`
    WITH m AS MATERIALIZED (SELECT s.id, s."speakerId", s.kind, s.topics, s."date" FROM ${from} WHERE ${hit} LIMIT ${limit}),
    d AS MATERIALIZED (
      SELECT m."speakerId", m.kind::text AS kind, m.topics::text[] AS topics, m."date"::text AS date,
        (SELECT array_agg(so."outletId") FROM "StatementOutlet" so WHERE so."statementId" = m.id) AS "outletIds",
        (SELECT json_agg(json_build_object('topic', st.topic, 'value', st.value)) FROM "StatementStance" st WHERE st."statementId" = m.id) AS stances,
        EXISTS (SELECT 1 FROM "StatementReview" rv WHERE rv."statementId" = m.id) AS reviewed
      FROM m WHERE ${onlyIf})
    SELECT (SELECT json_agg(json_build_array(d."speakerId", d.kind, d.topics, d.date, d."outletIds", d.stances, d.reviewed)) FROM d) AS rows,
      (SELECT json_agg(json_build_array(sp.id, sp.slug, sp.name)) FROM "Speaker" sp WHERE sp.id IN (SELECT d."speakerId" FROM d)) AS speakers,
      (SELECT json_agg(json_build_array(o.id, o.slug, o.name)) FROM "Outlet" o WHERE o.id IN (SELECT unnest(d."outletIds") FROM d)) AS outlets`;
}

interface DetailsRow {
  rows: MatchTuple[] | null;
  speakers: NamedTuple[] | null;
  outlets: NamedTuple[] | null;
}

async function readDetails(db: PrismaClient, query: Prisma.Sql): Promise<{ rows: MatchedStatement[]; names: Names }> {
  const [details] = await db.$queryRaw<DetailsRow[]>(query);
  const rows = (details?.rows ?? []).map(
    ([speakerId, kind, topics, date, outletIds, stances, reviewed]): MatchedStatement => ({ speakerId, outletIds: outletIds ?? [], kind, topics, stances: stances ?? [], date, reviewed }),
  );
  const names = new Map([...(details?.speakers ?? []), ...(details?.outlets ?? [])].map(([id, slug, name]) => [id, { slug, name }]));
  return { rows, names };
}

/** Every match when there are at most MATCH_LIMIT (their details read only then); null when there are more. */
async function allMatches(db: PrismaClient, hit: Prisma.Sql): Promise<Matches | null> {
  const { rows, names } = await readDetails(db, matchDetails(STATEMENTS.from, hit, MATCH_LIMIT + 1, Prisma.sql`(SELECT count(*) FROM m) <= ${MATCH_LIMIT}`));
  if (rows.length > 0) return { rows, scale: 1, names };
  // Nothing returned: no match at all, or too many to read.
  const [{ any }] = await db.$queryRaw<{ any: boolean }[]>`SELECT EXISTS (SELECT 1 FROM "Statement" s WHERE ${hit}) AS any`;
  return any ? null : { rows: [], scale: 1, names };
}

/** The matches within the search's block sample (./searchSample.ts), and the total they suggest. */
async function sampleMatches(db: PrismaClient, hit: Prisma.Sql, estimate: number, tableRows: number): Promise<Matches & { total: number }> {
  const sample = searchSample(tableRows, estimate);
  const { rows, names } = await readDetails(db, matchDetails(sample.from, hit, Math.ceil(2 * sample.rows)));
  const total = (rows.length * 100) / sample.percent;
  return { rows, scale: rows.length ? total / rows.length : 0, total, names };
}

/**
 * Every match when there are at most MATCH_LIMIT, else the matches within a block sample, scaled. The
 * planner's estimate only decides which to try first (with the statistics of migration 0010 it is close
 * for words, rare or common, but far too low for phrases, which it takes for unrelated words).
 */
async function readMatches(db: PrismaClient, hit: Prisma.Sql, estimate: number, tableRows: number): Promise<Matches> {
  if (estimate < MATCH_LIMIT) {
    const all = await allMatches(db, hit);
    if (all) return all;
  }
  const sample = await sampleMatches(db, hit, Math.max(estimate, MATCH_LIMIT + 1), tableRows);
  // A sample too small to tell a few hundred matches from a few thousand: read them all if they are few.
  if (estimate >= MATCH_LIMIT && sample.total <= 2 * MATCH_LIMIT) {
    const all = await allMatches(db, hit);
    if (all) return all;
  }
  // More than MATCH_LIMIT are known to exist, whatever few the sample found.
  const total = Math.max(MATCH_LIMIT + 1, sample.total);
  return { rows: sample.rows, scale: sample.rows.length ? total / sample.rows.length : 0, names: sample.names };
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
function namedGroups(counts: ValueCount[], names: Names, scale: number, limit: number): FacetCount[] {
  return scaled(counts, scale)
    .flatMap((c) => {
      const named = names.get(c.value);
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
  // The mode, the planner's estimate of the words and the table's size at once (decision 0335): one after
  // another they were three waits before the matches could be read. The estimate is of the words' condition;
  // stop words only (substring mode, rare) are estimated again as such.
  const hitOf = (mode: SearchMode) => Prisma.join(filterConditions({ q }, { speakerId: null, outletId: null }, STATEMENTS, mode), " AND ");
  const estimateOf = (hit: Prisma.Sql) => plannerEstimate(db, STATEMENTS, Prisma.sql`WHERE ${hit}`);
  const [mode, ids, wordsEstimate, tableRows] = await Promise.all([searchMode(db, q), resolveIds(db, filter), estimateOf(hitOf("words")), statementRows(db)]);
  const hit = hitOf(mode);
  const estimate = mode === "words" ? wordsEstimate : await estimateOf(hit);
  const [{ rows, scale, names }, years] = await Promise.all([readMatches(db, hit, estimate, tableRows), datedYears]);
  const current = matchFilter(filter, ids);
  const listed = (dimension: "topic" | "stance" | "kind" | "year", values: readonly string[]) =>
    scaled(countListedValues(rows, current, dimension, values), scale);
  const speaker = namedGroups(countGroups(rows, current, "speaker"), names, scale, top);
  const outlet = namedGroups(countGroups(rows, current, "outlet"), names, scale, top);
  return {
    speaker,
    outlet,
    topic: listed("topic", FILTER_TOPICS),
    stance: filter.topic === "other" ? [] : listed("stance", FILTER_STANCES),
    kind: listed("kind", FILTER_KINDS),
    year: listed("year", years.map(String)),
  };
}
