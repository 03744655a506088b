// Scores extracted statements against hand-annotated gold statements.
// Statements are paired on overlapping quote text (one-to-one, largest overlap
// first); every attribute is scored on the pairs: speaker, role, kind, outlet,
// venue, date, topics and stance (a missing stance counts as "neutral").
import { foldDiacritics } from "../text";
import { STANCE_TOPICS, type ExtractedStatement } from "../extract/types";

export type GoldStatement = Pick<
  ExtractedStatement,
  "quote" | "start" | "end" | "kind" | "speaker" | "outletCited" | "date" | "datePrecision" | "topics"
> &
  Partial<Pick<ExtractedStatement, "speakerRole" | "venue" | "stance">>;

/** Gold stance value → predicted stance value ("neutral" when absent) → how often. */
export type Confusion = Record<string, Record<string, number>>;

export interface Counts {
  gold: number;
  predicted: number;
  matched: number;
  goldDirect: number;
  matchedDirect: number;
  goldIndirect: number;
  matchedIndirect: number;
  speakerCorrect: number;
  roleCorrect: number;
  kindCorrect: number;
  dateCorrect: number;
  outletCorrect: number;
  venueCorrect: number;
  topicTp: number;
  topicFp: number;
  topicFn: number;
  /** Stance judgements: one per matched pair and stance topic that either side names. */
  stanceTotal: number;
  stanceCorrect: number;
  stanceConfusion: Confusion;
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
  directRecall: number;
  indirectRecall: number;
  speakerAccuracy: number;
  roleAccuracy: number;
  kindAccuracy: number;
  topicF1: number;
  stanceAccuracy: number;
  dateAccuracy: number;
  outletAccuracy: number;
  venueAccuracy: number;
}

export const SCORE_NAMES = [
  "precision", "recall", "f1", "directRecall", "indirectRecall", "speakerAccuracy", "roleAccuracy", "kindAccuracy",
  "topicF1", "stanceAccuracy", "dateAccuracy", "outletAccuracy", "venueAccuracy",
] as const satisfies readonly (keyof Scores)[];

export function emptyCounts(): Counts {
  return {
    gold: 0, predicted: 0, matched: 0, goldDirect: 0, matchedDirect: 0, goldIndirect: 0, matchedIndirect: 0,
    speakerCorrect: 0, roleCorrect: 0, kindCorrect: 0, dateCorrect: 0, outletCorrect: 0, venueCorrect: 0,
    topicTp: 0, topicFp: 0, topicFn: 0, stanceTotal: 0, stanceCorrect: 0, stanceConfusion: {},
  };
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

const FILLER = new Set(["a", "an", "the", "of", "and", "in", "at", "on", "for", "to", "s"]);
const words = (value: string) => new Set(norm(value).split(/[^a-z0-9]+/).filter((w) => w && !FILLER.has(w)));

/**
 * Free-text fields (role, venue) are written in many ways: "Secretary General of NATO" and "NATO Secretary
 * General" are one role, "a press conference" and "press conference in Brussels" one venue. They agree
 * when both are empty, or when their content words overlap by at least half (Jaccard ≥ 0.5).
 */
export function similarPhrase(gold: string | null | undefined, predicted: string | null | undefined): boolean {
  if (!gold || !predicted) return !gold && !predicted;
  const a = words(gold);
  const b = words(predicted);
  const shared = [...a].filter((w) => b.has(w)).length;
  const union = new Set([...a, ...b]).size;
  return union === 0 || shared / union >= 0.5;
}

function sameDate(g: GoldStatement, p: GoldStatement): boolean {
  if (!g.date || !p.date) return !g.date && !p.date;
  const length = { day: 10, month: 7, year: 4 }[g.datePrecision ?? "day"];
  return g.date.slice(0, length) === p.date.slice(0, length) && (g.datePrecision ?? "day") === (p.datePrecision ?? "day");
}

function countStances(counts: Counts, g: GoldStatement, p: GoldStatement): void {
  const judged = STANCE_TOPICS.filter((t) => g.stance?.[t] || p.stance?.[t]);
  for (const topic of judged) {
    const expected = g.stance?.[topic]?.value ?? "neutral";
    const got = p.stance?.[topic]?.value ?? "neutral";
    counts.stanceTotal++;
    if (expected === got) counts.stanceCorrect++;
    const row = (counts.stanceConfusion[expected] ??= {});
    row[got] = (row[got] ?? 0) + 1;
  }
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
    if (g.kind === p.kind) counts.kindCorrect++;
    if (norm(g.speaker) === norm(p.speaker)) counts.speakerCorrect++;
    if (similarPhrase(g.speakerRole, p.speakerRole)) counts.roleCorrect++;
    if (sameDate(g, p)) counts.dateCorrect++;
    if (norm(g.outletCited) === norm(p.outletCited)) counts.outletCorrect++;
    if (similarPhrase(g.venue, p.venue)) counts.venueCorrect++;
    for (const topic of p.topics) {
      if (g.topics.includes(topic)) counts.topicTp++;
      else counts.topicFp++;
    }
    for (const topic of g.topics) if (!p.topics.includes(topic)) counts.topicFn++;
    countStances(counts, g, p);
  }
  return counts;
}

