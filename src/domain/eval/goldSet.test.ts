// The hand-annotated gold set (tests/fixtures/gold): the five seeds, the synthetic cases and the real reports.
// First the fixtures themselves are checked (offsets, fields, manifests, the recorded split), then the
// extractor is scored and compared with the recorded baseline: a score may not fall more than the
// tolerance below it. The targets of the extraction issue are reported by `npm run eval`, not locked here.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { manifestSchema } from "../../schemas/articleManifest";
import { STANCES, STANCE_TOPICS, TOPICS } from "../extract/types";
import { regressions, sameOutletChain, scores, type Scores } from "./evaluate";
import { PARTS, evaluateGoldSet, loadGoldSet, loadSplit, type Part } from "./goldSet";

const root = path.resolve(__dirname, "../../..");
const goldSet = loadGoldSet(root);

function manifestEntries(folder: string) {
  const file = path.join(root, folder, "manifest.json");
  return existsSync(file) ? manifestSchema.parse(JSON.parse(readFileSync(file, "utf8"))).articles : [];
}

describe("the gold set", () => {
  it("covers the five seeds and at least twenty synthetic articles listed in their manifest", () => {
    expect(goldSet.filter((g) => g.part === "seeds")).toHaveLength(5);
    const synthetic = goldSet.filter((g) => g.part === "synthetic");
    expect(synthetic.length).toBeGreaterThanOrEqual(20);
    const manifest = manifestEntries("tests/fixtures/articles");
    for (const g of synthetic) expect(manifest.find((a) => a.file === path.basename(g.gold.article))?.synthetic, g.name).toBe(true);
  });

  it("lists every real report once in the split, each in its manifest as not synthetic", () => {
    const split = loadSplit(root);
    const real = goldSet.filter((g) => g.part === "dev" || g.part === "test").map((g) => g.name);
    expect([...split.dev, ...split.test].sort()).toEqual(real.sort());
    expect(split.dev.filter((name) => split.test.includes(name))).toEqual([]);
    const manifest = manifestEntries("tests/fixtures/real");
    for (const g of goldSet.filter((x) => x.part === "dev" || x.part === "test")) {
      expect(manifest.find((a) => a.file === path.basename(g.gold.article))?.synthetic, g.name).toBe(false);
    }
  });

  it("scores the fresh test batches of split.json as test, never as dev", () => {
    const file = JSON.parse(readFileSync(path.join(root, "tests/fixtures/real/split.json"), "utf8")) as {
      testBatches?: { test: string[] }[];
    };
    const fresh = (file.testBatches ?? []).flatMap((batch) => batch.test);
    for (const name of fresh) expect(goldSet.find((g) => g.name === name)?.part, name).toBe("test");
  });

  it("scores the later dev batches of split.json as dev, and no article in both parts", () => {
    const file = JSON.parse(readFileSync(path.join(root, "tests/fixtures/real/split.json"), "utf8")) as {
      devBatches?: { dev: string[] }[];
    };
    const added = (file.devBatches ?? []).flatMap((batch) => batch.dev);
    for (const name of added) expect(goldSet.find((g) => g.name === name)?.part, name).toBe("dev");
    const { dev, test } = loadSplit(root);
    expect(new Set(dev).size).toBe(dev.length);
    expect(dev.filter((name) => test.includes(name))).toEqual([]);
  });

  it.each(goldSet.map((g) => [g.name, g] as const))("%s: every gold statement is the text at its offsets, with valid fields", (_name, { gold, text }) => {
    expect(gold.statements.length).toBeGreaterThan(0);
    for (const s of gold.statements) {
      expect(text.slice(s.start, s.end)).toBe(s.quote);
      expect(["direct", "indirect"]).toContain(s.kind);
      expect(s.topics.length).toBeGreaterThan(0);
      for (const topic of s.topics) expect(TOPICS).toContain(topic);
      for (const [topic, finding] of Object.entries(s.stance ?? {})) {
        expect(STANCE_TOPICS).toContain(topic);
        expect(STANCES).toContain(finding!.value);
      }
    }
  });
});

describe("extraction against the gold set", () => {
  const { byPart } = evaluateGoldSet(root);
  const baselineFile = path.join(root, "tests/fixtures/eval-baseline.json");
  const baseline = JSON.parse(readFileSync(baselineFile, "utf8")) as Partial<Record<Part, Partial<Scores>>>;

  it.each(PARTS.filter((part) => byPart[part].gold > 0).map((part) => [part] as const))(
    "%s: no score falls below the recorded baseline by more than the tolerance",
    (part) => {
      expect(baseline[part], `${part} has a baseline (npm run eval -- --update-baseline)`).toBeDefined();
      expect(regressions(scores(byPart[part]), baseline[part]!)).toEqual([]);
    },
  );
});

describe("outlet chains in the scorer", () => {
  it("agree outlet by outlet through the outlet data, not by spelling alone", () => {
    expect(sameOutletChain("TVP.Info", "TVP Info")).toBe(true);
    expect(sameOutletChain("the Associated Press; Example Daily", "AP; Example Daily")).toBe(true);
    expect(sameOutletChain("Example Daily; AP", "AP; Example Daily")).toBe(false);
    expect(sameOutletChain(null, "AP")).toBe(false);
    expect(sameOutletChain(null, null)).toBe(true);
  });
});
