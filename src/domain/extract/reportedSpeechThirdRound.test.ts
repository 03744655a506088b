// Decision 0765: reported speech, third round; the rows and their marks are in reportedSpeechThirdRound.cases.ts.
import { describe, expect, it } from "vitest";
import { readoutOf } from "./markedSpans.testing";
import { GAPS, type Row, SET_1, SET_2, SET_3, SET_4, SET_5 } from "./reportedSpeechThirdRound.cases";

const HEAD = "Example story\nThe ministers met in Sampleton on Tuesday.\n";

const readout = (marked: string, expected: (string | null)[]) => readoutOf(HEAD, marked, { expected });

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
