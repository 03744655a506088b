// Text → statements. Pure: no I/O, no framework. The steps:
// 1. split paragraphs and sentences, drop page junk and headings;
// 2. find the people mentioned and resolve titles and pronouns;
// 3. direct quotes (quotation marks), then unmarked and indirect speech;
// 4. attach outlet, venue and date from the sentence or the speaker's event;
// 5. topics and stance.

import { holderOf, roleOn } from "../people/gazetteer";
import { findMentions, normalizeRole, type Mention, type PersonEntity } from "../people/mentions";
import { countWords, datelineLength, foldDiacritics, splitParagraphs, splitSentences, type Paragraph, type Sentence } from "../text";
import { findOutlets, findVenues, joinOutletChain, type OutletMention } from "./context";
import { findDates, formatWithPrecision, publicationFallback, publicationInText, type Publication, type ResolvedDate } from "./dates";
import { findQuotes, type QuoteSpan } from "./quotes";
import { SpanIndex, countSpansEndingBy, firstWhere, indexOfFirstSpanFrom, indexOfSpanAt } from "../spanIndex";
import { ADVERBS, CLAUSE_START, FIRST_PERSON, NOUN_OBJECT_VERBS, SPEECH_PARTICIPLE, SPEECH_VERB, SUBJECT_GAP } from "./speech";
import { classifyStatement } from "../classify/classify";
import { hasLexicon, noLexiconNotice } from "../lexicon/languages";
import type { ArticleContext, ExtractedStatement, ExtractionResult, StatementExplanation, StatementKind } from "./types";

interface Draft {
  start: number;
  end: number;
  kind: StatementKind;
  speaker: PersonEntity | null;
  /** The mention that named the speaker, for its title. */
  via: Mention | null;
  sentence: Sentence;
  /** Text of the sentence that frames the quote (attribution, question), used for context and topics. */
  frame: { start: number; end: number }[];
  /** For a clause joined to the one before ("…, adding that …"): that clause, whose topics carry over. */
  continues?: { start: number; end: number };
  quotedFragments: string[];
}

interface SpeakerEvent {
  entity: PersonEntity | null;
  sentence: number;
  /** The sentence opens a new occasion ("told reporters", "later", "in a speech"): earlier outlets no longer apply. */
  fresh: boolean;
  /** A sentence of the lede paragraph that speaks of no one's words in particular. */
  lede: boolean;
  outlets: OutletMention[];
  venue: string | null;
  date: ResolvedDate | null;
}

const FINITE = new RegExp(String.raw`\b${SPEECH_VERB}\b`, "g");
const PARTICIPLE_BEFORE_QUOTE = new RegExp(String.raw`\b${SPEECH_PARTICIPLE}\s*[,:]?\s*$`);
const VERB_BEFORE_QUOTE = new RegExp(String.raw`\b${SPEECH_VERB}\b[^“”"«»]{0,80}?[:,]\s*$`);
const VERB_AFTER_QUOTE = new RegExp(String.raw`^\s*[,;:.!?]?\s*(?:[—–-]\s*)?(?:${ADVERBS})?(?:${SPEECH_VERB}|[^.“”"«»]{0,60}?\b${SPEECH_VERB})\b`);

/** Quotes looked up by position: all of them, and the top-level ones by their marks and by their words. */
interface QuoteIndex {
  all: SpanIndex<QuoteSpan>;
  top: SpanIndex<QuoteSpan>;
  topWords: SpanIndex<QuoteSpan>;
}

type MentionIndex = SpanIndex<Mention>;

export function extractStatements(text: string, context: ArticleContext = {}): ExtractionResult {
  if (!hasLexicon(context.language)) return { statements: [], notice: noLexiconNotice(context.language!) };
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
  const mentions = new SpanIndex(mentionList, (m) => m.start, (m) => m.end);

  const direct = directStatements(text, sentences, paragraphs, quotes, mentions);
  const indirect = reportedSpeech(text, sentences, paragraphs, quotes, mentions, direct);
  const drafts = [...direct, ...indirect].sort((a, b) => a.start - b.start);
  const sentenceIndex = new Map(sentences.map((s, i) => [s, i]));
  const events = new EventIndex(speakerEvents(text, sentences, paragraphs, quotes, mentions, drafts, publication));
  const previousSentences = new PreviousSentences(text, paragraphs);
  const statements = drafts.map((draft) => finish(text, paragraphs, sentenceIndex.get(draft.sentence) ?? -1, draft, events, previousSentences, publication, context));
  return { statements: continueTopics(statements, drafts) };
}

/**
 * A quoted remark with no topic words of its own that goes on from the same speaker's previous quote, in the
 * same or the next paragraph ("The aggressor must never be able to try this again."), is about the same thing.
 */
function continueTopics(statements: ExtractedStatement[], drafts: Draft[]): ExtractedStatement[] {
  return statements.map((statement, i) => {
    const previous = statements[i - 1];
    if (!previous || statement.topics.join() !== "other" || previous.topics.join() === "other") return statement;
    // Only quoted speech runs on like this; a new paraphrase by the reporter starts a new point.
    if (statement.kind !== "direct" || previous.kind !== "direct") return statement;
    const sameSpeaker = drafts[i].speaker !== null && drafts[i].speaker === drafts[i - 1].speaker;
    const adjacent = drafts[i].sentence.paragraph - drafts[i - 1].sentence.paragraph <= 1;
    return sameSpeaker && adjacent ? { ...statement, topics: previous.topics.filter((t) => t !== "other") } : statement;
  });
}

function parsePublication(value: string | null): Publication {
  if (!value) return { date: null, precision: null };
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return { date: value, precision: "day" };
  if (/^\d{4}-\d{2}$/.test(value)) return { date: `${value}-01`, precision: "month" };
  if (/^\d{4}$/.test(value)) return { date: `${value}-01-01`, precision: "year" };
  return { date: null, precision: null };
}

