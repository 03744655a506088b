// Stage 5, classification: topics and stance of each statement from its words and its context in the
// Document (the reporter's frame, the question before, the clause it continues, its paragraph, the headline),
// through src/domain/classify. A quoted remark with no topic words of its own that goes on from the same
// speaker's previous quote is about the same thing. Each decision is placed in the article: the words of the
// context part that decided it.

import { classifyStatement, namesOtherSubject, readingEachTextOnce, stanceOnContinuedTopics, termsIn, contextTopicsOf, type Classification, type ContextSource, type Decision, type StatementContext } from "../../classify/classify";
import { stanceCues, type Cue } from "../../classify/cues";
import { decideStance } from "../../classify/stanceModel";
import { keptIn } from "../../keptIn";
import { endOfWords, isSpace, type Span } from "../../text";
import { previousSentenceSpan, type Document } from "../document";
import { STANCE_TOPICS, type FieldExplanation, type StanceTopic, type Topic } from "../types";
import type { EveryField } from "./candidate";
import type { PlacedStatement } from "./occasion";
import { ASKED } from "../../lexicon/frames.en";

export interface ClassifiedStatement extends PlacedStatement {
  topics: Topic[];
  stance: Classification["stance"];
  decidedBy: { topics: FieldExplanation; stance: Partial<Record<StanceTopic, FieldExplanation>> };
}

export function classifyStatements(doc: Document, statements: PlacedStatement[]): ClassifiedStatement[] {
  const readings = new ParagraphReadings(doc);
  return readingEachTextOnce(() => continueTopics(readings, statements.map((statement) => classifyOne(readings, statement))));
}

/** A person's name as the paragraph prints it, and the name of the person it resolves to. */
interface PrintedName {
  printed: string;
  name: string;
}

/**
 * What the paragraphs and parts of the article give every statement in them, worked out once (decision 0285):
 * read again for each of its statements, an article printed as one paragraph would cost the square of its length.
 * Statements come in reading order, so only the last few paragraphs' are kept (`keptIn`, decision 0515).
 */
class ParagraphReadings {
  readonly #topics = new Map<number, StanceTopic[]>();
  readonly #names = new Map<number, PrintedName[]>();
  readonly #firstTerms = new Map<string, Span | null>();

  constructor(readonly doc: Document) {}

