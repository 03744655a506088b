// Stage 2, reported-speech candidates: what someone said without quotation marks. Reported clauses after a
// speech verb ("X said (that) …", "X warned against …", "…, adding that …"), "according to X, …" and
// "…, according to X", and first-person speech printed without marks ("We will …, Rutte said." /
// "Rutte said: We will …"). Each candidate names the attribution it rests on; the speaker is decided later.
// Reads the Document's sentences, quotes and mentions, and the direct quotes of stage 1 (only their spans).

import type { Mention } from "../../people/mentions";
import { allMatches, phraseAlternation } from "../../matches";
import { SpanIndex, countSpansEndingBy, indexOfSpanAt } from "../../spanIndex";
import { datelineLength, endOfWords, hasWords, isSpace, type Paragraph, type Sentence, type Span } from "../../text";
import { citingOutletAtStart, findOutlets, mediaKindAfter } from "../context";
import { mentionsIn, type Document } from "../document";
import type { QuoteSpan } from "../quotes";
import type { StatementKind } from "../types";
import { ADVERBS, CLAUSE_START, FIRST_PERSON, INFINITIVE_VERB, NOUN_OBJECT_VERBS, REFUSAL_VERB, SPEECH_PARTICIPLE, SPEECH_VERB, SUBJECT_GAP, closesWithLowercase, opensWithLowercase } from "../speech";
import { evidenceAt, subjectOf, type StatementCandidate } from "./candidate";
import { introductionBefore } from "./quoteCandidates";
import {
  A_REMARK, ANNOUNCING_VERBS, VIEW_NOUNS, AS_STATED_BY, EARLIER_WORDS, INTERVIEW_PUBLISHED, REMARKS, WORDS_POINTED_BACK, CALENDAR_PERIODS, CLAUSE_END_CITING_VERB, MONTH_OPENINGS, MONTH_WORD, ORDINAL_SUFFIX, PARTS_OF_DAY, WEEKDAY_STEMS, GATHERING_NOUNS, INTERVIEW_CUES, LISTENER_THEN_THAT_VERBS, LISTENER_VERBS, OCCASION_PARTICIPLES,
  OPINION_VERB_STEMS, OUTLET_REPORTED, OUTLET_REPORTED_AFTER, PARTICIPLES_WITH_CLAUSE, PASSED_ON_BY, QUOTED_AS_SAYING, REMARKS_MADE,
  REPORTED_OR_SAID, REQUEST_VERBS, RESPONDED, SAID_OR_TOLD_THIS, SAID_THIS, SAYS, SAYS_OR_TELLS, SPEECH_NOUNS, SPEECH_OCCASION_NOUNS,
  SPOKE_FORMS, STANCE_VERBS, WARNING_AGAINST_VERBS, WAS_SAID,
} from "../../lexicon/en";
import { ADJACENT, SOCIAL_PAGES } from "../../lexicon/occasions.en";
import {
  ADVERBS_IN_A_PASSIVE, ANSWER_LABELS, CARRYING_ON, CLEAR, DAYS_OR_WEEKS, EARLIER, IN_THE_VIEW_OF, LISTENERS, LISTENER_GROUPS, NAMING_STEMS, NOUN_ENDINGS, OCCASIONS, OCCASION_OPENERS, POSSIBILITIES, PUT, QUESTION_LABELS, REFERRING_TO, SHORTLY, STANCE_NOUNS, TRAVELS, VIEW_ADJECTIVES,
} from "../../lexicon/frames.en";
import { TITLES_BEFORE_A_POINT } from "../../lexicon/names.en";

// "X reported that …": a person reporting speaks (an outlet's "reported" is read as an outlet, in context.ts).
const FINITE_WORDS = String.raw`(?:${SPEECH_VERB}|${REFUSAL_VERB}|reported(?=\s+that\b))`;
const FINITE = new RegExp(String.raw`\b${FINITE_WORDS}\b`, "g");
const REFUSAL = new RegExp(String.raw`^${REFUSAL_VERB}$`);

/** The person a candidate's attribution names. */
function mentionOf(candidate: StatementCandidate): Mention | null {
  return candidate.attribution.by === "mention" ? candidate.attribution.mention : null;
}

export function findReportedSpeech(doc: Document, direct: StatementCandidate[]): StatementCandidate[] {
  const { sentences, paragraphs } = doc;
  const drafts: StatementCandidate[] = [];
  const directIndex = new SpanIndex(direct, (d) => d.start, (d) => d.end);
  const dashed = dialogueDashTurns(doc, direct);
  const labelled = [...transcriptTurns(doc), ...questionAnswerTurns(doc)];
  const interview = labelled.length ? [] : unlabelledInterviewTurns(doc);
  const inInterview = new SpanIndex(interview, (t) => t.start, (t) => t.end);
  const unlabelledDashes = dashed.filter((d) => !inInterview.anyStartingIn(d.dash, d.turn.end));
  const turns = [...labelled, ...interview, ...unlabelledDashes.map((d) => d.turn)].sort((a, b) => a.start - b.start);
  drafts.push(...turns);
  // A turn covers its sentences from where it opens (a dash may open one inside a sentence: "…”. – We …").
  const covered = [...turns.filter((t) => t.found.rule !== "dialogue-dash"), ...dashed.map((d) => ({ start: d.dash, end: d.turn.end }))];
  const inTurn = new SpanIndex(covered, (t) => t.start, (t) => t.end);
  const dashes = dashed.map((d) => d.dash).sort((a, b) => a - b);
  drafts.push(...direct.flatMap((d) => reportedInsideQuote(doc, d)));
  for (const [index, whole] of sentences.entries()) {
    if (paragraphs[whole.paragraph].isJunk) continue;
    // A transcript's turn is one statement (a reporter's turn is reporting, read as any other paragraph).
    if (inTurn.maxEndOfStartsBefore(whole.start + 1) > whole.start) continue;
    const sentence = cutAtDash(doc.text, whole, dashes);
    const before = backReferenced(doc, sentences[index - 1], sentence, drafts) ?? saidThis(doc, sentences[index - 1], sentence, drafts) ?? introducedParagraph(doc, sentences[index - 1], sentence);
    if (before) drafts.push(before);
    // A quote that opens here belongs to this sentence even when it runs on past the sentence's end.
    // A quote that goes on inside an outer quote (decision 0710) does not cut the reporting after the outer quote's end.
    const directHere = directIndex.startingIn(sentence.start, sentence.end).filter((d) => d.kind === "direct" && d.found.rule !== "quote-nested-continues");
    const unmarked = unmarkedSpeech(doc, sentence);
    // "Has she said she will come?": a question asks what someone said; it reports nothing.
    const carried = unmarked ? carriedBack(doc, sentences[index - 1], sentence, unmarked, drafts) : null;
    if (carried) drafts.push(carried);
    const found = unmarked ? [unmarked] : QUESTION.test(sentence.text) ? [] : indirectSpeech(doc, sentence, directHere);
    for (const f of found) {
      if (f.kind === "direct" && directIndex.startingIn(f.start, f.end).some((d) => f.start < d.end && d.end <= f.end)) continue;
      drafts.push(f);
    }
  }
  return drafts;
}

/**
 * Whether a statement found already covers part of [start, end). Drafts are not all in reading order: the reports
 * inside quotes are found first, so a later quote's report must not count as covering an earlier sentence.
 */
function overlapsDraft(drafts: StatementCandidate[], start: number, end: number): boolean {
  return drafts.some((d) => d.end > start && d.start < end);
}

/** A sentence adverb that carries on from the sentence before ("Currently, …", "At the same time, …"). */
const CARRIES_ON = new RegExp(String.raw`^\s*${CARRYING_ON},\s`);

/**
 * "A will happen in the long term. Currently, B, said Jane Example.": a trailing attribution on a sentence that carries
 * on from an unattributed one in its paragraph covers that sentence too, as a statement of its own.
 */
function carriedBack(doc: Document, previous: Sentence | undefined, sentence: Sentence, unmarked: StatementCandidate, drafts: StatementCandidate[]): StatementCandidate | null {
  if (!previous || previous.paragraph !== sentence.paragraph || unmarked.kind !== "indirect" || unmarked.found.rule !== "unmarked-trailing-attribution") return null;
  if (!CARRIES_ON.test(sentence.text) || doc.quotes.top.anyStartingIn(previous.start, previous.end) || overlapsDraft(drafts, previous.start, previous.end)) return null;
  const start = previous.start + leadingSpace(previous.text) + datelineLength(previous.text);
  const end = trimEnd(doc.text, start, previous.end);
  const clause = doc.text.slice(start, end);
  if (!hasWords(clause, 5) || RUN_ON_BREAK.test(clause) || !/[.!]\s*$/.test(previous.text) || !(CLAUSE_START.test(clause) || FINITE_ANYWHERE.test(clause))) return null;
  return { ...unmarked, start, end, sentence: previous, quotedFragments: [], found: { ...unmarked.found, rule: "trailing-attribution-carried-back" } };
}

