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

/**
 * The index of the first entry of `sorted` (ascending) that is at least `value` (`orAbove` false) or above it (`orAbove`
 * true); `sorted.length` when none is. `firstWhere` without a closure made per call.
 */
function firstAtLeast(sorted: Float64Array, value: number, orAbove: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (orAbove ? sorted[mid] > value : sorted[mid] >= value) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Items with a start and an end (quotes, mentions, drafts), in any order, queried by position. The positions are kept in
 * typed arrays: plain arrays of numbers took a different elements kind from one article to the next (small integers,
 * doubles where `Math.max` ran optimised, an empty array), and each new kind changed the index's hidden class and threw
 * the optimised code of every reader away (decision 0630).
 */
export class SpanIndex<T> {
  /** Positions into `items`, sorted by start (ties keep the items' order). */
  private readonly byStart: Int32Array;
  private readonly starts: Float64Array;
  /** The largest end among the first i+1 items of `byStart`. */
  private readonly maxEndSoFar: Float64Array;
  private readonly endsSorted: Float64Array;
  /** The items are already in start order (mentions, quotes): a range of them is a slice, with no sort. */
  private readonly inStartOrder: boolean;

  constructor(
    readonly items: readonly T[],
    startOf: (item: T) => number,
    endOf: (item: T) => number,
  ) {
    const count = items.length;
    const order = items.map((_, i) => i).sort((a, b) => startOf(items[a]) - startOf(items[b]) || a - b);
    this.byStart = Int32Array.from(order);
    this.starts = new Float64Array(count);
    this.maxEndSoFar = new Float64Array(count);
    let max = -Infinity;
    let inOrder = true;
    for (let k = 0; k < count; k++) {
      const item = items[order[k]];
      this.starts[k] = startOf(item);
      max = Math.max(max, endOf(item));
      this.maxEndSoFar[k] = max;
      if (order[k] !== k) inOrder = false;
    }
    this.endsSorted = Float64Array.from(items.map(endOf).sort((a, b) => a - b));
    this.inStartOrder = inOrder;
  }

  /** Items whose start lies in [from, to), in the order of `items` (as `items.filter` would give them). */
  startingIn(from: number, to: number): T[] {
    const first = firstAtLeast(this.starts, from, false);
    if (this.inStartOrder) {
      const stop = firstAtLeast(this.starts, to, false);
      return this.items.slice(first, Math.max(first, stop));
    }
    const positions: number[] = [];
    for (let k = first; k < this.starts.length && this.starts[k] < to; k++) positions.push(this.byStart[k]);
    return positions.sort((a, b) => a - b).map((i) => this.items[i]);
  }

  anyStartingIn(from: number, to: number): boolean {
    const first = firstAtLeast(this.starts, from, false);
    return first < this.starts.length && this.starts[first] < to;
  }

  /** The largest end among items that start before `offset`; -Infinity when none does. */
  maxEndOfStartsBefore(offset: number): number {
    const count = firstAtLeast(this.starts, offset, false);
    return count ? this.maxEndSoFar[count - 1] : -Infinity;
  }

  /** The largest end at or before `offset`; -Infinity when none. */
  lastEndAtOrBefore(offset: number): number {
    const count = firstAtLeast(this.endsSorted, offset, true);
    return count ? this.endsSorted[count - 1] : -Infinity;
  }

  /** The smallest start at or after `offset`; Infinity when none. */
  firstStartAtOrAfter(offset: number): number {
    const first = firstAtLeast(this.starts, offset, false);
    return first < this.starts.length ? this.starts[first] : Infinity;
  }
}
