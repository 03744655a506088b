import { describe, expect, it } from "vitest";
import { SpanIndex, countSpansEndingBy, indexOfFirstSpanFrom, indexOfSpanAt } from "./spanIndex";

interface Item {
  id: number;
  start: number;
  end: number;
}

/** Spans in no particular order, some overlapping, some sharing a start: what quotes and mentions look like. */
function scattered(count: number, seed: number): Item[] {
  let state = seed;
  const next = (n: number) => (state = (state * 1103515245 + 12345) % 2147483648) % n;
  return Array.from({ length: count }, (_, id) => {
    const start = next(500);
    return { id, start, end: start + 1 + next(30) };
  });
}

describe("SpanIndex answers as a scan over the items would", () => {
  const items = scattered(300, 7);
  const index = new SpanIndex(items, (i) => i.start, (i) => i.end);
  const ranges = [[0, 0], [0, 600], [10, 40], [250, 251], [499, 520], [40, 10]];

  it("lists the items starting in a range, in the items' own order", () => {
    for (const [from, to] of ranges) {
      expect(index.startingIn(from, to)).toEqual(items.filter((i) => i.start >= from && i.start < to));
      expect(index.anyStartingIn(from, to)).toBe(items.some((i) => i.start >= from && i.start < to));
    }
  });

  it("finds ends and starts around an offset", () => {
    for (const offset of [-5, 0, 1, 17, 250, 499, 530, 600]) {
      const before = items.filter((i) => i.start < offset).map((i) => i.end);
      expect(index.maxEndOfStartsBefore(offset)).toBe(before.length ? Math.max(...before) : -Infinity);
      const ends = items.filter((i) => i.end <= offset).map((i) => i.end);
      expect(index.lastEndAtOrBefore(offset)).toBe(ends.length ? Math.max(...ends) : -Infinity);
      const starts = items.filter((i) => i.start >= offset).map((i) => i.start);
      expect(index.firstStartAtOrAfter(offset)).toBe(starts.length ? Math.min(...starts) : Infinity);
    }
  });
});

describe("lookups in sorted spans that do not overlap (paragraphs, sentences)", () => {
  const spans = [{ start: 0, end: 10 }, { start: 12, end: 20 }, { start: 20, end: 35 }];

  it("finds the span holding an offset, or none in a gap", () => {
    expect([0, 9, 10, 11, 12, 20, 34, 35].map((o) => indexOfSpanAt(spans, o))).toEqual([0, 0, -1, -1, 1, 2, 2, -1]);
  });

  it("finds the first span from an offset and counts the spans ended by it", () => {
    expect([0, 1, 12, 13, 36].map((o) => indexOfFirstSpanFrom(spans, o))).toEqual([0, 1, 1, 2, 3]);
    expect([9, 10, 19, 20, 35].map((o) => countSpansEndingBy(spans, o))).toEqual([0, 1, 1, 2, 3]);
  });
});
