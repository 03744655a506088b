// The vocabulary of reported speech: the verbs and phrases that introduce
// what someone said (the one list in ../lexicon/en), and the adverbs that may stand between subject and verb.

import { INFINITIVE_SPEECH_VERBS, ORDINAL_SUFFIX, NOUN_OBJECT_SPEECH_VERBS, QUOTE_VERBS, REFUSAL_SPEECH_VERBS, SPEECH_PARTICIPLES, SPEECH_VERBS } from "../lexicon/en";
import { ADVERBS_BEFORE_A_VERB, COLLEAGUES } from "../lexicon/frames.en";

export const SPEECH_VERB = `(?:${SPEECH_VERBS.join("|")})`;
/** A speech verb, or a verb that attributes only the quote beside it ("continued", "quipped"). */
export const QUOTE_VERB = `(?:${QUOTE_VERBS.join("|")})`;
/** "did not rule out …": a refusal that reports what the speaker kept open; its quote starts at the refusal. */
export const REFUSAL_VERB = `(?:${REFUSAL_SPEECH_VERBS.join("|")})`;
export const SPEECH_PARTICIPLE = `(?:${SPEECH_PARTICIPLES.join("|")})`;

/** Verbs whose object may be a noun phrase rather than a clause ("stressed the importance of …"). */
export const NOUN_OBJECT_VERBS = new RegExp(`^(?:${NOUN_OBJECT_SPEECH_VERBS.join("|")})`, "i");

/**
 * What may stand between a speaker and the verb; "X and other leaders pledged" is X's report too; an aside set off by
 * commas or by dashes ("X — who took office in May — said"), a party and state in brackets ("(R-Texas)") and an
 * institution after "of" ("Jane Doe of the Centre for Sample Studies said") are passed over.
 */
export const SUBJECT_GAP = new RegExp(String.raw`^\s*(?:\([^()]{1,40}\)\s*)?(?:of\s+(?:the\s+)?[A-Z][a-z]+(?:\s+(?:(?:for|of|on|and)\s+(?:the\s+)?)?[A-Z][a-z]+){0,5}\s+)?(?:and\s+(?:other|several|fellow|many|some)\s+(?:[A-Za-z-]+\s+){0,2}${COLLEAGUES}\s+)?(?:,\s*[^,]{1,150},\s*|[—–]\s*[^—–,.;\s][^—–,.;]{0,149}[—–]\s*|,\s*who\s+(?:(?:before|after|while|when|upon)\s+[a-z]+ing\b[^,.;"“”]{0,50}?\s+)?|,\s+)?(?:(?:during|in|at)\s+(?:a|an|his|her|the|their)\s+[^,.;\s][^,.;]{0,39}?\s+)?(?:(?:[a-z]+ed|said|met|spoke|held|gave|took|made|went|came|sent|left|shook|did\s+not\s+[a-z]+|didn[’']t\s+[a-z]+)\b(?:[^,.;]|,(?=[”"’])){0,100}?[”"’]?,?\s(?:and|but)\s+)?(?:(?:(?:has|have|had)(?:\s+since)?|was|is|also|still|long|further|later|earlier|again|then|now|even|first|however|already|once|meanwhile|himself|herself|themselves|on\s+(?:several|many|numerous|multiple|repeated)\s+occasions|on\s+(?:\w+\s+)?\d{1,2}${ORDINAL_SUFFIX}?|on\s+[A-Z][a-z]+|today|yesterday|last\s+[A-Z][a-z]+day|in\s+[A-Z][a-z]+|[a-z]{3,}ly)(?:\s*,)?\s+)*$`);

/** Verbs whose report may be an infinitive that keeps its "to" ("urged allies to …"). */
export const INFINITIVE_VERB = new RegExp(`^(?:${INFINITIVE_SPEECH_VERBS.join("|")})$`, "i");

export const ADVERBS = String.raw`(?:${ADVERBS_BEFORE_A_VERB}\s+)*`;

export const FIRST_PERSON = /\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|we|We|we're|we’re|We're|We’re|we've|we’ve|our|Our|us|my|My|me)\b/;

