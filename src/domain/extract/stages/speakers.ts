// Stage 3, speaker resolution: who said each candidate. A person named in the attribution (a name, a title
// such as "the NATO chief", a role noun, a pronoun: the Document's mentions already say whom each stands
// for); for a nested quote the outer quote's speaker; for an unattributed quote whoever is speaking: the
// speaker of the quotes before in this paragraph (or a quote that runs on), else the subject of an
// introduction ending in a colon or of the sentence before, else the last speaker nearby.

import type { Mention, PersonEntity } from "../../people/mentions";
import { mentionsIn, type Document } from "../document";
import type { FieldExplanation } from "../types";
import { subjectOf, type EveryField, type StatementCandidate } from "./candidate";
import { introductionBefore } from "./quoteCandidates";
import { isSpace } from "../../text";
import { REMARK_NOUNS, REMARKS_GIVEN_BY, VERDICT_NOUNS } from "../../lexicon/en";

export interface AttributedStatement extends StatementCandidate {
  speaker: PersonEntity | null;
  /** The mention that named the speaker, for its title. */
  via: Mention | null;
  speakerDecision: FieldExplanation;
}

/** Speakers for the quotes (in the order found) and the reported speech; the result is in reading order. */
export function resolveSpeakers(doc: Document, quotes: StatementCandidate[], reported: StatementCandidate[]): AttributedStatement[] {
  const resolved: AttributedStatement[] = [];
  const byCandidate = new Map<StatementCandidate, AttributedStatement>();
  // Reported speech names its speaker: resolved first, it tells an unattributed quote after it who is speaking.
  const others = reported.map((candidate) => resolveOne(doc, candidate, [], byCandidate, []));
  for (const candidate of quotes) {
    const statement = resolveOne(doc, candidate, resolved, byCandidate, others);
    resolved.push(statement);
    byCandidate.set(candidate, statement);
  }
  attributeFromContinuations(resolved);
  return withoutEarlierCopies(doc, [...resolved, ...others].sort((a, b) => a.start - b.start));
}

/**
 * A passage printed twice (a teaser or a lede repeated above the body, a headline that repeats a body quote)
 * yields the same words of the same speaker twice: they count once, in the later copy, the body's.
 */
function withoutEarlierCopies(doc: Document, statements: AttributedStatement[]): AttributedStatement[] {
  // Two copies share the speaker, the words with each run of white space read as one space and every quotation mark
  // as one, and so the number of characters that are not white space: only statements that share that count and the
  // speaker with another are compared. Their words are compared in the text, through a hash, not copied into keys
  // (decision 0515: a copy of each statement's words stayed live to the end of the stage).
  const signatures = statements.map((s) => `${nonSpaceCount(doc.text, s.start, s.end)}\u0000${s.speaker?.name ?? ""}`);
  const seen = new Map<string, number>();
  for (const signature of signatures) seen.set(signature, (seen.get(signature) ?? 0) + 1);
  /** The statements with the same words, by signature and hash: the first of each, and the last so far. */
  const copies = new Map<string, { first: AttributedStatement; last: AttributedStatement }[]>();
  const copiesOf = statements.map((s, i) => {
    if (seen.get(signatures[i])! < 2) return null;
    const bucket = `${signatures[i]}\u0000${wordsHash(doc.text, s.start, s.end)}`;
    let same = copies.get(bucket);
    if (!same) copies.set(bucket, (same = []));
    const copy = same.find((c) => sameWords(doc.text, c.first, s));
    if (copy) copy.last = s;
    else same.push({ first: s, last: s });
    return copy ?? same[same.length - 1];
  });
  return statements.filter((s, i) => copiesOf[i] === null || (printedTwiceInARow(doc, copiesOf[i]) ? copiesOf[i].first : copiesOf[i].last) === s);
}

/**
 * A page that prints each paragraph twice in a row (a template fault): the words count once, in the first copy, as
 * they would on a page that printed them once; a teaser above the body is set apart from it by other paragraphs.
 */
function printedTwiceInARow(doc: Document, copy: { first: AttributedStatement; last: AttributedStatement }): boolean {
  const { first, last } = copy;
  const before = first.sentence.paragraph;
  return last.sentence.paragraph === before + 1 && doc.paragraphs[before].text.trim() === doc.paragraphs[before + 1].text.trim();
}

