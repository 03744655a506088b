// Finds quoted spans: straight, curly, « » and mixed or unbalanced marks,
// quotes that run over a line break, quotes continued in a new paragraph,
// and quotes nested inside quotes.

import { countWords, type Paragraph } from "../text";
import { allMatches } from "../matches";
import { SPEECH_VERB } from "./speech";

export interface QuoteSpan {
  /** Index of the opening mark. */
  open: number;
  /** Index just past the closing mark (or the end of the paragraph when unclosed). */
  close: number;
  /** The words inside the marks, trimmed per the spec (a comma before the closing mark dropped). */
  innerStart: number;
  innerEnd: number;
  /** True when the quote continues an unclosed quote of the previous paragraph. */
  continuation: boolean;
  /** Set for a quote inside another quote. */
  parent: QuoteSpan | null;
  closedByMark: boolean;
}

const DOUBLE_OPENERS = new Set(["“", "«", "„"]);
const DOUBLE_CLOSERS = new Set(["”", "»"]);

export function findQuotes(text: string, paragraphs: Paragraph[]): QuoteSpan[] {
  const quotes: QuoteSpan[] = [];
  let continuing = false;
  /** The paragraph before left a single-quoted quote open (`‘A. ¶ ‘B,’ she said.`). */
  let singleContinuing = false;
  /** Where the last quote closed: a quote that ran over a line break has taken the start of this paragraph. */
  let closedAt = 0;
  paragraphs.forEach((paragraph, index) => {
    const next = paragraphs[index + 1];
    // Some house styles print speech in single marks; only where a paragraph has no double marks at all,
    // so that apostrophes and quotes within quotes are never read as speech.
    if (!DOUBLE_MARK.test(text.slice(paragraph.start, paragraph.end))) {
      const singles = singleQuoted(text, paragraph.start, paragraph.end, null);
      const open = singles.some((q) => q.open === paragraph.start) ? null : singleQuoteLeftOpen(text, paragraph, next);
      if (open) singles.unshift(open);
      const cut = next ? null : singleQuoteCutByTheEnd(text, paragraph, singles);
      if (cut) singles.push(cut);
      if (singleContinuing && singles[0]?.open === paragraph.start) singles[0] = { ...singles[0], continuation: true };
      singleContinuing = !!open;
      quotes.push(...singles);
      continuing = false;
      return;
    }
    singleContinuing = false;
    const firstOfParagraph = quotes.length;
    let i = Math.max(paragraph.start, closedAt);
    // "…of the war,” he said." with the opening mark left out: the words from the paragraph's start are the quote,
    // unless a quote opened on the line before closes there.
    const unopened = continuing || closedAt > paragraph.start ? null : unopenedQuote(text, paragraph);
    if (unopened) {
      quotes.push(unopened);
      i = unopened.close;
    }
    while (i < paragraph.end) {
      // Only a double mark opens a quote: the words up to the next one are passed over in one tight loop.
      i = nextDoubleMark(text, i, paragraph.end);
      if (i >= paragraph.end) break;
      const ch = text[i];
      if (!isOpener(text, i, paragraph)) {
        i++;
        continue;
      }
      const found = scanToClose(text, i, paragraph, next);
      const quote = makeSpan(text, i, found.close, found.closeMarkAt, continuing && i === paragraph.start);
      continuing = false;
      closedAt = found.close;
      if (quote) {
        quotes.push(quote);
        quotes.push(...findNested(text, quote));
      }
      if (found.continuesInNext) continuing = true;
      i = Math.max(found.close, i + 1);
      if (found.close > paragraph.end) break;
      void ch;
    }
    quotes.splice(firstOfParagraph, quotes.length - firstOfParagraph, ...withOuterSingleQuotes(text, paragraph, quotes.slice(firstOfParagraph)));
  });
  return quotes;
}