const QUESTION = /^\s*(?:Has|Have|Had|Did|Does|Do|Is|Are|Was|Were|Will|Would|Can|Could|Should|Shall|May|Might|Why|What|How|When|Where|Who|Which)\b[^"“”«»]*\?\s*$/;

/** "… he has always said", "… the minister said last week": a person (not the speaker) and a speech verb inside a quote. */
const INNER_GAP = /^,?\s+(?:(?:has|have|had|also|always|often|already|just|once|again|himself|herself|\p{Ll}{3,}ly)\s+)*$/u;
/** "said over the weekend, …", "said on Monday that …": a time between the verb and the words it reports. */
const INNER_TIME = /^\s+(?:(?:over|on|at|during|in|last|this|earlier)\s+(?:the\s+)?[\p{L}\d]+(?:\s+[\p{L}\d]+)?\s*,?\s*|today\s*,?\s*|yesterday\s*,?\s*)/u;
const INNER_VERB = new RegExp(String.raw`\b(?:${SPEECH_VERB})\b`, "g");
/** "there’s going to be …", "there will be …": a clause with "there" as its subject. */
const EXISTENTIAL = /^there(?:['’](?:s|ll)|\s+(?:is|are|was|were|will|would|has|have|had|can|could|may|might|must|should)\b)/i;

/**
 * Reported speech inside a quote ("“Her position is clear: she has always said that the talks are premature,” the
 * spokesman said"): the quoted speaker reports someone else's words, a statement of its own with that person as
 * speaker. A pronoun names the person the quote mentioned before it; the quote's own speaker says "I", never "he".
 */
function reportedInsideQuote(doc: Document, outer: StatementCandidate): StatementCandidate[] {
  const { text } = doc;
  const quote = outer.quote;
  if (!quote || quote.parent || outer.kind !== "direct") return [];
  const inner = text.slice(quote.innerStart, quote.innerEnd);
  const verbs = allMatches(INNER_VERB, inner);
  if (!verbs.length) return [];
  const found: StatementCandidate[] = [];
  const outerSpeaker = outer.attribution.by === "mention" ? outer.attribution.mention.entity : null;
  for (const verb of verbs) {
    const verbStart = quote.innerStart + verb.index;
    const verbEnd = verbStart + verb[0].length;
    // "He says he wants peace, but …": a present tense characterises; a report tells what was said ("has always said").
    if (found.some((f) => f.end > verbStart) || /[^s]s$/.test(verb[0])) continue;
    const before = doc.mentions.startingIn(quote.innerStart, verbStart).filter((m) => m.end <= verbStart);
    const subject = before.findLast((m) => INNER_GAP.test(text.slice(m.end, verbStart)));
    if (!subject || !(subject.kind === "name" || subject.kind === "title" || subject.kind === "pronoun")) continue;
    const antecedent = subject.kind === "pronoun" ? before.findLast((m) => m.end <= subject.start && (m.kind === "name" || m.kind === "title") && m.entity && (!m.entity.gender || m.entity.gender === subject.gender)) : subject;
    // With no one named before it in the quote, a pronoun keeps whom the article's text around names.
    const who = antecedent ?? (subject.kind === "pronoun" ? subject : null);
    const speaker = who?.entity;
    if (!who || !speaker || speaker === outerSpeaker) continue;
    let clauseStart = verbEnd + (INNER_TIME.exec(text.slice(verbEnd, verbEnd + 40))?.[0].length ?? 0);
    const that = /^\s*that\b/.exec(text.slice(clauseStart, clauseStart + 8));
    if (that) clauseStart += that[0].length;
    while (clauseStart < quote.innerEnd && /[\s,:]/.test(text[clauseStart])) clauseStart++;
    const stop = /[.!?](?=\s)|[;:]/.exec(text.slice(clauseStart, quote.innerEnd));
    const clauseEnd = trimEnd(text, clauseStart, stop ? clauseStart + stop.index : quote.innerEnd);
    const clause = text.slice(clauseStart, clauseEnd);
    if (!hasWords(clause, 3) || (!that && !CLAUSE_START.test(clause) && !EXISTENTIAL.test(clause))) continue;
    const frame = { start: subject.start, end: clauseStart };
    found.push({
      start: clauseStart, end: clauseEnd, kind: "indirect", sentence: outer.sentence, frame: [frame], quotedFragments: [],
      found: evidenceAt(text, "speech-verb-inside-quote", { start: verbStart, end: verbEnd }), attribution: { by: "mention", mention: who, source: "inside the quote" },
    });
  }
  return found;
}

/** The label that opens a sentence's paragraph ("Jane Example: …"), with where the words after it begin. */
function labelAt(doc: Document, paragraph: Paragraph): { mention: Mention; wordsStart: number } | null {
  const mention = mentionsIn(doc, paragraph.start, Math.min(paragraph.end, paragraph.start + 80)).find((m) => m.label);
  if (!mention) return null;
  const rest = /^(?:,[^:\n]{1,32})?:\s+/.exec(doc.text.slice(mention.end, paragraph.end));
  return rest && !/\S/.test(doc.text.slice(paragraph.start, mention.start).replace(/\p{Lu}[\p{L}.]*/gu, "")) ? { mention, wordsStart: mention.end + rest[0].length } : null;
}

/**
 * A transcript ("Jane Example: …" at the start of a paragraph): each speaker's turn is a direct statement, and
 * so is each unlabelled paragraph after it, up to the next label, while it has no quotes and no attribution of
 * its own. A reporter's or host's turn ("JOHN DOE, HOST:") is the reporting.
 */
function transcriptTurns(doc: Document): StatementCandidate[] {
  const { text, paragraphs } = doc;
  const turns: StatementCandidate[] = [];
  const labels = paragraphs.map((paragraph) => (paragraph.isJunk ? null : labelAt(doc, paragraph)));
  const interviewer = labels.some((l) => l?.mention.label === "speaker") ? interviewerLabels(paragraphs, labels) : null;
  let speaker: Mention | null = null;
  for (const [index, paragraph] of paragraphs.entries()) {
    if (paragraph.isJunk) continue;
    const label = labels[index];
    const asked = label ? null : interviewer?.get(index);
    if (asked) {
      // An interviewer labelled by a programme or an outlet, not a person (decision 0670): the question is a
      // statement of no one named, and it ends the turn before it.
      speaker = null;
      const start = paragraph.start + asked;
      const end = wholeParagraphEnd(text, start, paragraph.end);
      if (!hasWords(text.slice(start, end), 3)) continue;
      const labelSpan = { start: paragraph.start, end: start };
      turns.push({
        start, end, kind: "direct", sentence: doc.sentences[indexOfSpanAt(doc.sentences, start)], frame: [labelSpan], quotedFragments: [],
        found: evidenceAt(text, "transcript-interviewer-label", labelSpan),
        attribution: { by: "mention", mention: { start: labelSpan.start, end: labelSpan.end, kind: "anonymous", entity: null }, source: "the transcript's interviewer label" },
      });
      continue;
    }
    if (label) speaker = label.mention.label === "speaker" ? label.mention : null;
    // Another label, even one naming nobody ("evening news: …", an interviewer's programme), ends the turn.
    else if (speaker && endsTurn(doc, paragraph)) speaker = null;
    const inline = label || speaker ? inlineLabels(doc, label?.wordsStart ?? paragraph.start, paragraph.end) : [];
    if (!speaker && !inline.length) continue;
    const start = label?.wordsStart ?? paragraph.start;
    // "…? EXAMPLE (via translator): …": a label inside the paragraph ends this turn and opens the next.
    const end = wholeParagraphEnd(text, start, inline[0]?.mention.start ?? paragraph.end);
    // "Jane Example: “…”": words in marks after a label are a quote with its attribution before it, read as quotes are.
    if (speaker && hasWords(text.slice(start, end), 3) && !(label && doc.quotes.top.anyStartingIn(start, start + 1))) {
      const sentence = doc.sentences[indexOfSpanAt(doc.sentences, start)];
      const labelSpan = label ? { start: paragraph.start, end: label.wordsStart } : { start: speaker.start, end: speaker.end };
      turns.push({
        start, end, kind: "direct", sentence, frame: label ? [labelSpan] : [], quotedFragments: [],
        found: evidenceAt(text, label ? "transcript-speaker-label" : "transcript-turn-continues", labelSpan),
        attribution: { by: "mention", mention: speaker, source: "the transcript's speaker label" },
      });
    }
    inline.forEach((turn, k) => {
      speaker = turn.mention.label === "speaker" ? turn.mention : null;
      const turnEnd = wholeParagraphEnd(text, turn.wordsStart, inline[k + 1]?.mention.start ?? paragraph.end);
      if (!speaker || !hasWords(text.slice(turn.wordsStart, turnEnd), 3)) return;
      const labelSpan = { start: turn.mention.start, end: turn.wordsStart };
      turns.push({
        start: turn.wordsStart, end: turnEnd, kind: "direct", sentence: doc.sentences[indexOfSpanAt(doc.sentences, turn.wordsStart)], frame: [labelSpan], quotedFragments: [],
        found: evidenceAt(text, "transcript-speaker-label", labelSpan),
        attribution: { by: "mention", mention: speaker, source: "the transcript's speaker label" },
      });
    });
  }
  return turns;
}

/** The speaker labels printed inside a paragraph's words ("…? EXAMPLE (via translator): …"), in order. */
function inlineLabels(doc: Document, from: number, end: number): { mention: Mention; wordsStart: number }[] {
  const found: { mention: Mention; wordsStart: number }[] = [];
  for (const mention of mentionsIn(doc, from, end)) {
    if (!mention.label || mention.start <= from) continue;
    const rest = INLINE_LABEL_REST.exec(doc.text.slice(mention.end, end));
    if (rest) found.push({ mention, wordsStart: mention.end + rest[0].length });
  }
  return found;
}
const INLINE_LABEL_REST = /^(?:\s+\([^()\n]{1,30}\))?:\s+/;

/** "Q: …" / "A: …", "Question: …" / "Answer: …" opening a paragraph: group 1 marks a question, group 2 an answer. */
// "Q. …" / "A. …": some papers print the letters with a full stop; only a text with both labels is an interview.
const QA_LABEL = new RegExp(String.raw`^[^\S\n]*(?:(${QUESTION_LABELS})|(${ANSWER_LABELS}))(?:[^\S\n]*:|\.(?=[^\S\n]))[^\S\n]*(?=\S)`, "u");

/**
 * An interview printed as questions and answers (decision 0670): each answer, and each unlabelled paragraph after it
 * up to the next label, is a direct statement of the person interviewed — the person the text names most often
 * before the first label (the first of them on a tie); each question is the interviewer's, whom the label does not
 * name. A text is such an interview only with a question and an answer labelled so.
 */
function questionAnswerTurns(doc: Document): StatementCandidate[] {
  const { text, paragraphs } = doc;
  const labelled = paragraphs.map((p) => (p.isJunk ? null : QA_LABEL.exec(p.text)));
  if (!labelled.some((m) => m?.[1]) || !labelled.some((m) => m?.[2])) return [];
  const first = paragraphs[labelled.findIndex((m) => m)].start;
  const interviewee = mostNamedBefore(doc, first);
  const turns: StatementCandidate[] = [];
  let speaker: Mention | null = null;
  for (const [index, paragraph] of paragraphs.entries()) {
    const label = labelled[index];
    if (label) {
      // The interviewer is named by no label: the statement keeps the label as its evidence and no one as its speaker.
      const unnamed: Mention = { start: paragraph.start, end: paragraph.start + label[0].length, kind: "anonymous", entity: null };
      speaker = label[1] ? unnamed : (interviewee ?? unnamed);
    } else if (speaker && (paragraph.isJunk || endsTurn(doc, paragraph))) speaker = null;
    if (!speaker || paragraph.isJunk) continue;
    const start = label ? paragraph.start + label[0].length : paragraph.start;
    const end = wholeParagraphEnd(text, start, paragraph.end);
    if (!hasWords(text.slice(start, end), 3)) continue;
    const sentence = doc.sentences[indexOfSpanAt(doc.sentences, start)];
    const labelSpan = label ? { start: paragraph.start, end: start } : null;
    const rule = label ? (label[1] ? "interview-question" : "interview-answer") : "interview-turn-continues";
    turns.push({
      start, end, kind: "direct", sentence, frame: labelSpan ? [labelSpan] : [], quotedFragments: [],
      found: evidenceAt(text, rule, labelSpan ?? { start: speaker.start, end: speaker.end }),
      attribution: { by: "mention", mention: speaker, source: speaker.entity ? "the person the interview names" : "the interview's question label" },
    });
  }
  return turns;
}

const INTERVIEW_CUE = new RegExp(String.raw`\b(?:${INTERVIEW_CUES.join("|")})\b`, "i");
/** A paragraph that is one question and nothing else, a dialogue dash before it or not ("— Will you go?"). */
const QUESTION_PARAGRAPH = /^(?:[–—-][^\S\n]+)?\p{Lu}[^"“”«»„\n]{5,250}\?$/u;
const LEADING_DASH = /^[–—-][^\S\n]+/;

/**
 * An interview printed with its questions set apart but not labelled ("How many troops would you send? ¶ We have not
 * decided yet."), as papers print bold questions and translated copy prints dashed ones: after words that say it is
 * an interview, each question paragraph is the interviewer's (no one named) and the paragraphs after it, up to the
 * next question or a paragraph of the reporter's, the words of the person the text names most before the first
 * question. One plain question makes an interview only when its answer speaks in the first person.
 */
function unlabelledInterviewTurns(doc: Document): StatementCandidate[] {
  const { text, paragraphs } = doc;
  const isQuestion = paragraphs.map((p) => !p.isJunk && QUESTION_PARAGRAPH.test(p.text) && !TURN_BREAK.test(p.text));
  const first = isQuestion.findIndex((q, i) => q && i + 1 < paragraphs.length && !isQuestion[i + 1] && !paragraphs[i + 1].isJunk);
  if (first < 1 || !INTERVIEW_CUE.test(text.slice(0, paragraphs[first].start))) return [];
  const interviewee = mostNamedBefore(doc, paragraphs[first].start);
  if (!interviewee?.entity) return [];
  const questions = isQuestion.filter(Boolean).length;
  const firstAnswer = paragraphs[first + 1].text;
  if (questions < 2 && !LEADING_DASH.test(paragraphs[first].text) && !FIRST_PERSON.test(firstAnswer)) return [];
  const turns: StatementCandidate[] = [];
  let speaker: Mention | null = null;
  for (let index = first; index < paragraphs.length; index++) {
    const paragraph = paragraphs[index];
    if (paragraph.isJunk) continue;
    const question = isQuestion[index];
    if (question) speaker = { start: paragraph.start, end: paragraph.start, kind: "anonymous", entity: null };
    else if (speaker && !speaker.entity) speaker = endsTurn(doc, paragraph) ? null : interviewee;
    else if (speaker && endsTurn(doc, paragraph)) speaker = null;
    if (!speaker) continue;
    const start = paragraph.start + (LEADING_DASH.exec(paragraph.text)?.[0].length ?? 0);
    const end = wholeParagraphEnd(text, start, paragraph.end);
    if (!hasWords(text.slice(start, end), 3)) continue;
    const rule = question ? "interview-question-unlabelled" : "interview-answer-unlabelled";
    const evidence = question ? { start: paragraph.start, end: start } : { start: interviewee.start, end: interviewee.end };
    turns.push({
      start, end, kind: "direct", sentence: doc.sentences[indexOfSpanAt(doc.sentences, start)], frame: [], quotedFragments: [],
      found: evidenceAt(text, rule, evidence),
      attribution: { by: "mention", mention: speaker, source: speaker.entity ? "the person the interview names" : "the interview's question" },
    });
  }
  return turns;
}

/** The person named most often before `offset` (the first of them on a tie), by any name or title that stands for them. */
function mostNamedBefore(doc: Document, offset: number): Mention | null {
  const counts = new Map<string, { mention: Mention; count: number }>();
  for (const m of mentionsIn(doc, 0, offset)) {
    if (m.kind === "pronoun" || m.kind === "anonymous") continue;
    const key = m.entity!.name;
    const seen = counts.get(key);
    if (seen) seen.count++;
    else counts.set(key, { mention: m, count: 1 });
  }
  let best: { mention: Mention; count: number } | null = null;
  for (const c of counts.values()) if (!best || c.count > best.count) best = c;
  return best?.mention ?? null;
}

/**
 * Speech printed after a dialogue dash, as translated copy does ("– We will not … . Our task is …, Example said."):
 * direct speech from the dash to its attribution, over the sentences of its paragraph. With no attribution in the
 * paragraph it is the words of whoever spoke last, when it speaks in the first person (a dashed list does not).
 */
function dialogueDashTurns(doc: Document, direct: StatementCandidate[]): { turn: StatementCandidate; dash: number }[] {
  const { text, sentences, quotes } = doc;
  const turns: StatementCandidate[] = [];
  const dashes: number[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const opening = sentences[i];
    const dash = dashIn(opening.text);
    if (!dash || doc.paragraphs[opening.paragraph].isJunk) continue;
    const dashAt = opening.start + dash.index;
    if (quotes.top.maxEndOfStartsBefore(dashAt) > dashAt) continue;
    const start = dashAt + dash.length;
    let end = start;
    let speaker: Mention | null = null;
    let attribution: Span | null = null;
    let j = i;
    for (; j < sentences.length && sentences[j].paragraph === opening.paragraph; j++) {
      const sentence = sentences[j];
      if (quotes.top.anyStartingIn(sentence.start, sentence.end)) break;
      const body = j === i ? text.slice(start, sentence.end) : sentence.text;
      const trailing = TRAILING_ATTRIBUTION.exec(body) ?? INVERTED_TRAILING_ATTRIBUTION.exec(body);
      const bodyStart = sentence.end - body.length;
      const speakerStart = trailing ? bodyStart + trailing[0].indexOf(trailing[2], trailing[1].length) : -1;
      speaker = trailing ? (mentionsIn(doc, speakerStart, speakerStart + trailing[2].length)[0] ?? null) : null;
      if (trailing && speaker?.entity) {
        // "…, – she said": the comma before the attribution is not the speaker's, as before a closing mark.
        end = trimEnd(text, start, bodyStart + trailing[1].replace(/,\s*$/, "").length);
        attribution = { start: end, end: sentence.end };
        break;
      }
      speaker = null;
      end = trimEnd(text, start, sentence.end) === start ? end : sentence.end;
    }
    const words = text.slice(start, end);
    if (!attribution) {
      // A sentence, not a list item ("— more air defence;"): a capital first and a final stop.
      const introduced = /^\p{Lu}[\s\S]*[.!?…]$/u.test(words.trim()) ? spokenIntroduction(doc, dashAt, opening) : null;
      if (!introduced && !FIRST_PERSON.test(words)) continue;
      speaker = introduced ?? lastSpeakerBefore([...direct, ...turns], start, opening.paragraph - 2);
      end = wholeParagraphEnd(text, start, end);
    }
    // A dashed list has no attribution: with one ("– We agreed, – he said.") a short turn is speech too.
    if (!speaker?.entity || !hasWords(words, attribution ? 2 : 4)) continue;
    const frame = attribution ? [attribution] : [];
    dashes.push(dashAt);
    turns.push({
      start, end, kind: "direct", sentence: opening, frame, quotedFragments: [],
      found: evidenceAt(text, "dialogue-dash", attribution ?? { start: dashAt, end: start }),
      attribution: { by: "mention", mention: speaker, source: attribution ? "after the words" : "the speaker before" },
    });
    i = j;
  }
  return turns.map((turn, k) => ({ turn, dash: dashes[k] }));
}

/**
 * "Example, asked about the guarantees: ¶ – They mean nothing without us.": a dashed turn right after an introduction
 * that ends in a colon and speaks (a speech verb or "asked") is the words of that introduction's subject; a list after
 * "The plan has three parts:" has no one speaking.
 */
function spokenIntroduction(doc: Document, dashAt: number, opening: Sentence): Mention | null {
  const intro = introductionBefore(doc, dashAt, opening);
  if (intro?.rule !== "speaker-introduction" || !intro.subject.entity) return null;
  const sentence = doc.sentences[countSpansEndingBy(doc.sentences, dashAt) - 1];
  return sentence && SPOKEN_INTRODUCTION.test(sentence.text) ? intro.subject : null;
}
const SPOKEN_INTRODUCTION = new RegExp(String.raw`\b(?:${SPEECH_VERB}|${SPEECH_PARTICIPLE}|asked)\b[^:]*:\s*$`);

/**
 * A dialogue dash at a sentence's start or right after the end of a sentence the splitter kept whole ("…”. – We …");
 * translated copy often types it as a hyphen ("- We …, - Example said."), before a capital.
 */
function dashIn(sentence: string): { index: number; length: number } | null {
  const m = /^(?:[–—]|-(?=[^\S\n]+\p{Lu}))[^\S\n]+|[.!?…][”"»’]?[^\S\n]+([–—-][^\S\n]+)(?=\p{Lu})/u.exec(sentence);
  if (!m) return null;
  return m[1] ? { index: m.index + m[0].length - m[1].length, length: m[1].length } : { index: 0, length: m[0].length };
}

/** The sentence up to a dialogue dash that opens inside it: the words after the dash are a turn of their own. */
function cutAtDash(text: string, sentence: Sentence, dashes: number[]): Sentence {
  const dash = dashes.find((d) => d > sentence.start && d < sentence.end);
  if (dash === undefined) return sentence;
  const end = trimEnd(text, sentence.start, dash);
  return { ...sentence, end, text: text.slice(sentence.start, end) };
}

/** The person named by the latest attributed candidate before `offset`, no further back than paragraph `firstParagraph`. */
function lastSpeakerBefore(candidates: StatementCandidate[], offset: number, firstParagraph: number): Mention | null {
  let latest: StatementCandidate | null = null;
  for (const c of candidates) if (c.start < offset && c.sentence.paragraph >= firstParagraph && mentionOf(c)?.entity && (!latest || c.start > latest.start)) latest = c;
  return latest ? mentionOf(latest) : null;
}

/** A paragraph opening with a short label of its own ("evening news: …"): the label (group 1) and the white space after its colon. */
const OTHER_LABEL = /^[^\S\n]*(\p{L}[\p{L}'’.-]*(?:[^\S\n]+\p{L}[\p{L}'’.-]*){0,2}):[^\S\n]+(?=\S)/u;

/**
 * In a transcript, the paragraphs opened by a label that names no person but opens two paragraphs or more (an
 * outlet's or a programme's, "evening news: …"): by paragraph index, where the words after the label begin. A label
 * printed once ("Status: …", "Note: …") is none.
 */
function interviewerLabels(paragraphs: Paragraph[], labels: ({ mention: Mention } | null)[]): Map<number, number> {
  const found = new Map<number, { label: string; offset: number }>();
  const counts = new Map<string, number>();
  for (const [index, paragraph] of paragraphs.entries()) {
    if (paragraph.isJunk || labels[index]) continue;
    const m = OTHER_LABEL.exec(paragraph.text);
    if (!m || QA_LABEL.test(paragraph.text)) continue;
    const label = m[1].toLowerCase();
    found.set(index, { label, offset: m[0].length });
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return new Map([...found].filter(([, f]) => counts.get(f.label)! >= 2).map(([index, f]) => [index, f.offset]));
}

/** A paragraph after a turn that is not the turn's: a quote of its own, the reporter's words, another label. */
function endsTurn(doc: Document, paragraph: Paragraph): boolean {
  return doc.quotes.top.anyStartingIn(paragraph.start, paragraph.end) || TURN_BREAK.test(paragraph.text) || OTHER_LABEL.test(paragraph.text);
}

/** The reporter taking over after a turn: someone else's speech verb (a speaker's own "I said", "I have argued" keeps the turn). */
const TURN_BREAK = new RegExp(String.raw`(?<!\b(?:I|we|We|you|You)\s(?:(?:have|had|also|always|often|already|just)\s)*)\b(?:${SPEECH_VERB}|${SPEECH_PARTICIPLE}|according to)\b`);

/** A paragraph given whole as someone's words keeps its final ".", "?" or "!", as a quote in marks does. */
function wholeParagraphEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1])) e--;
  return e;
}

/** A paragraph that ends on its speaker and a speech verb ("In a speech, Jane Example declared:"). */
const TRAILING_SPEECH_VERB = new RegExp(String.raw`\b${SPEECH_VERB}\s*[:…]?\s*$`, "u");

/**
 * Whether a text's last letter, before white space and at most one colon or ellipsis, is a lower-case ASCII letter:
 * where TRAILING_SPEECH_VERB can match, since every speech verb closes on one (`SPEECH_VERB_IS_WORD`). Most sentences
 * end on a full stop, and the end-anchored pattern would otherwise be tried at every word of them.
 */
function endsOnLowercaseLetter(text: string): boolean {
  let end = endOfWords(text);
  if (end > 0 && (text[end - 1] === ":" || text[end - 1] === "…")) end = endOfWords(text, end - 1);
  const code = end > 0 ? text.charCodeAt(end - 1) : 0;
  return code >= 97 && code <= 122;
}

/** "…, Jane Example declared" closing a paragraph: the next paragraph, unquoted, is what she said. */
function introducedParagraph(doc: Document, previous: Sentence | undefined, sentence: Sentence): StatementCandidate | null {
  const paragraph = doc.paragraphs[sentence.paragraph];
  if (!previous || previous.paragraph !== sentence.paragraph - 1 || sentence.start !== paragraph.start) return null;
  const verb = !SPEECH_VERB_IS_WORD || (endsOnLowercaseLetter(previous.text) && mayHoldSpeechVerb(previous.text, false)) ? TRAILING_SPEECH_VERB.exec(previous.text) : null;
  if (!verb || doc.quotes.top.anyStartingIn(paragraph.start, paragraph.end)) return null;
  const verbStart = previous.start + verb.index;
  const subject = subjectBefore(doc.text, mentionsIn(doc, previous.start, verbStart), previous, verbStart, false);
  if (!subject?.entity) return null;
  const end = wholeParagraphEnd(doc.text, paragraph.start, paragraph.end);
  if (!hasWords(doc.text.slice(paragraph.start, end), 4) || RUN_ON_BREAK.test(paragraph.text)) return null;
  const introduction = { start: verbStart, end: previous.end };
  return {
    start: paragraph.start, end, kind: "direct", sentence, frame: [introduction], quotedFragments: [],
    found: evidenceAt(doc.text, "introduced-paragraph", introduction), attribution: { by: "mention", mention: subject, source: "the paragraph before" },
  };
}

/** "This statement was made by X", "This was said by X": the sentence before is what X said. */
const BACK_REFERENCE = new RegExp(String.raw`^\s*(?:(?:This|That|These|The|Such|Similar)\s+${WORDS_POINTED_BACK}\s+(?:was|were)\s+${REMARKS_MADE}|(?:This|That)\s+was\s+${WAS_SAID})(?:\s+(?:at|in|during|on)\s(?:(?!\sby\b)[^,.;]){1,50})?\s+by\b`, "i");

function backReferenced(doc: Document, previous: Sentence | undefined, sentence: Sentence, drafts: StatementCandidate[]): StatementCandidate | null {
  const reference = BACK_REFERENCE.exec(sentence.text);
  if (!reference || !previous || previous.paragraph !== sentence.paragraph) return null;
  if (doc.quotes.top.anyStartingIn(previous.start, previous.end) || overlapsDraft(drafts, previous.start, previous.end)) return null;
  // "by the foreign minister, Jane Example": the name is surer than the title beside it.
  const named = mentionsIn(doc, sentence.start, sentence.end).filter((m) => m.entity?.name);
  const speaker = named.find((m) => m.kind === "name") ?? named[0];
  if (!speaker) return null;
  const start = previous.start + leadingSpace(previous.text) + datelineLength(previous.text);
  const end = trimEnd(doc.text, start, previous.end);
  const clause = doc.text.slice(start, end);
  if (!hasWords(clause, 4) || !CLAUSE_START.test(clause)) return null;
  const attribution = { start: sentence.start, end: sentence.start + reference[0].length };
  return {
    start, end, kind: FIRST_PERSON.test(clause) ? "direct" : "indirect", sentence: previous, frame: [attribution], quotedFragments: [],
    found: evidenceAt(doc.text, "back-reference-attribution", attribution), attribution: { by: "mention", mention: speaker, source: "after the words" },
  };
}

/** The verb of a sentence that places words reported before it ("… also told this to …"). */
const SAID_OR_TOLD_THIS_VERB = new RegExp(String.raw`\s(?:also\s+)?${SAID_OR_TOLD_THIS}\s`);
/** "Jane Example said this in an interview with …", "He made these remarks at …": the words before are what the person said. */
const SAID_THIS_AT = new RegExp(String.raw`^\s*\p{Lu}[^,.;:“”"«»]{0,80}?\s+(?:also\s+)?${SAID_THIS}\s+(?:this|so|these\s+${REMARKS}|this\s+${A_REMARK})\s+(?:in|at|during|on|to|via|through|while|when|after|before)\b`, "u");

const SAID_SO_WORD = /\s(?:this|so|these)\s/;

const PASSIVE_PARTICIPLE = /\b(?:is|are|was|were|be|been|being)\s+\p{L}+ed\b/gu;

/**
 * "Jane Example told Example Radio in an interview after the meeting.": a sentence that names only the listener and the
 * occasion, with no clause of its own ("that …", a quote), points back at the words before it.
 */
const TOLD_IN_INTERVIEW = /^\s*\p{Lu}[^,.;:“”"«»]{0,80}?\s+(?:also\s+)?told\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}(?:in|during)\s+an?\s+(?:[\p{L}-]+\s+){0,2}interview\b(?![^.]*\sthat\b)(?=[^:]*$)/u;

/**
 * "Jane Example said this in a commentary to …" after words printed without an attribution: the sentence before
 * (the paragraph before, when this sentence opens its paragraph) is what she said.
 */
function saidThis(doc: Document, previous: Sentence | undefined, sentence: Sentence, drafts: StatementCandidate[]): StatementCandidate | null {
  if (!previous) return null;
  // Each pattern is tried only where the words it needs stand: "this", "so" or "these" between spaces; "interview".
  const saidSo = SAID_SO_WORD.test(sentence.text) ? SAID_THIS_AT.exec(sentence.text) : null;
  const reference = saidSo ?? (sentence.text.includes("interview") ? TOLD_IN_INTERVIEW.exec(sentence.text) : null);
  if (!reference) return null;
  const verbAt = sentence.start + reference[0].search(SAID_OR_TOLD_THIS_VERB);
  const speaker = mentionsIn(doc, sentence.start, verbAt + 1).findLast((m) => m.entity && SUBJECT_GAP.test(doc.text.slice(m.end, verbAt + 1)));
  if (!speaker) return null;
  const opensParagraph = doc.paragraphs[sentence.paragraph].start === sentence.start;
  if (!opensParagraph && previous.paragraph !== sentence.paragraph) return null;
  const referent = opensParagraph ? doc.paragraphs[sentence.paragraph - 1] : previous;
  if (!referent || (opensParagraph && (doc.paragraphs[sentence.paragraph - 1].isJunk || previous.paragraph !== sentence.paragraph - 1))) return null;
  const from = opensParagraph ? referent.start : previous.start;
  if (doc.quotes.top.anyStartingIn(from, previous.end) || overlapsDraft(drafts, from, previous.end)) return null;
  const start = from + leadingSpace(doc.text.slice(from, previous.end)) + datelineLength(doc.text.slice(from, previous.end).trimStart());
  const end = trimEnd(doc.text, start, previous.end);
  const clause = doc.text.slice(start, end);
  // A whole sentence closed by its full stop is a clause when it has a finite verb, however long its subject.
  const isClause = CLAUSE_START.test(clause) || (!saidSo && /[.!?]\s*$/.test(previous.text) && FINITE_ANYWHERE.test(clause));
  // "… once the terms are agreed": a passive speech verb attributes nothing.
  if (!hasWords(clause, 4) || hasWords(clause, 81) || RUN_ON_BREAK.test(clause.replace(PASSIVE_PARTICIPLE, " ")) || !isClause) return null;
  const attribution = { start: sentence.start, end: sentence.start + reference[0].length };
  return {
    start, end, kind: FIRST_PERSON.test(clause) ? "direct" : "indirect", sentence: previous, frame: [attribution], quotedFragments: [],
    found: evidenceAt(doc.text, "said-this-after-words", attribution), attribution: { by: "mention", mention: speaker, source: "after the words" },
  };
}

// "…, Example said." and, in translated copy, "… - Example said." / "… - said Example."
const TRAILING_ATTRIBUTION = new RegExp(String.raw`^(.{12,}?)(?:,|\s+[-–—])\s+((?:[A-Z][\p{L}.'’-]*\s+){0,3}[A-Z][\p{L}'’-]*|he|she|the\s+(?:[\p{L}'’-]+\s+){0,4}[\p{L}-]+)\s+(?:${ADVERBS})?(?:${SPEECH_VERB})(?:\s+(?:later|afterwards|earlier|today|yesterday|\w+day))?(?:\s+(?:in|at|on|during|to|after|before|following|ahead of|while)\b[^.]{0,80})?\s*[.!?]?$`, "u");
/** A lone phrase of time, place or occasion before the attribution. */
const OCCASION_ONLY = new RegExp(String.raw`^\s*${OCCASION_OPENERS}\b[^,]*$`);
const INVERTED_TRAILING_ATTRIBUTION = new RegExp(String.raw`^(.{12,}?)(?:,|\s+[-–—])\s+(?:${SPEECH_VERB})\s+((?:[A-Z][\p{L}.'’-]*\s+){0,5}[A-Z][\p{L}'’-]*|the\s+(?:[\p{L}'’-]+\s+){0,4}[\p{L}-]+)\s*[.!?,]?$`, "u");
const COLON_INTRODUCTION = new RegExp(String.raw`^(.*?\b(?:${SPEECH_VERB}|${SPEECH_PARTICIPLE})\b[^:]{0,60}):\s+(\S.*)$`, "u");
const PASSIVE_BEFORE = new RegExp(String.raw`\b(?:was|were|been|being|is|are|be)\s+(?:${ADVERBS_IN_A_PASSIVE}\s+)?$`);
/** "said future talks “depend on …”": a short subject, then quoted words that go on with a lower-case verb (decision 0765). */
const SUBJECT_THEN_FRAGMENT = /^(?:(?:the|a|an|his|her|their|its|future|any|all|such)\s+)?(?:[\p{L}-]+\s+){0,3}[\p{L}-]+\s+[“"]\p{Ll}+\s+\p{L}/u;

/** Whether a stretch of text ends inside quotation marks it opened. */
function opensQuote(stretch: string): boolean {
  return (stretch.match(/"/g)?.length ?? 0) % 2 === 1 || /“[^”]*$/.test(stretch) || /«[^»]*$/.test(stretch);
}

/** Verbs of telling and advising whose report may be a person and an infinitive ("told the allies to …"). */
const REQUEST_VERB = new RegExp(`^(?:${REQUEST_VERBS.join("|")})$`, "i");
/** The person asked (no pronoun subject, no question word) and the infinitive: what follows the verb. */
const REQUEST_OBJECT = /^\s+(?=(?:(?!(?:he|she|they|it|we|I|whether|if|why|how|what|when|where|which|who|about|that|this)\b)[^\s.;:!?,“”"]+\s+){1,6}?to\s+(?!(?:the|a|an|his|her|their|its|this|that|these|those|our|my|your|be)\b)[a-z]+\b)/;
/**
 * After a quote: "“…,” she said, adding he would …" (a participle of saying with a clause of its own, no "that"), and
 * "said “…,” and said that …" (a second verb joined with its own "that"): more of the speaker's words (decision 0765).
 */
const PARTICIPLE_WITH_CLAUSE = new RegExp(`^(?:${PARTICIPLES_WITH_CLAUSE.join("|")})$`);
const PRONOUN_OR_NOUN_SUBJECT = /^(?:(?:he|she|they|it|we)\s+(?:would|will|could|can|should|must|had|has|have|was|were|is|are|did|does|do|might|may|\p{Ll}+ed|\p{Ll}+s)\b|(?:the|this|that|these|those|his|her|their|its)\s+(?:[\p{L}-]+\s+){0,3}?(?:would|will|could|can|should|must|had|has|have|was|were|is|are|did|does|might|may)\b)/u;
const AND_AFTER_QUOTE = /[”"’»],?\s+and\s+(?:also\s+|later\s+|then\s+)?$/;
const OPENING_CAPITAL = /^\s*(?=[A-Z][a-z]+ing\s+(?:out\s+)?that\s)[A-Z]/;
const SENTENCE_FIRST_PARTICIPLE = new RegExp(String.raw`^(?:${SPEECH_PARTICIPLE})(?=\s+that\s)`);
/** What may open a sentence before a participle of saying: nothing, or "While", "After", "Before", "In". */
const FRONTED_PARTICIPLE_LEAD = /^\s*(?:(?:While|After|Before|Whilst|In)\s+)?$/;
/** A comma, then the main clause's subject: only capitalised title words (or "the") before the name. */
const MAIN_SUBJECT_AFTER_COMMA = /^,\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,5}$/u;
const SPEECH_PARTICIPLE_FIRST = new RegExp(String.raw`^\s*(?:${SPEECH_PARTICIPLE})\b`);
const PARTICIPLE_NEXT = new RegExp(String.raw`^\s*,\s*(?:${SPEECH_PARTICIPLE})\b`);
const PARTICIPLE_ANYWHERE = new RegExp(String.raw`\b${SPEECH_PARTICIPLE}\b`, "g");
const CUT_BEFORE_QUOTE = new RegExp(String.raw`[,;]?\s*(?:and\s+)?(?:${SPEECH_PARTICIPLE}|${SPEECH_VERB})?\s*[,:]?\s*$`);

/** "took a firm line", "has taken a clear stance": an introduction closing on a stance named as a noun. */
const STANCE_NOUN_AT_END = new RegExp(String.raw`\b${STANCE_NOUNS}\s*$`);
/**
 * "X took a firm line: the sanctions stay" (decision 0730): a stance named before the colon is the reporter's summary of
 * it, so the words after are reported, not quoted, unless they are in the first person.
 */
function stanceBeforeColon(introduction: string, words: string): boolean {
  return STANCE_NOUN_AT_END.test(introduction) && !FIRST_PERSON.test(words);
}

/** First-person speech printed without marks: "We have no red lines, Rutte said." / "Rutte said: We will …". */
function unmarkedSpeech(doc: Document, sentence: Sentence): StatementCandidate | null {
  const { text } = doc;
  const quotes = doc.quotes.top;
  const paragraph = doc.paragraphs[sentence.paragraph];
  // A sentence that opens inside a quote (or holds one) is the quote's: its attribution is the quote's own.
  if (quotes.anyStartingIn(sentence.start, sentence.end) || quotes.maxEndOfStartsBefore(sentence.start) > sentence.start) return null;
  const body = sentence.text;
  // Each pattern needs a mark its match must hold: a comma before the speaker, a colon before the words.
  // Both need a speech verb between spaces or before the sentence's end; the colon's pattern needs a verb or a participle.
  const trailing = /,\s|\s[-–—]\s/.test(body) && (!SPEECH_VERB_IS_WORD || mayHoldSpeechVerb(body, false)) ? (TRAILING_ATTRIBUTION.exec(body) ?? INVERTED_TRAILING_ATTRIBUTION.exec(body)) : null;
  if (trailing) {
    const clause = trailing[1];
    const speakerStart = sentence.start + trailing[0].indexOf(trailing[2], clause.length);
    const speaker = mentionsIn(doc, speakerStart, speakerStart + trailing[2].length)[0];
    // "In an address to the assembly, Example declared" introduces what follows; the phrase before is no clause.
    // "BRUSSELS (AP) — Example said on Monday that …": the dash ends a dateline, not words the speaker said.
    if (speaker && !OCCASION_ONLY.test(clause) && datelineLength(body) <= clause.length) {
      const kind: StatementKind = FIRST_PERSON.test(clause) ? "direct" : "indirect";
      const ownStart = sentence.start + leadingSpace(clause) + datelineLength(clause);
      // "We will not … . Our goal is … - said Example.": first-person speech runs back over its paragraph's unattributed sentences.
      const start = kind === "direct" ? unmarkedRunBack(doc, sentence, ownStart) : ownStart;
      const attribution = { start: sentence.start + clause.length, end: sentence.end };
      return {
        start, end: sentence.start + clause.length, kind, sentence, frame: [attribution], quotedFragments: [],
        found: evidenceAt(text, "unmarked-trailing-attribution", attribution), attribution: { by: "mention", mention: speaker, source: "after the words" },
      };
    }
  }
  const colon = body.includes(":") && mayHoldSpeechVerb(body, true) ? COLON_INTRODUCTION.exec(body) : null;
  if (colon && hasWords(colon[2], 3)) {
    const subject = subjectOf(mentionsIn(doc, sentence.start, sentence.start + colon[1].length), text, sentence.start);
    if (subject) {
      const start = sentence.start + colon[0].length - colon[2].length;
      const introduction = { start: sentence.start, end: start };
      return {
        start, end: unmarkedRunOn(text, sentence, paragraph, quotes), kind: stanceBeforeColon(colon[1], colon[2]) ? "indirect" : "direct", sentence, frame: [introduction], quotedFragments: [],
        found: evidenceAt(text, "unmarked-colon-introduction", introduction), attribution: { by: "mention", mention: subject, source: "before the words" },
      };
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
  if (hasWords(rest.slice(0, RUN_ON_PEEK), 41) || RUN_ON_BREAK.test(rest) || hasWords(rest, 41)) return sentence.end;
  return trimEnd(text, sentence.end, paragraph.end) > sentence.end ? sentence.end + rest.trimEnd().length : sentence.end;
}

const RUN_BACK_CHARS = 600;

/** The paragraph's start, when everything before the sentence in it is unquoted and unattributed; else `start`. */
function unmarkedRunBack(doc: Document, sentence: Sentence, start: number): number {
  const paragraph = doc.paragraphs[sentence.paragraph];
  // Only a short run is read back: a long paragraph of attributed sentences would be read once per sentence.
  if (sentence.start <= paragraph.start || sentence.start - paragraph.start > RUN_BACK_CHARS) return start;
  const before = doc.text.slice(paragraph.start, sentence.start);
  if (doc.quotes.top.anyStartingIn(paragraph.start, sentence.start) || RUN_ON_BREAK.test(before) || hasWords(before, 61)) return start;
  return paragraph.start + datelineLength(paragraph.text);
}

const RUN_ON_PEEK = 1000;
const RUN_ON_BREAK = new RegExp(String.raw`\b(?:${SPEECH_VERB}|${SPEECH_PARTICIPLE}|according to)\b|\b(?:he|she|they)\b`, "i");

function leadingSpace(value: string): number {
  return value.length - value.trimStart().length;
}

// "As the minister put it (in her address), …" (decision 0730): the words that follow are the person's, as after
// "according to".
// "In Jane Example's words, …", "In the view of the minister, …" (a name of up to four words before the possessive);
// "Jane Example's view is that …", "The minister's message was clear: …" (decision 0670): a person's view stated as theirs.
const ACCORDING_LEAD = new RegExp(String.raw`^(?:(?:[Aa]ccording to (?:the\s+)?[^,]{1,60}|In (?:his|her|their|(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]*(?:[’']s|[’'])) (?:own\s+)?${IN_THE_VIEW_OF}|In the ${IN_THE_VIEW_OF} of (?:the\s+)?[^,]{1,60}|For (?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]*|As (?:the\s+)?(?:[\p{L}'’.-]+\s+){0,6}?${PUT}\s+it(?:\s+(?:in|on|at|during|to)\s+[^,]{1,60})?),\s+|(?:The\s+)?(?:(?:\p{Lu}[\p{L}'’.-]*|von|van|der|den|de|da|di|la|le)\s+){0,4}\p{L}[\p{L}'’-]*[’']s\s+(?:${VIEW_ADJECTIVES}\s+)?${VIEW_NOUNS}(?:\s+to(?:\s+[\p{L}'’-]+){1,5}?)?(?:\s+(?:is|was|remains|has\s+been)(?:\s+${CLEAR})?(?:\s+that\s+|:\s+)|:\s+))`, "u");
/**
 * "As the minister noted, …", "As Jane Example told reporters on Monday, …" (decision 0730): a speech verb in a
 * parenthetical "as" lead makes the rest of the sentence the person's words, as "according to" does. Only a phrase of
 * time, place or listener may follow the verb: "As she announced the plan, markets fell" is a scene, and "As he said
 * this, …" refers back.
 */
const ADVERB_BEFORE_AS = /^(?:However|But|And|Yet|Still|Indeed|Moreover|Also|Besides),?\s+(?=as\s|according\s+to\s)/;
const AS_SPEAKER_LEAD = new RegExp(
  String.raw`^[Aa]s\s+(?:[\p{L}'’.-]+\s+){1,6}?(?:(?:has|had|also|earlier|previously|repeatedly|rightly|once)\s+)*(?:${SPEECH_VERB})(?!\s+(?:this|so|it|that)\b(?!\s+(?:${CALENDAR_PERIODS}|${PARTS_OF_DAY})\b))(?:\s+${LISTENERS})?(?:\s+(?:in|on|at|during|to|earlier|previously|last|this\s+(?:${CALENDAR_PERIODS}|${PARTS_OF_DAY})|recently|before|yesterday|today|after|while)\b[^,]{0,60})?,\s+`,
  "u",
);
/** "According to the head of the delegation, Jane Example, …": a name in apposition to the source belongs to the lead. */
const ACCORDING_APPOSITION = /^,\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3},\s+/u;
/**
 * "According to Jane Example, who spoke to reporters on Monday, …" (decision 0745): a relative clause on the source is
 * the frame's, with the day and place it gives; "According to Example, who arrived on Monday." reports nothing.
 */
const ACCORDING_RELATIVE = /^,\s+who\s+[^,;:.“”"«»]{1,80},\s+/u;
const ACCORDING_RELATIVE_ONLY = /^,\s+who\b[^,;:“”"«»]*$/u;

function accordingLead(doc: Document, sentence: Sentence): [string] | null {
  // A dateline or a page's date stamp may stand before "According to …"; the lead takes it in.
  // "However, as the minister noted, …", "Besides, according to X, …": a sentence adverb may open the sentence before the lead.
  const datelineEnd = datelineLength(sentence.text);
  const dateline = datelineEnd + (ADVERB_BEFORE_AS.exec(sentence.text.slice(datelineEnd))?.[0].length ?? 0);
  const rest = sentence.text.slice(dateline);
  const lead = ACCORDING_LEAD.exec(rest) ?? (/^[Aa]s /.test(rest) ? AS_SPEAKER_LEAD.exec(rest) : null);
  if (lead) lead[0] = sentence.text.slice(0, dateline + lead[0].length);
  if (!lead || !/^[Aa]ccording/.test(lead[0].slice(dateline))) return lead ? [lead[0]] : null;
  const leadEnd = lead[0].replace(/,\s+$/, "").length;
  const relative = ACCORDING_RELATIVE.exec(sentence.text.slice(leadEnd));
  if (relative) return [sentence.text.slice(0, leadEnd + relative[0].length)];
  if (ACCORDING_RELATIVE_ONLY.test(sentence.text.slice(leadEnd))) return null;
  const apposition = ACCORDING_APPOSITION.exec(sentence.text.slice(leadEnd));
  if (!apposition) return [lead[0]];
  const nameStart = sentence.start + leadEnd;
  const named = mentionsIn(doc, nameStart, nameStart + apposition[0].length).some((m) => m.kind === "name");
  return [named ? sentence.text.slice(0, leadEnd + apposition[0].length) : lead[0]];
}

const ACCORDING_TAIL = /,\s+according to [^,.]+\.?$/u;
/** "Among the conditions, according to the minister, are …": the source set off inside the sentence. */
const ACCORDING_INSIDE = /,\s+according to ([^,.]{2,60}),\s+/u;
const SPEECH_VERB_ANYWHERE = new RegExp(String.raw`\b(?:${SPEECH_VERB}|${SPEECH_PARTICIPLE})\b`);

/** With the source set off inside it and no speech verb of its own, the whole sentence is the source's report. */
function accordingInside(doc: Document, sentence: Sentence, fragmentsIn: (start: number, end: number) => string[]): StatementCandidate | null {
  const inside = ACCORDING_INSIDE.exec(sentence.text);
  if (!inside || SPEECH_VERB_ANYWHERE.test(sentence.text) || doc.quotes.top.anyStartingIn(sentence.start, sentence.end)) return null;
  const sourceStart = sentence.start + inside.index + inside[0].indexOf(inside[1]);
  const who = peopleOutsideQuotes(doc, sentence).find((m) => m.start >= sourceStart && m.end <= sourceStart + inside[1].length);
  if (!who?.entity) return null;
  const start = sentence.start + leadingSpace(sentence.text) + datelineLength(sentence.text);
  const end = trimEnd(doc.text, start, sentence.end);
  if (!hasWords(doc.text.slice(start, end), 8)) return null;
  const frame = { start: sentence.start + inside.index, end: sentence.start + inside.index + inside[0].length };
  return { start, end, kind: "indirect", sentence, frame: [frame], quotedFragments: fragmentsIn(start, end), found: evidenceAt(doc.text, "according-to-inside", frame), attribution: { by: "mention", mention: who, source: "inside the clause" } };
}

/** The people a sentence names outside quotes: those inside are what the speaker talks about, never the subject of the reporter's verb. */
function peopleOutsideQuotes(doc: Document, sentence: Sentence): Mention[] {
  return mentionsIn(doc, sentence.start, sentence.end).filter((m) => doc.quotes.top.maxEndOfStartsBefore(m.start) < m.end);
}

/** The words of the quotes inside a clause that are not statements of their own: fragments of the paraphrase. */
function quotedFragmentsIn(doc: Document, directHere: StatementCandidate[], start: number, end: number): string[] {
  return doc.quotes.topWords.startingIn(start, end).filter((q) => q.innerEnd <= end && !directHere.some((d) => d.start === q.innerStart)).map((q) => doc.text.slice(q.innerStart, q.innerEnd));
}

/** "reported that" is a person's only right after their name ("Minister Jane Example reported that …"); else an outlet's. */
function personReports(text: string, here: Mention[], sentence: Sentence, v: VerbHit): boolean {
  return here.some((m) => m.end <= sentence.start + v.index && !/\S/.test(text.slice(m.end, sentence.start + v.index)));
}

/** "called", "dubbed", "termed", "described": verbs that name something as a quoted phrase. */
const NAMING_VERB = new RegExp(`^${NAMING_STEMS}`);
function indirectSpeech(doc: Document, sentence: Sentence, directHere: StatementCandidate[]): StatementCandidate[] {
  const { text, quotes } = doc;
  // Bound, not an arrow: under tsx every named arrow made per sentence also costs a call that names it.
  const fragmentsIn = quotedFragmentsIn.bind(null, doc, directHere);

  const lead = accordingLead(doc, sentence);
  if (lead) {
    const who = mentionsIn(doc, sentence.start, sentence.start + lead[0].length)[0] ?? pronounAt(doc, sentence.start, sentence.start + lead[0].length);
    if (who?.entity) {
      const start = sentence.start + lead[0].length;
      // "According to him, it is for Kyiv to decide: “…”": the quote after the colon is a statement of its own.
      const directAfter = directHere.find((d) => d.start > start);
      const end = trimEnd(text, start, directAfter ? cutBeforeQuoteIntro(text, start, directAfter.start - 1) : sentence.end);
      // "According to him, “…”": a quote right after the lead leaves no words of the reporter's to report.
      if (!hasWords(text.slice(start, end), 1)) return [];
      const frame = { start: sentence.start, end: start };
      return [{ start, end, kind: "indirect", sentence, frame: [frame], quotedFragments: fragmentsIn(start, end), found: evidenceAt(text, "according-to-lead", frame), attribution: { by: "mention", mention: who, source: "before the clause" } }];
    }
  }
  // "according to" written out is what both the tail and the inside forms need: a sentence without it skips both.
  const mentionsAccording = sentence.text.includes("according to");
  const tail = mentionsAccording ? ACCORDING_TAIL.exec(sentence.text) : null;
  if (tail) {
    const tailStart = sentence.start + tail.index;
    const who = mentionsIn(doc, tailStart, sentence.end)[0];
    if (who?.entity) {
      const start = sentence.start + leadingSpace(sentence.text) + datelineLength(sentence.text);
      const frame = { start: tailStart, end: sentence.end };
      return [{ start, end: tailStart, kind: "indirect", sentence, frame: [frame], quotedFragments: fragmentsIn(start, tailStart), found: evidenceAt(text, "according-to-tail", frame), attribution: { by: "mention", mention: who, source: "after the clause" } }];
    }
  }

  const inner = mentionsAccording ? accordingInside(doc, sentence, fragmentsIn) : null;
  if (inner) return [inner];

  // Without a verb only a speech noun can report ("her remarks that …"): the people of the sentence are read only then.
  const allVerbs = speechVerbsIn(sentence.text);
  if (!allVerbs.length) return SPEECH_NOUN_HINT.test(sentence.text) ? nominalSpeech(doc, sentence, peopleOutsideQuotes(doc, sentence), directHere, fragmentsIn) : [];
  const here = peopleOutsideQuotes(doc, sentence);

  const found: StatementCandidate[] = [];
  const verbs = allVerbs.filter((v) => v.text !== "reported" || personReports(text, here, sentence, v));
  for (const verb of verbs) {
    const verbStart = sentence.start + verb.index;
    const verbEnd = verbStart + verb.text.length;
    if (insideQuote(quotes.top, verbStart, directHere)) continue;
    // A second speech verb joined to the first ("…, adding that", "but warned that") reports more of the same speaker.
    let previous = found[found.length - 1];
    const inPrevious = !!previous && verbStart < previous.end;
    const joiner = inPrevious ? JOINED_VERB.exec(text.slice(previous.start, verbStart)) : null;
    if ((inPrevious && !joiner) || (verb.joinedOnly && !joiner)) continue;
    // "called A “B” and said C": a second finite speech verb joined by "and" closes the first report even when its own
    // words are not read as a clause (decision 0765).
    if (joiner && !verb.participle && /\sand\s+$/.test(joiner[0]) && !opensQuote(text.slice(previous.start, verbStart))) {
      const cut = trimEnd(text, previous.start, verbStart - joiner[0].length);
      if (hasWords(text.slice(previous.start, cut), 2) && cut < previous.end) {
        previous = { ...previous, end: cut, quotedFragments: fragmentsIn(previous.start, cut) };
        found[found.length - 1] = previous;
      }
    }
    // "criticised A, calling such moves “B”": what A was called belongs to the report it closes; only "calling" with no
    // report before it reports on its own ("reacted by calling A “B”", decision 0765).
    if (joiner && /^calling$/.test(verb.text)) continue;
    // "called the talks “useful,” but added that …": a verb joined to a report that closed before it has the same subject.
    const adjoining = !joiner && !!previous && previous.end <= verbStart && !verb.participle && ADJOINING_VERB.test(text.slice(previous.end, verbStart));
    let subject = joiner || adjoining ? mentionOf(previous) : (QUOTED_AS.test(verb.text) ? quotedPerson(doc, here, verbStart, verbEnd) : null) ?? subjectBefore(text, here, sentence, verbStart, verb.participle);
    // "Noting that A, X said B", "While pointing out that A, X …": a participle opening the sentence is the main
    // clause's subject's, named after the comma that closes it (decision 0765).
    let frontedEnd = -1;
    if (!subject && verb.participle && FRONTED_PARTICIPLE_LEAD.test(text.slice(sentence.start, verbStart)) && /^\s+that\s/.test(text.slice(verbEnd, verbEnd + 6))) {
      const comma = firstCommaBefore(text, verbEnd, sentence.end);
      const main = here.find((m) => m.start > comma && m.start - comma <= 60);
      if (comma < sentence.end && main && MAIN_SUBJECT_AFTER_COMMA.test(text.slice(comma, main.start))) {
        subject = main;
        frontedEnd = comma;
      }
    }
    if (!subject?.entity) continue;
    // "Jane Example, who has described herself as a “realist”, has said …": a verb inside a relative clause set off
    // after the name reports up to the clause's closing comma; the main clause's speech verb after it reports the rest.
    const relativeEnd = joiner ? -1 : endOfRelativeBeforeMainVerb(text, subject.end, verbStart, verbEnd, sentence.end);
    // "…, because the Kremlin thinks time is on its side": a reason given by the reporter's source, not Putin's words.
    // "…, although she did say in May that …": a concession still reports what she said, when "that" introduces it.
    // "Although Jane Example said the door was open, …", "since the minister warned that …", "because X told them …":
    // a verb of saying after a concession, a cause or a time still reports what was said (decision 0730).
    const sayingInSubordinate = REPORTING_SUBORDINATE_LEAD.test(text.slice(sentence.start, subject.start)) && !isOpinionVerb(verb.text);
    if (!joiner && !sayingInSubordinate && SUBORDINATE_LEAD.test(text.slice(sentence.start, subject.start)) && !(CONCESSIVE_LEAD.test(text.slice(sentence.start, subject.start)) && THAT_SOON.test(text.slice(verbEnd, verbEnd + 60)))) continue;
    // "…, as US President Jane Example pushes for …": a title printed before the name stands between the two; "as
    // President Jane Example told her counterpart that …" still reports, with its "that".
    const untitled = joiner ? null : withoutTitleAtEnd(text.slice(sentence.start, subject.start));
    if (untitled !== null && SUBORDINATE_LEAD.test(untitled) && !(REPORTING_SUBORDINATE_LEAD.test(untitled) && !isOpinionVerb(verb.text)) && !THAT_AFTER_LISTENER.test(text.slice(verbEnd, verbEnd + 100))) continue;
    // "Jane Example and John Sample called for …": words of two people at once are neither's alone.
    if (!joiner && here.some((m) => m.end < subject.start && m.entity && m.entity !== subject.entity && JOINT_SUBJECT.test(text.slice(m.end, subject.start)))) continue;
    // "Example was accused of …", "was told that …": the subject is the one spoken to or about, not the speaker.
    if (!verb.participle && PASSIVE_BEFORE.test(text.slice(Math.max(sentence.start, verbStart - 30), verbStart)) && (/(?:ed|told)$/.test(verb.text) || verb.decision)) continue;
    // "the plan, which she described as a trap", "what he hailed as a success": the object stands before, in the reporter's words.
    // "which she described as “a trap”": what it was called, in quotation marks, is her report (decision 0765).
    const asQuoted = /^\s+as\s+[“"‘]/.exec(text.slice(verbEnd, verbEnd + 8));
    if (!asQuoted && /^\s+as\b/.test(text.slice(verbEnd, verbEnd + 4))) continue;
    // "…, he said, warning that …": the participle reports what follows; the verb attributes what stands before.
    if (!verb.participle && PARTICIPLE_NEXT.test(text.slice(verbEnd, verbEnd + 40))) continue;
    // "Jane Example dismissed her chief of staff": a decision on a person is an act, not a report.
    if (verb.decision && (DISMISSED_PERSON.test(text.slice(verbEnd, verbEnd + 80)) || POSSIBILITY_OF_ACT.test(text.slice(verbEnd, verbEnd + 80)))) continue;
    const refusal = REFUSAL.test(verb.text) || !!verb.joinedOnly || !!verb.decision;
    let clauseStart = refusal ? verbStart : asQuoted ? verbEnd + asQuoted[0].length - 1 : skipObject(text, verbEnd, sentence.end, verb.text);
    // "noting only that …", "said simply that …"
    const introducedByThat = /^\s*(?:(?:only|simply|merely|just|also|again|repeatedly)\s+)?that\b/i.test(text.slice(clauseStart, clauseStart + 16));
    if (introducedByThat) clauseStart = text.indexOf("that", clauseStart) + 4;
    while (clauseStart < sentence.end && /[\s,:]/.test(text[clauseStart])) clauseStart++;
    let clauseEnd = sentence.end;
    const directAfter = directHere.find((d) => d.start > clauseStart);
    if (directAfter) clauseEnd = cutBeforeQuoteIntro(text, clauseStart, directAfter.start - 1);
    // After a quote, only a participle with "that" reports more ("…," he said, adding that …), or a participle with a
    // noun object ("…," he added, calling for …); a bare verb is the quote's own attribution.
    else if (!(verb.participle && introducedByThat) && !(verb.participle && NOUN_OBJECT_VERBS.test(verb.text)) && !(verb.participle && PARTICIPLE_WITH_CLAUSE.test(verb.text) && PRONOUN_OR_NOUN_SUBJECT.test(text.slice(clauseStart, clauseEnd))) && !(introducedByThat && AND_AFTER_QUOTE.test(text.slice(Math.max(sentence.start, verbStart - 12), verbStart))) && directHere.some((d) => d.start < clauseStart && d.end > verbStart - 200 && d.start < verbStart)) continue;
    clauseEnd = endOfSubordinateClause(text, sentence, verbStart, clauseStart, clauseEnd, subject.start);
    // "Speaking after Jane Example announced A, the minister said B": a subordinate report inside the sentence ends at
    // its first comma, where the main clause takes over.
    if (sayingInSubordinate && !joiner) clauseEnd = firstCommaBefore(text, clauseStart, clauseEnd);
    if (relativeEnd > clauseStart) clauseEnd = Math.min(clauseEnd, relativeEnd);
    if (frontedEnd > clauseStart) clauseEnd = Math.min(clauseEnd, frontedEnd);
    clauseEnd = trimEnd(text, clauseStart, endBeforeTrailingOccasion(text, clauseStart, trimEnd(text, clauseStart, clauseEnd)));
    // "calling the vote “a farce,” drawing …": what it was called ends at its closing mark; the reporter goes on.
    if (/^call/.test(verb.text)) {
      const closed = /,[”"’]\s+\S/.exec(text.slice(clauseStart, clauseEnd));
      if (closed && !SPEECH_PARTICIPLE_FIRST.test(text.slice(clauseStart + closed.index + 2, clauseEnd))) clauseEnd = clauseStart + closed.index + 2;
    }
    const clause = text.slice(clauseStart, clauseEnd);
    // "an attack she calls “pure terror”": what it was called, whole in quotation marks, may be two words.
    if (!hasWords(clause, /^[“"‘][^“”"‘’]+[”"’][.,]?$/.test(clause) && NAMING_VERB.test(verb.text) ? 2 : 3) || REFERS_BACK.test(clause)) continue;
    // "told the gathered ministers: “…”": the words before the colon are who was told; the quote is what was said.
    if (directAfter && LISTENER_VERB.test(verb.text) && QUOTE_AFTER_COLON.test(text.slice(clauseEnd, directAfter.start))) continue;
    // "said Thursday and reiterated …": a second verb of the same subject, not what the first one reports.
    if (!introducedByThat && JOINED_SECOND_VERB.test(clause)) continue;
    // "told X that, if a mission were agreed, “…”": the condition belongs to the quote that follows it.
    if (directAfter && CONDITION_ONLY.test(clause)) continue;
    // "…, she said, shortly after the talks ended": a time or a circumstance of the words, not what was said.
    if (!introducedByThat && (OCCASION_AFTER_VERB.test(clause) || OCCASION_PHRASE_ONLY.test(clause))) continue;
    // "stressed at a news conference in Example on Monday: “…”", "…, she told Example Radio in an interview aired on
    // Sunday.": a phrase of occasion with no verb of its own says where the words were given, not what they were.
    if (!introducedByThat && OCCASION_OPENING.test(clause) && !FINITE_ANYWHERE.test(clause.replace(QUOTED_WORDS, ""))) continue;
    // "That, he said, was a matter for the coalition": the subject stands before the attribution, so the whole sentence is the report.
    const parenthetical = !joiner && PARENTHETICAL_SUBJECT.test(text.slice(sentence.start, subject.start)) && VERB_FIRST.test(clause);
    if (parenthetical) clauseStart = sentence.start + leadingSpace(sentence.text);
    // "warned against …", and "warned of the risks …", "hinted at openness to …" (decision 0730): what the verb names
    // after its preposition is the report, without the preposition.
    const warnedAgainst = (WARNING_AGAINST_VERB.test(verb.text) && /^against\s/.test(clause)) || (/^warn/i.test(verb.text) && /^of\s/.test(clause)) || (/^hint/i.test(verb.text) && /^at\s/.test(clause));
    const infinitive = INFINITIVE_VERB.test(verb.text) && /^to\s/.test(clause);
    if (warnedAgainst) clauseStart += clause.indexOf(" ") + 1;
    // "announced the creation of …", "confirmed the possibility of …": a nominalised act or stance is what was said.
    const nominalised = ANNOUNCED.test(verb.text) && NOMINALISATION.test(clause);
    // "said recent steps — A, B and C — marked …": a list set off by dashes is part of the subject, not where it ends.
    const unquoted = clause.replace(/[“”"«»]/g, "").replace(DASHED_ASIDE, " ");
    if (!introducedByThat && !infinitive && !warnedAgainst && !refusal && !nominalised && !NOUN_OBJECT_VERBS.test(verb.text) && !CLAUSE_START.test(unquoted) && !(LONG_SUBJECT_CLAUSE.test(unquoted) && !text.slice(verbEnd, clauseStart).includes(",")) && !(SAYS_OR_TELLS_EXACTLY.test(verb.text) && PRESENT_TENSE_CLAUSE.test(unquoted)) && !(SAYS_EXACTLY.test(verb.text) && SUBJECT_THEN_FRAGMENT.test(clause))) {
      // "told European leaders to spend more", "advised the allies to ignore …": a request, the person asked and the
      // act asked for (decision 0765); read only where no clause of the verb's own was found.
      const asked = REQUEST_VERB.test(verb.text) ? REQUEST_OBJECT.exec(text.slice(verbEnd, clauseEnd)) : null;
      if (!asked) continue;
      clauseStart = verbEnd + asked[0].length;
    }
    // "…, Peskov said, the news agency Example reported on Monday": the outlet passing the words on, not words of his.
    // (Tried after the cheaper tests: it reads the clause for every outlet pattern.)
    if (isOutletReportFrame(clause)) continue;
    if (joiner) {
      // "…levels,” adding that …": the closing mark stays with the clause it closes.
      const closing = /^[,;][”"’»]/.test(joiner[0]);
      let cut = closing ? verbStart - joiner[0].length + 2 : trimEnd(text, previous.start, verbStart - joiner[0].length);
      // "… unchanged — and ruled out …": the dash before the joined verb is punctuation, not words of the clause.
      while (!closing && cut > previous.start && /[\s—–]/.test(text[cut - 1])) cut--;
      if (!hasWords(text.slice(previous.start, cut), 2)) continue;
      // The clause before ends where the joined one begins: a new candidate replaces it, none is edited.
      previous = { ...previous, end: cut, quotedFragments: fragmentsIn(previous.start, cut) };
      found[found.length - 1] = previous;
    }
    // The frame is the reporter's words only: it leaves out a quote before it and the clause a joined clause follows.
    const frameStart = Math.max(sentence.start, ...directHere.filter((d) => d.end <= clauseStart).map((d) => d.end + 1));
    const frame = joiner ? [{ start: frameStart, end: previous.start }, { start: previous.end, end: clauseStart }] : [{ start: frameStart, end: clauseStart }];
    const rule = joiner ? "speech-verb-joined" : parenthetical ? "speech-verb-parenthetical" : verb.participle ? "speech-participle" : "speech-verb";
    const reported: StatementCandidate = {
      start: clauseStart, end: clauseEnd, kind: "indirect", sentence,
      frame, quotedFragments: fragmentsIn(clauseStart, clauseEnd), continues: joiner ? { start: previous.start, end: previous.end } : undefined,
      found: evidenceAt(text, rule, { start: verbStart, end: verbEnd }), attribution: { by: "mention", mention: subject, source: "before the clause" },
    };
    found.push(...splitAtSecondThat(text, reported, fragmentsIn));
  }
  // "Allies must do more, he said, warning that …": a participle's clause after the attribution leaves the
  // clause before it to be read as well; so does a later verb's clause ("A, X said and reiterated B").
  const firstVerb = verbs.find((v) => !v.participle);
  const firstVerbHasClause = !!firstVerb && found.some((f) => f.found.span?.start === sentence.start + firstVerb.index);
  const fronted = found.some((f) => f.found.rule !== "speech-participle") && firstVerbHasClause ? [] : frontedClause(doc, sentence, here, directHere, verbs, fragmentsIn);
  const reports = fronted.length && found.every((f) => f.start >= fronted[0].end) ? [...fronted, ...found] : found.length ? found : fronted;
  // "Disputing X's claim that A, Y said B": beside a clause the sentence reports, the noun's clause only sets the scene.
  if (!reports.length) return SPEECH_NOUN_HINT.test(sentence.text) ? nominalSpeech(doc, sentence, here, directHere, fragmentsIn) : reports;
  // "Y said he agreed with X's statement that A": inside Y's report, X's words put as a noun are X's statement too, as
  // a quote inside a quote is two statements (decision 0765).
  return SPEECH_NOUN_HINT.test(sentence.text) ? [...reports, ...nestedNominalSpeech(doc, sentence, here, reports, directHere, fragmentsIn)] : reports;
}

const OCCASION_NOUN = phraseAlternation([...SPEECH_OCCASION_NOUNS, ...GATHERING_NOUNS]);
/**
 * ", speaking to reporters on Monday", ", in remarks to state television broadcast on Sunday", ", during a visit to
 * Kyiv": after a reported clause, the occasion of the words, running to the clause's end (decision 0745).
 */
const TRAILING_OCCASION = new RegExp(
  String.raw`,\s+(?:(?:${OCCASION_PARTICIPLES.join("|")})\s+(?:to|with|at|in|on|during|after|before|from|via|alongside|outside|the|a|an|his|her|their|${LISTENER_GROUPS})\b|(?:in|during|at)\s+(?:(?:an?|the|his|her|their|its)\s+)?(?:[\p{L}-]+\s+){0,3}?${OCCASION_NOUN}\b)[^;:“”"«»]*$`,
  "u",
);
/** "…, which was broadcast on Monday": words of a finite clause or a "that" are more than an occasion. */
const MORE_THAN_OCCASION = /\b(?:that|is|are|was|were|will|would|can|could|should|must|has|have|had|does|did|may|might)\b/;

/** The end of a reported clause before a trailing occasion of the words, so that its day and place stay the frame's. */
function endBeforeTrailingOccasion(text: string, clauseStart: number, clauseEnd: number): number {
  const clause = text.slice(clauseStart, clauseEnd);
  if (!clause.includes(",")) return clauseEnd;
  const occasion = TRAILING_OCCASION.exec(clause);
  if (!occasion || MORE_THAN_OCCASION.test(occasion[0]) || !hasWords(clause.slice(0, occasion.index), 3)) return clauseEnd;
  return clauseStart + occasion.index;
}

const QUOTED_AS = new RegExp(String.raw`^${QUOTED_AS_SAYING}$`);

/** "Example News quoted the minister as saying": the person (or pronoun) the agency quoted, inside the phrase. */
function quotedPerson(doc: Document, here: Mention[], verbStart: number, verbEnd: number): Mention | null {
  return here.find((m) => m.start >= verbStart && m.end <= verbEnd) ?? pronounAt(doc, verbStart, verbEnd);
}

const SPEECH_NOUN = `(?:${SPEECH_NOUNS.join("|")})`;
const SPEECH_NOUN_HINT = new RegExp(String.raw`\b${SPEECH_NOUN}\s`, "u");
/** "Jane Example's comments that …": the possessor's words, the clause after "that". */
// "Jane Example's recent remarks suggesting that …": a participle may name what the words did.
// "X's prior statement on Monday that …", "X's previous suggestion last week that …": a time may follow the noun.
const POSSESSOR_SPEECH = new RegExp(String.raw`^[’']s\s+(?:${EARLIER}\s+)?${SPEECH_NOUN}\s+(?:(?:on\s+${WEEKDAY_STEMS}day|last\s+${CALENDAR_PERIODS}|this\s+week|earlier\s+this\s+${CALENDAR_PERIODS})\s+)?(?:${SPEECH_PARTICIPLE}\s+)?that\s+`, "u");
/** "a suggestion earlier this week by the mayor Jane Example that …": the agent after "by", then the clause. */
const SPEECH_NOUN_BY = new RegExp(String.raw`\b${SPEECH_NOUN}\s+(?:(?:earlier|last|this|on)\s+[\p{L}\d]+(?:\s+[\p{L}\d]+)?\s+)?by\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){0,4}$`, "u");
const RELATIVE_THAT = /^(?:\p{Ll}+ed|is|are|was|were|had|has|have|will|would|could|should|might|may|can|did|does|do|seems?|appears?|came|went|made|drew)\b/u;
const THAT_AFTER_NAME = /^(?:,\s*[^,]{1,60},)?\s+that\s+/u;

/**
 * Speech put as a noun: "Pointing to Jane Example's comments that the port must close, …", "a suggestion by Jane
 * Example that the talks resume". The clause after "that" is the person's report; it ends where the sentence's main
 * clause takes over after a fronted phrase, or before a quote's introduction.
 */
function nominalSpeech(doc: Document, sentence: Sentence, here: Mention[], directHere: StatementCandidate[], fragmentsIn: (start: number, end: number) => string[]): StatementCandidate[] {
  const { text } = doc;
  const found: StatementCandidate[] = [];
  for (const who of here) {
    if (!who.entity || (who.kind !== "name" && who.kind !== "title")) continue;
    const after = text.slice(who.end, Math.min(sentence.end, who.end + 60));
    const possessed = POSSESSOR_SPEECH.exec(after);
    // "the Turkish president's prior statement that …": a title read as a known person possesses the words too
    // (decision 0765); "a suggestion by the president that …" is left to names.
    if (who.kind === "title" && !possessed) continue;
    const byAgent = possessed ? null : SPEECH_NOUN_BY.exec(text.slice(Math.max(sentence.start, who.start - 80), who.start));
    const thatAfter = byAgent ? THAT_AFTER_NAME.exec(after) : null;
    const frameEnd = possessed ? who.end + possessed[0].length : thatAfter ? who.end + thatAfter[0].length : -1;
    if (frameEnd < 0) continue;
    const frameStart = possessed ? who.start : who.start - byAgent![0].length;
    let end = sentence.end;
    const directAfter = directHere.find((d) => d.start > frameEnd);
    if (directAfter) end = cutBeforeQuoteIntro(text, frameEnd, directAfter.start - 1);
    // "Pointing to X's comments that A, the host asked …": the fronted phrase ends at the first comma after the clause opens.
    if (FRONTED_PHRASE.test(sentence.text) && frameStart > sentence.start) {
      const comma = text.indexOf(",", frameEnd);
      if (comma > frameEnd && comma < end) end = comma;
    }
    end = trimEnd(text, frameEnd, end);
    const clause = text.slice(frameEnd, end).replace(/[“”"«»]/g, "");
    // "the comments that were made …": "that" opening a relative clause about the words, not the words themselves.
    if (!hasWords(clause, 4) || RELATIVE_THAT.test(clause) || !CLAUSE_START.test(clause)) continue;
    const frame = { start: frameStart, end: frameEnd };
    found.push({ start: frameEnd, end, kind: "indirect", sentence, frame: [frame], quotedFragments: fragmentsIn(frameEnd, end), found: evidenceAt(text, "speech-noun", frame), attribution: { by: "mention", mention: who, source: possessed ? "its possessor" : "the agent of the noun" } });
  }
  return found;
}

/** The possessor's words put as a noun inside a report of someone else's ("Y said he agreed with X's claim that A"). */
function nestedNominalSpeech(doc: Document, sentence: Sentence, here: Mention[], reports: StatementCandidate[], directHere: StatementCandidate[], fragmentsIn: (start: number, end: number) => string[]): StatementCandidate[] {
  const inside = here.filter((m) => reports.some((r) => m.start >= r.start && m.end < r.end && r.attribution.by === "mention" && r.attribution.mention.entity !== m.entity));
  if (!inside.length) return [];
  return nominalSpeech(doc, sentence, inside, directHere, fragmentsIn).filter((n) => n.attribution.by === "mention" && n.attribution.source === "its possessor" && !reports.some((r) => r.start === n.start));
}

/** "told them that A and that B": a second "that" after "and" opens a second report of the same verb. */
const SECOND_THAT = /(?:,|\s+[—–])?\s+and\s+that\s+/g;

function splitAtSecondThat(text: string, c: StatementCandidate, fragmentsIn: (start: number, end: number) => string[]): StatementCandidate[] {
  const clause = text.slice(c.start, c.end);
  const at = allMatches(SECOND_THAT, clause).find((m) => !/[“"«][^”"»]*$/.test(clause.slice(0, m.index)));
  if (!at || !hasWords(clause.slice(0, at.index), 3) || !hasWords(clause.slice(at.index + at[0].length), 3)) return [c];
  const cut = c.start + at.index;
  const next = cut + at[0].length;
  return [
    { ...c, end: cut, quotedFragments: fragmentsIn(c.start, cut) },
    { ...c, start: next, quotedFragments: fragmentsIn(next, c.end), frame: [...c.frame, { start: cut, end: next }], continues: { start: c.start, end: cut }, found: { ...c.found, rule: "speech-verb-second-that" } },
  ];
}

/**
 * "said on Monday the council's first aim at the ferry talks is …", "has said finishing the bridge will need …": a clause
 * whose subject is a long noun phrase or a gerund. It opens as a subject does (a name, a determiner, a possessive,
 * a gerund), never as an adverbial, and reaches an auxiliary or modal within fourteen words, with no subordinate
 * clause on the way ("suggested deploying forces if a deal is reached" is an object, not a clause).
 */
const LONG_SUBJECT_CLAUSE = /^(?:\p{Lu}[\p{L}'’.-]*|the|a|an|its|his|her|their|this|these|any|every|no|\p{Ll}+ing)\s+(?:(?!(?:if|when|unless|because|after|before|while|once|until|that|which|who|where|as)\s)[\p{L}\d'’-]+,?\s+){0,12}?(?:is|are|was|were|will|would|can|could|should|must|has|have|had|remains|cannot|may|might|won[’']t|isn[’']t|wasn[’']t|doesn[’']t|didn[’']t)\s+\p{L}/u;

/**
 * "said the council expects a vote …", "said the plan covers every town": a subject of a few words and a verb in the
 * present tense ("-s"), followed by the words a verb takes. Read only after "said" or "told", whose object is a clause.
 */
const SAYS_OR_TELLS_EXACTLY = new RegExp(`^${SAYS_OR_TELLS}$`);
const SAYS_EXACTLY = new RegExp(`^${SAYS}$`);
const WARNING_AGAINST_VERB = new RegExp(`^(?:${WARNING_AGAINST_VERBS.join("|")})$`, "i");
const PRESENT_TENSE_CLAUSE = /^(?:(?:the|a|an|its|his|her|their|this|that)\s+)?(?:\p{Lu}[\p{L}'’.-]*|\p{Ll}+)(?:\s+\p{L}[\p{L}'’-]*){0,2}?\s+\p{Ll}{2,}[^s\W]s\s+(?:to|the|a|an|no|not|its|his|her|their|that|this|these|every|all|any|some|more|on|out|up|in|for|with|it|them|him|us)\s/u;

const DASHED_ASIDE = /\s[—–]\s[^—–.;]{1,200}?\s[—–]\s/gu;
const ANNOUNCED = new RegExp(`^(?:${ANNOUNCING_VERBS.join("|")})$`);
const SPOKE_AT_START = new RegExp(String.raw`^${SPOKE_FORMS}\b`, "i");
// "announced the creation of …", "announced her intention to …", "announced his plans for …": the owner's own act may
// stand where "the" does.
const NOMINALISATION = new RegExp(String.raw`^(?:the|his|her|their|its)\s+(?:[\p{Ll}-]+\s+)?\p{Ll}+${NOUN_ENDINGS}\s+(?:of|to|for)\b|^(?:(?:new|its|his|her|their)\s+)?plans?\s+(?:to|for)\s+\p{Ll}+`, "u");

const JOINED_SECOND_VERB = /^(?:and|but)\s+(?:also\s+|then\s+)?\p{Ll}+ed\b/u;

const CONDITION_ONLY = /^(?:if|when|once|unless|should|provided|as long as)\b[^,;]*$/i;
const PARENTHETICAL_SUBJECT = /^\s*[^,]{1,80},\s*$/;
const VERB_FIRST = /^(?:is|are|was|were|will|would|could|should|must|had|has|have|did|does|may|might|remains?|remained)\b/;

/** "said so in an interview with …", "stated so on Friday": the words were reported before; this only says where. */
const REFERS_BACK = /^(?:this|so|it)\s*(?:$|[,.;:]|(?:in|at|on|during|to|after|before|while|when|with|via|through|from)\b)/i;

const CONCESSIVE_LEAD = /\b(?:although|though)\s+(?:the\s+)?$/i;
/** "that" within the next few words of the verb ("did say in May that"). */
const THAT_SOON = /^(?:\s+[\p{L}\d]+){0,4}?\s+that\b/u;
/** Capitalised words (a title) that end a text: "US President ", "Foreign Minister ". */
const TITLE_WORD = /^\p{Lu}[\p{L}.'’-]*$/u;

/**
 * The text without the one to five capitalised words (a title: "US President ") that end it, each followed by white
 * space; null when it ends on none. A walk back over the words, not an end-anchored pattern tried at every place.
 */
function withoutTitleAtEnd(value: string): string | null {
  let end = value.length;
  let cut = -1;
  for (let words = 0; words < 5; words++) {
    let wordEnd = end;
    while (wordEnd > 0 && isSpace(value.charCodeAt(wordEnd - 1))) wordEnd--;
    if (wordEnd === end) break;
    let wordStart = wordEnd;
    while (wordStart > 0 && !isSpace(value.charCodeAt(wordStart - 1))) wordStart--;
    if (wordStart === wordEnd || !TITLE_WORD.test(value.slice(wordStart, wordEnd))) break;
    cut = end = wordStart;
  }
  return cut < 0 ? null : value.slice(0, cut);
}
/** A "that" after the verb and a listener of a few words: "told his counterpart Jane Example that". */
const THAT_AFTER_LISTENER = /^(?:\s+[\p{L}\d'’-]+){0,8}?\s+that\b/u;
/** Between two people who act together: "Jane Example and Examplian President John Sample". */
const JOINT_SUBJECT = /^\s+and\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,5}$/u;
const SUBORDINATE_LEAD = /\b(?:because|since|as|if|although|though|unless|whether|why)\s+(?:the\s+)?$/i;
/** The subordinators after which a verb of saying still reports: a concession, a cause, a time since. */
const REPORTING_SUBORDINATE_LEAD = /\b(?:because|since|although|though)\s+(?:the\s+)?$/i;
const OPINION_VERB = new RegExp(`^(?:${OPINION_VERB_STEMS.join("|")})`, "i");
function isOpinionVerb(verb: string): boolean {
  return OPINION_VERB.test(verb);
}

/** What joins a second speech verb to a report closed before it: "“…,” but added", "…” and said". */
const ADJOINING_VERB = /^[”"’»]?[,;]?[”"’»]?\s+(?:and|but)\s+(?:also\s+|then\s+|later\s+)?$/;
/** What joins a second speech verb to the first: ", adding", ", while admitting", " but warned", " and said", ", however he stated". */
const JOINED_VERB = /(?:[,;][”"’»]?\s*(?:while\s+|instead\s+|and\s+|but\s+|also\s+)*|\s+(?:and|but)\s+(?:also\s+|then\s+|later\s+|further\s+|(?:in|on)\s+[A-Z][a-z]+\s+)?|[,;][”"’»]?\s*(?:(?:however|but|and|yet|though|although),?\s+)?(?:he|she)\s+(?:also\s+|further\s+|then\s+|later\s+)?)$/;

function pronounAt(doc: Document, start: number, end: number): Mention | null {
  return mentionsIn(doc, start, end)[0] ?? null;
}

interface VerbHit {
  index: number;
  text: string;
  participle: boolean;
  /** A verb of decision ("ruled out", "rejected") reports only when joined to a report of the same speaker. */
  joinedOnly?: boolean;
  /** A verb of decision with an object of its own ("Jane Example rejected the proposal …"): the report keeps the verb. */
  decision?: boolean;
}

/**
 * Whether a text may hold a finite speech verb (`participles`: or a participle) standing as a word, from its verbs: a
 * pattern that needs one is not run on a text without. The verb scans run without the u flag, so a text holding a
 * surrogate (where `[^,]{1,60}` counts differently) is always run; and a pattern that needs no `\b` around its verb
 * relies on every verb of the list opening and closing on a letter (`SPEECH_VERB_IS_WORD`).
 */
function mayHoldSpeechVerb(text: string, participles: boolean): boolean {
  return speechVerbsIn(text).some((v) => !v.joinedOnly && !v.decision && (participles || !v.participle)) || SURROGATE.test(text);
}
const SURROGATE = /[\uD800-\uDFFF]/;
/** Every finite speech verb opens and closes on a letter: a space or a mark beside one is a word boundary. */
const SPEECH_VERB_IS_WORD = opensWithLowercase(SPEECH_VERB) && closesWithLowercase(SPEECH_VERB);

/** "said A — and ruled out B": a decision verb joined to a report; its clause keeps the verb, as a refusal does. */
// The lookahead first: V8 then reads the lookbehind only where a decision verb stands, not at every character.
const JOINED_DECISION = new RegExp(String.raw`(?=(?:${STANCE_VERBS.join("|")})\b)(?<=\s(?:and|but)\s+(?:also\s+)?)(?:${STANCE_VERBS.join("|")})\b`, "g");

/**
 * "Jane Example dismissed the idea of …", "has denied the minister's words about …": a decision on what others
 * proposed or said, with its object, is a report of the speaker's own; like a refusal it keeps its verb. Not before
 * "that" (a clause of its own), nor before a preposition ("rejected by …", "dismissed as …").
 */
const DECISION_VERBS = [...STANCE_VERBS, "denied"];
const DECISION_WITH_OBJECT = new RegExp(String.raw`\b(?:${DECISION_VERBS.join("|")})\b(?=\s+(?!(?:that|as|by|to|in|on|at|for|from|with|when|after|before|while|outright|out|because|if|and|but|or)\b)[\p{L}\d“"‘])`, "gu");

/** The object of a decision verb that is a person or an office ("the army chief", "his deputy", "Jon Sample"). */
const DISMISSED_PERSON = /^\s+(?:\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)*(?:\s*[,.;]|\s*$)|(?:the|his|her|its|their|a)\s+(?:[\p{L}-]+\s+){0,3}(?:commander|commander-in-chief|chief|minister|head|general|ambassador|governor|official|officials|aide|adviser|advisor|deputy|prosecutor|cabinet|staff|spokesman|spokeswoman|spokesperson|director|envoy|officer|officers)(?=\s*(?:[,.;]|$)|\s+(?:of|after|over|in|at|on|and|from|amid|following|because|as|for|who|with|last|this|earlier|yesterday|today)\b|\s+\p{Lu}))/u;

/** "dismissed the possibility of sending …": an option ruled out, not words of another's that the speaker rejects. */
const POSSIBILITY_OF_ACT = new RegExp(String.raw`^\s+(?:the|any)\s+(?:[\p{L}-]+\s+)?${POSSIBILITIES}\s+of\s+\p{Ll}+ing\b`, "u");

/** A sentence holding none of the decision verbs is not scanned for one (when each is plain words, as written). */
const DECISION_VERBS_ARE_PLAIN = DECISION_VERBS.every((verb) => /^[a-z]+(?: [a-z]+)*$/.test(verb));
function holdsDecisionVerb(sentence: string): boolean {
  return !DECISION_VERBS_ARE_PLAIN || DECISION_VERBS.some((verb) => sentence.includes(verb));
}

/**
 * The last texts read and their verbs: a sentence is read by unmarkedSpeech, then by indirectSpeech, and then, as the
 * sentence before the next one, by introducedParagraph. The arrays are shared: callers never change them.
 */
const recentTexts = ["", ""];
const recentVerbs: VerbHit[][] = [[], []];

function speechVerbsIn(sentence: string): VerbHit[] {
  if (sentence === recentTexts[0]) return recentVerbs[0];
  if (sentence === recentTexts[1]) return recentVerbs[1];
  recentTexts[1] = recentTexts[0];
  recentVerbs[1] = recentVerbs[0];
  recentTexts[0] = sentence;
  return (recentVerbs[0] = readSpeechVerbs(sentence));
}

function readSpeechVerbs(sentence: string): VerbHit[] {
  const hits: VerbHit[] = [];
  for (const m of allMatches(FINITE, sentence)) hits.push({ index: m.index, text: m[0], participle: false });
  if (holdsDecisionVerb(sentence)) {
    const joined = allMatches(JOINED_DECISION, sentence);
    for (const m of joined) hits.push({ index: m.index, text: m[0], participle: false, joinedOnly: true });
    for (const m of allMatches(DECISION_WITH_OBJECT, sentence)) if (!joined.some((j) => j.index === m.index)) hits.push({ index: m.index, text: m[0], participle: false, decision: true });
  }
  for (const m of allMatches(PARTICIPLE_ANYWHERE, sentence)) hits.push({ index: m.index, text: m[0], participle: true });
  // "Noting that A, X said B": a participle opening the sentence, with its capital (decision 0765).
  const opening = OPENING_CAPITAL.exec(sentence);
  if (opening) {
    const at = opening[0].length - 1;
    const lead = SENTENCE_FIRST_PARTICIPLE.exec(sentence[at].toLowerCase() + sentence.slice(at + 1, at + 40));
    if (lead) hits.push({ index: at, text: lead[0], participle: true });
  }
  return hits.sort((a, b) => a.index - b.index);
}

/** What opens an adverbial or a subordinate phrase, never a reported clause of its own ("After …", "Speaking to …"). */
const FRONTED_PHRASE = /^(?:After|Before|When|While|As|Since|If|Unless|Although|Though|Because|Once|Until|In|On|At|During|Following|Ahead|Earlier|Later|Meanwhile|However|But|And|Also|According|Asked|Like|Unlike|Despite)\b|^\p{L}+ing\b(?![^,;:]+\b(?:is|are|was|were|will|would|can|could|should|must|may|might)\b)/u;
const OCCASION_AFTER_VERB = new RegExp(String.raw`^(?:${SHORTLY}\s+)?(?:after|before|when|while|as|during|following|ahead of|since|until)\b`, "i");
/** "said in the statement, issued via …": a short phrase of place or medium, then a comma: where, not what. */
const OCCASION_PHRASE_ONLY = /^(?:in|on|at|during|via|through)\s+(?:the|a|an|his|her|their|its)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s*(?:,|$)/iu;

/** A phrase of place, occasion or medium ("at a news conference", "in a podcast released on …", "during his visit to …"). */
const OCCASION_OPENING = /^(?:at|in|during|on|via|through|while|from|after|before)\s+(?:a|an|the|his|her|their|its|this|that)\s/i;

/** A clause that only names an outlet reporting ("the news agency Example reported on Monday"). */
function isOutletReportFrame(clause: string): boolean {
  const citing = citingOutletAtStart(clause);
  return !!citing && !hasWords(clause.slice(citing.index + citing.phrase.length), 4);
}

const LEAD_REACH = 200;
const CONJUNCTION_LEAD = /\b(?:and|but|or|while|when|whereas|so|yet)\s+$/i;
/**
 * ", while the spokesperson …": the comma joins a clause of the sentence's own, it does not set off an attribution;
 * nor does a relative clause (", which Jane Example said was …", ", which reported that …"): its verb speaks of the
 * words before it, it does not attribute them.
 */
const COMMA_CONJUNCTION = /^,[”"’»]?\s*(?:and|but|or|while|whereas|when|so|yet|which|who|whom|whose)\b/i;
/** A comma and at most four words (a title: "Kremlin spokesperson", "President of Ukraine") before the speaker's name. */
const COMMA_BEFORE_SPEAKER = /,[”"’»]?\s*(?:[\p{L}'’.-]+\s+){0,6}$/u;

/**
 * "A meeting is still on the table, he said: “…”", "Cities … could be next, the foreign minister has said, shortly after …":
 * the reported clause stands before its attribution, which a quote or more words follow. Tried when no clause
 * follows a speech verb in the sentence.
 */
function frontedClause(
  doc: Document, sentence: Sentence, here: Mention[], directHere: StatementCandidate[], verbs: VerbHit[], fragmentsIn: (start: number, end: number) => string[],
): StatementCandidate[] {
  const { text, quotes } = doc;
  for (const verb of verbs) {
    // A decision verb ("…, a demand Jane Example rejected") is no attribution of the words before it.
    if (verb.participle || verb.decision) continue;
    const verbStart = sentence.start + verb.index;
    if (insideQuote(quotes.top, verbStart, directHere)) continue;
    // "…, said the alliance's Secretary General Jane Example in an interview": the speaker may follow the verb.
    const inverted = subjectBefore(text, here, sentence, verbStart, false) ? null : subjectAfter(text, here, verbStart + verb.text.length);
    const subject = inverted ?? subjectBefore(text, here, sentence, verbStart, false);
    if (!subject?.entity) continue;
    // Only the words just before the speaker can attribute (and end-anchored patterns over a long sentence
    // for every verb would cost its length squared); only the first attributed verb is tried.
    const attributionStart = inverted ? verbStart : subject.start;
    const leadStart = Math.max(sentence.start, attributionStart - LEAD_REACH);
    const lead = text.slice(leadStart, attributionStart);
    const comma = COMMA_BEFORE_SPEAKER.exec(lead);
    // ", although he said …": a clause of the sentence's own, not an attribution of what stands before it.
    // (A title may stand between the two: "…, as Examplian President Jane Example pushes for …".)
    if (!comma || SUBORDINATE_LEAD.test(withoutTitleAtEnd(lead) ?? lead) || CONJUNCTION_LEAD.test(lead) || COMMA_CONJUNCTION.test(comma[0])) return [];
    const start = sentence.start + leadingSpace(sentence.text) + datelineLength(sentence.text);
    const end = leadStart + comma.index;
    const clause = text.slice(start, end);
    const unquoted = clause.replace(/[“”"«»]/g, "");
    // "A binding document committing the country to neutrality is a cornerstone, Jane Example said.": an attribution
    // that closes the sentence leaves no doubt, so a long subject may keep the clause's verb past its first words.
    const rest = text.slice(verbStart + verb.text.length, sentence.end);
    const isClause = CLAUSE_START.test(unquoted) || ((closesSentence(rest) || onlyAttribution(rest)) && FINITE_ANYWHERE.test(unquoted));
    // "In Russia the schools will close, X claimed.": a clause may open with a phrase of place or time when the
    // attribution closes the sentence; a subordinate clause or an occasion alone ("After the talks, X said …") may not.
    const fronted = FRONTED_PHRASE.test(clause) && !(PREPOSITION_OPENING.test(clause) && CLAUSE_START.test(unquoted) && onlyAttribution(rest));
    if (!hasWords(clause.slice(0, 200), 4) || fronted || !isClause) return [];
    // A short quote inside the clause is a fragment of the paraphrase; a quote that stands on its own is not.
    if (directHere.some((d) => d.start < end) || quotes.top.maxEndOfStartsBefore(sentence.start) > start) return [];
    // A fragment may close right after the clause's comma ("… “in the coming days,” the minister said").
    if (quotes.top.startingIn(start, end).some((q) => q.close > end + 2)) return [];
    const kind = FIRST_PERSON.test(clause.replace(QUOTED_WORDS, "")) ? "direct" : "indirect";
    const attribution = { start: end, end: sentence.end };
    return [{
      start, end, kind, sentence, frame: [attribution], quotedFragments: kind === "indirect" ? fragmentsIn(start, end) : [],
      found: evidenceAt(text, "speech-verb-after-clause", { start: verbStart, end: verbStart + verb.text.length }), attribution: { by: "mention", mention: subject, source: "after the clause" },
    }];
  }
  return [];
}

const PREPOSITION_OPENING = /^(?:In|On|At|During|Despite)\s/;

const FINITE_ANYWHERE = /\b(?:is|are|was|were|will|would|can|could|should|must|has|have|had|does|did|may|might|remains|cannot|won[’']t|isn[’']t|aren[’']t)\b/;

/** The words after an attribution's verb add only where, when or to whom ("has said in a statement on Monday."). */
function closesSentence(rest: string): boolean {
  return !/[“”"«»:;]|\bthat\b/.test(rest) && !hasWords(rest, 17);
}
/**
 * Stricter than closesSentence: a few words with no verb of their own ("…, X told reporters on Monday."); a
 * participle after them ("…, describing it as “…”") reports words of its own, read apart.
 */
function onlyAttribution(rest: string): boolean {
  const own = rest.replace(PARTICIPLE_AFTER_ATTRIBUTION, "");
  return closesSentence(own) && !hasWords(own, 9) && !FINITE_ANYWHERE.test(own) && !/\b\p{L}+ed\b/u.test(own.replace(/\b(?:on|in|at)\s+\p{L}+/gu, ""));
}
const PARTICIPLE_AFTER_ATTRIBUTION = new RegExp(String.raw`,\s*(?:${SPEECH_PARTICIPLE})\b[\s\S]*$`);

/** Quoted words: a first person inside a fragment is the quoted speaker's, not the reporter's clause. */
const QUOTED_WORDS = /[“"«][^“”"«»]*[”"»]/g;

function insideQuote(quotes: SpanIndex<QuoteSpan>, offset: number, directHere: StatementCandidate[]): boolean {
  return quotes.maxEndOfStartsBefore(offset) > offset || directHere.some((d) => d.start <= offset && offset < d.end);
}

/** The person right after a verb ("said NATO Secretary General Jane Example"): only capitalised title words between. */
function subjectAfter(text: string, here: Mention[], verbEnd: number): Mention | null {
  const after = here.find((m) => m.start >= verbEnd && m.start - verbEnd <= 100);
  if (!after?.entity) return null;
  return TITLE_BEFORE_NAME.test(text.slice(verbEnd, after.start)) || !/\S/.test(text.slice(verbEnd, after.start)) ? after : null;
}

/**
 * Between an inverted speech verb and the speaker's name: a title ("said Examplian Prime Minister …"), which may run
 * over "of" and "and" and close with a comma ("said the First Deputy Premier and Minister of Ports of
 * Examplia, Jane Example").
 */
const TITLE_BEFORE_NAME = /^\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}'’.-]*|of|and|for|the)\s+){0,10}?(?:\p{Lu}[\p{L}'’.-]*,\s+)?$/u;

/**
 * "X responded by calling …", "X continued by pushing for …", "X took to social media urging …": the subject's own
 * verb, then the participle that says how (or where) it spoke, with no comma (decision 0765).
 */
const PARTICIPLE_OF_MANNER = new RegExp(String.raw`^[^,.;:“”"«»]{0,60}?\b(?:${RESPONDED}\b[^,.;:“”"«»]{0,40}?\s+by|took\s+to\s+(?:social\s+media|(?:his|her|their)\s+${SOCIAL_PAGES}|[A-Z][\w-]*)(?:\s+on\s+[A-Z][a-z]+day)?)\s+$`);

/** The speaker of a speech verb: a person right before it ("Rutte also stressed"), or the sentence's subject for a participle ("…, instead emphasizing that"). */
function subjectBefore(text: string, here: Mention[], sentence: Sentence, verbStart: number, participle: boolean): Mention | null {
  const before = here.filter((m) => m.end <= verbStart);
  // The earliest person joined to the verb by a gap a subject allows: "Macron, who met Rutte on Wednesday, said" is Macron.
  const joined = before.find((m) => SUBJECT_GAP.test(text.slice(m.end, verbStart)));
  if (joined) return joined;
  if (participle && before.length) {
    const subject = subjectOf(before, text, sentence.start);
    if (subject && (/,\s*(?:\w+\s+)?$/.test(text.slice(sentence.start, verbStart)) || PARTICIPLE_OF_MANNER.test(text.slice(subject.end, verbStart)))) return subject;
  }
  return null;
}

const RELATIVE_AFTER_NAME = /^\s*,\s*who\s/;
/** After the comma closing a relative clause: the main clause's speech verb, with its auxiliaries and adverbs. */
const MAIN_VERB_AFTER_RELATIVE = new RegExp(String.raw`^[”"’»]?,\s+(?:(?:has|have|had|also|still|now|then|again|later|since|[a-z]{3,}ly)\s+)*(?:${SPEECH_VERB})\b`);

/**
 * Where a relative clause closes ("X, who … <verb> …,") when the sentence's own speech verb follows its comma: the
 * comma's offset, else -1.
 */
function endOfRelativeBeforeMainVerb(text: string, subjectEnd: number, verbStart: number, verbEnd: number, sentenceEnd: number): number {
  if (!RELATIVE_AFTER_NAME.test(text.slice(subjectEnd, verbStart))) return -1;
  for (let comma = text.indexOf(",", verbEnd); comma >= 0 && comma < sentenceEnd && comma - verbEnd <= 150; comma = text.indexOf(",", comma + 1)) {
    const from = /[”"’»]/.test(text[comma - 1]) ? comma - 1 : comma;
    if (MAIN_VERB_AFTER_RELATIVE.test(text.slice(from, Math.min(sentenceEnd, from + 80)))) return comma;
  }
  return -1;
}

/** The first comma of a clause outside quotation marks, else its end. */
function firstCommaBefore(text: string, start: number, end: number): number {
  let open = false;
  for (let k = start; k < end; k++) {
    const ch = text[k];
    if (ch === "“" || ch === "”" || ch === '"' || ch === "«" || ch === "»") open = ch === '"' ? !open : ch === "“" || ch === "«";
    else if (ch === "," && !open) return k;
  }
  return end;
}

/** "After Macron said A, the debate began": the reported words end where the main clause starts. */
function endOfSubordinateClause(text: string, sentence: Sentence, verbStart: number, clauseStart: number, clauseEnd: number, subjectStart: number): number {
  const other = WHILE_ANOTHER_REPORTS.exec(text.slice(clauseStart, clauseEnd));
  if (other) clauseEnd = clauseStart + other.index;
  // "…, while the minister spoke in favour of A, X replied …": a subordinate clause opened right before the speaker
  // inside the sentence ends at its first comma, where the main clause takes over.
  if (SUBORDINATE_BEFORE_SUBJECT.test(text.slice(sentence.start, subjectStart))) {
    const comma = text.indexOf(",", clauseStart);
    return comma > clauseStart && comma < clauseEnd ? comma : clauseEnd;
  }
  if (!/^\s*(?:After|When|Since|Although|Though|While|As|Because|Before|Once|Until|If)\b/.test(sentence.text)) return clauseEnd;
  // "As the talks stall, he said A, including B": the subordinate clause closed before the speaker; the verb is the main one.
  if (text.slice(sentence.start, verbStart).includes(",")) return clauseEnd;
  for (let k = clauseEnd; k > clauseStart; k--) if (text[k] === ",") return k;
  return clauseEnd;
}

const MONTH = MONTH_WORD;
const DAY_OF_MONTH_FORMS = String.raw`${MONTH}\s+\d{1,2}${ORDINAL_SUFFIX}?(?:,\s*\d{4})?|\d{1,2}${ORDINAL_SUFFIX}?\s+${MONTH}(?:\s+\d{4})?`;
const WEEKDAY_WORD = `${WEEKDAY_STEMS}day`;
/**
 * When the words were said, right after the verb: "on Friday night", "late on Tuesday", "on Feb. 24, 2025,", "two
 * days ago", "over the weekend", "a day later", "the next day", "late last month", "on Tuesday (local time)", translated copy's "on Friday (16)". Not a subject ("Monday's talks", "last week was …").
 */
const WHEN_SAID = new RegExp(
  String.raw`^\s+(?:(?:late|early)\s+)?(?:on\s+)?(?:${WEEKDAY_WORD}(?:\s+(?:${PARTS_OF_DAY}|night))?(?:,?\s+(?:${DAY_OF_MONTH_FORMS}))?|${DAY_OF_MONTH_FORMS}|\d{1,2}\.\d{1,2}\.\d{4}|today|tonight|yesterday|overnight|last\s+(?:${CALENDAR_PERIODS}|night|${WEEKDAY_WORD})|${WEEKDAY_WORD}\s+(?:of\s+)?last\s+week|earlier(?:\s+(?:today|this\s+${CALENDAR_PERIODS}))?|this\s+(?:week|${PARTS_OF_DAY})|(?:at|over)\s+the\s+weekend|(?:a|one|two|three|four|five|several|a\s+few|\d+)\s+${DAYS_OR_WEEKS}\s+ago|(?:a|one|two|three|four|five|six)\s+days?\s+(?:earlier|later)|the\s+${ADJACENT}\s+day)\b(?![’']s|\s+(?:is|was|will|would|has|had)\b)(?:\s+\((?:local\s+time|\d{1,2}|${DAY_OF_MONTH_FORMS})\))?,?`,
);

/**
 * "said the plan is ready — and that …", "said the plan is ready and added that …" (decision 0730): a first clause
 * joined to a second "that", or to a second speech verb's "that", is a report, not a listener or a time.
 */
function joinsSecondThat(skipped: string): boolean {
  return /\b(?:and|but)(?:\s*[—–-])?\s*$/.test(skipped) || JOINED_SPEECH_VERB_AT_END.test(skipped);
}
const JOINED_SPEECH_VERB_AT_END = new RegExp(String.raw`\s(?:and|but)\s+(?:also\s+|then\s+|later\s+)?${SPEECH_VERB}\s*$`);

/**
 * Who is told, when no "that" follows: a name, or a noun for an audience ("told parliament his plan …", "told
 * lawmakers the alliance …"). A word class, not a list of phrases: the bodies and groups one speaks to.
 */
const LISTENER = /^\s+(?:the\s+)?(?:reporters|journalists|the press|the media|lawmakers|legislators|parliament|parliamentarians|MPs|deputies|senators|congressmen|delegates|diplomats|envoys|allies|partners|leaders|ministers|students|soldiers|troops|supporters|voters|citizens|the nation|the country|the audience|an audience|the crowd|a crowd|the assembly|the chamber|the house|the senate|the council|[A-Z][\p{L}.-]*(?:\s+[A-Z][\p{L}.-]*){0,3})\b/u;

/**
 * Between a verb and its "that": a listener, a place, a time or a date ("said during a visit on Tuesday, February 3rd
 * that …"), earlier words ("reiterated earlier statements by the ministry that …"), a source set off by commas.
 */
const FRAME_BEFORE_THAT = new RegExp(String.raw`^(?:\s*,)?\s+(?:(?:with|to|on|in|at|during|last|this|today|yesterday|earlier|later|again|repeatedly|also|once again|publicly|the|when|if)\b[^,.;“”"«»]{0,60}?(?:,\s*(?:${MONTH_OPENINGS}[a-z]*\s+\d{1,2}${ORDINAL_SUFFIX}?|\d{1,2}${ORDINAL_SUFFIX}?\s+${MONTH_OPENINGS}[a-z]*))?|(?:(?:his|her|their|its|earlier|previous|recent|past)\s+)*${EARLIER_WORDS}\b[^,.;“”"«»]{0,60}?|however|though|nevertheless|moreover|meanwhile)(?:,\s*(?:(?:(?:as\s+)?${PASSED_ON_BY}\s+by|according\s+to)\s+[^,.;“”"«»]{1,50}|(?:published|aired|broadcast|released|posted|held|hosted|organi[sz]ed|convened)\b[^,.;“”"«»]{0,50}),)?,?\s+(?=that\b)`);
/** "told Reuters that", "told reporters in Brussels that": the clause starts after the listener. */
function skipObject(text: string, verbEnd: number, sentenceEnd: number, verb: string): number {
  // "said Thursday there was…", "said on Tuesday that…": the time belongs to the attribution.
  const when = WHEN_SAID.exec(text.slice(verbEnd, sentenceEnd));
  if (when) verbEnd += when[0].length;
  const rest = text.slice(verbEnd, sentenceEnd);
  // "agreed with President Trump that …", "told reporters in Brussels that …"
  // "said during a visit on Tuesday, February 3rd that …", "reiterated earlier statements by the ministry that …"
  // "said in an interview with Example TV, published on Monday, that …" (decision 0730); "said at a forum in Example,
  // held on Monday, that …" (decision 0745)
  const beforeThat = FRAME_BEFORE_THAT.exec(rest);
  // "spoke in favour of a truce that …": the side taken is the report; a "that" after it opens a relative clause.
  if (beforeThat && !joinsSecondThat(beforeThat[0]) && !SPOKE_AT_START.test(verb)) return verbEnd + beforeThat[0].length;
  if (!LISTENER_THEN_THAT_VERB.test(verb)) return verbEnd;
  // "told a meeting of leaders, as well as those of Examplia and Exampland, that …": a listener may run on over an addition or a list of names.
  // An abbreviation's points ("U.S. President", "Mr. Example") stand inside a listener as well.
  // "told Example Radio, cited by Example Wire, that …": the source set off inside the frame is part of it.
  const that = LISTENER_BEFORE_THAT.exec(rest);
  if (that && !joinsSecondThat(that[0])) return verbEnd + that[0].length;
  const object = LISTENER.exec(rest);
  if (!object) return verbEnd;
  // "told the Example news agency the talks …": the word for the medium closes the listener.
  const kind = MEDIA_KIND_AFTER.exec(rest.slice(object[0].length));
  return verbEnd + object[0].length + (kind ? kind[0].length : 0);
}

const MEDIA_KIND_AFTER = mediaKindAfter();

/** A listener, which may run on over an addition, a list of names or a source set off inside the frame, then "that". */
const LISTENER_BEFORE_THAT = new RegExp(String.raw`^\s+(?!that\b)(?=\S)(?:[^,.:;“”"«»]|(?<=\b\p{Lu})\.|(?<=\b${TITLES_BEFORE_A_POINT})\.|,\s+(?=as well as|including|along with|such as|\p{Lu}|(?:as\s+)?${PASSED_ON_BY}\s+by\b|according\s+to\b)){1,140}?,?\s+(?=that\b)`, "u");
/** Verbs whose object is the listener ("told the council: “…”"). */
const LISTENER_VERB = new RegExp(`^(?:${LISTENER_VERBS.join("|")})$`, "i");
/** Verbs whose listener may stand before their "that" clause. */
const LISTENER_THEN_THAT_VERB = new RegExp(`^(?:${LISTENER_THEN_THAT_VERBS.join("|")})$`, "i");
/** A colon and an opening mark, and nothing else, between a clause and the quote after it. */
const QUOTE_AFTER_COLON = /^\s*:\s*["“«„]\s*$/;

/** Ends a reported clause before ", stating," or ", saying:" that introduces a direct quote. */
function cutBeforeQuoteIntro(text: string, start: number, end: number): number {
  const segment = text.slice(start, end);
  const intro = CUT_BEFORE_QUOTE.exec(segment);
  return intro ? start + intro.index : end;
}

/** "…, while (the mayor) " right before a speaker: a subordinate clause opened inside the sentence, after a comma. */
const SUBORDINATE_BEFORE_SUBJECT = /,\s*(?:while|when|after|before|once|until)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}$/iu;
/** "blamed A while Foreign Minister X claimed B": another speaker's report joined by "while" ends the clause before it. */
// "…, and Foreign Minister X said B" (decision 0765): after a comma, "and" before another named speaker does the same.
const WHILE_ANOTHER_REPORTS = new RegExp(String.raw`(?:\s+while|,\s+and)\s+(?=(?:\p{Lu}[\p{L}'’.-]*\s+){1,5}(?:${SPEECH_VERB})\b)`, "u");

/** The kinds of text an occasion gave the words in, named in a tail after the clause ("in a post on …"). */
const GIVEN_IN_NOUN = "post|tweet|video|message|interview|podcast";

/** What ends a reported clause that is not the speaker's: the source, the occasion, the reporter taking over. */
const CLAUSE_TAILS = [
  String.raw`,\s+as\s+(?:he|she)\s+${TRAVELS}\b[^"“”«»]*`, // ", as he prepares to host …"
  // ", as talks continue", ", as pressure mounts on Kyiv", ", as noted by her ministry": what happens around the words, with a
  // subject of its own; not ", as it seeks …", ", as there were …" (a reason the speaker gives), nor "as well as", "as long as".
  String.raw`,\s+as\s+(?!(?:it|this|that|there|they|these|those|we|I|you|he|she|well|long|soon|much|many|far|if|though|part|such|of|for|to|a\s+result)\b)(?:${AS_STATED_BY}\s+by\b|(?:[\p{L}’'.-]+\s+){1,8}?(?:is|are|was|were|has|have|had|will|would|\p{Ll}+s|\p{Ll}+ed)\b)[^"“”«»]*`,
  String.raw`,?\s+but\s+(?:he|she|they)\s+(?:did not|didn[’']t|would not|wouldn[’']t|declined|refused|gave no|offered no)\b[^"“”«»]*`, // ", but he did not say when"
  String.raw`,\s*(?:per|cited by|quoted by|reported by|according to|as ${PASSED_ON_BY} by)\s+[^,]{1,60}`,
  // ", reports Example Wire", and translated copy's ", writing Example Wire", ", informs Example Daily": the source after its verb.
  String.raw`,\s*${CLAUSE_END_CITING_VERB}\s+(?:the\s+)?[A-Z][\p{L}.-]*(?:\s+[A-Z][\p{L}.-]*){0,3}`,
  String.raw`,\s*in an?\s+(?:[\p{L}-]+\s+){0,2}interview\b[^"“”«»]*`,
  String.raw`,\s*(?:during|at|in|on|while on|after|before|ahead of)\s+(?:a|an|his|her|their|the)\s+(?:[\p{L}-]+\s+){0,3}?${OCCASIONS}\b[^,"“”«»]*`,
  // ", Example Wire reported", ",” the Daily Example reported": a closing mark may stand between the comma and the source.
  // ", Example Wire reported on Tuesday", ", Example Daily reports with reference to Example TV": its day or its source may follow.
  String.raw`,[”"’»]?\s*(?:the\s+)?[A-Z][\p{L}.-]*(?:\s+[A-Z][\p{L}.-]*){0,3}\s+${OUTLET_REPORTED_AFTER}(?:\s+(?:on\s+)?${WEEKDAY_STEMS}day|\s+${REFERRING_TO}\s+[^,]{1,60})?`,
  String.raw`,\s*(?:the\s+)?[A-Z][\p{L}.-]*(?:\s+[A-Z][\p{L}.-]*){0,3}\s+${REPORTED_OR_SAID},?\s+citing\s+[^,]{1,60}`, // ", Example Daily reports, citing …"
  String.raw`,\s*(?:the\s+)?[A-Z][\p{L}.-]*(?:\s+[A-Z][\p{L}.-]*){0,3}\s+(?:news\s+agency|agency|newspaper|broadcaster|channel|outlet|daily|portal|website|magazine)\s+${OUTLET_REPORTED}`, // ", the Examplewire news agency quotes"
];
const CLAUSE_TAIL = new RegExp(CLAUSE_TAILS.map((tail) => `${tail}$`).join("|"), "u");
const CLAUSE_TAIL_AT = new RegExp(CLAUSE_TAIL.source, "uy");
/** Every tail opens on a comma, or on the space before "but" (", but he did not say"): only there can one start. */
const TAILS_OPEN_ON_COMMA_OR_BUT = CLAUSE_TAILS.every((tail) => /^,(?![?*{])/.test(tail) || tail.startsWith(String.raw`,?\s+but\s+`));

/**
 * Where a tail starts in the clause, -1 if none: `CLAUSE_TAIL.exec(clause)?.index`, tried only at each comma and at
 * each run of spaces before "but" (an end-anchored pattern is otherwise tried at every character of a long clause).
 */
function clauseTailStart(clause: string): number {
  if (!TAILS_OPEN_ON_COMMA_OR_BUT) return CLAUSE_TAIL.exec(clause)?.index ?? -1;
  let comma = clause.indexOf(",");
  let but = spacesBeforeBut(clause, 0);
  while (comma >= 0 || but >= 0) {
    const at = comma >= 0 && (but < 0 || comma < but) ? comma : but;
    CLAUSE_TAIL_AT.lastIndex = at;
    if (CLAUSE_TAIL_AT.test(clause)) return at;
    if (at === comma) comma = clause.indexOf(",", comma + 1);
    else but = spacesBeforeBut(clause, clause.indexOf("but", but) + 3);
  }
  return -1;
}

/** The start of the next run of white space that a "but" follows, from `from` on; -1 if none. */
function spacesBeforeBut(clause: string, from: number): number {
  for (let but = clause.indexOf("but", from); but >= 0; but = clause.indexOf("but", but + 1)) {
    if (but === 0 || !isSpace(clause.charCodeAt(but - 1))) continue;
    let start = but - 1;
    while (start > 0 && isSpace(clause.charCodeAt(start - 1))) start--;
    if (start >= from) return start;
  }
  return -1;
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[\s.]/.test(text[e - 1])) e--;
  // "…, Example Wire reported, quoted by Example Daily": tails stack; each is cut in turn (at most a few).
  for (let cuts = 0; cuts < 3; cuts++) {
    const tail = clauseTailStart(text.slice(start, e));
    if (tail < 0) break;
    e = start + tail;
    while (e > start && /[\s.,;:]/.test(text[e - 1])) e--;
  }
  const source = sourceTailStart(text.slice(start, e));
  if (source >= 0) {
    e = start + source;
    while (e > start && /[\s.,;:]/.test(text[e - 1])) e--;
  }
  const given = givenInTailStart(text.slice(start, e));
  if (given >= 0) e = start + given;
  // An opening mark left dangling where the excerpt ends ("…, “") opens nothing.
  while (e > start && /[\s.,;:“«„]/.test(text[e - 1])) e--;
  return e;
}

/**
 * "…, Example News quoted him as saying", "…, the Example Daily newspaper reported on Monday", "…, speaking to Example
 * Radio", "…, in remarks carried by Example Wire": a short phrase after the clause's last comma in which the context
 * stage reads an outlet (one that received the words or passed them on) is the reporter's frame, not the speaker's
 * words, whatever its verb. The same reading decides both: what the context stage takes as a source is never left
 * inside the words. Where the tail starts in the clause, -1 if none; a phrase with a "that" of its own reports more.
 */
function sourceTailStart(clause: string): number {
  const comma = clause.lastIndexOf(",");
  if (comma < 0) return -1;
  const tail = clause.slice(comma);
  if (hasWords(tail, SOURCE_TAIL_WORDS + 1) || /\bthat\b|[“”"«»]/.test(tail)) return -1;
  return findOutlets(tail).length ? comma : -1;
}

/** How many words a source set off at the end of a clause may have ("the Examplian news agency Example reported on Monday"). */
const SOURCE_TAIL_WORDS = 10;

/**
 * "said the talks had failed in an interview with Example Radio", "… in a post on Example Social on Monday", "… in a
 * Telegram post": where the words were given, printed after the reported clause with no comma. It is the reporter's
 * frame, not the speaker's words (the comma forms are CLAUSE_TAILS). The medium is named by a capital, so "in a post
 * he deleted" stays. Where the tail starts in the clause, -1 if none; tried only at an " in " among the last words.
 */
function givenInTailStart(clause: string): number {
  for (let at = clause.lastIndexOf(" in ", clause.length); at >= 0 && clause.length - at <= GIVEN_IN_TAIL_LENGTH; at = at > 0 ? clause.lastIndexOf(" in ", at - 1) : -1) {
    GIVEN_IN_TAIL.lastIndex = at;
    if (GIVEN_IN_TAIL.test(clause)) {
      let tail = at;
      while (tail > 0 && isSpace(clause.charCodeAt(tail - 1))) tail--;
      return tail;
    }
  }
  return -1;
}

const GIVEN_IN_TAIL_LENGTH = 120;
const GIVEN_IN_TAIL = new RegExp(
  String.raw`\s+in\s+(?:a|an|his|her|their|its)\s+(?:(?:[\p{Ll}-]+\s+){0,2}?(?:${GIVEN_IN_NOUN})(?:\s+(?:on|with|to|for)|\s+${INTERVIEW_PUBLISHED}(?:\s+(?:on\s+)?\p{Lu}\p{Ll}+day)?\s+(?:on|with|to|for|by|in))\s+(?:the\s+)?\p{Lu}|(?:[\p{Ll}-]+\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?\s+(?:${GIVEN_IN_NOUN})\b)[^"“”«»,;:]{0,60}$`,
  "uy",
);

