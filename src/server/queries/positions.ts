// Positions per person (issue #11, decision 0070). Reads the PositionDay aggregates (migration 0006), one row
// per speaker, topic, day and stance, and those derived from them (migration 0018, decision 0230):
// PositionMonth (the same per month), PositionChange (every change of position) and PositionBin (the same
// per 8-day bin of a year, migration 0020, decision 0275), never every statement: the chart's marks are
// binned in SQL to the width of a mark (a year view's read as stored), changes are read latest first from an index,
// and only the statements a mark or a change links to are looked up by id.
import "server-only";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import {
  binDays,
  dayNumber,
  drawnRow,
  groupsBySpeaker,
  isoDayOf,
  isNatoOfficial,
  lastDayOf,
  periodContaining,
  periodOf,
  type ChartScale,
  type DrawnRow,
  type Mark,
  type Period,
  type PositionChange,
  type PositionStance,
  type StanceGroup,
  type TakenStance,
  type Zoom,
} from "@/domain/positions";
import type { PositionsFilter } from "@/schemas/positionsFilter";
import { getReadDb } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import type { PositionChangeView, PositionMarkView, PositionRowView, PositionsView, SpeakerPositions, SpeakerTopicPosition, StatementRefView } from "./positionTypes";
import { isoDate } from "./statementSummary";
import type { SpeakerRoleView, StanceTopicValue } from "./types";

/** Drawing width of a row and the diameter of a mark, in SVG user units. */
export const CHART_WIDTH = 800;
export const MARK_SIZE = 16;
/**
 * Rows per group (NATO officials, others) and page, the speakers with the most statements in the period
 * first; later pages hold the rest. Forty rows of a million statements made a 336 kB page, most of its
 * render time (decision 0165).
 */
export const MAX_ROWS = 10;
/**
 * Changes listed per topic on a speaker page (the latest); the rest are counted, and the positions chart
 * of the speaker lists them period by period. Sixty changes with both quotes were half of the busiest
 * speaker's page (decision 0165).
 */
export const MAX_SPEAKER_CHANGES = 5;
/**
 * Changes drawn and listed per row of /positions (the latest in the window); the rest are counted. At a
 * million statements a year of a prolific speaker held hundreds, and forty rows of them with both
 * statements' quotes ran the server out of memory.
 */
export const MAX_ROW_CHANGES = 12;
/**
 * Changes drawn and listed per crowded row (more marks than fit across it, drawn as stance lanes) when no
 * speakers are compared: forty such rows with twelve changes each, both statements quoted, were most of
 * a page of hundreds of kilobytes (and their latest changes fall on one spot of a year's axis anyway). The row's own view (compare) shows MAX_ROW_CHANGES.
 */
export const CROWDED_ROW_CHANGES = 2;
const STANCE_TOPICS: StanceTopicValue[] = ["troops", "negotiations", "membership"];

interface SpeakerRow {
  id: string;
  slug: string;
  name: string;
  roles: SpeakerRoleView[];
}

type Db = PrismaClient;

/** A speaker with their roles (dates as "YYYY-MM-DD", one JSON array), by slug; null when there is none. */
async function speakerBySlug(db: Db, slug: string): Promise<SpeakerRow | null> {
  const [row] = await db.$queryRaw<{ id: string; slug: string; name: string; roles: [string, string | null, string | null][] }[]>`
    SELECT sp.id, sp.slug, sp.name,
           coalesce((SELECT json_agg(json_build_array(r.title, r."startDate", r."endDate") ORDER BY r."startDate" NULLS FIRST, r.id)
                       FROM "SpeakerRole" r WHERE r."speakerId" = sp.id), '[]') AS roles
      FROM "Speaker" sp WHERE sp.slug = ${slug}`;
  return row ? { id: row.id, slug: row.slug, name: row.name, roles: row.roles.map(([title, startDate, endDate]) => ({ title, startDate, endDate })) } : null;
}

/** The first month of a period and the first after it, as SQL. */
interface MonthsSql {
  start: Prisma.Sql;
  end: Prisma.Sql;
}