/** A quotation mark's place in a statement's words: any of them reads as '"'. */
const QUOTE_MARKS = new Set([0x201c, 0x201d, 0x22, 0xab, 0xbb, 0x2018, 0x2019, 0x27]);
const wordUnit = (code: number) => (QUOTE_MARKS.has(code) ? 0x22 : code);

/** A hash of text[start, end) as `sameWords` reads it. */
function wordsHash(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    let code = text.charCodeAt(i);
    if (isSpace(code)) {
      while (i + 1 < end && isSpace(text.charCodeAt(i + 1))) i++;
      code = 0x20;
    }
    hash = Math.imul(hash ^ wordUnit(code), 0x01000193);
  }
  return hash >>> 0;
}

/**
 * Whether two statements print the same words: `slice.replace(/\s+/g, " ").replace(/[“”"«»‘’']/g, '"')` of the two
 * is equal, read in the text without either copy.
 */
function sameWords(text: string, a: AttributedStatement, b: AttributedStatement): boolean {
  let i = a.start;
  let j = b.start;
  while (i < a.end && j < b.end) {
    const x = text.charCodeAt(i);
    const y = text.charCodeAt(j);
    const xSpace = isSpace(x);
    if (xSpace !== isSpace(y)) return false;
    if (xSpace) {
      while (i < a.end && isSpace(text.charCodeAt(i))) i++;
      while (j < b.end && isSpace(text.charCodeAt(j))) j++;
      continue;
    }
    if (wordUnit(x) !== wordUnit(y)) return false;
    i++;
    j++;
  }
  return i >= a.end && j >= b.end;
}

/** How many characters of text[start, end) are not white space (as `\s` reads it). */
function nonSpaceCount(text: string, start: number, end: number): number {
  let count = 0;
  for (let i = start; i < end; i++) if (!isSpace(text.charCodeAt(i))) count++;
  return count;
}

function resolveOne(doc: Document, candidate: StatementCandidate, earlier: AttributedStatement[], byCandidate: Map<StatementCandidate, AttributedStatement>, reported: AttributedStatement[]): AttributedStatement {
  const { attribution } = candidate;
  if (attribution.by === "mention") return withSpeaker(candidate, attribution.mention.entity, attribution.mention, named(doc, attribution.mention, attribution.source));
  if (attribution.by === "outer") {
    const outer = byCandidate.get(attribution.outer);
    return withSpeaker(candidate, outer?.speaker ?? null, outer?.via ?? null, { ...(outer?.speakerDecision ?? { rule: "speaker-none" }), rule: "speaker-outer-quote", source: "the speaker of the enclosing quote" });
  }
  return currentSpeaker(doc, candidate, earlier, reported);
}

/**
 * A quote left open at its paragraph's end goes on in the next paragraph (“… . ¶ “…,” she said.): with no speaker of
 * its own, it is the speaker of the attribution its continuation carries (decision 0670), read from the last paragraph
 * of the quote back to its first.
 */
function attributeFromContinuations(resolved: AttributedStatement[]): void {
  for (let i = resolved.length - 2; i >= 0; i--) {
    const statement = resolved[i];
    const next = resolved[i + 1];
    if (statement.speaker || !statement.quote || statement.quote.closedByMark || statement.attribution.by !== "context") continue;
    if (!next.speaker || !next.quote?.continuation || next.kind !== "direct") continue;
    resolved[i] = withSpeaker(statement, next.speaker, next.via, { ...next.speakerDecision, rule: "speaker-continued-quote", source: "the attribution of the quote's continuation" });
  }
}

function withSpeaker(c: StatementCandidate, speaker: PersonEntity | null, via: Mention | null, decision: FieldExplanation): AttributedStatement {
  const statement: EveryField<AttributedStatement> = {
    start: c.start, end: c.end, kind: c.kind, sentence: c.sentence, frame: c.frame, continues: c.continues, quotedFragments: c.quotedFragments,
    quote: c.quote, found: c.found, attribution: c.attribution, speaker, via, speakerDecision: decision,
  };
  return statement;
}

function named(doc: Document, mention: Mention, source: string): FieldExplanation {
  return { rule: `speaker-${mention.kind}`, source, evidence: doc.text.slice(mention.start, mention.end), span: { start: mention.start, end: mention.end } };
}

