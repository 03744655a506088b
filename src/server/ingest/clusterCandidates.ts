// The stored statements a new article's reports are compared with (src/domain/cluster/sameRemark.ts).
// Scale (decisions 0095, 0098, 0135): not every statement of the speaker, but those that share a quote's
// rarest lexemes at any date (through the GIN index, so that an undated printing still joins a remark
// from long ago), those the same outlet received on compatible dates (the same occasion), and, for a
// quote without a receiving outlet, those on compatible dates that share an uncommon lexeme with it.
import { Prisma } from "@/generated/prisma/client";
import { anyOf, rareWords, windowWords, type Lexeme } from "@/domain/cluster/blockingWords";
import type { RemarkReport } from "@/domain/cluster/sameRemark";
import type { ExtractedStatement } from "@/domain/extract/types";
import { slugify } from "@/domain/text";

import type { SqlTx } from "./sqlTransaction";

type Tx = SqlTx;

export interface Candidate {
  id: string;
  printings: RemarkReport[];
}

/** At most this many statements of a speaker per way of finding them (a bound for pathological quotes). */
export const CANDIDATES_PER_SPEAKER = 2000;
/** An undated new quote is also compared with this many of the speaker's newest statements that share a word with it. */
export const RECENT_PER_SPEAKER = 200;

type CandidateRow = {
  id: string;
  speaker: string | null;
  date: string | null;
  datePrecision: RemarkReport["datePrecision"];
  topics: RemarkReport["topics"];
  reports: { quote: string; kind: RemarkReport["kind"]; outletCited: string | null; venue: string | null }[];
};

/**
 * Existing statements that could print the same remark as one of the new ones, with every distinct
 * printing (a remark reprinted a hundred times is compared once per wording and outlet), kept by triggers in
 * "StatementPrinting" (decision 0220) rather than sorted out of every report of every candidate. One query
 * (two when the lexemes were not read before the transaction).
 */
export async function loadCandidates(
  tx: Tx,
  statements: ExtractedStatement[],
  ids: { speakers: Map<string, string>; outlets: Map<string, string> },
  known?: QuoteLexemes,
): Promise<Candidate[]> {
  const spoken = statements.filter((s) => s.speaker && ids.speakers.has(slugify(s.speaker)));
  if (!spoken.length) return [];
  const quotes = spoken.map((s) => s.quote);
  const lexemes = known && quotes.every((q) => known.has(q)) ? quotes.map((q) => known.get(q)!) : await lexemesOf(tx, quotes);
  const quoted = spoken.map((statement, k): Quote => {
    const receiving = statement.outletCited?.split("; ")[0];
    return { statement, lexemes: lexemes[k], outletId: (receiving && ids.outlets.get(receiving)) || null };
  });
  const bySpeaker = groupBy(quoted, (q) => ids.speakers.get(slugify(q.statement.speaker!))!);
  const searches = [...bySpeaker].flatMap(([speakerId, group]) => searchesFor(speakerId, group));
  if (!searches.length) return [];
  // Each search returns its statements' columns from the row it already read (scale, decision 0300): no
  // second look-up of every candidate by id, and the speaker's name read once per speaker, not per candidate.
  const rows = await tx.$queryRaw<CandidateRow[]>`
    SELECT c.id, c.speaker, to_char(c.date, 'YYYY-MM-DD') AS date, c."datePrecision"::text AS "datePrecision", c.topics::text[] AS topics,
      (SELECT coalesce(json_agg(json_build_object('quote', p.quote, 'kind', p.kind, 'outletCited', p."outletCited", 'venue', p.venue)), '[]'::json)
         FROM "StatementPrinting" p WHERE p."statementId" = c.id) AS reports
    FROM (SELECT DISTINCT ON (f.id) f.* FROM (${Prisma.join(searches, " UNION ALL ")}) f ORDER BY f.id) c
    ORDER BY c.id`;
  return rows.map((row) => ({
    id: row.id,
    printings: row.reports.map((r) => ({
      speaker: row.speaker,
      quote: r.quote,
      kind: r.kind,
      date: row.date,
      datePrecision: row.datePrecision,
      receivingOutlet: r.outletCited?.split("; ")[0] ?? null,
      venue: r.venue,
      topics: row.topics,
    })),
  }));
}