const periodMonths = (period: Period): MonthsSql => ({ start: Prisma.sql`${period.start}::date`, end: Prisma.sql`${period.end}::date` });

/** The calendar period at `zoom` holding the last day `range` returns (periodContaining's rule, in SQL). */
function latestPeriodMonths(zoom: Zoom, range: Prisma.Sql): MonthsSql {
  const [unit, length] = ({ year: ["year", "1 year"], quarter: ["quarter", "3 months"], month: ["month", "1 month"] } as const)[zoom];
  const start = Prisma.sql`date_trunc('${Prisma.raw(unit)}', (SELECT last FROM (${range}) r)::timestamp)`;
  return { start: Prisma.sql`${start}::date`, end: Prisma.sql`(${start} + interval '${Prisma.raw(length)}')::date` };
}

/**
 * Statements per speaker on `topic` over whole months [start, end) from PositionMonth, with each speaker's
 * name and roles (as speakerBySlug) and the period's first day: the rows /positions ranks and classes as
 * NATO officials or not.
 */
async function speakerTotals(db: Db, topic: StanceTopicValue, months: MonthsSql, speakerClause: Prisma.Sql): Promise<(SpeakerRow & { n: number; periodStart: string })[]> {
  const rows = await db.$queryRaw<{ id: string; slug: string; name: string; n: number; periodStart: Date; roles: [string, string | null, string | null][] }[]>`
    SELECT sp.id, sp.slug, sp.name, t.n, ${months.start} AS "periodStart",
           coalesce((SELECT json_agg(json_build_array(r.title, r."startDate", r."endDate") ORDER BY r."startDate" NULLS FIRST, r.id)
                       FROM "SpeakerRole" r WHERE r."speakerId" = sp.id), '[]') AS roles
      FROM (SELECT "speakerId", sum(n)::int AS n FROM "PositionMonth"
             WHERE topic = ${topic}::"Topic" AND month >= ${months.start} AND month < ${months.end} ${speakerClause}
             GROUP BY "speakerId") t
      JOIN "Speaker" sp ON sp.id = t."speakerId"`;
  return rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    name: r.name,
    n: r.n,
    periodStart: isoDate(r.periodStart) as string,
    roles: r.roles.map(([title, startDate, endDate]) => ({ title, startDate, endDate })),
  }));
}

/** The statements marks and changes link to, with their evidence on the topic. */
async function statementRefs(db: Db, topic: StanceTopicValue, ids: string[]): Promise<Map<string, StatementRefView>> {
  if (ids.length === 0) return new Map();
  const rows = await db.$queryRaw<{ id: string; quote: string; date: Date | null; datePrecision: StatementRefView["datePrecision"]; evidence: string | null }[]>`
    SELECT s.id, s.quote, s.date, s."datePrecision"::text AS "datePrecision", st.evidence
      FROM "Statement" s LEFT JOIN "StatementStance" st ON st."statementId" = s.id AND st.topic = ${topic}::"Topic"
     WHERE s.id = ANY(${[...new Set(ids)]})`;
  return new Map(rows.map((r) => [r.id, { id: r.id, quote: r.quote, date: isoDate(r.date), datePrecision: r.datePrecision, evidence: r.evidence }]));
}



/** As statementRefs, for several topics at once: per topic, its statements with their evidence on it. */
async function statementRefsOnTopics(db: Db, wanted: { topic: StanceTopicValue; ids: string[] }[]): Promise<Map<StanceTopicValue, Map<string, StatementRefView>>> {
  const pairs = wanted.flatMap(({ topic, ids }) => [...new Set(ids)].map((id) => [topic, id] as const));
  const byTopic = new Map<StanceTopicValue, Map<string, StatementRefView>>();
  if (pairs.length === 0) return byTopic;
  const rows = await db.$queryRaw<{ topic: StanceTopicValue; id: string; quote: string; date: Date | null; datePrecision: StatementRefView["datePrecision"]; evidence: string | null }[]>`
    SELECT w.topic::text AS topic, s.id, s.quote, s.date, s."datePrecision"::text AS "datePrecision", st.evidence
      FROM unnest(${pairs.map(([topic]) => topic)}::"Topic"[], ${pairs.map(([, id]) => id)}::text[]) AS w(topic, id)
      JOIN "Statement" s ON s.id = w.id
      LEFT JOIN "StatementStance" st ON st."statementId" = s.id AND st.topic = w.topic`;
  for (const r of rows) {
    const refs = byTopic.get(r.topic) ?? byTopic.set(r.topic, new Map()).get(r.topic)!;
    refs.set(r.id, { id: r.id, quote: r.quote, date: isoDate(r.date), datePrecision: r.datePrecision, evidence: r.evidence });
  }
  return byTopic;
}

