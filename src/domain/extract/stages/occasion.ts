// Stage 4, context: the outlet chain, venue and date of each statement. Every sentence that tells where,
// when or to whom someone spoke is an occasion of its subject ("Rutte told Fox News on Tuesday …"). A
// statement takes its speaker's occasion in its own sentence, else the speaker's latest before it — an outlet
// or venue stated once carries over to the speaker's later statements until a new occasion ("told
// reporters", "later", "in a speech") or another outlet is stated — else the first after it. The lede's date
// dates everyone it introduces. Each decision names the sentence and the words it rests on.

import { SPEECH_ACT_VERBS, STANCE_VERBS } from "../../lexicon/en";
import { SPEECH_VERB } from "../speech";
import type { PersonEntity } from "../../people/mentions";
import { firstWhere } from "../../spanIndex";
import { datelineLength, foldDiacritics, type Sentence, type Span } from "../../text";
import { findOutlets, findVenues, joinOutletChain, type OutletMention } from "../context";
import { findDates, publicationFallback, type ResolvedDate } from "../dates";
import { mentionsIn, type Document } from "../document";
import type { DatePrecision, DateSource, FieldExplanation } from "../types";
import { subjectOf, type EveryField } from "./candidate";
import type { AttributedStatement } from "./speakers";

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
  const occasions = new OccasionIndex(findOccasions(doc, statements));
  const sentenceIndex = new Map(doc.sentences.map((s, i) => [s, i]));
  // The publisher citing itself ("the Ukrinform correspondent reports") is not a source in the chain.
  const publisher = doc.outlet ? foldDiacritics(doc.outlet).toLowerCase() : null;
  return statements.map((statement) => placed(statement, occasionOf(doc, statement, sentenceIndex.get(statement.sentence) ?? -1, occasions, publisher)));
}

function placed(d: AttributedStatement, occasion: StatementOccasion): PlacedStatement {
  const statement: EveryField<PlacedStatement> = {
    start: d.start, end: d.end, kind: d.kind, sentence: d.sentence, frame: d.frame, continues: d.continues, quotedFragments: d.quotedFragments,
    quote: d.quote, found: d.found, attribution: d.attribution, speaker: d.speaker, via: d.via, speakerDecision: d.speakerDecision, occasion,
  };
  return statement;
}

function occasionOf(doc: Document, d: AttributedStatement, index: number, occasions: OccasionIndex, publisher: string | null): StatementOccasion {
  const receiving = occasions.nearest(d.speaker, index, "receiving", true);
  const citing = occasions.nearest(d.speaker, index, "citing");
  const receivingOutlets = receiving?.outlets.filter((o) => o.value.role === "receiving") ?? [];
  const citedByOthers = (citing?.outlets ?? []).filter((o) => o.value.role === "citing" && foldDiacritics(o.value.name).toLowerCase() !== publisher);
  const outlets = [...receivingOutlets, ...citedByOthers];
  const venueEvent = occasions.nearest(d.speaker, index, "venue", true);
  const ledeDate = occasions.ledeDate && occasions.ledeDate.sentence <= index ? occasions.ledeDate : null;
  // A date stated a few paragraphs later dates another remark ("On Saturday, she had said …"), not this one;
  // one in the next paragraphs tells when the words summed up here were said.
  const nearDate = occasions.nearest(d.speaker, index, "date");
  const ownDate = nearDate && nearDate.sentence > index && doc.sentences[nearDate.sentence].paragraph - d.sentence.paragraph > LATER_DATE_REACH
    ? occasions.nearest(d.speaker, index, "date", false, false)
    : nearDate;
  const dateEvent = ownDate ?? ledeDate;
  const resolved = dateEvent?.date ?? null;
  const fallback = resolved ? null : publicationFallback(doc.publication);
  const date = resolved ? { date: resolved.value.date, precision: resolved.value.precision, source: resolved.value.source } : fallback;
  const outletEvent = receivingOutlets.length ? receiving : citedByOthers.length ? citing : null;
  const where = (event: Occasion) => (event === ledeDate && event !== ownDate ? "the lede" : whereFrom(event.sentence, index));
  return {
    outletCited: joinOutletChain(outlets.map((o) => o.value)),
    venue: venueEvent?.venue?.value ?? null,
    date,
    decidedBy: {
      outletCited: outletEvent
        ? { rule: "outlet-chain", source: where(outletEvent), evidence: outlets.map((o) => `${o.value.role}: ${o.value.name}`).join("; "), span: outlets[0].span, sentence: doc.sentences[outletEvent.sentence].text }
        : { rule: "outlet-none", evidence: null, span: null },
      venue: venueEvent?.venue
        ? { rule: "venue-occasion", source: where(venueEvent), evidence: venueEvent.venue.value, span: venueEvent.venue.span, sentence: doc.sentences[venueEvent.sentence].text }
        : { rule: "venue-none", evidence: null, span: null },
      date: dateEvent && resolved
        ? { rule: `date-${resolved.value.source}`, source: where(dateEvent), evidence: resolved.value.date, span: resolved.span, sentence: doc.sentences[dateEvent.sentence].text }
        : { rule: fallback ? "date-publication" : "date-none", source: fallback ? "the publication date" : undefined, span: null },
    },
  };
}