function addConfusion(a: Confusion, b: Confusion): Confusion {
  const sum: Confusion = {};
  for (const source of [a, b])
    for (const [expected, row] of Object.entries(source))
      for (const [got, n] of Object.entries(row)) (sum[expected] ??= {})[got] = (sum[expected][got] ?? 0) + n;
  return sum;
}

export function addCounts(a: Counts, b: Counts): Counts {
  const sum = emptyCounts();
  for (const key of Object.keys(sum) as (keyof Counts)[]) {
    if (key === "stanceConfusion") sum.stanceConfusion = addConfusion(a.stanceConfusion, b.stanceConfusion);
    else sum[key] = a[key] + b[key];
  }
  return sum;
}

const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);
const harmonic = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

export function scores(c: Counts): Scores {
  const precision = ratio(c.matched, c.predicted);
  const recall = ratio(c.matched, c.gold);
  return {
    precision,
    recall,
    f1: harmonic(precision, recall),
    directRecall: ratio(c.matchedDirect, c.goldDirect),
    indirectRecall: ratio(c.matchedIndirect, c.goldIndirect),
    speakerAccuracy: ratio(c.speakerCorrect, c.matched),
    roleAccuracy: ratio(c.roleCorrect, c.matched),
    kindAccuracy: ratio(c.kindCorrect, c.matched),
    topicF1: harmonic(ratio(c.topicTp, c.topicTp + c.topicFp), ratio(c.topicTp, c.topicTp + c.topicFn)),
    stanceAccuracy: ratio(c.stanceCorrect, c.stanceTotal),
    dateAccuracy: ratio(c.dateCorrect, c.matched),
    outletAccuracy: ratio(c.outletCorrect, c.matched),
    venueAccuracy: ratio(c.venueCorrect, c.matched),
  };
}

/** The bar the extraction issue sets on real articles the rules were never written against (the test part). */
export const TARGETS: Partial<Scores> = {
  f1: 0.92,
  directRecall: 0.97,
  speakerAccuracy: 0.95,
  topicF1: 0.85,
  stanceAccuracy: 0.7,
  outletAccuracy: 0.85,
  dateAccuracy: 0.9,
};

export function missedTargets(s: Scores): string[] {
  return (Object.entries(TARGETS) as [keyof Scores, number][]).filter(([key, bar]) => s[key] < bar).map(([key, bar]) => `${key} ${s[key].toFixed(3)} < ${bar}`);
}

/** How far a score may fall below the recorded baseline before the regression check fails. */
export const REGRESSION_TOLERANCE = 0.02;

/** The scores that fell more than the tolerance below their baseline. */
export function regressions(current: Scores, baseline: Partial<Scores>, tolerance = REGRESSION_TOLERANCE): string[] {
  return SCORE_NAMES.filter((key) => baseline[key] !== undefined && current[key] < baseline[key]! - tolerance).map(
    (key) => `${key} ${current[key].toFixed(3)} < baseline ${baseline[key]!.toFixed(3)} − ${tolerance}`,
  );
}