function markViews(marks: Mark[], refs: Map<string, StatementRefView>): PositionMarkView[] {
  return marks.map((m) => ({ stance: m.stance, firstDay: m.firstDay, lastDay: m.lastDay, n: m.n, x: m.x, level: m.level, statement: m.n === 1 && m.latestId ? (refs.get(m.latestId) ?? null) : null }));
}

/**
 * A row's marks as the page draws them: a crowded row as its stance lanes (a few stretches each), any
 * other row, or every row of a table (`everyMark`), mark by mark with its statement. At a million
 * statements every shown row is crowded: its lanes are made straight from the groups (`drawnRow`), with no
 * mark objects (decisions 0305, 0335).
 */
function drawnMarks(row: DrawnRow, refs: Map<string, StatementRefView>): Pick<PositionRowView, "marks" | "lanes"> {
  return row.lanes ? { marks: [], lanes: row.lanes } : { marks: markViews(row.marks, refs), lanes: null };
}

function changeViews(changes: PositionChange[], refs: Map<string, StatementRefView>): PositionChangeView[] {
  return changes.flatMap((c) => {
    const before = refs.get(c.before.id);
    const after = refs.get(c.after.id);
    return before && after ? [{ from: c.from, to: c.to, before, after }] : [];
  });
}

const idsOfMarks = (marks: Iterable<Mark[]>) => [...marks].flatMap((list) => list.flatMap((m) => (m.n === 1 && m.latestId ? [m.latestId] : [])));
const idsOfChanges = (changes: Iterable<PositionChange[]>) => [...changes].flatMap((list) => list.flatMap((c) => [c.before.id, c.after.id]));

