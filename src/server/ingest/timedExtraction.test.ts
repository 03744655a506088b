import { describe, expect, it } from "vitest";
import { existsSync } from "node:fs";
import { dataCheckedMarkOf, TimedExtractor, wordReadingsOf } from "./timedExtraction";
import { extractionWorkerBundle } from "./workerBundle";

const context = { publishedAt: "2024-06-03", outlet: null, language: "en" } as const;
const ARTICLE = `Mark Rutte said on Monday: "The alliance will keep every road to the north open this winter."\n`;

// The worker starts with the run, before the first article needs it (decision 0330).
describe("the extraction worker started ahead", () => {
  it("serves the first article from the worker started ahead, and again after it was closed", async () => {
    const extractor = new TimedExtractor(60_000);
    extractor.warmUp();
    extractor.warmUp(); // one worker, however often asked
    expect((await extractor.extract("a.txt", ARTICLE, context)).map((s) => s.speaker)).toEqual(["Mark Rutte"]);
    // Its data files passed their checks: the next worker of this bundle skips them (decision 0460), same people.
    expect(existsSync(dataCheckedMarkOf(await extractionWorkerBundle()))).toBe(true);
    // And its patterns' word readings are kept for the next worker (decision 0690), which extracts the same.
    expect(existsSync(wordReadingsOf(await extractionWorkerBundle()))).toBe(true);
    await extractor.close();
    expect((await extractor.extract("b.txt", ARTICLE, context)).map((s) => s.speaker)).toEqual(["Mark Rutte"]);
    await extractor.close();
  }, 120_000);

  it("closes a worker that is still starting, so that a run with nothing to extract leaves none behind", async () => {
    const extractor = new TimedExtractor(60_000);
    extractor.warmUp();
    await expect(extractor.close()).resolves.toBeUndefined();
    await expect(extractor.close()).resolves.toBeUndefined();
  }, 120_000);
});
