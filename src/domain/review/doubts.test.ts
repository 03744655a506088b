import { describe, expect, it } from "vitest";
import { doubtScore, doubtsOf, type DoubtInput } from "./doubts";

const certain: DoubtInput = {
  speaker: "Mark Rutte",
  quote: "We will not send troops",
  sentence: "\"We will not send troops,\" Rutte said on Monday.",
  kind: "direct",
  date: "2025-03-10",
  dateSource: "stated",
  stances: [{ topic: "troops", evidence: "will not send troops" }],
};

describe("doubtsOf", () => {
  it("finds nothing to doubt when the speaker is named, the stance is in the quote and the date is stated", () => {
    expect(doubtsOf(certain)).toEqual([]);
  });

  it("doubts a speaker resolved from a pronoun and a stance decided outside the quote", () => {
    const doubts = doubtsOf({ ...certain, sentence: "\"We will not send troops,\" he said.", stances: [{ topic: "troops", evidence: "ruled out" }] });
    expect(doubts.map((d) => d.field)).toEqual(["speaker", "stance"]);
    expect(doubtScore(doubts)).toBe(4);
  });

  it("weighs a missing speaker most, then dates from publication and reported speech", () => {
    const doubts = doubtsOf({ ...certain, speaker: null, kind: "indirect", dateSource: "publication" });
    expect(doubts.map((d) => [d.field, d.weight])).toEqual([["speaker", 3], ["date", 1], ["kind", 1]]);
  });

  it("matches names without accents or case", () => {
    expect(doubtsOf({ ...certain, speaker: "Mevlüt Çavuşoğlu", sentence: "CAVUSOGLU said so." })).toEqual([]);
  });
});