/** Each quote's lexemes with their shares, by quote (./index.ts reads them before the article's transaction). */
export type QuoteLexemes = Map<string, Lexeme[]>;

/**
 * The quotes' lexemes, read before the transaction (scale, decision 0170): the words of a quote do not
 * depend on what is stored, and the shares, planner statistics, change only when the table is analysed,
 * so an import run reads them once (`lexemeShares`) and each article's words while the previous
 * article is written.
 */
export async function quoteLexemes(db: Queryable, quotes: string[], shares: Map<string, number>): Promise<QuoteLexemes> {
  const distinct = [...new Set(quotes)];
  if (!distinct.length) return new Map();
  const rows = await db.$queryRaw<{ n: number; word: string }[]>`
    SELECT q.n::int AS n, w.word FROM unnest(${distinct}::text[]) WITH ORDINALITY AS q(quote, n)
    CROSS JOIN LATERAL unnest(tsvector_to_array(to_tsvector('english', q.quote))) AS w(word)`;
  const lexemes: Lexeme[][] = distinct.map(() => []);
  for (const row of rows) lexemes[row.n - 1].push({ word: row.word, share: shares.get(row.word) ?? 0 });
  return new Map(distinct.map((quote, k) => [quote, lexemes[k]]));
}

/** Each listed lexeme's share of statements, from the planner's statistics of the search vector. */
export async function lexemeShares(db: Queryable): Promise<Map<string, number>> {
  const rows = await db.$queryRaw<{ word: string; share: number }[]>`
    SELECT e.word, max(e.share)::float8 AS share FROM pg_stats p
    CROSS JOIN LATERAL unnest(p.most_common_elems::text::text[], p.most_common_elem_freqs) AS e(word, share)
    WHERE p.schemaname = current_schema() AND p.tablename = 'Statement' AND p.attname = 'searchVector' AND e.word IS NOT NULL
    GROUP BY e.word`;
  return new Map(rows.map((row) => [row.word, row.share]));
}

type Queryable = Pick<SqlTx, "$queryRaw">;

/** Each quote's lexemes as the search vector stores them, with their share of statements (writers without them read beforehand). */
async function lexemesOf(tx: Tx, quotes: string[]): Promise<Lexeme[][]> {
  const byQuote = await quoteLexemes(tx, quotes, await lexemeShares(tx));
  return quotes.map((quote) => byQuote.get(quote)!);
}

/** What every search returns of a statement besides its id and speaker (the row is at hand). */
const COLUMNS = Prisma.sql`s.date, s."datePrecision", s.topics`;

type Quote = { statement: ExtractedStatement; lexemes: Lexeme[]; outletId: string | null };

/**
 * The id searches for one speaker's new quotes: by rare words at any date (the GIN index); the same
 * occasion through the receiving outlet (StatementOutlet, within the compatible dates); for quotes
 * without one, within the compatible dates (or among the newest, undated ones) by uncommon words.
 */