/** How many paragraphs after a statement a date stated later may still date it. */
const LATER_DATE_REACH = 1;

function whereFrom(eventSentence: number, statementSentence: number): string {
  if (eventSentence === statementSentence) return "its own sentence";
  return eventSentence < statementSentence ? "an earlier sentence about the speaker" : "a later sentence about the speaker";
}

// ---------------------------------------------------------------- finding the occasions

function findOccasions(doc: Document, statements: AttributedStatement[]): Occasion[] {
  const { text, sentences, paragraphs } = doc;
  const occasions: Occasion[] = [];
  let lastEntity: PersonEntity | null = null;
  const bySentence = new Map<Sentence, AttributedStatement[]>();
  for (const d of statements) {
    if (!bySentence.has(d.sentence)) bySentence.set(d.sentence, []);
    bySentence.get(d.sentence)!.push(d);
  }
  const quoteWordStarts = new Set(doc.quotes.all.items.map((q) => q.innerStart));
  sentences.forEach((sentence, index) => {
    if (paragraphs[sentence.paragraph].isJunk) return;
    const own = bySentence.get(sentence) ?? [];
    const frameText = framingText(doc, sentence, quoteWordStarts, own);
    const locate = (phrase: string) => locateIn(text, sentence, phrase);
    const outlets = findOutlets(frameText).map((o) => ({ value: o, span: locate(o.phrase) }));
    const speechy = own.length > 0 || SPEECH_WORDS.test(frameText);
    // "Members decided at a summit in 1999", "hopes for a deal at next year's summit": a meeting named where
    // no one speaks is an event of the story, not where anyone's words were said.
    const venueFound = speechy || PRESENCE_WORDS.test(frameText) ? findVenues(frameText)[0] : undefined;
    const venue = venueFound ? { value: venueFound.venue, span: locate(venueFound.phrase) } : null;
    // "Meloni, who met Rutte last Friday, has said …": the relative clause dates the meeting, not the words.
    const withoutRelative = frameText.replace(RELATIVE_CLAUSE, " ");
    const dateFound = speechy ? findDates(withoutRelative, doc.publication)[0] : undefined;
    const date = dateFound ? { value: dateFound, span: locate(withoutRelative.slice(dateFound.index, dateFound.index + dateFound.length)) } : null;
    const subject = own[0]?.speaker ?? subjectOf(mentionsIn(doc, sentence.start, sentence.end), text, sentence.start)?.entity ?? null;
    const entity = subject ?? (/^\s*(?:This|That|These|It|The (?:remarks?|statement|comments?))\b/.test(sentence.text) ? lastEntity : null);
    // "France on Tuesday said …": a country or an institution speaking; its occasion is nobody's in the article.
    if (!subject && own.length === 0 && sentence.paragraph !== doc.ledeParagraph && INSTITUTION_SPEAKS.test(sentence.text)) return;
    const fresh = own.length > 0 && NEW_OCCASION.test(frameText);
    // The lede's date ("Macron and Rutte gave diverging answers on Tuesday") holds for everyone it introduces.
    const lede = own.length === 0 && sentence.paragraph === doc.ledeParagraph;
    if (lede && date) {
      // The lede's date dates everyone's remarks; its outlet and venue stay with its own subject.
      occasions.push({ entity: null, lede, sentence: index, fresh, outlets: [], venue: null, date });
      if (outlets.length || venue) occasions.push({ entity, lede, sentence: index, fresh, outlets, venue, date: null });
    } else if (outlets.length || venue || date || fresh) occasions.push({ entity, lede, sentence: index, fresh, outlets, venue, date });
    if (own.length) lastEntity = own[own.length - 1].speaker ?? lastEntity;
    else if (subject) lastEntity = subject;
  });
  return occasions;
}

