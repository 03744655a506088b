// The scene's day (decision 0665): a sentence that reports no words but dates the scene of the story (it opens on a
// day, or tells of a meeting, summit or talks on a day) dates the undated words reported after it, in its paragraph or
// the two after, when it names no one but their speaker and the day is one of the story's own. Invented wording.
import { describe, expect, it } from "vitest";
import { extractStatements } from "./extract";

// 2025-03-12 is a Wednesday.
const run = (text: string, publishedAt = "2025-03-12") => extractStatements(text, { publishedAt, outlet: null, explain: true }).statements;
const datesOf = (text: string, publishedAt?: string) => run(text, publishedAt).map((s) => [s.speaker, s.date, s.explain?.date?.rule]);

describe("the day of the scene, from a sentence that reports no words", () => {
  it("a day that opens the sentence dates the words reported after it", () => {
    const text = "On Monday, Examplestan turned down the offer of a joint patrol along the river. Minister Jane Example called the plan a provocation.";
    expect(datesOf(text)).toEqual([["Jane Example", "2025-03-10", "date-scene-day"]]);
  });

  it("the day of talks dates the words of someone who took part, in a month-precise story", () => {
    const text =
      "The two delegations held talks behind closed doors in Sampleton on March 4 and March 5.\n\n" +
      "After the first round, Minister Jane Example described the sessions as a search for a common framework.";
    expect(datesOf(text, "2025-03")).toEqual([["Jane Example", "2025-03-04", "date-scene-day"]]);
  });

  it("a scene that names someone else is theirs, not the speaker's", () => {
    const text = "On Monday, Sampleland envoy John Sample met the Examplestan delegation in Sampleton to discuss the border. Minister Jane Example said the river crossing would stay closed.";
    expect(datesOf(text)).toEqual([["Jane Example", "2025-03-12", "date-publication"]]);
  });

  it("a day before the story's week is background, not the scene", () => {
    const text = "On February 3, Examplestan closed the river crossing. Minister Jane Example said the crossing would stay closed.";
    expect(datesOf(text)).toEqual([["Jane Example", "2025-03-12", "date-publication"]]);
  });

  it("a scene more than two paragraphs before the words does not reach them", () => {
    const text =
      "On Monday, Examplestan turned down the offer of a joint patrol along the river.\n\n" +
      "The river has long divided the two countries.\n\n" +
      "Trade across it has fallen for years.\n\n" +
      "Minister Jane Example said the crossing would stay closed.";
    expect(datesOf(text)).toEqual([["Jane Example", "2025-03-12", "date-publication"]]);
  });

  it("a date of the words' own still wins over the scene's", () => {
    const text = "On Monday, Examplestan turned down the offer of a joint patrol along the river. Minister Jane Example said on Tuesday that the plan was a provocation.";
    expect(datesOf(text)).toEqual([["Jane Example", "2025-03-11", "date-relative"]]);
  });
});