function searchesFor(speakerId: string, quotes: Quote[]): Prisma.Sql[] {
  const searches: Prisma.Sql[] = [];
  const speaker = Prisma.sql`(SELECT sp.name FROM "Speaker" sp WHERE sp.id = ${speakerId}) AS speaker`;
  const rare = anyOf(quotes.flatMap((q) => rareWords(q.lexemes)));
  if (rare) {
    searches.push(Prisma.sql`(SELECT s.id, ${COLUMNS}, ${speaker} FROM statements_sharing_lexemes(${rare}::tsquery) c
      JOIN "Statement" s ON s.id = c.id WHERE c."speakerId" = ${speakerId})`);
  }
  for (const [outletId, group] of groupBy(quotes.filter((q) => q.outletId), (q) => q.outletId!)) {
    searches.push(sameOutlet(speakerId, outletId, group.map((q) => q.statement), speaker));
  }
  const withoutOutlet = quotes.filter((q) => !q.outletId);
  const near = anyOf(withoutOutlet.flatMap((q) => windowWords(q.lexemes)));
  const window = windowOf(withoutOutlet.map((q) => q.statement));
  if (near && window) {
    // The speaker's days first, then their words (OFFSET 0 keeps the word test out of the scan): the
    // planner otherwise intersects the days with the search index's every statement holding one of the
    // words, tens of thousands for a handful of everyday ones (decision 0220).
    searches.push(Prisma.sql`(SELECT w.id, w.date, w."datePrecision", w.topics, ${speaker} FROM (${windowRows(speakerId, window)} OFFSET 0) w
      WHERE w."searchVector" @@ ${near}::tsquery LIMIT ${CANDIDATES_PER_SPEAKER})`);
  }
  if (near && withoutOutlet.some((q) => !q.statement.date)) {
    searches.push(Prisma.sql`(SELECT recent.id, recent.date, recent."datePrecision", recent.topics, ${speaker} FROM (SELECT s.id, ${COLUMNS}, s."searchVector" FROM "Statement" s WHERE s."speakerId" = ${speakerId}
      ORDER BY coalesce(s.date, '-infinity'::date) DESC, s."createdAt" DESC, s.id DESC LIMIT ${RECENT_PER_SPEAKER}) recent
      WHERE recent."searchVector" @@ ${near}::tsquery)`);
  }
  return searches;
}

/**
 * The speaker's statements published or cited by the outlet that received the new quotes, on compatible
 * dates (and undated ones); for an undated quote, the newest of them. Through StatementOutlet_list_idx:
 * one outlet's few statements a week, not the speaker's hundreds.
 */
