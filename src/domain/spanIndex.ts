// Lookups by offset in logarithmic time. Extraction asks, for every quote, sentence and mention, "what lies
// in this range" or "what contains this offset"; answering by scanning every item made an article's cost
// grow with the square of its length. Each answer is exactly what the scan gave, in the same order.

/** Index of the first of `count` positions for which `isAfter` holds, given that it holds for a suffix. */
export function firstWhere(count: number, isAfter: (index: number) => boolean): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (isAfter(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The index of the span holding `offset`, in spans sorted by start that do not overlap; -1 when none does. */
export function indexOfSpanAt(spans: readonly { start: number; end: number }[], offset: number): number {
  const index = firstWhere(spans.length, (i) => spans[i].start > offset) - 1;
  return index >= 0 && offset < spans[index].end ? index : -1;
}

/** The index of the first span that starts at or after `offset` (spans.length when none does). */
export function indexOfFirstSpanFrom(spans: readonly { start: number }[], offset: number): number {
  return firstWhere(spans.length, (i) => spans[i].start >= offset);
}

/** How many spans end at or before `offset`, in spans sorted by start that do not overlap. */
export function countSpansEndingBy(spans: readonly { end: number }[], offset: number): number {
  return firstWhere(spans.length, (i) => spans[i].end > offset);
}

/** Items with a start and an end (quotes, mentions, drafts), in any order, queried by position. */
export class SpanIndex<T> {
  /** Positions into `items`, sorted by start (ties keep the items' order). */
  private readonly byStart: number[];
  private readonly starts: number[];
  /** The largest end among the first i+1 items of `byStart`. */
  private readonly maxEndSoFar: number[];
  private readonly endsSorted: number[];
  /** The items are already in start order (mentions, quotes): a range of them is a slice, with no sort. */
  private readonly inStartOrder: boolean;

  constructor(
    readonly items: readonly T[],
    private readonly startOf: (item: T) => number,
    endOf: (item: T) => number,
  ) {
    this.byStart = items.map((_, i) => i).sort((a, b) => startOf(items[a]) - startOf(items[b]) || a - b);
    this.starts = this.byStart.map((i) => startOf(items[i]));
    let max = -Infinity;
    this.maxEndSoFar = this.byStart.map((i) => (max = Math.max(max, endOf(items[i]))));
    this.endsSorted = items.map(endOf).sort((a, b) => a - b);
    this.inStartOrder = this.byStart.every((position, k) => position === k);
  }

  /** Items whose start lies in [from, to), in the order of `items` (as `items.filter` would give them). */
  startingIn(from: number, to: number): T[] {
    const first = firstWhere(this.starts.length, (i) => this.starts[i] >= from);
    if (this.inStartOrder) {
      let stop = first;
      while (stop < this.starts.length && this.starts[stop] < to) stop++;
      return this.items.slice(first, stop);
    }
    const positions: number[] = [];
    for (let k = first; k < this.starts.length && this.starts[k] < to; k++) positions.push(this.byStart[k]);
    return positions.sort((a, b) => a - b).map((i) => this.items[i]);
  }

  anyStartingIn(from: number, to: number): boolean {
    const first = firstWhere(this.starts.length, (i) => this.starts[i] >= from);
    return first < this.starts.length && this.starts[first] < to;
  }

  /** The largest end among items that start before `offset`; -Infinity when none does. */
  maxEndOfStartsBefore(offset: number): number {
    const count = firstWhere(this.starts.length, (i) => this.starts[i] >= offset);
    return count ? this.maxEndSoFar[count - 1] : -Infinity;
  }

  /** The largest end at or before `offset`; -Infinity when none. */
  lastEndAtOrBefore(offset: number): number {
    const count = firstWhere(this.endsSorted.length, (i) => this.endsSorted[i] > offset);
    return count ? this.endsSorted[count - 1] : -Infinity;
  }

  /** The smallest start at or after `offset`; Infinity when none. */
  firstStartAtOrAfter(offset: number): number {
    const first = firstWhere(this.starts.length, (i) => this.starts[i] >= offset);
    return first < this.starts.length ? this.starts[first] : Infinity;
  }
}
