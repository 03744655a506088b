// Marks of the positions chart: statements of one speaker per day (or per bin of days) and stance, placed
// on a horizontal scale. Marks that would overlap at the current scale become one counted mark per stance,
// and the stances of one place stack vertically, so a row stays legible at any volume.
import { dayNumber, isoDayOf } from "./periods";

export const POSITION_STANCES = ["opposes", "conditional", "supports", "neutral"] as const;
export type PositionStance = (typeof POSITION_STANCES)[number];

/** Statements of one speaker with one stance on one day or run of days (a PositionDay row or a bin of them). */
export interface StanceGroup {
  speakerId: string;
  stance: PositionStance;
  firstDay: string;
  lastDay: string;
  n: number;
  /** The latest statement of the group: what a one-statement mark links to. Groups the database sums
   * into bins carry it only when they hold one statement (null otherwise: their mark links to a list). */
  latestId: string | null;
}

export interface Mark extends StanceGroup {
  /** Centre of the mark on the scale, 0..width. */
  x: number;
  /** Stack position within its place, 0 at the top. */
  level: number;
}

export interface ChartScale {
  /** First day shown and the first day after it ("YYYY-MM-DD"). */
  start: string;
  end: string;
  /** Drawing width in user units. */
  width: number;
  /** A mark's diameter in the same units: closer marks merge. */
  markSize: number;
}

/** Where a day's centre falls on the scale, with the scale's ends read once (a chart places thousands of groups). */
function dayPlacer(scale: ChartScale): (isoDay: string) => number {
  const start = dayNumber(scale.start);
  const days = Math.max(1, dayNumber(scale.end) - start);
  return (isoDay) => ((dayNumber(isoDay) - start + 0.5) / days) * scale.width;
}

/** Where a day's centre falls on the scale. */
export function xOfDay(scale: ChartScale, isoDay: string): number {
  return dayPlacer(scale)(isoDay);
}

/** How many days one mark spans at this scale: the database may group rows into bins this wide. */
export function binDays(scale: ChartScale): number {
  const days = Math.max(1, dayNumber(scale.end) - dayNumber(scale.start));
  return Math.max(1, Math.ceil((scale.markSize * days) / scale.width));
}

/** The first day of the bin a day falls in (bins start at the scale's first day). */
export function binStart(scale: ChartScale, isoDay: string): string {
  const start = dayNumber(scale.start);
  const size = binDays(scale);
  return isoDayOf(start + Math.floor((dayNumber(isoDay) - start) / size) * size);
}

function mergeGroups(groups: StanceGroup[]): StanceGroup {
  const latest = groups.reduce((a, b) => (b.lastDay >= a.lastDay ? b : a));
  return {
    speakerId: groups[0].speakerId,
    stance: groups[0].stance,
    firstDay: groups.reduce((min, g) => (g.firstDay < min ? g.firstDay : min), groups[0].firstDay),
    lastDay: latest.lastDay,
    n: groups.reduce((sum, g) => sum + g.n, 0),
    latestId: latest.latestId,
  };
}

/** One speaker's groups, clustered where their marks would overlap, one mark per stance per cluster. */
const byDay = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function speakerMarks(groups: StanceGroup[], scale: ChartScale): Mark[] {
  const xOf = dayPlacer(scale);
  const placed = groups.map((group) => ({ group, x: xOf(group.firstDay) })).sort((a, b) => a.x - b.x || byDay(a.group.firstDay, b.group.firstDay));
  const marks: Mark[] = [];
  let cluster: typeof placed = [];
  const flush = () => {
    if (cluster.length === 0) return;
    const x = (cluster[0].x + cluster[cluster.length - 1].x) / 2;
    const present = POSITION_STANCES.filter((stance) => cluster.some((p) => p.group.stance === stance));
    present.forEach((stance, level) => {
      marks.push({ ...mergeGroups(cluster.filter((p) => p.group.stance === stance).map((p) => p.group)), x, level });
    });
    cluster = [];
  };
  for (const item of placed) {
    if (cluster.length > 0 && item.x - cluster[0].x >= scale.markSize) flush();
    cluster.push(item);
  }
  flush();
  return marks;
}

/** Marks for every speaker, grouped by speaker id, each speaker's marks left to right. */
export function aggregateMarks(groups: StanceGroup[], scale: ChartScale): Map<string, Mark[]> {
  const bySpeaker = new Map<string, StanceGroup[]>();
  for (const group of groups) {
    const list = bySpeaker.get(group.speakerId) ?? [];
    list.push(group);
    bySpeaker.set(group.speakerId, list);
  }
  return new Map([...bySpeaker].map(([speakerId, list]) => [speakerId, speakerMarks(list, scale)]));
}

/** How many marks stack at the busiest place of a row (its height in marks). */
export function stackDepth(marks: Mark[]): number {
  return Math.max(1, ...marks.map((m) => m.level + 1));
}