/** The positions chart of one topic over one period: a row per speaker, NATO officials first. */
export async function positionsView(filter: PositionsFilter, options: { db?: Db } = {}): Promise<PositionsView> {
  const db = options.db ?? getReadDb();
  const topic = filter.topic;
  const compared = filter.speaker.length
    ? await db.speaker.findMany({ where: { slug: { in: filter.speaker } }, select: { id: true, slug: true, name: true } })
    : [];
  const unknownSpeakers = filter.speaker.filter((slug) => !compared.some((s) => s.slug === slug));
  const onlyIds = compared.length ? compared.map((s) => s.id) : null;
  const speakerClause = onlyIds ? Prisma.sql`AND "speakerId" = ANY(${onlyIds})` : Prisma.empty;

  const rangeQuery = onlyIds
    ? Prisma.sql`
        SELECT min(ends.first) AS first, max(ends.last) AS last FROM unnest(${onlyIds}::text[]) AS sid(id)
         CROSS JOIN LATERAL (SELECT min(day) AS first, max(day) AS last FROM "PositionDay" WHERE "speakerId" = sid.id AND topic = ${topic}::"Topic") ends`
    : Prisma.sql`SELECT min(day) AS first, max(day) AS last FROM "PositionDay" WHERE topic = ${topic}::"Topic"`;
  // Statements per speaker first (hundreds of rows), so that marks are binned for the shown rows only. A
  // period is whole months: its month rows (~14,000 for a topic-year at a million statements, not ~64,000
  // day rows) give the exact sums; the speakers' names and roles come in the same statement. Without at=,
  // the period is the one holding the latest day: the totals work it out from the range themselves
  // (date_trunc to the zoom), so they need not wait for it; they are asked again in the rare case that
  // the range read beside them disagrees (an import between the two).
  const atPeriod = filter.at ? periodOf(filter.zoom, filter.at) : null;
  const [[range], guessed] = await Promise.all([
    db.$queryRaw<{ first: Date | null; last: Date | null }[]>(rangeQuery),
    speakerTotals(db, topic, atPeriod ? periodMonths(atPeriod) : latestPeriodMonths(filter.zoom, rangeQuery), speakerClause),
  ]);
  const dataRange = range?.first && range.last ? { from: isoDate(range.first) as string, to: isoDate(range.last) as string } : null;
  const period = atPeriod ?? periodContaining(filter.zoom, dataRange?.to ?? new Date().toISOString().slice(0, 10));
  const scale: ChartScale = { start: period.start, end: period.end, width: CHART_WIDTH, markSize: MARK_SIZE };
  const bin = binDays(scale);
  const agrees = atPeriod || (guessed.length ? guessed[0].periodStart === period.start : !dataRange);
  const totals = agrees ? guessed : await speakerTotals(db, topic, periodMonths(period), speakerClause);
  const counts = new Map(totals.map((t) => [t.id, t.n]));
  const speakers = new Map(totals.map((t) => [t.id, t]));
  const span = { from: period.start, to: lastDayOf(period) };
  const ordered = [...speakers.values()].sort((a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0) || a.name.localeCompare(b.name));
  const natoAll = ordered.filter((s) => isNatoOfficial(s.roles, span));
  const othersAll = onlyIds || !filter.others ? ordered.filter((s) => !isNatoOfficial(s.roles, span)) : [];
  const page = onlyIds ? 1 : filter.page; // compared speakers (at most MAX_COMPARED) fit on one page
  const first = (page - 1) * MAX_ROWS;
  const natoShown = natoAll.slice(first, first + MAX_ROWS);
  const othersShown = othersAll.slice(first, first + MAX_ROWS);
  const shown = [...natoShown, ...othersShown];
  const shownIds = shown.map((s) => s.id);

  // Marks (one group per shown speaker, stance and bin of days a mark wide) and changes, side by side. The
  // statements of each row's latest changes, drawn whether the row is crowded or not, are looked up as soon
  // as the changes are known, while the marks are still being binned.
  const changesRead = windowChanges(db, topic, period.start, period.end, shownIds, MAX_ROW_CHANGES);
  const [groups, changes, earlyRefs] = await Promise.all([
    shownIds.length ? shownGroups(db, topic, period, bin, shownIds) : [],
    changesRead,
    changesRead.then((read) => statementRefs(db, topic, idsOfChanges([...read.values()].map((c) => c.latest.slice(-CROWDED_ROW_CHANGES))))),
  ]);
  const bySpeaker = groupsBySpeaker(groups);
  const drawn = new Map(shownIds.map((id) => [id, drawnRow(bySpeaker.get(id) ?? [], scale, filter.view === "table")]));

  const changesDrawn = (id: string) => (!onlyIds && drawn.get(id)?.crowded ? CROWDED_ROW_CHANGES : MAX_ROW_CHANGES);
  const latestChanges = new Map([...changes].map(([id, { latest }]) => [id, latest.slice(-changesDrawn(id))]));
  // A crowded row's marks are drawn as stance lanes that link to a list, never to one statement: only the
  // marks of the other rows need their statement, and the earlier changes they draw (at a million statements
  // every shown row is crowded, and this second lookup is left out). The table lists every mark with its statement.
  const linkedMarks = shown.map((s) => drawn.get(s.id)?.marks ?? []);
  const missing = [...idsOfMarks(linkedMarks), ...idsOfChanges(latestChanges.values())].filter((id) => !earlyRefs.has(id));
  const refs = new Map([...earlyRefs, ...(await statementRefs(db, topic, missing))]);
  const row = (s: SpeakerRow, nato: boolean): PositionRowView => ({
    speaker: { slug: s.slug, name: s.name, nato },
    ...drawnMarks(drawn.get(s.id) as DrawnRow, refs),
    changes: changeViews(latestChanges.get(s.id) ?? [], refs),
    changeCount: changes.get(s.id)?.count ?? 0,
    statements: counts.get(s.id) ?? 0,
  });

  return {
    topic,
    period,
    scale,
    dataRange,
    nato: natoShown.map((s) => row(s, true)),
    others: othersShown.map((s) => row(s, false)),
    othersHidden: !onlyIds && filter.others === "hide",
    page,
    notShown: { nato: Math.max(0, natoAll.length - first - MAX_ROWS), others: Math.max(0, othersAll.length - first - MAX_ROWS) },
    shownBefore: { nato: Math.min(first, natoAll.length), others: Math.min(first, othersAll.length) },
    compared: compared.map((s) => ({ slug: s.slug, name: s.name })),
    unknownSpeakers,
  };
}