/** A clause has a finite verb within its first words, or a pronoun as its subject ("he expects …", "she's sure …"); used when no "that" introduces it. */
export const CLAUSE_START = /^(?:he|she|they|we|I|it)(?:[’'](?:[dms]|re|ll|ve))?\s+\p{L}|^(?:[\p{L}\d'’-]+(?:\.[\p{L}\d]+)*\.?,?\s+){0,7}?(?:is|are|was|were|will|would|can|could|should|must|has|have|had|did|does|do|need|needs|remains|wants|won[’']t|isn[’']t|aren[’']t|didn[’']t|doesn[’']t|don[’']t|wasn[’']t|cannot|can[’']t|may|might|shall|felt|thought|knew|saw|made|gave|took|came|went|kept|left|meant|put|stood|sent|won|lost|became|began|brought|built|held|led|paid|ran|spent|understood|got|faced|\p{L}+ed)\b/u;

// ---------------------------------------------------------------- reading a list's source, for faster patterns

/**
 * Where each group of a regex source closes: for the index of each "(", the index of its ")". Escapes and the
 * insides of character classes are skipped.
 */
function groupCloses(source: string): Map<number, number> {
  const closes = new Map<number, number>();
  const open: number[] = [];
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === "\\") i++;
    else if (ch === "[") {
      for (i++; i < source.length && source[i] !== "]"; i++) if (source[i] === "\\") i++;
    } else if (ch === "(") open.push(i);
    else if (ch === ")" && open.length) closes.set(open.pop()!, i);
  }
  return closes;
}

/** The top-level alternatives of a source (split at each "|" outside groups and classes). */
function alternativesOf(source: string): string[] {
  const closes = groupCloses(source);
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === "\\") i++;
    else if (ch === "[") {
      for (i++; i < source.length && source[i] !== "]"; i++) if (source[i] === "\\") i++;
    } else if (ch === "(") i = closes.get(i) ?? source.length;
    else if (ch === "|") {
      parts.push(source.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(source.slice(from));
  return parts;
}

const LOWER = /^[a-z]$/;
const QUANTIFIER = /^[?*+{]/;

/**
 * Whether every match of a regex source opens with a lower-case ASCII letter, read conservatively: each alternative
 * opens with a letter written out (not made optional), or with a non-capturing group whose alternatives all do.
 * Anything else (a class, an escape, a lookaround, an optional group) answers false.
 */
export function opensWithLowercase(source: string): boolean {
  return alternativesOf(source).every((alternative) => {
    if (alternative.startsWith("(?:")) {
      const close = groupCloses(alternative).get(0);
      if (close === undefined || /^(?:[?*]|\{0)/.test(alternative.slice(close + 1))) return false;
      return opensWithLowercase(alternative.slice(3, close));
    }
    return LOWER.test(alternative[0] ?? "") && !QUANTIFIER.test(alternative.slice(1));
  });
}

/**
 * Whether every match of a regex source closes on a lower-case ASCII letter, read conservatively: after any
 * lookaheads at its end, each alternative ends on a letter written out (or on "ts?", a letter and an optional
 * one), or on a non-capturing group whose alternatives all do. Anything else answers false.
 */
export function closesWithLowercase(source: string): boolean {
  return alternativesOf(source).every((alternative) => {
    let rest = alternative;
    for (;;) {
      if (!rest.endsWith(")")) break;
      const closes = groupCloses(rest);
      const open = [...closes].find(([, close]) => close === rest.length - 1)?.[0];
      if (open === undefined) return false;
      const group = rest.slice(open);
      if (group.startsWith("(?=") || group.startsWith("(?!")) {
        rest = rest.slice(0, open);
        continue;
      }
      return group.startsWith("(?:") && closesWithLowercase(group.slice(3, -1));
    }
    const last = rest.endsWith("?") ? rest.slice(0, -2) : rest;
    if (rest.endsWith("?") && !LOWER.test(rest.at(-2) ?? "")) return false;
    return LOWER.test(last.at(-1) ?? "") && last.at(-2) !== "\\";
  });
}
