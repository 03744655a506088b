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
import type { ExtractedStatement } from "../extract/types";
import { sameRole } from "../people/roles";
import { addCounts, countArticle, emptyCounts, pairStatements, sameDate, sameOutletChain, sameValue, similarPhrase, stanceJudgements, type Counts, type GoldStatement } from "./evaluate";

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
  /** The article's headline from its manifest, as an import would pass it. */
  headline: string | null;
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

/** Fresh articles added to test later, annotated blind before the extractor saw them (decision 0105). */
interface TestBatch {
  decided: string;
  test: string[];
}

/** Fresh articles added to dev later, to widen what may be studied (decision 0190); never moved to test. */
interface DevBatch {
  decided: string;
  dev: string[];
}

type RealSplitFile = RealSplit & { testBatches?: TestBatch[]; devBatches?: DevBatch[] };

export function loadSplit(root: string): RealSplit {
  const file = path.join(root, "tests/fixtures/real/split.json");
  if (!existsSync(file)) return { dev: [], test: [] };
  const { dev, test, testBatches = [], devBatches = [] } = JSON.parse(readFileSync(file, "utf8")) as RealSplitFile;
  return {
    dev: [...dev, ...devBatches.flatMap((batch) => batch.dev)],
    test: [...test, ...testBatches.flatMap((batch) => batch.test)],
  };
}

function partOf(name: string, article: string, split: RealSplit): Part {
  if (article.startsWith("seeds/")) return "seeds";
  if (article.startsWith("tests/fixtures/articles/")) return "synthetic";
  if (split.test.includes(name)) return "test";
  if (split.dev.includes(name)) return "dev";
  throw new Error(`${name}: a real article must be listed in tests/fixtures/real/split.json as dev or test`);
}

/** The title each manifest records, by article path (seeds/x.txt → "…"). */
function headlines(root: string): Map<string, string> {
  const titles = new Map<string, string>();
  for (const folder of ["seeds", "tests/fixtures/articles", "tests/fixtures/real"]) {
    const file = path.join(root, folder, "manifest.json");
    if (!existsSync(file)) continue;
    const { articles } = JSON.parse(readFileSync(file, "utf8")) as { articles: { file: string; title?: string | null }[] };
    for (const a of articles) if (a.title) titles.set(`${folder}/${a.file}`, a.title);
  }
  return titles;
}

/**
 * The two fixed halves of dev (decision 0140): the ids in sorted order, alternately A and B. Rules are written
 * looking at one half and checked on the other, a guard against fitting dev as a whole.
 */
export function devHalves(dev: string[]): Map<string, "A" | "B"> {
  return new Map([...dev].sort().map((id, i) => [id, i % 2 === 0 ? "A" : "B"]));
}

export function loadGoldSet(root: string): GoldArticle[] {
  const dir = path.join(root, "tests/fixtures/gold");
  const split = loadSplit(root);
  const titles = headlines(root);
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => {
      const gold = JSON.parse(readFileSync(path.join(dir, f), "utf8")) as GoldFile;
      const name = f.replace(/\.json$/, "");
      const text = readFileSync(path.join(root, gold.article), "utf8");
      return { name, part: partOf(name, gold.article, split), gold, text, headline: titles.get(gold.article) ?? null };
    });
}

function extract({ gold, text, headline }: GoldArticle, explain = false): ExtractedStatement[] {
  return extractStatements(text, { publishedAt: gold.publishedAt, outlet: gold.outlet, headline, explain }).statements;
}

export function evaluateGoldSet(root: string): { articles: ArticleResult[]; byPart: Record<Part, Counts> } {
  const articles = loadGoldSet(root).map((article) => ({ name: article.name, part: article.part, counts: countArticle(article.gold.statements, extract(article)) }));
  const byPart = Object.fromEntries(PARTS.map((part) => [part, emptyCounts()])) as Record<Part, Counts>;
  for (const a of articles) byPart[a.part] = addCounts(byPart[a.part], a.counts);
  return { articles, byPart };
}

/** One wrong topic set or stance on a matched statement, with the rule that decided it. */
export interface ClassificationError {
  article: string;
  quote: string;
  field: "topics" | `stance.${string}`;
  gold: string;
  predicted: string;
  rule: string;
}

/**
 * The topic and stance errors of a part, for studying the rules. The test part is never listed: it is scored
 * blind, and reading its errors would tune the rules to it (decision 0040).
 */