/** A PositionChange row as the reads select it. */
interface ChangeRow {
  fromStance: TakenStance;
  stance: TakenStance;
  beforeId: string;
  beforeDay: Date;
  firstId: string;
  day: Date;
}

const changeOf = (r: ChangeRow): PositionChange => ({ from: r.fromStance, to: r.stance, before: { id: r.beforeId, day: isoDate(r.beforeDay) as string }, after: { id: r.firstId, day: isoDate(r.day) as string } });

/**
 * Per speaker, the latest `limit` changes whose later statement falls in [start, end), oldest first, and how
 * many there are in all: a backward scan of `PositionChange_key` and an index-only count per speaker. Pairing
 * every stance day of the shown speakers with window functions was most of the page (decisions 0165, 0230).
 */
async function windowChanges(db: Db, topic: StanceTopicValue, start: string, end: string, speakerIds: string[], limit: number): Promise<Map<string, { latest: PositionChange[]; count: number }>> {
  if (speakerIds.length === 0) return new Map();
  const rows = await db.$queryRaw<(ChangeRow & { speakerId: string; total: number })[]>`
    SELECT sid.id AS "speakerId", c."fromStance", c.stance, c."beforeId", c."beforeDay", c."firstId", c.day, counted.total
      FROM unnest(${speakerIds}::text[]) AS sid(id)
      CROSS JOIN LATERAL (
        SELECT count(*)::int AS total FROM "PositionChange"
         WHERE "speakerId" = sid.id AND topic = ${topic}::"Topic" AND day >= ${start}::date AND day < ${end}::date) counted
      CROSS JOIN LATERAL (
        SELECT day, "firstAt", "firstId", stance, "fromStance", "beforeId", "beforeDay" FROM "PositionChange"
         WHERE "speakerId" = sid.id AND topic = ${topic}::"Topic" AND day >= ${start}::date AND day < ${end}::date
         ORDER BY day DESC, "firstAt" DESC, "firstId" COLLATE "C" DESC LIMIT ${limit}) c
     ORDER BY 1, c.day, c."firstAt", c."firstId" COLLATE "C"`;
  const bySpeaker = new Map<string, { latest: PositionChange[]; count: number }>();
  for (const r of rows) {
    const entry = bySpeaker.get(r.speakerId);
    if (entry) entry.latest.push(changeOf(r));
    else bySpeaker.set(r.speakerId, { latest: [changeOf(r)], count: r.total });
  }
  return bySpeaker;
}

/**
 * One speaker's latest `limit` changes per topic (a backward scan of `PositionChange_key`), their number,
 * and the current position: the stance-bearing day rows from the latest change on (or every one, without a
 * change), whose first day is "since" and whose statements are summed. A few dozen rows whatever the
 * speaker said; ordering the busiest speaker's ~15,000 stance days with window functions took most of
 * the page (decisions 0165, 0230).
 */
