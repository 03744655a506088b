// Positions per person (issue #11, decision 0070). Reads the PositionDay aggregates (migration 0006), one row
// per speaker, topic, day and stance, never every statement: the chart's marks are binned in SQL to the
// width of a mark, changes come from the non-neutral day rows of the window plus the last one before it,
// and only the statements a mark or a change links to are looked up by id.
import "server-only";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import {
  aggregateMarks,
  binDays,
  currentPosition,
  detectChanges,
  isNatoOfficial,
  lastDayOf,
  periodContaining,
  periodOf,
  type ChartScale,
  type DayStance,
  type Mark,
  type PositionChange,
  type PositionStance,
  type StanceGroup,
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
/** Rows per group (NATO officials, others) beyond which the rest are counted, not drawn. */
export const MAX_ROWS = 20;
/** Changes listed per topic on a speaker page (the latest); the rest are counted. */
export const MAX_SPEAKER_CHANGES = 20;
/**
 * Changes drawn and listed per row of /positions (the latest in the window); the rest are counted. At a
 * million statements a year of a prolific speaker held hundreds, and forty rows of them with both
 * statements' quotes ran the server out of memory.
 */
export const MAX_ROW_CHANGES = 12;
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

interface DayRow {
  speakerId: string;
  day: Date;
  stance: PositionStance;
  n: number;
  firstId: string;
  lastId: string;
  firstAt: Date;
}

const toDayStance = (r: DayRow): DayStance => ({ day: isoDate(r.day) as string, stance: r.stance, n: r.n, firstId: r.firstId, lastId: r.lastId, firstAt: r.firstAt.toISOString() });

function markViews(marks: Mark[], refs: Map<string, StatementRefView>): PositionMarkView[] {
  return marks.map((m) => ({ stance: m.stance, firstDay: m.firstDay, lastDay: m.lastDay, n: m.n, x: m.x, level: m.level, statement: m.n === 1 ? (refs.get(m.latestId) ?? null) : null }));
}

function changeViews(changes: PositionChange[], refs: Map<string, StatementRefView>): PositionChangeView[] {
  return changes.flatMap((c) => {
    const before = refs.get(c.before.id);
    const after = refs.get(c.after.id);
    return before && after ? [{ from: c.from, to: c.to, before, after }] : [];
  });
}

const idsOfMarks = (marks: Iterable<Mark[]>) => [...marks].flatMap((list) => list.filter((m) => m.n === 1).map((m) => m.latestId));
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

  // Marks: one row per speaker, stance and bin of days a mark wide.
  const binned = await db.$queryRaw<{ speakerId: string; stance: PositionStance; first: Date; last: Date; n: number; latestId: string }[]>`
    SELECT "speakerId", stance, min(day) AS first, max(day) AS last, sum(n)::int AS n,
           (array_agg("lastId" ORDER BY day DESC, "lastAt" DESC))[1] AS "latestId"
      FROM "PositionDay"
     WHERE topic = ${topic}::"Topic" AND day >= ${period.start}::date AND day < ${period.end}::date ${speakerClause}
     GROUP BY "speakerId", stance, (day - ${period.start}::date) / ${bin}::int`;
  const groups: StanceGroup[] = binned.map((r) => ({ speakerId: r.speakerId, stance: r.stance, firstDay: isoDate(r.first) as string, lastDay: isoDate(r.last) as string, n: r.n, latestId: r.latestId }));
  const marks = aggregateMarks(groups, scale);
  const counts = new Map<string, number>();
  for (const g of groups) counts.set(g.speakerId, (counts.get(g.speakerId) ?? 0) + g.n);

  const speakers = await speakersByIds(db, [...counts.keys()]);
  const span = { from: period.start, to: lastDayOf(period) };
  const ordered = [...speakers.values()].sort((a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0) || a.name.localeCompare(b.name));
  const natoAll = ordered.filter((s) => isNatoOfficial(s.roles, span));
  const othersAll = onlyIds || !filter.others ? ordered.filter((s) => !isNatoOfficial(s.roles, span)) : [];
  const shown = [...natoAll.slice(0, MAX_ROWS), ...othersAll.slice(0, MAX_ROWS)];

  const changes = await windowChanges(db, topic, period.start, period.end, shown.map((s) => s.id));
  const latestChanges = new Map([...changes].map(([id, list]) => [id, list.slice(-MAX_ROW_CHANGES)]));
  const refs = await statementRefs(db, topic, [...idsOfMarks(shown.map((s) => marks.get(s.id) ?? [])), ...idsOfChanges(latestChanges.values())]);
  const row = (s: SpeakerRow, nato: boolean): PositionRowView => ({
    speaker: { slug: s.slug, name: s.name, nato },
    marks: markViews(marks.get(s.id) ?? [], refs),
    changes: changeViews(latestChanges.get(s.id) ?? [], refs),
    changeCount: changes.get(s.id)?.length ?? 0,
    statements: counts.get(s.id) ?? 0,
  });

  return {
    topic,
    period,
    scale,
    dataRange,
    nato: natoAll.slice(0, MAX_ROWS).map((s) => row(s, true)),
    others: othersAll.slice(0, MAX_ROWS).map((s) => row(s, false)),
    othersHidden: !onlyIds && filter.others === "hide",
    notShown: { nato: Math.max(0, natoAll.length - MAX_ROWS), others: Math.max(0, othersAll.length - MAX_ROWS) },
    compared: compared.map((s) => ({ slug: s.slug, name: s.name })),
    unknownSpeakers,
  };
}

