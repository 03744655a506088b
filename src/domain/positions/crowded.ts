// Crowded rows of the positions chart: when a speaker has more marks than fit side by side across the
// row (a prolific speaker over a year: a mark of every stance nearly every week), drawing and linking
// each one made /positions megabytes long. Such a row is drawn as one lane per stance instead, each a
// few stretches of the axis where that stance was taken, merged where its marks touch.
import { POSITION_STANCES, addToStretches, crowdedBy, type ChartScale, type Mark, type PositionStance } from "./marks";

export interface StanceStretch {
  /** Left and right edge on the scale, 0..width. */
  from: number;
  to: number;
  /** Statements in the stretch. */
  n: number;
}

export interface StanceLane {
  stance: PositionStance;
  stretches: StanceStretch[];
  /** Statements with this stance in the row. */
  n: number;
}

/** More marks than fit side by side across the row. */
export function isCrowded(marks: readonly unknown[], scale: ChartScale): boolean {
  return crowdedBy(marks.length, scale);
}

/**
 * One lane per stance present, in the key's order. Each mark covers a mark's width around its centre;
 * marks closer than a mark's width join one stretch (neighbouring bins of days), so a stance held week
 * after week is one bar and a gap of a bin or more stays visible.
 */
export function stanceLanes(marks: readonly Pick<Mark, "x" | "stance" | "n">[], scale: ChartScale): StanceLane[] {
  return POSITION_STANCES.flatMap((stance) => {
    const own = marks.filter((m) => m.stance === stance).sort((a, b) => a.x - b.x);
    if (own.length === 0) return [];
    const stretches: StanceStretch[] = [];
    for (const mark of own) addToStretches(stretches, mark.x, mark.n, scale);
    return [{ stance, stretches, n: own.reduce((sum, m) => sum + m.n, 0) }];
  });
}
