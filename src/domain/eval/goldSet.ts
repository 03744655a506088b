// Loads the hand-annotated evaluation set (tests/fixtures/gold/*.json) and
// runs the extractor over each article. Used by `npm run eval` and the unit test.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { extractStatements } from "../extract";
import { addCounts, countArticle, emptyCounts, type Counts, type GoldStatement } from "./evaluate";

export interface GoldFile {
  article: string;
  publishedAt: string | null;
  outlet: string | null;
  statements: GoldStatement[];
}

export interface ArticleResult {
  name: string;
  counts: Counts;
}

export function loadGoldSet(root: string): { name: string; gold: GoldFile; text: string }[] {
  const dir = path.join(root, "tests/fixtures/gold");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => {
      const gold = JSON.parse(readFileSync(path.join(dir, f), "utf8")) as GoldFile;
      return { name: f.replace(/\.json$/, ""), gold, text: readFileSync(path.join(root, gold.article), "utf8") };
    });
}

export function evaluateGoldSet(root: string): { articles: ArticleResult[]; total: Counts } {
  const articles = loadGoldSet(root).map(({ name, gold, text }) => {
    const predicted = extractStatements(text, { publishedAt: gold.publishedAt, outlet: gold.outlet }).statements;
    return { name, counts: countArticle(gold.statements, predicted) };
  });
  return { articles, total: articles.reduce((sum, a) => addCounts(sum, a.counts), emptyCounts()) };
}