/**
 * House styles that print speech in single marks print a quote within it, or a term, in double marks
 * (`‘He told me “never”, and I believe him,’ she said.`): curly single-quoted words of three words or more that no
 * double-quoted span holds are quotes of their own, and the double-quoted spans inside them are nested in them.
 */
function withOuterSingleQuotes(text: string, paragraph: Paragraph, doubles: QuoteSpan[]): QuoteSpan[] {
  const body = text.slice(paragraph.start, paragraph.end);
  if (!body.includes("‘")) return doubles;
  const singles: QuoteSpan[] = [];
  for (const m of allMatches(CURLY_SINGLE_QUOTED, body)) {
    const open = paragraph.start + m.index + m[1].length;
    const close = open + 1 + m[2].length + 1;
    if (m[2].split(/\s+/).length < 3 || doubles.some((d) => !d.parent && d.open < open && open < d.close)) continue;
    const span = makeSpan(text, open, close, close - 1, false);
    if (span) singles.push(span);
  }
  if (!singles.length) return doubles;
  const result: QuoteSpan[] = [];
  const outerOf = (q: QuoteSpan) => singles.find((s) => s.open < q.open && q.close <= s.close);
  for (const single of singles) result.push(single);
  for (const q of doubles) {
    const outer = !q.parent ? outerOf(q) : undefined;
    result.push(outer ? { ...q, parent: outer } : q);
  }
  // Outer quotes before the quotes they hold: a nested quote's statement looks its outer one up.
  return result.sort((a, b) => a.open - b.open || (a.parent ? 1 : 0) - (b.parent ? 1 : 0));
}
// Curly marks only: a straight one is as often an apostrophe. Double marks may stand inside.
const CURLY_SINGLE_QUOTED = /(^|[\s(—–-])‘(?=\p{L})([^‘’]+(?:(?:’(?=\p{L})|(?<=s)’(?=\s+\p{Ll}[^‘’]*’(?:$|[\s,.;:!?)—–-])))[^‘’]+)*)’(?=$|[\s,.;:!?)—–-])/gu;

const UNOPENED_ATTRIBUTION = new RegExp(String.raw`^\s*(?:(?:he|she|they|the\s+[\p{L}'’ -]{1,40}?|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s+)?(?:${SPEECH_VERB})\b`, "u");

/**
 * A paragraph whose first mark is a curly closing one after a comma, with an attribution after it ("… for Ukraine,”
 * he said."): copy that lost the opening mark. Only curly marks: a straight one may open as well as close.
 */
