// Stances the classifier missed in reporting shapes (decision 0605), each on a sentence invented for this test: talks
// named by a possessive, "new" or a judging adjective. Each with the form it must not take.
import { describe, expect, it } from "vitest";
import { stanceIn, topicsOf } from "./classify";
import type { StanceTopic, StanceValue } from "../extract/types";

/** A sentence, the stance it must take on the topic (null: none), and the rule and evidence that must decide it. */
type Row = readonly [sentence: string, value: StanceValue | null, rule?: string, evidence?: string];

function decides(topic: StanceTopic, rows: readonly Row[]): void {
  for (const [sentence, value, rule, evidence] of rows)
    it(`${sentence} → ${topic}: ${value ?? "no stance"}`, () => {
      const found = stanceIn(sentence, topic);
      if (value === null) expect(found, sentence).toBeNull();
      else expect(found, sentence).toMatchObject({ value, ...(rule ? { rule } : {}), ...(evidence ? { evidence } : {}) });
    });
}

describe("talks named by a possessive, by 'new' or by a judging adjective", () => {
  it.each([
    "The envoy called their talks in the desert long.",
    "A new round of talks is set for the spring.",
    "Ministers held fruitful talks in Geneva on Tuesday.",
  ])("%s names the negotiations topic", (sentence) => expect(topicsOf(sentence)).toContain("negotiations"));
  decides("negotiations", [
    ["The minister described our talks as very useful.", "supports", "talks-judged-good", "useful"],
    ["He held constructive talks with the envoy of Ruritania.", "supports", "talks-judged-good", "constructive"],
  ]);
  // "talks" with no determiner and no judgement stays unnamed: a lecture or a visit "talks" too
  it("bare 'talks' names nothing", () => expect(topicsOf("He talks every week with his students.")).toEqual([]));
});
