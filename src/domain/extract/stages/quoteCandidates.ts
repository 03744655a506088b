// Stage 1, quote candidates: words in quotation marks that stand on their own as an utterance, with the
// attribution printed around them ("…," Rutte said / Rutte said: "…") when there is one. Scare quotes,
// quoted names and fragments of a paraphrase are left out; a nested quote is a statement of its own when
// its speaker is named inside the outer quote or it is the outer speaker's own words quoted again.

import { countSpansEndingBy, indexOfFirstSpanFrom, indexOfSpanAt } from "../../spanIndex";
import { ABBREVIATION_DOT, countWords, endOfWords, type Sentence } from "../../text";
import type { Mention } from "../../people/mentions";
import { mentionsIn, sentenceAt, type Document } from "../document";
import type { QuoteSpan } from "../quotes";
import { ADVERBS, QUOTE_VERB, SPEECH_PARTICIPLE, SPEECH_VERB } from "../speech";
import { subjectOf, type Attribution, type StatementCandidate } from "./candidate";
import { NAMED_WORK_NOUNS, QUOTED_FROM_THE_PAST } from "../../lexicon/en";
import { INTERVIEWER_LABELS, TITLED } from "../../lexicon/frames.en";


// After a preposition the participle is a gerund, the clause's own words: "a habit of saying “well done”".
const PARTICIPLE_BEFORE_QUOTE = new RegExp(String.raw`(?<!\b(?:on|by|of|for|about|without|against)\s+)\b${SPEECH_PARTICIPLE}\s*[,:]?\s*$`);
const VERB_BEFORE_QUOTE = new RegExp(String.raw`\b${QUOTE_VERB}\b[^“”"«»]{0,80}?[:,]\s*$`);
// "…," Example said. / "…," according to Example. / "…," Mr. Example said.
const VERB_AFTER_QUOTE = new RegExp(String.raw`^\s*[,;:.!?]?\s*(?:[—–-]\s*)?(?:(?:${ADVERBS})?(?:${QUOTE_VERB}|(?:[^.“”"«»]|${ABBREVIATION_DOT}){0,120}?\b${QUOTE_VERB})|according to)\b`);
/**
 * Words that carry a sentence on past a closing mark, without a comma or a speaker first ("said X" is an attribution,
 * so is a speaker named by a role: "…,” the alliance's chief said").
 */
