// Stage 3, speaker resolution: who said each candidate. A person named in the attribution (a name, a title
// such as "the NATO chief", a role noun, a pronoun: the Document's mentions already say whom each stands
// for); for a nested quote the outer quote's speaker; for an unattributed quote whoever is speaking: the
// speaker of the quotes before in this paragraph (or a quote that runs on), else the subject of an
// introduction ending in a colon or of the sentence before, else the last speaker nearby.

import type { Mention, PersonEntity } from "../../people/mentions";
import type { Document } from "../document";
import type { FieldExplanation } from "../types";
import type { EveryField, StatementCandidate } from "./candidate";
import { introductionBefore } from "./quoteCandidates";
import { isSpace } from "../../text";

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
  return withoutEarlierCopies(doc, [...resolved, ...others].sort((a, b) => a.start - b.start));
}

/**
 * A passage printed twice (a teaser or a lede repeated above the body, a headline that repeats a body quote)
 * yields the same words of the same speaker twice: they count once, in the later copy, the body's.
 */
function withoutEarlierCopies(doc: Document, statements: AttributedStatement[]): AttributedStatement[] {
  const key = (s: AttributedStatement) => `${s.speaker?.name ?? ""}\u0000${doc.text.slice(s.start, s.end).replace(/\s+/g, " ").replace(/[“”"«»‘’']/g, '"')}`;
  // Two copies share the speaker and the number of characters that are not white space (the key keeps those, one
  // for one): only statements that share both with another are worth building the key of, which costs a copy each.
  const signatures = statements.map((s) => `${nonSpaceCount(doc.text, s.start, s.end)}\u0000${s.speaker?.name ?? ""}`);
  const seen = new Map<string, number>();
  for (const signature of signatures) seen.set(signature, (seen.get(signature) ?? 0) + 1);
  const keys = statements.map((s, i) => (seen.get(signatures[i])! > 1 ? key(s) : null));
  const last = new Map<string, AttributedStatement>();
  statements.forEach((s, i) => {
    if (keys[i] !== null) last.set(keys[i], s);
  });
  return statements.filter((s, i) => keys[i] === null || last.get(keys[i]) === s);
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
  if (last && (last.sentence.paragraph === sentence.paragraph || quote.continuation)) return continuing("speaker-continues");
  const introduction = introductionBefore(doc, quote.open, sentence);
  if (introduction) return withSpeaker(candidate, introduction.subject.entity, null, { ...named(doc, introduction.subject, "an earlier sentence"), rule: introduction.rule });
  return continuing("speaker-continues");
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