function sentenceAt(sentences: Sentence[], offset: number): Sentence {
  return sentences[indexOfSpanAt(sentences, offset)] ?? sentences[sentences.length - 1];
}

/** People named within [start, end), in reading order. */
function mentionsIn(mentions: MentionIndex, start: number, end: number): Mention[] {
  return mentions.startingIn(start, end).filter((m) => m.end <= end && m.entity);
}

// ---------------------------------------------------------------- direct quotes

function directStatements(text: string, sentences: Sentence[], paragraphs: Paragraph[], quotes: QuoteIndex, mentions: MentionIndex): Draft[] {
  const drafts: Draft[] = [];
  /** The first draft of each quote's words, for a nested quote to find its outer one. */
  const draftAt = new Map<number, Draft>();
  for (const quote of quotes.all.items) {
    const sentence = sentenceAt(sentences, quote.open);
    const paragraph = paragraphs[sentence.paragraph];
    const previousClose = Math.max(paragraph.start, quotes.top.lastEndAtOrBefore(quote.open));
    const nextOpen = Math.min(paragraph.end, quotes.top.firstStartAtOrAfter(quote.close));
    const before = text.slice(Math.max(sentence.start, previousClose), quote.open);
    const afterEnd = Math.min(nextOpen, sentenceEndAfter(sentences, quote.close, paragraph.end));
    const after = text.slice(quote.close, afterEnd);
    const inner = text.slice(quote.innerStart, quote.innerEnd);

    if (quote.parent) {
      const speaker = speakerInside(text, quote, mentions);
      if (speaker) add(draft(quote, "direct", speaker.entity, speaker, sentence, [], []));
      else if (quotesItself(text, quote)) {
        // "I have said it many times: ‘…’" — the outer speaker quoting their own words.
        const outer = draftAt.get(quote.parent!.innerStart);
        if (outer) add(draft(quote, "direct", outer.speaker, outer.via, sentence, outer.frame, []));
      }
      continue;
    }

    const post = VERB_AFTER_QUOTE.test(after) ? firstSpeaker(mentionsIn(mentions, quote.close, afterEnd)) : null;
    const preAttribution = PARTICIPLE_BEFORE_QUOTE.test(before) || VERB_BEFORE_QUOTE.test(before) || /:\s*$/.test(before) || /^\s*according to\b[^,]*,\s*$/i.test(before);
    const pre = preAttribution ? subjectOf(mentionsIn(mentions, Math.max(sentence.start, previousClose) - 0, quote.open), text, sentence.start) : null;

    if (!post && !preAttribution && isFragment(text, quote, before, inner)) continue;
    let speakerMention = post ?? pre;
    let entity = speakerMention?.entity ?? null;
    if (!speakerMention) {
      if (countWords(inner) <= 4 && !/[.!?…]$/.test(inner)) continue; // a scare quote or a name
      entity = currentSpeaker(drafts, sentences, sentence, paragraphs, text, mentions, quote);
      speakerMention = null;
    }
    const frame = [{ start: Math.max(sentence.start, previousClose), end: quote.open }, { start: quote.close, end: afterEnd }];
    add(draft(quote, "direct", entity, speakerMention, sentence, frame, []));
  }
  return drafts;

  function add(found: Draft): void {
    drafts.push(found);
    if (!draftAt.has(found.start)) draftAt.set(found.start, found);
  }
}

function draft(quote: QuoteSpan, kind: StatementKind, speaker: PersonEntity | null, via: Mention | null, sentence: Sentence, frame: Draft["frame"], fragments: string[]): Draft {
  return { start: quote.innerStart, end: quote.innerEnd, kind, speaker, via, sentence, frame, quotedFragments: fragments };
}

/** The end of the sentence holding the words right after a quote ("…now," he said. ← here). */
function sentenceEndAfter(sentences: Sentence[], offset: number, paragraphEnd: number): number {
  const s = sentences[indexOfSpanAt(sentences, offset)] ?? sentences[indexOfFirstSpanFrom(sentences, offset)];
  return s ? Math.min(s.end, paragraphEnd) : paragraphEnd;
}

