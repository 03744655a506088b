// The clause subject of a stance cue (decision 0650): a cue is the speaker's stance only when its clause's subject is
// the speaker ("I", "we", the speaker's own side), an impersonal or inanimate subject ("it is a mistake", "talks are
// welcome"), or none that can be found. A subject whose head names someone else ("Moscow rejects …", "Example's
// administration had offered …", "Jane Example is working toward …") reports that actor's position.
//   The subject is the noun phrase just before the clause's first verb marker (an auxiliary, a verb of saying or of
//   attitude, else the cue itself), read back from the cue to the nearest word that opens a clause of its own; its head
//   is what is left before the first preposition. A passive ("is forced to"), a modal of demand ("Moscow must …", the
//   speaker's demand on Moscow) and an infinitive without a finite verb ("calls on Example to accept") leave the cue
//   the speaker's.
import { SIDES_AS_SUBJECT, COORDINATED_SUBJECTS, ENDORSING_BEFORE_THAT, FIRST_PERSON, INSTITUTION_WORDS, FLOATING_AFTER_SUBJECT, GOVERNMENT_NOUNS, HEAD_ENDERS, NOT_A_PERSON_NAME_START, SPEAKERS_DEMAND_MODALS, SUBJECT_CLAUSE_OPENERS, SUBJECT_VERB_MARKERS, THIRD_PARTY_PRONOUNS } from "../lexicon/classify.en";
import { allMatches, unicodeWhereNeeded } from "../matches";

const alternation = (words: string[]) => words.map((w) => `(?:${w})`).join("|");
const word = (words: string[]) => String.raw`(?:${alternation(words)})(?![\p{L}’'])`;
const NOT_AFTER_LETTER = String.raw`(?:^|(?<=[^\p{L}’']))`;

export interface CueVoice {
  /** Third-person pronouns are someone else (a quote in the first person), not the reported speaker. */
  pronounIsOther: boolean;
  otherPeople?: string[];
  speaker?: string | null;
  /** Named states or leaders that are someone else for this speaker (the Russian names, less the speaker's own side). */
  others: RegExp;
  /** The speaker's own side among them. */
  own: RegExp | null;
}