async function speakerChangesAndCurrent(db: Db, speakerId: Prisma.Sql, limit: number) {
  const rows = await db.$queryRaw<
    (Omit<ChangeRow, "fromStance" | "beforeId" | "beforeDay"> & { kind: "change" | "current"; topic: StanceTopicValue; fromStance: TakenStance | null; beforeId: string | null; beforeDay: Date | null; lastDay: Date; n: number; total: number })[]
  >`
    SELECT t.topic::text AS topic, c.kind, c."fromStance", c.stance, c."beforeId", c."beforeDay", c."firstId", c.day, c."lastDay", c.n, counted.total
      FROM unnest(${STANCE_TOPICS}::"Topic"[]) AS t(topic)
      CROSS JOIN LATERAL (SELECT count(*)::int AS total FROM "PositionChange" WHERE "speakerId" = ${speakerId} AND topic = t.topic) counted
      CROSS JOIN LATERAL (
        WITH latest AS (
          SELECT day, "firstAt", "firstId", stance, "fromStance", "beforeId", "beforeDay" FROM "PositionChange"
           WHERE "speakerId" = ${speakerId} AND topic = t.topic
           ORDER BY day DESC, "firstAt" DESC, "firstId" COLLATE "C" DESC LIMIT ${limit}
        ), since AS (SELECT day, "firstAt", "firstId" FROM latest ORDER BY day DESC, "firstAt" DESC, "firstId" COLLATE "C" DESC LIMIT 1),
        run AS (
          SELECT d.day, d."firstAt", d."firstId", d.stance, d.n, d."lastId" FROM "PositionDay" d
           WHERE d."speakerId" = ${speakerId} AND d.topic = t.topic AND d.stance <> 'neutral'
             AND d.day >= coalesce((SELECT day FROM since), '-infinity'::date)
             AND NOT EXISTS (SELECT 1 FROM since WHERE (d.day, d."firstAt", d."firstId" COLLATE "C") < (since.day, since."firstAt", since."firstId"))
        )
        SELECT 'change' AS kind, "fromStance", stance, "beforeId", "beforeDay", "firstId", day, "firstAt", day AS "lastDay", 0 AS n FROM latest
        UNION ALL
        SELECT 'current', NULL, min(stance), NULL, NULL, (array_agg("lastId" ORDER BY day DESC, "firstAt" DESC, "firstId" COLLATE "C" DESC))[1], min(day), NULL, max(day), sum(n)::int
          FROM run HAVING count(*) > 0
      ) c
     ORDER BY 1, c.kind, c.day, c."firstAt", c."firstId" COLLATE "C"`;
  const changes = rows
    .filter((r) => r.kind === "change")
    .map((r) => ({ topic: r.topic, change: changeOf(r as ChangeRow) }));
  const current = new Map(
    rows
      .filter((r) => r.kind === "current")
      .map((r) => [r.topic, { stance: r.stance, since: isoDate(r.day) as string, latestDay: isoDate(r.lastDay) as string, statements: r.n, latestId: r.firstId, changeCount: r.total }]),
  );
  return { changes, current };
}

/** A group of marks as the SQL sends it: key, stance, first and last day as days after the scale's start, statements, the statement when there is one. */
type GroupTuple = [string, PositionStance, number, number, number, string | null];

/**
 * Groups arrive as one JSON array (decision 0230): converting thousands of rows of dates cell by cell
 * through the driver was a fifth of a cold /positions' CPU; V8 parses the same numbers in a millisecond.
 */
function groupsOf(rows: { groups: GroupTuple[] | null }[], start: string): (StanceGroup & { key: string })[] {
  const origin = dayNumber(start);
  const days = new Map<number, string>(); // a few hundred distinct days for thousands of groups
  const dayOf = (offset: number) => days.get(offset) ?? days.set(offset, isoDayOf(origin + offset)).get(offset)!;
  return (rows[0]?.groups ?? []).map(([key, stance, first, last, n, latestId]) => ({ key, speakerId: key, stance, firstDay: dayOf(first), lastDay: dayOf(last), n, latestId }));
}

/**
 * PositionDay rows summed per key (speaker or topic), stance and bin of `bin` days from `start`: the
 * groups the chart's marks are made of, never more than one per mark width.
 */
async function binnedGroups(db: Db, key: "speakerId" | "topic", where: Prisma.Sql, start: string, bin: number): Promise<(StanceGroup & { key: string })[]> {
  const rows = await db.$queryRaw<{ groups: GroupTuple[] | null }[]>`
    SELECT json_agg(json_build_array(key, stance, first, last, n, "latestId")) AS groups FROM (
      SELECT ${Prisma.raw(`"${key}"::text`)} AS key, stance, min(day) - ${start}::date AS first, max(day) - ${start}::date AS last, sum(n)::int AS n,
             CASE WHEN sum(n) = 1 THEN min("lastId") END AS "latestId"
        FROM "PositionDay"
       WHERE ${where}
       GROUP BY 1, stance, (day - ${start}::date) / ${bin}::int) g`;
  return groupsOf(rows, start);
}

