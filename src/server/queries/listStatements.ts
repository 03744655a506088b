// Lists statements for a filter, newest first (undated last). Costs what it returns:
// - the page is read in index order (keyset: a cursor names the last statement shown; numbered pages
//   use a small OFFSET up to MAX_PAGE), from the outlet's own list when an outlet is chosen;
// - the total comes from the maintained tally when the filter allows, else from a count capped at
//   EXACT_LIMIT, beyond which it is the planner's estimate, shown as "about …";
// - search uses the stored tsvector (websearch syntax), ranked by relevance when few enough match.
// User input only ever reaches SQL as bound parameters.
import "server-only";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import {
  activeFilterParams,
  decodeCursor,
  encodeCursor,
  type ListCursor,
  MAX_PAGE,
  PAGE_SIZE,
  type StatementFilter,
} from "@/schemas/statementFilter";
import { getReadDb } from "@/server/db";
import { cubeCounts, cubeCovers } from "./cube";
import { highlightQuotes, markedQuote } from "./highlightQuotes";
import { sampledTotal } from "./searchSample";
import { SUMMARY_COLUMNS, summaryFromJson, type SummaryJsonRow } from "./statementSummary";
import type { StatementPage, StatementSummary } from "./types";

/** Up to this many matches a total is counted exactly (and search results are ranked). */
export const EXACT_LIMIT = 1000;

/** Escapes LIKE wildcards so user text matches literally (ESCAPE '\'). */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export type Filter = Omit<StatementFilter, "page" | "after" | "sort">;
export type SearchMode = "words" | "substring";

/** Where rows come from and the list-order key over them. */
export interface Source {
  from: Prisma.Sql;
  sortDate: Prisma.Sql;
  createdAt: Prisma.Sql;
  id: Prisma.Sql;
}

export const STATEMENTS: Source = {
  from: Prisma.sql`"Statement" s`,
  sortDate: Prisma.sql`coalesce(s."date", '-infinity'::date)`,
  createdAt: Prisma.sql`s."createdAt"`,
  id: Prisma.sql`s.id`,
};

/** An outlet's statements, walked in list order through StatementOutlet_list_idx. */
function outletSource(outletId: string): Source {
  return {
    from: Prisma.sql`"StatementOutlet" so JOIN "Statement" s ON s.id = so."statementId" AND so."outletId" = ${outletId}`,
    sortDate: Prisma.sql`so."sortDate"`,
    createdAt: Prisma.sql`so."createdAt"`,
    id: Prisma.sql`so."statementId"`,
  };
}

/** Speaker and outlet ids, looked up first so the planner sees the value (and its frequency), not a subquery. */
export interface Resolved {
  speakerId: string | null;
  outletId: string | null;
}

const NO_ID = "-"; // matches nothing: an unknown slug lists nothing
const NO_IDS: Resolved = { speakerId: null, outletId: null };

export async function resolveIds(db: PrismaClient, filter: Filter): Promise<Resolved> {
  if (!filter.speaker && !filter.outlet) return { speakerId: null, outletId: null };
  const [row] = await db.$queryRaw<Resolved[]>`
    SELECT (SELECT id FROM "Speaker" WHERE slug = ${filter.speaker ?? null}) AS "speakerId",
           (SELECT id FROM "Outlet" WHERE slug = ${filter.outlet ?? null}) AS "outletId"`;
  return {
    speakerId: filter.speaker ? (row?.speakerId ?? NO_ID) : null,
    outletId: filter.outlet ? (row?.outletId ?? NO_ID) : null,
  };
}

/**
 * The outlet's own list when walking in date order; in the "most reported" order the statements themselves
 * (through their reports-order index), with the outlet as a condition.
 */
export const sourceFor = (ids: Resolved, sort?: StatementFilter["sort"]): Source =>
  ids.outletId && sort !== "reports" ? outletSource(ids.outletId) : STATEMENTS;

export const tsquery = (q: string) => Prisma.sql`websearch_to_tsquery('english', ${q})`;