const INSTITUTION_SPEAKS = new RegExp(String.raw`^\s*(?:The\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}\s+(?:on\s+\p{Lu}\p{L}+\s+|has\s+|have\s+|also\s+)?(?:${SPEECH_VERB})\b`, "u");

/** Being somewhere in person ("met … at the edge of the forum"): a venue there holds for what follows. */
const PRESENCE_WORDS = /\b(?:met|meets|visit(?:s|ed|ing)?|arriv(?:ed|ing)|attend(?:s|ed|ing)|hosted|hosting)\b/i;

/** A sentence that speaks of someone speaking: speech words, and speech acts reported without the words ("accused"). */
const SPEECH_WORDS = new RegExp(
  String.raw`\b(?:remarks?|interview|statements?|press conference|briefing|speech|said|told|stated|spoke|speaking|answers?|comments?|address(?:ed)?|warned|${[...STANCE_VERBS, ...SPEECH_ACT_VERBS].join("|")})\b`,
  "i",
);

/** Where printed words stand in their sentence (the first occurrence); the whole sentence when they were cut together from pieces. */
function locateIn(text: string, sentence: Sentence, phrase: string): Span {
  const at = sentence.text.indexOf(phrase.trim());
  return at >= 0 ? { start: sentence.start + at, end: sentence.start + at + phrase.trim().length } : { start: sentence.start, end: sentence.end };
}

/** The sentence with quoted words and reported clauses removed: where "when", "where" and "to whom" are told. */
function framingText(doc: Document, sentence: Sentence, quoteWordStarts: Set<number>, own: AttributedStatement[]): string {
  const { text } = doc;
  const cuts = [
    ...doc.quotes.all.startingIn(sentence.start, sentence.end).map((q) => ({ start: q.open, end: q.close })),
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

  constructor(occasions: Occasion[]) {
    const speakers = new Set(occasions.map((e) => e.entity).filter((e) => e !== null));
    this.soleSpeaker = speakers.size === 0 ? undefined : speakers.size === 1 ? [...speakers][0] : null;
    this.all = byKind(occasions);
    const grouped = new Map<PersonEntity | null, Occasion[]>();
    for (const e of occasions) {
      if (!grouped.has(e.entity)) grouped.set(e.entity, []);
      grouped.get(e.entity)!.push(e);
    }
    for (const [entity, own] of grouped) this.bySpeaker.set(entity, byKind(own));
    this.ledeDate = occasions.find((e) => e.lede && e.date);
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
    if (own[sameOrAfter]?.sentence === sentenceIndex) return own[sameOrAfter];
    const fresh = speakers.fresh[firstAtOrAfter(speakers.fresh, sentenceIndex + 1) - 1];
    const boundary = stopAtNewOccasion && fresh ? fresh.sentence : -1;
    if (boundary === sentenceIndex) return null;
    const before = own[sameOrAfter - 1];
    if (before && before.sentence >= boundary) return before;
    if (boundary >= 0 || !orLater) return null;
    return own[firstAtOrAfter(own, sentenceIndex + 1)] ?? null;
  }
}

function byKind(occasions: Occasion[]): Record<OccasionKind, Occasion[]> {
  const kinds = Object.keys(OCCASION_KINDS) as OccasionKind[];
  return Object.fromEntries(kinds.map((kind) => [kind, occasions.filter(OCCASION_KINDS[kind])])) as Record<OccasionKind, Occasion[]>;
}

/** Index of the first occasion at or after sentence `index`, in occasions sorted by sentence. */
function firstAtOrAfter(occasions: Occasion[], index: number): number {
  return firstWhere(occasions.length, (i) => occasions[i].sentence >= index);
}
