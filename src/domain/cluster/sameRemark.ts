// Decides which reports print the same remark, so that one statement can carry
// every outlet's wording. Rule (docs/decisions/0004-one-statement-many-reports.md):
// same speaker, dates that can be the same occasion, and then either the same
// event (same receiving outlet or venue) with related wording, or nearly the
// same wording on its own. Each article contributes at most one report to a statement.

import { keptIn } from "../keptIn";
import { foldDiacritics } from "../text";

export interface RemarkReport {
  speaker: string | null;
  quote: string;
  kind: "direct" | "indirect";
  /** ISO date (day, or first of month/year) and its precision. */
  date: string | null;
  datePrecision: "day" | "month" | "year" | null;
  /** The outlet that received the remark (first of the chain), or null. */
  receivingOutlet: string | null;
  venue: string | null;
  topics: string[];
}

const STOPWORDS = new Set(
  ("a an the and or but if then so than that this these those there here is are was were be been being am do does did done " +
    "have has had having i me my we our us you your he him his she her it its they them their what which who whom whose " +
    "to of in on at by for with from into onto about as up down out over under again further once not no nor only own same " +
    "too very can will would should could may might must shall just also still even really clearly now whenever when where " +
    "why how all any both each few more most other some such get make sure think").split(" "),
);

const SAME_EVENT_THRESHOLD = 0.3;
const WORDING_ONLY_THRESHOLD = 0.6;

function stem(word: string): string {
  let w = foldDiacritics(word.toLowerCase()).replace(/['’]s$/, "").replace(/n['’]t$/, "");
  if (w.startsWith("un") && w.length > 5) w = w.slice(2); // "unwise" / "wise" share a root
  for (const suffix of ["ations", "ation", "ments", "ment", "ing", "ies", "ied", "ers", "ed", "es", "er", "ly", "s"]) {
    if (w.length - suffix.length >= 4 && w.endsWith(suffix)) return w.slice(0, w.length - suffix.length);
  }
  return w;
}

export function contentWords(text: string): Set<string> {
  const words = text.match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  return new Set(words.map((w) => w.toLowerCase()).filter((w) => w.length > 2 && !STOPWORDS.has(w)).map(stem));
}

/** Dice coefficient of the two wordings' content-word stems. */
export function wordingSimilarity(a: string, b: string): number {
  return diceOf(contentWords(a), contentWords(b));
}

function diceOf(x: Set<string>, y: Set<string>): number {
  if (!x.size || !y.size) return 0;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return (2 * shared) / (x.size + y.size);
}

/**
 * What is kept across calls, since an import compares each article with the same prolific speakers' printings
 * again and again (scale, decision 0460): their content words and day numbers, pure functions of a string.
 * Bounded: emptied when full. The kept sets are only ever read.
 */
const KEPT_AT_MOST = 5_000;
const keptWords = new Map<string, Set<string>>();
const keptDays = new Map<string, number>();

function dayNumber(date: string): number {
  return keptIn(keptDays, KEPT_AT_MOST, date, (d) => Math.floor(Date.parse(`${d.slice(0, 10)}T00:00:00Z`) / 86_400_000));
}

/** Dates that can describe the same occasion: within three days, or one contains the other. */
export function compatibleDates(a: RemarkReport, b: RemarkReport): boolean {
  if (!a.date || !b.date) return true;
  if (a.datePrecision === "year" || b.datePrecision === "year") return a.date.slice(0, 4) === b.date.slice(0, 4);
  if (a.datePrecision === "month" || b.datePrecision === "month") return a.date.slice(0, 7) === b.date.slice(0, 7) || Math.abs(dayNumber(a.date) - dayNumber(b.date)) <= 31;
  return Math.abs(dayNumber(a.date) - dayNumber(b.date)) <= 3;
}

function sameEvent(a: RemarkReport, b: RemarkReport): boolean {
  if (a.receivingOutlet && b.receivingOutlet) return a.receivingOutlet === b.receivingOutlet;
  if (a.venue && b.venue) return a.venue.toLowerCase() === b.venue.toLowerCase();
  return false;
}

/** How strongly two reports look like the same remark; 0 when they cannot be. */
export function remarkScore(a: RemarkReport, b: RemarkReport, wordsOf: (text: string) => Set<string> = contentWords): number {
  if (!a.speaker || a.speaker !== b.speaker || !compatibleDates(a, b)) return 0;
  const wording = diceOf(wordsOf(a.quote), wordsOf(b.quote));
  const topicBonus = a.topics.some((t) => t !== "other" && b.topics.includes(t)) ? 0.15 : 0;
  const kindBonus = a.kind === b.kind ? 0.05 : 0;
  const score = wording + topicBonus + kindBonus;
  if (sameEvent(a, b)) return score >= SAME_EVENT_THRESHOLD ? score : 0;
  return wording >= WORDING_ONLY_THRESHOLD ? score : 0;
}

/**
 * Pairs new reports (from one article) with existing statements, best score
 * first, each side used at most once. Returns, per new report index, the
 * index of the matched candidate or -1.
 */
export function matchReports(reports: RemarkReport[], candidates: RemarkReport[][]): number[] {
  // Each wording is compared with many others, and the same candidates come back article after article: its
  // content words are computed once.
  const wordsOf = (text: string) => keptIn(keptWords, KEPT_AT_MOST, text, contentWords);
  const pairs: { report: number; candidate: number; score: number }[] = [];
  reports.forEach((report, r) => {
    candidates.forEach((printings, c) => {
      const score = Math.max(0, ...printings.map((p) => remarkScore(report, p, wordsOf)));
      if (score > 0) pairs.push({ report: r, candidate: c, score });
    });
  });
  pairs.sort((x, y) => y.score - x.score);
  const result = reports.map(() => -1);
  const usedCandidates = new Set<number>();
  for (const pair of pairs) {
    if (result[pair.report] !== -1 || usedCandidates.has(pair.candidate)) continue;
    result[pair.report] = pair.candidate;
    usedCandidates.add(pair.candidate);
  }
  return result;
}
