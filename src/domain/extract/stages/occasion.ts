// Stage 4, context: the outlet chain, venue and date of each statement. Every sentence that tells where,
// when or to whom someone spoke is an occasion of its subject ("Rutte told Fox News on Tuesday …"). A
// statement takes its speaker's occasion in its own sentence, else the speaker's latest before it — an outlet
// or venue stated once carries over to the speaker's later statements until a new occasion ("told
// reporters", "later", "in a speech") or another outlet is stated — else the first after it. The lede's date
// dates everyone it introduces. Each decision names the sentence and the words it rests on.

import {
  A_STATEMENT_OR_REMARKS, CALENDAR_PERIODS, CITED_OR_QUOTED, OTHERS_WORDS, REMARKS, REMARKS_OR_A_STATEMENT, WORDS_ON_A_SUBJECT, WORDS_POINTED_AT, EARLIER_REPORTED, HAD_SAID, INTERVIEW_WORDS, INTERVIEWER_WORDS, OUTLET_QUOTING_VERB, POSTED, REPORTED_EARLIER, SAID_THIS, SPEAKING_WORDS, SPEECH_ACT_VERBS,
  SPEECH_OCCASION_NOUNS, SPOKE, STANCE_VERBS, TELLING, TIME_UNITS, TIMES_AND_SETTINGS, WAS_REPORTED,
} from "../../lexicon/en";
import { SPEECH_VERB } from "../speech";
import type { PersonEntity } from "../../people/mentions";
import { allMatches, escapeRegExp, unicodeWhereNeeded } from "../../matches";
import { firstWhere, indexOfFirstSpanFrom } from "../../spanIndex";
import { countWords, datelineLength, type Sentence, type Span } from "../../text";
import { findOutlets, findVenues, SOURCE_LINE, joinOutletChain, type OutletMention } from "../context";
import { findKnownOutlet, isSameOutlet, looksLikeMediaName } from "../../outlets/gazetteer";
import { DAYS_IN_WORDS, findDates, publicationFallback, type ResolvedDate } from "../dates";
import { mentionsIn, type Document } from "../document";
import type { DatePrecision, DateSource, FieldExplanation } from "../types";
import { subjectOf, type EveryField } from "./candidate";
import type { AttributedStatement } from "./speakers";
import { ADDRESSES, ADDRESS_OR_REMARKS, ADJACENT, AUDIENCES, COMES_AFTER, EARLIER_LEADS, MEETINGS, MEETING_KINDS, MEETING_STEMS, NEXT, NEXT_OR_LAST, OTHER_OCCASION, PRESS_OR_NEWS, REPORTERS, SCHEDULED, SPEECH_OR_STATEMENT, TO_START, UNNAMED_SOURCES } from "../../lexicon/occasions.en";

interface Located<T> {
  value: T;
  /** The printed words in the article. */
  span: Span;
}

interface Occasion {
  entity: PersonEntity | null;
  sentence: number;
  /** The sentence opens a new occasion ("told reporters", "later", "in a speech"): earlier outlets no longer apply. */
  fresh: boolean;
  /** A sentence of the lede paragraph that speaks of no one's words in particular. */
  lede: boolean;
  /** The sentence tells of words said before the story's own occasion ("Earlier, …", "on several occasions"). */
  looksBack: boolean;
  /**
   * How far the sentence's citing outlet reaches when it is narrower than the speaker's occasion: "…,” Example News
   * quotes him." passes on the words just given and the rest of their paragraph, not the speaker's words in later
   * paragraphs ("before"); "…, per Example News." tags the account of its own paragraph only ("paragraph").
   */
  citingReach?: "before" | "paragraph";
  /**
   * The sentence's words come from people it does not name ("Sources cited by Example Wire said …", "…, Example News
   * reports, citing a military official"): its outlets are theirs, neither the story's nor a named speaker's.
   */
  unnamedSource?: boolean;
  outlets: Located<OutletMention>[];
  venue: Located<string> | null;
  date: Located<ResolvedDate> | null;
}

export interface StatementOccasion {
  outletCited: string | null;
  venue: string | null;
  date: { date: string; precision: DatePrecision; source: DateSource } | null;
  decidedBy: { outletCited: FieldExplanation; venue: FieldExplanation; date: FieldExplanation };
}

export interface PlacedStatement extends AttributedStatement {
  occasion: StatementOccasion;
}

export function attachOccasions(doc: Document, statements: AttributedStatement[]): PlacedStatement[] {
  // No statement, nothing to place: the occasions of an article are read only for its statements.
  if (statements.length === 0) return [];
  const tests = new SentenceTests(doc.sentences);
  const occasions = new OccasionIndex(findOccasions(doc, statements, tests), doc.sentences, statements);
  const headline = headlineInterview(doc);
  const placedAll = statements.map((statement) => placed(statement, occasionOf(doc, statement, sentenceIndexOf(doc.sentences, statement.sentence), occasions, tests, headline)));
  return placedAll.map((p, i) => questionOfTheInterview(doc, p, placedAll[i + 1]) ?? p);
}

/**
 * "Q: Will you go to the summit? / Zelensky: …": an interviewer's question, with no speaker the text names, put at the
 * interview whose outlet the answer right after it has (an outlet that received the words, not one that cited them).
 */