export function classificationErrors(root: string, part: Exclude<Part, "test">): ClassificationError[] {
  if ((part as Part) === "test") throw new Error("the test part is scored blind: its errors are never listed");
  return loadGoldSet(root)
    .filter((a) => a.part === part)
    .flatMap((article) => {
      const predicted = extract(article, true);
      return pairStatements(article.gold.statements, predicted).flatMap(([gi, pi]) => errorsOfPair(article.name, article.gold.statements[gi], predicted[pi]));
    });
}

function errorsOfPair(article: string, g: GoldStatement, p: ExtractedStatement): ClassificationError[] {
  const why = (d: { rule: string; source?: string; evidence?: string | null } | undefined) =>
    d ? `${d.rule}${d.source ? ` (${d.source})` : ""}${d.evidence ? `: ${d.evidence}` : ""}` : "none";
  const errors: ClassificationError[] = [];
  const sorted = (topics: string[]) => [...topics].sort().join(",");
  if (sorted(g.topics) !== sorted(p.topics))
    errors.push({ article, quote: p.quote, field: "topics", gold: sorted(g.topics), predicted: sorted(p.topics), rule: why(p.explain?.topics) });
  for (const { topic, expected, got } of stanceJudgements(g, p))
    if (expected !== got) errors.push({ article, quote: p.quote, field: `stance.${topic}`, gold: expected, predicted: got, rule: why(p.explain?.stance[topic]) });
  return errors;
}

/** One field a matched statement got wrong, or a gold statement missed, or an extracted one not in the gold. */
export interface FieldError {
  article: string;
  quote: string;
  field: "missed" | "spurious" | "speaker" | "speakerRole" | "outletCited" | "venue" | "date";
  gold: string;
  predicted: string;
  rule: string;
}

const shown = (value: string | null | undefined) => value ?? "—";

/**
 * Every recall, speaker, role, outlet and date error of a studied part, with the rule that decided the field.
 * Like `classificationErrors`, it refuses the test part (decision 0040).
 */
export function fieldErrors(root: string, part: Exclude<Part, "test">): FieldError[] {
  if ((part as Part) === "test") throw new Error("the test part is scored blind: its errors are never listed");
  return loadGoldSet(root)
    .filter((a) => a.part === part)
    .flatMap((article) => {
      const gold = article.gold.statements;
      const predicted = extract(article, true);
      const pairs = pairStatements(gold, predicted);
      const matchedGold = new Set(pairs.map(([gi]) => gi));
      const matchedPredicted = new Set(pairs.map(([, pi]) => pi));
      const errors: FieldError[] = [];
      gold.forEach((g, gi) => {
        if (!matchedGold.has(gi)) errors.push({ article: article.name, quote: g.quote, field: "missed", gold: `${g.kind} ${shown(g.speaker)}`, predicted: "—", rule: "none" });
      });
      predicted.forEach((p, pi) => {
        if (!matchedPredicted.has(pi)) errors.push({ article: article.name, quote: p.quote, field: "spurious", gold: "—", predicted: `${p.kind} ${shown(p.speaker)}`, rule: explained(p.explain?.quote) });
      });
      for (const [gi, pi] of pairs) errors.push(...fieldErrorsOfPair(article.name, gold[gi], predicted[pi]));
      return errors;
    });
}

function explained(d: { rule: string; source?: string; evidence?: string | null } | undefined): string {
  return d ? `${d.rule}${d.source ? ` (${d.source})` : ""}${d.evidence ? `: ${d.evidence}` : ""}` : "none";
}

function fieldErrorsOfPair(article: string, g: GoldStatement, p: ExtractedStatement): FieldError[] {
  const checks: ["speaker" | "speakerRole" | "outletCited" | "venue" | "date", boolean, string | null | undefined, string | null | undefined][] = [
    ["speaker", sameValue(g.speaker, p.speaker), g.speaker, p.speaker],
    ["speakerRole", sameRole(g.speakerRole, p.speakerRole), g.speakerRole, p.speakerRole],
    ["outletCited", sameOutletChain(g.outletCited, p.outletCited), g.outletCited, p.outletCited],
    ["venue", similarPhrase(g.venue, p.venue), g.venue, p.venue],
    ["date", sameDate(g, p), g.date && `${g.date} (${g.datePrecision})`, p.date && `${p.date} (${p.datePrecision})`],
  ];
  return checks
    .filter(([, correct]) => !correct)
    .map(([field, , gold, predicted]) => ({ article, quote: p.quote, field, gold: shown(gold), predicted: shown(predicted), rule: explained(p.explain?.[field]) }));
}
