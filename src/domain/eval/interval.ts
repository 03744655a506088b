// How far a score could move by the luck of which articles were annotated: a percentile bootstrap over articles
// (decision 0800). Articles, not statements, are resampled, because one article's statements share a writer, a style
// and often a speaker, so their errors are not independent. Seeded, so every run prints the same interval.
import { mulberry32 } from "../random";
import { SCORE_NAMES, emptyCounts, scores, type Counts, type Scores } from "./evaluate";

type TallyName = { [K in keyof Counts]: Counts[K] extends number ? K : never }[keyof Counts];

export type Intervals = Record<keyof Scores, [low: number, high: number]>;

/** The central `level` share (0.95: from the 2.5th to the 97.5th percentile) of each score over `replicates` resamples. */
export function bootstrapIntervals(perArticle: readonly Counts[], { replicates = 1000, level = 0.95, seed = 1 } = {}): Intervals {
  const random = mulberry32(seed);
  const samples = SCORE_NAMES.map(() => [] as number[]);
  // Scores read only the plain tallies: a resample adds those alone, not the confusion tables.
  const tallies = (Object.keys(emptyCounts()) as (keyof Counts)[]).filter((key) => typeof emptyCounts()[key] === "number") as TallyName[];
  for (let r = 0; r < replicates; r++) {
    const total = emptyCounts();
    for (let i = 0; i < perArticle.length; i++) {
      const drawn = perArticle[Math.floor(random() * perArticle.length)];
      for (const key of tallies) total[key] += drawn[key];
    }
    const s = scores(total);
    SCORE_NAMES.forEach((name, k) => samples[k].push(s[name]));
  }
  const at = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))];
  const tail = (1 - level) / 2;
  return Object.fromEntries(
    SCORE_NAMES.map((name, k) => {
      const sorted = samples[k].sort((a, b) => a - b);
      return [name, [at(sorted, tail), at(sorted, 1 - tail)]];
    }),
  ) as Intervals;
}
