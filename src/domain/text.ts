// Text helpers shared by the extraction steps. Everything keeps offsets into the
// original article text, so a statement can always point at its exact sentence.

import { unicodeWhereNeeded } from "./matches";
import { QUOTE_VERBS } from "./lexicon/en";

export interface Span {
  start: number;
  end: number;
}

export interface Paragraph extends Span {
  text: string;
  /** Headings, bylines, photo credits and navigation: never a source of statements. */
  isJunk: boolean;
}

export interface Sentence extends Span {
  text: string;
  paragraph: number;
}

/** A UTF-16 unit beyond ASCII (without the u flag, every unit of a surrogate pair is one). */
const BEYOND_ASCII = /[\u0080-\uffff]/;

/** Removes accents so "Rütte" and "Rutte" compare equal. */
export function foldDiacritics(value: string): string {
  // Most words are ASCII, which has no accents to remove: the test costs half the normalisation (decision 0300).
  return BEYOND_ASCII.test(value) ? value.normalize("NFD").replace(/\p{M}+/gu, "") : value;
}

export function slugify(value: string): string {
  return foldDiacritics(value)
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** How many white-space-separated pieces hold a letter or a digit: `value.split(/\s+/)` counted, without building the pieces. */
export function countWords(value: string): number {
  let count = 0;
  let counted = false;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (isSpace(code)) counted = false;
    else if (!counted && isLetterOrDigitAt(value, i, code)) {
      count++;
      counted = true;
    }
  }
  return count;
}

/** Whether `countWords(value) >= count`, read only as far as the count-th word: a test of a long clause stops early. */
export function hasWords(value: string, count: number): boolean {
  if (count <= 0) return true;
  let found = 0;
  let counted = false;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (isSpace(code)) counted = false;
    else if (!counted && isLetterOrDigitAt(value, i, code)) {
      if (++found >= count) return true;
      counted = true;
    }
  }
  return false;
}

const SPACE = /\s/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Whether the UTF-16 unit `code` is white space (`\s`). */
export function isSpace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return SPACE.test(String.fromCharCode(code));
}

