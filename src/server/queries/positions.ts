// Positions per person (issue #11, decision 0070). Reads the PositionDay aggregates (migration 0006), one row
// per speaker, topic, day and stance, never every statement: the chart's marks are binned in SQL to the
// width of a mark, changes come from the non-neutral day rows of the window plus the last one before it,
// and only the statements a mark or a change links to are looked up by id.
import "server-only";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import {
  aggregateMarks,
  binDays,
  isCrowded,
  isNatoOfficial,
  lastDayOf,
  periodContaining,
  periodOf,
  type ChartScale,
  type Mark,
  type PositionChange,
  type PositionStance,
  type StanceGroup,
  type TakenStance,
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

async function speakersByIds(db: Db, ids: string[]): Promise<Map<string, SpeakerRow>> {
  if (ids.length === 0) return new Map();
  const rows = await db.speaker.findMany({
    where: { id: { in: ids } },
    select: { id: true, slug: true, name: true, roles: { select: { title: true, startDate: true, endDate: true }, orderBy: [{ startDate: { sort: "asc", nulls: "first" } }] } },
  });
  return new Map(
    rows.map((r) => [r.id, { id: r.id, slug: r.slug, name: r.name, roles: r.roles.map((x) => ({ title: x.title, startDate: isoDate(x.startDate), endDate: isoDate(x.endDate) })) }]),
  );
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



function markViews(marks: Mark[], refs: Map<string, StatementRefView>): PositionMarkView[] {
  return marks.map((m) => ({ stance: m.stance, firstDay: m.firstDay, lastDay: m.lastDay, n: m.n, x: m.x, level: m.level, statement: m.n === 1 && m.latestId ? (refs.get(m.latestId) ?? null) : null }));
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

  const [range] = await db.$queryRaw<{ first: Date | null; last: Date | null }[]>`
    SELECT min(day) AS first, max(day) AS last FROM "PositionDay" WHERE topic = ${topic}::"Topic" ${speakerClause}`;
  const dataRange = range?.first && range.last ? { from: isoDate(range.first) as string, to: isoDate(range.last) as string } : null;
  const period = (filter.at ? periodOf(filter.zoom, filter.at) : null) ?? periodContaining(filter.zoom, dataRange?.to ?? new Date().toISOString().slice(0, 10));
  const scale: ChartScale = { start: period.start, end: period.end, width: CHART_WIDTH, markSize: MARK_SIZE };
  const bin = binDays(scale);

  // Statements per speaker first (hundreds of rows), so that marks are binned for the shown rows only.
  const inWindow = Prisma.sql`topic = ${topic}::"Topic" AND day >= ${period.start}::date AND day < ${period.end}::date ${speakerClause}`;
  const totals = await db.$queryRaw<{ speakerId: string; n: number }[]>`
    SELECT "speakerId", sum(n)::int AS n FROM "PositionDay" WHERE ${inWindow} GROUP BY "speakerId"`;
  const counts = new Map(totals.map((t) => [t.speakerId, t.n]));

  const speakers = await speakersByIds(db, [...counts.keys()]);
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

  // Marks: one group per shown speaker, stance and bin of days a mark wide.
  // Marks (one group per shown speaker, stance and bin of days a mark wide) and changes, side by side.
  const [groups, changes] = await Promise.all([
    shownIds.length ? binnedGroups(db, "speakerId", Prisma.sql`${inWindow} AND "speakerId" = ANY(${shownIds})`, period.start, bin) : [],
    windowChanges(db, topic, period.start, period.end, shownIds, MAX_ROW_CHANGES),
  ]);
  const marks = aggregateMarks(groups, scale);

  const changesDrawn = (id: string) => (!onlyIds && isCrowded(marks.get(id) ?? [], scale) ? CROWDED_ROW_CHANGES : MAX_ROW_CHANGES);
  const latestChanges = new Map([...changes].map(([id, { latest }]) => [id, latest.slice(-changesDrawn(id))]));
  const refs = await statementRefs(db, topic, [...idsOfMarks(shown.map((s) => marks.get(s.id) ?? [])), ...idsOfChanges(latestChanges.values())]);
  const row = (s: SpeakerRow, nato: boolean): PositionRowView => ({
    speaker: { slug: s.slug, name: s.name, nato },
    marks: markViews(marks.get(s.id) ?? [], refs),
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

/**
 * Per speaker, the latest `limit` changes whose later statement falls in [start, end), oldest first, and how
 * many there are in all. Each speaker's stance rows of the window are read in the timeline order straight
 * from `PositionDay_speaker_idx`, so `lag()` pairs each with the one before it without sorting (the first
 * row of the window is paired with the last stance row before it); only the changes are then counted and
 * the latest kept by a top-N sort. One sort of every stance day of twenty speakers in a year (~13,000 rows)
 * was most of the query (decision 0165).
 */
async function windowChanges(db: Db, topic: StanceTopicValue, start: string, end: string, speakerIds: string[], limit: number): Promise<Map<string, { latest: PositionChange[]; count: number }>> {
  if (speakerIds.length === 0) return new Map();
  const rows = await db.$queryRaw<{ speakerId: string; fromStance: TakenStance; stance: TakenStance; beforeId: string; beforeDay: Date; firstId: string; day: Date; total: number }[]>`
    SELECT sid.id AS "speakerId", c."fromStance", c.stance, c."beforeId", c."beforeDay", c."firstId", c.day, c.total
      FROM unnest(${speakerIds}::text[]) AS sid(id)
      CROSS JOIN LATERAL (
        WITH taken AS (
          SELECT w.day, w.stance, w."firstId", w."firstAt",
                 coalesce(lag(w.stance) OVER o, prev.stance) AS "fromStance",
                 coalesce(lag(w."lastId") OVER o, prev."lastId") AS "beforeId",
                 coalesce(lag(w.day) OVER o, prev.day) AS "beforeDay"
            FROM "PositionDay" w
            LEFT JOIN LATERAL (
              SELECT p.stance, p."lastId", p.day FROM "PositionDay" p
               WHERE p."speakerId" = sid.id AND p.topic = ${topic}::"Topic" AND p.day < ${start}::date AND p.stance <> 'neutral'
               ORDER BY p.day DESC, p."firstAt" DESC, p."firstId" COLLATE "C" DESC LIMIT 1) prev ON true
           WHERE w."speakerId" = sid.id AND w.topic = ${topic}::"Topic" AND w.day >= ${start}::date AND w.day < ${end}::date AND w.stance <> 'neutral'
          WINDOW o AS (ORDER BY w.day, w."firstAt", w."firstId" COLLATE "C")
        ), changes AS (SELECT * FROM taken WHERE stance <> "fromStance")
        SELECT latest.*, (SELECT count(*)::int FROM changes) AS total
          FROM (SELECT * FROM changes ORDER BY day DESC, "firstAt" DESC, "firstId" COLLATE "C" DESC LIMIT ${limit}) latest
      ) c
     ORDER BY 1, c.day, c."firstAt", c."firstId" COLLATE "C"`;
  const bySpeaker = new Map<string, { latest: PositionChange[]; count: number }>();
  for (const r of rows) {
    const change: PositionChange = { from: r.fromStance, to: r.stance, before: { id: r.beforeId, day: isoDate(r.beforeDay) as string }, after: { id: r.firstId, day: isoDate(r.day) as string } };
    const entry = bySpeaker.get(r.speakerId);
    if (entry) entry.latest.push(change);
    else bySpeaker.set(r.speakerId, { latest: [change], count: r.total });
  }
  return bySpeaker;
}

/**
 * One speaker's stance-bearing days (PositionDay rows without 'neutral') per topic, read in the timeline
 * order straight from PositionDay_speaker_idx, each with the stance before it (`lag()`, no sort) and its
 * place `seq`. A change is a row whose stance differs from the one before: the latest `limit` come from a
 * top-N sort of the changes, `total` counts them all, and the current position is the run of rows from
 * the latest change on (or every row, without a change). So a speaker page gets a few dozen rows back
 * whatever the speaker said (the most prolific holds ~15,000 stance days at a million statements).
 * Three window passes over every row (lag, a running count of changes, its maximum) were the slowest part
 * of the page (decision 0165).
 */
async function speakerChangesAndCurrent(db: Db, speakerId: string, limit: number) {
  const rows = await db.$queryRaw<
    { kind: "change" | "current"; topic: StanceTopicValue; fromStance: TakenStance | null; stance: TakenStance; beforeId: string | null; beforeDay: Date | null; id: string; day: Date; lastDay: Date; n: number; seq: number; total: number }[]
  >`
    SELECT c.kind, t.topic::text AS topic, c."fromStance", c.stance, c."beforeId", c."beforeDay", c.id, c.day, c."lastDay", c.n, c.seq::int AS seq, c.total
      FROM unnest(${STANCE_TOPICS}::"Topic"[]) AS t(topic)
      CROSS JOIN LATERAL (
        WITH taken AS (
          SELECT day, stance, n, "firstId", "lastId",
                 lag(stance) OVER o AS "fromStance", lag("lastId") OVER o AS "beforeId", lag(day) OVER o AS "beforeDay", row_number() OVER o AS seq
            FROM "PositionDay" WHERE "speakerId" = ${speakerId} AND topic = t.topic AND stance <> 'neutral'
          WINDOW o AS (ORDER BY day, "firstAt", "firstId" COLLATE "C")
        ), changes AS (SELECT * FROM taken WHERE stance <> "fromStance"),
        latest AS (SELECT * FROM changes ORDER BY seq DESC LIMIT ${limit}),
        counted AS (SELECT count(*)::int AS total FROM changes)
        SELECT 'change' AS kind, "fromStance", stance, "beforeId", "beforeDay", "firstId" AS id, day, day AS "lastDay", n, seq, counted.total
          FROM latest, counted
        UNION ALL
        SELECT 'current', NULL, min(taken.stance), NULL, NULL, (array_agg("lastId" ORDER BY seq DESC))[1], min(day), max(day), sum(n)::int, max(seq), min(counted.total)
          FROM taken, counted WHERE taken.seq >= coalesce((SELECT max(seq) FROM latest), 1)
        HAVING count(*) > 0
      ) c`;
  const changes = rows
    .filter((r) => r.kind === "change")
    .sort((a, b) => a.seq - b.seq)
    .map((r) => ({ topic: r.topic, change: { from: r.fromStance as TakenStance, to: r.stance, before: { id: r.beforeId as string, day: isoDate(r.beforeDay) as string }, after: { id: r.id, day: isoDate(r.day) as string } } }))
;
  const current = new Map(
    rows
      .filter((r) => r.kind === "current")
      .map((r) => [r.topic, { stance: r.stance, since: isoDate(r.day) as string, latestDay: isoDate(r.lastDay) as string, statements: r.n, latestId: r.id, changeCount: r.total }]),
  );
  return { changes, current };
}

/**
 * PositionDay rows summed per key (speaker or topic), stance and bin of `bin` days from `start`: the
 * groups the chart's marks are made of, never more than one per mark width.
 */
async function binnedGroups(db: Db, key: "speakerId" | "topic", where: Prisma.Sql, start: string, bin: number): Promise<(StanceGroup & { key: string })[]> {
  const rows = await db.$queryRaw<{ key: string; stance: PositionStance; first: Date; last: Date; n: number; latestId: string | null }[]>`
    SELECT ${Prisma.raw(`"${key}"::text`)} AS key, stance, min(day) AS first, max(day) AS last, sum(n)::int AS n,
           CASE WHEN sum(n) = 1 THEN min("lastId") END AS "latestId"
      FROM "PositionDay"
     WHERE ${where}
     GROUP BY 1, stance, (day - ${start}::date) / ${bin}::int`;
  return rows.map((r) => ({ key: r.key, speakerId: r.key, stance: r.stance, firstDay: isoDate(r.first) as string, lastDay: isoDate(r.last) as string, n: r.n, latestId: r.latestId }));
}

/**
 * A speaker's position on each topic: the current one, the latest changes (and how many in all), and a
 * row over their whole span. Everything is aggregated in SQL (marks binned to a mark's width, changes
 * and the current run from window functions), so the page costs the same for one statement or 200,000.
 */
export async function speakerPositions(slug: string, options: { db?: Db } = {}): Promise<SpeakerPositions> {
  const db = options.db ?? getReadDb();
  const speaker = await db.speaker.findUnique({ where: { slug }, select: { id: true } });
  if (!speaker) throw new NotFoundError("Speaker", slug);
  const [selves, [range], { changes, current: currents }] = await Promise.all([
    speakersByIds(db, [speaker.id]),
    // Per topic, so that each end is one step down PositionDay_speaker_idx (speakerId, topic, day, …), not a
    // pass over the ~20,000 day rows of the busiest speaker.
    db.$queryRaw<{ first: Date | null; last: Date | null }[]>`
      SELECT min(ends.first) AS first, max(ends.last) AS last
        FROM unnest(${STANCE_TOPICS}::"Topic"[]) AS t(topic)
        CROSS JOIN LATERAL (SELECT min(day) AS first, max(day) AS last FROM "PositionDay" WHERE "speakerId" = ${speaker.id} AND topic = t.topic) ends`,
    speakerChangesAndCurrent(db, speaker.id, MAX_SPEAKER_CHANGES),
  ]);
  const self = selves.get(speaker.id) as SpeakerRow;
  const span = range?.first && range.last ? { from: isoDate(range.first) as string, to: isoDate(range.last) as string } : null;
  const scale: ChartScale | null = span ? { start: `${span.from.slice(0, 7)}-01`, end: periodContaining("month", span.to).end, width: CHART_WIDTH, markSize: MARK_SIZE } : null;
  const groups = scale ? await binnedGroups(db, "topic", Prisma.sql`"speakerId" = ${speaker.id}`, scale.start, binDays(scale)) : [];
  const nato = isNatoOfficial(self.roles, span);

  const topics = await Promise.all(
    STANCE_TOPICS.map(async (topic): Promise<SpeakerTopicPosition> => {
      const topicGroups = groups.filter((g) => g.key === topic).map((g) => ({ ...g, speakerId: speaker.id }));
      const marks = scale ? (aggregateMarks(topicGroups, scale).get(speaker.id) ?? []) : [];
      const latestChanges = changes.filter((c) => c.topic === topic).map((c) => c.change);
      const current = currents.get(topic);
      const changeCount = current?.changeCount ?? 0;
      const refs = await statementRefs(db, topic, [...idsOfMarks([marks]), ...idsOfChanges([latestChanges]), ...(current ? [current.latestId] : [])]);
      const latest = current ? refs.get(current.latestId) : undefined;
      const changeList = changeViews(latestChanges, refs);
      const statements = topicGroups.reduce((n, g) => n + g.n, 0);
      return {
        topic,
        scale,
        row: statements ? { speaker: { slug: self.slug, name: self.name, nato }, marks: markViews(marks, refs), changes: changeList, changeCount, statements } : null,
        current: current && latest ? { stance: current.stance, since: current.since, statements: current.statements, latestDay: current.latestDay, latest } : null,
        changes: changeList,
        changeCount,
      };
    }),
  );
  return { speaker: { slug: self.slug, name: self.name, roles: self.roles }, topics };
}