/** Stop words only ("the") make an empty tsquery: such input is matched as a literal substring. */
export async function searchMode(db: PrismaClient, q: string): Promise<SearchMode> {
  const rows = await db.$queryRaw<{ nodes: number }[]>`SELECT numnode(${tsquery(q)}) AS nodes`;
  return Number(rows[0]?.nodes ?? 0) > 0 ? "words" : "substring";
}

/** The conditions of a filter over `source` (s is always the statement). */
export function filterConditions(filter: Filter, ids: Resolved, source: Source, mode: SearchMode | null): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  if (ids.speakerId) conditions.push(Prisma.sql`s."speakerId" = ${ids.speakerId}`);
  if (ids.outletId && source === STATEMENTS) {
    conditions.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "StatementOutlet" so WHERE so."statementId" = s.id AND so."outletId" = ${ids.outletId})`,
    );
  }
  if (filter.kind) conditions.push(Prisma.sql`s.kind = ${filter.kind}::"StatementKind"`);
  if (filter.topic) conditions.push(Prisma.sql`${filter.topic}::"Topic" = ANY(s.topics)`);
  if (filter.stance) {
    const onTopic =
      filter.topic && filter.topic !== "other" ? Prisma.sql`AND st.topic = ${filter.topic}::"Topic"` : Prisma.empty;
    conditions.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "StatementStance" st WHERE st."statementId" = s.id AND st.value = ${filter.stance}::"Stance" ${onTopic})`,
    );
  }
  // Dates on the sort key, so they bound the index range; undated (-infinity) never falls in a range.
  if (filter.from) conditions.push(Prisma.sql`${source.sortDate} >= ${filter.from}::date`);
  if (filter.to) conditions.push(Prisma.sql`${source.sortDate} <= ${filter.to}::date AND s."date" IS NOT NULL`);
  if (filter.q && mode === "words") conditions.push(Prisma.sql`s."searchVector" @@ ${tsquery(filter.q)}`);
  if (filter.q && mode === "substring") {
    const pattern = likePattern(filter.q);
    conditions.push(Prisma.sql`(s.quote ILIKE ${pattern} ESCAPE '\\' OR EXISTS (
      SELECT 1 FROM "Report" rq WHERE rq."statementId" = s.id AND rq.quote ILIKE ${pattern} ESCAPE '\\'))`);
  }
  if (filter.reviewed) conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "StatementReview" rv WHERE rv."statementId" = s.id)`);
  return conditions;
}

export const whereClause = (conditions: Prisma.Sql[]) =>
  conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;

/**
 * The exact total from a maintained count when the filter is one it covers: an outlet alone
 * (Outlet.statementCount); speaker, topic, stance, kind and whole months (StatementCube, decision 0120);
 * speaker, topic, stance on a topic and any dates (StatementTally, day by day).
 */
async function maintainedTotal(db: PrismaClient, filter: Filter): Promise<number | null> {
  const sumOf = async (query: Prisma.Sql) => Number((await db.$queryRaw<{ total: number }[]>(query))[0]?.total ?? 0);
  const outlet = outletTotalQuery(filter);
  if (outlet) return sumOf(outlet);
  if (cubeCovers(filter)) return (await cubeCounts(db, [filter]))[0];
  const tally = tallyQuery(filter);
  return tally ? sumOf(tally) : null;
}

function outletTotalQuery(filter: Filter): Prisma.Sql | null {
  const onlyOutlet = activeFilterParams(filter).every((param) => param === "outlet");
  if (!filter.outlet || !onlyOutlet) return null;
  return Prisma.sql`SELECT coalesce(sum("statementCount"), 0)::int AS total FROM "Outlet" WHERE slug = ${filter.outlet}`;
}

/** Speaker, topic, stance on a topic and dates of any range, from the per-day tally. */
function tallyQuery(filter: Filter): Prisma.Sql | null {
  // The tally knows nothing of review status, kind, words or outlets, and keeps stances per topic.
  if (filter.reviewed || filter.kind || filter.q || filter.outlet) return null;
  if (filter.stance && (!filter.topic || filter.topic === "other")) return null;
  const conditions = [
    filter.speaker
      ? Prisma.sql`t."speakerId" = (SELECT id FROM "Speaker" WHERE slug = ${filter.speaker})`
      : Prisma.sql`t."speakerId" IS NULL`,
    filter.topic ? Prisma.sql`t.topic = ${filter.topic}::"Topic"` : Prisma.sql`t.topic IS NULL`,
    filter.stance ? Prisma.sql`t.stance = ${filter.stance}::"Stance"` : Prisma.sql`t.stance IS NULL`,
  ];
  if (filter.from) conditions.push(Prisma.sql`t.day >= ${filter.from}::date`);
  if (filter.to) conditions.push(Prisma.sql`t.day <= ${filter.to}::date`);
  return Prisma.sql`SELECT coalesce(sum(t.n), 0)::int AS total FROM "StatementTally" t WHERE ${Prisma.join(conditions, " AND ")}`;
}

/** Rounds an estimate to three significant figures: 12,437 → 12,400. */
export function roundEstimate(n: number): number {
  if (n < 1000) return Math.round(n);
  const magnitude = 10 ** (Math.floor(Math.log10(n)) - 2);
  return Math.round(n / magnitude) * magnitude;
}

/**
 * Beyond this many by the planner's estimate, the estimate is the answer: a capped count would have to
 * find EXACT_LIMIT + 1 matches first, which at a million statements costs seconds for some filters
 * (stance with kind, common words), while estimates of large sets are close (decision 0097).
 */
export const TRUSTED_ESTIMATE = 10 * EXACT_LIMIT;

export async function plannerEstimate(db: PrismaClient, source: Source, where: Prisma.Sql): Promise<number> {
  const plan = await db.$queryRaw<{ "QUERY PLAN": [{ Plan: { "Plan Rows": number } }] }[]>`
    EXPLAIN (FORMAT JSON) SELECT 1 FROM ${source.from} ${where}`;
  return Number(plan[0]?.["QUERY PLAN"]?.[0]?.Plan?.["Plan Rows"] ?? 0);
}

/** What a count or sample may cost before the planner's estimate answers instead (decision 0097). */
export const QUERY_BUDGET_MS = 120;

const timedOut = (error: unknown) =>
  JSON.stringify((error as { meta?: unknown })?.meta ?? {}).includes('"57014"') || /\b57014\b/.test(String((error as Error)?.message));

/**
 * Runs `query` with a statement timeout of `ms`; null when PostgreSQL cancelled it for taking longer.
 * Some plans cannot stop early (a semi-join that hashes every stance first), whatever the LIMIT.
 */
export async function withinBudget<T>(db: PrismaClient, ms: number, query: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T | null> {
  try {
    return await db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe(`SET LOCAL statement_timeout = ${Math.max(1, Math.floor(ms))}`);
      return query(tx);
    });
  } catch (error) {
    if (timedOut(error)) return null;
    throw error;
  }
}

export async function countMatches(
  db: PrismaClient,
  filter: Filter,
  source: Source,
  where: Prisma.Sql,
  /** The planner's estimate for `where`, when the caller already asked for it. */
  knownEstimate?: number,
  /** maintainedTotal(db, filter), when the caller started it already (it needs no ids). */
  knownMaintained?: Promise<number | null>,
): Promise<{ total: number; exact: boolean }> {
  const maintained = await (knownMaintained ?? maintainedTotal(db, filter));
  if (maintained !== null) return { total: maintained, exact: true };
  const estimate = knownEstimate ?? (await plannerEstimate(db, source, where));
  if (estimate >= TRUSTED_ESTIMATE) return { total: roundEstimate(estimate), exact: false };
  // A search the planner puts past the exact limit: its block sample tells how many. A capped count would
  // first gather every candidate of each word from the GIN index (a phrase's words: ~50,000 at a million
  // statements, beyond the budget), and the planner takes a phrase for unrelated words (3,500 for 49,000).
  if (filter.q && source === STATEMENTS && estimate >= EXACT_LIMIT) {
    const sampled = await sampledTotal(db, where, estimate);
    // A sample that finds too few to tell (a few hundred from a couple of thousand) lets the count decide.
    if (sampled > 2 * EXACT_LIMIT) return { total: roundEstimate(sampled), exact: false };
  }
  const cappedCount = (client: Prisma.TransactionClient | PrismaClient) => client.$queryRaw<{ total: number }[]>`
    SELECT count(*)::int AS total FROM (SELECT 1 FROM ${source.from} ${where} LIMIT ${EXACT_LIMIT + 1}) capped`;
  // A small estimate means a small set: counted outright. Else within a budget (the estimate may be far off).
  const capped = estimate < EXACT_LIMIT / 2 ? await cappedCount(db) : await withinBudget(db, QUERY_BUDGET_MS, cappedCount);
  const total = capped === null ? null : Number(capped[0]?.total ?? 0);
  if (total !== null && total <= EXACT_LIMIT) return { total, exact: true };
  // More than EXACT_LIMIT, or too slow to tell: the planner's figure, at least what we know there is.
  return { total: Math.max(roundEstimate(estimate), total === null ? 0 : roundEstimate(EXACT_LIMIT) + 10), exact: false };
}

export interface ListOptions {
  pageSize?: number;
  db?: PrismaClient;
}

interface IdRow {
  id: string;
  sort_date: string;
  created_at: string;
  report_count: number;
}

/** Ranked results continue by page number (they have no stable key); the list orders by cursor. */
function nextPosition(last: IdRow, ranked: boolean, page: number, byReports: boolean): StatementPage["next"] {
  if (ranked) return page < MAX_PAGE ? { page: page + 1 } : null;
  const position = { sortDate: last.sort_date, createdAt: last.created_at, id: last.id };
  return { after: encodeCursor(byReports ? { ...position, reports: Number(last.report_count) } : position) };
}

/**
 * The "most reported" order walks its own list (decision 0255): each statement's report count with the
 * date keys, out of the statement row so that a reprint does not rewrite it, through
 * StatementReportCount_list_idx.
 */
const REPORTS_ORDER = {
  join: Prisma.sql`JOIN "StatementReportCount" rc ON rc."statementId" = s.id`,
  count: Prisma.sql`rc."reportCount"`,
  speaker: Prisma.sql`rc."speakerId"`,
  source: { sortDate: Prisma.sql`rc."sortDate"`, createdAt: Prisma.sql`rc."createdAt"`, id: Prisma.sql`rc."statementId"` },
};

/**
 * A stance on a topic in the "most reported" order walks that stance's own list (migration 0026, decision
 * 0415): every stance row with its statement's report count and date keys, through StanceReportCount_list_idx,
 * the same columns under the same alias, so the order, keyset and cursor are REPORTS_ORDER's. The stance is
 * the join's; the statement's other conditions stay. A speaker's list keeps its own range (below).
 */
function stanceReportsJoin(filter: Filter, ids: Resolved): Prisma.Sql | null {
  if (!filter.stance || !filter.topic || filter.topic === "other" || ids.speakerId) return null;
  return Prisma.sql`JOIN "StanceReportCount" rc ON rc."statementId" = s.id AND rc.topic = ${filter.topic}::"Topic" AND rc.stance = ${filter.stance}::"Stance"`;
}

/** The keyset of an order and the condition "after this cursor" on it. */
function orderKeyset(listed: Source, byReports: boolean) {
  const source = byReports ? REPORTS_ORDER.source : listed;
  const dateKey = Prisma.sql`${source.sortDate}, ${source.createdAt}, ${source.id}`;
  const listOrder = Prisma.sql`${source.sortDate} DESC, ${source.createdAt} DESC, ${source.id} DESC`;
  const key = byReports ? Prisma.sql`(${REPORTS_ORDER.count}, ${dateKey})` : Prisma.sql`(${dateKey})`;
  return {
    order: byReports ? Prisma.sql`${REPORTS_ORDER.count} DESC, ${listOrder}` : listOrder,
    after: (cursor: ListCursor) => {
      const position = Prisma.sql`${cursor.sortDate}::date, ${cursor.createdAt}::timestamp, ${cursor.id}`;
      return byReports ? Prisma.sql`${key} < (${cursor.reports ?? 0}::int, ${position})` : Prisma.sql`${key} < (${position})`;
    },
  };
}

export async function listStatements(filter: StatementFilter, options: ListOptions = {}): Promise<StatementPage> {
  const db = options.db ?? getReadDb();
  const pageSize = Math.max(1, Math.min(options.pageSize ?? PAGE_SIZE, 200));
  const byReports = filter.sort === "reports";
  const decoded = filter.after ? decodeCursor(filter.after) : null;
  // A cursor made for the other order names no place in this one.
  const cursor = decoded && (decoded.reports !== undefined) === byReports ? decoded : null;
  const page = cursor ? 1 : Math.max(1, Math.min(MAX_PAGE, Math.floor(filter.page ?? 1)));
  // A maintained total names speakers and outlets by slug: it starts now, while their ids are looked up.
  const maintained = maintainedTotal(db, filter);
  maintained.catch(() => undefined); // awaited below; a failure must not go unhandled meanwhile
  // A search naming no speaker or outlet has its words' condition before the mode is known: the planner's
  // estimate, on which the total and the order wait, is asked for alongside the mode (decision 0335).
  const wordsEstimate = filter.q && !filter.speaker && !filter.outlet ? plannerEstimate(db, STATEMENTS, whereClause(filterConditions(filter, NO_IDS, STATEMENTS, "words"))) : null;
  wordsEstimate?.catch(() => undefined); // awaited below only in word mode
  const [ids, mode] = await Promise.all([resolveIds(db, filter), filter.q ? searchMode(db, filter.q) : null]);
  const source = sourceFor(ids, filter.sort);
  const conditions = filterConditions(filter, ids, source, mode);
  const knownEstimate = mode === "words" && wordsEstimate ? await wordsEstimate : undefined;
  const counting = countMatches(db, filter, source, whereClause(conditions), knownEstimate, maintained);

  const keyset = orderKeyset(source, byReports);
  // A speaker's statements in the reports order: their own range of StatementReportCount_speaker_list_idx,
  // the speaker tested there only (on the statement too, the planner takes the two tests for independent).
  const byStanceReports = byReports ? stanceReportsJoin(filter, ids) : null;
  const listed = byReports && ids.speakerId
    ? [Prisma.sql`${REPORTS_ORDER.speaker} = ${ids.speakerId}`, ...filterConditions(filter, { ...ids, speakerId: null }, source, mode)]
    : byStanceReports
      ? filterConditions({ ...filter, stance: undefined }, ids, source, mode)
      : conditions;
  const reportsJoin = byStanceReports ?? REPORTS_ORDER.join;
  if (cursor) listed.push(keyset.after(cursor));
  // The page's rows and their summaries in one round trip (decision 0310): the rows in order (numbered as
  // read), then each one's summary. The extra row that tells whether a next page exists is summarised too.
  // In word mode each row brings its quote with the search's words marked (the highlights).
  const marked = mode === "words" ? Prisma.sql`, ${markedQuote(filter.q as string)} AS marked` : Prisma.empty;
  const pageRows = (order: Prisma.Sql) => db.$queryRaw<(IdRow & SummaryJsonRow & { marked?: string })[]>`
    WITH page AS MATERIALIZED (
      SELECT listed.*, row_number() OVER () AS n FROM (
        SELECT ${source.id} AS id, ${source.sortDate}::text AS sort_date,
               to_char(${source.createdAt}, 'YYYY-MM-DD"T"HH24:MI:SS.US') AS created_at, ${byReports ? REPORTS_ORDER.count : Prisma.sql`0`} AS report_count
        FROM ${source.from} ${byReports ? reportsJoin : Prisma.empty}
        ${whereClause(listed)}
        ORDER BY ${order}
        LIMIT ${pageSize + 1} OFFSET ${(page - 1) * pageSize}) listed)
    SELECT page.sort_date, page.created_at, page.report_count, ${SUMMARY_COLUMNS}${marked}
    FROM page JOIN "Statement" s ON s.id = page.id LEFT JOIN "Speaker" sp ON sp.id = s."speakerId"
    ORDER BY page.n`;
  // Few enough word matches to rank them all: most relevant first, numbered pages only (unless an order is
  // asked for). Only then does the order wait for the count; otherwise the page is read alongside it.
  const mayRank = mode === "words" && !filter.sort && !cursor;
  const [counted, inListOrder] = await Promise.all([counting, mayRank ? null : pageRows(keyset.order)]);
  const ranked = mayRank && counted.exact && counted.total <= EXACT_LIMIT;
  const rows =
    inListOrder ??
    (await pageRows(ranked ? Prisma.sql`ts_rank_cd(s."searchVector", ${tsquery(filter.q as string)}) DESC, ${keyset.order}` : keyset.order));

  const shown = rows.slice(0, pageSize);
  const next = rows.length > pageSize ? nextPosition(shown.at(-1) as IdRow, ranked, page, byReports) : null;
  const items = shown.map(summaryFromJson);
  const highlights = filter.q && mode ? highlightQuotes(items, filter.q, mode, new Map(shown.map((row) => [row.id, row.marked ?? ""]))) : undefined;
  return {
    items,
    total: counted.total,
    totalIsExact: counted.exact,
    page,
    pageSize,
    pageCount: Math.max(1, Math.ceil(counted.total / pageSize)),
    onCursor: cursor !== null,
    order: ranked ? "relevance" : byReports ? "reports" : "newest",
    next,
    ...(highlights ? { highlights } : {}),
  };
}

/** The n newest statements (home page, feeds). */
export async function latestStatements(n: number, options: { db?: PrismaClient } = {}): Promise<StatementSummary[]> {
  const { items } = await listStatements({ page: 1 }, { pageSize: n, db: options.db });
  return items;
}

export interface IdBatch {
  ids: string[];
  /** Where the next batch starts; null after the last. */
  after: string | null;
}

/**
 * One batch of the filter's statement ids in list order (newest first, never ranked), after a keyset
 * position: the streamed exports read these one after another, so a million rows never sit in memory
 * and statements imported meanwhile neither repeat nor shift a row. Counts nothing.
 */
export async function statementIdBatch(
  filter: StatementFilter,
  options: { after?: string | null; limit: number; db?: PrismaClient },
): Promise<IdBatch> {
  const db = options.db ?? getReadDb();
  const cursor = options.after ? decodeCursor(options.after) : null;
  const ids = await resolveIds(db, filter);
  const source = sourceFor(ids);
  const mode = filter.q ? await searchMode(db, filter.q) : null;
  const conditions = filterConditions(filter, ids, source, mode);
  if (cursor) {
    conditions.push(
      Prisma.sql`(${source.sortDate}, ${source.createdAt}, ${source.id}) < (${cursor.sortDate}::date, ${cursor.createdAt}::timestamp, ${cursor.id})`,
    );
  }
  const rows = await db.$queryRaw<IdRow[]>`
    SELECT ${source.id} AS id, ${source.sortDate}::text AS sort_date,
           to_char(${source.createdAt}, 'YYYY-MM-DD"T"HH24:MI:SS.US') AS created_at
    FROM ${source.from}
    ${whereClause(conditions)}
    ORDER BY ${source.sortDate} DESC, ${source.createdAt} DESC, ${source.id} DESC
    LIMIT ${options.limit}`;
  const last = rows.at(-1);
  return {
    ids: rows.map((row) => row.id),
    after: last && rows.length === options.limit ? encodeCursor({ sortDate: last.sort_date, createdAt: last.created_at, id: last.id }) : null,
  };
}
