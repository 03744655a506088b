// Decision 0765: reported speech, third round; the rows and their marks are in reportedSpeechThirdRound.cases.ts.
import { describe, expect, it } from "vitest";
import { extractStatements } from "./extract";
import { GAPS, type Row, SET_1, SET_2, SET_3, SET_4, SET_5 } from "./reportedSpeechThirdRound.cases";

const HEAD = "Example story\nThe ministers met in Sampleton on Tuesday.\n";

function unmark(marked: string): { text: string; spans: { start: number; end: number }[] } {
  let body = "";
  const spans: { start: number; end: number }[] = [];
  let last = 0;
  for (const m of marked.matchAll(/⟦([^⟧]*)⟧/g)) {
    body += marked.slice(last, m.index);
    const start = HEAD.length + body.length;
    body += m[1];
    spans.push({ start, end: HEAD.length + body.length });
    last = m.index + m[0].length;
  }
  return { text: HEAD + body + marked.slice(last) + "\n", spans };
}

/**
 * Each mark's speaker, or "missed"; then "extra: <quote>" for every other statement. A mark takes the statement that
 * overlaps it by half the shorter span (as the eval pairs), one with the expected speaker first: a nested report
 * overlaps the report around it.
 */
function readout(marked: string, expected: (string | null)[]): string[] {
  const { text, spans } = unmark(marked);
  const found = extractStatements(text, { publishedAt: "2025-03-12" }).statements;
  const used = new Set<number>();
  const rows = spans.map((span, j) => {
    const fits = (s: { start: number; end: number }, i: number) => {
      const overlap = Math.min(span.end, s.end) - Math.max(span.start, s.start);
      return !used.has(i) && overlap > 0 && overlap >= 0.5 * Math.min(span.end - span.start, s.end - s.start);
    };
    let k = found.findIndex((s, i) => fits(s, i) && s.speaker === expected[j]);
    if (k < 0) k = found.findIndex(fits);
    if (k < 0) return `missed: ${text.slice(span.start, span.end)}`;
    used.add(k);
    return `${found[k].speaker}`;
  });
  return [...rows, ...found.filter((_, i) => !used.has(i)).map((s) => `extra: ${s.quote}`)];
}

const sets: [string, Row[]][] = [
  ["set 1, written before the rules", SET_1],
  ["set 2, held out", SET_2],
  ["set 3, written before its rules", SET_3],
  ["set 4, held out after every rule", SET_4],
  ["set 5, written with its rule", SET_5],
];

for (const [name, rows] of sets) {
  describe(`reported speech, third round, ${name} (decision 0765)`, () => {
    it.each(rows)("%s: %s", (_construction, marked, expected) => {
      expect(readout(marked, expected)).toEqual(expected.map(String));
    });
  });
}

describe("known gaps of reported speech, third round (decision 0765)", () => {
  it.each(GAPS)("%s: %s", (_construction, marked, expected) => {
    expect(readout(marked, expected)).not.toEqual(expected.map(String));
  });
});