const OPENER = new RegExp(String.raw`${NOT_AFTER_LETTER}${word(SUBJECT_CLAUSE_OPENERS)}\s+(?=\S)`, "giu");
const CLAUSE_PUNCTUATION = /[;:—–()]|\s-\s|[.!?…]\s+(?=\p{Lu})/gu;
const COORDINATED = new RegExp(String.raw`${NOT_AFTER_LETTER}(?:${alternation(COORDINATED_SUBJECTS)})(?![\p{L}’'])`, "giu");
const ENDORSED = new RegExp(String.raw`${NOT_AFTER_LETTER}${word(ENDORSING_BEFORE_THAT)}\s+that\s+$`, "iu");
const VERB_MARKER = new RegExp(String.raw`${NOT_AFTER_LETTER}${word(SUBJECT_VERB_MARKERS)}`, "giu");
const DEMAND_MODAL = new RegExp(String.raw`${NOT_AFTER_LETTER}${word(SPEAKERS_DEMAND_MODALS)}`, "iu");
const DEMAND_BEFORE = new RegExp(String.raw`${NOT_AFTER_LETTER}${word(SPEAKERS_DEMAND_MODALS)}(?:\s+(?:not|also|first|\p{L}+ly))*\s*$`, "iu");
const PASSIVE = /^\s*(?:is|are|was|were|be|been|being|get|gets|got)\s+(?:\p{L}+ly\s+)?$/iu;
const PARTICIPLE = /^\p{L}+(?:ed|en|wn|ught)\b/iu;
const HEAD_END = new RegExp(String.raw`(?<=\s)${word(HEAD_ENDERS)}`, "iu");
const FLOATING_END = new RegExp(String.raw`(?:[\s,]+${word(FLOATING_AFTER_SUBJECT)})+$`, "iu");
const FIRST_PERSON_SUBJECT = new RegExp(String.raw`${NOT_AFTER_LETTER}${word(FIRST_PERSON)}`, "iu");
const THIRD_PERSON_END = new RegExp(String.raw`${NOT_AFTER_LETTER}${word(THIRD_PARTY_PRONOUNS)}$`, "iu");
const NAME_AT_END = /(?<![\p{L}’'])\p{Lu}[\p{Ll}’'-]+(?:\s+\p{Lu}[\p{Ll}’'-]+)*$/u;
const INSTITUTION = new RegExp(String.raw`^(?:${alternation(INSTITUTION_WORDS)})$`, "u");
const NOT_A_NAME = unicodeWhereNeeded(String.raw`^(?:${alternation(NOT_A_PERSON_NAME_START)})$`, "u");
const SIDES = new RegExp(String.raw`${NOT_AFTER_LETTER}(?:${alternation(SIDES_AS_SUBJECT)})$`, "iu");
/** "Example's plan", "Example's 'victory' plan for": a noun the named person owns, the cue inside it. */
const POSSESSOR_AT_END = /[’']s(?:\s+[\p{L}-]+)?$/u;
const GOVERNMENT_OF = new RegExp(String.raw`[’']s\s+${word(GOVERNMENT_NOUNS)}$`, "iu");

/** What may stand inside a chain of auxiliaries ("does not have", "has also said"). */
const CHAIN_GAP = /^(?:\s*(?:not|never|n[’']t|also|still|already|just|indeed|even|ever|yet|now|\p{L}+ly)\b)*\s*$/iu;

/** How far back from the cue the subject is looked for. */
const SUBJECT_REACH = 120;

/**
 * The head of the subject of the clause the cue at `cueAt` stands in ("President Jane Example", "Example's
 * administration", "a meeting"), or null when there is none (an infinitive, a passive, a modal of demand).
 */
export function subjectHeadBefore(sentence: string, cueAt: number): string | null {
  const before = sentence.slice(Math.max(0, cueAt - SUBJECT_REACH), cueAt);
  let from = 0;
  for (const m of allMatches(OPENER, before)) from = Math.max(from, m.index + m[0].length);
  for (const m of allMatches(CLAUSE_PUNCTUATION, before)) from = Math.max(from, m.index + m[0].length);
  // "… and it is impossible": the coordinator is cut off, the pronoun is the subject.
  for (const m of allMatches(COORDINATED, before)) if (m.index + m[0].length > from) from = m.index + m[0].search(/\S+$/u);
  if (ENDORSED.test(before.slice(0, from))) return null;
  const region = before.slice(from);
  // The nearest finite verb before the cue, and the words between it and the verb before that ("Example said the
  // republic is not ready": the republic); an auxiliary right after another ("will have to") keeps the subject before both.
  let phraseFrom = 0;
  let verb: RegExpExecArray | null = null;
  for (const m of allMatches(VERB_MARKER, region)) {
    const gap = verb ? !CHAIN_GAP.test(region.slice(verb.index + verb[0].length, m.index)) : true;
    if (verb && gap) phraseFrom = verb.index + verb[0].length;
    if (gap) verb = m;
  }
  const phrase = verb ? region.slice(phraseFrom, verb.index) : region;
  const chain = verb ? region.slice(verb.index) : "";
  const cue = sentence.slice(cueAt, cueAt + 40);
  if (DEMAND_MODAL.test(chain) || DEMAND_BEFORE.test(region) || DEMAND_MODAL.test(` ${cue}`.slice(0, 12))) return null;
  if (PASSIVE.test(verb ? chain : "") && PARTICIPLE.test(cue)) return null;
  // "… calls on Example to accept": the name is the object of another verb, whose subject holds the position.
  if (!verb && /\bto\s*$/iu.test(phrase)) return null;
  // "Example, special envoy for …, has proposed": an apposition before the verb; its subject is farther back.
  if (verb && /,\s*$/u.test(phrase)) return null;
  const cut = HEAD_END.exec(phrase);
  const head = (cut ? phrase.slice(0, cut.index) : phrase).trim().replace(/[,\s]+$/u, "").replace(FLOATING_END, "").trim();
  return head || null;
}

/** The actor a subject's head names when it is someone other than the speaker, or null (the speaker, or no actor). */
export function otherActorIn(head: string, voice: CueVoice): string | null {
  if (FIRST_PERSON_SUBJECT.test(head)) return null;
  // A third-person pronoun is someone else in a sentence in the first person only (in reported speech it is the speaker).
  if (THIRD_PERSON_END.test(head)) return voice.pronounIsOther ? head : null;
  if (SIDES.test(head)) return head;
  const owned = GOVERNMENT_OF.exec(head) ?? POSSESSOR_AT_END.exec(head);
  const actor = owned ? head.slice(0, owned.index) : head;
  if (voice.own && endsWith(actor, voice.own)) return null;
  if (endsWith(actor, voice.others)) return head;
  const name = NAME_AT_END.exec(actor);
  if (!name) return null;
  // Titles and nationality words before a name are not part of it ("President Jane Example").
  const words = name[0].split(/\s+/);
  while (words.length && NOT_A_NAME.test(words[0])) words.shift();
  const own = new Set((voice.speaker ?? "").split(/\s+/).filter(Boolean));
  if (!words.length || words.some((w) => own.has(w.replace(/[’']s$/u, "")) || INSTITUTION.test(w))) return null;
  // A person the article names for someone else, or a full name (two or more capitalised words).
  const known = (voice.otherPeople ?? []).some((n) => n && words.join(" ").endsWith(n));
  return known || words.length >= 2 ? head : null;
}

const endsWith = (text: string, pattern: RegExp) => allMatches(pattern, text).some((m) => m.index + m[0].length === text.length);

/** Someone else as the subject of the cue's clause: the subject's words, or null. */
export function othersCue(sentence: string, cueAt: number, evidence: string, voice: CueVoice): string | null {
  // "Example's plan must …", "Moscow should …": a modal of demand in the cue is the speaker's demand on the subject.
  if (DEMAND_MODAL.test(evidence)) return null;
  const head = subjectHeadBefore(sentence, cueAt);
  return head ? otherActorIn(head, voice) : null;
}
