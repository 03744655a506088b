// The accuracy readers are shown (decision 0805) is the eval's own last measurement of the test part.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { emptyCounts, scores, SCORE_NAMES, TARGETS } from "./evaluate";
import { PUBLISHED_FIELDS, publishedAccuracy, publishedAccuracyOf } from "./publishedAccuracy";

describe("published accuracy", () => {
  const stored = publishedAccuracy();

  it("is the test part's figures of the eval baseline, written with it", () => {
    const baseline = JSON.parse(readFileSync(path.join(process.cwd(), "tests/fixtures/eval-baseline.json"), "utf8"));
    for (const { key } of PUBLISHED_FIELDS) expect(stored.scores[key], key).toBe(baseline.test[key]);
  });

  it("gives each score an interval that holds it, and the issue's target where there is one", () => {
    for (const { key } of PUBLISHED_FIELDS) {
      const [low, high] = stored.intervals[key];
      expect(low, key).toBeLessThanOrEqual(stored.scores[key]);
      expect(high, key).toBeGreaterThanOrEqual(stored.scores[key]);
      expect(stored.targets[key], key).toBe(TARGETS[key] ?? null);
    }
  });

  it("keeps only the fields readers see, rounded to three places", () => {
    const counts = { ...emptyCounts(), gold: 3, predicted: 3, matched: 2, speakerCorrect: 1, stanceTotal: 3, stanceCorrect: 1 };
    const measured = scores(counts);
    const intervals = Object.fromEntries(SCORE_NAMES.map((k) => [k, [measured[k] / 2, 1] as [number, number]])) as Record<(typeof SCORE_NAMES)[number], [number, number]>;
    const record = publishedAccuracyOf({ scores: measured, intervals, targets: { stanceAccuracy: 0.7 } }, { extractorVersion: "v", measuredOn: "2026-01-02", articles: 1, statements: 3 });
    expect(Object.keys(record.scores)).toEqual(PUBLISHED_FIELDS.map((f) => f.key));
    expect(record.scores.stanceAccuracy).toBe(0.333);
    expect(record.intervals.speakerAccuracy).toEqual([0.25, 1]);
    expect(record.targets).toMatchObject({ stanceAccuracy: 0.7, speakerAccuracy: null });
    expect(record).not.toHaveProperty("scores.venueAccuracy");
  });
});