/** Changes whose later statement falls in [start, end): the stance rows of the window and the last one before it. */
async function windowChanges(db: Db, topic: StanceTopicValue, start: string, end: string, speakerIds: string[]): Promise<Map<string, PositionChange[]>> {
  if (speakerIds.length === 0) return new Map();
  const rows = await db.$queryRaw<DayRow[]>`
    SELECT "speakerId", day, stance, n, "firstId", "lastId", "firstAt" FROM "PositionDay"
     WHERE topic = ${topic}::"Topic" AND day >= ${start}::date AND day < ${end}::date AND stance <> 'neutral' AND "speakerId" = ANY(${speakerIds})
    UNION ALL
    SELECT p.* FROM unnest(${speakerIds}::text[]) AS sid(id) CROSS JOIN LATERAL (
      SELECT "speakerId", day, stance, n, "firstId", "lastId", "firstAt" FROM "PositionDay"
       WHERE "speakerId" = sid.id AND topic = ${topic}::"Topic" AND day < ${start}::date AND stance <> 'neutral'
       ORDER BY day DESC, "firstAt" DESC LIMIT 1) p`;
  const bySpeaker = new Map<string, DayStance[]>();
  for (const r of rows) {
    const days = bySpeaker.get(r.speakerId);
    if (days) days.push(toDayStance(r));
    else bySpeaker.set(r.speakerId, [toDayStance(r)]);
  }
  return new Map([...bySpeaker].map(([id, days]) => [id, detectChanges(days).filter((c) => c.after.day >= start)]));
}

/** A speaker's position on each topic: the current one, every change, and a row over their whole span. */
export async function speakerPositions(slug: string, options: { db?: Db } = {}): Promise<SpeakerPositions> {
  const db = options.db ?? getReadDb();
  const speaker = await db.speaker.findUnique({ where: { slug }, select: { id: true } });
  if (!speaker) throw new NotFoundError("Speaker", slug);
  const self = (await speakersByIds(db, [speaker.id])).get(speaker.id) as SpeakerRow;
  const rows = await db.$queryRaw<(DayRow & { topic: StanceTopicValue })[]>`
    SELECT "speakerId", topic::text AS topic, day, stance, n, "firstId", "lastId", "firstAt" FROM "PositionDay"
     WHERE "speakerId" = ${speaker.id} ORDER BY topic, day, "firstAt"`;
  const days = rows.map((r) => isoDate(r.day) as string).sort();
  const scale: ChartScale | null = days.length
    ? { start: `${days[0].slice(0, 7)}-01`, end: periodContaining("month", days.at(-1) as string).end, width: CHART_WIDTH, markSize: MARK_SIZE }
    : null;
  const span = days.length ? { from: days[0], to: days.at(-1) as string } : null;

  const perTopic = STANCE_TOPICS.map((topic) => {
    const topicRows = rows.filter((r) => r.topic === topic);
    const dayStances = topicRows.map(toDayStance);
    const groups: StanceGroup[] = dayStances.map((d) => ({ speakerId: speaker.id, stance: d.stance, firstDay: d.day, lastDay: d.day, n: d.n, latestId: d.lastId }));
    const current = currentPosition(dayStances);
    const latestTaken = current ? dayStances.filter((d) => d.stance === current.stance && d.day === current.latestDay).at(-1) : undefined;
    const allChanges = detectChanges(dayStances);
    return { topic, marks: scale ? (aggregateMarks(groups, scale).get(speaker.id) ?? []) : [], changes: allChanges.slice(-MAX_SPEAKER_CHANGES), changeCount: allChanges.length, current, latestId: latestTaken?.lastId ?? null, statements: groups.reduce((n, g) => n + g.n, 0) };
  });

  const topics: SpeakerTopicPosition[] = [];
  for (const t of perTopic) {
    const refs = await statementRefs(db, t.topic, [...idsOfMarks([t.marks]), ...idsOfChanges([t.changes]), ...(t.latestId ? [t.latestId] : [])]);
    const latest = t.latestId ? refs.get(t.latestId) : undefined;
    const changes = changeViews(t.changes, refs);
    topics.push({
      topic: t.topic,
      scale,
      row: t.statements ? { speaker: { slug: self.slug, name: self.name, nato: isNatoOfficial(self.roles, span) }, marks: markViews(t.marks, refs), changes, changeCount: t.changeCount, statements: t.statements } : null,
      current: t.current && latest ? { ...t.current, latest } : null,
      changes,
      changeCount: t.changeCount,
    });
  }
  return { speaker: { slug: self.slug, name: self.name, roles: self.roles }, topics };
}
