// Search matches as plain segments ({ text, match }), never as HTML: pages render a match as a React
// <mark> element, so no text from an article or a query is ever parsed as markup.

export interface HighlightSegment {
  text: string;
  match: boolean;
}

/** Private-use characters that ts_headline wraps around each match (they never occur in stored quotes). */
export const MATCH_START = "\uE000";
export const MATCH_STOP = "\uE001";

/**
 * Splits text marked with MATCH_START … MATCH_STOP into segments. Returns null when the markers are
 * unbalanced or the unmarked text differs from `original` (the highlight then falls back to none).
 */
export function segmentsFromMarkers(marked: string, original: string): HighlightSegment[] | null {
  const segments: HighlightSegment[] = [];
  let inside = false;
  let current = "";
  const flush = (match: boolean) => {
    if (current) segments.push({ text: current, match });
    current = "";
  };
  for (const char of marked) {
    if (char === MATCH_START || char === MATCH_STOP) {
      if (inside === (char === MATCH_START)) return null;
      flush(inside);
      inside = char === MATCH_START;
    } else {
      current += char;
    }
  }
  if (inside) return null;
  flush(false);
  return segments.map((s) => s.text).join("") === original ? mergeAdjacent(segments) : null;
}

/** Every case-insensitive occurrence of `needle` marked (the literal search for stop-word-only input). */
export function segmentsForSubstring(text: string, needle: string): HighlightSegment[] {
  const wanted = needle.trim().toLowerCase();
  if (!wanted) return [{ text, match: false }];
  const lower = text.toLowerCase();
  // Lower-casing can change a string's length (e.g. "İ"): then only an unmarked text is safe.
  if (lower.length !== text.length) return [{ text, match: false }];
  const segments: HighlightSegment[] = [];
  let from = 0;
  for (let at = lower.indexOf(wanted); at >= 0; at = lower.indexOf(wanted, at + wanted.length)) {
    if (at > from) segments.push({ text: text.slice(from, at), match: false });
    segments.push({ text: text.slice(at, at + wanted.length), match: true });
    from = at + wanted.length;
  }
  if (from < text.length) segments.push({ text: text.slice(from), match: false });
  return mergeAdjacent(segments);
}

/**
 * Joins neighbours of the same kind, and matches separated by white space only (the words of a phrase,
 * which PostgreSQL marks one by one) into one mark.
 */
function mergeAdjacent(segments: HighlightSegment[]): HighlightSegment[] {
  const bridged = segments.map((segment, i) => {
    const between = !segment.match && /^\s+$/.test(segment.text) && segments[i - 1]?.match && segments[i + 1]?.match;
    return between ? { ...segment, match: true } : segment;
  });
  const merged: HighlightSegment[] = [];
  for (const segment of bridged) {
    const last = merged.at(-1);
    if (last && last.match === segment.match) last.text += segment.text;
    else merged.push({ ...segment });
  }
  return merged;
}

export function hasMatch(segments: readonly HighlightSegment[] | null | undefined): boolean {
  return !!segments?.some((s) => s.match);
}
