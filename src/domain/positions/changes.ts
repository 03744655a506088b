// Changes of position: between two consecutive statements of one speaker on one topic whose stances
// differ. A statement on the topic without a stance ("neutral") takes no position and so neither makes
// nor breaks a change. Works on per-day groups (PositionDay rows), never on every statement.
import type { PositionStance } from "./marks";

export type TakenStance = Exclude<PositionStance, "neutral">;

/** One speaker's statements with one stance on one day, in timeline order. */
export interface DayStance {
  day: string;
  stance: PositionStance;
  n: number;
  /** First and latest statement of the group; `firstAt` orders two stances of the same day. */
  firstId: string;
  lastId: string;
  firstAt: string;
}

export interface PositionChange {
  from: TakenStance;
  to: TakenStance;
  /** The last statement before the change and the first after it. */
  before: { id: string; day: string };
  after: { id: string; day: string };
}

export interface CurrentPosition {
  stance: TakenStance;
  /** Day of the first statement of the latest run of this stance. */
  since: string;
  /** Statements in that run (statements that support the position). */
  statements: number;
  latestDay: string;
}

function takenInOrder(days: DayStance[]): (DayStance & { stance: TakenStance })[] {
  return days
    .filter((d): d is DayStance & { stance: TakenStance } => d.stance !== "neutral")
    .sort((a, b) => a.day.localeCompare(b.day) || a.firstAt.localeCompare(b.firstAt) || a.firstId.localeCompare(b.firstId));
}

/** Every change, oldest first. */
export function detectChanges(days: DayStance[]): PositionChange[] {
  const taken = takenInOrder(days);
  const changes: PositionChange[] = [];
  for (let i = 1; i < taken.length; i++) {
    const previous = taken[i - 1];
    const next = taken[i];
    if (previous.stance === next.stance) continue;
    changes.push({
      from: previous.stance,
      to: next.stance,
      before: { id: previous.lastId, day: previous.day },
      after: { id: next.firstId, day: next.day },
    });
  }
  return changes;
}

/** The latest stance, since when it has been held and by how many statements; null without any stance. */
export function currentPosition(days: DayStance[]): CurrentPosition | null {
  const taken = takenInOrder(days);
  const last = taken.at(-1);
  if (!last) return null;
  let since = last.day;
  let statements = 0;
  for (let i = taken.length - 1; i >= 0 && taken[i].stance === last.stance; i--) {
    since = taken[i].day;
    statements += taken[i].n;
  }
  return { stance: last.stance, since, statements, latestDay: last.day };
}
