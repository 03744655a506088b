// Scores extracted statements against hand-annotated gold statements.
// Statements are paired on overlapping quote text (one-to-one, largest overlap
// first); every attribute is scored on the pairs: speaker, role, kind, outlet,
// venue, date, topics and stance (a missing stance counts as "neutral").
import { foldDiacritics } from "../text";
import { STANCE_TOPICS, TOPICS, type ExtractedStatement, type StanceTopic, type Topic } from "../extract/types";
import { canonicalOutletName } from "../outlets/gazetteer";
import { overlapByHalf, sameRole } from "../people/roles";

export type GoldStatement = Pick<
  ExtractedStatement,
  "quote" | "start" | "end" | "kind" | "speaker" | "outletCited" | "date" | "datePrecision" | "topics"
> &
  Partial<Pick<ExtractedStatement, "speakerRole" | "venue" | "stance">>;

/** Gold stance value → predicted stance value ("neutral" when absent) → how often. */
export type Confusion = Record<string, Record<string, number>>;

/** How one topic fared on the matched pairs: predicted and in gold, predicted only, in gold only. */
export interface TopicTally {
  tp: number;
  fp: number;
  fn: number;
}

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
  /** The same confusion, one table per stance topic. */
  stanceByTopic: Record<StanceTopic, Confusion>;
  topicByTopic: Record<Topic, TopicTally>;
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
    stanceByTopic: { troops: {}, negotiations: {}, membership: {} },
    topicByTopic: { troops: { tp: 0, fp: 0, fn: 0 }, negotiations: { tp: 0, fp: 0, fn: 0 }, membership: { tp: 0, fp: 0, fn: 0 }, other: { tp: 0, fp: 0, fn: 0 } },
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
  return overlapByHalf(words(gold), words(predicted));
}

export function sameDate(g: GoldStatement, p: GoldStatement): boolean {
  if (!g.date || !p.date) return !g.date && !p.date;
  const length = { day: 10, month: 7, year: 4 }[g.datePrecision ?? "day"];
  return g.date.slice(0, length) === p.date.slice(0, length) && (g.datePrecision ?? "day") === (p.datePrecision ?? "day");
}

/** The stance judgements of one pair: one per stance topic that either side names ("neutral" when absent). */
export function stanceJudgements(g: GoldStatement, p: GoldStatement): { topic: StanceTopic; expected: string; got: string }[] {
  return STANCE_TOPICS.filter((t) => g.stance?.[t] || p.stance?.[t]).map((topic) => ({
    topic,
    expected: g.stance?.[topic]?.value ?? "neutral",
    got: p.stance?.[topic]?.value ?? "neutral",
  }));
}

function tally(confusion: Confusion, expected: string, got: string): void {
  const row = (confusion[expected] ??= {});
  row[got] = (row[got] ?? 0) + 1;
}

function countStances(counts: Counts, g: GoldStatement, p: GoldStatement): void {
  for (const { topic, expected, got } of stanceJudgements(g, p)) {
    counts.stanceTotal++;
    if (expected === got) counts.stanceCorrect++;
    tally(counts.stanceConfusion, expected, got);
    tally(counts.stanceByTopic[topic], expected, got);
  }
}

function countTopics(counts: Counts, g: GoldStatement, p: GoldStatement): void {
  for (const topic of TOPICS) {
    const inGold = g.topics.includes(topic);
    const inPredicted = p.topics.includes(topic);
    const outcome = inPredicted ? (inGold ? "tp" : "fp") : inGold ? "fn" : null;
    if (!outcome) continue;
    counts.topicByTopic[topic][outcome]++;
    counts[outcome === "tp" ? "topicTp" : outcome === "fp" ? "topicFp" : "topicFn"]++;
  }
}

/** Names and outlets agree when they are equal ignoring case, diacritics and spacing. */
export const sameValue = (gold: string | null | undefined, predicted: string | null | undefined): boolean => norm(gold) === norm(predicted);

/**
 * Outlet chains agree outlet by outlet, each compared through the outlet data: two forms the data gives to one
 * outlet ("Example.TV" and "Example TV") are the same outlet, as two spellings of one name are one speaker.
 */
export function sameOutletChain(gold: string | null | undefined, predicted: string | null | undefined): boolean {
  const outlets = (chain: string | null | undefined) => (chain ? chain.split(";").map((name) => norm(canonicalOutletName(name.trim()))).join("; ") : "");
  return outlets(gold) === outlets(predicted);
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
    if (sameValue(g.speaker, p.speaker)) counts.speakerCorrect++;
    if (sameRole(g.speakerRole, p.speakerRole)) counts.roleCorrect++;
    if (sameDate(g, p)) counts.dateCorrect++;
    if (sameOutletChain(g.outletCited, p.outletCited)) counts.outletCorrect++;
    if (similarPhrase(g.venue, p.venue)) counts.venueCorrect++;
    countTopics(counts, g, p);
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
    else if (key === "stanceByTopic") for (const t of STANCE_TOPICS) sum.stanceByTopic[t] = addConfusion(a.stanceByTopic[t], b.stanceByTopic[t]);
    else if (key === "topicByTopic") for (const t of TOPICS) sum.topicByTopic[t] = addTally(a.topicByTopic[t], b.topicByTopic[t]);
    else sum[key] = a[key] + b[key];
  }
  return sum;
}

const addTally = (a: TopicTally, b: TopicTally): TopicTally => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn });

/** Precision and recall of one topic over the matched pairs. */
export function topicPrecisionRecall(t: TopicTally): { precision: number; recall: number } {
  return { precision: ratio(t.tp, t.tp + t.fp), recall: ratio(t.tp, t.tp + t.fn) };
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