const RUNS_ON = new RegExp(String.raw`^\s+(?!(?:he|she|they|it|we|according to)\b|as\s+[^.,;:“”"«»]{1,40}?\bput\s+it\b|(?:${ADVERBS})?${QUOTE_VERB}\b|the\s+[^.,;:“”"«»]{1,60}?\s(?:${ADVERBS})?${QUOTE_VERB}\b)[a-z]`);
const ASKED_BEFORE = /\basked\s[^:“”"«».]{1,60}:\s*$/;
const ASKED_AFTER = new RegExp(String.raw`^(?:\s*[,?])?\s*(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}asked\b|^(?:\s*[,?])?\s*asked\s+(?:\p{Lu}|the\s+${INTERVIEWER_LABELS})`, "u");
const POSSESSIVE = /^['’]s?\b/;
const NESTED_AFTER = new RegExp(String.raw`^\s*[,.]?\s*(?:[^.]{0,40}\b)?${SPEECH_VERB}`);
/** Between two quotes inside one outer quote: the first one's attribution and the end of its sentence, no more. */
const NESTED_CONTINUES = new RegExp(String.raw`^\s*[,.]?\s*(?:[^.“”"«»‘’]{0,80}\b)?${SPEECH_VERB}\b[^.“”"«»‘’]{0,60}[.!?]\s*$`);
const NESTED_BEFORE = new RegExp(String.raw`\b(?:${SPEECH_VERB}|${SPEECH_PARTICIPLE})\b[^.]{0,40}[:,]?\s*$`);

export function findQuoteCandidates(doc: Document): StatementCandidate[] {
  const { text, paragraphs, quotes } = doc;
  const found: StatementCandidate[] = [];
  /** The first candidate of each quote's words, for a nested quote to find its outer one. */
  const candidateAt = new Map<number, StatementCandidate>();
  const add = (candidate: StatementCandidate) => {
    found.push(candidate);
    if (!candidateAt.has(candidate.start)) candidateAt.set(candidate.start, candidate);
  };
  for (const quote of quotes.all.items) {
    const sentence = sentenceAt(doc, quote.open);
    const paragraph = paragraphs[sentence.paragraph];
    const marks = { start: quote.open, end: quote.close };
    if (quote.parent) {
      const speaker = speakerInside(doc, quote);
      if (speaker) add(candidate(quote, sentence, [], { rule: "quote-nested-attributed", span: marks }, { by: "mention", mention: speaker, source: "inside the outer quote" }));
      else if (quotesItself(text, quote)) {
        // "I have said it many times: ‘…’" — the outer speaker quoting their own words.
        const outer = candidateAt.get(quote.parent.innerStart);
        if (outer) add(candidate(quote, sentence, outer.frame, { rule: "quote-nested-own-words", span: marks }, { by: "outer", outer }));
      } else {
        // “… ‘A,’ he told reporters. ‘B.’ …”: a quote inside the same outer quote, next to one with a speaker and only
        // the attribution's sentence between, goes on with that speaker.
        const previous = found.at(-1);
        const mention = previous?.found.rule === "quote-nested-attributed" && previous.quote?.parent === quote.parent && previous.attribution.by === "mention" ? previous.attribution.mention : null;
        if (mention && NESTED_CONTINUES.test(text.slice(previous!.quote!.close, quote.open))) {
          add(candidate(quote, sentence, [], { rule: "quote-nested-continues", span: marks }, { by: "mention", mention, source: "the quote before, inside the same outer quote" }));
        }
      }
      continue;
    }
    const previousClose = Math.max(paragraph.start, quotes.top.lastEndAtOrBefore(quote.open));
    const nextOpen = Math.min(paragraph.end, quotes.top.firstStartAtOrAfter(quote.close));
    const beforeStart = Math.max(sentence.start, previousClose);
    const before = text.slice(beforeStart, quote.open);
    const afterEnd = Math.min(nextOpen, sentenceEndAfter(doc.sentences, quote.close, paragraph.end));
    const after = text.slice(quote.close, afterEnd);
    const inner = text.slice(quote.innerStart, quote.innerEnd);

    // "“…” Example's government has made clear …": a name in the possessive is not who speaks.
    const attributedAfter = VERB_AFTER_QUOTE.test(after) && !newSentenceWithItsOwnReport(inner, after) && !fragmentClosingItsSentence(before, inner, after) ? (mentionsIn(doc, quote.close, afterEnd).find((m) => m.entity && !POSSESSIVE.test(text.slice(m.end, m.end + 2))) ?? null) : null;
    // "“Why should we wait?” Example asked.": a question asked by a person the people data knows (a politician, not
    // an interviewer) is their statement.
    // Words the introduction gives to someone outside the story are theirs, whoever is named after the quote.
    const outside = /[:,]\s*$/.test(before) ? someoneOutsideTheStory(before, beforeStart) : null;
    const post = outside ? null : attributedAfter ?? knownAsker(doc, inner, after, quote.close, afterEnd) ?? signedBy(doc, after, quote.close, afterEnd) ?? asideOfTheSubject(doc, sentence, before, inner, after, beforeStart, quote.open);
    // "The report, “Ready for Winter”, was …": a name in title case set after a work's noun is a title, whoever is near.
    if (readsAsAName(inner) && NAMED_WORK_BEFORE.test(before)) continue;
    const preAttribution = PARTICIPLE_BEFORE_QUOTE.test(before) || (endsWithColonOrComma(before) && VERB_BEFORE_QUOTE.test(before) && !continuesReportedClause(before, inner)) || /:\s*$/.test(before) || /^\s*according to\b[^,]*,\s*$/i.test(before) || sentenceRightAfterVerb(before, inner);
    const introduced = preAttribution && !outside ? mentionsIn(doc, beforeStart, quote.open) : [];
    const pre = preAttribution ? (outside ?? speakerOfClosingVerb(text, introduced, quote.open) ?? subjectOf(introduced, text, sentence.start)) : null;
    // "X appealed, “A,” and “B.”": a second quote joined by "and" to the quote before is the same speaker's.
    const joined = !post && !pre ? joinedToPreviousQuote(found, beforeStart, before) : null;
    if (joined) {
      add(candidate(quote, sentence, [{ start: beforeStart, end: quote.open }], { rule: "quote-joined-to-previous", span: marks }, joined.attribution));
      continue;
    }
    // "Allies need “a change of pace” and more money, Example said": a quote the sentence runs on from is part of the
    // paraphrase, even with a speech verb later in the sentence.
    // `… said. "Allies must act".`: a quote that is a whole sentence of its own, its full stop printed after the mark.
    // `For all the promises, “the islanders will s` and nothing after: cut by the end after a lead phrase's comma, the quote was
    // the sentence's own clause; what a fragment would have run into is gone with the rest of the text.
    const wholeSentence = (/^\p{Lu}/u.test(inner) && /^\s*$/.test(text.slice(sentence.start, quote.open)) && (/^[.!?…]/.test(after) || cutByTheEnd(text, quote))) || (cutByTheEnd(text, quote) && /,\s*$/.test(before) && countWords(inner) >= 2);
    if ((!post || RUNS_ON.test(after)) && !preAttribution && !wholeSentence && isFragment(before, inner)) continue;
    // "Talks will resume “in the coming days,” the minister said": words the reporter's clause runs into, closed
    // with the clause's comma before its attribution, are a fragment of that paraphrase, not words of their own.
    if (post && !preAttribution && closesParaphrase(before, inner, text.slice(quote.innerEnd, quote.close + 1).trimEnd())) continue;
    // An interviewer's question ("Doe asked the minister: “Would you go?”", "“…?” Doe asked") is nobody's statement.
    if (/\?$/.test(inner) && ((ASKED_BEFORE.test(before) && !askedBy(pre, text, beforeStart + before.search(ASKED_BEFORE))) || (!post && ASKED_AFTER.test(after)))) continue;
    const speaker = post ?? pre;
    if (!speaker && !wholeSentence && countWords(inner) <= 4 && !/[.!?…]$/.test(inner)) continue; // a scare quote or a name
    if (!speaker && isTitleCased(inner)) continue; // the title of a book, a film or an article, not anyone's words
    const frame = [{ start: beforeStart, end: quote.open }, { start: quote.close, end: afterEnd }];
    const attribution: Attribution = speaker ? { by: "mention", mention: speaker, source: speaker === post ? "after the quote" : "before the quote" } : { by: "context" };
    const rule = post ? "quote-attributed-after" : pre ? "quote-attributed-before" : "quote-unattributed";
    add(candidate(quote, sentence, frame, { rule, span: marks }, attribution));
  }
  return withAttributionOfNextQuote(found);
}

/**
 * "Taking aim at Jane Example as the president announced talks, Mr Sample said: “…”": the person right before the speech
 * verb that closes the introduction speaks, however many people the sentence named before.
 */
function speakerOfClosingVerb(text: string, introduced: Mention[], open: number): Mention | null {
  const last = introduced.at(-1);
  return last?.entity && CLOSING_SPEECH_VERB.test(text.slice(last.end, open)) ? last : null;
}

const CLOSING_SPEECH_VERB = new RegExp(String.raw`^\s*(?:has\s+|had\s+)?${ADVERBS}${SPEECH_VERB}\b[^.!?;:"“”]{0,60}[:,]\s*$`);

const NAMED_WORK_BEFORE = new RegExp(String.raw`(?:\b(?:${NAMED_WORK_NOUNS.join("|")})\s*,|\b${TITLED})\s*$`, "i");
/** A capitalised name of a few words, no longer word in lower case and no final stop ("Ready at Seventy-Five"). */
function readsAsAName(inner: string): boolean {
  const words = inner.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  return /^[\p{Lu}\p{N}]/u.test(inner) && words.length <= 8 && !/[.!?…]$/.test(inner) && !words.some((w) => /^\p{Ll}/u.test(w) && w.length > 4);
}
/** "As Example once said, “…”": a saying of someone the people data does not know, set in the past. */
const SAYING_OF_THE_PAST = new RegExp(String.raw`\p{Lu}[\p{L}'’-]+\s+(?:${QUOTED_FROM_THE_PAST.join("|")})\s+(?:said|say|wrote|write|put\s+it|remarked)\s*[:,]\s*$`, "u");
/** "… recalled a soldier who had told him: “…”": words of someone the story does not name, told to its speaker. */
const TOLD_BY_SOMEONE_UNNAMED = /\b(?:a|an|one|his|her|their|my)\s+(?:[\p{Ll}-]+\s+){0,2}who\s+(?:had\s+|has\s+|once\s+)?(?:told|asked|wrote\s+to)\s+(?:him|her|them|me|us)\b[^:“”"«»]{0,40}:\s*$/u;

/**
 * The introduction before a quote names its speaker, but as no one the people data knows and no one of the story
 * (an unknown figure quoted from the past, an unnamed person who told the speaker something): the quote is no one's
 * named, not the words of the story's speaker nearby.
 */
function someoneOutsideTheStory(before: string, beforeStart: number): Mention | null {
  const m = SAYING_OF_THE_PAST.exec(before) ?? TOLD_BY_SOMEONE_UNNAMED.exec(before);
  return m ? { start: beforeStart + m.index, end: beforeStart + m.index + m[0].length, kind: "anonymous", entity: null } : null;
}

/**
 * "Example thanked the allies (“You saved lives”) and left.": words in marks that fill a bracket inside a sentence
 * whose subject, opening it, is a person are that person's aside; a title in brackets ("(“Harbour Watch”)") is not.
 */
function asideOfTheSubject(doc: Document, sentence: Sentence, before: string, inner: string, after: string, beforeStart: number, open: number): Mention | null {
  if (!/\(\s*$/.test(before) || !/^\s*\)/.test(after) || countWords(inner) < 3 || isTitleCased(inner)) return null;
  const subject = mentionsIn(doc, beforeStart, open)[0];
  if (!subject?.entity || subject.kind === "anonymous" || /\S/.test(doc.text.slice(sentence.start, subject.start))) return null;
  return subject;
}

/**
 * `… he said. “We will never` and nothing after: a quote the excerpt was cut inside (no closing mark, nothing but white
 * space after it to the end of the text) was a whole sentence, however few of its words are left.
 */
function cutByTheEnd(text: string, quote: QuoteSpan): boolean {
  return !quote.closedByMark && !/\S/.test(text.slice(quote.close));
}

/**
 * "The Long Winter of Examplestan", "End the Ferry Strike as Soon as Possible": words set in title case (three
 * or more capitalised, at least half of them, and no lower-case word longer than four letters) name a work or a
 * headline; no sentence anyone speaks is printed so. Used for quotes no one is named beside.
 */
export function isTitleCased(inner: string): boolean {
  const words = inner.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  // Capitalised, not in capitals: a post written all in capitals ("WE WILL NOT GO") is still someone's words.
  const capitalised = words.filter((w) => /^\p{Lu}\p{Ll}/u.test(w)).length;
  return capitalised >= 3 && capitalised * 2 >= words.length && !words.some((w) => /^\p{Ll}/u.test(w) && w.length > 4);
}

/**
 * Whether `text` ends with ":" or "," and white space: VERB_BEFORE_QUOTE's match must, and the pattern, which V8
 * tries from every place of the text, is run only then.
 */
function endsWithColonOrComma(text: string): boolean {
  const last = text.charCodeAt(endOfWords(text) - 1);
  return last === 0x3a || last === 0x2c;
}

/**
 * `… is merely a "trick." He believes that …`: words whose sentence ends inside the marks, followed by a new sentence
 * whose speech verb has a report of its own ("that", a colon, a quote), are not that sentence's speaker's quote.
 */
function newSentenceWithItsOwnReport(inner: string, after: string): boolean {
  return /[.!?…]$/.test(inner) && NEW_SENTENCE_OWN_REPORT.test(after);
}
const NEW_SENTENCE_OWN_REPORT = new RegExp(String.raw`^\s*[A-Z][^.!?“”"«»]*?\b${QUOTE_VERB}\b[^.!?“”"«»]{0,60}?(?:\bthat\b|:|[“"«])`);

/**
 * The person who asks the question a quote holds (“…?” Example asked / he asked / asked Example), when the people data
 * knows them: the interviewers and reporters who ask most questions in copy are not in it, and their questions are
 * no one's statements.
 */
function knownAsker(doc: Document, inner: string, after: string, from: number, to: number): Mention | null {
  if (!inner.includes("?") || !ASKED_ATTRIBUTION.test(after)) return null;
  const asker = mentionsIn(doc, from, to).find((m) => m.entity);
  return asker?.entity?.known ? asker : null;
}
const ASKED_ATTRIBUTION = /^(?:\s*[,?!])?\s*(?:(?:he|she|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}|the\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,2})\s+(?:(?:also|then|later|rhetorically)\s+)?asked\b|asked\s+(?:\p{Lu}|the\s))/u;

/**
 * `“…” — Jane Example, mayor of Sampleton`: a quote signed with a dash and a name (a role after it, if any) and nothing
 * else to the end of its sentence.
 */
function signedBy(doc: Document, after: string, from: number, to: number): Mention | null {
  if (!SIGNATURE_AFTER.test(after)) return null;
  const signer = mentionsIn(doc, from, to)[0];
  if (!signer?.entity || signer.kind !== "name" || !/^\s*[—–-]\s*$/.test(doc.text.slice(from, signer.start))) return null;
  return SIGNATURE_ROLE.test(doc.text.slice(signer.end, to)) ? signer : null;
}
const SIGNATURE_AFTER = /^\s*[—–-]\s*\p{Lu}/u;
/** What may follow the signature's name: one role after a comma, and the end. */
const SIGNATURE_ROLE = /^(?:,[^,.;!?“”"«»]{1,80})?\.?\s*$/;

/**
 * "Example asked: “…?”": the subject stands right before "asked" (at `askedAt`) and is a person the people data knows
 * (not "Host asked Example: …").
 */
function askedBy(subject: Mention | null, text: string, askedAt: number): boolean {
  return !!subject?.entity?.known && subject.end <= askedAt && /^\s*(?:\p{Ll}+ly\s+)?$/u.test(text.slice(subject.end, askedAt));
}

/**
 * `Example said “We will stay.”`: a whole sentence in marks (a capital, and five words or a final stop) printed
 * right after a speech verb with no colon or comma between is introduced by that verb, as after a colon.
 */
function sentenceRightAfterVerb(before: string, inner: string): boolean {
  return /^\p{Lu}/u.test(inner) && (countWords(inner) > 4 || /[.!?…]$/.test(inner)) && VERB_RIGHT_BEFORE_QUOTE.test(before);
}
const VERB_RIGHT_BEFORE_QUOTE = new RegExp(String.raw`\b${SPEECH_VERB}\s+$`);

/**
 * `He believes that A, “only then can …”`: a quote opening in lower case after the comma of a clause the verb
 * reports with "that" goes on with that clause; the verb before it does not introduce it as words of their own.
 */
function continuesReportedClause(before: string, inner: string): boolean {
  return /^\p{Ll}/u.test(inner) && REPORTED_THAT_CLAUSE_BEFORE.test(before);
}
const REPORTED_THAT_CLAUSE_BEFORE = new RegExp(String.raw`\b${QUOTE_VERB}\s+that\s+[^“”"«»:]*\s[^“”"«»:]*,\s*$`);

/**
 * `… closed for what she termed “technical faults.” She said …`: words the reporter's sentence runs into, closed with that
 * sentence's full stop inside the marks, are a fragment of it; the next sentence's speaker does not attribute them.
 */
function fragmentClosingItsSentence(before: string, inner: string, after: string): boolean {
  return /[.!?…]$/.test(inner) && /^\s+\p{Lu}/u.test(after) && isFragment(before, inner);
}

/**
 * "“A” was “B,” Example said": an unattributed quote shares the attribution of the next quote in its sentence,
 * when that one names its speaker after it.
 */
function withAttributionOfNextQuote(found: StatementCandidate[]): StatementCandidate[] {
  return found.map((c, i) => {
    const next = found[i + 1];
    if (c.attribution.by !== "context" || c.quote?.parent || !next || next.sentence !== c.sentence || next.quote?.parent) return c;
    if (next.attribution.by !== "mention" || next.attribution.source !== "after the quote") return c;
    return { ...c, found: { ...c.found, rule: "quote-attributed-with-next" }, attribution: { ...next.attribution, source: "after the next quote in its sentence" } };
  });
}

function candidate(quote: QuoteSpan, sentence: Sentence, frame: StatementCandidate["frame"], found: { rule: string; span: { start: number; end: number } }, attribution: Attribution): StatementCandidate {
  return { start: quote.innerStart, end: quote.innerEnd, kind: "direct", sentence, frame, quotedFragments: [], quote, found, attribution };
}

/** The quote just before, when only "and" stands between the two: the second shares its attribution. */
function joinedToPreviousQuote(found: StatementCandidate[], beforeStart: number, before: string): StatementCandidate | null {
  const previous = found[found.length - 1];
  if (!previous?.quote || previous.quote.parent || previous.quote.close !== beforeStart || previous.attribution.by === "outer") return null;
  return /^\s*(?:,\s*)?and\s+$/.test(before) ? previous : null;
}

/** The end of the sentence holding the words right after a quote ("…now," he said. ← here). */
export function sentenceEndAfter(sentences: Sentence[], offset: number, paragraphEnd: number): number {
  const s = sentences[indexOfSpanAt(sentences, offset)] ?? sentences[indexOfFirstSpanFrom(sentences, offset)];
  return s ? Math.min(s.end, paragraphEnd) : paragraphEnd;
}

/** A quoted phrase inside someone's paraphrase: `said that "it is unlikely"`, `is "irreversible"`. */
function isFragment(before: string, inner: string): boolean {
  const lead = before.replace(/\s+$/, "");
  if (/['’]s$/.test(lead)) return true; // "the alliance's “militarisation”"
  if (/\b(?:that|as|is|are|was|were|be|been|being|the|a|an|of|to|called|described|dubbed|termed|named|about|from|between|and|or|this|these|its|his|her|their|our|so-called|but|when|where|whether|because|if|once|until|unless|than)$/i.test(lead)) return true;
  if (/^[a-z]/.test(inner) && /[\p{L},]$/u.test(lead) && !/:$/.test(lead)) return true;
  return countWords(inner) <= 4 && !/[.!?…]$/.test(inner) && !/[:,]$/.test(lead);
}

/** A quote opening in lower case inside a clause of at least five words, closed by that clause's comma. */
function closesParaphrase(before: string, inner: string, closing: string): boolean {
  return /^\p{Ll}/u.test(inner) && /\p{L}\s*$/u.test(before) && countWords(before) >= 5 && /^,?[”"’»],?$/.test(closing) && /,/.test(closing);
}

function quotesItself(text: string, quote: QuoteSpan): boolean {
  const before = text.slice(quote.parent!.innerStart, quote.open);
  return /\b(?:I|we)\b[^.]{1,40}\b(?:said|say|told|wrote|repeat(?:ed)?|made (?:it )?clear)\b[^.]{0,30}[:,]?\s*$/i.test(before);
}

function speakerInside(doc: Document, quote: QuoteSpan): Mention | null {
  const { text } = doc;
  const parent = quote.parent!;
  const before = text.slice(parent.innerStart, quote.open);
  const after = text.slice(quote.close, parent.innerEnd);
  const postMentions = mentionsIn(doc, quote.close, Math.min(parent.innerEnd, quote.close + 60));
  if (postMentions.length && NESTED_AFTER.test(after)) return postMentions[0];
  const preMentions = mentionsIn(doc, parent.innerStart, quote.open);
  if (preMentions.length && NESTED_BEFORE.test(before)) return preMentions[preMentions.length - 1];
  return null;
}

/**
 * With no attribution of its own, a quote belongs to whoever is speaking: the last speaker in this or the
 * previous paragraph, else the subject of an introduction ending in a colon or of the sentence before.
 * Used by speaker resolution; here because it reads the quote's neighbourhood the way this stage does.
 */
export function introductionBefore(doc: Document, offset: number, sentence: Sentence): { subject: Mention; rule: string } | null {
  const { text, sentences } = doc;
  // An introduction ending with a colon in the previous sentence or paragraph: "Rutte told reporters:"
  const before = sentences[countSpansEndingBy(sentences, offset) - 1];
  const intro = before && before.paragraph >= sentence.paragraph - 1 ? before : undefined;
  if (intro && /:\s*$/.test(text.slice(intro.start, intro.end))) {
    const subject = subjectOf(mentionsIn(doc, intro.start, intro.end), text, intro.start);
    if (subject) return { subject, rule: "speaker-introduction" };
  }
  // The subject of the preceding sentence in the same paragraph ("He dismissed the notion … “…”").
  const lead = intro?.paragraph === sentence.paragraph ? intro : undefined;
  if (lead) {
    const subject = subjectOf(mentionsIn(doc, lead.start, lead.end), text, lead.start);
    if (subject) return { subject, rule: "speaker-previous-subject" };
  }
  return null;
}
