// The hand-annotated gold set (tests/fixtures/gold): the five seeds and the synthetic articles.
// First the fixtures themselves are checked (offsets, fields), then the extractor is scored
// against them with the bar the extraction issue sets.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { manifestSchema } from "../../schemas/articleManifest";
import { TOPICS } from "../extract/types";
import { missedTargets, scores } from "./evaluate";
import { evaluateGoldSet, loadGoldSet } from "./goldSet";

const root = path.resolve(__dirname, "../../..");
const goldSet = loadGoldSet(root);

describe("the gold set", () => {
  it("covers the five seeds and at least twenty synthetic articles listed in their manifest", () => {
    const names = goldSet.map((g) => g.name);
    expect(names.filter((n) => n.startsWith("seed-"))).toHaveLength(5);
    const manifest = manifestSchema.parse(JSON.parse(readFileSync(path.join(root, "tests/fixtures/articles/manifest.json"), "utf8")));
    const synthetic = goldSet.filter((g) => g.gold.article.startsWith("tests/fixtures/articles/"));
    expect(synthetic.length).toBeGreaterThanOrEqual(20);
    for (const g of synthetic) {
      const entry = manifest.articles.find((a) => a.file === path.basename(g.gold.article));
      expect(entry, `${g.name} is in the manifest`).toBeDefined();
      expect(entry!.synthetic).toBe(true);
    }
  });

  it.each(goldSet.map((g) => [g.name, g] as const))("%s: every gold quote is the text at its offsets", (_name, { gold, text }) => {
    expect(gold.statements.length).toBeGreaterThan(0);
    for (const s of gold.statements) {
      expect(text.slice(s.start, s.end)).toBe(s.quote);
      expect(["direct", "indirect"]).toContain(s.kind);
      expect(s.topics.length).toBeGreaterThan(0);
      for (const topic of s.topics) expect(TOPICS).toContain(topic);
    }
  });
});

describe("extraction against the gold set", () => {
  const { articles, total } = evaluateGoldSet(root);

  it("meets the bar overall: F1 ≥ 0.90, direct recall ≥ 0.95, speaker ≥ 0.95, topic F1 ≥ 0.85, date and outlet ≥ 0.90", () => {
    expect(missedTargets(scores(total))).toEqual([]);
  });

  it.each(articles.filter((a) => a.name.startsWith("seed-")).map((a) => [a.name, a] as const))(
    "%s: finds every direct quote and names every speaker right",
    (_name, { counts }) => {
      expect(counts.matchedDirect).toBe(counts.goldDirect);
      expect(counts.speakerCorrect).toBe(counts.matched);
    },
  );
});