/** A quoted phrase inside someone's paraphrase: `said that "it is unlikely"`, `is "irreversible"`. */
function isFragment(text: string, quote: QuoteSpan, before: string, inner: string): boolean {
  const lead = before.replace(/\s+$/, "");
  if (/['’]s$/.test(lead)) return true; // "the alliance's “militarisation”"
  if (/\b(?:that|as|is|are|was|were|be|been|being|the|a|an|of|to|called|described|dubbed|termed|named|about|from|between|and|or|this|these|its|his|her|their|our|so-called)$/i.test(lead)) return true;
  if (/^[a-z]/.test(inner) && /[\p{L},]$/u.test(lead) && !/:$/.test(lead)) return true;
  return countWords(inner) <= 4 && !/[.!?…]$/.test(inner) && !/[:,]$/.test(lead);
}

function firstSpeaker(candidates: Mention[]): Mention | null {
  return candidates.find((m) => m.entity) ?? null;
}

/** The subject of an attribution that precedes a quote: skip people after "with", "to", "by", "from". */
function subjectOf(candidates: Mention[], text: string, floor: number): Mention | null {
  for (const m of candidates) {
    const lead = text.slice(Math.max(floor, m.start - 30), m.start);
    if (/\b(?:with|to|by|from|about|of|for|against|and)\s+(?:the\s+)?(?:[A-Z][\p{L}'’-]*\s+){0,4}$/u.test(lead)) continue;
    return m;
  }
  return candidates[0] ?? null;
}

const NESTED_AFTER = new RegExp(String.raw`^\s*[,.]?\s*(?:[^.]{0,40}\b)?${SPEECH_VERB}`);
const NESTED_BEFORE = new RegExp(String.raw`\b(?:${SPEECH_VERB}|${SPEECH_PARTICIPLE})\b[^.]{0,40}[:,]?\s*$`);

function quotesItself(text: string, quote: QuoteSpan): boolean {
  const before = text.slice(quote.parent!.innerStart, quote.open);
  return /\b(?:I|we)\b[^.]{1,40}\b(?:said|say|told|wrote|repeat(?:ed)?|made (?:it )?clear)\b[^.]{0,30}[:,]?\s*$/i.test(before);
}

function speakerInside(text: string, quote: QuoteSpan, mentions: MentionIndex): Mention | null {
  const parent = quote.parent!;
  const before = text.slice(parent.innerStart, quote.open);
  const after = text.slice(quote.close, parent.innerEnd);
  const postMentions = mentionsIn(mentions, quote.close, Math.min(parent.innerEnd, quote.close + 60));
  if (postMentions.length && NESTED_AFTER.test(after)) return postMentions[0];
  const preMentions = mentionsIn(mentions, parent.innerStart, quote.open);
  if (preMentions.length && NESTED_BEFORE.test(before)) return preMentions[preMentions.length - 1];
  return null;
}

/** With no attribution of its own, a quote belongs to whoever is speaking: the last speaker in this or the previous paragraph. */
function currentSpeaker(drafts: Draft[], sentences: Sentence[], sentence: Sentence, paragraphs: Paragraph[], text: string, mentions: MentionIndex, quote: QuoteSpan): PersonEntity | null {
  const last = lastDraftBefore(drafts, quote.open, sentence.paragraph - 2);
  if (last && (last.sentence.paragraph === sentence.paragraph || quote.continuation)) return last.speaker;
  // An introduction ending with a colon in the previous sentence or paragraph: "Rutte told reporters:"
  const before = sentences[countSpansEndingBy(sentences, quote.open) - 1];
  const intro = before && before.paragraph >= sentence.paragraph - 1 ? before : undefined;
  if (intro && /:\s*$/.test(text.slice(intro.start, intro.end))) {
    const subject = subjectOf(mentionsIn(mentions, intro.start, intro.end), text, intro.start);
    if (subject) return subject.entity;
  }
  // The subject of the preceding sentence in the same paragraph ("He dismissed the notion … “…”").
  const lead = intro?.paragraph === sentence.paragraph ? intro : undefined;
  if (lead) {
    const subject = subjectOf(mentionsIn(mentions, lead.start, lead.end), text, lead.start);
    if (subject) return subject.entity;
  }
  return last?.speaker ?? null;
}

/** The latest draft that starts before `offset`, looking back no further than paragraph `firstParagraph` (drafts are in reading order). */
function lastDraftBefore(drafts: Draft[], offset: number, firstParagraph: number): Draft | undefined {
  for (let k = drafts.length - 1; k >= 0 && drafts[k].sentence.paragraph >= firstParagraph; k--) {
    if (drafts[k].start < offset) return drafts[k];
  }
  return undefined;
}

// ---------------------------------------------------------------- reported speech

function reportedSpeech(text: string, sentences: Sentence[], paragraphs: Paragraph[], quotes: QuoteIndex, mentions: MentionIndex, direct: Draft[]): Draft[] {
  const drafts: Draft[] = [];
  const directIndex = new SpanIndex(direct, (d) => d.start, (d) => d.end);
  for (const sentence of sentences) {
    if (paragraphs[sentence.paragraph].isJunk) continue;
    // A quote that opens here belongs to this sentence even when it runs on past the sentence's end.
    const directHere = directIndex.startingIn(sentence.start, sentence.end).filter((d) => d.kind === "direct");
    const unmarked = unmarkedSpeech(text, sentence, paragraphs[sentence.paragraph], mentions, quotes.top);
    const found = unmarked ? [unmarked] : indirectSpeech(text, sentence, mentions, quotes, directHere);
    for (const f of found) {
      if (f.kind === "direct" && directIndex.startingIn(f.start, f.end).some((d) => f.start < d.end && d.end <= f.end)) continue;
      drafts.push(f);
    }
  }
  return drafts;
}

const TRAILING_ATTRIBUTION = new RegExp(String.raw`^(.{12,}?),\s+((?:[A-Z][\p{L}.'’-]*\s+){0,3}[A-Z][\p{L}'’-]*|he|she|the\s+(?:[\p{L}'’-]+\s+){0,4}[\p{L}-]+)\s+(?:${ADVERBS})?(?:${SPEECH_VERB})(?:\s+(?:later|afterwards|earlier|today|yesterday|\w+day))?(?:\s+(?:in|at|on|during|to)\b[^.]{0,80})?\s*[.!?]?$`, "u");
const COLON_INTRODUCTION = new RegExp(String.raw`^(.*?\b(?:${SPEECH_VERB}|${SPEECH_PARTICIPLE})\b[^:]{0,60}):\s+(\S.*)$`, "u");
const PARTICIPLE_ANYWHERE = new RegExp(String.raw`\b${SPEECH_PARTICIPLE}\b`, "g");
const CUT_BEFORE_QUOTE = new RegExp(String.raw`[,;]?\s*(?:and\s+)?(?:${SPEECH_PARTICIPLE}|${SPEECH_VERB})?\s*[,:]?\s*$`);

/** First-person speech printed without marks: "We have no red lines, Rutte said." / "Rutte said: We will …". */
function unmarkedSpeech(text: string, sentence: Sentence, paragraph: Paragraph, mentions: MentionIndex, quotes: SpanIndex<QuoteSpan>): Draft | null {
  if (quotes.anyStartingIn(sentence.start, sentence.end)) return null;
  const body = sentence.text;
  const trailing = TRAILING_ATTRIBUTION.exec(body);
  if (trailing) {
    const clause = trailing[1];
    const speakerStart = sentence.start + trailing[0].indexOf(trailing[2], clause.length);
    const speaker = mentionsIn(mentions, speakerStart, speakerStart + trailing[2].length)[0];
    if (speaker) {
      const kind: StatementKind = FIRST_PERSON.test(clause) ? "direct" : "indirect";
      const start = sentence.start + leadingSpace(clause) + datelineLength(clause);
      return { start, end: sentence.start + clause.length, kind, speaker: speaker.entity, via: speaker, sentence, frame: [{ start: sentence.start + clause.length, end: sentence.end }], quotedFragments: [] };
    }
  }
  const colon = COLON_INTRODUCTION.exec(body);
  if (colon && countWords(colon[2]) >= 3) {
    const subject = subjectOf(mentionsIn(mentions, sentence.start, sentence.start + colon[1].length), text, sentence.start);
    if (subject) {
      const start = sentence.start + colon[0].length - colon[2].length;
      return { start, end: unmarkedRunOn(text, sentence, paragraph, quotes), kind: "direct", speaker: subject.entity, via: subject, sentence, frame: [{ start: sentence.start, end: start }], quotedFragments: [] };
    }
  }
  return null;
}

/**
 * "Rubio told reporters: The president wants to end the war. Membership is not part of that conversation."
 * Speech introduced by a colon runs on to the end of its paragraph when nothing there is quoted or attributed.
 */
function unmarkedRunOn(text: string, sentence: Sentence, paragraph: Paragraph, quotes: SpanIndex<QuoteSpan>): number {
  const rest = text.slice(sentence.end, paragraph.end);
  if (!/\S/.test(rest) || quotes.anyStartingIn(sentence.end, paragraph.end)) return sentence.end;
  // Over 40 words in the first lines already decides it, without reading a long paragraph to its end.
  if (countWords(rest.slice(0, RUN_ON_PEEK)) > 40 || RUN_ON_BREAK.test(rest) || countWords(rest) > 40) return sentence.end;
  return trimEnd(text, sentence.end, paragraph.end) > sentence.end ? sentence.end + rest.trimEnd().length : sentence.end;
}

const RUN_ON_PEEK = 1000;
const RUN_ON_BREAK = new RegExp(String.raw`\b(?:${SPEECH_VERB}|${SPEECH_PARTICIPLE}|according to)\b|\b(?:he|she|they)\b`, "i");

function leadingSpace(value: string): number {
  return value.length - value.trimStart().length;
}

const ACCORDING_LEAD = /^(?:According to (?:the\s+)?[^,]{1,60}|In (?:his|her|[A-Z][\p{L}'’-]+(?:[’']s|[’'])) (?:opinion|view|words)),\s+/u;
const ACCORDING_TAIL = /,\s+according to [^,.]+\.?$/u;

function indirectSpeech(text: string, sentence: Sentence, mentions: MentionIndex, quotes: QuoteIndex, directHere: Draft[]): Draft[] {
  // People named inside a quote are what the speaker talks about, never the subject of the reporter's verb.
  const here = mentionsIn(mentions, sentence.start, sentence.end).filter((m) => quotes.top.maxEndOfStartsBefore(m.start) < m.end);
  const fragmentsIn = (start: number, end: number) =>
    quotes.topWords.startingIn(start, end).filter((q) => q.innerEnd <= end && !directHere.some((d) => d.start === q.innerStart)).map((q) => text.slice(q.innerStart, q.innerEnd));

  const lead = ACCORDING_LEAD.exec(sentence.text);
  if (lead) {
    const who = mentionsIn(mentions, sentence.start, sentence.start + lead[0].length)[0] ?? pronounAt(mentions, sentence.start, sentence.start + lead[0].length);
    if (who?.entity) {
      const start = sentence.start + lead[0].length;
      // "According to him, it is for Kyiv to decide: “…”": the quote after the colon is a statement of its own.
      const directAfter = directHere.find((d) => d.start > start);
      const end = trimEnd(text, start, directAfter ? cutBeforeQuoteIntro(text, start, directAfter.start - 1) : sentence.end);
      return [{ start, end, kind: "indirect", speaker: who.entity, via: who, sentence, frame: [{ start: sentence.start, end: start }], quotedFragments: fragmentsIn(start, end) }];
    }
  }
  const tail = ACCORDING_TAIL.exec(sentence.text);
  if (tail) {
    const tailStart = sentence.start + tail.index;
    const who = mentionsIn(mentions, tailStart, sentence.end)[0];
    if (who?.entity) {
      const start = sentence.start + leadingSpace(sentence.text) + datelineLength(sentence.text);
      return [{ start, end: tailStart, kind: "indirect", speaker: who.entity, via: who, sentence, frame: [{ start: tailStart, end: sentence.end }], quotedFragments: fragmentsIn(start, tailStart) }];
    }
  }

  const found: Draft[] = [];
  for (const verb of speechVerbsIn(sentence.text)) {
    const verbStart = sentence.start + verb.index;
    const verbEnd = verbStart + verb.text.length;
    if (insideQuote(quotes.top, verbStart, directHere)) continue;
    // A second speech verb joined to the first ("…, adding that", "but warned that") reports more of the same speaker.
    const previous = found[found.length - 1];
    const inPrevious = !!previous && verbStart < previous.end;
    const joiner = inPrevious ? JOINED_VERB.exec(text.slice(previous.start, verbStart)) : null;
    if (inPrevious && !joiner) continue;
    const subject = joiner ? previous.via : subjectBefore(text, here, sentence, verbStart, verb.participle);
    if (!subject?.entity) continue;
    // "…, because the Kremlin thinks time is on its side": a reason given by the reporter's source, not Putin's words.
    if (!joiner && SUBORDINATE_LEAD.test(text.slice(sentence.start, subject.start))) continue;
    let clauseStart = skipObject(text, verbEnd, sentence.end, verb.text);
    // "noting only that …", "said simply that …"
    const introducedByThat = /^\s*(?:(?:only|simply|merely|just|also|again|repeatedly)\s+)?that\b/i.test(text.slice(clauseStart, clauseStart + 16));
    if (introducedByThat) clauseStart = text.indexOf("that", clauseStart) + 4;
    while (clauseStart < sentence.end && /[\s,:]/.test(text[clauseStart])) clauseStart++;
    let clauseEnd = sentence.end;
    const directAfter = directHere.find((d) => d.start > clauseStart);
    if (directAfter) clauseEnd = cutBeforeQuoteIntro(text, clauseStart, directAfter.start - 1);
    // After a quote, only a participle with "that" reports more ("…," he said, adding that …); a bare verb is the quote's own attribution.
    else if (!(verb.participle && introducedByThat) && directHere.some((d) => d.start < clauseStart && d.end > verbStart - 200 && d.start < verbStart)) continue;
    clauseEnd = endOfSubordinateClause(text, sentence, clauseStart, clauseEnd);
    clauseEnd = trimEnd(text, clauseStart, clauseEnd);
    const clause = text.slice(clauseStart, clauseEnd);
    if (countWords(clause) < 3 || REFERS_BACK.test(clause)) continue;
    // "That, he said, was a matter for the coalition": the subject stands before the attribution, so the whole sentence is the report.
    const parenthetical = !joiner && PARENTHETICAL_SUBJECT.test(text.slice(sentence.start, subject.start)) && VERB_FIRST.test(clause);
    if (parenthetical) clauseStart = sentence.start + leadingSpace(sentence.text);
    const warnedAgainst = /^(?:warned|warns|warning|cautioned|cautioning)$/i.test(verb.text) && /^against\s/.test(clause);
    const infinitive = /^(?:told|tells|urged|urges|asked|asks|called on|calls on)$/i.test(verb.text) && /^to\s/.test(clause);
    if (warnedAgainst) clauseStart += "against ".length;
    if (!introducedByThat && !infinitive && !warnedAgainst && !NOUN_OBJECT_VERBS.test(verb.text) && !CLAUSE_START.test(clause.replace(/[“”"«»]/g, ""))) continue;
    if (joiner) {
      const cut = trimEnd(text, previous.start, verbStart - joiner[0].length);
      if (countWords(text.slice(previous.start, cut)) < 2) continue;
      previous.end = cut;
      previous.quotedFragments = fragmentsIn(previous.start, cut);
    }
    // The frame is the reporter's words only: it leaves out a quote before it and the clause a joined clause follows.
    const frameStart = Math.max(sentence.start, ...directHere.filter((d) => d.end <= clauseStart).map((d) => d.end + 1));
    const frame = joiner ? [{ start: frameStart, end: previous.start }, { start: previous.end, end: clauseStart }] : [{ start: frameStart, end: clauseStart }];
    found.push({
      start: clauseStart, end: clauseEnd, kind: "indirect", speaker: subject.entity, via: subject, sentence,
      frame, quotedFragments: fragmentsIn(clauseStart, clauseEnd), continues: joiner ? { start: previous.start, end: previous.end } : undefined,
    });
  }
  return found;
}

const PARENTHETICAL_SUBJECT = /^\s*[^,]{1,80},\s*$/;
const VERB_FIRST = /^(?:is|are|was|were|will|would|could|should|must|had|has|have|did|does|may|might|remains?|remained)\b/;

/** "said so in an interview with …", "stated so on Friday": the words were reported before; this only says where. */
const REFERS_BACK = /^(?:this|so|it)\s*(?:$|[,.;:]|(?:in|at|on|during|to|after|before|while|when|with|via|through|from)\b)/i;

const SUBORDINATE_LEAD = /\b(?:because|since|as|if|although|though|unless|whether|why)\s+(?:the\s+)?$/i;

/** What joins a second speech verb to the first: ", adding", ", while admitting", " but warned", " and said". */
const JOINED_VERB = /(?:[,;]\s*(?:while\s+|instead\s+|and\s+|but\s+|also\s+)*|\s+(?:and|but)\s+(?:also\s+|then\s+|later\s+)?)$/;

function pronounAt(mentions: MentionIndex, start: number, end: number): Mention | null {
  return mentionsIn(mentions, start, end)[0] ?? null;
}

interface VerbHit {
  index: number;
  text: string;
  participle: boolean;
}

function speechVerbsIn(sentence: string): VerbHit[] {
  const hits: VerbHit[] = [];
  for (const m of sentence.matchAll(FINITE)) hits.push({ index: m.index!, text: m[0], participle: false });
  for (const m of sentence.matchAll(PARTICIPLE_ANYWHERE)) hits.push({ index: m.index!, text: m[0], participle: true });
  return hits.sort((a, b) => a.index - b.index);
}

function insideQuote(quotes: SpanIndex<QuoteSpan>, offset: number, directHere: Draft[]): boolean {
  return quotes.maxEndOfStartsBefore(offset) > offset || directHere.some((d) => d.start <= offset && offset < d.end);
}

/** The speaker of a speech verb: a person right before it ("Rutte also stressed"), or the sentence's subject for a participle ("…, instead emphasizing that"). */
function subjectBefore(text: string, here: Mention[], sentence: Sentence, verbStart: number, participle: boolean): Mention | null {
  const before = here.filter((m) => m.end <= verbStart);
  // The earliest person joined to the verb by a gap a subject allows: "Macron, who met Rutte on Wednesday, said" is Macron.
  const joined = before.find((m) => SUBJECT_GAP.test(text.slice(m.end, verbStart)));
  if (joined) return joined;
  if (participle && before.length) {
    const subject = subjectOf(before, text, sentence.start);
    if (subject && /,\s*(?:\w+\s+)?$/.test(text.slice(sentence.start, verbStart))) return subject;
  }
  return null;
}

/** "After Macron said A, the debate began": the reported words end where the main clause starts. */
function endOfSubordinateClause(text: string, sentence: Sentence, clauseStart: number, clauseEnd: number): number {
  if (!/^\s*(?:After|When|Since|Although|Though|While|As|Because|Before|Once|Until|If)\b/.test(sentence.text)) return clauseEnd;
  for (let k = clauseEnd; k > clauseStart; k--) if (text[k] === ",") return k;
  return clauseEnd;
}

/** "told Reuters that", "told reporters in Brussels that": the clause starts after the listener. */
function skipObject(text: string, verbEnd: number, sentenceEnd: number, verb: string): number {
  // "said Thursday there was…", "said on Tuesday that…": the time belongs to the attribution.
  const when = /^\s+(?:on\s+|late\s+|early\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|yesterday|last week|earlier|this week)\b(?!\s+(?:is|was|will|would|has|had)\b)/.exec(text.slice(verbEnd, sentenceEnd));
  if (when) verbEnd += when[0].length;
  const rest = text.slice(verbEnd, sentenceEnd);
  // "agreed with President Trump that …", "told reporters in Brussels that …"
  const beforeThat = /^(?:\s*,)?\s+(?:(?:with|to|on|in|at|during|last|this|today|yesterday|earlier|later|again|repeatedly|also|once again|publicly|the)\b[^,.;]{0,60}?|however|though|nevertheless|moreover|meanwhile),?\s+(?=that\b)/.exec(rest);
  if (beforeThat) return verbEnd + beforeThat[0].length;
  if (!/^(?:told|tells|telling|assured|reminded|informed|called on|calls on|calling on|urged|urges|urging)$/i.test(verb)) return verbEnd;
  const that = /^\s+(?!that\b)(?=\S)[^,.]{1,60}?\s+(?=that\b)/.exec(rest);
  if (that) return verbEnd + that[0].length;
  const object = /^\s+(?:the\s+)?(?:reporters|journalists|the press|lawmakers|allies|[A-Z][\p{L}.-]*(?:\s+[A-Z][\p{L}.-]*){0,3})\b/u.exec(rest);
  return object ? verbEnd + object[0].length : verbEnd;
}

/** Ends a reported clause before ", stating," or ", saying:" that introduces a direct quote. */
function cutBeforeQuoteIntro(text: string, start: number, end: number): number {
  const segment = text.slice(start, end);
  const intro = CUT_BEFORE_QUOTE.exec(segment);
  return intro ? start + intro.index : end;
}

/** What ends a reported clause that is not the speaker's: the source, the occasion, the reporter taking over. */
const CLAUSE_TAILS = [
  String.raw`,\s+as\s+(?:he|she)\s+(?:prepares|prepared|arrived|arrives|met|meets|visited|visits|left|leaves|heads|headed)\b[^"“”«»]*`, // ", as he prepares to host …"
  String.raw`,?\s+but\s+(?:he|she|they)\s+(?:did not|didn[’']t|would not|wouldn[’']t|declined|refused|gave no|offered no)\b[^"“”«»]*`, // ", but he did not say when"
  String.raw`,\s*(?:per|cited by|quoted by|reported by|according to|as reported by)\s+[^,]{1,60}`,
  String.raw`,\s*in an?\s+(?:[\p{L}-]+\s+){0,2}interview\b[^"“”«»]*`,
  String.raw`,\s*(?:during|at|in|on|while on|after|before|ahead of)\s+(?:a|an|his|her|their|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:visit|trip|meeting|press conference|news conference|summit|speech|interview|talks|briefing|address|conference|forum|session)\b[^,"“”«»]*`,
  String.raw`,\s*(?:the\s+)?[A-Z][\p{L}.-]*(?:\s+[A-Z][\p{L}.-]*){0,3}\s+(?:reported|said|wrote|noted)`,
];
const CLAUSE_TAIL = new RegExp(CLAUSE_TAILS.map((tail) => `${tail}$`).join("|"), "u");

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[\s.]/.test(text[e - 1])) e--;
  const tail = CLAUSE_TAIL.exec(text.slice(start, e));
  if (tail) e = start + tail.index;
  while (e > start && /[\s.,;:]/.test(text[e - 1])) e--;
  return e;
}

// ---------------------------------------------------------------- context: outlets, venues, dates

function speakerEvents(text: string, sentences: Sentence[], paragraphs: Paragraph[], quotes: QuoteIndex, mentions: MentionIndex, drafts: Draft[], publication: Publication): SpeakerEvent[] {
  const events: SpeakerEvent[] = [];
  let lastEntity: PersonEntity | null = null;
  const firstBodyParagraph = sentences.find((s) => !paragraphs[s.paragraph].isJunk && countWords(s.text) >= 12)?.paragraph ?? -1;
  const draftsBySentence = new Map<Sentence, Draft[]>();
  for (const d of drafts) {
    if (!draftsBySentence.has(d.sentence)) draftsBySentence.set(d.sentence, []);
    draftsBySentence.get(d.sentence)!.push(d);
  }
  const quoteWordStarts = new Set(quotes.all.items.map((q) => q.innerStart));
  sentences.forEach((sentence, index) => {
    if (paragraphs[sentence.paragraph].isJunk) return;
    const own = draftsBySentence.get(sentence) ?? [];
    const frameText = framingText(text, sentence, quotes.all, quoteWordStarts, own);
    const outlets = findOutlets(frameText);
    const venue = findVenues(frameText)[0]?.venue ?? null;
    const speechy = own.length > 0 || /\b(?:remarks?|interview|statements?|press conference|briefing|speech|said|told|stated|spoke|speaking|answers?|comments?|address(?:ed)?|rejected|dismissed|ruled out|warned)\b/i.test(frameText);
    // "Meloni, who met Rutte last Friday, has said …": the relative clause dates the meeting, not the words.
    const date = speechy ? (findDates(frameText.replace(RELATIVE_CLAUSE, " "), publication)[0] ?? null) : null;
    const subject = own[0]?.speaker ?? subjectOf(mentionsIn(mentions, sentence.start, sentence.end), text, sentence.start)?.entity ?? null;
    const entity = subject ?? (/^\s*(?:This|That|These|It|The (?:remarks?|statement|comments?))\b/.test(sentence.text) ? lastEntity : null);
    const fresh = own.length > 0 && NEW_OCCASION.test(frameText);
    // The lede's date ("Macron and Rutte gave diverging answers on Tuesday") holds for everyone it introduces.
    const lede = own.length === 0 && sentence.paragraph === firstBodyParagraph;
    if (lede && date) {
      // The lede's date dates everyone's remarks; its outlet and venue stay with its own subject.
      events.push({ entity: null, lede, sentence: index, fresh, outlets: [], venue: null, date });
      if (outlets.length || venue) events.push({ entity, lede, sentence: index, fresh, outlets, venue, date: null });
    } else if (outlets.length || venue || date || fresh) events.push({ entity, lede, sentence: index, fresh, outlets, venue, date });
    if (own.length) lastEntity = own[own.length - 1].speaker ?? lastEntity;
    else if (subject) lastEntity = subject;
  });
  return events;
}

/** The sentence with quoted words and reported clauses removed: where "when", "where" and "to whom" are told. */
function framingText(text: string, sentence: Sentence, quotes: SpanIndex<QuoteSpan>, quoteWordStarts: Set<number>, own: Draft[]): string {
  const cuts = [
    ...quotes.startingIn(sentence.start, sentence.end).map((q) => ({ start: q.open, end: q.close })),
    ...own.filter((d) => d.kind === "indirect" || !quoteWordStarts.has(d.start)).map((d) => ({ start: d.start, end: d.end })),
  ].sort((a, b) => a.start - b.start);
  let out = "";
  // A wire dateline ("BRUSSELS, Feb 14 (Reuters) -") dates the report, not the remark.
  let at = sentence.start + datelineLength(sentence.text);
  for (const cut of cuts) {
    if (cut.start > at) out += text.slice(at, cut.start);
    out += " ";
    at = Math.max(at, cut.end);
  }
  if (at < sentence.end) out += text.slice(at, sentence.end);
  return out;
}

const RELATIVE_CLAUSE = /,\s*(?:who|whom|whose|which)\b[^,]*,/g;

const NEW_OCCASION = /\b(?:told (?:reporters|journalists|the press|lawmakers|students|an audience)|(?:at|during) (?:a|the|his|her) (?:press|news) conference|later|in a (?:speech|statement|video address)|speaking (?:at|in|after|before))\b/i;

const EVENT_KINDS = {
  receiving: (e: SpeakerEvent) => e.outlets.some((o) => o.role === "receiving"),
  citing: (e: SpeakerEvent) => e.outlets.some((o) => o.role === "citing"),
  venue: (e: SpeakerEvent) => !!e.venue,
  date: (e: SpeakerEvent) => !!e.date,
  fresh: (e: SpeakerEvent) => e.fresh,
};
type EventKind = keyof typeof EVENT_KINDS;

/** A speaker's events of each kind, in sentence order, so a statement finds its nearest by binary search. */
class EventIndex {
  private readonly bySpeaker = new Map<PersonEntity | null, Record<EventKind, SpeakerEvent[]>>();
  /** The one person every event with a speaker belongs to, if there is exactly one. */
  private readonly soleSpeaker: PersonEntity | null | undefined;
  private readonly all: Record<EventKind, SpeakerEvent[]>;
  /** The first lede event that carries a date. */
  readonly ledeDate: SpeakerEvent | undefined;

  constructor(events: SpeakerEvent[]) {
    const speakers = new Set(events.map((e) => e.entity).filter((e) => e !== null));
    this.soleSpeaker = speakers.size === 0 ? undefined : speakers.size === 1 ? [...speakers][0] : null;
    this.all = byKind(events);
    const grouped = new Map<PersonEntity | null, SpeakerEvent[]>();
    for (const e of events) {
      if (!grouped.has(e.entity)) grouped.set(e.entity, []);
      grouped.get(e.entity)!.push(e);
    }
    for (const [entity, own] of grouped) this.bySpeaker.set(entity, byKind(own));
    this.ledeDate = events.find((e) => e.lede && e.date);
  }

  /**
   * The event that gives a statement its outlet, venue or date: one in its own sentence, else the
   * speaker's latest before it, else the first after it. With `stopAtNewOccasion`, an earlier event
   * is not reached across a sentence that opens a new occasion for the speaker.
   */
  nearest(entity: PersonEntity | null, sentenceIndex: number, kind: Exclude<EventKind, "fresh">, stopAtNewOccasion = false): SpeakerEvent | null {
    // Events of no one in particular (the lede's date) go to a speaker when no other speaker has any.
    const everyone = entity !== null && (this.soleSpeaker === undefined || this.soleSpeaker === entity);
    const speakers = everyone ? this.all : this.bySpeaker.get(entity);
    if (!speakers) return null;
    const own = speakers[kind];
    const sameOrAfter = firstAtOrAfter(own, sentenceIndex);
    if (own[sameOrAfter]?.sentence === sentenceIndex) return own[sameOrAfter];
    const fresh = speakers.fresh[firstAtOrAfter(speakers.fresh, sentenceIndex + 1) - 1];
    const boundary = stopAtNewOccasion && fresh ? fresh.sentence : -1;
    if (boundary === sentenceIndex) return null;
    const before = own[sameOrAfter - 1];
    if (before && before.sentence >= boundary) return before;
    if (boundary >= 0) return null;
    return own[firstAtOrAfter(own, sentenceIndex + 1)] ?? null;
  }
}

function byKind(events: SpeakerEvent[]): Record<EventKind, SpeakerEvent[]> {
  const kinds = Object.keys(EVENT_KINDS) as EventKind[];
  return Object.fromEntries(kinds.map((kind) => [kind, events.filter(EVENT_KINDS[kind])])) as Record<EventKind, SpeakerEvent[]>;
}

/** Index of the first event at or after sentence `index`, in events sorted by sentence. */
function firstAtOrAfter(events: SpeakerEvent[], index: number): number {
  return firstWhere(events.length, (i) => events[i].sentence >= index);
}

// ---------------------------------------------------------------- finishing

function finish(text: string, paragraphs: Paragraph[], index: number, d: Draft, events: EventIndex, previousSentences: PreviousSentences, publication: Publication, context: ArticleContext): ExtractedStatement {
  const receiving = events.nearest(d.speaker, index, "receiving", true);
  const citing = events.nearest(d.speaker, index, "citing");
  // The publisher citing itself ("the Ukrinform correspondent reports") is not a source in the chain.
  const publisher = context.outlet ? foldDiacritics(context.outlet).toLowerCase() : null;
  const citedByOthers = (citing?.outlets ?? []).filter((o) => o.role === "citing" && foldDiacritics(o.name).toLowerCase() !== publisher);
  const outlets = [...(receiving?.outlets.filter((o) => o.role === "receiving") ?? []), ...citedByOthers];
  const venueEvent = events.nearest(d.speaker, index, "venue", true);
  const ledeDate = events.ledeDate && events.ledeDate.sentence <= index ? events.ledeDate : null;
  const dateEvent = events.nearest(d.speaker, index, "date") ?? ledeDate;
  const resolved = dateEvent?.date ?? null;
  const fallback = resolved ? null : publicationFallback(publication);
  const date = resolved ? { date: resolved.date, precision: resolved.precision, source: resolved.source } : fallback;

  const quote = text.slice(d.start, d.end);
  const frameText = d.frame.map((f) => text.slice(f.start, f.end)).join(" ");
  const carried = d.continues ? text.slice(d.continues.start, d.continues.end) : "";
  const previous = previousSentences.before(d.sentence);
  const question = /\?\s*$|\b(?:asked|question)\b/i.test(previous) ? previous : undefined;
  const paragraph = paragraphs[d.sentence.paragraph];
  const { topics, stance, decidedBy } = classifyStatement({ quote, frame: frameText, question, previous, carried, paragraph: paragraph.text, headline: context.headline ?? undefined });
  const explain: StatementExplanation | undefined = context.explain
    ? {
        speaker: d.via
          ? { rule: `speaker-${d.via.kind}`, source: d.via.start < d.start ? "before the quote" : "after the quote", evidence: text.slice(d.via.start, d.via.end) }
          : { rule: d.speaker ? "speaker-continues" : "speaker-none", source: d.speaker ? "the speaker of the quotes before" : undefined },
        date: resolved
          ? { rule: `date-${resolved.source}`, source: dateEvent === ledeDate ? "the lede" : "the speaker's occasion", evidence: resolved.date }
          : { rule: fallback ? "date-publication" : "date-none", source: fallback ? "the publication date" : undefined },
        outletCited: { rule: outlets.length ? "outlet-chain" : "outlet-none", evidence: outlets.map((o) => `${o.role}: ${o.name}`).join("; ") || null },
        venue: { rule: venueEvent ? "venue-occasion" : "venue-none", evidence: venueEvent?.venue ?? null },
        topics: { rule: decidedBy.topics.rule, source: decidedBy.topics.source },
        stance: Object.fromEntries(
          Object.entries(decidedBy.stance).map(([topic, decision]) => [topic, { ...decision, evidence: stance[topic as keyof typeof stance]?.evidence ?? null }]),
        ),
      }
    : undefined;
  return {
    quote,
    start: d.start,
    end: d.end,
    kind: d.kind,
    speaker: d.speaker?.name || null, // anonymous speakers ("a NATO diplomat") have no name
    speakerRole: roleFor(d, date?.date ?? null),
    outletCited: joinOutletChain(outlets),
    venue: venueEvent?.venue ?? null,
    date: date ? formatWithPrecision(date.date, date.precision) : null,
    datePrecision: date?.precision ?? null,
    dateSource: date?.source ?? null,
    topics,
    stance,
    quotedFragments: d.quotedFragments,
    sentence: d.sentence.text,
    paragraph: paragraph.text,
    ...(explain ? { explain } : {}),
  };
}

/**
 * The words before a sentence back to the last ".", "!" or "?" followed by a space, in its paragraph (else the
 * end of the paragraph before): the context a short answer ("to do so") refers to. Where those breaks are
 * is found once for the whole text, so a long paragraph is not split again for every statement in it.
 */
class PreviousSentences {
  /** Offsets just past each run of white space that follows ".", "!" or "?". */
  private readonly breaks: number[];

  constructor(
    private readonly text: string,
    private readonly paragraphs: Paragraph[],
  ) {
    this.breaks = [...text.matchAll(/(?<=[.!?])\s+/g)].map((m) => m.index + m[0].length);
  }

  before(sentence: Sentence): string {
    const paragraph = this.paragraphs[sentence.paragraph];
    const end = trimmedEnd(this.text, paragraph.start, sentence.start);
    if (end > paragraph.start) return this.lastPiece(paragraph.start, end);
    const prev = this.paragraphs[sentence.paragraph - 1];
    return prev && !prev.isJunk ? this.lastPiece(prev.start, prev.end) : "";
  }

  /** What `text.slice(start, end).split(/(?<=[.!?])\s+/).at(-1)` gives, for a slice that starts and ends with a non-space. */
  private lastPiece(start: number, end: number): string {
    const last = this.breaks[firstWhere(this.breaks.length, (i) => this.breaks[i] >= end) - 1];
    return this.text.slice(last !== undefined && last > start ? last : start, end);
  }
}

/** The end of text[start, end) without its trailing white space. */
function trimmedEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1])) e--;
  return e;
}

function roleFor(d: Draft, date: string | null): string | null {
  const entity = d.speaker;
  if (!entity) return null;
  const known = entity.known;
  const onDate = known ? roleOn(known, date) : null;
  const printed = entity.textRole ?? (d.via?.kind === "title" && d.via.title ? d.via.title : null);
  if (printed) {
    const normalized = normalizeRole(printed);
    if (onDate && onDate.toLowerCase().includes(normalized.toLowerCase())) return onDate;
    if (known && /secretary general/i.test(normalized) && holderOf("nato.secretary-general", date)?.name === known.name) return "NATO Secretary General";
    return normalized;
  }
  return onDate;
}
