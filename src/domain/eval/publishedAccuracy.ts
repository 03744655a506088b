// What the site tells its readers about how often extraction is right: the test part's scores and their intervals
// as `npm run eval -- --update-baseline` last measured them (decision 0805), checked at load like every data file.
// Only the fields a reader sees are published; the rest stay in the eval's own output.
import { z } from "zod";
import accuracyJson from "./data/published-accuracy.json" with { type: "json" };
import type { Scores } from "./evaluate";

/** The fields shown to readers, in the order of a statement page, with what each score counts. */
export const PUBLISHED_FIELDS = [
  { key: "recall", label: "Statements found", counts: "of the statements a person marked in a report, the share the extractor found" },
  { key: "precision", label: "Statements that are statements", counts: "of what the extractor listed as statements, the share a person also marked" },
  { key: "speakerAccuracy", label: "Speaker", counts: "the right person, among statements found" },
  { key: "outletAccuracy", label: "Outlet cited", counts: "the right outlet named as the source (or rightly none), among statements found" },
  { key: "dateAccuracy", label: "Date", counts: "the right date at the right precision (or rightly none), among statements found" },
  { key: "topicF1", label: "Topics", counts: "troops, negotiations, membership or other, balanced between topics missed and topics added (F1)" },
  { key: "stanceAccuracy", label: "Stance", counts: "the right stance on each topic where the person or the extractor read one" },
] as const satisfies readonly { key: keyof Scores; label: string; counts: string }[];

export type PublishedField = (typeof PUBLISHED_FIELDS)[number]["key"];

const share = z.number().min(0).max(1);
const perField = <T extends z.ZodTypeAny>(value: T) => z.object(Object.fromEntries(PUBLISHED_FIELDS.map((f) => [f.key, value])) as Record<PublishedField, T>);

export const publishedAccuracySchema = z.object({
  extractorVersion: z.string().min(1),
  measuredOn: z.iso.date(),
  articles: z.number().int().positive(),
  statements: z.number().int().positive(),
  scores: perField(share),
  intervals: perField(z.tuple([share, share])),
  targets: perField(share.nullable()),
});

export type PublishedAccuracy = z.infer<typeof publishedAccuracySchema>;

let published: PublishedAccuracy | undefined;
/** The stored measurement, parsed on first use (the eval, which writes it, never reads it). */
export function publishedAccuracy(): PublishedAccuracy {
  return (published ??= publishedAccuracySchema.parse(accuracyJson));
}

/** The published record of a measurement: the fields readers see, rounded to three places. */
export function publishedAccuracyOf(
  measured: { scores: Scores; intervals: Record<keyof Scores, [number, number]>; targets: Partial<Scores> },
  about: { extractorVersion: string; measuredOn: string; articles: number; statements: number },
): PublishedAccuracy {
  const round = (x: number) => Number(x.toFixed(3));
  const each = <T>(value: (key: PublishedField) => T) => Object.fromEntries(PUBLISHED_FIELDS.map((f) => [f.key, value(f.key)])) as Record<PublishedField, T>;
  return {
    ...about,
    scores: each((k) => round(measured.scores[k])),
    intervals: each((k) => [round(measured.intervals[k][0]), round(measured.intervals[k][1])] as [number, number]),
    targets: each((k) => measured.targets[k] ?? null),
  };
}