function sameOutlet(speakerId: string, outletId: string, statements: ExtractedStatement[], speaker: Prisma.Sql): Prisma.Sql {
  const from = Prisma.sql`FROM "StatementOutlet" so JOIN "Statement" s ON s.id = so."statementId" WHERE so."outletId" = ${outletId} AND s."speakerId" = ${speakerId}`;
  const dates = compatibleDates(statements, Prisma.sql`so."sortDate"`);
  if (dates && statements.every((s) => s.date)) {
    return Prisma.sql`(SELECT s.id, ${COLUMNS}, ${speaker} ${from} AND (so."sortDate" = '-infinity' OR ${dates}) LIMIT ${CANDIDATES_PER_SPEAKER})`;
  }
  return Prisma.sql`(SELECT s.id, ${COLUMNS}, ${speaker} ${from} ORDER BY so."sortDate" DESC, so."createdAt" DESC LIMIT ${RECENT_PER_SPEAKER})`;
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

const DAY_MS = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const dayOf = (value: string) => Date.parse(`${value.length === 4 ? `${value}-01-01` : value.length === 7 ? `${value}-01` : value}T00:00:00Z`);

/** The dates a stored statement may have to be compared with some dated new quotes: single days and day ranges, apart. */
interface DateWindow {
  /** Days outside every range (the 1st of a month or of January). */
  days: string[];
  ranges: [number, number][];
}

/**
 * The dated statements whose dates `compatibleDates` (src/domain/cluster) could accept for one of the
 * dated new quotes, as a few short ranges of the speaker's days: for a new day, three days either side,
 * the first of each month within 31 days (month-dated ones are stored on the 1st) and the 1st of January
 * (year-dated ones); for a new month, 31 days either side and the 1st of January; for a new year, that
 * year. Null when no new quote is dated (undated stored statements are found by words).
 */
function windowOf(statements: ExtractedStatement[]): DateWindow | null {
  const dated = statements.filter((s) => s.date);
  if (!dated.length) return null;
  const ranges: [number, number][] = [];
  const days = new Set<string>();
  for (const s of dated) {
    const day = dayOf(s.date!);
    const year = new Date(day).getUTCFullYear();
    days.add(`${year}-01-01`);
    if (s.datePrecision === "year") ranges.push([day, Date.UTC(year, 11, 31)]);
    else if (s.datePrecision === "month") ranges.push([day - 31 * DAY_MS, day + 31 * DAY_MS]);
    else {
      ranges.push([day - 3 * DAY_MS, day + 3 * DAY_MS]);
      for (let d = day - 31 * DAY_MS; d <= day + 31 * DAY_MS; d += DAY_MS) if (new Date(d).getUTCDate() === 1) days.add(isoDay(d));
      days.add(`${isoDay(day).slice(0, 7)}-01`);
    }
  }
  const merged = mergeRanges(ranges);
  const inRange = (day: string) => merged.some(([lo, hi]) => dayOf(day) >= lo && dayOf(day) <= hi);
  return { days: [...days].filter((day) => !inRange(day)), ranges: merged };
}

/** The window as one condition on `date` (a statement's date, or StatementOutlet's sort date). */
function compatibleDates(statements: ExtractedStatement[], date: Prisma.Sql): Prisma.Sql | null {
  const window = windowOf(statements);
  return window && datesIn(window, date);
}

function datesIn({ days, ranges }: DateWindow, date: Prisma.Sql): Prisma.Sql {
  const within = ranges.map(([lo, hi]) => Prisma.sql`${date} BETWEEN ${isoDay(lo)}::date AND ${isoDay(hi)}::date`);
  return Prisma.sql`(${Prisma.join([...(days.length ? [Prisma.sql`${date} = ANY(${days}::date[])`] : []), ...within], " OR ")})`;
}

/**
 * A search vector this short (as text) is kept in Statement_speaker_window_idx with the columns a
 * candidate needs (migration 0025), so the window is read from the index alone, a few dozen pages, not one
 * heap page per statement; longer ones (a btree entry holds at most 2,704 bytes) have an index of their own.
 */
const NARROW = Prisma.sql`octet_length(s."searchVector"::text) <= 1200`;
const WIDE = Prisma.sql`octet_length(s."searchVector"::text) > 1200`;

/**
 * The speaker's statements in the window with their vectors (scale, decision 0410): one index range per
 * range of days (and one for the single days), each an index-only scan, which a condition ORing the ranges
 * cannot be (it is a bitmap scan, and reads the rows); then the few with long vectors. The parts are disjoint.
 */
function windowRows(speakerId: string, window: DateWindow): Prisma.Sql {
  const rows = (size: Prisma.Sql, dates: Prisma.Sql) => Prisma.sql`(SELECT s.id, ${COLUMNS}, s."searchVector" FROM "Statement" s
      WHERE s."speakerId" = ${speakerId} AND s.date IS NOT NULL AND ${size} AND ${dates})`;
  const parts = [
    ...(window.days.length ? [rows(NARROW, Prisma.sql`s.date = ANY(${window.days}::date[])`)] : []),
    ...window.ranges.map(([lo, hi]) => rows(NARROW, Prisma.sql`s.date BETWEEN ${isoDay(lo)}::date AND ${isoDay(hi)}::date`)),
    rows(WIDE, datesIn(window, Prisma.sql`s.date`)),
  ];
  return Prisma.join(parts, " UNION ALL ");
}

function mergeRanges(ranges: [number, number][]): [number, number][] {
  const merged: [number, number][] = [];
  for (const [lo, hi] of [...ranges].sort((a, b) => a[0] - b[0])) {
    const last = merged[merged.length - 1];
    if (last && lo <= last[1] + DAY_MS) last[1] = Math.max(last[1], hi);
    else merged.push([lo, hi]);
  }
  return merged;
}
