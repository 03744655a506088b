// Scores extracted statements against hand-annotated gold statements.
// Statements are paired on overlapping quote text (one-to-one, largest overlap
// first); the attribute scores are measured on the pairs.
import { foldDiacritics } from "../text";
import type { ExtractedStatement } from "../extract/types";

export type GoldStatement = Pick<
  ExtractedStatement,
  "quote" | "start" | "end" | "kind" | "speaker" | "outletCited" | "date" | "datePrecision" | "topics"
>;

export interface Counts {
  gold: number;
  predicted: number;
  matched: number;
  goldDirect: number;
  matchedDirect: number;
  goldIndirect: number;
  matchedIndirect: number;
  speakerCorrect: number;
  dateCorrect: number;
  outletCorrect: number;
  topicTp: number;
  topicFp: number;
  topicFn: number;
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
  directRecall: number;
  indirectRecall: number;
  speakerAccuracy: number;
  topicF1: number;
  dateAccuracy: number;
  outletAccuracy: number;
}

export function emptyCounts(): Counts {
  return { gold: 0, predicted: 0, matched: 0, goldDirect: 0, matchedDirect: 0, goldIndirect: 0, matchedIndirect: 0, speakerCorrect: 0, dateCorrect: 0, outletCorrect: 0, topicTp: 0, topicFp: 0, topicFn: 0 };
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Pairs gold and predicted statements whose quotes overlap by at least half of the shorter one. */
export function pairStatements(gold: GoldStatement[], predicted: GoldStatement[]): [number, number][] {
  const candidates: { g: number; p: number; size: number }[] = [];
  gold.forEach((g, gi) =>
    predicted.forEach((p, pi) => {
      const size = overlap(g, p);
      if (size > 0 && size >= 0.5 * Math.min(g.end - g.start, p.end - p.start)) candidates.push({ g: gi, p: pi, size });
    }),
  );
  candidates.sort((a, b) => b.size - a.size);
  const usedGold = new Set<number>();
  const usedPredicted = new Set<number>();
  const pairs: [number, number][] = [];
  for (const c of candidates) {
    if (usedGold.has(c.g) || usedPredicted.has(c.p)) continue;
    usedGold.add(c.g);
    usedPredicted.add(c.p);
    pairs.push([c.g, c.p]);
  }
  return pairs;
}

const norm = (value: string | null | undefined) => (value ? foldDiacritics(value).toLowerCase().replace(/\s+/g, " ").trim() : "");

function sameDate(g: GoldStatement, p: GoldStatement): boolean {
  if (!g.date || !p.date) return !g.date && !p.date;
  const length = { day: 10, month: 7, year: 4 }[g.datePrecision ?? "day"];
  return g.date.slice(0, length) === p.date.slice(0, length) && (g.datePrecision ?? "day") === (p.datePrecision ?? "day");
}

export function countArticle(gold: GoldStatement[], predicted: GoldStatement[]): Counts {
  const counts = emptyCounts();
  counts.gold = gold.length;
  counts.predicted = predicted.length;
  counts.goldDirect = gold.filter((g) => g.kind === "direct").length;
  counts.goldIndirect = gold.length - counts.goldDirect;
  for (const [gi, pi] of pairStatements(gold, predicted)) {
    const g = gold[gi];
    const p = predicted[pi];
    counts.matched++;
    if (g.kind === "direct") counts.matchedDirect++;
    else counts.matchedIndirect++;
    if (norm(g.speaker) === norm(p.speaker)) counts.speakerCorrect++;
    if (sameDate(g, p)) counts.dateCorrect++;
    if (norm(g.outletCited) === norm(p.outletCited)) counts.outletCorrect++;
    for (const topic of p.topics) {
      if (g.topics.includes(topic)) counts.topicTp++;
      else counts.topicFp++;
    }
    for (const topic of g.topics) if (!p.topics.includes(topic)) counts.topicFn++;
  }
  return counts;
}

export function addCounts(a: Counts, b: Counts): Counts {
  const sum = emptyCounts();
  for (const key of Object.keys(sum) as (keyof Counts)[]) sum[key] = a[key] + b[key];
  return sum;
}

const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);

export function scores(c: Counts): Scores {
  const precision = ratio(c.matched, c.predicted);
  const recall = ratio(c.matched, c.gold);
  const topicPrecision = ratio(c.topicTp, c.topicTp + c.topicFp);
  const topicRecall = ratio(c.topicTp, c.topicTp + c.topicFn);
  return {
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    directRecall: ratio(c.matchedDirect, c.goldDirect),
    indirectRecall: ratio(c.matchedIndirect, c.goldIndirect),
    speakerAccuracy: ratio(c.speakerCorrect, c.matched),
    topicF1: topicPrecision + topicRecall === 0 ? 0 : (2 * topicPrecision * topicRecall) / (topicPrecision + topicRecall),
    dateAccuracy: ratio(c.dateCorrect, c.matched),
    outletAccuracy: ratio(c.outletCorrect, c.matched),
  };
}

/** The bar set by the extraction issue, checked by `npm run eval` and the unit test. */
export const TARGETS: Partial<Scores> = {
  f1: 0.9,
  directRecall: 0.95,
  speakerAccuracy: 0.95,
  topicF1: 0.85,
  dateAccuracy: 0.9,
  outletAccuracy: 0.9,
};

export function missedTargets(s: Scores): string[] {
  return (Object.entries(TARGETS) as [keyof Scores, number][]).filter(([key, bar]) => s[key] < bar).map(([key, bar]) => `${key} ${s[key].toFixed(3)} < ${bar}`);
}
