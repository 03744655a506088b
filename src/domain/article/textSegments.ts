// Cuts an article's text at the edges of marked spans (the places its statements were printed), so a page
// can mark each piece without nesting elements. Spans may overlap or nest (a quote inside a quote).

export interface MarkedSpan {
  key: string;
  start: number;
  end: number;
}

export interface TextSegment {
  text: string;
  start: number;
  /** Keys of the spans covering this piece, outermost (longest) first; empty for plain text. */
  covering: string[];
  /** Keys of the spans that begin at this piece, in the order given. */
  starting: string[];
}

/** Offsets clamped to the text; empty and inverted spans are dropped. */
function validSpans(text: string, spans: readonly MarkedSpan[]): MarkedSpan[] {
  return spans
    .map((s) => ({ key: s.key, start: Math.max(0, Math.min(s.start, text.length)), end: Math.max(0, Math.min(s.end, text.length)) }))
    .filter((s) => s.end > s.start);
}

export function textSegments(text: string, spans: readonly MarkedSpan[]): TextSegment[] {
  const valid = validSpans(text, spans);
  const cuts = [...new Set([0, text.length, ...valid.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [start, end] = [cuts[i], cuts[i + 1]];
    const covering = valid
      .filter((s) => s.start <= start && s.end >= end)
      .sort((a, b) => b.end - b.start - (a.end - a.start))
      .map((s) => s.key);
    const starting = valid.filter((s) => s.start === start).map((s) => s.key);
    segments.push({ text: text.slice(start, end), start, covering, starting });
  }
  return segments;
}