/**
 * The year view's bins (8 days from 1 January) are stored in PositionBin (migration 0020, decision 0275):
 * ~3,400 rows for the shown speakers of a topic-year instead of ~20,500 day rows binned per request. Any
 * other bin (quarter and month zooms) is binned from the day rows.
 */
const STORED_BIN_DAYS = 8;

async function shownGroups(db: Db, topic: StanceTopicValue, period: Period, bin: number, shownIds: string[]): Promise<(StanceGroup & { key: string })[]> {
  if (period.zoom !== "year" || bin !== STORED_BIN_DAYS) {
    return binnedGroups(db, "speakerId", Prisma.sql`topic = ${topic}::"Topic" AND day >= ${period.start}::date AND day < ${period.end}::date AND "speakerId" = ANY(${shownIds})`, period.start, bin);
  }
  const rows = await db.$queryRaw<{ groups: GroupTuple[] | null }[]>`
    SELECT json_agg(json_build_array("speakerId", stance, "firstDay" - ${period.start}::date, "lastDay" - ${period.start}::date, n,
                                     CASE WHEN n = 1 THEN "lastId" END)) AS groups
      FROM "PositionBin"
     WHERE topic = ${topic}::"Topic" AND "speakerId" = ANY(${shownIds}) AND bin >= ${period.start}::date AND bin < ${period.end}::date`;
  return groupsOf(rows, period.start);
}

/**
 * Marks wider than half a month are binned by whole months from PositionMonth (a few hundred rows for a
 * speaker's whole span instead of ~20,000 day rows at a million statements, decision 0230); the
 * clustering of `aggregateMarks` still merges marks closer than a mark's width. Narrower marks (a span of
 * under about two years) are binned by days from PositionDay, as on /positions.
 */
const MONTH_BIN_FROM_DAYS = 15;

async function speakerGroups(db: Db, speakerId: string, scale: ChartScale): Promise<(StanceGroup & { key: string })[]> {
  const days = binDays(scale);
  if (days < MONTH_BIN_FROM_DAYS) return binnedGroups(db, "topic", Prisma.sql`"speakerId" = ${speakerId}`, scale.start, days);
  const months = Math.max(1, Math.round(days / 30.44));
  const firstMonth = Number(scale.start.slice(0, 4)) * 12 + Number(scale.start.slice(5, 7));
  const rows = await db.$queryRaw<{ groups: GroupTuple[] | null }[]>`
    SELECT json_agg(json_build_array(key, stance, first, last, n, "latestId")) AS groups FROM (
      SELECT topic::text AS key, stance, min("firstDay") - ${scale.start}::date AS first, max("lastDay") - ${scale.start}::date AS last, sum(n)::int AS n,
             CASE WHEN sum(n) = 1 THEN min("lastId") END AS "latestId"
        FROM "PositionMonth"
       WHERE "speakerId" = ${speakerId} AND topic = ANY(${STANCE_TOPICS}::"Topic"[])
       GROUP BY 1, stance, (extract(year FROM month)::int * 12 + extract(month FROM month)::int - ${firstMonth}::int) / ${months}::int) g`;
  return groupsOf(rows, scale.start);
}

/**
 * A speaker's position on each topic: the current one, the latest changes (and how many in all), and a
 * row over their whole span. Everything is aggregated in SQL (marks binned to a mark's width, changes
 * and the current run from window functions), so the page costs the same for one statement or 200,000.
 */