/** With no attribution of its own, a quote belongs to whoever is speaking. */
function currentSpeaker(doc: Document, candidate: StatementCandidate, earlier: AttributedStatement[], reported: AttributedStatement[]): AttributedStatement {
  const quote = candidate.quote!;
  const { sentence } = candidate;
  const lastQuote = lastBefore(earlier, quote.open, sentence.paragraph - 2);
  const lastReported = lastBefore(reported, quote.open, sentence.paragraph - 2);
  const last = lastReported && lastReported.speaker && (!lastQuote || lastReported.start > lastQuote.start) ? lastReported : lastQuote;
  const continuing = (rule: string): AttributedStatement =>
    last
      ? withSpeaker(candidate, last.speaker, null, { ...last.speakerDecision, rule, source: "the speaker of the quotes before" })
      : withSpeaker(candidate, null, null, { rule: "speaker-none", span: null });
  const namedAfter = quote.closedByMark ? nameInWordsAfter(doc, quote.close) : null;
  if (namedAfter) return withSpeaker(candidate, namedAfter.mention.entity, namedAfter.mention, { ...named(doc, namedAfter.mention, "the sentence after the quote"), rule: "speaker-words-of" });
  if (last && (last.sentence.paragraph === sentence.paragraph || quote.continuation)) return continuing("speaker-continues");
  const introduction = introductionBefore(doc, quote.open, sentence) ?? (last || leftOpenBeforeMore(doc, quote) ? null : paragraphBefore(doc, quote.open, sentence));
  if (introduction) return withSpeaker(candidate, introduction.subject.entity, null, { ...named(doc, introduction.subject, "an earlier sentence"), rule: introduction.rule });
  return continuing("speaker-continues");
}

/** A quote with no closing mark and more text after it: it goes on in the next paragraph, whose attribution names it. */
function leftOpenBeforeMore(doc: Document, quote: NonNullable<StatementCandidate["quote"]>): boolean {
  return !quote.closedByMark && /\S/.test(doc.text.slice(quote.close));
}

/**
 * `Jane Example posted a message after the call. ¶ “We agreed …”`: a quote that opens its paragraph, with no speaker
 * before it in the text, belongs to the subject of the last sentence of the paragraph before, when that subject is a
 * person named (not a pronoun). A quote left open before more text goes to the attribution of its continuation instead (below).
 */
function paragraphBefore(doc: Document, offset: number, sentence: Document["sentences"][number]): { subject: Mention; rule: string } | null {
  const previous = doc.sentences[doc.sentences.indexOf(sentence) - 1];
  if (!previous || previous.paragraph !== sentence.paragraph - 1 || doc.paragraphs[previous.paragraph].isJunk || /\S/.test(doc.text.slice(sentence.start, offset))) return null;
  const subject = subjectOf(mentionsIn(doc, previous.start, previous.end), doc.text, previous.start);
  return subject?.entity && subject.kind !== "pronoun" ? { subject, rule: "speaker-previous-paragraph-subject" } : null;
}

/**
 * "“…” These were the words of Jane Example at the summit.", "“…” That was the message of the minister on Monday.", "“…”
 * The remarks were made by Jane Example …": the sentence right after a quote names whose words it gave (decision 0670).
 */
const WORDS_OF = new RegExp(String.raw`^\s*(?:(?:These|Those|Such)\s+were\s+(?:the\s+)?words\s+of|(?:This|That)\s+was\s+the\s+${VERDICT_NOUNS}\s+of|(?:The|These|Those|Such)\s+${REMARK_NOUNS}\s+(?:were|was)\s+${REMARKS_GIVEN_BY}\s+by)\s+(?:the\s+)?`, "u");

function nameInWordsAfter(doc: Document, close: number): { mention: Mention } | null {
  const m = WORDS_OF.exec(doc.text.slice(close, close + 120));
  if (!m) return null;
  const from = close + m[0].length;
  const mention = mentionsIn(doc, from, from + 80).find((x) => x.start - from < 40 && x.kind !== "pronoun");
  return mention ? { mention } : null;
}

/** The latest statement that starts before `offset`, looking back no further than paragraph `firstParagraph` (statements are in reading order). */
function lastBefore(statements: AttributedStatement[], offset: number, firstParagraph: number): AttributedStatement | undefined {
  // Binary search, not a walk back from the end: the reported statements run past the quote, and walking
  // over all of them for every quote made long articles quadratic.
  let low = 0;
  let high = statements.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (statements[middle].start < offset) low = middle + 1;
    else high = middle;
  }
  const found = statements[low - 1];
  return found && found.sentence.paragraph >= firstParagraph ? found : undefined;
}