/** Where `text` up to `end` ends without its trailing white space (what `trimEnd` keeps): read back, not copied. */
export function endOfWords(text: string, end = text.length): number {
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

/** Whether the character at `i` (a whole surrogate pair when one starts there) is a letter or a digit. */
function isLetterOrDigitAt(value: string, i: number, code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
  const pair = code >= 0xd800 && code <= 0xdbff ? value.slice(i, i + 2) : value[i];
  return LETTER_OR_DIGIT.test(pair);
}

// "“" closes a quote opened by "„" (low-high marks of translated copy): `… next year.“` ends its sentence too.
const SENTENCE_END = /(?:[.!?…:]|[.!?…,]["”»’'“])\s*$/;
const JUNK_LINE = unicodeWhereNeeded(String.raw`^(?:by\s+\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3}|photo:.*|read (?:also|more).*|(?:ua|en|ru|uk|de|fr)(?:\s+(?:ua|en|ru|uk|de|fr))+|share|advertisement|subscribe.*|follow us.*)$`, "iu");

const PHOTO_CREDIT_AT_END = unicodeWhereNeeded(String.raw`(?:\bGetty Images|\bphoto(?:graph)?:\s*[^.]{0,60}|\((?:photo|image|picture)\b[^)]{0,80}\)|\b(?:AP|AFP|Reuters|EPA|Anadolu) Photo\b[^.]{0,60}|\/\s*(?:AP|AFP|Reuters|EPA|Anadolu|Shutterstock)\b[^.]{0,40})\.?$`, "iu");

/**
 * Splits text into non-empty lines ("paragraphs" in copied web pages) and marks
 * the ones that cannot carry a statement: short lines without closing
 * punctuation (headlines, section headings), bylines, photo credits, language
 * switchers.
 */
export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const pattern = /[^\n]+/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const raw = match[0];
    const leading = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (!trimmed) continue;
    const start = match.index + leading;
    paragraphs.push({ start, end: start + trimmed.length, text: trimmed, isJunk: isJunkLine(trimmed) && !(paragraphs.length > 0 && isAttributedQuoteLine(trimmed)) });
  }
  const last = paragraphs.at(-1);
  if (last?.isJunk && paragraphs.length > 2 && (isCutProse(last.text) || isCutQuote(last.text))) paragraphs[paragraphs.length - 1] = { ...last, isJunk: false };
  return paragraphs;
}

/**
 * The text with doubled single marks read as the double mark they stand for: "‘‘…’’" and "''…''" (some house styles and
 * typesetting print a double quotation mark as two single ones). One character for one, so every offset stays the
 * article's own: the extra mark becomes a space inside the marks, so a span that takes the marks takes both.
 */
export function readDoubledSingleMarks(text: string): string {
  if (!text.includes("‘‘") && !text.includes("’’") && !text.includes("''")) return text;
  return text
    .replace(/‘‘/g, "“ ")
    .replace(/’’/g, " ”")
    .replace(/''/g, (_mark, at: number) => (at === 0 || /[\s([—–-]/.test(text[at - 1]) ? '" ' : ' "'));
}

/**
 * The text with each hard line break read as a space: copy broken at a fixed width, where a line stops
 * mid-sentence and the next goes on. A break before a lower-case word is always one; when most of an article's
 * breaks are, it is hard-wrapped throughout, and a break before a capital ("ready to accept\nUkraine") is one too.
 * One character for one, so every offset stays the article's own.
 */
export function unwrapHardWraps(text: string): string {
  const breaks = midSentenceBreaks(text);
  const beforeLowerCase = breaks.filter((b) => b.beforeLowerCase).length;
  const wrappedThroughout = beforeLowerCase >= 3 && beforeLowerCase * 2 >= breaks.length;
  const joined = wrappedThroughout ? breaks : breaks.filter((b) => b.beforeLowerCase);
  if (!joined.length) return text;
  let out = "";
  let at = 0;
  for (const { start, end } of joined) {
    out += text.slice(at, start) + " ".repeat(end - start);
    at = end;
  }
  return out + text.slice(at);
}

// A hard wrap is a single line break after a line that ends mid-sentence (no closing punctuation), then what the next
// line opens with: any text, or lower case (after an opening mark, if any). As patterns (text.test.ts checks them):
//   MID_SENTENCE_BREAK /(?<=[^\s.!?…:;"”»’)\]])[^\S\n]*\n(?=[^\S\n]*\S)/gu
//   HARD_WRAP          /(?<=[^\s.!?…:;"”»’)\]])[^\S\n]*\n(?=[^\S\n]*[“"«„‘'(]?\p{Ll})/gu
// Their three parts, each tried at one place (sticky):
const LINE_ENDS_MID_SENTENCE = /(?<=[^\s.!?…:;"”»’)\]])/uy;
const TEXT_FOLLOWS = /[^\S\n]*\S/uy;
const LOWER_CASE_FOLLOWS = /[^\S\n]*[“"«„‘'(]?\p{Ll}/uy;
const HORIZONTAL_SPACE = /[^\S\n]/;

/**
 * Every match of MID_SENTENCE_BREAK, and whether HARD_WRAP matches there too (it matches nowhere else), found from
 * each line break instead of by trying the lookbehind at every character of the text (decision 0365): a match ends
 * at a "\n" and starts where the spaces before it start, after a character the lookbehind allows.
 */
function midSentenceBreaks(text: string): { start: number; end: number; beforeLowerCase: boolean }[] {
  const found: { start: number; end: number; beforeLowerCase: boolean }[] = [];
  for (let newline = text.indexOf("\n"); newline >= 0; newline = text.indexOf("\n", newline + 1)) {
    let start = newline;
    while (start > 0 && HORIZONTAL_SPACE.test(text[start - 1])) start--;
    LINE_ENDS_MID_SENTENCE.lastIndex = start;
    TEXT_FOLLOWS.lastIndex = newline + 1;
    if (!LINE_ENDS_MID_SENTENCE.test(text) || !TEXT_FOLLOWS.test(text)) continue;
    LOWER_CASE_FOLLOWS.lastIndex = newline + 1;
    found.push({ start, end: newline + 1, beforeLowerCase: LOWER_CASE_FOLLOWS.test(text) });
  }
  return found;
}

/**
 * The last line of a stored excerpt cut mid-sentence ("… and give them more", "Ukraine's d") is body text, not a
 * heading: it lacks a full stop only because the excerpt ends. Prose has mostly lower-case words; a heading,
 * a "Related: …" or "Read more" line does not.
 */
function isCutProse(line: string): boolean {
  if (JUNK_LINE.test(line) || PHOTO_LINE.test(line) || /:\s*\S*$|^\S+:/.test(line)) return false;
  return isProse(line);
}

/**
 * The last line of an excerpt cut inside a quote that opens it (`“Regarding the talks, we wi`): someone's words, not
 * a heading, however few are left; a quoted heading is closed (`“A Just Peace”`).
 */
function isCutQuote(line: string): boolean {
  return /^["“«„]\p{Lu}/u.test(line) && !/["”»]/.test(line.slice(1)) && countWords(line) >= 2;
}

/**
 * `“The ferries will run all winter,” Jane Example said` with no full stop, below the first line: a quote and its
 * attribution in the past tense (a headline says "says") are a paragraph that lost its stop, not a heading.
 */
function isAttributedQuoteLine(line: string): boolean {
  return ATTRIBUTED_QUOTE_LINE.test(line) && countWords(line) >= 6;
}
// A headline attributes in the present ("…,” Example says"): only verbs not in the third person singular count here.
const PAST_QUOTE_VERBS = QUOTE_VERBS.filter((verb) => !/s$/.test(verb));
const ATTRIBUTED_QUOTE_LINE = new RegExp(String.raw`^["“«„]\p{Lu}[^"“”«»„\n]{10,}["”»],?\s+(?:he|she|(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]*|the\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,3})\s+(?:${PAST_QUOTE_VERBS.join("|")})\b`, "u");

/** Six words or more, most of them in lower case: prose, not a heading's or a menu's capitalised words. */
function isProse(line: string): boolean {
  const words = line.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const lower = words.filter((w) => /^[“"«(]?\p{Ll}/u.test(w)).length;
  return words.length >= 6 && lower * 2 > words.length;
}

const PHOTO_LINE = /^photo\b|\bphoto:/i;

function isJunkLine(line: string): boolean {
  if (JUNK_LINE.test(line)) return true;
  const words = countWords(line);
  if (words < 40 && PHOTO_LINE.test(line)) return true;
  // A caption ends on its picture's credit ("… in Kyiv. Jane Doe/Agency via Getty Images"): what it says is the
  // caption writer's summary, never a remark in its own right.
  if (words < 80 && PHOTO_CREDIT_AT_END.test(line)) return true;
  // A heading: short and without the punctuation that ends a sentence. A sentence of six words or more with a
  // button's word or two glued after it ("…, Jane Example said. Share") is a sentence, not a heading.
  // A list item of prose ("• Example accused the council of …"): live coverage prints its points unpunctuated.
  return words <= 16 && !SENTENCE_END.test(line) && !SENTENCE_THEN_BUTTON.test(line) && !isProseListItem(line);
}

/** A line opening with a list item's mark (a bullet sign, or a dash with a space after it). */
const LIST_ITEM = /^(?:[•▪●◦‣■►]|[-–—][^\S\n])\s*(?=\S)/u;

/** A list item whose words read as prose (six words or more, most in lower case), not a menu or a link. */
function isProseListItem(line: string): boolean {
  const item = LIST_ITEM.exec(line);
  return !!item && isProse(line.slice(item[0].length));
}

const SENTENCE_THEN_BUTTON = /^(?:\S+\s+){5,}\S*\p{Ll}[.!?…]["”»’]?\s+\p{Lu}\p{Ll}*(?:\s+\p{Ll}+)?$/u;

const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "sen", "rep", "gov", "pres",
  "st", "jr", "sr", "no", "vs", "etc", "approx", "dept", "u.s", "u.k", "e.g", "i.e", "jan", "feb", "mar", "apr",
  "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "ed",
]);

/**
 * A full stop that closes an abbreviation or an initial ("Mr.", "Gen.", "U.S.", "John F."), as a regex source: a
 * pattern that reads up to the end of a sentence with `[^.]` may take these dots too (`… ,” Mr. Example said`), as
 * the sentence splitter does.
 */
export const ABBREVIATION_DOT = String.raw`(?<=\b(?:${[...ABBREVIATIONS].filter((w) => !w.includes(".")).map((w) => w[0].toUpperCase() + w.slice(1)).join("|")}|[A-Z]))\.`;

const OPENERS = new Set(["“", "«", "„", "‘"]);
const CLOSERS = new Set(["”", "»", "’"]);

/**
 * Splits a paragraph into sentences. A full stop inside quotation marks does not
 * end the sentence unless the quote closes right after it and a new sentence
 * starts ("…now." He added …), so `"A," he said. "B."` yields two sentences.
 */
export function splitSentences(text: string, paragraphs: Paragraph[]): Sentence[] {
  const sentences: Sentence[] = [];
  paragraphs.forEach((paragraph, index) => {
    for (const span of sentenceSpans(text, paragraph)) {
      sentences.push({ start: span.start, end: span.end, text: text.slice(span.start, span.end), paragraph: index });
    }
  });
  return sentences;
}

/** ".", "!", "?" or "…". */
const isTerminator = (code: number) => code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026;
const CAPITAL_OR_DIGIT = /[\p{Lu}\p{N}]/u;
const LETTER_OR_DOT = /[\p{L}.]/u;
const ONE_CAPITAL = /^\p{Lu}$/u;
const DOTTED_CAPITALS = /^(?:[A-Z]\.){1,2}[A-Z]$/;

function sentenceSpans(text: string, paragraph: Span): Span[] {
  const spans: Span[] = [];
  let start = paragraph.start;
  // Straight marks counted once from the paragraph's start, as the offsets asked for only grow.
  let markCursor = paragraph.start;
  let markCount = 0;
  const marksBefore = (offset: number) => {
    for (; markCursor < offset; markCursor++) if (text[markCursor] === '"') markCount++;
    return markCount;
  };
  // A character loop, not a pattern: this runs over every character of the article.
  const nextTerminator = (from: number) => {
    for (let k = from; k < paragraph.end; k++) if (isTerminator(text.charCodeAt(k))) return k;
    return paragraph.end;
  };
  for (let i = nextTerminator(paragraph.start); i < paragraph.end; i = nextTerminator(i + 1)) {
    const ch = text[i];
    let end = i + 1;
    while (end < paragraph.end && isTerminator(text.charCodeAt(end))) end++;
    while (end < paragraph.end && (CLOSERS.has(text[end]) || text[end] === '"' || text[end] === ")")) end++;
    let runTogether = false;
    if (end < paragraph.end && !isSpace(text.charCodeAt(end))) {
      // "…has said.Speaking at …", "…in July."From the beginning …": copy that lost the space after a sentence.
      const joint = runTogetherJoint(text, paragraph.start, i, end, marksBefore);
      if (joint === null) continue;
      end = joint;
      runTogether = true;
    }
    if (!runTogether && ch === "." && isAbbreviation(text, paragraph.start, i)) continue;
    let next = end;
    while (next < paragraph.end && isSpace(text.charCodeAt(next))) next++;
    if (next >= paragraph.end) break;
    const following = text[next];
    const startsSentence = CAPITAL_OR_DIGIT.test(following) || OPENERS.has(following) || following === '"' || following === "«";
    if (!startsSentence) continue;
    spans.push({ start, end });
    start = next;
    i = next - 1;
  }
  if (start < paragraph.end) spans.push({ start, end: paragraph.end });
  return spans;
}

const LOWER_PAIR = /\p{Ll}\p{Ll}/u;
const RUN_TOGETHER_NEXT = /^\p{Lu}\p{Ll}/u;
const LONG_CAPITALISED = /^\p{Lu}\p{Ll}{2}/u;

/**
 * Where a sentence ends when no space follows its terminator: after a word of lower-case letters, before a
 * capitalised word ("said.Speaking"), or around a straight quotation mark that opens the next sentence
 * (`July."From`) or closes this one (`foot."The`). A domain name ("Example.Az") has no three-letter word after
 * its dot and no mark; null when this is no sentence end.
 */
function runTogetherJoint(text: string, floor: number, terminator: number, end: number, marksBefore: (offset: number) => number): number | null {
  if (terminator - 2 < floor || !LOWER_PAIR.test(text.slice(terminator - 2, terminator))) return null;
  if (!RUN_TOGETHER_NEXT.test(text.slice(end, end + 2))) return null;
  const mark = text.lastIndexOf('"', end - 1);
  if (mark <= terminator) return LONG_CAPITALISED.test(text.slice(end, end + 3)) && end === terminator + 1 ? end : null;
  // An even count of straight marks before this one in the paragraph makes it an opening mark: it starts the next sentence.
  return marksBefore(mark) % 2 === 0 ? mark : end;
}

function isAbbreviation(text: string, floor: number, dot: number): boolean {
  let k = dot - 1;
  while (k >= floor && LETTER_OR_DOT.test(text[k])) k--;
  const printed = text.slice(k + 1, dot);
  if (ABBREVIATIONS.has(printed.toLowerCase())) return true;
  // Single capital initials ("J. Smith") and run-together ones ("J.R. Smith").
  return ONE_CAPITAL.test(printed) || DOTTED_CAPITALS.test(printed);
}

// Words joined by a hyphen need no separator of their own: "[ -]" there made "A-B-C" parse in 2^n ways.
const DATELINE = /^\s*[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)*(?:,\s*[A-Z][\p{L}.]+)?(?:,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:\([^)]{1,40}\)\s*)?[-–—]+\s*/u;

/** Length of a wire dateline that opens a sentence ("BRUSSELS, Feb 13 (Reuters) - "), else 0. */
/** "Vilnius, January 16 (BNS) – ": a city printed in lower case is a dateline only with its agency in brackets. */
const DATELINE_WITH_AGENCY = /^\s*[A-Z][\p{Ll}'’-]+(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*\([^)]{1,40}\)\s*[-–—]+\s*/u;

/** "date 2025-02-16 ": the date stamp a stored web page prints before its first words, with or without its label. */
const DATE_STAMP = /^\s*(?:date\s+)?\d{4}-\d{2}-\d{2}\s+(?=\S)/;

export function datelineLength(sentence: string): number {
  const stamp = DATE_STAMP.exec(sentence)?.[0].length ?? 0;
  const rest = stamp ? sentence.slice(stamp) : sentence;
  return stamp + ((DATELINE.exec(rest) ?? DATELINE_WITH_AGENCY.exec(rest))?.[0].length ?? 0);
}
