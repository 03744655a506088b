// Shared by the invented-sentence tests of reported speech (decisions 0730, 0745, 0765): a story whose reported words are
// marked ⟦…⟧, and what the extractor makes of each marked span. A found statement must overlap the expected words by
// half of the shorter span, as the eval pairs them.
import { extractStatements } from "./extract";

/** The article text (head, then the marked body without its marks) and the offsets of each marked span in it. */
export function unmark(head: string, marked: string): { text: string; spans: { start: number; end: number }[] } {
  let body = "";
  const spans: { start: number; end: number }[] = [];
  let last = 0;
  for (const m of marked.matchAll(/⟦([^⟧]*)⟧/g)) {
    body += marked.slice(last, m.index);
    const start = head.length + body.length;
    body += m[1];
    spans.push({ start, end: head.length + body.length });
    last = m.index + m[0].length;
  }
  return { text: head + body + marked.slice(last) + "\n", spans };
}

/**
 * Each expected span's speaker (and date, with `withDate`: "speaker @ date"), or "missed: …"; then the extras. Given the
 * expected speakers, a span takes first an overlapping statement by its expected speaker: a nested report overlaps the
 * report around it.
 */
export function readoutOf(head: string, marked: string, { withDate = false, expected }: { withDate?: boolean; expected?: (string | null)[] } = {}): string[] {
  const { text, spans } = unmark(head, marked);
  const found = extractStatements(text, { publishedAt: "2025-03-12" }).statements;
  const used = new Set<number>();
  const rows = spans.map((span, j) => {
    const fits = (s: { start: number; end: number }, i: number) => {
      const overlap = Math.min(span.end, s.end) - Math.max(span.start, s.start);
      return !used.has(i) && overlap > 0 && overlap >= 0.5 * Math.min(span.end - span.start, s.end - s.start);
    };
    let k = expected ? found.findIndex((s, i) => fits(s, i) && s.speaker === expected[j]) : -1;
    if (k < 0) k = found.findIndex(fits);
    if (k < 0) return `missed: ${text.slice(span.start, span.end)}`;
    used.add(k);
    return withDate ? `${found[k].speaker} @ ${found[k].date}` : `${found[k].speaker}`;
  });
  return [...rows, ...found.filter((_, i) => !used.has(i)).map((s) => `extra: ${s.quote}`)];
}