function unopenedQuote(text: string, paragraph: Paragraph): QuoteSpan | null {
  const body = text.slice(paragraph.start, paragraph.end);
  const first = body.search(/["“”«»„]/);
  if (first < 0 || body[first] !== "”" || !/[,.!?]$/.test(body.slice(0, first))) return null;
  if (!UNOPENED_ATTRIBUTION.test(body.slice(first + 1)) || body.slice(0, first).split(/\s+/).length < 6) return null;
  // No mark opens it: the quote and its words both start where the paragraph does.
  const span = makeSpan(text, paragraph.start, paragraph.start + first + 1, paragraph.start + first, false);
  return span && { ...span, innerStart: paragraph.start };
}

/** The first `"`, "“", "«" or "„" in [from, end), else `end`: the only characters `isOpener` accepts. */
function nextDoubleMark(text: string, from: number, end: number): number {
  for (let k = from; k < end; k++) {
    const code = text.charCodeAt(k);
    if (code === 0x22 || code === 0x201c || code === 0xab || code === 0x201e) return k;
  }
  return end;
}

function isOpener(text: string, i: number, paragraph: Paragraph): boolean {
  const ch = text[i];
  if (DOUBLE_OPENERS.has(ch)) return true;
  if (ch !== '"') return false;
  const prev = i > paragraph.start ? text[i - 1] : " ";
  const next = text[i + 1] ?? " ";
  // A straight mark opens after a space or bracket, or before a word.
  return /[\s([—–-]/.test(prev) || i === paragraph.start || (/[\p{L}\p{N}]/u.test(next) && !/[\p{L}\p{N}]/u.test(prev));
}

interface CloseResult {
  close: number;
  closeMarkAt: number | null;
  continuesInNext: boolean;
}

function scanToClose(text: string, open: number, paragraph: Paragraph, next: Paragraph | undefined): CloseResult {
  let end = paragraph.end;
  let j = open + 1;
  while (j < text.length) {
    const ch = text[j];
    if (DOUBLE_CLOSERS.has(ch) || ch === '"') return { close: j + 1, closeMarkAt: j, continuesInNext: false };
    // "“We will do everything to… pic.twitter.com/Ab12— Example (@example) June 1": an embedded post's link ends its
    // text, cut short with its closing mark.
    if (ch === "p" && text.startsWith("pic.twitter.com/", j)) return { close: j, closeMarkAt: null, continuesInNext: false };
    // A curly opener used as a closer ("…text“ he said") or the start of a new quote: close before it.
    if (DOUBLE_OPENERS.has(ch) && !/\s/.test(text[j - 1]) && /[\s,.;:]/.test(text[j + 1] ?? " ")) {
      return { close: j + 1, closeMarkAt: j, continuesInNext: false };
    }
    if (DOUBLE_OPENERS.has(ch) && j < end) {
      const misprinted = misprintedClose(text, open, j);
      if (misprinted) return misprinted;
    }
    if (j >= end) {
      // Unclosed at the end of a line: a new paragraph that opens with a mark continues the quote.
      if (next && isMark(text[next.start])) return { close: end, closeMarkAt: null, continuesInNext: true };
      // A line break inside a quote whose closing mark is on the next line.
      if (next && hasCloserBeforeOpener(text, next)) {
        end = next.end;
        j = next.start;
        continue;
      }
      return { close: end, closeMarkAt: null, continuesInNext: false };
    }
    j++;
  }
  return { close: end, closeMarkAt: null, continuesInNext: false };
}

/**
 * An opening mark met inside an open quote, where the quote's closing mark was misprinted: turned the wrong way before
 * its attribution (`“A, “Example declared, “B …”`: closes at that mark), or left out before it (`“A, he said. “B …”`:
 * closes at the comma before the attribution, which then follows the quote as usual).
 */
function misprintedClose(text: string, open: number, at: number): CloseResult | null {
  if (WRONG_WAY_BEFORE_ATTRIBUTION.test(text.slice(at, at + 80))) return { close: at + 1, closeMarkAt: at, continuesInNext: false };
  const missing = MISSING_BEFORE_ATTRIBUTION.exec(text.slice(open + 1, at));
  if (!missing) return null;
  const comma = open + 1 + missing.index + 1;
  return { close: comma, closeMarkAt: comma, continuesInNext: false };
}
const SPEAKER_WORDS = String.raw`(?:he|she|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})`;
const WRONG_WAY_BEFORE_ATTRIBUTION = new RegExp(String.raw`^“${SPEAKER_WORDS}\s+(?:${SPEECH_VERB}),\s*[“"]`, "u");
const MISSING_BEFORE_ATTRIBUTION = new RegExp(String.raw`,\s+${SPEAKER_WORDS}\s+(?:${SPEECH_VERB})\b[^“”"«»,.]{0,60}[.,:]\s*$`, "u");

function isMark(ch: string | undefined): boolean {
  return !!ch && (DOUBLE_OPENERS.has(ch) || ch === '"');
}

function hasCloserBeforeOpener(text: string, paragraph: Paragraph): boolean {
  for (let k = paragraph.start; k < paragraph.end; k++) {
    const ch = text[k];
    if (DOUBLE_CLOSERS.has(ch)) return true;
    if (ch === '"') return !/[\p{L}\p{N}]/u.test(text[k + 1] ?? " ") || k > paragraph.start;
    if (DOUBLE_OPENERS.has(ch)) return false;
  }
  return false;
}

function makeSpan(text: string, open: number, close: number, closeMarkAt: number | null, continuation: boolean): QuoteSpan | null {
  let innerStart = open + 1;
  let innerEnd = closeMarkAt ?? close;
  while (innerStart < innerEnd && /\s/.test(text[innerStart])) innerStart++;
  while (innerEnd > innerStart && /\s/.test(text[innerEnd - 1])) innerEnd--;
  if (innerEnd > innerStart && text[innerEnd - 1] === ",") innerEnd--;
  while (innerEnd > innerStart && /\s/.test(text[innerEnd - 1])) innerEnd--;
  if (innerEnd - innerStart < 2) return null;
  return { open, close, innerStart, innerEnd, continuation, parent: null, closedByMark: closeMarkAt !== null };
}

const DOUBLE_MARK = /["“”«»„]/;
// An apostrophe inside a word ("Ukraine's") never opens or closes.
// "the allies’ support": a plural's apostrophe before a lower-case word, with the closing mark still to come.
// A curly opening mark may follow a full stop with no space in run-together copy ("…details.‘This is …").
const SINGLE_QUOTED = /(^|[\s(—–-]|(?<=[.!?…])(?=‘\p{Lu}))[‘'](?=\p{L})([^‘’'"“”]+(?:(?:[’'](?=\p{L})|(?<=s)[’'](?=\s+\p{Ll}[^‘’'"“”]*[’'](?:$|[\s,.;:!?)—–-])))[^‘’'"“”]+)*)[’'](?=$|[\s,.;:!?)—–-])/gu;

/**
 * `‘The harbour stays shut all week. ¶ ‘Nobody sails before Friday,’ she said.`: a paragraph that opens with a curly single mark it
 * never closes, followed by a paragraph opening with one again, is a quote that runs on into that paragraph.
 */
function singleQuoteLeftOpen(text: string, paragraph: Paragraph, next: Paragraph | undefined): QuoteSpan | null {
  if (!next || text[paragraph.start] !== "‘" || text[next.start] !== "‘" || !/\p{L}/u.test(text[paragraph.start + 1] ?? "")) return null;
  if (countWords(text.slice(paragraph.start, paragraph.end)) < 3) return null;
  return makeSpan(text, paragraph.start, paragraph.end, null, false);
}

/**
 * `…, stating, ‘Every ferry for the isl` and nothing after: the stored excerpt was cut inside a quote in single marks
 * (a curly opening mark before a capital, after the last quote closed, no closing mark to the end of the text).
 */
function singleQuoteCutByTheEnd(text: string, paragraph: Paragraph, singles: QuoteSpan[]): QuoteSpan | null {
  if (/\S/.test(text.slice(paragraph.end))) return null;
  const from = Math.max(paragraph.start, singles.at(-1)?.close ?? 0);
  const open = text.lastIndexOf("‘", paragraph.end);
  if (open < from || (open > paragraph.start && !/[\s(—–-]/.test(text[open - 1])) || !/\p{Lu}/u.test(text[open + 1] ?? "")) return null;
  if (text.includes("’", open) || countWords(text.slice(open, paragraph.end)) < 2) return null;
  return makeSpan(text, open, paragraph.end, null, false);
}

/** Single-quoted speech inside a double-quoted quote: ‘…’ or '…'. */
function findNested(text: string, outer: QuoteSpan): QuoteSpan[] {
  return singleQuoted(text, outer.innerStart, outer.innerEnd, outer);
}

/** Spans in single marks of three words or more between start and end. */
function singleQuoted(text: string, start: number, end: number, parent: QuoteSpan | null): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  for (const m of allMatches(SINGLE_QUOTED, text.slice(start, end))) {
    const open = start + m.index + m[1].length;
    const close = open + 1 + m[2].length + 1;
    const span = makeSpan(text, open, close, close - 1, false);
    if (span && m[2].split(/\s+/).length >= 3) spans.push({ ...span, parent });
  }
  return spans;
}
