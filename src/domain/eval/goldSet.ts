// Loads the hand-annotated evaluation set (tests/fixtures/gold/*.json), sorts each article into its part
// and runs the extractor over each. Used by `npm run eval` and the unit test.
//   seeds      the five seed articles (studied while the rules were written)
//   synthetic  focused cases written for the rules (tests/fixtures/articles)
//   dev        real reports (tests/fixtures/real) that may be studied and tuned to
//   test       real reports annotated blind and never tuned to: the headline figure
// The real reports' split is recorded once in tests/fixtures/real/split.json (decision 0040).
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { extractStatements } from "../extract";
import { addCounts, countArticle, emptyCounts, type Counts, type GoldStatement } from "./evaluate";

export const PARTS = ["test", "dev", "seeds", "synthetic"] as const;
export type Part = (typeof PARTS)[number];

export interface GoldFile {
  article: string;
  publishedAt: string | null;
  outlet: string | null;
  statements: GoldStatement[];
}

export interface GoldArticle {
  name: string;
  part: Part;
  gold: GoldFile;
  text: string;
}

export interface ArticleResult {
  name: string;
  part: Part;
  counts: Counts;
}

export interface RealSplit {
  dev: string[];
  test: string[];
}

export function loadSplit(root: string): RealSplit {
  const file = path.join(root, "tests/fixtures/real/split.json");
  if (!existsSync(file)) return { dev: [], test: [] };
  const { dev, test } = JSON.parse(readFileSync(file, "utf8")) as RealSplit;
  return { dev, test };
}

function partOf(name: string, article: string, split: RealSplit): Part {
  if (article.startsWith("seeds/")) return "seeds";
  if (article.startsWith("tests/fixtures/articles/")) return "synthetic";
  if (split.test.includes(name)) return "test";
  if (split.dev.includes(name)) return "dev";
  throw new Error(`${name}: a real article must be listed in tests/fixtures/real/split.json as dev or test`);
}

export function loadGoldSet(root: string): GoldArticle[] {
  const dir = path.join(root, "tests/fixtures/gold");
  const split = loadSplit(root);
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => {
      const gold = JSON.parse(readFileSync(path.join(dir, f), "utf8")) as GoldFile;
      const name = f.replace(/\.json$/, "");
      return { name, part: partOf(name, gold.article, split), gold, text: readFileSync(path.join(root, gold.article), "utf8") };
    });
}

export function evaluateGoldSet(root: string): { articles: ArticleResult[]; byPart: Record<Part, Counts> } {
  const articles = loadGoldSet(root).map(({ name, part, gold, text }) => {
    const predicted = extractStatements(text, { publishedAt: gold.publishedAt, outlet: gold.outlet }).statements;
    return { name, part, counts: countArticle(gold.statements, predicted) };
  });
  const byPart = Object.fromEntries(PARTS.map((part) => [part, emptyCounts()])) as Record<Part, Counts>;
  for (const a of articles) byPart[a.part] = addCounts(byPart[a.part], a.counts);
  return { articles, byPart };
}