function questionOfTheInterview(doc: Document, question: PlacedStatement, answer: PlacedStatement | undefined): PlacedStatement | null {
  if (question.speaker !== null || question.occasion.outletCited !== null || !answer || answer.speaker === null || answer.occasion.outletCited === null) return null;
  if (!/\?[\s"”»’]*$/.test(doc.text.slice(question.start, question.end)) || answer.start < question.end || answer.sentence.paragraph - question.sentence.paragraph > 1) return null;
  const told = answer.occasion.decidedBy.outletCited;
  if (told.rule !== "outlet-chain" || !told.evidence?.startsWith("receiving:")) return null;
  const outletCited = answer.occasion.outletCited;
  return { ...question, occasion: { ...question.occasion, outletCited, decidedBy: { ...question.occasion.decidedBy, outletCited: { ...told, rule: "outlet-question-of-the-interview", source: "the answer after it" } } } };
}

/** The index of a sentence of the document (-1 when it is none of them), found by its start: no map of every sentence. */
function sentenceIndexOf(sentences: Sentence[], sentence: Sentence): number {
  for (let i = indexOfFirstSpanFrom(sentences, sentence.start); i < sentences.length && sentences[i].start === sentence.start; i++) {
    if (sentences[i] === sentence) return i;
  }
  return -1;
}

/**
 * The answers of tests of a sentence's own text ("Earlier, …", "This was reported by …"), which every statement
 * near the sentence asks again: each pattern runs once per sentence. Patterns are not global (no lastIndex to keep).
 */
class SentenceTests {
  /** Per pattern, per sentence index: 0 not yet asked, 1 no, 2 yes. */
  private readonly answers = new Map<TextTest, Uint8Array>();

  constructor(private readonly sentences: Sentence[]) {}

  holds(pattern: TextTest, index: number): boolean {
    if (index < 0) return false;
    let bySentence = this.answers.get(pattern);
    if (!bySentence) this.answers.set(pattern, (bySentence = new Uint8Array(this.sentences.length)));
    if (bySentence[index] === 0) bySentence[index] = pattern.test(this.sentences[index].text) ? 2 : 1;
    return bySentence[index] === 2;
  }
}

/** A pattern, or patterns tested together (`eitherOf`). */
interface TextTest {
  test(text: string): boolean;
}

/**
 * `a|b` as two patterns: an alternative anchored at the start fails at once, while in one alternation it is tried
 * at every character with the other; `gate`, a word every match of `b` holds, keeps `b` from scanning most texts.
 */
function eitherOf(a: RegExp, gate: RegExp, b: RegExp): TextTest {
  return { test: (text) => a.test(text) || (gate.test(text) && b.test(text)) };
}

function placed(d: AttributedStatement, occasion: StatementOccasion): PlacedStatement {
  const statement: EveryField<PlacedStatement> = {
    start: d.start, end: d.end, kind: d.kind, sentence: d.sentence, frame: d.frame, continues: d.continues, quotedFragments: d.quotedFragments,
    quote: d.quote, found: d.found, attribution: d.attribution, speaker: d.speaker, via: d.via, speakerDecision: d.speakerDecision, occasion,
  };
  return statement;
}

function occasionOf(doc: Document, d: AttributedStatement, index: number, occasions: OccasionIndex, tests: SentenceTests, headline: HeadlineInterview | null): StatementOccasion {
  const nearestReceiving = occasions.nearest(d.speaker, index, "receiving", true);
  // "On <another day>, X said …", "At a meeting earlier this month, X recalled …", "Earlier, X announced …": words
  // with an occasion of their own take no outlet named for another sentence's occasion.
  const own = ownOccasion(doc, d, index, occasions, tests);
  const carried = (event: Occasion | null) => (own && event && event.sentence !== index && !sameOccasion(doc, own, event, d, occasions) ? null : event);
  const reachedReceiving = reachesBack(doc, occasions, d, index, nearestReceiving, tests);
  const reachedCiting = reachesBack(doc, occasions, d, index, occasions.nearest(d.speaker, index, "citing"), tests);
  const receiving = carried(reachedReceiving);
  // "…,” Example News quotes him.": that outlet passed on the words it follows, not the speaker's later ones.
  const quotedBefore = reachedCiting && reachedCiting.sentence !== index && doc.sentences[reachedCiting.sentence].paragraph !== d.sentence.paragraph && (reachedCiting.citingReach === "paragraph" || (reachedCiting.citingReach === "before" && reachedCiting.sentence < index)) ? reachedCiting : null;
  const citingBefore = quotedBefore ? null : reachedCiting;
  const citing = carried(citingBefore);
  const ownOccasionStops = receiving !== reachedReceiving || citing !== citingBefore;
  // "She tweeted that …", "he posted on Example Social that …": a post is one message; it gives its platform to the
  // speaker's words in its own paragraph, not to those of other paragraphs. A statement or an address published
  // there ("In a statement posted on Example Social, …") may run over several.
  // The paragraphs right after the post's that hold only the speaker's words go on with it ("…,” she continued.").
  const postOfAnotherParagraph = receiving && receiving.sentence !== index && doc.sentences[receiving.sentence].paragraph !== d.sentence.paragraph && onlyPosts(receiving) && !tests.holds(PUBLISHED_TEXT, receiving.sentence) ? receiving : null;
  const postContinued = postOfAnotherParagraph && occasions.onlyTheirWordsSince(d.speaker, doc.sentences[postOfAnotherParagraph.sentence].paragraph, d.sentence.paragraph) ? postOfAnotherParagraph : null;
  const postElsewhere = postContinued ? null : postOfAnotherParagraph;
  const receivingOutlets = receiving && !postElsewhere ? outletsNotByPublisher(doc, receiving, "receiving") : [];
  const citedByOthers = citing ? outletsNotByPublisher(doc, citing, "citing") : [];
  const found = receivingOutlets.length && citedByOthers.length ? [...receivingOutlets, ...citedByOthers] : receivingOutlets.length ? receivingOutlets : citedByOthers;
  // "The ministry on Tuesday accused …, Example Wire and Sample News reported.": agencies credited in the lede for an
  // account of no one's words in particular passed the whole story on, every speaker's words in it.
  const storySource = found.length || postElsewhere || quotedBefore ? null : occasions.storySource;
  const fromStory = storySource ? outletsNotByPublisher(doc, storySource, "citing") : found;
  // "Example Minister tells Example TV: …" over a body that names no outlet for her: the headline's interview is where
  // her words were given, unless the body gives them an occasion of their own (a venue, "told reporters", "Earlier").
  const byHeadline = !fromStory.length && !postElsewhere && !quotedBefore && !own && headline && headlineSubject(headline, d) && !occasions.nearest(d.speaker, index, "venue", true, false) && !occasions.freshUpTo(d.speaker, index) ? headline : null;
  const outlets = byHeadline ? byHeadline.outlets : fromStory;
  const venueEvent = occasions.nearest(d.speaker, index, "venue", true);
  const ledeDate = occasions.ledeDate && occasions.ledeDate.sentence <= index && !ofAnotherEvent(doc, occasions.ledeDate, d, index) ? occasions.ledeDate : null;
  // A date stated a few paragraphs later dates another remark ("On Saturday, she had said …"), not this one;
  // one in the next paragraphs tells when the words summed up here were said.
  // Words from before ("Earlier, …") are dated by their own sentence only, never by the story's occasion.
  const looksBack = index < 0 ? LOOKS_BACK.test(d.sentence.text) : tests.holds(LOOKS_BACK, index);
  const nearDate = looksBack ? occasions.inSentence(d.speaker, index, "date") : occasions.nearest(d.speaker, index, "date");
  const reachedDate = nearDate && nearDate.sentence > index && doc.sentences[nearDate.sentence].paragraph - d.sentence.paragraph > LATER_DATE_REACH
    ? occasions.nearest(d.speaker, index, "date", false, false)
    : nearDate;
  // "She condemned the forces that entered Examplestan in February 2023": a month before the story's, named inside
  // another sentence, dates what happened there, not the speaker's words elsewhere in the story; named in a later
  // sentence ("In March, X and Y announced …"), it tells the background, even when it opens that sentence.
  const notCarried = reachedDate && reachedDate.sentence !== index && earlierMonthThanPublication(doc, reachedDate, reachedDate.sentence > index) ? reachedDate : null;
  // "…, on his first trip since the army invaded in February", "…, having fired rockets on Tuesday", "her comment
  // addressed the minister's prior statement on Monday": the date of another event, or of other words, not of these.
  const otherEvent = reachedDate && !notCarried && ofAnotherEvent(doc, reachedDate, d, index) ? reachedDate : null;
  const refusedDate = notCarried ?? otherEvent;
  const ownDate = refusedDate ? null : reachedDate;
  const dateEvent = ofThisInterview(doc, ownDate, nearestReceiving, index, tests) ?? ledeDate;
  // Words of no date of their own, in a story whose lede tells the day it happened ("… left the White House on Friday,
  // saying …"): that day, when it lies in the week up to the publication's, not the day the story was printed.
  const storyDay = dateEvent || looksBack ? null : occasions.storyDay(doc);
  // "Jane Example, who has argued that …": a position the speaker has held over time, given by a relative clause in
  // the perfect, not words said on one occasion; no day of the story dates them.
  const standing = standingPosition(doc, d);
  // "At a summit, X said …" then, paragraphs on, "X said at a news conference that was held on Monday": the speaker's words told
  // before any day of theirs, with none of their own, take the first day stated later for the same speaker.
  const toldBefore = standing || dateEvent || storyDay || looksBack || refusedDate ? null : dayStatedLater(doc, d, index, occasions, tests);
  const dayEvent = standing ? null : (dateEvent ?? storyDay ?? toldBefore);
  const resolved = dayEvent?.date ?? null;
  const fallback = resolved || standing ? null : publicationFallback(doc.publication);
  const date = resolved ? { date: resolved.value.date, precision: resolved.value.precision, source: resolved.value.source } : fallback;
  const outletEvent = receivingOutlets.length ? receiving : citedByOthers.length ? citing : null;
  const storyOutlets = storySource && outlets.length ? storySource : null; // storySource stands only where no outlet of its own was found
  return {
    outletCited: outlets.length ? joinOutletChain(outlets.map((o) => o.value)) : null,
    venue: venueEvent?.venue?.value ?? null,
    date,
    decidedBy: {
      outletCited: outletEvent
        ? { rule: outletEvent === postContinued ? "outlet-post-continued" : "outlet-chain", source: whereTold(outletEvent, index, ledeDate, ownDate), evidence: outlets.map((o) => `${o.value.role}: ${o.value.name}`).join("; "), span: outlets[0].span, sentence: doc.sentences[outletEvent.sentence].text }
        : storyOutlets
        ? { rule: "outlet-story-source", source: "the lede", evidence: outlets.map((o) => `${o.value.role}: ${o.value.name}`).join("; "), span: outlets[0].span, sentence: doc.sentences[storyOutlets.sentence].text }
        : byHeadline
        ? { rule: "outlet-headline", source: "the headline", evidence: outlets.map((o) => `${o.value.role}: ${o.value.name}`).join("; "), span: outlets[0].span, sentence: byHeadline.text }
        : ownOccasionStops && own
          ? { rule: "outlet-own-occasion", source: "its own sentence", evidence: own.words, span: own.span }
          : quotedBefore && !postElsewhere
          ? { rule: quotedBefore.citingReach === "paragraph" ? "outlet-tag-of-its-paragraph" : "outlet-quoted-before", source: whereFrom(quotedBefore.sentence, index), evidence: quotedBefore.outlets.map((o) => o.value.name).join("; "), span: quotedBefore.outlets[0].span, sentence: doc.sentences[quotedBefore.sentence].text }
          : postElsewhere
          ? { rule: "outlet-post-elsewhere", source: whereFrom(postElsewhere.sentence, index), evidence: postElsewhere.outlets.map((o) => o.value.name).join("; "), span: postElsewhere.outlets[0].span, sentence: doc.sentences[postElsewhere.sentence].text }
          : { rule: "outlet-none", evidence: null, span: null },
      venue: venueEvent?.venue
        ? { rule: "venue-occasion", source: whereTold(venueEvent, index, ledeDate, ownDate), evidence: venueEvent.venue.value, span: venueEvent.venue.span, sentence: doc.sentences[venueEvent.sentence].text }
        : { rule: "venue-none", evidence: null, span: null },
      date: dayEvent && resolved
        ? { rule: dayEvent === storyDay ? "date-story-day" : `date-${resolved.value.source}`, source: dayEvent === storyDay ? "the lede" : whereTold(dayEvent, index, ledeDate, ownDate), evidence: resolved.value.date, span: resolved.span, sentence: doc.sentences[dayEvent.sentence].text }
        : standing
          ? { rule: "date-standing-position", source: "its own sentence", evidence: standing.words, span: standing.span }
          : refusedDate && fallback
            ? { rule: "date-publication", source: `the publication date, not ${notCarried ? "an earlier month stated in another sentence" : "the date of another event or of other words"}`, evidence: refusedDate.date!.value.date, span: refusedDate.date!.span, sentence: doc.sentences[refusedDate.sentence].text }
            : { rule: fallback ? "date-publication" : "date-none", source: fallback ? "the publication date" : undefined, span: null },
    },
  };
}

/** An interview the headline names ("Example Minister tells Example TV …", "Minister to Example Daily: …"). */
interface HeadlineInterview {
  text: string;
  outlets: Located<OutletMention>[];
  /** Whether the headline names a surname before its outlet, per surname asked about: one search per speaker, not per statement. */
  subjects: Map<string, boolean>;
}

/**
 * The outlets that received words in the headline (not the publisher, not a platform: a post is one message), with
 * the headline's text. Null when it names none.
 */
function headlineInterview(doc: Document): HeadlineInterview | null {
  const text = doc.givenHeadline ?? doc.headline?.text;
  if (!text) return null;
  const start = doc.headline && !doc.givenHeadline ? doc.headline.start : -1;
  const outlets: Located<OutletMention>[] = [];
  for (const o of findOutlets(text, false, doc.outlet)) {
    if (o.role !== "receiving" || (doc.outlet && isSameOutlet(doc.outlet, o.name)) || findKnownOutlet(o.name)?.kind === "platform") continue;
    const at = text.indexOf(o.phrase);
    outlets.push({ value: o, span: start >= 0 && at >= 0 ? { start: start + at, end: start + at + o.phrase.length } : { start: 0, end: 0 } });
  }
  // "Example Minister to Example Daily: …": the headline's shorthand for an interview, with a known outlet or a name shaped as one.
  const shorthand = outlets.length ? null : HEADLINE_TO_OUTLET.exec(text);
  const name = shorthand ? (findKnownOutlet(shorthand[1])?.name ?? (looksLikeMediaName(shorthand[1]) ? shorthand[1] : null)) : null;
  if (shorthand && name && !(doc.outlet && isSameOutlet(doc.outlet, name)) && findKnownOutlet(name)?.kind !== "platform") {
    outlets.push({ value: { name, role: "receiving", index: shorthand.index, phrase: shorthand[0] }, span: { start: 0, end: 0 } });
  }
  return outlets.length ? { text, outlets, subjects: new Map() } : null;
}

/** "Minister to Example Daily:", "Jane Example to Sample TV —": a speaker, "to" and the outlet, then a colon or a dash. */
const HEADLINE_TO_OUTLET = /\bto\s+((?:the\s+)?\p{Lu}[\p{L}\d.&'’-]*(?:\s+\p{Lu}[\p{L}\d.&'’-]*){0,3})\s*(?::|\s[—–-]\s)/u;

/** Whether the headline names the statement's speaker (by the last word of the name) before the outlet. */
function headlineSubject(headline: HeadlineInterview, d: AttributedStatement): boolean {
  const surname = d.speaker?.name.split(/\s+/).pop();
  if (!surname || surname.length < 3) return false;
  let named = headline.subjects.get(surname);
  if (named === undefined) {
    const at = headline.text.search(new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(surname)}(?![\p{L}])`, "u"));
    named = at >= 0 && at < headline.text.indexOf(headline.outlets[0].value.phrase);
    headline.subjects.set(surname, named);
  }
  return named;
}

/**
 * The first day stated later in the article for the statement's own speaker, when the speaker has no dated occasion
 * up to the statement: "At a summit on Monday's agenda, X said …" then "X told a news conference on Monday …". Only
 * a day in the week up to a day-precise publication (the story's own days), stated for words of that occasion, not
 * for earlier ones ("Earlier, …", "She had said on Monday …") or another event.
 */
function dayStatedLater(doc: Document, d: AttributedStatement, index: number, occasions: OccasionIndex, tests: SentenceTests): Occasion | null {
  const published = doc.publication.precision === "day" ? doc.publication.date : null;
  if (!published || d.speaker === null || index < 0) return null;
  const later = occasions.firstOwnAfter(d.speaker, index, "date");
  const value = later?.date?.value;
  if (!later || !namesTheOccasion(doc, later, d, index, occasions, tests) || !value || value.precision !== "day" || value.source === "publication" || later.looksBack || !inTheWeekUpTo(value.date, published)) return null;
  if (tests.holds(EARLIER_OCCASION, later.sentence) || tests.holds(HAD_SAID_BEFORE, later.sentence) || ofAnotherEvent(doc, later, d, index)) return null;
  // Words given in an interview are not dated by a meeting or a conference named later; nor across a new occasion of
  // the speaker's ("told reporters", "in a speech") set between the words and the day.
  if (occasions.freshBetween(d.speaker, index, later.sentence)) return null;
  return ofThisInterview(doc, later, occasions.nearest(d.speaker, index, "receiving", true), index, tests);
}

/**
 * Whether a later sentence names the occasion of words told before it: where they were said ("at a press conference
 * held on Monday") or a new occasion ("Speaking at a forum on Tuesday"); or the outlet that received them ("X spoke
 * to Example Radio on Monday"), when the words' own sentence names no occasion of theirs (no outlet, place or
 * "told reporters").
 */
function namesTheOccasion(doc: Document, later: Occasion, d: AttributedStatement, index: number, occasions: OccasionIndex, tests: SentenceTests): boolean {
  if (later.venue || later.fresh || namesTheWordsWithItsDay(doc, later)) return true;
  if (!later.outlets.some((o) => o.value.role === "receiving") || d.speaker === null) return false;
  return !occasions.inSentence(d.speaker, index, "receiving") && !occasions.inSentence(d.speaker, index, "venue") && !tests.holds(NEW_OCCASION, index) && !tests.holds(OWN_LISTENER, index);
}

/**
 * "X was speaking to reporters in Sampleton on Tuesday", "X made the remarks on Tuesday during a visit", "The remarks
 * came in a speech on Monday": the words' occasion named with its day in one clause. Not "was speaking after meeting
 * his counterpart, who visited on Monday" (a comma, or "after", "before", "since" set the day apart: another event).
 */
function namesTheWordsWithItsDay(doc: Document, later: Occasion): boolean {
  const before = doc.text.slice(doc.sentences[later.sentence].start, later.date!.span.start);
  const found = NAMES_THE_WORDS_OCCASION.exec(before);
  return !!found && !SET_APART.test(before.slice(found.index));
}

const SET_APART = /[,;:—]|\b(?:after|before|since)\b/;

/** A sentence about the occasion of words already given: "X was speaking …", "X made the remarks …", "The comments came …". */
const NAMES_THE_WORDS_OCCASION = new RegExp(String.raw`\b(?:was|were)\s+speaking\b|\bmade\s+the\s+${REMARKS_OR_A_STATEMENT}\b|\b${REMARKS}\s+(?:came|were\s+made)\b`, "i");

/** "told a rally", "addressing the students", "speaking to farmers", "in a speech": the words' own sentence names where or to whom they were said. */
const OWN_LISTENER = new RegExp(String.raw`\b(?:told|addressing|addressed|speaking\s+(?:to|at|before)|in\s+(?:a|an|his|her|their)\s+${ADDRESSES})\b`, "i");

/** "She had said on Monday …": words of an occasion before the story's. */
const HAD_SAID_BEFORE = new RegExp(String.raw`\bhad\s+(?:\p{Ll}+ly\s+)?${HAD_SAID}\b`, "u");

/**
 * "Jane Example, who has long argued that …", "…, who has called for …": the words a statement reports, introduced by a
 * relative clause in the perfect, right before them in their sentence. Null when they are introduced otherwise.
 */
function standingPosition(doc: Document, d: AttributedStatement): { words: string; span: Span } | null {
  const from = Math.max(d.sentence.start, d.start - STANDING_REACH);
  const before = doc.text.slice(from, d.start);
  // Most statements have no relative pronoun before them: the longer pattern runs only where one is.
  if (!before.includes("who")) return null;
  const clause = WHO_HAS_SAID.exec(before);
  return clause ? { words: clause[0].trim(), span: { start: from + clause.index, end: from + clause.index + clause[0].trimEnd().length } } : null;
}

/** How many characters before a statement its introducing relative clause may start. */
const STANDING_REACH = 80;
/** ", who has (long) argued that", ", who have called for": a relative clause in the perfect, ending where the words begin. */
const WHO_HAS_SAID = /,\s*who\s+(?:has|have)\s+(?:\p{Ll}+\s+)?\p{Ll}+\s+(?:that\s+|for\s+|of\s+)?[“"«]?$/u;

/**
 * Whether an occasion's date is a month (or a year) named in the text, in the middle of its sentence (anywhere in it,
 * for a sentence `later` than the statement's), that ends before the publication's month (or year) begins.
 */
function earlierMonthThanPublication(doc: Document, event: Occasion, later = false): boolean {
  const { publication } = doc;
  const value = event.date?.value;
  // "said last month that …": a period counted back from the story's day is the occasion of the words that follow it.
  if (!value || !publication.date || !publication.precision || value.precision === "day" || value.source !== "stated") return false;
  const { span } = event.date!;
  // "In January, she spoke at the forum.": a date that opens its sentence frames all of it, the words said there too.
  if (!later && OPENS_SENTENCE.test(doc.text.slice(doc.sentences[event.sentence].start, span.start))) return false;
  if (value.precision === "year" || publication.precision === "year") return value.date.slice(0, 4) < publication.date.slice(0, 4);
  return value.date.slice(0, 7) < publication.date.slice(0, 7);
}

/** Whether an occasion's date is another event's (in any sentence) or other words' (in another sentence than the statement's). */
function ofAnotherEvent(doc: Document, event: Occasion, d: AttributedStatement, index: number): boolean {
  return inClauseOfAnotherEvent(doc, event) || (event.sentence !== index && datesOthersWords(doc, event, d));
}

/**
 * Whether an occasion's date lies in a clause that tells of another event than the words: "…, on his first trip since
 * the army invaded in February", "…, having fired rockets at the city on Tuesday", "…, with the lists published on
 * May 4". A perfect participle or "with" that opens the sentence ("Having met her on Tuesday, he said …") still tells
 * of the occasion of the words.
 */
function inClauseOfAnotherEvent(doc: Document, event: Occasion): boolean {
  const { span } = event.date!;
  const before = doc.text.slice(doc.sentences[event.sentence].start, span.start);
  const cut = Math.max(before.lastIndexOf(","), before.lastIndexOf(";"), before.lastIndexOf(":"), before.lastIndexOf("—"));
  const clause = before.slice(cut + 1);
  // The date's own first word belongs to the clause ("since January 2021" is read as one date).
  const since = SINCE.test(clause) || SINCE.test(doc.text.slice(span.start, span.start + SINCE_WORD.length));
  return since || DAYS_APART.test(clause) || eventInRelativeClause(clause) || (cut >= 0 && SET_OFF_EVENT.test(clause)) || TOPIC_OF_WORDS.test(clause) || OTHERS_ACT_WHEN.test(clause) || EVENT_SCHEDULED.test(clause) || (cut >= 0 && RELATIVE_ON_A_THING.test(clause));
}

/** "a congress opening Thursday", "a vote scheduled for Monday": the date of the event named, not of anyone's words. */
const EVENT_SCHEDULED = new RegExp(String.raw`\b${SCHEDULED}\s+(?:(?:on|for|to\s+${TO_START}(?:\s+on)?)\s+)?$`);
/**
 * "…, which ought to have been ratified late last year": a relative clause set off by a comma dates the thing
 * it describes, unless it tells of words ("…, which she said on Monday").
 */
const RELATIVE_ON_A_THING = new RegExp(String.raw`^\s*(?:which|that)\b(?![^,;]+\b${SPEAKING_WORDS}\b)[^,;]*$`);

/**
 * "a briefing on his tour last month", "remarks about the vote last week": the date closes what the words were about,
 * not the words' own occasion ("a conference on the war held on May 4" dates the conference, "an interview on the
 * evening of May 4" the words: both left alone).
 */
const TOPIC_OF_WORDS = new RegExp(String.raw`\b${WORDS_ON_A_SUBJECT}\s+(?:on|about|regarding)\s+(?!(?:the\s+)?${TIMES_AND_SETTINGS}\b)(?:(?!\p{L}+ed\s)[\p{L}'’-]+\s+){1,4}$`, "u");
/**
 * "as allies did when Examplia attacked the city this week": a clause of time whose subject is named and acts in the
 * past dates that act; "when he visited", "when the minister spoke" may be the words' own occasion and are left alone.
 */
const OTHERS_ACT_WHEN = new RegExp(String.raw`\b(?:when|after|before|as)\s+(?!(?:he|she|they|we|I|it|the)\b)\p{Lu}[\p{L}'’-]*\s+(?!${SPOKE}\b)\p{Ll}+ed\b[^,;]*$`, "u");

const SINCE_WORD = "since ";
/** "since the army invaded in February": the start of a stretch of time, never the day of anyone's words. */
const SINCE = /\b[Ss]ince\b/;
/** "days after the truce agreed on March 1", "a day after the strike on Monday": another event, set apart from the words. */
const DAYS_APART = new RegExp(String.raw`\b(?:${TIME_UNITS.join("|")})\s+(?:after|before)\b`, "i");

/**
 * "the summit that opened on Tuesday", "the deal which was signed in May": a restrictive relative clause dating the
 * event it describes. One describing words ("the statement that was published on Monday") dates those words.
 */
function eventInRelativeClause(clause: string): boolean {
  const relative = RELATIVE_EVENT.exec(clause);
  return !!relative && !SPEECH_OCCASION.test(relative[1]);
}

const RELATIVE_EVENT = /\b(?:the|a|an|this|its|their|his|her)\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)\s+(?:that|which)\s+(?:(?:was|were|had|has|have)\s+(?:been\s+)?)?(?:\p{Ll}+(?:ed|en)|began|begun|broke\s+out|took\s+place|held|met|fell|won|struck|hit|came)\s+(?:(?:on|in)\s+)?$/u;
const SPEECH_OCCASION = new RegExp(String.raw`^(?:${SPEECH_OCCASION_NOUNS.map((n) => n.split(" ").pop()).join("|")}|comments?|remarks?|statements?|speeches|interviews|posts|words|message)$`, "i");
/** A clause set off by a comma, opening on a perfect participle or on "with" and a participle: another event. */
const SET_OFF_EVENT = /^[\s"”»’]*(?:having\s+\p{Ll}+|with\s+(?:[\p{L}-]+\s+){1,3}?(?:\p{Ll}+ly\s+)?\p{Ll}+ed)\b/u;

/**
 * Whether an occasion's date is the day of words named as a noun, someone else's or of an earlier occasion ("her comment
 * addressed the minister's prior statement on Monday"): it dates those words, not the statement's speaker's words in
 * other sentences.
 */
function datesOthersWords(doc: Document, event: Occasion, d: AttributedStatement): boolean {
  const from = doc.sentences[event.sentence].start;
  const words = OTHERS_WORDS_BEFORE.exec(doc.text.slice(from, event.date!.span.start));
  if (!words) return false;
  // "The minister's remarks on Monday …": the speaker's own words still date the speaker's.
  if (!POSSESSIVE.test(words[0])) return true;
  const at = from + words.index;
  const owner = mentionsIn(doc, from, at).findLast((m) => m.end === at);
  return !owner || owner.entity !== d.speaker;
}

const POSSESSIVE = /^[’']s/;
/** "the minister's (prior) statement on", "an earlier statement on", "previous remarks made last": words as a noun, then their date. */
const OTHERS_WORDS_BEFORE = new RegExp(String.raw`(?:[’']s|\bprior|\bprevious|\bearlier)\s+(?:\p{L}+\s+)?${OTHERS_WORDS}\s+(?:made\s+)?(?:on\s+|last\s+|this\s+)?$`, "u");

/** What may stand before a date that opens its sentence: "In", "Back in", "Earlier in", "On". */
const OPENS_SENTENCE = /^\s*(?:\p{L}+\s+){0,2}$/u;

/** The occasion a statement's own sentence states for its speaker: a date, or a look back ("Earlier, …"). */
interface OwnOccasion {
  date: string | null;
  precision: DatePrecision | null;
  /** "Earlier, …": words from before the story's occasion. */
  looksBack: boolean;
  words: string;
  span: Span;
}

function ownOccasion(doc: Document, d: AttributedStatement, index: number, occasions: OccasionIndex, tests: SentenceTests): OwnOccasion | null {
  if (index < 0) return null;
  const dated = occasions.inSentence(d.speaker, index, "date");
  // The lede's date, given to everyone, is the story's day, not an occasion of this statement's own.
  if (dated?.date && !dated.lede) return { date: dated.date.value.date, precision: dated.date.value.precision, looksBack: false, words: doc.text.slice(dated.date.span.start, dated.date.span.end), span: dated.date.span };
  if (tests.holds(LOOKS_BACK, index)) {
    const sentence = doc.sentences[index];
    const word = LOOKS_BACK_WORD.exec(sentence.text);
    const at = word ? sentence.start + word.index : sentence.start;
    return { date: null, precision: null, looksBack: true, words: word ? word[0] : sentence.text, span: { start: at, end: at + (word ? word[0].length : sentence.text.length) } };
  }
  return null;
}

/**
 * Whether the sentence that names an outlet tells of the occasion the statement's own sentence dates: the day the
 * speaker's words take there (stated up to that sentence, else the publication's) falls within the week after the
 * statement's date ("said on Monday …", then "In an interview with Example TV on Tuesday, …"). Words from before
 * ("Earlier, …") never are.
 */
function sameOccasion(doc: Document, own: OwnOccasion, event: Occasion, d: AttributedStatement, occasions: OccasionIndex): boolean {
  if (own.looksBack) return false;
  const there = occasions.nearest(d.speaker, event.sentence, "date", false, false) ?? (occasions.ledeDate && occasions.ledeDate.sentence <= event.sentence ? occasions.ledeDate : null);
  const day = there?.date ? (there.date.value.precision === "day" ? there.date.value.date : null) : (publicationFallback(doc.publication)?.date ?? null);
  return withinTheWeekBefore(own, day);
}

/**
 * Whether a date stated for a statement lies in the week up to the day of the outlet's occasion: the story's own days
 * ("said on Monday", "told Example TV on Tuesday"). A date further back, or only a month, is another occasion.
 */
function withinTheWeekBefore(own: OwnOccasion, day: string | null): boolean {
  return !!day && own.precision === "day" && !!own.date && inTheWeekUpTo(own.date, day);
}

/** Whether the ISO day `earlier` lies in the week up to `later` (0 to 7 days before it). */
function inTheWeekUpTo(earlier: string, later: string): boolean {
  const days = (Date.parse(`${later}T00:00:00Z`) - Date.parse(`${earlier}T00:00:00Z`)) / 86_400_000;
  return days >= 0 && days <= 7;
}

const LOOKS_BACK_WORD = /\b(?:Earlier|Previously|Before that|In the past|on (?:several|many|numerous|other|multiple) (?:more |other )?occasions)\b/i;

/** Words for a text of some length published as a whole: on a platform, it may be quoted over several paragraphs. */
const PUBLISHED_TEXT = /\b(?:statement|address|video|letter|article|op-ed|essay)\b/i;

/** Whether every outlet that received the words at an occasion is a platform they were posted on. */
function onlyPosts(event: Occasion): boolean {
  return event.outlets.every((o) => o.value.role !== "receiving" || findKnownOutlet(o.value.name)?.kind === "platform");
}

/**
 * The publisher as interviewer ("told Example News" in Example News) or citing itself ("the Examplewire
 * correspondent reports") is no outlet cited; its occasion still ends the one before.
 */
function outletsNotByPublisher(doc: Document, event: Occasion, role: OutletMention["role"]): Located<OutletMention>[] {
  const found: Located<OutletMention>[] = [];
  for (const o of event.outlets) if (o.value.role === role && (!doc.outlet || !isSameOutlet(doc.outlet, o.value.name))) found.push(o);
  return found;
}

/** Where the words deciding a field stand, told from the statement's sentence. */
function whereTold(event: Occasion, index: number, ledeDate: Occasion | null, ownDate: Occasion | null): string {
  return event === ledeDate && event !== ownDate ? "the lede" : whereFrom(event.sentence, index);
}

/**
 * An outlet stated after a statement names the occasion of the words before it (a lede, then its details), unless
 * the statement's own sentence names where they were said ("spoke at a summit in Sampleton …") or the later sentence
 * goes back to an earlier occasion ("Earlier, she told Example TV …"). A date alone is no other occasion.
 */
function reachesBack(doc: Document, occasions: OccasionIndex, d: AttributedStatement, index: number, event: Occasion | null, tests: SentenceTests): Occasion | null {
  if (!event || event.sentence <= index) return event;
  if (tests.holds(EARLIER_OCCASION, event.sentence)) return null;
  // An outlet named several paragraphs on passed on another remark ("The Example Times reported on Wednesday that …").
  if (doc.sentences[event.sentence].paragraph - d.sentence.paragraph > LATER_OUTLET_REACH) return null;
  // "This was reported by Example Daily.", "She said this in an interview with …": the next sentence points back at these words.
  if (event.sentence === index + 1 && tests.holds(POINTS_BACK, event.sentence)) return event;
  return occasions.tellsOwnVenue(d.speaker, index) ? null : event;
}

const POINTS_BACK = new RegExp(String.raw`^\s*(?:This|That|These|Those|It)\s+(?:was|were|has been|had been)\s+(?:\p{Ll}+ly\s+)?${WAS_REPORTED}\b|^[^.;:]{0,80}\b${SAID_THIS}\s+(?:this|these|that|so|it)(?:\s+${A_STATEMENT_OR_REMARKS})?\s+(?:in|at|during|on|to|via|through|while|when|after|before)\b`, "u");

/**
 * "X told Example News …" then "Convening a meeting on Monday, X said …": words given in an interview are not dated by
 * a meeting or a conference the speaker held on another occasion (another sentence, which names no outlet).
 */
function ofThisInterview(doc: Document, dated: Occasion | null, interview: Occasion | null, index: number, tests: SentenceTests): Occasion | null {
  if (!dated || !interview || dated.sentence === index || dated.sentence === interview.sentence) return dated;
  if (!interview.outlets.some((o) => o.value.role === "receiving" && INTERVIEW.test(o.value.phrase)) || dated.outlets.some((o) => o.value.role === "receiving")) return dated;
  return tests.holds(OTHER_EVENT, dated.sentence) ? null : dated;
}

/** An outlet that asked the questions; a post on a platform ("issued via tweet") may be made at the event itself. */
const INTERVIEW = new RegExp(String.raw`\b${INTERVIEW_WORDS}`, "i");
/** An event held at one time; a visit is a stay, during which an interview may well be given. */
const OTHER_EVENT = new RegExp(String.raw`\b${MEETINGS}\b`, "i");

const EARLIER_OCCASION = eitherOf(
  new RegExp(String.raw`^\s*(?:Earlier|Previously|Before that|Last ${CALENDAR_PERIODS}|In (?:an?|the) ${OTHER_OCCASION})\b`, "i"),
  /earlier|previously/i,
  new RegExp(String.raw`\b${REPORTED_EARLIER}\s+(?:earlier|previously)\b|\b(?:earlier|previously)\s+${EARLIER_REPORTED}\b`, "i"),
);

/** How many paragraphs after a statement an outlet named later may still be where its words were given. */
const LATER_OUTLET_REACH = 2;

/** How many paragraphs after a statement a date stated later may still date it. */
const LATER_DATE_REACH = 1;

function whereFrom(eventSentence: number, statementSentence: number): string {
  if (eventSentence === statementSentence) return "its own sentence";
  return eventSentence < statementSentence ? "an earlier sentence about the speaker" : "a later sentence about the speaker";
}

// ---------------------------------------------------------------- finding the occasions

function findOccasions(doc: Document, statements: AttributedStatement[], tests: SentenceTests): Occasion[] {
  const { text, sentences, paragraphs } = doc;
  const occasions: Occasion[] = [];
  let lastEntity: PersonEntity | null = null;
  const bySentence = new Map<Sentence, AttributedStatement[]>();
  for (const d of statements) {
    if (!bySentence.has(d.sentence)) bySentence.set(d.sentence, []);
    bySentence.get(d.sentence)!.push(d);
  }
  const quoteWordStarts = new Set(doc.quotes.all.items.map((q) => q.innerStart));
  const events = new DatedEvents(doc);
  sentences.forEach((sentence, index) => {
    // A source line stands alone like a heading ("Source: Example Daily"), and still credits the story.
    if (paragraphs[sentence.paragraph].isJunk && !SOURCE_LINE.test(sentence.text)) return;
    const own = bySentence.get(sentence) ?? [];
    const frameText = framingText(doc, sentence, quoteWordStarts, own);
    // "an interview with President Jane Example": a person the article names is no outlet.
    const named = locatedOutlets(doc, sentence, frameText);
    // "According to the Example Times, Examplestan plans to …": an outlet's own report, about no one's words, passes
    // none of them on; it gives no outlet to a speaker's words before or after it.
    const outlets = own.length === 0 && named.length && OWN_REPORT.test(frameText) && !mentionsIn(doc, sentence.start, sentence.end).some((m) => m.entity) ? named.filter((o) => o.value.role !== "citing") : named;
    const speechy = own.length > 0 || SPEECH_WORDS.test(frameText);
    // "Members decided at a summit in 1999", "hopes for a deal at next year's summit": a meeting named where
    // no one speaks is an event of the story, not where anyone's words were said.
    const venueFound = speechy || PRESENCE_WORDS.test(frameText) ? findVenues(frameText)[0] : undefined;
    const venue = venueFound ? { value: venueFound.venue, span: locateIn(sentence, venueFound.phrase) } : null;
    // "Meloni, who met Rutte last Friday, has said …": the relative clause dates the meeting, not the words.
    // "Recalling the April 3 session, Jane Example said …": the date of what the words are about, not of the words.
    const withoutRelative = (frameText.includes(RELATIVE_WORD) ? frameText.replace(RELATIVE_CLAUSE, withoutOtherEvent) : frameText).replace(TOPIC_LEAD, " ");
    const datesFound = speechy ? findDates(withoutRelative, doc.publication) : null;
    // "Talks will take place on February 4", in a story of February 1: a day still to come dates no words anyone said.
    // "The remarks come amid talks held on Sunday", "He spoke after a general said this week that …": a sentence that
    // reports no words of its own dates, after such a connective, the other event it sets them against.
    const background = own.length === 0 && datesFound?.length ? backgroundStart(withoutRelative) : -1;
    const dateFound = datesFound?.find((found) => !afterPublication(found, doc.publication) && (background < 0 || found.index < background));
    const date = dateFound
      ? { value: dateFound, span: locateIn(sentence, withoutRelative.slice(dateFound.index, dateFound.index + dateFound.length)) }
      : speechy ? (events.dateOfEventNamedAgain(sentence) ?? (own.length ? (cameAfter(doc, sentence, occasions) ?? sameDayAgain(doc, sentence, withoutRelative, occasions)) : null)) : null;
    events.remember(sentence, withoutRelative, datesFound);
    const subject = own[0]?.speaker ?? passiveAgent(doc, sentence) ?? subjectOf(mentionsIn(doc, sentence.start, sentence.end), text, sentence.start)?.entity ?? null;
    // "This was reported by …", "Example News quotes him.", and the rest of a quote begun in the sentence before: the
    // last speaker's words.
    const entity = subject ?? (POINTS_BACK_AT_WORDS.test(sentence.text) || (own.length === 0 && opensInQuote(doc, sentence)) ? lastEntity : null);
    // "France on Tuesday said …": a country or an institution speaking; its occasion is nobody's in the article.
    if (!subject && own.length === 0 && sentence.paragraph !== doc.ledeParagraph && INSTITUTION_SPEAKS.test(sentence.text)) return;
    const looksBack = tests.holds(LOOKS_BACK, index);
    // "At a news conference on Thursday, she said …", "Addressing parliament, she said …": words given at a gathering the
    // sentence names (its venue) are of another occasion than an interview named elsewhere.
    const fresh = own.length > 0 && (NEW_OCCASION.test(frameText) || looksBack || venue !== null || ADDRESSING_AUDIENCE.test(frameText));
    // The lede's date ("Macron and Rutte gave diverging answers on Tuesday") holds for everyone it introduces.
    const lede = own.length === 0 && sentence.paragraph === doc.ledeParagraph;
    if (lede && date) {
      // The lede's date dates everyone's remarks; its outlet and venue stay with its own subject.
      occasions.push({ entity: null, lede, looksBack, sentence: index, fresh, outlets: [], venue: null, date });
      if (outlets.length || venue) occasions.push({ entity, lede, looksBack, sentence: index, fresh, outlets, venue, date: null });
    } else if (outlets.length || venue || date || fresh) {
      const unnamedSource = entity === null && outlets.length > 0 && byUnnamedSources(doc, sentence);
      occasions.push({ entity, lede, looksBack, citingReach: citingReach(own.length > 0, frameText, outlets), unnamedSource, sentence: index, fresh, outlets, venue, date });
    }
    // "In an interview with Example TV anchor Jane Sample, the minister said …": the anchor put the questions on Example TV;
    // her own words there (a question in the transcript that follows) came through it too.
    for (const asker of interviewersOf(doc, sentence, outlets)) if (asker.entity !== entity) occasions.push({ entity: asker.entity, lede: false, looksBack, sentence: index, fresh: false, outlets: asker.outlets, venue: null, date: null });
    if (own.length) lastEntity = own[own.length - 1].speaker ?? lastEntity;
    else if (subject) lastEntity = subject;
  });
  return occasions;
}

/** A sentence whose outlet passes on the words of sources it leaves unnamed, and that names no person. */
function byUnnamedSources(doc: Document, sentence: Sentence): boolean {
  return CITES_UNNAMED_SOURCES.test(sentence.text) && !mentionsIn(doc, sentence.start, sentence.end).some((m) => m.kind !== "anonymous" && m.entity?.name);
}

/** "Sources cited by Example Wire said", "…, Example News reports, citing a senior military official". */
const CITES_UNNAMED_SOURCES = new RegExp(String.raw`\b${UNNAMED_SOURCES}\s+${CITED_OR_QUOTED}\s+by\b|\bciting\s+(?:[\p{L}.-]+\s+){0,4}?(?:sources?|officials?|diplomats?|insiders?|people\s+familiar)\b`, "iu");

/**
 * The people a sentence names right after an outlet and one of its interviewer words ("Example TV anchor Jane Sample",
 * "Example News's chief correspondent John Doe"), each with that outlet: the one who asked, on or for it.
 */
function interviewersOf(doc: Document, sentence: Sentence, outlets: Located<OutletMention>[]): { entity: PersonEntity; outlets: Located<OutletMention>[] }[] {
  const receiving = outlets.filter((o) => o.value.role === "receiving");
  if (!receiving.length || !INTERVIEWER_WORD.test(sentence.text)) return [];
  const found: { entity: PersonEntity; outlets: Located<OutletMention>[] }[] = [];
  for (const m of mentionsIn(doc, sentence.start, sentence.end)) {
    const outlet = receiving.find((o) => o.span.end <= m.start && m.start - o.span.end <= INTERVIEWER_REACH && AFTER_OUTLET_ASKER.test(doc.text.slice(o.span.end, m.start)));
    if (outlet && m.entity && !found.some((f) => f.entity === m.entity)) found.push({ entity: m.entity, outlets: [outlet] });
  }
  return found;
}

const INTERVIEWER_REACH = 40;
const INTERVIEWER_WORD = new RegExp(String.raw`\b(?:${INTERVIEWER_WORDS.join("|")})\b`);
/** What stands between an outlet's name and its interviewer's: "'s political editor ", " anchor ", " host ". */
const AFTER_OUTLET_ASKER = new RegExp(String.raw`^(?:['’]s?)?\s+(?:\p{Ll}+\s+)?(?:${INTERVIEWER_WORDS.join("|")})\s+$`, "u");

/** A sentence that opens on its source ("According to Example News, …", after a stray word or two of translation). */
const OWN_REPORT = /^\s*(?:\p{Lu}?\p{Ll}+\s+){0,2}?[Aa]ccording\s+to\b/u;

/**
 * Where the sentence turns to the events its subject is set against: "amid …", or "after", "following" or "as" opening
 * a clause in which someone else speaks ("after a general said …"). -1 when it does not.
 */
function backgroundStart(framing: string): number {
  const amid = AMID.exec(framing);
  if (amid) return amid.index;
  const after = AFTER_SOMEONE_SPOKE.exec(framing);
  return after ? after.index : -1;
}

const AMID = /\bamid(?:st)?\b/i;
const AFTER_SOMEONE_SPOKE = new RegExp(String.raw`\b(?:after|following|as)\s+(?:(?!(?:he|she|they)\b)[\p{L}’'.-]+\s+){1,6}?(?:${SPEECH_VERB})\b`, "iu");

/** Whether a date lies after the publication's day: an event still to come when the story was printed. */
function afterPublication(found: ResolvedDate, publication: Document["publication"]): boolean {
  return publication.precision === "day" && !!publication.date && found.precision === "day" && found.date > publication.date;
}

/** "The move comes a day after X said …", "The disclosure came hours after X said …": the words tell of the day before the story's. */
const CAME_AFTER = new RegExp(String.raw`\b${COMES_AFTER}\s+(?:just\s+|only\s+)?(?:(a|one|two|three)\s+days?|hours|(?:just\s+)?a\s+few\s+hours)\s+after\b`, "i");
const DAYS_BACK: Record<string, number> = { a: 1, one: 1, two: 2, three: 3 };

/**
 * The date of words reported in a clause after "comes a day after": the day the article last stated (else the
 * publication's), that many days back; "hours after" the same day. Only a day-precise anchor gives a day.
 */
function cameAfter(doc: Document, sentence: Sentence, earlier: Occasion[]): Located<ResolvedDate> | null {
  const phrase = CAME_AFTER.exec(sentence.text);
  if (!phrase) return null;
  // The story's day: a date stated, not one worked out by this rule from another "came after".
  const anchor = earlier.findLast((e) => e.date && !CAME_AFTER.test(doc.sentences[e.sentence].text))?.date?.value ?? (doc.publication.date ? { date: doc.publication.date, precision: doc.publication.precision } : null);
  if (!anchor || anchor.precision !== "day") return null;
  const day = new Date(`${anchor.date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - (phrase[1] ? DAYS_BACK[phrase[1].toLowerCase()] : 0));
  const span = { start: sentence.start + phrase.index, end: sentence.start + phrase.index + phrase[0].length };
  return { value: { date: day.toISOString().slice(0, 10), precision: "day", source: "relative", index: phrase.index, length: phrase[0].length }, span };
}

/**
 * "earlier in the day", "later that day", "on the same day": the day the story last named, not a day of its own.
 * "the next day", "the previous day", "two days earlier", "a day later", "the day before,": that many days from it,
 * counted from the words before (an event named after "the day before" is another anchor, so it must end a clause).
 */
const SAME_DAY = new RegExp(String.raw`\b(?:(?:earlier|later)\s+(?:in\s+the|that)\s+day|(?:on\s+)?(?:the|that)\s+same\s+day|(?:on\s+)?the\s+(${ADJACENT})\s+day|(a|one|two|three|four|five|six)\s+days?\s+(earlier|later)|the\s+day\s+(before|after)(?=\s*[,.;:—–-]|\s*$))\b`, "i");

/**
 * The date of words said "earlier in the day", "on the same day" or "two days earlier": the last day the article stated
 * before them (else the publication's), moved by the days the phrase counts. Only a day-precise anchor gives a day.
 */
function sameDayAgain(doc: Document, sentence: Sentence, framing: string, earlier: Occasion[]): Located<ResolvedDate> | null {
  const phrase = SAME_DAY.exec(framing);
  if (!phrase) return null;
  const anchor = earlier.findLast((e) => e.date)?.date?.value ?? (doc.publication.date ? { date: doc.publication.date, precision: doc.publication.precision } : null);
  if (!anchor || anchor.precision !== "day") return null;
  const day = new Date(`${anchor.date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + daysFromAnchor(phrase));
  return { value: { date: day.toISOString().slice(0, 10), precision: "day", source: "relative", index: phrase.index, length: phrase[0].length }, span: locateIn(sentence, phrase[0]) };
}

/** "next", "following": a neighbour after, not before. */
const NEXT_WORD = new RegExp(`^${NEXT}$`, "i");
/** How many days a SAME_DAY phrase lies from the day last named: 0 for the same day, negative before it. */
function daysFromAnchor(phrase: RegExpExecArray): number {
  const [, neighbour, count, direction, beforeOrAfter] = phrase;
  if (neighbour) return NEXT_WORD.test(neighbour) ? 1 : -1;
  if (count) return (/^earlier$/i.test(direction) ? -1 : 1) * DAYS_IN_WORDS[count.toLowerCase()];
  if (beforeOrAfter) return /^before$/i.test(beforeOrAfter) ? -1 : 1;
  return 0;
}

/**
 * Meetings, summits and talks the article dates ("On Thursday she met the planners", "leaders met at a summit on
 * Sunday"), so that "After the meeting, she warned …" takes the day of the meeting it names again.
 */
class DatedEvents {
  private readonly dates = new Map<string, Located<ResolvedDate>>();

  constructor(private readonly doc: Document) {}

  /** Each kind of event the sentence names, with the sentence's first date (`datesFound`: the framing's dates, when already read). */
  remember(sentence: Sentence, framing: string, datesFound: ResolvedDate[] | null): void {
    // No date read from the framing: none to remember, whatever events it names.
    if (datesFound?.length === 0) return;
    const kinds = allMatches(EVENT_WORD, framing).map((m) => eventKind(m[0]));
    if (!kinds.length) return;
    const found = (datesFound ?? findDates(framing, this.doc.publication))[0];
    // "Ministers will meet on Friday": a meeting still to come is no occasion of words already said.
    if (!found || afterPublication(found, this.doc.publication)) return;
    const span = locateIn(sentence, framing.slice(found.index, found.index + found.length));
    for (const kind of kinds) this.dates.set(kind, { value: found, span });
  }

  /** "After the meeting, …", "At the summit, …": the day of that event, named and dated earlier. */
  dateOfEventNamedAgain(sentence: Sentence): Located<ResolvedDate> | null {
    // No event dated yet: whatever the sentence names again, it has no day to give.
    if (this.dates.size === 0) return null;
    const again = EVENT_NAMED_AGAIN.exec(sentence.text);
    return again ? (this.dates.get(eventKind(again[1] ?? again[2])) ?? null) : null;
  }
}

/** Nouns and verbs of an event held at one time, in one place, where words may be said. */
const EVENT_WORD = /\b(?:met|meet(?:s|ing)?|gather(?:ed|ing)|convened|assembl(?:ed|y)|session|summit|talks|conference|debat(?:e|ed)|forum|call)\b/gi;
/**
 * The event named again for the words: "After the meeting, …", "At the gathering, …", "on the sidelines of the meeting",
 * "told the session", "Addressing the conference", "In her speech to the forum", "On the call, …". Not "the next
 * meeting", one still to come.
 */
const EVENT_NAMED_AGAIN = unicodeWhereNeeded(
  String.raw`\b(?:(?:after|at|during|following|on\s+the\s+sidelines\s+of|told|addressing|addressed|${ADDRESS_OR_REMARKS}\s+to)\s+the\s+(?!${NEXT_OR_LAST}\b)(?:[\p{L}-]+\s+){0,2}?(${MEETING_KINDS})|on\s+the\s+(?:[\p{L}-]+\s+)?(call))\b`,
  "iu",
);

/** "met", "gathered", "convened", "assembled", "session": words for meeting, by their opening letters. */
const MEETING_WORD = new RegExp(`^${MEETING_STEMS}`);
/** "met", "gathered", "convened", "assembled" and a meeting, a gathering, an assembly or a session are one kind of event; "debated" is a debate. */
function eventKind(word: string): string {
  const lower = word.toLowerCase();
  return MEETING_WORD.test(lower) ? "meeting" : lower.startsWith("debat") ? "debate" : lower;
}

/**
 * "The position was repeated at a briefing by the spokesman, Jane Example": in the passive the person after "by"
 * spoke, not the one the sentence opens with.
 */
function passiveAgent(doc: Document, sentence: Sentence): PersonEntity | null {
  const passive = BY_BETWEEN_SPACES.test(sentence.text) ? PASSIVE_BY.exec(sentence.text) : null;
  if (!passive) return null;
  const from = sentence.start + passive.index + passive[0].length;
  return mentionsIn(doc, from, sentence.end).find((m) => m.entity && m.start - from < 80)?.entity ?? null;
}

/** What every passive with its agent holds (" by "): the longer pattern runs only on a sentence that has it. */
const BY_BETWEEN_SPACES = /\sby\s/;
const PASSIVE_BY = /\b(?:was|were|has been|have been|had been)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en|de)\b[^.;]*?\sby\s+/u;

/** Only tested: the verb in a lookahead compiles in a fraction of the time (see SPEECH_NEAR in people/mentions.ts). */
const INSTITUTION_SPEAKS = new RegExp(String.raw`^\s*(?:The\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}\s+(?:on\s+\p{Lu}\p{L}+\s+|has\s+|have\s+|also\s+)?(?=${SPEECH_VERB}\b)`, "u");

/** Being somewhere in person ("met … at the edge of the forum"): a venue there holds for what follows. */
const PRESENCE_WORDS = /\b(?:met|meets|visit(?:s|ed|ing)?|arriv(?:ed|ing)|attend(?:s|ed|ing)|hosted|hosting)\b/i;

/** Verbs that only ever report words; "agreed", "pledged" or "proposed" may report a decision taken at a meeting. */
const SAYING_VERBS = "claim(?:ed|s)|declared|announced|insist(?:ed|s)|stress(?:ed|es)|not(?:ed|es)|add(?:ed|s)|explain(?:ed|s)|emphasi[sz]ed|confirmed|reiterated|asserted|argued|replied|responded";

/** A sentence that speaks of someone speaking: speech words, and speech acts reported without the words ("accused"). */
const SPEECH_WORDS = unicodeWhereNeeded(
  String.raw`\b(?:remarks?|interview(?:ed|s)?|statements?|(?:his|her|their|a)\s+(?:[\p{Ll}-]+\s+)?messages?|press conference|briefing|speech|said|told|stated|spoke|speaking|answers?|comments?|address(?:ed)?|warned|${SAYING_VERBS}|${[...STANCE_VERBS, ...SPEECH_ACT_VERBS].join("|")})\b`,
  "iu",
);

/**
 * Whether an outlet's printed name (within the words that named it) is a person the article mentions. A known
 * outlet or a name that ends on a kind of medium stays an outlet, whoever shares a word of it ("Jane Example",
 * "Example TV").
 */
function namesPerson(doc: Document, outlet: Located<OutletMention>): boolean {
  if (findKnownOutlet(outlet.value.name) || looksLikeMediaName(outlet.value.name)) return false;
  const at = doc.text.indexOf(outlet.value.name, outlet.span.start);
  if (at < 0 || at >= outlet.span.end) return false;
  return doc.mentions.startingIn(at, at + outlet.value.name.length).some((m) => m.kind === "name" || m.kind === "title");
}

/** The outlets the framing words name, each where it stands in the sentence; "an interview with President Jane Example": a person the article names is no outlet. */
function locatedOutlets(doc: Document, sentence: Sentence, frameText: string): Located<OutletMention>[] {
  const located: Located<OutletMention>[] = [];
  for (const o of findOutlets(frameText, false, doc.outlet)) {
    const outlet = { value: o, span: locateIn(sentence, o.phrase) };
    if (!namesPerson(doc, outlet)) located.push(outlet);
  }
  return located;
}

/** Where printed words stand in their sentence (the first occurrence); the whole sentence when they were cut together from pieces. */
function locateIn(sentence: Sentence, phrase: string): Span {
  const at = sentence.text.indexOf(phrase.trim());
  return at >= 0 ? { start: sentence.start + at, end: sentence.start + at + phrase.trim().length } : { start: sentence.start, end: sentence.end };
}

/** The sentence with quoted words and reported clauses removed: where "when", "where" and "to whom" are told. */
function framingText(doc: Document, sentence: Sentence, quoteWordStarts: Set<number>, own: AttributedStatement[]): string {
  const { text } = doc;
  let cuts: Span[] | null = null;
  // A short quoted name that is nobody's words stays: a channel may be printed in marks ("a broadcast on «Example 24»").
  for (const q of doc.quotes.all.startingIn(sentence.start, sentence.end)) if (!quotedName(text, q, own)) (cuts ??= []).push({ start: q.open, end: q.close });
  for (const d of own) if (d.kind === "indirect" || !quoteWordStarts.has(d.start)) (cuts ??= []).push({ start: d.start, end: d.end });
  // "… Such a signal is enough," Example News quotes him.": a sentence that opens inside a quote begun before it frames
  // only what follows the closing mark.
  if (opensInQuote(doc, sentence)) (cuts ??= []).push({ start: sentence.start, end: Math.min(doc.quotes.top.maxEndOfStartsBefore(sentence.start), sentence.end) });
  // A wire dateline ("BRUSSELS, Feb 14 (Reuters) -") dates the report, not the remark.
  let at = sentence.start + datelineLength(sentence.text);
  // Most sentences have nothing to cut: their text (after any dateline) is the framing, without building a new string.
  if (cuts === null) return at === sentence.start ? sentence.text : at < sentence.end ? text.slice(at, sentence.end) : "";
  cuts.sort((a, b) => a.start - b.start);
  let out = "";
  for (const cut of cuts) {
    if (cut.start > at) out += text.slice(at, cut.start);
    // "…,” the Example Daily reported": the comma inside the marks still sets the source off.
    out += QUOTE_ENDS_ON_COMMA.test(text.slice(Math.max(cut.start, cut.end - 3), cut.end)) ? ", " : " ";
    at = Math.max(at, cut.end);
  }
  if (at < sentence.end) out += text.slice(at, sentence.end);
  return out;
}

/** Whether a sentence opens inside a quote begun in a sentence before it. */
function opensInQuote(doc: Document, sentence: Sentence): boolean {
  return doc.quotes.top.maxEndOfStartsBefore(sentence.start) > sentence.start;
}

/** "Example News quotes him": the words just quoted, by a pronoun for their speaker. */
const QUOTES_HIM = new RegExp(String.raw`\b${OUTLET_QUOTING_VERB}\s+(?:him|her|them)\b`);

/** A source tagged on a sentence, aggregator style ("…, per Example News."). */
const PER_TAG = /^per\s/i;

/**
 * How far the sentence's citing outlets reach, when less far than the speaker's occasion. "Per" tags the account of
 * its own paragraph ("…, per Example News. She added …" is one account); beside an interview it names ("In an
 * interview with Example TV, …, per Example News.") it passes on the whole interview and carries with it.
 */
function citingReach(ownWords: boolean, frameText: string, outlets: Located<OutletMention>[]): Occasion["citingReach"] {
  const citing = outlets.filter((o) => o.value.role === "citing");
  if (citing.length === outlets.length && citing.length && citing.every((o) => PER_TAG.test(o.value.phrase))) return "paragraph";
  return !ownWords && QUOTES_HIM.test(frameText) ? "before" : undefined;
}

/**
 * A sentence about words just given: "This was …", "The remarks …", "His comments came in …", "Her latest remarks were
 * made to …", "Example News quotes him", "X quoted this excerpt".
 */
const POINTS_BACK_AT_WORDS = new RegExp(String.raw`^\s*(?:This|That|These|Those|It|(?:The|His|Her|Their)\s+(?:\p{Ll}+\s+)?${WORDS_POINTED_AT})\b|\b${OUTLET_QUOTING_VERB}\s+(?:him|her|them|this|these|those)\b`, "u");

function quotedName(text: string, quote: { innerStart: number; innerEnd: number }, own: AttributedStatement[]): boolean {
  return countWords(text.slice(quote.innerStart, quote.innerEnd)) <= 3 && !own.some((d) => d.start <= quote.innerStart && quote.innerStart < d.end);
}

const QUOTE_ENDS_ON_COMMA = /,\s*[”"»’]$/;

const RELATIVE_CLAUSE = /,\s*(?:who|whom|whose|which)\b[^,]*,/g;
/**
 * "…, who spoke to reporters on Sunday, …", "…, who spoke on Sunday, …": a relative clause that tells of the words given
 * to the press stays, with its day. One that tells of a talk with someone ("who spoke with X on Monday") is another event.
 */
const RELATIVE_OF_THE_WORDS = new RegExp(String.raw`^,\s*who\s+(?:spoke|was\s+speaking)\s+(?:(?:to|with)\s+(?:reporters|journalists|the\s+press|the\s+media)\b|at\s+an?\s+${PRESS_OR_NEWS}\s+conference\b|on\s)|^,\s*who\s+told\s+${REPORTERS}\b`);

function withoutOtherEvent(clause: string): string {
  return RELATIVE_OF_THE_WORDS.test(clause) ? clause : " ";
}
/** What every relative pronoun above opens with: a text without it has no relative clause to take out. */
const RELATIVE_WORD = "wh";
/** A participle opening the sentence with what the words are about ("Recalling the talks of May 16, …"). */
const TOPIC_LEAD = /^\s*(?:Recalling|Referring to|Reflecting on|Looking back (?:at|on)|Commenting on|Asked about|Reacting to)\s[^,.;:]{1,100},/;

/** "Earlier, X told …", "X repeated on several occasions that …": words from before, with an occasion of their own. */
const LOOKS_BACK = eitherOf(
  new RegExp(String.raw`^\s*${EARLIER_LEADS}\b`, "i"),
  /occasions/i,
  /\bon (?:several|many|numerous|other|multiple) (?:more |other )?occasions\b/i,
);

/** "Addressing parliament", "addressed lawmakers", "addressing the nation": words given to an audience in person. */
const ADDRESSING_AUDIENCE = /\b(?:[Aa]ddressing|addressed|addresses)\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}-]+\s+){0,2}?(?:[Pp]arliament|lawmakers|legislators|deputies|MPs|senators|nation|people|crowd|rally|audience|students|supporters|troops|soldiers|diplomats|ambassadors|[Aa]ssembly|[Cc]ongress|[Ss]enate|chamber|[Ss]ummit|[Cc]onference|[Ff]orum|delegates|participants)\b/u;
const NEW_OCCASION = new RegExp(String.raw`\b(?:${TELLING} ${AUDIENCES}|(?:at|during) (?:a|the|his|her) ${PRESS_OR_NEWS} conference|later|in a ${SPEECH_OR_STATEMENT}|speaking (?:at|in|after|before)|${POSTED} (?:on|in) (?:social media|a (?:social[- ]media )?post)|in a (?:social[- ]media )?post)\b`, "i");

const OCCASION_KINDS = {
  receiving: (e: Occasion) => e.outlets.some((o) => o.value.role === "receiving"),
  citing: (e: Occasion) => e.outlets.some((o) => o.value.role === "citing"),
  venue: (e: Occasion) => !!e.venue,
  date: (e: Occasion) => !!e.date,
  fresh: (e: Occasion) => e.fresh,
};
type OccasionKind = keyof typeof OCCASION_KINDS;

/** A speaker's occasions of each kind, in sentence order, so a statement finds its nearest by binary search. */
class OccasionIndex {
  private readonly bySpeaker = new Map<PersonEntity | null, Record<OccasionKind, Occasion[]>>();
  /** The one person every occasion with a speaker belongs to, if there is exactly one. */
  private readonly soleSpeaker: PersonEntity | null | undefined;
  private readonly all: Record<OccasionKind, Occasion[]>;
  /** The first lede occasion that carries a date. */
  readonly ledeDate: Occasion | undefined;

  /** The speakers of each paragraph's statements. */
  private readonly speakersByParagraph = new Map<number, Set<PersonEntity | null>>();

  constructor(occasions: Occasion[], sentences: Sentence[], statements: AttributedStatement[]) {
    for (const d of statements) {
      const speakers = this.speakersByParagraph.get(d.sentence.paragraph) ?? new Set<PersonEntity | null>();
      speakers.add(d.speaker);
      this.speakersByParagraph.set(d.sentence.paragraph, speakers);
    }
    const speakers = new Set(occasions.map((e) => e.entity).filter((e) => e !== null));
    this.soleSpeaker = speakers.size === 0 ? undefined : speakers.size === 1 ? [...speakers][0] : null;
    // An occasion of unnamed sources is only theirs: it goes to no one else, however few speakers the article has.
    this.all = byKind(occasions.filter((e) => !e.unnamedSource));
    const grouped = new Map<PersonEntity | null, Occasion[]>();
    for (const e of occasions) {
      if (!grouped.has(e.entity)) grouped.set(e.entity, []);
      grouped.get(e.entity)!.push(e);
    }
    for (const [entity, own] of grouped) this.bySpeaker.set(entity, byKind(own));
    this.ledeDate = occasions.find((e) => e.lede && e.date);
    this.storySource =
      occasions.find((e) => e.lede && e.entity === null && !e.unnamedSource && e.outlets.length > 0 && e.outlets.every((o) => o.value.role === "citing" && creditsTheSentence(sentences[e.sentence], o.value))) ??
      occasions.find((e) => e.outlets.length > 0 && e.outlets.every((o) => o.value.role === "citing" && SOURCE_LINE.test(o.value.phrase))) ??
      null;
  }

  /**
   * Whether every paragraph after `from` up to `to` holds words of the speaker's and of no one else's: the speaker goes
   * on, paragraph after paragraph, with nothing else set between.
   */
  onlyTheirWordsSince(entity: PersonEntity | null, from: number, to: number): boolean {
    if (entity === null || to <= from) return false;
    for (let p = from + 1; p <= to; p++) {
      const speakers = this.speakersByParagraph.get(p);
      if (!speakers || speakers.size !== 1 || !speakers.has(entity)) return false;
    }
    return true;
  }

  /**
   * A lede sentence about no one's words in particular whose only outlets passed the story on ("…, Example Wire
   * reported."), else a line crediting the story to one outlet ("Source: Example Daily").
   */
  readonly storySource: Occasion | null;

  /**
   * The story's day: the first date of the lede paragraph, stated for anyone's words there, when it is a day in the
   * week up to the publication's (a day of the story itself, not of an earlier occasion).
   */
  storyDay(doc: Document): Occasion | null {
    if (this.#storyDay !== undefined) return this.#storyDay;
    const first = this.all.date.find((e) => doc.sentences[e.sentence].paragraph === doc.ledeParagraph) ?? null;
    const value = first?.date?.value;
    const published = doc.publication.precision === "day" ? doc.publication.date : null;
    return (this.#storyDay = value && published && value.precision === "day" && inTheWeekUpTo(value.date, published) && !inClauseOfAnotherEvent(doc, first!) ? first : null);
  }

  #storyDay: Occasion | null | undefined;

  /** Whether the speaker's occasion in this very sentence names where the words were said. */
  tellsOwnVenue(entity: PersonEntity | null, sentenceIndex: number): boolean {
    return this.nearest(entity, sentenceIndex, "venue", false, false)?.sentence === sentenceIndex;
  }

  /**
   * The occasion that gives a statement its outlet, venue or date: one in its own sentence, else the
   * speaker's latest before it, else (with `orLater`) the first after it. With `stopAtNewOccasion`, an earlier occasion
   * is not reached across a sentence that opens a new occasion for the speaker.
   */
  nearest(entity: PersonEntity | null, sentenceIndex: number, kind: Exclude<OccasionKind, "fresh">, stopAtNewOccasion = false, orLater = true): Occasion | null {
    // Occasions of no one in particular (the lede's date) go to a speaker when no other speaker has any.
    const everyone = entity !== null && (this.soleSpeaker === undefined || this.soleSpeaker === entity);
    const speakers = everyone ? this.all : this.bySpeaker.get(entity);
    if (!speakers) return null;
    const own = speakers[kind];
    const sameOrAfter = firstAtOrAfter(own, sentenceIndex);
    if (at(own, sameOrAfter)?.sentence === sentenceIndex) return own[sameOrAfter];
    const fresh = at(speakers.fresh, firstAtOrAfter(speakers.fresh, sentenceIndex + 1) - 1);
    const boundary = stopAtNewOccasion && fresh ? fresh.sentence : -1;
    if (boundary === sentenceIndex) return null;
    const before = at(own, sameOrAfter - 1);
    if (before && before.sentence >= boundary) return before;
    if (boundary >= 0 || !orLater) return null;
    // A later occasion that looks back ("Earlier, …") is another time's: it gives nothing to the words before it.
    const later = at(own, firstAtOrAfter(own, sentenceIndex + 1));
    return later && !later.looksBack ? later : null;
  }

  /** Whether the speaker's words open a new occasion ("told reporters", "at a news conference", "Earlier") at or before a sentence. */
  freshUpTo(entity: PersonEntity | null, sentenceIndex: number): boolean {
    const speakers = this.bySpeaker.get(entity);
    return !!speakers && firstAtOrAfter(speakers.fresh, sentenceIndex + 1) > 0;
  }

  /** The speaker's own first occasion of a kind after a sentence, when the speaker has none up to and in it. */
  firstOwnAfter(entity: PersonEntity, sentenceIndex: number, kind: Exclude<OccasionKind, "fresh">): Occasion | null {
    const own = this.bySpeaker.get(entity)?.[kind];
    if (!own) return null;
    const next = firstAtOrAfter(own, sentenceIndex + 1);
    return next === 0 ? (at(own, 0) ?? null) : null;
  }

  /** Whether the speaker opens a new occasion ("told reporters", "later") after sentence `from` and before sentence `to`. */
  freshBetween(entity: PersonEntity, from: number, to: number): boolean {
    const fresh = this.bySpeaker.get(entity)?.fresh;
    const next = fresh ? at(fresh, firstAtOrAfter(fresh, from + 1)) : undefined;
    return !!next && next.sentence < to;
  }

  /** The speaker's occasion of a kind in this very sentence. */
  inSentence(entity: PersonEntity | null, sentenceIndex: number, kind: Exclude<OccasionKind, "fresh">): Occasion | null {
    const found = this.nearest(entity, sentenceIndex, kind, false, false);
    return found?.sentence === sentenceIndex ? found : null;
  }
}

/** ", Example Wire and Sample News reported.": a citing outlet and its verb that end the sentence, after a comma. */
function creditsTheSentence(sentence: Sentence, outlet: OutletMention): boolean {
  return outlet.phrase.startsWith(",") && /\p{Ll}$/u.test(outlet.phrase) && sentence.text.replace(/[\s.!"”»’]+$/u, "").endsWith(outlet.phrase);
}

function byKind(occasions: Occasion[]): Record<OccasionKind, Occasion[]> {
  const grouped: Record<OccasionKind, Occasion[]> = { receiving: [], citing: [], venue: [], date: [], fresh: [] };
  for (const e of occasions) {
    if (e.outlets.length) {
      if (OCCASION_KINDS.receiving(e)) grouped.receiving.push(e);
      if (OCCASION_KINDS.citing(e)) grouped.citing.push(e);
    }
    if (e.venue) grouped.venue.push(e);
    if (e.date) grouped.date.push(e);
    if (e.fresh) grouped.fresh.push(e);
  }
  return grouped;
}

/**
 * `occasions[i]`, undefined outside the list, without reading outside it: V8 looks a negative index up as a named
 * property along the prototype chain, a slow path that was a large share of each statement's cost.
 */
function at(occasions: Occasion[], i: number): Occasion | undefined {
  return i >= 0 && i < occasions.length ? occasions[i] : undefined;
}

/** Index of the first occasion at or after sentence `index`, in occasions sorted by sentence. */
function firstAtOrAfter(occasions: Occasion[], index: number): number {
  return firstWhere(occasions.length, (i) => occasions[i].sentence >= index);
}
