// An article parsed once: its text, paragraphs, sentences, quotation spans, the people it mentions and its
// publication facts. Every stage of the pipeline (./pipeline.ts) reads the article through this Document and
// its indexes, and never splits or scans the raw text again on its own.

import type { StanceModel } from "../classify/stanceModel";
import { findMentions, type Mention } from "../people/mentions";
import { SpanIndex, firstWhere, indexOfSpanAt } from "../spanIndex";
import { countWords, isSpace, splitParagraphs, splitSentences, type Paragraph, type Sentence, type Span } from "../text";
import { publicationInText, type Publication } from "./dates";
import { findQuotes, type QuoteSpan } from "./quotes";
import type { ArticleContext } from "./types";
import { STORED_STANCE_MODEL } from "../classify/storedModel";

/** Quotes looked up by position: all of them, and the top-level ones by their marks and by their words. */
export interface QuoteIndex {
  all: SpanIndex<QuoteSpan>;
  top: SpanIndex<QuoteSpan>;
  topWords: SpanIndex<QuoteSpan>;
}

export interface Headline extends Span {
  text: string;
}

export interface Document {
  text: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  quotes: QuoteIndex;
  /** Names, titles, role nouns, pronouns and anonymous sources, each resolved to a person where the text allows. */
  mentions: SpanIndex<Mention>;
  /** Publication facts: the date relative dates resolve against, the publishing outlet, the language, the headline. */
  publication: Publication;
  outlet: string | null;
  language: string;
  headline: Headline | null;
  /** The headline given with the article (its manifest or import title), which the text may not print. */
  givenHeadline: string | null;
  /** The first paragraph of the body (the lede), -1 when none. */
  ledeParagraph: number;
  /** Whether the caller asked for explanations: evidence that only `--explain` shows is placed only then. */
  explain: boolean;
  /** The stance model that weighs the general cues, or null to decide by the rules alone (decision 0205). */
  stanceModel: StanceModel | null;
  /** Offsets just past each run of white space that follows ".", "!" or "?": where "the sentence before" starts. */
  breaks: number[];
}

export function parseDocument(text: string, context: ArticleContext = {}): Document {
  const given = parsePublication(context.publishedAt ?? null);
  const publication = given.date ? given : (publicationInText(text) ?? given);
  const paragraphs = splitParagraphs(text);
  const sentences = splitSentences(text, paragraphs);
  const quoteList = findQuotes(text, paragraphs).filter((q) => !paragraphs[indexOfSpanAt(paragraphs, q.open)]?.isJunk);
  const topLevel = quoteList.filter((q) => !q.parent);
  const quotes: QuoteIndex = {
    all: new SpanIndex(quoteList, (q) => q.open, (q) => q.close),
    top: new SpanIndex(topLevel, (q) => q.open, (q) => q.close),
    topWords: new SpanIndex(topLevel, (q) => q.innerStart, (q) => q.innerEnd),
  };
  const mentionList = findMentions(text, sentences, publication.date, quoteList.map((q) => ({ start: q.open, end: q.close })));
  return {
    text,
    paragraphs,
    sentences,
    quotes,
    mentions: new SpanIndex(mentionList, (m) => m.start, (m) => m.end),
    publication,
    outlet: context.outlet ?? null,
    language: context.language ?? "en",
    headline: headlineOf(paragraphs),
    givenHeadline: context.headline?.trim() || null,
    ledeParagraph: sentences.find((s) => !paragraphs[s.paragraph].isJunk && countWords(s.text) >= 12)?.paragraph ?? -1,
    explain: context.explain ?? false,
    stanceModel: context.stanceModel === undefined ? STORED_STANCE_MODEL : context.stanceModel,
    breaks: sentenceBreaks(text),
  };
}

/**
 * Where each match of `/(?<=[.!?])\s+/g` ends, found from the marks instead of by trying the lookbehind at every
 * character (decision 0365): a match is a whole run of white space, and it follows one of the marks.
 */
export function sentenceBreaks(text: string): number[] {
  const breaks: number[] = [];
  for (let i = 0; i < text.length - 1; i++) {
    const code = text.charCodeAt(i);
    if ((code !== 0x2e && code !== 0x21 && code !== 0x3f) || !isSpace(text.charCodeAt(i + 1))) continue;
    let end = i + 2;
    while (end < text.length && isSpace(text.charCodeAt(end))) end++;
    breaks.push(end);
    i = end - 1;
  }
  return breaks;
}

function parsePublication(value: string | null): Publication {
  if (!value) return { date: null, precision: null };
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return { date: value, precision: "day" };
  if (/^\d{4}-\d{2}$/.test(value)) return { date: `${value}-01`, precision: "month" };
  if (/^\d{4}$/.test(value)) return { date: `${value}-01-01`, precision: "year" };
  return { date: null, precision: null };
}

/** The article's first line when it reads as a headline: a heading of at least three words, not a date or a byline. */
function headlineOf(paragraphs: Paragraph[]): Headline | null {
  const first = paragraphs[0];
  if (!first || !first.isJunk || countWords(first.text) < 3 || /^\W*\d/.test(first.text) || /^by\s/i.test(first.text)) return null;
  return { start: first.start, end: first.end, text: first.text };
}

// ---------------------------------------------------------------- lookups every stage shares

export function sentenceAt(doc: Document, offset: number): Sentence {
  return doc.sentences[indexOfSpanAt(doc.sentences, offset)] ?? doc.sentences[doc.sentences.length - 1];
}

/** People named within [start, end), in reading order. */
export function mentionsIn(doc: Document, start: number, end: number): Mention[] {
  return doc.mentions.startingIn(start, end).filter((m) => m.end <= end && m.entity);
}

/**
 * The words before a sentence back to the last ".", "!" or "?" followed by a space, in its paragraph (else the
 * end of the paragraph before): the context a short answer ("to do so") refers to.
 */
export function previousSentenceSpan(doc: Document, sentence: Sentence): Span | null {
  const paragraph = doc.paragraphs[sentence.paragraph];
  const end = trimmedEnd(doc.text, paragraph.start, sentence.start);
  if (end > paragraph.start) return lastPiece(doc, paragraph.start, end);
  const prev = doc.paragraphs[sentence.paragraph - 1];
  return prev && !prev.isJunk ? lastPiece(doc, prev.start, prev.end) : null;
}

/** What `text.slice(start, end).split(/(?<=[.!?])\s+/).at(-1)` spans, for a slice that starts and ends with a non-space. */
function lastPiece(doc: Document, start: number, end: number): Span {
  const last = doc.breaks[firstWhere(doc.breaks.length, (i) => doc.breaks[i] >= end) - 1];
  return { start: last !== undefined && last > start ? last : start, end };
}

/** The end of text[start, end) without its trailing white space. */
function trimmedEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1])) e--;
  return e;
}
