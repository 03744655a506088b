import { describe, expect, it } from "vitest";
import { addCounts, emptyCounts, scores, type Counts } from "./evaluate";
import { bootstrapIntervals } from "./interval";

/** An article of `n` matched statements, `right` of them with the right speaker. */
const article = (n: number, right: number): Counts => ({ ...emptyCounts(), gold: n, predicted: n, matched: n, speakerCorrect: right });

describe("bootstrapIntervals", () => {
  it("is a single point when every article scores the same", () => {
    const { speakerAccuracy, f1 } = bootstrapIntervals(Array.from({ length: 10 }, () => article(4, 3)), { replicates: 200 });
    expect(speakerAccuracy).toEqual([0.75, 0.75]);
    expect(f1).toEqual([1, 1]);
  });

  it("holds the score of the whole set, and narrows as articles are added", () => {
    const mixed = (copies: number) => Array.from({ length: copies }, () => [article(4, 4), article(4, 0), article(2, 1)]).flat();
    const few = bootstrapIntervals(mixed(4), { replicates: 400 }).speakerAccuracy;
    const many = bootstrapIntervals(mixed(40), { replicates: 400 }).speakerAccuracy;
    const whole = scores(mixed(1).reduce(addCounts, emptyCounts())).speakerAccuracy;
    for (const [low, high] of [few, many]) {
      expect(low).toBeLessThan(whole);
      expect(high).toBeGreaterThan(whole);
    }
    expect(many[1] - many[0]).toBeLessThan((few[1] - few[0]) / 2);
  });

  it("gives the same interval on every run for the same seed, another for another seed", () => {
    const articles = [article(5, 5), article(3, 0), article(6, 2), article(2, 1)];
    expect(bootstrapIntervals(articles, { replicates: 300 })).toEqual(bootstrapIntervals(articles, { replicates: 300 }));
    expect(bootstrapIntervals(articles, { replicates: 300, seed: 7 }).speakerAccuracy).not.toEqual(bootstrapIntervals(articles, { replicates: 300 }).speakerAccuracy);
  });
});