export async function speakerPositions(slug: string, options: { db?: Db } = {}): Promise<SpeakerPositions> {
  const db = options.db ?? getReadDb();
  // The speaker's id as a subquery, so that the first three reads need not wait for a lookup of it.
  const speakerId = Prisma.sql`(SELECT id FROM "Speaker" WHERE slug = ${slug})`;
  const changesRead = speakerChangesAndCurrent(db, speakerId, MAX_SPEAKER_CHANGES);
  // The statements of the latest changes and of each current position are looked up as soon as those are
  // known, while the marks are binned (as on /positions): a wait fewer in a row (decision 0385).
  const earlyRefsRead = changesRead.then(({ changes, current }) =>
    statementRefsOnTopics(
      db,
      STANCE_TOPICS.map((topic) => {
        const latestId = current.get(topic)?.latestId;
        return { topic, ids: [...idsOfChanges([changes.filter((c) => c.topic === topic).map((c) => c.change)]), ...(latestId ? [latestId] : [])] };
      }),
    ),
  );
  earlyRefsRead.catch(() => undefined); // awaited below once the speaker is found; never an unhandled rejection
  const [self, [range], { changes, current: currents }] = await Promise.all([
    speakerBySlug(db, slug),
    // Per topic, so that each end is one step down PositionDay_speaker_idx (speakerId, topic, day, …), not a
    // pass over the ~20,000 day rows of the busiest speaker.
    db.$queryRaw<{ first: Date | null; last: Date | null }[]>`
      SELECT min(ends.first) AS first, max(ends.last) AS last
        FROM unnest(${STANCE_TOPICS}::"Topic"[]) AS t(topic)
        CROSS JOIN LATERAL (SELECT min(day) AS first, max(day) AS last FROM "PositionDay" WHERE "speakerId" = ${speakerId} AND topic = t.topic) ends`,
    changesRead,
  ]);
  if (!self) throw new NotFoundError("Speaker", slug);
  const speaker = self;
  const span = range?.first && range.last ? { from: isoDate(range.first) as string, to: isoDate(range.last) as string } : null;
  const scale: ChartScale | null = span ? { start: `${span.from.slice(0, 7)}-01`, end: periodContaining("month", span.to).end, width: CHART_WIDTH, markSize: MARK_SIZE } : null;
  const [groups, earlyRefs] = await Promise.all([scale ? speakerGroups(db, speaker.id, scale) : [], earlyRefsRead]);
  const nato = isNatoOfficial(self.roles, span);

  const perTopic = STANCE_TOPICS.map((topic) => {
    const topicGroups = groups.filter((g) => g.key === topic).map((g) => ({ ...g, speakerId: speaker.id }));
    // A crowded row is drawn as stance lanes linked to a list: it has no marks, and they need no statement.
    const drawn = scale ? drawnRow(topicGroups, scale) : { crowded: false, marks: [], lanes: null };
    const latestChanges = changes.filter((c) => c.topic === topic).map((c) => c.change);
    const current = currents.get(topic);
    return { topic, topicGroups, drawn, latestChanges, current, ids: idsOfMarks([drawn.marks]).filter((id) => !earlyRefs.get(topic)?.has(id)) };
  });
  // The statements of the marks drawn one by one, every topic's in one query (none when every row is
  // crowded, as the busiest speakers' are), each with its evidence on that topic.
  const lateRefs = await statementRefsOnTopics(db, perTopic);
  const topics = perTopic.map(({ topic, topicGroups, drawn, latestChanges, current }): SpeakerTopicPosition => {
    const refs = new Map<string, StatementRefView>([...(earlyRefs.get(topic) ?? []), ...(lateRefs.get(topic) ?? [])]);
    const changeCount = current?.changeCount ?? 0;
    const latest = current ? refs.get(current.latestId) : undefined;
    const changeList = changeViews(latestChanges, refs);
    const statements = topicGroups.reduce((n, g) => n + g.n, 0);
    return {
      topic,
      scale,
      row: statements && scale ? { speaker: { slug: self.slug, name: self.name, nato }, ...drawnMarks(drawn, refs), changes: changeList, changeCount, statements } : null,
      current: current && latest ? { stance: current.stance, since: current.since, statements: current.statements, latestDay: current.latestDay, latest } : null,
      changes: changeList,
      changeCount,
    };
  });
  return { speaker: { slug: self.slug, name: self.name, roles: self.roles }, topics };
}
