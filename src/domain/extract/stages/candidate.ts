// What the finding stages hand on: a statement's words and how they were found, before anyone decides who
// said them. Shared by the quote and reported-speech stages and read by speaker resolution.

import type { Mention } from "../../people/mentions";
import type { Sentence, Span } from "../../text";
import type { QuoteSpan } from "../quotes";
import type { FieldExplanation, StatementKind } from "../types";
import { ADVERBS, SPEECH_VERB } from "../speech";
import { INTERVIEWER_WORDS } from "../../lexicon/en";

/** Who the text says spoke: a person named in the attribution, the speaker of the enclosing quote, or no one (the context decides). */
export type Attribution =
  | { by: "mention"; mention: Mention; source: string }
  | { by: "outer"; outer: StatementCandidate }
  | { by: "context" };

export interface StatementCandidate {
  start: number;
  end: number;
  kind: StatementKind;
  sentence: Sentence;
  /** The reporter's words that frame the statement in its sentence (attribution, question). */
  frame: Span[];
  /** For a clause joined to the one before ("…, adding that …"): that clause, whose topics carry over. */
  continues?: Span;
  quotedFragments: string[];
  /** The quotation marks of a direct quote. */
  quote?: QuoteSpan;
  /** The rule that found the statement and the words it rests on (the marks, the speech verb, the frame). */
  found: FieldExplanation;
  attribution: Attribution;
}

/**
 * Every field of T, the optional ones too (as possibly undefined). The stages copy a statement into the next
 * stage's type field by field, not with an object spread, which costs microseconds per object on the Node this
 * runs on (decision 0175); typing the copy with this makes a field added to T a compile error until it is copied.
 */
export type EveryField<T> = { [K in keyof Required<T>]: T[K] };

const RELATIVE_REACH = 3;
const RELATIVE_SPEAKER = new RegExp(String.raw`^,\s*who\s+(?:${ADVERBS})?${SPEECH_VERB}\b`);

/**
 * "During an interview with Example TV anchor Jane Example, …", "speaking to the Example Times' political editor John Sample": the
 * person after an outlet's interviewer word put the questions; the sentence's subject is someone after them.
 */
const INTERVIEWER_LEAD = new RegExp(String.raw`\b(?:with|to|by|from)\s+(?:the\s+)?(?:[A-Z][\p{L}'’.&-]*\s+){1,4}(?:\p{Ll}+\s+)?(?:${INTERVIEWER_WORDS.join("|")})\s+$`, "u");

/** The subject of an attribution that precedes a quote: skip people after "with", "to", "by", "from". */
export function subjectOf(candidates: Mention[], text: string, floor: number): Mention | null {
  // "… an intervention by Jane Example, who told a broadcaster: “…”": the person the relative clause makes speak.
  // Only the last few people are tried: a long sentence would otherwise be read once per attribution in it.
  const speaking = candidates.slice(-RELATIVE_REACH).find((m) => RELATIVE_SPEAKER.test(text.slice(m.end, m.end + 40)));
  if (speaking) return speaking;
  for (const m of candidates) {
    const lead = text.slice(Math.max(floor, m.start - 30), m.start);
    if (/\b(?:with|to|by|from|about|of|for|against|and)\s+(?:the\s+)?(?:[A-Z][\p{L}'’-]*\s+){0,4}$/u.test(lead) || INTERVIEWER_LEAD.test(lead)) continue;
    return m;
  }
  return candidates[0] ?? null;
}

/** An explanation resting on the text between two offsets. */
export function evidenceAt(text: string, rule: string, span: Span, source?: string): FieldExplanation {
  return { rule, ...(source ? { source } : {}), evidence: text.slice(span.start, span.end), span: { start: span.start, end: span.end } };
}
