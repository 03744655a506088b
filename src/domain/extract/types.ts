// The shape of what extraction returns: the command-line contract of
// ../shared/notes/extraction-spec.md, field for field. Pure data, no I/O.
import type { StanceModel } from "../classify/stanceModel";

export const TOPICS = ["troops", "negotiations", "membership", "other"] as const;
export type Topic = (typeof TOPICS)[number];

/** The topics that carry a stance; "other" never does. */
export const STANCE_TOPICS = ["troops", "negotiations", "membership"] as const;
export type StanceTopic = (typeof STANCE_TOPICS)[number];

export const STANCES = ["opposes", "conditional", "supports"] as const;
export type StanceValue = (typeof STANCES)[number];

export type DatePrecision = "day" | "month" | "year";
export type DateSource = "stated" | "relative" | "publication";
export type StatementKind = "direct" | "indirect";

export interface StanceFinding {
  value: StanceValue;
  /** The words in the quote that decided the stance. */
  evidence: string;
}

export interface ExtractedStatement {
  quote: string;
  start: number;
  end: number;
  kind: StatementKind;
  speaker: string | null;
  speakerRole: string | null;
  /** Receiving outlet first, the chain joined by "; ". */
  outletCited: string | null;
  venue: string | null;
  date: string | null;
  datePrecision: DatePrecision | null;
  dateSource: DateSource | null;
  topics: Topic[];
  stance: Partial<Record<StanceTopic, StanceFinding>>;
  quotedFragments: string[];
  /** Extra fields beyond the contract (allowed by the spec). */
  sentence?: string;
  paragraph?: string;
  /** With `explain`: which rule decided each field, from which part of the text, on which words. */
  explain?: StatementExplanation;
}

export interface FieldExplanation {
  /** The id of the rule that decided the field. */
  rule: string;
  /** Where the deciding words stand: the quote, the reporter's frame, a question, an earlier sentence … */
  source?: string;
  evidence?: string | null;
  /** The deciding words' offsets in the article text (end exclusive); null when nothing in the text decided. */
  span?: { start: number; end: number } | null;
  /** The sentence that holds the deciding words, when it is not the statement's own (outlet, venue, date). */
  sentence?: string;
  /** For a stance: every general cue read on the topic, which the stance model weighs (decision 0205). */
  cues?: string[];
}

export interface StatementExplanation {
  /** How the statement was found (quote, start, end, quotedFragments): marks, a speech verb, a frame. */
  quote: FieldExplanation;
  kind: FieldExplanation;
  speaker: FieldExplanation;
  speakerRole: FieldExplanation;
  date: FieldExplanation;
  outletCited: FieldExplanation;
  venue: FieldExplanation;
  topics: FieldExplanation;
  stance: Partial<Record<StanceTopic, FieldExplanation>>;
}

export interface ExtractionResult {
  statements: ExtractedStatement[];
  /** Why there are no statements although the text was read (an article in a language without a lexicon). */
  notice?: string;
}

export interface ArticleContext {
  /** Publication date as YYYY-MM-DD when known; relative dates resolve against it. */
  publishedAt?: string | null;
  /** The outlet that published the article (not the one cited in it). */
  outlet?: string | null;
  /** The article's language (BCP 47, "en" when not given): only languages with a lexicon are read. */
  language?: string | null;
  /** The article's headline (its manifest title): the topic a quote answers when nothing nearer names one. */
  headline?: string | null;
  /** Add `explain` to every statement (`npm run extract -- --explain`). */
  explain?: boolean;
  /** The stance model that weighs the cues; null decides by the rules alone; absent: the stored model (decision 0205). */
  stanceModel?: StanceModel | null;
}
