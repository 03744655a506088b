// Marks of the positions chart: statements of one speaker per day (or per bin of days) and stance, placed
// on a horizontal scale. Marks that would overlap at the current scale become one counted mark per stance,
// and the stances of one place stack vertically, so a row stays legible at any volume.
import type { StanceLane, StanceStretch } from "./crowded";
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

/** Where a day (as a day number) falls on the scale, with the scale's ends read once (a chart places thousands of groups). */
function dayNumberPlacer(scale: ChartScale): (day: number) => number {
  const start = dayNumber(scale.start);
  const days = Math.max(1, dayNumber(scale.end) - start);
  return (day) => ((day - start + 0.5) / days) * scale.width;
}

/** Where a day's centre falls on the scale. */
function dayPlacer(scale: ChartScale): (isoDay: string) => number {
  const xOf = dayNumberPlacer(scale);
  return (isoDay) => xOf(dayNumber(isoDay));
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

/** A group placed on the scale: its first day as a day number and its mark's centre. */
interface Placed {
  group: StanceGroup;
  day: number;
  x: number;
}

/** A cluster: the placed groups from..to-1, whose marks would overlap, and the centre their marks share. */
interface Cluster {
  from: number;
  to: number;
  x: number;
}

/**
 * One speaker's groups placed and ordered left to right (x grows with the day, so ordering by day is
 * ordering by x), and their clusters: a cluster is the groups within a mark's width of its first.
 */
function clusterGroups(groups: readonly StanceGroup[], scale: ChartScale): { placed: Placed[]; clusters: Cluster[] } {
  const xOf = dayNumberPlacer(scale);
  const placed = groups.map((group) => {
    const day = dayNumber(group.firstDay);
    return { group, day, x: xOf(day) };
  });
  placed.sort((a, b) => a.day - b.day);
  const starts: number[] = [];
  for (let i = 0; i < placed.length; i++) {
    if (starts.length === 0 || placed[i].x - placed[starts[starts.length - 1]].x >= scale.markSize) starts.push(i);
  }
  const clusters = starts.map((from, c) => {
    const to = c + 1 < starts.length ? starts[c + 1] : placed.length;
    return { from, to, x: (placed[from].x + placed[to - 1].x) / 2 };
  });
  return { placed, clusters };
}

const STANCE_INDEX = new Map<PositionStance, number>(POSITION_STANCES.map((stance, i) => [stance, i]));

/** One mark per stance present in each cluster, the stances of a cluster stacked in the key's order. */
function clusterMarks(placed: Placed[], clusters: Cluster[]): Mark[] {
  const marks: Mark[] = [];
  clusters.forEach(({ from, to, x }) => {
    const byStance: StanceGroup[][] = [[], [], [], []];
    for (let i = from; i < to; i++) byStance[STANCE_INDEX.get(placed[i].group.stance) ?? 3].push(placed[i].group);
    let level = 0;
    for (const own of byStance) if (own.length) marks.push({ ...mergeGroups(own), x, level: level++ });
  });
  return marks;
}

/** How many marks the clusters make: the stances present in each. */
function markCount(placed: Placed[], clusters: Cluster[]): number {
  let count = 0;
  clusters.forEach(({ from, to }) => {
    let present = 0;
    for (let i = from; i < to; i++) present |= 1 << (STANCE_INDEX.get(placed[i].group.stance) ?? 3);
    for (; present; present &= present - 1) count++;
  });
  return count;
}

/**
 * The stance lanes of a crowded row straight from its clusters: each cluster's statements of a stance sit
 * where its mark would, a mark's width wide, and the lanes join them as `stanceLanes` joins marks (same
 * stretches, same counts) without making the marks first (decision 0335).
 */
function clusterLanes(placed: Placed[], clusters: Cluster[], scale: ChartScale): StanceLane[] {
  const lanes = POSITION_STANCES.map((stance): StanceLane => ({ stance, stretches: [], n: 0 }));
  const counts = [0, 0, 0, 0];
  clusters.forEach(({ from, to, x }) => {
    counts.fill(0);
    for (let i = from; i < to; i++) counts[STANCE_INDEX.get(placed[i].group.stance) ?? 3] += placed[i].group.n;
    counts.forEach((n, s) => {
      if (n === 0) return;
      addToStretches(lanes[s].stretches, x, n, scale);
      lanes[s].n += n;
    });
  });
  return lanes.filter((lane) => lane.stretches.length > 0);
}

/**
 * Adds a mark's width of statements centred on x to a lane's stretches, ordered left to right: marks closer
 * than a mark's width join the last stretch (neighbouring bins of days), a gap of a bin or more starts one.
 */
export function addToStretches(stretches: StanceStretch[], x: number, n: number, scale: ChartScale): void {
  const from = Math.max(0, x - scale.markSize / 2);
  const to = Math.min(scale.width, x + scale.markSize / 2);
  const last = stretches.at(-1);
  if (last && from - last.to < scale.markSize) {
    last.to = Math.max(last.to, to);
    last.n += n;
  } else stretches.push({ from, to, n });
}

/** More marks than fit side by side across the row. */
export function crowdedBy(markCount: number, scale: ChartScale): boolean {
  return markCount > scale.width / scale.markSize;
}

/** One speaker's groups, clustered where their marks would overlap, one mark per stance per cluster. */
function speakerMarks(groups: StanceGroup[], scale: ChartScale): Mark[] {
  const { placed, clusters } = clusterGroups(groups, scale);
  return clusterMarks(placed, clusters);
}

/** Marks for every speaker, grouped by speaker id, each speaker's marks left to right. */
export function aggregateMarks(groups: StanceGroup[], scale: ChartScale): Map<string, Mark[]> {
  const bySpeaker = groupsBySpeaker(groups);
  return new Map([...bySpeaker].map(([speakerId, list]) => [speakerId, speakerMarks(list, scale)]));
}

/** Groups per speaker id, in the order given. */
export function groupsBySpeaker<G extends StanceGroup>(groups: readonly G[]): Map<string, G[]> {
  const bySpeaker = new Map<string, G[]>();
  for (const group of groups) {
    const list = bySpeaker.get(group.speakerId);
    if (list) list.push(group);
    else bySpeaker.set(group.speakerId, [group]);
  }
  return bySpeaker;
}

/** A row as drawn: its marks, or its stance lanes when it is crowded (more marks than fit across it). */
export interface DrawnRow {
  crowded: boolean;
  /** Every mark; left empty for a crowded row drawn as lanes. */
  marks: Mark[];
  /** A crowded row's lanes; null when the marks are drawn (or asked for with `everyMark`). */
  lanes: StanceLane[] | null;
}

/**
 * One speaker's row from their groups: the marks of `aggregateMarks`, or, for a crowded row, the lanes
 * `stanceLanes` would draw from those marks, made without them. At a million statements every row of a
 * year view is crowded, and making ~3,300 marks per page only to join them into ~80 lanes was a tenth of a
 * cold request's CPU with the garbage it left (decision 0335). `everyMark`: the marks whatever the row (the table).
 */
export function drawnRow(groups: readonly StanceGroup[], scale: ChartScale, everyMark = false): DrawnRow {
  const { placed, clusters } = clusterGroups(groups, scale);
  const crowded = crowdedBy(markCount(placed, clusters), scale);
  if (crowded && !everyMark) return { crowded, marks: [], lanes: clusterLanes(placed, clusters, scale) };
  return { crowded, marks: clusterMarks(placed, clusters), lanes: null };
}

/** How many marks stack at the busiest place of a row (its height in marks). */
export function stackDepth(marks: Mark[]): number {
  return Math.max(1, ...marks.map((m) => m.level + 1));
}