  topics(paragraph: number): StanceTopic[] {
    return keptIn(this.#topics, READINGS_KEPT, paragraph, (p) => contextTopicsOf(this.doc.paragraphs[p].text, true));
  }

  /** The names printed in a paragraph, each pair of printed and resolved name once, in reading order. */
  names(paragraph: number): PrintedName[] {
    return keptIn(this.#names, READINGS_KEPT, paragraph, (p) => printedNamesIn(this.doc, p));
  }

  /** The first term of a topic in a part of the text (`--explain` only: many statements share their paragraph). */
  firstTerm(span: Span, topic: StanceTopic): Span | null {
    return keptIn(this.#firstTerms, READINGS_KEPT, `${span.start}-${span.end}-${topic}`, () => firstTermIn(this.doc.text, span, topic));
  }
}

/** How many readings a cache of ParagraphReadings keeps before it starts again: a long article's do not all stay live to its end. */
const READINGS_KEPT = 64;

function printedNamesIn(doc: Document, index: number): PrintedName[] {
  const paragraph = doc.paragraphs[index];
  const seen = new Map<string, PrintedName>();
  for (const m of doc.mentions.startingIn(paragraph.start, paragraph.end)) {
    if (m.kind !== "name") continue;
    const printed = doc.text.slice(m.start, m.end);
    const name = m.entity?.name ?? printed;
    const key = `${printed}\n${name}`;
    if (!seen.has(key)) seen.set(key, { printed, name });
  }
  return [...seen.values()];
}

/** A sentence that puts a question: it ends on a question mark or says "asked" or "question". */
const QUESTION_BEFORE = new RegExp(String.raw`\?\s*$|\b${ASKED}\b`, "i");
/** The parts of the article a statement is read with, each with its place in the text. */
function contextOf(readings: ParagraphReadings, d: PlacedStatement): { context: StatementContext; spans: Partial<Record<ContextSource, Span>> } {
  const { doc } = readings;
  const { text } = doc;
  const previousSpan = previousSentenceSpan(doc, d.sentence);
  const previous = previousSpan ? text.slice(previousSpan.start, previousSpan.end) : "";
  const question = QUESTION_BEFORE.test(previous) ? previous : undefined;
  const paragraph = doc.paragraphs[d.sentence.paragraph];
  const frame = d.frame.filter((f) => f.end > f.start && !nextSentenceOnly(d, f));
  const answered = questionAnswered(doc, d.sentence.paragraph);
  // The reporter's words before the quote in its sentence: the verb that governs a reported clause ("called for …").
  const leadStart = Math.max(d.sentence.start, previousSpan && previousSpan.end <= d.start ? previousSpan.end : d.sentence.start);
  const context: StatementContext = {
    quote: text.slice(d.start, d.end),
    lead: d.start > leadStart ? text.slice(leadStart, d.start) : undefined,
    frame: frame.map((f) => text.slice(f.start, f.end)).join(" "),
    question,
    answered: answered?.text,
    previous,
    carried: d.continues ? text.slice(d.continues.start, d.continues.end) : "",
    paragraph: paragraph.text,
    paragraphTopics: () => readings.topics(d.sentence.paragraph),
    headline: doc.givenHeadline ?? doc.headline?.text,
    speakerCountry: d.speaker?.known?.nationality ?? null,
    direct: d.kind === "direct",
    otherPeople: otherPeopleThan(readings, d),
    speaker: d.speaker?.name ?? null,
  };
  const spans: Partial<Record<ContextSource, Span>> = {
    quote: { start: d.start, end: d.end },
    ...(frame.length ? { frame: { start: frame[0].start, end: frame[frame.length - 1].end } } : {}),
    ...(d.start > leadStart ? { lead: { start: leadStart, end: d.end } } : {}),
    ...(previousSpan ? { previous: previousSpan } : {}),
    ...(question && previousSpan ? { question: previousSpan } : answered ? { question: answered.span } : {}),
    ...(d.continues ? { carried: d.continues } : {}),
    paragraph: { start: paragraph.start, end: paragraph.end },
    ...(doc.headline && !doc.givenHeadline ? { headline: doc.headline } : {}),
  };
  return { context, spans };
}

/**
 * Words after a quote that closes its own sentence, in the next sentence, are the reporter's next sentence, not the
 * frame of the quote, unless they name its speaker (`"… ." Example said.`).
 */
function nextSentenceOnly(d: PlacedStatement, f: Span): boolean {
  if (f.start < d.sentence.end) return false;
  return !(d.attribution.by === "mention" && d.attribution.mention.start >= f.start && d.attribution.mention.start < f.end);
}

/**
 * The interviewer's question an answer follows: the nearest of the two paragraphs before that ends in "?" (decision
 * 0320). An answer often runs over several sentences and paragraphs; only its first sentence has the question just before.
 */
function questionAnswered(doc: Document, paragraph: number): { text: string; span: Span } | undefined {
  for (let p = paragraph - 1; p >= Math.max(0, paragraph - 2); p--) {
    const { text, start, end } = doc.paragraphs[p];
    // Read from the end, not with an anchored pattern nor a trimmed copy: a long paragraph before many statements costs nothing.
    const last = endOfWords(text);
    if (text[last - 1] === "?" || (CLOSING_MARKS.includes(text[last - 1]) && text[last - 2] === "?")) return { text, span: { start, end } };
  }
  return undefined;
}
const CLOSING_MARKS = ["\"", "”", "’"];

/**
 * The names printed in the statement's paragraph for people other than its speaker: their positions are not the
 * speaker's own. The paragraph only, so that the work per statement does not grow with the article.
 */
function otherPeopleThan(readings: ParagraphReadings, d: PlacedStatement): string[] {
  const names = new Set<string>();
  if (!d.speaker) return [];
  const speakerName = d.speaker.name;
  for (const { printed, name } of readings.names(d.sentence.paragraph)) {
    if (name === speakerName || isWordOf(speakerName, printed)) continue;
    names.add(printed);
    names.add(lastWordOf(name));
  }
  return [...names];
}

/** `name.split(/\s+/).includes(word)`, without the words' copies (decision 0515). */
function isWordOf(name: string, word: string): boolean {
  if (word === "" || /\s/.test(word)) return name.split(/\s+/).includes(word);
  for (let at = name.indexOf(word); at >= 0; at = name.indexOf(word, at + 1)) {
    const end = at + word.length;
    if ((at === 0 || isSpace(name.charCodeAt(at - 1))) && (end === name.length || isSpace(name.charCodeAt(end)))) return true;
  }
  return false;
}

/** `name.split(/\s+/).at(-1)`: the words after the last white space. */
function lastWordOf(name: string): string {
  let start = name.length;
  while (start > 0 && !isSpace(name.charCodeAt(start - 1))) start--;
  return start === 0 ? name : name.slice(start);
}

/** What a decision rests on, with the cues read when it was weighed (`--explain` only). */
type WeighedDecision = Decision & { evidence?: string; cues?: Cue[] };

/**
 * The rules' stance on each judged topic, weighed with the general cues by the stance model when the document
 * carries one (decision 0205): where it overrules the rules, its strongest cue names the rule and gives the evidence.
 */
function weighStances(
  doc: Document,
  context: StatementContext,
  topics: StanceTopic[],
  ruled: Pick<Classification, "stance"> & { decided: Partial<Record<StanceTopic, Decision>> },
  topicSource: ContextSource | "continued",
): Pick<Classification, "stance"> & { decided: Partial<Record<StanceTopic, WeighedDecision>> } {
  const stance: Classification["stance"] = {};
  const decided: Partial<Record<StanceTopic, WeighedDecision>> = {};
  for (const topic of topics) {
    const rule = ruled.decided[topic];
    const found = ruled.stance[topic];
    const outcome = rule ? { rule: rule.rule, value: found?.value ?? null, evidence: found?.evidence ?? null, source: rule.source } : null;
    // Cues are read only where something weighs them or someone asked for them: a rules-only run stays as fast as before.
    const cues = doc.stanceModel?.policy === "model" || (doc.stanceModel?.policy === "hybrid" && !found) || doc.explain ? stanceCues(context, topic, topicSource, outcome) : [];
    const { value, byModel } = decideStance(doc.stanceModel, outcome, cues);
    const shown = doc.explain ? { cues } : {};
    // Where the model agrees with the rules, the rule is the explanation; only a verdict of its own names a cue.
    if (!byModel || value === (found?.value ?? "neutral")) {
      if (rule) decided[topic] = { ...rule, ...shown };
      else if (doc.explain) decided[topic] = { rule: "no-cue", source: "quote", ...shown };
      if (found) stance[topic] = found;
      continue;
    }
    const strongest = byModel.strongest;
    const evidence = strongest?.evidence ?? found?.evidence ?? context.quote;
    decided[topic] = { rule: `stance-model:${strongest?.name ?? "prior"}`, source: strongest?.source ?? rule?.source ?? "quote", ...shown };
    if (value !== "neutral") stance[topic] = { value, evidence };
  }
  return { stance, decided };
}

const isStanceTopicOf = (topics: Topic[]) => STANCE_TOPICS.filter((t) => topics.includes(t));

function classifyOne(readings: ParagraphReadings, d: PlacedStatement): ClassifiedStatement {
  const { doc } = readings;
  const { context, spans } = contextOf(readings, d);
  const ruled = classifyStatement(context);
  const { topics } = ruled;
  const { stance, decided: decidedStance } = weighStances(doc, context, isStanceTopicOf(topics), { stance: ruled.stance, decided: ruled.decidedBy.stance }, ruled.decidedBy.topics.source);
  const decidedBy = { topics: ruled.decidedBy.topics, stance: decidedStance };
  const topicSpan = spans[decidedBy.topics.source];
  // Finding the term again costs a pass of the topic patterns: only for an explanation.
  const firstTerm = doc.explain && topicSpan ? firstTopicTerm(readings, topicSpan, topics) : null;
  return classified(d, topics, stance, {
    topics: { rule: decidedBy.topics.rule, source: decidedBy.topics.source, ...(firstTerm ? { evidence: doc.text.slice(firstTerm.start, firstTerm.end), span: firstTerm } : { span: null }) },
    stance: doc.explain ? explainStances(doc.text, decidedBy.stance, stance, (source) => spans[source]) : {},
  });
}

function classified(d: PlacedStatement, topics: Topic[], stance: Classification["stance"], decidedBy: ClassifiedStatement["decidedBy"]): ClassifiedStatement {
  const statement: EveryField<ClassifiedStatement> = {
    start: d.start, end: d.end, kind: d.kind, sentence: d.sentence, frame: d.frame, continues: d.continues, quotedFragments: d.quotedFragments,
    quote: d.quote, found: d.found, attribution: d.attribution, speaker: d.speaker, via: d.via, speakerDecision: d.speakerDecision,
    occasion: d.occasion, topics, stance, decidedBy,
  };
  return statement;
}

/** Each stance decision with its evidence and where that evidence stands in the part of the text that decided it (`--explain` only). */
function explainStances(
  text: string,
  decided: Partial<Record<StanceTopic, WeighedDecision>>,
  stance: Classification["stance"],
  spanOf: (source: ContextSource) => Span | undefined,
): Partial<Record<StanceTopic, FieldExplanation>> {
  return Object.fromEntries(
    Object.entries(decided).map(([topic, { cues, ...decision }]) => {
      const evidence = stance[topic as StanceTopic]?.evidence ?? null;
      const span = evidence ? placeWords(text, spanOf(decision.source), evidence) : null;
      return [topic, { ...decision, evidence, span, ...(cues ? { cues: cues.map((c) => c.name) } : {}) }];
    }),
  );
}

/** The first topic term of the deciding topics in a part of the text. */
function firstTopicTerm(readings: ParagraphReadings, span: Span, topics: Topic[]): Span | null {
  let first: Span | null = null;
  for (const topic of STANCE_TOPICS) {
    if (!topics.includes(topic)) continue;
    const term = readings.firstTerm(span, topic);
    if (term && (!first || term.start < first.start)) first = term;
  }
  return first;
}

function firstTermIn(text: string, span: Span, topic: StanceTopic): Span | null {
  const term = termsIn(text.slice(span.start, span.end), topic)[0];
  return term ? { start: span.start + term.index, end: span.start + term.index + term[0].length } : null;
}

/** Where deciding words stand within a part of the text (the part itself when they were read without its quotation marks). */
function placeWords(text: string, span: Span | undefined, words: string): Span | null {
  if (!span) return null;
  const at = text.slice(span.start, span.end).indexOf(words);
  return at >= 0 ? { start: span.start + at, end: span.start + at + words.length } : span;
}

/**
 * A quoted remark with no topic words of its own that goes on from the same speaker's previous quote, in the
 * same or the next paragraph ("The aggressor must never be able to try this again."), is about the same thing.
 */
function continueTopics(readings: ParagraphReadings, statements: ClassifiedStatement[]): ClassifiedStatement[] {
  const { doc } = readings;
  return statements.map((statement, i) => {
    const previous = statements[i - 1];
    if (!previous || statement.topics.join() !== "other" || previous.topics.join() === "other") return statement;
    // Only quoted speech runs on like this; a new paraphrase by the reporter starts a new point.
    if (statement.kind !== "direct") return statement;
    const sameSpeaker = statement.speaker !== null && statement.speaker === previous.speaker;
    const adjacent = statement.sentence.paragraph - previous.sentence.paragraph <= 1;
    if (!sameSpeaker || !adjacent) return statement;
    // Quoted words run on from the speaker's paraphrase just before too, in its paragraph or opening the next one
    // ("Example said the talks were useful. ¶ “Both tracks were engaged.”"); a paragraph that introduces the
    // quote afresh ("Speaking in Ostend, she said: “…”") starts a new point (decision 0535).
    if (previous.kind !== "direct" && statement.sentence.paragraph !== previous.sentence.paragraph && !opensItsParagraph(doc, statement)) return statement;
    const topics = previous.topics.filter((t) => t !== "other");
    const quote = doc.text.slice(statement.start, statement.end);
    // A remark about arms, aid or money has moved on to a subject of its own (decision 0320).
    if (namesOtherSubject(quote)) return statement;
    const continued = stanceOnContinuedTopics(quote, topics.filter(isStanceTopic));
    const context: StatementContext = { quote, direct: true, speakerCountry: statement.speaker?.known?.nationality ?? null, otherPeople: otherPeopleThan(readings, statement), speaker: statement.speaker?.name ?? null };
    const { stance, decided } = weighStances(doc, context, topics.filter(isStanceTopic), continued, "continued");
    return classified(statement, topics, stance, {
      topics: { ...previous.decidedBy.topics, rule: "topic-continues-previous-quote" },
      stance: doc.explain ? explainStances(doc.text, decided, stance, () => statement) : {},
    });
  });
}

/** Whether a quote opens its paragraph: nothing but white space and an opening mark before it. */
function opensItsParagraph(doc: Document, statement: ClassifiedStatement): boolean {
  const { start } = doc.paragraphs[statement.sentence.paragraph];
  // Read back from the quote, not the paragraph's words from its start: a long paragraph costs nothing.
  for (let at = statement.start - 1; at >= start; at--) if (!isSpace(doc.text.charCodeAt(at)) && !OPENING_MARKS.includes(doc.text[at])) return false;
  return true;
}
const OPENING_MARKS = ["\"", "“", "‘", "'", "«"];

const isStanceTopic = (topic: Topic): topic is StanceTopic => (STANCE_TOPICS as readonly Topic[]).includes(topic);
