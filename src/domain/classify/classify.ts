// Topics and stance of one statement, from its own words first and then its context, with the rule and the
// part of the context that decided each (decision 0090). The cues are data (src/domain/lexicon/classify.en.ts);
// this module composes them by scope: a cue bears on a topic term only inside the term's clause.
//   topics, nearest first: the quote and the reporter's frame → the question put to the speaker → the sentence
//   before (short answers that point back) → the clause a joined clause continues → the paragraph → the headline.
//   stance, per clause that names the topic, the first that applies: a condemning word → opposes; a condition
//   phrase, or a condition connective whose condition is not the term itself → conditional (so "not … until"
//   and "no … before" are conditional); a negation shortly before the term, or a negated predicate after it →
//   opposes; a predicate of commitment, backing or positive evaluation that governs the term → supports, or
//   conditional under a modal hedge or when the term is a deployment tied to a settlement (decision 0140).
//   A reported clause that decides nothing alone is read under the reporter's verb before it; a question decides
//   nothing. A refusal or wish whose subject is someone other than the speaker ("they reject talks") is that
//   person's position: no stance. Where the quote decides nothing, the reporter's frame decides (decision 0290; the
//   headline does not: it is about the story, not about each remark in it). Nothing decides → no stance: no prior
//   stands in for a cue (0290 measured per-topic and mood priors; they did not hold on the other half).
//   Negation and condition are composed by scope (decision 0180): a denied refusal ("cannot be excluded") keeps an
//   option open, a refusal or a doubt limited to the present ("not … for now") is conditional, a negation denies the
//   predicate it stands before, a demand on what a deal contains is conditional, a "whether" question is answered
//   by the clause after it, and a deployment spoken of as part of a settlement waits for it.
//   Descriptions are not positions (decision 0240): others' consensus or division, a role in talks, the manner of
//   talks, backing security guarantees and a settlement that only sets membership take no stance; a seat demanded
//   at the table, a refused form of force with another offered and a denied veto are conditional.
//   A decision rests on what its words govern (decision 0540): a predicate does not reach an aim past a connective of
//   purpose, nor back to a term past a subject of its own; a negated copula before a thing sorts it into a kind; a
//   condemned denial backs what is denied; a refused concession and red lines in talks are conditions on a deal; a
//   condemning word in a quote whose topic only its paragraph names decides nothing.
import {
  ATTITUDE_VERBS, CONDITION_CONNECTIVES, CONDITION_PHRASES, DEAL_CONTENT_VERBS, DEAL_NOUNS, DEMANDING, DENIED_IMPLICATION, DENIERS, DOUBT, ENDING_VERBS, MATERIEL, OPENNESS_CUES, FOR_NOW, REFUSALS, HEDGE_CUES, NEGATION_CUES, NOT_A_REFUSAL_AFTER, NO_ANSWERS,
  ALLIED_TERRITORY,
  COMBAT_VERBS,
  CONCESSION_TERMS, DENIAL_AFTER_CONDEMNING, REJECTING_VERBS, TIME_OF_AN_EVENT, VERBS_OF_KNOWING, QUESTION_IN_FRAME, ARRANGEMENT_NOUNS, ISSUE_NOUNS, CONSEQUENCE_VERBS, LIMIT_AFTER_BACKING, LIMITS_IN_TALKS, OBJECT_FORM_SUBJECTS, PURPOSE_CONNECTIVES, READINESS, WARRING_SIDES, SETTLEMENT_FRAMES, OTHER_CONFLICTS, OTHER_BARGAINS, LOSSES, BARE_NEGATIONS, CARRYING_OUT, CONTRACTED_NEGATION, NEGATED_PREDICATE_FORMS, NEGATING_PREFIXES, VERB_NEGATORS, COLLECTIVE_WILL, DENIED_DOUBT, GOAL_ONLY_TERMS, OCCASION_ADJUNCTS, SOURCE_NOUNS, SOURCE_RELATIONS, DIVIDED, MANNER, OTHER_FORMS_OF_FORCE, PARTICIPATION, NOT_A_PERSON_NAME_START, OTHERS_POSITION_VERBS, COMMITMENT_CUES, FIRST_PERSON, NEGATIVE_EVALUATION_CUES, OPPOSITION_CUES, OTHER_SUBJECTS, OTHER_UNIONS, SETTLEMENT_SETTINGS, OWN_SIDE_SUBJECTS, POINTING_WORDS, REQUIREMENT_AFTER_TERM, CLAUSE_SUBJECTS, NEED_VERBS, CONTRASTIVE_NEGATIONS, SUPPORT_CUES, TALKS_GOING_WELL, REQUIREMENT_NOUNS, AIM_OR_MEANS, GOOD_CONSEQUENCES, DENIED_ALTERNATIVE, ONLY_WAY, GUARANTEES_BEFORE_JOINING, PAST_VIEW_WORDS, REQUIREMENT_AFTER_BUT, BLOC_STATUS, OFFERING, PAST_ACT_DENIAL, PENALTIES, SETTLEMENT_DENIED, THIRD_PARTY_PRONOUNS, THIRD_PARTY_SUBJECTS, TOPIC_NAMES, TOPIC_TERMS, YES_ANSWERS, SUBJECT_IN_FRAME, HOSTING_TALKS, EARLY_STEP, BAD_CONSEQUENCES,
  BAD_CONSEQUENCE_ADVERBS, CONSEQUENCE_MODALS, DEMANDED_CONDITIONS, DEPENDING_WORDS, END_OF_WAR_WORDS, GOOD_CONSEQUENCE_ADVERBS, LIMITING_CONDITIONS, LIMITS_AFTER_BUT,
  AGENDA_WORDS, ALLIANCE_WORDS, OWN_SIDE_NOUNS, READINESS_NOUNS, STEP_NOUNS, TALKING_ABOUT, UNSCOPED_CONNECTIVES, WANTING, WANTING_CONDITION_OPENERS, WAR_WORDS,
} from "../lexicon/classify.en";
import { STANCE_TOPICS, type StanceFinding, type StanceTopic, type StanceValue, type Topic } from "../extract/types";
import { allMatches, skippingAbsentWords, unicodeWhereNeeded } from "../matches";
import { COUNTRIES } from "../people/gazetteer";
import { isSpace } from "../text";
import { cuePattern } from "./cuePatterns";

/** Where a decision came from, nearest first. */
export type ContextSource = "quote" | "lead" | "frame" | "question" | "previous" | "carried" | "paragraph" | "headline";

export interface StatementContext {
  /** The statement's own words. */
  quote: string;
  /** The reporter's words before it in its sentence, whose verb governs a reported clause ("… called for"). */
  lead?: string;
  /** The reporter's words around it in its sentence ("…, Rutte said in response to a question about troops"). */
  frame?: string;
  /** A question put to the speaker just before ("Asked whether …"). */
  question?: string;
  /** The interviewer's question an answer a paragraph or two later follows (a paragraph that ends in "?"). */
  answered?: string;
  /** The sentence before, for short answers that point back ("to do so"). */
  previous?: string;
  /** The clause a joined clause continues ("…, adding that …"): its topics carry over. */
  carried?: string;
  /** The whole paragraph around the quote. */
  paragraph?: string;
  /**
   * The paragraph's topics, when the caller works them out once per paragraph: read again for each of its
   * statements, a long paragraph would cost the square of its length (decision 0285).
   */
  paragraphTopics?: () => StanceTopic[];
  /** The article's headline. */
  headline?: string;
  /** The speaker's country (code): "Moscow wants …" from a Russian official is the speaker's own position. */
  speakerCountry?: string | null;
  /** Words in quotation marks, the speaker's own: "he wants …" there is someone else. */
  direct?: boolean;
  /** Names printed in the article for people other than the speaker: what they say or want is not the speaker's. */
  otherPeople?: string[];
  /** The speaker's name: a full name that shares none of its words is someone else. */
  speaker?: string | null;
}

export interface Decision {
  rule: string;
  source: ContextSource;
}

export interface Classification {
  topics: Topic[];
  stance: Partial<Record<StanceTopic, StanceFinding>>;
  /**
   * Which rule and which part of the context decided the topics and each stance. A stance topic with a
   * decision but no stance was judged and abstained from ("reported-other": someone else's position).
   */
  decidedBy: { topics: Decision; stance: Partial<Record<StanceTopic, Decision>> };
}

/**
 * Who speaks: the speaker's country (code), whose own side's wishes are the speaker's position (null when
 * unknown), and whether the words are the speaker's own, in quotation marks: there "he" is never the speaker.
 */
export interface Voice {
  country: string | null;
  direct: boolean;
  /** Names printed for people other than the speaker, and the speaker's own name. */
  otherPeople?: string[];
  speaker?: string | null;
}
const REPORTED_VOICE: Voice = { country: null, direct: false };

/** A verdict on one topic; value null is a deliberate abstention. */
type Verdict = { value: StanceValue | null; rule: string; evidence: string };

const alternation = (cues: string[]) => cues.map((c) => `(?:${c})`).join("|");
export const cue = cuePattern;
const TERM: Record<StanceTopic, RegExp> = Object.fromEntries(STANCE_TOPICS.map((t) => [t, cue(TOPIC_TERMS[t], "giu")])) as Record<StanceTopic, RegExp>;
/** The same without the global flag: whether a text names a topic stops at its first term. */
const ANY_TERM: Record<StanceTopic, RegExp> = Object.fromEntries(STANCE_TOPICS.map((t) => [t, cue(TOPIC_TERMS[t])])) as Record<StanceTopic, RegExp>;
/** A name that sets a topic but bears no stance (decision 0320); null where a topic has none. */
const NAME: Record<StanceTopic, RegExp | null> = Object.fromEntries(STANCE_TOPICS.map((t) => [t, TOPIC_NAMES[t].length ? cue(TOPIC_NAMES[t]) : null])) as Record<StanceTopic, RegExp | null>;
const CONNECTIVE = cue(CONDITION_CONNECTIVES, "giu");
/** The same without the global flag, for test(): a global regex would keep its lastIndex between calls. */
export const ANY_CONNECTIVE = cue(CONDITION_CONNECTIVES);
/** A refusal denied ("cannot be excluded", "refused to rule out"): an option kept open, composed from its two halves. */
const DENIED_REFUSAL = String.raw`(?:${alternation(DENIERS)})\s+(?:[\p{L}’']+\s+){0,3}?(?:${alternation(REFUSALS)})`;
export const CONDITION_PHRASE = cue([...CONDITION_PHRASES, DENIED_REFUSAL]);
/** Words of time after a refusal in its clause limit it to the present: "not … for now", "no … yet". */
export const FOR_NOW_AFTER = cue(FOR_NOW);
/** The early step refused: "not seeking immediate membership" (decision 0720). */
const EARLY_STEP_AFTER = cue(EARLY_STEP);
const CONDEMNING = cue([...OPPOSITION_CUES, ...NEGATIVE_EVALUATION_CUES, ...DOUBT], "giu");
const ENDED = skippingAbsentWords(String.raw`\b(?:${alternation(ENDING_VERBS)})(?:s|ed|ped|ping|ing)?\s+(?:(?:the|this|that|all|such)\s+)?$`, "iu");
export const DOUBT_CUE = cue(DOUBT);
/**
 * The first condemning word that is not what an ending verb governs ("stop the madness" wants it over) nor a point in
 * time ("since the outbreak of the open war" dates something; decision 0610).
 */
export const condemningWordIn = (text: string): RegExpExecArray | null =>
  allMatches(CONDEMNING, text).find(
    (m) => !ENDED.test(text.slice(0, m.index)) && !AS_A_TIME.test(text.slice(Math.max(0, m.index - AS_A_TIME_REACH), m.index)) && !(DOUBT_CUE.test(m[0]) && OF_KNOWING.test(text.slice(m.index + m[0].length))),
  ) ?? null;
/** Doubt over a verb of knowing: "impossible to predict", "not possible for us to say" (decision 0610). */
const OF_KNOWING = new RegExp(String.raw`^\s+(?:(?:for|by)\s+(?:\S+\s+){1,2}?)?to\s+(?:${alternation(VERBS_OF_KNOWING)})\b`, "iu");
/** A preposition of time and, between it and the event, a noun of its beginning: "since the onset of Russia’s …". */
const AS_A_TIME = skippingAbsentWords(
  String.raw`\b(?:${alternation(TIME_OF_AN_EVENT.prepositions)})\s+(?:(?:the|a|this|that)\s+)?(?:(?:very\s+)?(?:${alternation(TIME_OF_AN_EVENT.beginnings)})\s+of\s+(?:(?:the|this|that|its|their|Russia[’']s|Moscow[’']s)\s+)?)?$`,
  "iu",
);
/** How far back a point in time is read before a condemning word: its few words, not the whole text (decision 0515). */
const AS_A_TIME_REACH = 80;
export const SETTLEMENT_SETTING = cue(SETTLEMENT_SETTINGS);
const SETTLEMENT_SETTING_ALL = cue(SETTLEMENT_SETTINGS, "giu");
/** The speaker's side as the subject of a commitment: "we are ready to", "I will contribute". */
const OWN_COMMITMENT = new RegExp(String.raw`\b(?:we|I|my (?:${alternation(OWN_SIDE_NOUNS)})|our (?:${alternation(OWN_SIDE_NOUNS)}))\s+(?:[\p{L}’']+\s+){0,2}?(?:${alternation(COMMITMENT_CUES)})\b`, "iu");
/** Predicates for the term, and the term named as the aim or the means (decision 0570). */
const SUPPORT = cue([...SUPPORT_CUES, ...AIM_OR_MEANS], "giu");
/** The same predicates, with the words that judge how talks go: for the negotiations topic only (decision 0570). */
const SUPPORT_OF_TALKS = cue([...SUPPORT_CUES, ...AIM_OR_MEANS, ...TALKS_GOING_WELL, ...HOSTING_TALKS], "giu");
/** Whether the predicate found at `at` is one of the aim or the means, read where it stands (a means looks at the term after it). */
const AIM_OR_MEANS_AT = new RegExp(String.raw`^(?:${alternation(AIM_OR_MEANS)})`, "iu");
const isAimOrMeans = (clause: string, at: number, text: string) => AIM_OR_MEANS_AT.exec(clause.slice(at))?.[0].length === text.length;
/** What makes membership named in the clause of a settlement a term demanded of it (decision 0570). */
const MEMBERSHIP_DEMANDED_IN_TERMS = cue([...DEMANDING.filter((w) => !w.startsWith("want")), ...REQUIREMENT_AFTER_TERM, ...REQUIREMENT_NOUNS, "without"]);
/** An auxiliary of the past or the perfect just before the negation ("did not", "haven't"); a verb of will after it (decision 0570). */
const PAST_AUXILIARY_BEFORE = new RegExp(String.raw`\b(?:${alternation(PAST_ACT_DENIAL.auxiliaries)})(?:\s+not)?$`, "iu");
const VERB_OF_WILL_AFTER = new RegExp(String.raw`^\S+\s+(?:(?:yet|ever|even|so far)\s+)?(?:${alternation(PAST_ACT_DENIAL.verbsOfWill)})\b`, "iu");
const DENIED_IN_CONDITION = cue(SETTLEMENT_DENIED);
const PENALTY = cue(PENALTIES);
/**
 * A settlement denied inside a condition whose consequence is a penalty ("tariffs if no deal is reached", "sanctions if they
 * fail to agree a truce") is pressed for: supports (decision 0570). Else a term inside a condition takes no stance.
 */
function settlementPressed(sentence: string, conditionStart: number, conditionEnd: number): Verdict | null {
  const denied = DENIED_IN_CONDITION.exec(sentence.slice(conditionStart, conditionEnd));
  const penalty = denied ? PENALTY.exec(sentence.slice(0, conditionStart) + " " + sentence.slice(conditionEnd)) : null;
  return penalty ? verdict("supports", "settlement-pressed", `${penalty[0]} … ${denied![0]}`) : null;
}
const TALKS_JUDGED_GOOD = new RegExp(String.raw`^(?:${alternation(TALKS_GOING_WELL)})$`, "iu");
export const HEDGE = cue(HEDGE_CUES);
const OPENNESS = skippingAbsentWords(String.raw`^(?:${alternation(OPENNESS_CUES)})$`, "iu");
export const NEGATION = cue(NEGATION_CUES);
/** A bare negation opening the deciding words: it may deny anything, so the reporter's words decide nothing by it. */
const BARE_NEGATION = new RegExp(String.raw`^(?:${alternation(BARE_NEGATIONS)})\b`, "iu");
/** A negation at most six words before the term it governs, with no clause break between. */
const NEGATION_BEFORE = skippingAbsentWords(String.raw`\b(?:${alternation(NEGATION_CUES)})\b((?:[^\s.,;:!?]*\s+){0,6})$`, "iu");
/**
 * After a term, at most three words (not across "but", "and", "or") and a negated auxiliary: the term is the subject
 * of a refusal. A negated copula refuses only before a verb form ("are not welcome", "is not going to"): before a
 * noun it sorts the term into a kind ("a pause is not a settlement").
 */
const NEGATED_PREDICATE = negatedPredicatePattern(NEGATED_PREDICATE_FORMS);
function negatedPredicatePattern({ auxiliaries, negations, contracted, copulas, verbFormsAfterCopula, coordinators }: typeof NEGATED_PREDICATE_FORMS): RegExp {
  const words = String.raw`(?:(?!(?:${alternation(coordinators)})\s)[^\s.,;:!?]+\s+){0,3}?`;
  const negatedCopula = String.raw`(?:${alternation(copulas)})\s*(?:${alternation(negations)})(?=\s+(?:${alternation(verbFormsAfterCopula)})\b)`;
  return new RegExp(String.raw`^\s*${words}(?:(?:${alternation(auxiliaries)})\s*(?:${alternation(negations)})|${alternation(contracted)}|${negatedCopula})\b`, "iu");
}
const NOT_A_REFUSAL = skippingAbsentWords(String.raw`^(?:${alternation(NOT_A_REFUSAL_AFTER)})\b`, "iu");
/** Someone other than the speaker wanting or refusing: "they reject …", "he does not want …". */
const attitudeOf = (subjects: string[]) => skippingAbsentWords(String.raw`\b(?:${alternation(subjects)})\s+(?:[\p{L}’']+\s+){0,3}?(?:${alternation(ATTITUDE_VERBS)})\b`, "iu");
const REPORTED_ATTITUDE = attitudeOf(THIRD_PARTY_SUBJECTS);
/** Per speaker's country, the subjects that are someone else for that speaker (their own side left out). */
const REPORTED_ATTITUDE_FOR = new Map(
  Object.entries(OWN_SIDE_SUBJECTS).map(([country, own]) => [country, attitudeOf(THIRD_PARTY_SUBJECTS.filter((s) => !own.includes(s)))]),
);
export const reportedAttitude = (country: string | null) => (country && REPORTED_ATTITUDE_FOR.get(country)) || REPORTED_ATTITUDE;
export const PRONOUN_ATTITUDE = attitudeOf(THIRD_PARTY_PRONOUNS);
export const FIRST_PERSON_WORD = skippingAbsentWords(String.raw`\b(?:${alternation(FIRST_PERSON)})\b`, "iu");
const YES = skippingAbsentWords(String.raw`^\W*(?:${alternation(YES_ANSWERS)})\b`, "iu");
const NO = skippingAbsentWords(String.raw`^\W*(?:${alternation(NO_ANSWERS)})\b`, "iu");
/** Where a clause ends: a semicolon, colon or dash, or a comma before a new coordinated clause. */
const CLAUSE_BREAK = skippingAbsentWords(String.raw`[;:—–]|\s-\s|,\s*(?=(?:but|and|while|whereas|yet|although|though)\b)|\s(?=(?:but|whereas|although)\s)`, "giu");
const ANAPHORIC = /\b(?:do so|doing so|that|this|it|them|there|such)\b/i;
export const POINTING = cue(POINTING_WORDS);
const OTHER_SUBJECT = cue(OTHER_SUBJECTS);
/**
 * Whether a quote that names none of the three topics has a subject of its own: arms, aid or money, or troops bound
 * for allied territory (the alliance's own defence). It is then `other`, whatever its context names.
 */
export const namesOtherSubject = (quote: string) => OTHER_SUBJECT.test(quote) || termsIn(unquoted(quote), "troops").some((m) => sentElsewhere(unquoted(quote), m));
/** A requirement with the term as its subject: the term, at most three words, then the modal. */
/**
 * The words between may not hold a subject of their own ("the guarantees it needs to …", "the troops we must …"):
 * the modal is then a relative clause's, with the term as its object, not a requirement on the term (decision 0345).
 */
const REQUIREMENT = skippingAbsentWords(
  String.raw`^\s*(?:(?!(?:${alternation(CLAUSE_SUBJECTS)})\s)[^\s.,;:!?]+\s+){0,3}?(?:${alternation(REQUIREMENT_AFTER_TERM)})\s+(?!(?:${alternation(CARRYING_OUT)})\b)`,
  "iu",
);
/**
 * A demand on what a deal contains: a deal noun as the subject of a content verb, under a modal of requirement
 * ("any agreement must include …") or a demanding word and "that" ("it is vital that the deal brings …").
 */
const DEAL_SUBJECT = String.raw`(?:${alternation(DEAL_NOUNS)})\s+(?:[\p{L}’'-]+\s+){0,2}?`;
export const DEAL_DEMAND = skippingAbsentWords(
  String.raw`\b(?:${DEAL_SUBJECT}(?:${alternation(REQUIREMENT_AFTER_TERM)})\s+(?:${alternation(DEAL_CONTENT_VERBS)})|(?:${alternation(DEMANDING)})\s+that\s+(?:[\p{L}’'-]+\s+){0,2}?${DEAL_SUBJECT}(?:${alternation(DEAL_CONTENT_VERBS)}))\b`,
  "iu",
);
const NOT_ASSERTED = cue(DENIED_IMPLICATION);
/** A negation at most three words before a predicate of support denies the predicate: "not … a serious commitment to". */
/** So does a contrast that sets the predicate aside: "instead of being ready for talks", "rather than seeking a truce" (decision 0345). */
const NEGATION_BEFORE_PREDICATE = skippingAbsentWords(String.raw`\b(?:${alternation([...NEGATION_CUES, ...CONTRASTIVE_NEGATIONS])})\s+(?:[^\s.,;:!?]+\s+){0,3}$`, "iu");
/** A negation between a predicate and the term: the predicate governs the negated verb, not the term. */
const NEGATION_BETWEEN = new RegExp(String.raw`\b(?:${alternation(VERB_NEGATORS)})\b|${CONTRACTED_NEGATION}\b`, "iu");
/** How far a predicate governs: at most twelve words before the term, or about four words after it (its subject). */
const SUPPORT_WORDS_BEFORE = 12;
const SUPPORT_AFTER = 30;
/** A term in an adjunct of time or circumstance ("even during any talks") is not what the predicate governs. */
const ADJUNCT_BEFORE_TERM = skippingAbsentWords(String.raw`\b(?:during|amid|amidst|despite|throughout|ahead of|regardless of)\s+(?:\S+\s+){0,2}$`, "iu");
/** Words that open a new clause of their own between a predicate and a term: the predicate does not reach past them. */
// … or a contrast that sets the term aside: "on the side of X instead of Y" is not for Y (decision 0655).
const SUBORDINATOR = skippingAbsentWords(String.raw`\b(?:because|which|who|whom|whose|where|whereas|although|though|than|since|instead\s+of|in\s+place\s+of)\b`, "iu");
/** A connective of purpose between a predicate and a term: the predicate governs the means, the term is the aim (decision 0540). */
const PURPOSE = skippingAbsentWords(String.raw`\b(?:${alternation(PURPOSE_CONNECTIVES)})\b`, "iu");
/** A verb of consequence between a term and a predicate after it: the predicate is what the term brings (decision 0610). */
const CONSEQUENCE = skippingAbsentWords(String.raw`\b(?:${alternation(CONSEQUENCE_VERBS)})\b`, "iu");
/** A subject of its own between a term and a predicate after it: the predicate is that subject's (decision 0540). */
const OWN_SUBJECT = new RegExp(
  String.raw`\b(?:${alternation(CLAUSE_SUBJECTS.filter((w) => !OBJECT_FORM_SUBJECTS.includes(w)))})\b|\b(?:${alternation(OBJECT_FORM_SUBJECTS)})\s+\p{L}+(?:s|ed)\b`,
  "u",
);

// ---------------------------------------------------------------- each text read once per document

/** What has been found in one text: its topics, and the terms of each topic in it. */
interface TextReading {
  topics?: StanceTopic[];
  terms?: Partial<Record<StanceTopic, RegExpExecArray[]>>;
}

/**
 * The texts a document's statements are read with repeat (the same quote, frame, paragraph or clause for several
 * statements and rules: a third of the calls): while a document is classified (`readingEachTextOnce`), the topics
 * and the terms in each text are found once. Outside it nothing is kept, and nothing from one article is kept for
 * the next (decision 0365). Within it only the texts of the last statements are kept (decision 0515): the repeats are
 * a statement's own parts and its neighbours', while readings kept for the whole of a long article stayed live across
 * its classification, and the garbage collector copied and marked them again and again.
 */
let readings: Map<string, TextReading> | null = null;
/** The readings kept before `readings` was started afresh: a text read again from there moves back (the headline). */
let olderReadings: Map<string, TextReading> | null = null;
/** How many texts `readings` takes before it becomes `olderReadings`: the parts of a few dozen statements. */
const TEXTS_KEPT = 256;

export function readingEachTextOnce<T>(classify: () => T): T {
  const outer = readings;
  const outerOlder = olderReadings;
  readings = new Map();
  olderReadings = new Map();
  try {
    return classify();
  } finally {
    readings = outer;
    olderReadings = outerOlder;
  }
}

function readingOf(text: string): TextReading | null {
  if (!readings) return null;
  let reading = readings.get(text);
  if (reading) return reading;
  reading = olderReadings!.get(text) ?? {};
  if (readings.size >= TEXTS_KEPT) {
    olderReadings = readings;
    readings = new Map();
  }
  readings.set(text, reading);
  return reading;
}

export function termsIn(text: string, topic: StanceTopic): RegExpExecArray[] {
  const reading = readingOf(text);
  if (!reading) return allMatches(TERM[topic], text);
  reading.terms ??= {};
  return (reading.terms[topic] ??= allMatches(TERM[topic], text));
}

function namesTopic(text: string, topic: StanceTopic): boolean {
  return ANY_TERM[topic].test(text);
}

export function topicsOf(text: string | undefined): StanceTopic[] {
  if (!text) return [];
  const reading = readingOf(text);
  if (!reading) return topicsNamedIn(text);
  reading.topics ??= topicsNamedIn(text);
  return reading.topics.slice();
}

function topicsNamedIn(text: string): StanceTopic[] {
  const plain = unquoted(text);
  // Where a term may name something else, its terms are read at once (and kept for the stance rules) instead of a test first.
  const named = STANCE_TOPICS.filter((t) => (TERM_ELSEWHERE[t] ? termsIn(plain, t).some((m) => !TERM_ELSEWHERE[t]!(plain, m)) : namesTopic(plain, t)) || NAME[t]?.test(plain));
  // Security guarantees spoken of with membership are guarantees instead of or before it: membership (the spec).
  if (named.includes("membership") && named.includes("negotiations") && !NAME.negotiations?.test(plain) && termsIn(plain, "negotiations").every((m) => GUARANTEE_ONLY.test(m[0])))
    return named.filter((t) => t !== "negotiations");
  return named;
}
const GUARANTEE_ONLY = /^security guarantees?$/iu;
/** The preposition of a frame and at most two words before a settlement term: "under any ceasefire", "in the event of a truce". */
const SETTLEMENT_FRAME_BEFORE = new RegExp(String.raw`\b(?:${alternation(SETTLEMENT_FRAMES)})\s+(?:[\p{L}-]+\s+){0,2}?(?:post-)?$`, "iu");
/** Whether every settlement term of a text stands in a frame ("troops deployed under a peace accord"), and no name of talks does. */
function settlementOnlyFrames(text: string): boolean {
  const terms = termsIn(text, "negotiations");
  return terms.length > 0 && !NAME.negotiations?.test(text) && terms.every((m) => SETTLEMENT_FRAME_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index)));
}
/** Troops bound for allied territory, within a few words after the term: the alliance's own defence, not the topic. */
const ALLIED_DESTINATION = new RegExp(String.raw`^(?:\s+[^\s.,;:!?]+){0,4}?\s+(?:to|in|into|on|across|throughout)\s+(?:${alternation(ALLIED_TERRITORY)})\b`, "u");
/** A deploying verb whose object is materiel ("deploying missiles"): weapons, not troops. */
const MATERIEL_AFTER = skippingAbsentWords(String.raw`^\s+(?:[\p{L}-]+\s+){0,2}?(?:${alternation(MATERIEL)})\b`, "iu");
const sentElsewhere = (text: string, term: RegExpExecArray) => {
  const after = text.slice(term.index + term[0].length);
  return ALLIED_DESTINATION.test(after) || (/^deploy/iu.test(term[0]) && MATERIEL_AFTER.test(after));
};
/**
 * A membership term of another union: the union just before it ("EU membership", "the EU's accession talks") or as
 * the object just after it ("membership of the European Union"), with the alliance not named beside it ("joining
 * both the EU and the alliance" is still the alliance's). A term of joining with no owner of its own ("accession",
 * "membership", "bid to join") in a sentence that names another union and not the alliance is that union's too ("the
 * candidate may have to wait for an accession year, the European Union's ministers said", decision 0620).
 */
const ofOtherUnion = (text: string, term: RegExpExecArray) => {
  const before = text.slice(Math.max(0, term.index - 40), term.index);
  const after = text.slice(term.index + term[0].length, term.index + term[0].length + 60);
  if (UNION_BEFORE.test(before) || UNION_AFTER.test(after)) return !ALLIANCE_BESIDE.test(after);
  if (!OWN_ACCESSION.test(term[0])) return false;
  const sentence = sentenceAround(text, term.index, term.index + term[0].length);
  return UNION_NAMED.test(sentence) && !ALLIANCE_NAMED.test(sentence);
};
/** The words around a span up to the nearest sentence or clause end on either side, at most `SENTENCE_REACH` characters each way. */
function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && start - from < SENTENCE_REACH && !SENTENCE_ENDS.includes(text[from - 1])) from--;
  let to = end;
  while (to < text.length && to - end < SENTENCE_REACH && !SENTENCE_ENDS.includes(text[to])) to++;
  return text.slice(from, to);
}
const SENTENCE_REACH = 300;
const SENTENCE_ENDS = ".;!?";
/** The alliance by its names, beside another union's (read with and without regard to case below). */
const ALLIANCE_NAMES = "NATO|the alliance|North Atlantic";
const UNION_NAMED = new RegExp(String.raw`(?:^|[^\p{L}])(?:${alternation(OTHER_UNIONS)})(?![\p{L}])`, "u");
const ALLIANCE_NAMED = new RegExp(String.raw`\b(?:${ALLIANCE_NAMES})\b`, "iu");
/**
 * A membership term owned by a country other than Ukraine, just before it ("Finland's membership", "the Swedish
 * accession", "Norway's bid to join"): that country's own accession, not Ukraine's (the spec; decision 0585).
 */
const ofOtherCountry = (text: string, term: RegExpExecArray) =>
  OWN_ACCESSION.test(term[0]) && OTHER_COUNTRY_OWNER.test(text.slice(Math.max(0, term.index - 60), term.index));
/** The terms that name a country's own accession (not a veto or an invitation, which may bear on Ukraine's). */
const OWN_ACCESSION = /^(?:membership|accession|\p{L}+ to join)$/iu;
const OTHER_COUNTRY_OWNER = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:${alternation(COUNTRIES.filter((c) => c.code !== "ua").flatMap((c) => [c.name, ...c.otherNames, ...c.adjectives]))})(?:[’']s)?\s+(?:(?:${alternation(ALLIANCE_WORDS)})\s+)?$`,
  "u",
);
const UNION_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:${alternation(OTHER_UNIONS)})(?:[’']s)?\s+(?:[\p{L}-]+\s+)?$`, "u");
const UNION_AFTER = new RegExp(String.raw`^\s+(?:[\p{L}-]+\s+)?(?:of|in|to|into|with|for)\s+(?:${alternation(OTHER_UNIONS)})(?![\p{L}])`, "u");
const ALLIANCE_BESIDE = new RegExp(String.raw`^[^.;]{0,40}?\b(?:${ALLIANCE_NAMES})\b`, "u");
/** Terms of a topic that may name something else: troops sent to allied soil, membership of another union. */
/**
 * A troops term owned by a warring side ("Russia's troop mobilization", "Ukrainian soldiers could …"): that side's own
 * army, not a force sent to Ukraine, unless a verb of fighting or helping takes it as its object: the enemy faced
 * ("our pilots would never fight Russian troops") or the side helped ("whoever strikes Ukrainian brigades") (decision 0520).
 */
const ofWarringSide = (text: string, term: RegExpExecArray) => {
  const before = text.slice(Math.max(0, term.index - 60), term.index);
  const owner = WARRING_OWNER.exec(before) ?? warringSideOfPronoun(text, term.index, before);
  return owner !== null && !COMBAT_BEFORE.test(before.slice(0, owner.index + 1));
};
const WARRING_OWNER = new RegExp(String.raw`(?:^|[^\p{L}])(?:${alternation(WARRING_SIDES)})(?:[’']s)?\s+(?:[\p{L}-]+\s+)?$`, "u");
/**
 * "the Russians rotated their troops along the canal": a possessive pronoun just before the term (in `before`, the
 * words just before it) whose antecedent, the subject earlier in its clause, is a warring side (decision 0535).
 */
function warringSideOfPronoun(text: string, termIndex: number, before: string): RegExpExecArray | null {
  const pronoun = POSSESSIVE_BEFORE.exec(before);
  if (!pronoun) return null;
  const pronounAt = termIndex - before.length + pronoun.index;
  const clause = text.slice(Math.max(0, termIndex - 100), pronounAt).split(/[.;:!?]|,\s*(?:but|and|while)\b/u).at(-1)!;
  return WARRING_SUBJECT.test(clause) ? pronoun : null;
}
const POSSESSIVE_BEFORE = /(?:^|\P{L})(?:their|its)\s+(?:own\s+)?(?:[\p{L}-]+\s+)?$/u;
const WARRING_SUBJECT = new RegExp(String.raw`(?:^|[^\p{L}])(?:the\s+)?(?:${alternation([...WARRING_SIDES, "Russians", "Ukrainians"])})\b(?![’']s)`, "u");
const COMBAT_BEFORE = new RegExp(String.raw`\b(?:${alternation(COMBAT_VERBS)})\s+(?:\S+\s+)?$`, "iu");
/** A settlement term of another war: its name at most two words before ("the Israeli-Palestinian peace process") (decision 0520). */
// … or just after, as where it holds ("the ceasefire in Gaza", decision 0725).
const ofOtherConflict = (text: string, term: RegExpExecArray) =>
  OTHER_CONFLICT_BEFORE.test(text.slice(Math.max(0, term.index - 50), term.index)) || OTHER_CONFLICT_AFTER.test(text.slice(term.index + term[0].length, term.index + term[0].length + 50));
const OTHER_CONFLICT_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:${alternation(OTHER_CONFLICTS)})(?:[’']s)?\s+(?:[\p{L}-]+\s+){0,1}$`, "u");
const OTHER_CONFLICT_AFTER = new RegExp(String.raw`^\s+(?:in|on|for|over)\s+(?:the\s+)?(?:${alternation(OTHER_CONFLICTS)})(?![\p{L}])`, "u");
/**
 * Talks of another bargain (decision 0725): its subject just before the term ("trade negotiations") or the object of
 * a preposition just after it ("talks with the IMF", "negotiations on next year's budget").
 */
const ofOtherBargain = (text: string, term: RegExpExecArray) =>
  BARGAIN_BEFORE.test(text.slice(Math.max(0, term.index - 30), term.index)) || BARGAIN_AFTER.test(text.slice(term.index + term[0].length, term.index + term[0].length + 70));
const BARGAIN_BEFORE = new RegExp(String.raw`\b(?:${alternation(OTHER_BARGAINS)})[\s-]+$`, "iu");
const BARGAIN_AFTER = new RegExp(String.raw`^\s+(?:with|on|over|about|for)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|next\s+year[’']s\s+|this\s+year[’']s\s+)?(?:[\p{L}-]+\s+)?(?:${alternation(OTHER_BARGAINS)})\b`, "iu");
/** Troops counted as the war's losses: "lost thousands of soldiers", "soldiers were captured" (decision 0725). */
const asLosses = (text: string, term: RegExpExecArray) =>
  LOSS_BEFORE.test(text.slice(Math.max(0, term.index - 60), term.index)) || LOSS_AFTER.test(text.slice(term.index + term[0].length, term.index + term[0].length + 40));
const LOSS_BEFORE = new RegExp(String.raw`\b(?:${alternation(LOSSES.before)})\s+(?:[\p{L}\d,’'-]+\s+){0,3}$`, "iu");
const LOSS_AFTER = new RegExp(String.raw`^\s+(?:${alternation(LOSSES.after)})\b`, "iu");
const TERM_ELSEWHERE: Partial<Record<StanceTopic, (text: string, term: RegExpExecArray) => boolean>> = {
  troops: (text, term) => sentElsewhere(text, term) || ofWarringSide(text, term) || asLosses(text, term),
  negotiations: (text, term) => ofOtherConflict(text, term) || ofOtherBargain(text, term),
  membership: (text, term) => ofOtherUnion(text, term) || ofOtherCountry(text, term),
};

/**
 * The sentences of a text, split where a sentence-ending mark is followed by a capital or an opening mark:
 * `text.split(/(?<=[.!?…])\s+(?=[“"‘'(\p{Lu}])/u).filter(Boolean)`, read from each mark instead of trying the
 * lookbehind at every character (decision 0365). A split takes a whole run of white space after the mark.
 */
export function sentencesOf(text: string): string[] {
  const sentences: string[] = [];
  let from = 0;
  for (let i = 1; i < text.length; i++) {
    if (!isSentenceEnd(text.charCodeAt(i - 1)) || !isSpace(text.charCodeAt(i))) continue;
    let end = i + 1;
    while (end < text.length && isSpace(text.charCodeAt(end))) end++;
    SENTENCE_OPENER.lastIndex = end;
    if (SENTENCE_OPENER.test(text)) {
      if (i > from) sentences.push(text.slice(from, i));
      from = end;
    }
    i = end - 1;
  }
  if (text.length > from) sentences.push(text.slice(from));
  return sentences;
}
/** ".", "!", "?" or "…". */
const isSentenceEnd = (code: number) => code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026;
const SENTENCE_OPENER = /[“"‘'(\p{Lu}]/uy;

/** A question asks; it takes no position ("Will the allies send troops?"). */
export const isQuestion = (sentence: string) => /\?\W*$/u.test(sentence);

export const unquoted = (text: string) => text.replace(/[“”"«»„]/g, "");

/** The stance a text takes on a topic, judged term by term in its clause; the first verdict decides. */
export function stanceIn(text: string, topic: StanceTopic, voice: Voice = REPORTED_VOICE): (StanceFinding & { rule: string }) | null {
  const verdict = verdictIn(text, topic, voice);
  return verdict?.value ? { value: verdict.value, rule: verdict.rule, evidence: verdict.evidence } : null;
}

function verdictIn(text: string, topic: StanceTopic, voice: Voice): Verdict | null {
  for (const sentence of sentencesOf(unquoted(text))) {
    if (isQuestion(sentence)) continue;
    let breaks: number[] | undefined;
    for (const term of termsIn(sentence, topic)) {
      breaks ??= clauseBreaks(sentence);
      const verdict = judgeTerm(sentence, breaks, term.index!, term.index! + term[0].length, voice, topic);
      if (verdict) return verdict;
    }
  }
  return topic === "membership" ? (blocStatusIn(text, voice) ?? allianceAlternativeDenied(text, voice)) : null;
}

/**
 * A denied alternative and "to"/"for", a few words allowed between (decision 0700): "no alternative to", "not seeking a substitute for";
 * or "than", "except": "no other way than negotiations", "no other option except negotiations" (decision 0720; "but" opens a clause of its own there).
 */
const ALTERNATIVE_DENIED_TO = String.raw`\b(?:${alternation(DENIED_ALTERNATIVE.negations)})\s+(?:[\p{L}’']+\s+){0,3}?(?:(?:a|an|any)\s+)?(?:${alternation(DENIED_ALTERNATIVE.alternatives)})\s+(?:to|for|than|except)\s+`;
/** "we look for no substitute for the alliance": the alliance named only as what has no alternative backs joining it (decision 0700). */
const ALLIANCE_ALTERNATIVE_DENIED = skippingAbsentWords(String.raw`${ALTERNATIVE_DENIED_TO}(?:NATO|the (?:North Atlantic )?alliance)\b`, "iu");
function allianceAlternativeDenied(text: string, voice: Voice): Verdict | null {
  for (const sentence of sentencesOf(unquoted(text))) {
    const denied = isQuestion(sentence) ? null : ALLIANCE_ALTERNATIVE_DENIED.exec(sentence);
    if (denied) return othersOr(sentence, verdict("supports", "denied-alternative", denied[0]), sentence, voice);
  }
  return null;
}

const BLOC_STATUS_TERM = cue(BLOC_STATUS, "giu");
const OFFERED = new RegExp(String.raw`^(?:${alternation(OFFERING)})\b`, "iu");
const OTHER_SIDE: Record<StanceValue, StanceValue> = { supports: "opposes", opposes: "supports", conditional: "conditional" };
/**
 * A status outside every bloc is the other side of joining (decision 0400): where a text names no term of joining, a
 * verdict on the status is the reverse one on membership ("demands a neutral status" refuses joining, "neutrality makes
 * no sense" backs it), and the status offered ("willing to assume a neutral status") is a concession: conditional (decision 0655).
 */
function blocStatusIn(text: string, voice: Voice): Verdict | null {
  for (const sentence of sentencesOf(unquoted(text))) {
    if (isQuestion(sentence)) continue;
    for (const status of allMatches(BLOC_STATUS_TERM, sentence)) {
      const found = judgeTerm(sentence, clauseBreaks(sentence), status.index, status.index + status[0].length, voice, "membership");
      if (!found?.value) continue;
      const offered = found.value === "supports" && OFFERED.test(found.evidence);
      return verdict(offered ? "conditional" : OTHER_SIDE[found.value], offered ? "bloc-status-offered" : "bloc-status", `${found.evidence} … ${status[0]}`);
    }
  }
  return null;
}

/** Where the clauses of a sentence end: read once for all the terms in it. */
function clauseBreaks(sentence: string): number[] {
  return allMatches(CLAUSE_BREAK, sentence).map((m) => m.index);
}

/** At most one word between the term and the dash that opens the aside: the aside is about the term. */
const JUST_AFTER_TERM = /^\s*(?:[^\s—–]+\s*)?$/u;
/** An aside between a pair of dashes, a few words long: "— the first of five steps —". */
const DASHED_ASIDE = /\s[—–]\s?(?:[^—–.;:!?\s]+\s+){1,12}?[^—–.;:!?\s]*\s?[—–](?=\s)/u;
/**
 * The clause around [start, end), with a short "but"-clause after it that adds a limit ("…, but not now"). An aside between a
 * pair of dashes just after the term (a word at most between) does not end its clause: the predicate after it is the term's (decision 0720).
 */
function clauseAround(sentence: string, breaks: number[], start: number, end: number): { from: number; to: number } {
  const from = Math.max(0, ...breaks.filter((b) => b < start).map((b) => b + 1));
  let after = breaks.filter((b) => b >= end);
  const aside = after.length >= 2 && JUST_AFTER_TERM.test(sentence.slice(end, after[0])) && DASH_BEFORE.test(sentence.slice(after[0])) && DASH_BEFORE.test(sentence.slice(after[1])) ? DASHED_ASIDE.exec(sentence.slice(after[0] - 1, after[1] + 3)) : null;
  if (aside && !topicsOf(aside[0]).length) after = after.slice(2);
  let to = after[0] ?? sentence.length;
  const next = sentence.slice(to, after[1] ?? sentence.length);
  if (addsLimit(next)) to = after[1] ?? sentence.length;
  return { from, to };
}

const DASH_BEFORE = /^\s*(?:[—–]|-\s)/u;
/** "…, but only when …": a limit that binds whatever the clause before it names. */
const BUT_ONLY_WHEN = new RegExp(String.raw`^[,\s]*but\s+only\s+(?:${alternation(LIMITING_CONDITIONS)})\b`, "i");
/** "…, but not …", "…, but only …": a short addition after "but" that limits the clause before it. */
const SHORT_LIMIT_AFTER_BUT = new RegExp(String.raw`^[,\s]*but\s+(?:${alternation(LIMITS_AFTER_BUT)})\b`, "i");
/** A "but"-clause that names no topic and limits what came before: "but not now", "but only in peacetime". */
function addsLimit(clause: string): boolean {
  if (BUT_ONLY_WHEN.test(clause)) return true; // "…, but only when …" limits whatever it names
  // "… send a force – ready to go once a truce is agreed": a dash that adds a time or a condition limits the clause before it (decision 0605)
  if (DASH_BEFORE.test(clause) && allMatches(CONNECTIVE, clause).some((c) => !TOPICALISING_IF.test(clause.slice(c.index)))) return true;
  if (!/^[,\s]*but\b/i.test(clause) || topicsOf(clause).length) return false;
  return SHORT_LIMIT_AFTER_BUT.test(clause) || clause.trim().split(/\s+/).length <= 7 || CONDITION_PHRASE.test(clause) || ANY_CONNECTIVE.test(clause);
}

const verdict = (value: StanceValue | null, rule: string, evidence: string): Verdict => ({ value, rule, evidence: evidence.trim() });

/** How the words in a topic term's clause bear on it. */
function judgeTerm(sentence: string, breaks: number[], start: number, end: number, voice: Voice, topic: StanceTopic): Verdict | null {
  const { from, to } = clauseAround(sentence, breaks, start, end);
  const clause = sentence.slice(from, to);
  const at = start - from;
  const termEnd = end - from;
  // "Allies are divided over …", "there are different views on …": the speaker describes where others stand (decision 0240).
  const divided = OTHERS_DIVIDED.exec(sentence);
  if (divided) return verdict(null, "others-divided", divided[0]);
  // "non-membership", "non-deployment": the term denied by its own prefix.
  const prefix = NEGATING_PREFIX.exec(sentence.slice(0, start));
  if (prefix) return othersOr(sentence, verdict("opposes", "negated-term", sentence.slice(prefix.index, end)), sentence, voice);
  // "Not inviting them now does not mean …": the term is in what the speaker says is not implied.
  if (NOT_ASSERTED.test(clause.slice(termEnd))) return verdict(null, "not-asserted", clause.slice(termEnd).match(NOT_ASSERTED)![0]);
  // "… is not in question": a denied doubt affirms the term before any condition phrase or negation in it is read.
  const affirmed = DOUBT_DENIED.exec(clause);
  if (affirmed) return othersOr(clause, verdict("supports", "denied-doubt", affirmed[0]), sentence, voice);
  // A settlement named in the clause of membership ("membership is not part of any deal", "separate from a peace
  // agreement") is membership's setting: the clause judges membership, not talking now, unless a connective
  // makes the settlement wait on it ("a truce can come only if …") (decision 0240).
  // Named with a requirement ("… is vital to every settlement", "each deal has to weigh …", "without settling …, no deal
  // will hold"), membership is a term the speaker demands of the settlement: conditional, like a refused concession (decision 0570).
  if (topic === "negotiations" && namesTopic(clause.slice(0, at) + " " + clause.slice(termEnd), "membership") && !ANY_CONNECTIVE.test(clause)) {
    const demanded = MEMBERSHIP_DEMANDED_IN_TERMS.exec(clause);
    return demanded ? verdict("conditional", "membership-in-terms", demanded[0]) : verdict(null, "setting-of-membership", clause.slice(at, termEnd));
  }
  // "Back then we were opposed to joining": a view the speaker held then, not now (decision 0700).
  const pastView = PAST_VIEW.exec(clause.slice(0, at));
  if (pastView) return verdict(null, "past-view", pastView[0]);
  // "guarantees without membership", "protection instead of joining": a stage before or in place of joining (the spec; decision 0700).
  const instead = topic === "membership" ? GUARANTEES_IN_PLACE_OF.exec(clause.slice(0, at)) : null;
  if (instead) return othersOr(clause, verdict("conditional", "guarantees-instead", `${instead[0]}${clause.slice(at, termEnd)}`), sentence, voice);
  // "no alternative to talks", "not seeking a substitute for membership": the alternative is denied, the term backed (decision 0700).
  const alternative = ALTERNATIVE_DENIED.exec(clause.slice(0, at));
  if (alternative) return othersOr(clause, verdict("supports", "denied-alternative", `${alternative[0]}${clause.slice(at, termEnd)}`), sentence, voice);
  // "membership is the only way": the term as the way itself, not what the way leads to (decision 0700).
  const onlyWay = ONLY_WAY_AFTER.exec(clause.slice(termEnd));
  if (onlyWay) return othersOr(clause, verdict("supports", "only-way", `${clause.slice(at, termEnd)}${onlyWay[0]}`), sentence, voice);
  // "in the talks every question is on the table": of talks, the table is their agenda, no condition (annotator v;
  // decision 0700); of a force or of joining, an option kept open (adjudication clause 1).
  const found = CONDITION_PHRASE.exec(clause);
  const phrase = found && topic === "negotiations" && ON_THE_TABLE.test(found[0]) ? null : found;
  const opposition = condemningWordIn(clause);
  // Doubt limited to the present ("unlikely in the near term") is "not now".
  // A likelihood denied may have its limit before it ("joining soon is hardly likely") or wait for a time ("unlikely
  // … until the war ends"): doubt that it happens now, not that it ever does (decision 0700). Not "impossible until …", "not
  // realistic now", which the gold reads as refusals.
  const doubt = opposition && DOUBT_CUE.test(opposition[0]) ? opposition : null;
  const doubtForNow = doubt ? (FOR_NOW_AFTER.exec(clause.slice(doubt.index)) ?? (LIKELIHOOD.test(doubt[0]) ? (FOR_NOW_AFTER.exec(clause) ?? WAITING_FOR.exec(clause.slice(doubt.index))) : null)) : null;
  if (doubtForNow) return verdict("conditional", "doubt-for-now", `${doubt![0]} … ${doubtForNow[0]}`);
  // A condition phrase that holds condemning words ("cannot be taken off the table" holds "off the table") wins over them.
  if (opposition && !(phrase && overlaps(phrase, opposition))) {
    // Off the table or the agenda for now, or while the war goes on: an agenda that waits, "not now" (decision 0720).
    const agendaFor = AGENDA.test(opposition[0]) ? (FOR_NOW_AFTER.exec(clause.slice(opposition.index)) ?? WAITING_FOR.exec(clause.slice(opposition.index))) : null;
    if (agendaFor) return othersOr(clause, verdict("conditional", "off-agenda-for-now", `${opposition[0]} … ${agendaFor[0]}`), sentence, voice);
    // Red lines in talks are the conditions of a deal ("there are red lines in the negotiations"), not a refusal to talk.
    if (topic === "negotiations" && LIMITS.test(opposition[0])) return verdict("conditional", "limits-in-talks", opposition[0]);
    // "absurd when no time frame is set for membership": what is condemned is the denial of the term (decision 0540).
    const denial = opposition.index + opposition[0].length <= at ? DENIAL_CONDEMNED.exec(clause.slice(opposition.index + opposition[0].length, at)) : null;
    if (denial) return othersOr(clause, verdict("supports", "condemned-denial", `${opposition[0]}${denial[0]}`), sentence, voice);
    // "a deal without Kyiv would be a mistake" condemns only the term without what it lacks: like "no … without …", a
    // condition (decision 0345).
    const lacking = WITHOUT.exec(clause.slice(termEnd, Math.max(termEnd, opposition.index)));
    return lacking ? verdict("conditional", "condemned-without", `${clause.slice(at, termEnd + lacking.index + lacking[0].length)} … ${opposition[0]}`) : verdict("opposes", "condemning-word", opposition[0]);
  }
  // A settlement in the clause of a deployment ("troops to monitor a truce", "a ceasefire backed by soldiers")
  // is the deployment's setting: the clause judges the deployment, not the settlement.
  if (topic === "negotiations" && topicsOf(clause.slice(0, at) + " " + clause.slice(termEnd)).includes("troops"))
    return verdict(null, "setting-of-deployment", clause.slice(at, termEnd));
  // "the timing and venue of the talks depend on …": the condition is on the arrangements (decision 0610).
  const arrangement = phrase ? ARRANGEMENT_OF.exec(clause.slice(0, at)) : null;
  if (arrangement) return verdict(null, "arrangements-only", `${arrangement[0]}${clause.slice(at, termEnd)}`);
  // "would not exclude that the question of X comes up": an option kept open to discuss X, not to do it (decision 0610).
  const issue = phrase && DENIED_REFUSAL_ONLY.test(phrase[0]) ? ISSUE_OF.exec(clause.slice(0, at)) : null;
  if (issue) return verdict(null, "open-to-discussion-only", `${phrase![0]} … ${issue[0]}${clause.slice(at, termEnd)}`);
  // "further aid should depend on their willingness to enter talks": aid or a penalty made to wait on a readiness for the term
  // presses for it, like a penalty for no deal (decision 0570's settlement-pressed; annotator ag; decision 0700).
  const leverage = phrase && topic === "negotiations" && DEPENDING.test(phrase[0]) ? LEVERAGE_ON_READINESS.exec(clause.slice(0, at)) : null;
  if (leverage) return othersOr(clause, verdict("supports", "settlement-pressed", `${leverage[0]}${clause.slice(at, termEnd)}`), sentence, voice);
  if (phrase) return verdict("conditional", "condition-phrase", phrase[0]);
  // How it is done ("talks are best kept confidential", "not in public") is no view on doing it (decision 0240).
  const manner = MANNER_WORD.exec(clause);
  if (manner) return verdict(null, "manner-only", manner[0]);
  // A term in an embedded question ("as to whether we should send troops, …") is what is asked: the answer after it decides.
  const asked = EMBEDDED_QUESTION.exec(clause.slice(0, at));
  const answered = asked ? answerToEmbeddedQuestion(sentence.slice(from + conditionEnd(clause, asked)), sentence, voice) : null;
  if (answered) return answered;
  // Wanting words inside the question ("whether we should …") are asked about, not said.
  const questionEnd = asked ? conditionEnd(clause, asked) : 0;
  // A term inside a condition ("if a truce holds", "after a ceasefire") is hypothetical: only a condemned
  // consequence takes a stance on it ("if troops come, they will be targets"); else no stance.
  const connectives = allMatches(CONNECTIVE, clause).filter((c) => !TOPICALISING_IF.test(clause.slice(c.index)));
  const condition = conditionHolding(clause, connectives, at, termEnd);
  if (condition) {
    const condemned = condemningWordIn(sentence.slice(from + conditionEnd(clause, condition)));
    if (condemned) return verdict("opposes", "condemned-consequence", condemned[0]);
    // "If we want a lasting settlement, we have to …": the term wanted under the condition, what it takes after it (decision 0655).
    const wanted = WANTED_IN_CONDITION.exec(clause.slice(condition.index, at));
    if (wanted) return verdict("conditional", "wanted-in-condition", wanted[0]);
    // "peace is possible only if Kyiv drops its bid to join", "will attend only if a roadmap to membership is offered": the term
    // inside a condition the speaker sets is demanded, refused when its condition refuses it (decision 0700).
    const demanded = DEMANDING_CONDITION.test(condition[0]) || ONLY_BEFORE.test(clause.slice(Math.max(0, condition.index - ONLY_REACH), condition.index)) ? demandedIn(clause, condition.index, at, termEnd, topic) : null;
    if (demanded) return othersOr(clause, demanded, sentence, voice);
    // "once guarantees are given, a truce becomes thinkable": a settlement as what the condition opens (decision 0700).
    const settled = topic === "negotiations" && GUARANTEE_ONLY.test(clause.slice(at, termEnd)) ? SETTLEMENT_AS_CONSEQUENCE.exec(sentence.slice(from + conditionEnd(clause, condition))) : null;
    if (settled) return verdict("conditional", "settlement-on-guarantees", `${clause.slice(condition.index, termEnd)} … ${settled[0]}`);
    return topic === "negotiations" ? settlementPressed(sentence, from + condition.index, from + conditionEnd(clause, condition)) : null;
  }
  // Security guarantees name the negotiations topic, but backing, refusing or conditioning the guarantees is no view
  // on talking now: only a demand on what they must be ("… need to be backed by …") judges them (decision 0240).
  if (topic === "negotiations" && GUARANTEE_ONLY.test(clause.slice(at, termEnd))) return demandOn(clause, at, termEnd) ?? guaranteesDemanded(clause, at, termEnd);
  const connective = conditionOver(clause, connectives, at, termEnd);
  const before = negationBefore(clause.slice(0, at), clause.slice(at, termEnd));
  const refusal = before !== null ? clause.slice(before, termEnd) : null;
  const negated = refusal ?? negatedPredicateAfter(clause, at, termEnd);
  // "we have never rejected talks", "joining must never be written off": a rejection denied backs the term (decision 0610).
  const rejectionDenied = negated !== null ? deniedRejection(clause, negated, refusal !== null, at) : null;
  if (rejectionDenied) return othersOr(clause, verdict("supports", "denied-rejection", rejectionDenied), sentence, voice);
  if (connective) return verdict("conditional", negated !== null ? "negation-with-condition" : "condition-scope", connective);
  // "no … without …" names what would lift the refusal: "no deal without Kyiv", "no troops without a mandate".
  const exception = negated !== null ? WITHOUT.exec(clause.slice(termEnd)) : null;
  if (exception) return verdict("conditional", "negation-with-condition", `${negated} … ${exception[0]}`);
  // "There is no consensus on X" describes the others' will, not the speaker's: no stance, or "not now" when the
  // clause limits it to the present ("for now there is no consensus …") (decision 0240).
  const undecided = refusal !== null ? UNDECIDED.exec(refusal) : null;
  if (undecided) {
    const today = FOR_NOW_AFTER.exec(clause);
    return today ? verdict("conditional", "undecided-for-now", `${undecided[0]} … ${today[0]}`) : verdict(null, "undecided-others", undecided[0]);
  }
  // A refusal limited to the present ("not … for now", "no … yet") is "not now": conditional.
  const forNow = negated !== null ? (FOR_NOW_AFTER.exec(clause.slice(before ?? termEnd)) ?? (topic !== "negotiations" ? EARLY_STEP_AFTER.exec(clause.slice(before ?? termEnd)) : null)) : null;
  if (forNow) return othersOr(clause, verdict("conditional", "refusal-for-now", forNowEvidence(clause, before ?? termEnd, forNow)), sentence, voice);
  // "No troops, but help at sea": a refusal of one form of force that offers another is conditional (decision 0240,
  // adjudication clarification 5).
  const otherForm = negated !== null && topic === "troops" ? OTHER_FORM_OF_FORCE.exec(sentence.slice(from + termEnd)) : null;
  if (otherForm) return othersOr(clause, verdict("conditional", "refusal-with-other-form", `${negated} … ${otherForm[1]}`), sentence, voice);
  // Refusing what a settlement would take from Ukraine ("will never hand over its provinces") is a demand on the terms of a
  // deal, not a refusal to talk (decision 0540).
  if (negated !== null && topic === "negotiations" && CONCESSION.test(clause.slice(at, termEnd)))
    return othersOr(clause, verdict("conditional", "refused-concession", negated), sentence, voice);
  // "we did not move soldiers there", "they have not stationed units": a denied act in the past reports what happened (decision 0570).
  if (refusal !== null && topic === "troops" && PAST_AUXILIARY_BEFORE.test(clause.slice(0, before!) + refusal.split(/\s/)[0]) && !VERB_OF_WILL_AFTER.test(refusal))
    return verdict(null, "denied-past-act", refusal);
  if (negated !== null) return othersOr(clause, verdict("opposes", refusal !== null ? "negated-term" : "negated-predicate", negated), sentence, voice);
  // A demand inside an embedded question ("whether the ceasefire should be in force") is asked, not made.
  const demand = asked ? null : demandOn(clause, at, termEnd, topic);
  if (demand) return demand;
  // Who takes part in talks is not whether to talk: "the region must have a seat in any negotiation" demands a seat
  // (conditional), "has a part to play in building peace" describes one (no stance) (decision 0240).
  const part = topic === "negotiations" ? PARTICIPATION_BEFORE.exec(clause.slice(0, at)) : null;
  if (part) return verdict(part[1] ? "conditional" : null, part[1] ? "seat-at-talks" : "role-in-talks", clause.slice(part.index, termEnd));
  // "a truce now would only help the army regroup": a bad consequence of the term as its subject, before the verb of help is read as a will (decision 0720).
  const bad = asked ? null : BAD_CONSEQUENCE_AFTER.exec(clause.slice(termEnd));
  if (bad) return othersOr(clause, verdict("opposes", "bad-consequence", bad[1]), sentence, voice);
  const support = supportNear(clause, at, termEnd, topic);
  if (!support || support.index < questionEnd) return goodConsequence(clause, termEnd, sentence, voice, asked !== null) ?? (topic === "troops" ? settledDeployment(clause, sentence, voice) : null);
  // A hedge governs the wanting word after it ("could send"), not a word after the wish ("a possible deal").
  const hedge = HEDGE.exec(clause.slice(0, support.index + support.text.length));
  if (hedge) return othersOr(clause, verdict("conditional", "modal-hedge", `${hedge[0]} … ${support.text}`), sentence, voice);
  // Openness to a deployment is not yet a will to send anyone.
  if (topic === "troops" && OPENNESS.test(support.text)) return othersOr(clause, verdict("conditional", "hedged-openness", support.text), sentence, voice);
  // A deployment offered for a settlement ("ready to send troops to monitor a truce") waits for that settlement.
  const setting = topic === "troops" ? (SETTLEMENT_SETTING.exec(clause) ?? ANY_TERM.negotiations.exec(clause)) : null;
  if (setting) return othersOr(clause, verdict("conditional", "deployment-tied-to-settlement", `${support.text} … ${setting[0]}`), sentence, voice);
  // "the talks were constructive", "a productive meeting": a good judgement of how talks go is for them (decision 0570).
  const rule = TALKS_JUDGED_GOOD.test(support.text) ? "talks-judged-good" : isAimOrMeans(clause, support.index, support.text) ? "aim-or-means" : "wanting-word";
  return othersOr(clause, verdict("supports", rule, support.text), sentence, voice);
}

/** Guarantees or protection, a few words, and a word of replacement or waiting just before the term of joining (decision 0700). */
const GUARANTEES_IN_PLACE_OF = skippingAbsentWords(
  String.raw`\b(?:${alternation(GUARANTEES_BEFORE_JOINING.guarantees)})\b(?:\s+[^\s.,;:!?]+){0,6}?\s+(?:${alternation(GUARANTEES_BEFORE_JOINING.inPlaceOf)})\s+(?:[\p{L}’'-]+\s+){0,3}$`,
  "iu",
);
/** A time before now and a past copula or "used to" before the term: a view held then ("Back then we were against …"; decision 0700). */
const PAST_VIEW = skippingAbsentWords(
  String.raw`\b(?:${alternation(PAST_VIEW_WORDS.times)})\b[^.;:!?]*?\b(?:I|we)\s+(?:${alternation(PAST_VIEW_WORDS.pastForms)})\b`,
  "iu",
);
/** A doubt of likelihood ("unlikely", "not very likely"), not of possibility or realism (decision 0700). */
const LIKELIHOOD = /likel/iu;
/** A connective of time that a doubt waits on: "until", "before/after the war …", "while the war …" (decision 0700). */
const WAITING_FOR = skippingAbsentWords(String.raw`\b(?:until|till|(?:before|after) (?:the|a|any) (?:\w+ ){0,2}?(?:${alternation(END_OF_WAR_WORDS)})|(?:while|as long as) (?:the )?(?:${alternation(WAR_WORDS)}))\b`, "iu");
/** A condemning cue that only takes a step off the table or the agenda (decision 0720). */
const AGENDA = new RegExp(String.raw`\b(?:${alternation(AGENDA_WORDS)})$`, "iu");
/** A condition phrase of an option kept "on the table" (decision 0700). */
const ON_THE_TABLE = /\bon the table$/iu;
/** A denied alternative and "to"/"for" just before the term, a few words allowed between (decision 0700). */
const ALTERNATIVE_DENIED = skippingAbsentWords(String.raw`${ALTERNATIVE_DENIED_TO}(?:[\p{L}’'-]+\s+){0,2}$`, "iu");
/** After the term, at most four words, a copula and "the only way" (decision 0700). */
const ONLY_WAY_AFTER = skippingAbsentWords(
  String.raw`^(?:\s+[^\s.,;:!?]+){0,4}?\s+(?:${alternation(ONLY_WAY.copulas)})\s+(?:(?:the|our|their|its|his|her|my)\s+)?(?:${alternation(ONLY_WAY.superlatives)})\s+(?:(?:${alternation(ONLY_WAY.qualities)})\s+)?(?:${alternation(ONLY_WAY.nouns)})\b`,
  "iu",
);
/** A connective that, alone, sets no limit on the scope of the clause before it. */
const UNSCOPED_CONNECTIVE = new RegExp(`^(?:${alternation(UNSCOPED_CONNECTIVES)})$`, "i");
/** A condition the speaker sets as the one on which all depends: "only if", "on condition that", "provided that" (decision 0700). */
const DEMANDING_CONDITION = new RegExp(String.raw`^(?:${alternation(DEMANDED_CONDITIONS)})\b`, "iu");
/** "only" a few words before an "if": "will only attend … if" (decision 0700). */
const ONLY_BEFORE = /\bonly(?:\s+[\p{L}’']+){0,10}\s*$/iu;
const ONLY_REACH = 60;
/**
 * The term inside a condition the speaker sets: refused there ("only if the republic gives up its bid to join") the refusal is
 * demanded (opposes); for joining, the term itself is demanded (supports). Else null: a settlement named as the
 * condition of talks or a force keeps 0090's reading (hypothetical).
 */
function demandedIn(clause: string, conditionStart: number, at: number, termEnd: number, topic: StanceTopic): Verdict | null {
  const refusal = negationBefore(clause.slice(conditionStart, at), clause.slice(at, termEnd));
  if (refusal !== null) return verdict("opposes", "refusal-demanded", clause.slice(conditionStart + refusal, termEnd));
  return topic === "membership" ? verdict("supports", "term-demanded", clause.slice(conditionStart, termEnd)) : null;
}
/** A settlement or an end of the war named in the consequence of a condition (decision 0700). */
const SETTLEMENT_AS_CONSEQUENCE = new RegExp(String.raw`\b(?:end(?:ing)?\s+(?:to\s+|of\s+)?(?:the\s+)?(?:[\p{L}’'‘-]+\s+){0,5}?(?:${alternation(WAR_WORDS)})|peace|ceasefire|truce|settlement|talks|negotiat\p{L}*)\b`, "iu");
/** A condition phrase of depending (decision 0700). */
const DEPENDING = new RegExp(String.raw`^(?:${alternation(DEPENDING_WORDS)})\b`, "iu");
/** Aid or a penalty, "depend(s) on" and a readiness just before the term: "aid should depend on their willingness to enter" (decision 0700). */
const LEVERAGE_ON_READINESS = skippingAbsentWords(
  String.raw`\b(?:aid|assistance|support|help|funding|weapons|${alternation(PENALTIES)})\b(?:\s+[^\s.,;:!?]+){0,4}?\s+(?:${alternation(DEPENDING_WORDS)})\s+on\s+(?:[\p{L}’'-]+\s+){0,3}?(?:${alternation(READINESS_NOUNS)})\s+to\s+(?:[\p{L}’'-]+\s+){0,3}$`,
  "iu",
);
/** A condition that opens on someone wanting what follows: "if we (really) want …", "if you are serious about …" (decision 0655). */
const WANTED_IN_CONDITION = new RegExp(String.raw`^(?:${alternation(WANTING_CONDITION_OPENERS)})\s+(?:[\p{L}’']+\s+){1,2}?(?:really\s+|truly\s+|genuinely\s+)?(?:${alternation(WANTING)})\b`, "iu");
/** The term, a few words, a modal and a good consequence: "membership would make the country safer" (decision 0655). */
const GOOD_CONSEQUENCE_AFTER = skippingAbsentWords(
  String.raw`^(?:\s+[^\s.,;:!?]+){0,4}?\s+((?:${alternation(CONSEQUENCE_MODALS)})\s+(?:(?:${alternation(GOOD_CONSEQUENCE_ADVERBS)})\s+)?(?:${alternation(GOOD_CONSEQUENCES)}))`,
  "iu",
);
/** The term, a few words, a modal and a bad consequence: "a truce now would only let Russia rearm" (decision 0720). */
const BAD_CONSEQUENCE_AFTER = skippingAbsentWords(
  String.raw`^(?:\s+[^\s.,;:!?]+){0,4}?\s+((?:${alternation(CONSEQUENCE_MODALS)})\s+(?:(?:${alternation(BAD_CONSEQUENCE_ADVERBS)})\s+)?(?:${alternation(BAD_CONSEQUENCES)}))`,
  "iu",
);
/** A good consequence of the term as its subject is for it, unless asked about (decision 0655; a bad one is read before the predicates, decision 0720). */
function goodConsequence(clause: string, termEnd: number, sentence: string, voice: Voice, asked: boolean): Verdict | null {
  const good = asked ? null : GOOD_CONSEQUENCE_AFTER.exec(clause.slice(termEnd));
  return good ? othersOr(clause, verdict("supports", "good-consequence", good[1]), sentence, voice) : null;
}

/** A noun of arrangements and "of" just before the term: "the timing of the talks", "the date and venue of a new round of". */
const ARRANGEMENT_OF = skippingAbsentWords(
  String.raw`\b(?:${alternation(ARRANGEMENT_NOUNS)})(?:\s+(?:and|or)\s+(?:the\s+)?(?:${alternation(ARRANGEMENT_NOUNS)}))?\s+(?:of|for)\s+(?:(?:the|a|an|any|this|that|next|new|future|further|coming|first|second|third|another)\s+)*(?:round\s+of\s+)?$`,
  "iu",
);

/** A denied refusal, and a noun of a subject of discussion just before the term ("the issue of"). */
const DENIED_REFUSAL_ONLY = new RegExp(`^(?:${DENIED_REFUSAL})$`, "iu");
const ISSUE_OF = skippingAbsentWords(String.raw`\b(?:${alternation(ISSUE_NOUNS)})\s+of\s+(?:the\s+)?$`, "iu");

/** A part in talks just before the term, with the modal that demands it if any: "should have a place in". */
const PARTICIPATION_BEFORE = skippingAbsentWords(
  String.raw`(?:\b(${alternation(REQUIREMENT_AFTER_TERM)})\s+(?:[\p{L}’']+\s+){0,2}?)?\b(?:${alternation(PARTICIPATION)})\s+(?:[^\s.,;:!?]+\s+){0,3}$`,
  "iu",
);

const OTHERS_DIVIDED = cue(DIVIDED);
const CONCESSION = new RegExp(String.raw`^(?:${alternation(CONCESSION_TERMS)})\b`, "iu");
const LIMITS = new RegExp(String.raw`^(?:${alternation(LIMITS_IN_TALKS)})$`, "iu");
/** After a condemning word and before the term, a linking word and a denial: the condemned thing is the denial (decision 0540). */
const DENIAL_CONDEMNED = new RegExp(
  String.raw`^(?:\s+[^\s,.;:]+){0,4}?\s+(?:(?:${alternation(DENIAL_AFTER_CONDEMNING.linkers)})\s+(?:[^\s,.;:]+\s+){0,4}?(?:${alternation(DENIAL_AFTER_CONDEMNING.denials)})\b|${DENIAL_AFTER_CONDEMNING.deniedInfinitive}\b)`,
  "iu",
);
/** A negating prefix just before a term ("non-membership"). */
const NEGATING_PREFIX = new RegExp(`(?:${alternation(NEGATING_PREFIXES)})$`, "iu");
const MANNER_WORD = cue(MANNER);
const DOUBT_DENIED = cue(DENIED_DOUBT);

/** After a refused form of force, "but" and another form of military help in the same sentence: "…, but will help at sea". */
const OTHER_FORM_OF_FORCE = skippingAbsentWords(String.raw`^[^.;]*?\bbut\b[^.;]*?\b(${alternation(OTHER_FORMS_OF_FORCE)})\b`, "iu");

/** A demand on what a deal contains ("any deal must include …") or on the term as its subject ("talks must be …"): conditional. */
function demandOn(clause: string, at: number, termEnd: number, topic: StanceTopic = "negotiations"): Verdict | null {
  const demand = topic === "negotiations" ? DEAL_DEMAND.exec(clause) : null;
  if (demand) return verdict("conditional", "terms-of-deal", demand[0]);
  const requirement = REQUIREMENT.exec(clause.slice(termEnd));
  return requirement ? verdict("conditional", "requirement-on-topic", clause.slice(at, termEnd + requirement[0].length)) : null;
}

/**
 * Guarantees as the object of a verb of need or demand ("the country needs firm guarantees", "we insist on
 * guarantees"): a demand on them, like a requirement after them, is conditional (decision 0345).
 */
function guaranteesDemanded(clause: string, at: number, termEnd: number): Verdict | null {
  const need = NEED_BEFORE_OBJECT.exec(clause.slice(0, at));
  return need ? verdict("conditional", "requirement-on-topic", clause.slice(need.index, termEnd)) : null;
}
const NEED_BEFORE_OBJECT = skippingAbsentWords(String.raw`\b(?:${alternation(NEED_VERBS)})\s+(?:[^\s.,;:!?]+\s+){0,3}$`, "iu");

/** The words from the refusal to its limit of time: "not … for now" read as one span. */
const forNowEvidence = (clause: string, from: number, limit: RegExpExecArray) => clause.slice(Math.min(from, from + limit.index), from + limit.index + limit[0].length);

/** A negation of a collective will at the start of a refusal: "no consensus on", "no appetite for", "not unanimous". */
const UNDECIDED = skippingAbsentWords(String.raw`^(?:${alternation(NEGATION_CUES)})\s+(?:[\p{L}’']+\s+)?(?:${alternation(COLLECTIVE_WILL)})\b`, "iu");

/** "whether" with no comma before the term: the term is inside the question it opens. */
const EMBEDDED_QUESTION = skippingAbsentWords(String.raw`\bwhether\b(?=[^,]*$)`, "iu");
/** "no deal without Kyiv": what would lift a refusal. Case-insensitive lists run without u where they may (decision 0365). */
const WITHOUT = skippingAbsentWords(String.raw`\bwithout\b`, "iu");
/** The answer to an embedded question: a predicate of support, denied or not, on what it points back at ("I don't support that"). */
function answerToEmbeddedQuestion(answer: string, sentence: string, voice: Voice): Verdict | null {
  const backing = allMatches(SUPPORT, answer).find((m) => POINTING_BACK.test(answer.slice(m.index + m[0].length)));
  if (!backing) return null;
  const denied = NEGATION_BEFORE_PREDICATE.test(answer.slice(0, backing.index));
  return othersOr(answer, verdict(denied ? "opposes" : "supports", "answer-to-question", answer.slice(0, backing.index + backing[0].length).replace(/^[,\s]+/u, "")), sentence, voice);
}
// with a preposition between: "ready for it", "open to that" (decision 0720)
const POINTING_BACK = skippingAbsentWords(String.raw`^\s+(?:(?:for|to|with|behind|of)\s+)?(?:(?:it|that|this|them|such a (?:${alternation(STEP_NOUNS)}))\b|the idea\b)`, "iu");

/** "If we are talking about X, …" names the subject; it sets no condition on X. */
const TOPICALISING_IF = skippingAbsentWords(String.raw`^if\s+(?:we|you|one|it)\s+(?:(?:are|is|were)\s+|[’']re\s+)?(?:${alternation(TALKING_ABOUT)})\s+(?:about|of)\b`, "iu");

/** A deployment spoken of as part of a settlement ("sending soldiers as part of a peace deal") waits for it, whoever offers it. */
function settledDeployment(clause: string, sentence: string, voice: Voice): Verdict | null {
  // the setting or the few words that complete it ("as part of the guarantee of a peace treaty") name the settlement
  const setting = allMatches(SETTLEMENT_SETTING_ALL, clause).find((m) => SETTLEMENT_NOUN.test(m[0] + (SETTING_TAIL.exec(clause.slice(m.index + m[0].length))?.[0] ?? "")));
  return setting ? othersOr(clause, verdict("conditional", "deployment-tied-to-settlement", setting[0]), sentence, voice) : null;
}
const SETTING_TAIL = /^(?:\s+[^\s.,;:!?]+){0,4}/u;
const SETTLEMENT_NOUN = cue([...DEAL_NOUNS, "war", "conflict"]);

const overlaps = (a: RegExpExecArray, b: RegExpExecArray) => a.index < b.index + b[0].length && b.index < a.index + a[0].length;

/** The connective whose condition (up to the next comma) holds [termStart, termEnd), if any. */
function conditionHolding(clause: string, connectives: RegExpExecArray[], termStart: number, termEnd: number): RegExpExecArray | undefined {
  return connectives.find((c) => termStart >= c.index && termEnd <= conditionEnd(clause, c));
}

function conditionEnd(clause: string, c: RegExpExecArray | RegExpMatchArray): number {
  const comma = clause.indexOf(",", c.index! + c[0].length);
  return comma < 0 ? clause.length : comma;
}

/**
 * A condition connective in the clause whose condition does not hold the term: the connective's condition
 * runs from it to the next comma (or the clause's end), and the term outside it is what is conditioned.
 */
function conditionOver(clause: string, connectives: RegExpExecArray[], termStart: number, termEnd: number): string | null {
  // A condition before the term but ended by a comma opens the sentence ("If …, troops …"): it still conditions.
  const over = connectives.find((c) => !(termStart >= c.index && termEnd <= conditionEnd(clause, c)));
  return over?.[0] ?? null;
}

/**
 * Where a refusing negation starts in the words just before a term, or null ("not about …" is no refusal). A negated
 * copula just before a term that names a thing sorts the subject into a kind, it refuses nothing ("an invitation is
 * not membership", "a ceasefire is not a peace deal"); before a verb form it does ("Ukraine is not joining NATO") (decision 0540).
 */
function negationBefore(before: string, term: string): number | null {
  const lastConnective = allMatches(CONNECTIVE, before).at(-1);
  const scoped = lastConnective ? before.slice(lastConnective.index + lastConnective[0].length) : before;
  const negation = NEGATION_BEFORE.exec(scoped);
  if (!negation || NOT_A_REFUSAL.test(negation[1].trimStart())) return null;
  if (!VERB_FORM_TERM.test(term) && NEGATED_COPULA_BEFORE.test(scoped.slice(0, negation.index + negation[0].length))) return null;
  return before.length - scoped.length + negation.index;
}
const NEGATED_COPULA_BEFORE = new RegExp(String.raw`\b(?:${alternation(NEGATED_PREDICATE_FORMS.copulas)})\s+not\s+(?:(?:a|an|the)\s+)?$`, "iu");
/**
 * A term that opens with a verb in -ing or an adjective of readiness ("joining NATO", "sending troops", "ready to
 * talk"): after a negated copula it is a refused act, not a kind.
 */
const VERB_FORM_TERM = new RegExp(String.raw`^(?:\p{L}+ing|${alternation(READINESS)})\b`, "iu");

/**
 * A negation whose verb is itself a rejection ("has never refused talks", "was never turned down"): the
 * negation denies the rejection, not the term. The words that say so, or null.
 */
function deniedRejection(clause: string, negated: string, before: boolean, termStart: number): string | null {
  if (before) return DENIED_REJECTION_BEFORE.test(negated) ? negated : null;
  const rest = REJECTION_AFTER_NEGATION.exec(clause.slice(termStart + negated.length));
  return rest ? `${negated}${rest[0]}` : null;
}
const REJECTING = alternation(REJECTING_VERBS);
const DENIED_REJECTION_BEFORE = new RegExp(String.raw`^(?:${alternation(BARE_NEGATIONS)})\s+(?:(?:ever|once|yet)\s+)?(?:${REJECTING})`, "iu");
const REJECTION_AFTER_NEGATION = new RegExp(String.raw`^\s*(?:(?:be|been|have\s+been|ever\s+be)\s+)?(?:${REJECTING})`, "iu");

/** The term as the subject of a negated predicate ("soldiers will not be sent"): the words from the term to the negation, or null. */
function negatedPredicateAfter(clause: string, termStart: number, termEnd: number): string | null {
  const after = NEGATED_PREDICATE.exec(clause.slice(termEnd));
  if (!after || NOT_A_REFUSAL.test(clause.slice(termEnd + after[0].length).trimStart())) return null;
  return clause.slice(termStart, termEnd + after[0].length);
}

/**
 * A predicate of commitment, backing or evaluation that governs the term: before it in its clause, at most
 * twelve words away with no subordinate clause opening between ("ready, with our partners, to send troops"),
 * or just after it, the term being its subject ("talks are welcome").
 */
function supportNear(clause: string, termStart: number, termEnd: number, topic: StanceTopic): { index: number; text: string } | null {
  for (const s of allMatches(topic === "negotiations" ? SUPPORT_OF_TALKS : SUPPORT, clause)) {
    // A denied predicate supports nothing ("do not show any commitment to talks"); a refusal near the term was read before.
    if (NEGATION_BEFORE_PREDICATE.test(clause.slice(0, s.index))) continue;
    const between = clause.slice(s.index + s[0].length, termStart);
    // A negation between them takes the predicate's place: "urged them not to wait for a truce" does not urge a truce.
    const before = s.index < termStart && between.split(/\s+/).filter(Boolean).length <= SUPPORT_WORDS_BEFORE && !SUBORDINATOR.test(between) && !PURPOSE.test(between) && !ADJUNCT_BEFORE_TERM.test(between) && !NEGATION_BETWEEN.test(between);
    // an aside between a pair of dashes is no part of the gap ("joining — the first of the steps — is essential"; decision 0720)
    const gap = clause.slice(termEnd, s.index).replace(DASHED_ASIDE, " ");
    const after = s.index >= termStart && (gap.length <= SUPPORT_AFTER || (gap.split(/\s+/).filter(Boolean).length <= 8 && !SUBORDINATOR.test(gap) && !gap.includes(","))) && !OWN_SUBJECT.test(gap) && !CONSEQUENCE.test(gap);
    if (before || after) return { index: s.index, text: s[0] };
  }
  return null;
}

/**
 * A refusal or wish whose subject is someone else reports that person's position: abstain. "he", "she" and
 * "they" are someone else only in a sentence in the first person ("We talked; he does not want talks").
 */
function othersOr(clause: string, found: Verdict, sentence: string, voice: Voice): Verdict {
  const pronounIsOther = voice.direct || FIRST_PERSON_WORD.test(sentence);
  const reported = reportedAttitude(voice.country).exec(clause)?.[0] ?? (pronounIsOther ? PRONOUN_ATTITUDE.exec(clause)?.[0] : null) ?? namedOtherSubject(clause, voice);
  return reported ? verdict(null, "reported-other", reported) : found;
}

/**
 * A person other than the speaker as the subject of a verb of saying, wanting or refusing within the statement's
 * words ("Jane Example said that …", "Example wants …"): that person's position, reported by the speaker, not the
 * speaker's own (decision 0205). The person is a name the article prints for someone else, or a run of two or more
 * capitalised words (a full name) that shares no word with the speaker's name.
 */
export function namedOtherSubject(text: string, context: { otherPeople?: string[]; speaker?: string | null }): string | null {
  for (const name of context.otherPeople ?? []) {
    const at = wordAt(text, name);
    if (at < 0) continue;
    const verb = OTHERS_VERB.exec(text.slice(at + name.length, at + name.length + 60));
    if (verb) return text.slice(at, at + name.length + verb.index + verb[0].length);
  }
  if (!context.speaker) return null;
  const own = new Set(context.speaker.split(/\s+/));
  for (const m of allMatches(FULL_NAME, text)) {
    const words = m[1].split(/\s+/);
    if (words.some((w) => own.has(w)) || NOT_A_PERSON_WORD.test(words[0])) continue;
    const verb = OTHERS_VERB.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 60));
    if (verb) return text.slice(m.index, m.index + m[0].length + verb.index + verb[0].length);
  }
  return null;
}
const FULL_NAME = /(?<![\p{L}’'])(\p{Lu}[\p{Ll}’'-]+(?:\s+\p{Lu}[\p{Ll}’'-]+)+)/gu;
const NOT_A_PERSON_WORD = unicodeWhereNeeded(String.raw`^(?:${alternation(NOT_A_PERSON_NAME_START)})$`, "u");

/** Where a name stands in a text as whole words ("Lee" not inside "Leeds"), or -1. */
function wordAt(text: string, name: string): number {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const before = text[at - 1] ?? " ";
    const after = text[at + name.length] ?? " ";
    if (!/\p{L}/u.test(before) && !/\p{L}/u.test(after)) return at;
  }
  return -1;
}
/** After a name, at most two words and a verb of saying or of attitude: that person speaks or holds a position. */
const OTHERS_VERB = unicodeWhereNeeded(String.raw`^(?:[’']s)?\s+(?:[\p{L}’']+\s+){0,2}?(?:${alternation(OTHERS_POSITION_VERBS)})\b`, "u");


export function classifyStatement(context: StatementContext): Classification {
  const named = topicsOf(context.quote);
  // A settlement the quote names only as the frame its force acts in sets the force's scene (decision 0520). The
  // quote's own words only: a paragraph that names it so still tells what the quotes around it are about.
  const framed = named.includes("troops") && named.includes("negotiations") && settlementOnlyFrames(unquoted(context.quote));
  const own = framed ? named.filter((t) => t !== "negotiations") : named;
  const [topics, source] = topicsInContext(context, own);
  const stance: Classification["stance"] = {};
  const decided: Partial<Record<StanceTopic, Decision>> = {};
  for (const topic of topics) {
    const found = stanceOnTopic(context, topic, source, own.includes(topic));
    if (!found) continue;
    decided[topic] = { rule: found.rule, source: found.source };
    if (found.value) stance[topic] = { value: found.value, evidence: found.evidence };
  }
  return {
    topics: topics.length ? topics : ["other"],
    stance,
    decidedBy: { topics: { rule: framed && source === "quote" ? "settlement-frames-force" : topics.length ? "topic-term" : "no-topic-term", source }, stance: decided },
  };
}

/**
 * The stance of a quote that goes on about the topics of the same speaker's previous quote without naming them
 * ("The aggressor must never try this again."): like any answer about a topic named elsewhere, only condemning
 * words, condition phrases and limiting connectives decide.
 */
export function stanceOnContinuedTopics(quote: string, topics: StanceTopic[]): Pick<Classification, "stance"> & { decided: Partial<Record<StanceTopic, Decision>> } {
  const stance: Classification["stance"] = {};
  const decided: Partial<Record<StanceTopic, Decision>> = {};
  const found = strongCueIn(quote);
  for (const topic of found ? topics : []) {
    decided[topic] = { rule: found!.rule, source: "quote" };
    stance[topic] = { value: found!.value!, evidence: found!.evidence };
  }
  return { stance, decided };
}

/** An occasion's preposition and at most three words before a term: "during talks with …", "ahead of the peace summit". */
const OCCASION_BEFORE = skippingAbsentWords(String.raw`\b(?:${alternation(OCCASION_ADJUNCTS)})\s+(?:[\p{L}’'-]+\s+){0,3}$`, "iu");
/** Who the reporter's sources are: "aides briefed on the talks", "a person familiar with the negotiations". */
const SOURCE_BEFORE = skippingAbsentWords(String.raw`\b(?:${alternation(SOURCE_NOUNS)})\s+(?:[\p{L}’'-]+\s+)?(?:${alternation(SOURCE_RELATIONS)})\s+(?:[\p{L}’'-]+\s+){0,3}$`, "iu");
const inOccasion = (text: string, term: RegExpExecArray) => {
  const before = text.slice(Math.max(0, term.index - 80), term.index);
  return OCCASION_BEFORE.test(before) || SOURCE_BEFORE.test(before);
};

/**
 * The topics a part of the context (the frame, the paragraph, the sentence before, the headline) gives a statement: those it
 * names other than as the occasion the words were spoken at ("During talks with his Slovak counterpart, the minister said
 * …", "…, she said ahead of the peace summit"): the occasion places the remark, it does not say what it is about (decision 0535).
 */
export function contextTopicsOf(text: string | undefined, farther = false): StanceTopic[] {
  const topics = topicsOf(text);
  if (!topics.length) return topics;
  const plain = unquoted(text!);
  // Farther than the reporter's own frame (the paragraph, the sentence before, the headline), a word that names only
  // the goal ("peace") is too common to say what the quote is about.
  return topics.filter((t) => NAME[t]?.test(plain) || termsIn(plain, t).some((m) => !inOccasion(plain, m) && !(farther && namesOnlyTheGoal(plain, m, t))));
}
const GOAL_ONLY = new RegExp(String.raw`^(?:${GOAL_ONLY_TERMS.join("|")})$`, "i");
/** Each topic's terms but the goal's own words: "peace talks" where the list matched only its "peace". */
const TERM_BEYOND_GOAL: Record<StanceTopic, RegExp> = Object.fromEntries(STANCE_TOPICS.map((t) => [t, cue(TOPIC_TERMS[t].filter((term) => !GOAL_ONLY_TERMS.includes(term)))])) as Record<StanceTopic, RegExp>;

function namesOnlyTheGoal(text: string, term: RegExpExecArray, topic: StanceTopic): boolean {
  return GOAL_ONLY.test(term[0]) && TERM_BEYOND_GOAL[topic].exec(text.slice(term.index, term.index + 80))?.index !== 0;
}

/** The topics the nearest part of the context names, and which part that was. */
function topicsInContext(context: StatementContext, own: StanceTopic[]): [StanceTopic[], ContextSource] {
  const framed = own.length || !namesOtherSubject(context.quote) ? contextTopicsOf(context.frame) : [];
  if (own.length || framed.length) return [STANCE_TOPICS.filter((t) => own.includes(t) || framed.includes(t)), own.length ? "quote" : "frame"];
  if (namesOtherSubject(context.quote)) return [[], "quote"];
  const short = context.quote.split(/\s+/).length <= 15;
  const candidates: [ContextSource, string | (() => StanceTopic[]) | undefined][] = [
    ["question", context.question],
    ["previous", short && ANAPHORIC.test(context.quote) ? context.previous : undefined],
    ["carried", context.carried],
    // The paragraph sets the subject of the quotes in it (measured on the studied parts, decision 0140); the
    // headline, farther away, only for a quote that points at a subject it does not name ("this issue").
    ["paragraph", context.paragraphTopics ?? context.paragraph],
    // The interviewer's question a paragraph or two before: after the paragraph, which may have moved on (decision 0320).
    ["question", context.answered],
    ["headline", POINTING.test(context.quote) ? context.headline : undefined],
  ];
  for (const [source, part] of candidates) {
    const topics = typeof part === "function" ? part() : contextTopicsOf(part, true);
    if (topics.length) return [topics, source];
  }
  return [[], "quote"];
}

/** The quote speaks for itself first; the reporter's frame only when the quote names no position. */
function stanceOnTopic(context: StatementContext, topic: StanceTopic, topicSource: ContextSource, named: boolean): (Verdict & { source: ContextSource }) | null {
  const voice: Voice = { country: context.speakerCountry ?? null, direct: context.direct ?? false, otherPeople: context.otherPeople, speaker: context.speaker };
  const inQuote = named ? ownVerdict(context.quote, topic, voice) : answerAbout(context, topic, topicSource);
  if (inQuote) return { ...inQuote, source: "quote" };
  // A reported clause that takes no position of its own is governed by the reporter's verb before it
  // ("… called for a truce", "… rejected any talks"): the lead and the clause are read as one sentence.
  const governed = named && context.lead ? governedByLead(context.lead, context.quote, topic, voice) : null;
  if (governed) return { ...governed, source: "lead" };
  // The reporter's words decide where the quote took no position, whether or not it names the topic ("…, he said,
  // ruling out troops"; decision 0290: measured on dev half A, held on half B).
  // The question put to the speaker, worded in the frame ("When asked about …,"), is asked, not said (decision 0610).
  const frame = context.frame?.replace(QUESTION_IN_FRAME_PATTERN, " ");
  const inFrame = frame ? verdictIn(frame, topic, { ...voice, direct: false }) : null;
  // A bare "not" or "no" in the reporter's words may deny anything; a refusing verb ("ruling out") may decide.
  const bareNegation = (inFrame?.rule === "negated-term" && BARE_NEGATION.test(inFrame.evidence)) || inFrame?.rule === "negated-predicate";
  if (inFrame && !bareNegation) return { ...inFrame, source: "frame" };
  return null;
}


/** A question put to the speaker in the reporter's words, to the next comma or the end of its sentence. */
const QUESTION_IN_FRAME_PATTERN = new RegExp(String.raw`\b(?:${alternation(QUESTION_IN_FRAME)})\b[^,.;:!?]*`, "giu");

/**
 * The verdict on the lead and the quote read as one sentence, only where the verb just before the quote takes
 * part in it: the lead's last few words after any quotation mark ("…,” she said, calling for" → "calling for").
 */
function governedByLead(lead: string, quote: string, topic: StanceTopic, voice: Voice): Verdict | null {
  const governing = lead.split(/[“”"«»]/u).at(-1)!.trim().split(/\s+/).slice(-GOVERNING_WORDS).join(" ");
  if (!governing) return null;
  const found = verdictIn(`${governing} ${quote}`, topic, { ...voice, direct: false });
  // The deciding words must start in the governing words, not in the quote (which decided nothing alone).
  const at = found ? `${governing} ${quote}`.indexOf(found.evidence.split(" … ")[0]) : -1;
  return found && at >= 0 && at < governing.length ? found : null;
}
/** How many words before a reported clause may hold the verb that governs it ("urged both sides to accept"). */
const GOVERNING_WORDS = 5;

/**
 * A quote's verdict where it names the topic; a refusal that a later sentence limits is conditional ("No troops
 * for now. Nothing is excluded later."); with no verdict there, its sentences that go on about it decide.
 */
function ownVerdict(quote: string, topic: StanceTopic, voice: Voice): Verdict | null {
  const own = verdictIn(quote, topic, voice);
  const further = own === null || own.rule === "negated-term" ? strongCueIn(quote, true) : null;
  if (own?.rule === "negated-term" && further?.value === "conditional") return verdict("conditional", "negation-with-condition", `${own.evidence} … ${further.evidence}`);
  // "We back a settlement. But only once …": a later sentence that limits the backing (decision 0610).
  const plain = own?.value === "supports" ? unquoted(quote) : null;
  const rest = plain !== null ? plain.slice(plain.indexOf(own!.evidence) + own!.evidence.length) : null;
  const limit = rest !== null ? (LIMIT_SENTENCE.exec(rest) ?? LIMIT_AFTER_BUT.exec(rest)) : null;
  if (limit) return verdict("conditional", "backing-then-limit", `${own!.evidence} … ${limit[0].replace(/^[.!?…\s]+/u, "")}`);
  return own ?? further ?? (own === null ? backedByPointing(quote, voice) : null);
}

/**
 * "A ceasefire? We support it.", "Talk of troops is everywhere. We are not ready for that.": a sentence of the quote that
 * names no topic, whose predicate of backing takes a word pointing back as its object, backs what an earlier sentence
 * named, or refuses it where the predicate is denied (decision 0720; like the answer to an embedded question).
 */
function backedByPointing(quote: string, voice: Voice): Verdict | null {
  for (const sentence of sentencesOf(unquoted(quote))) {
    if (isQuestion(sentence) || topicsOf(sentence).length) continue;
    const found = answerToEmbeddedQuestion(sentence, sentence, voice);
    if (found) return { ...found, rule: found.rule === "reported-other" ? found.rule : "pointing-back" };
  }
  return null;
}

/**
 * In the same sentence, "but" and, within a few words, a limit or a requirement: "ready for talks with anyone, but a truce is
 * needed first", "open to talks, but fair ones" (annotator s: an openness limited by a demanded quality = conditional; decision 0700).
 */
const LIMIT_AFTER_BUT = skippingAbsentWords(
  String.raw`^[^.!?]*?\bbut\s+(?:[^\s.!?]+\s+){0,6}?(?:${alternation([...LIMIT_AFTER_BACKING, ...REQUIREMENT_AFTER_BUT])})\b`,
  "iu",
);
/** A sentence of a quote that opens with "But" and a limit (decision 0610). */
const LIMIT_SENTENCE = skippingAbsentWords(String.raw`[.!?…]\s+But\s+(?:(?:we|I|they|it|you|he|she|this|that)\s+)?(?:also\s+)?(?:${alternation(LIMIT_AFTER_BACKING)})\b`, "u");

/**
 * A quote that does not name the topic ("That would be a mistake", "That is for each government") answers
 * about the topic its context named: a condemning word, a condition, or a plain yes or no to the question
 * decides. Wanting words and bare negations do not: they may bear on anything.
 */
function answerAbout(context: StatementContext, topic: StanceTopic, topicSource: ContextSource): Verdict | null {
  const divided = OTHERS_DIVIDED.exec(unquoted(context.quote));
  if (divided) return verdict(null, "others-divided", divided[0]);
  // An answer to a question about the topic may commit the speaker ("We are ready to play our part").
  // A condemning word in a quote whose topic only its paragraph names may condemn anything the quote is about
  // ("their statements as hostile"): it decides nothing there; a condition or a limit still does (decision 0540).
  const found = strongCueIn(context.quote);
  // The question may be put in the reporter's frame ("…, she said when asked about a force"; decision 0720).
  const question = topicSource === "question" ? context.question : (inFrameNaming(QUESTION_IN_FRAME_PATTERN, context, topic) ?? (context.question && namesTopic(context.question, topic) ? context.question : undefined));
  const strong =
    (topicSource === "paragraph" && found?.rule === "condemning-word" ? null : found) ??
    (question ? ownCommitment(context.quote) : null) ??
    (inFrameNaming(SUBJECT_IN_FRAME_PATTERN, context, topic) ? backingInQuote(context.quote, topic) : null);
  if (strong || !question || !namesTopic(question, topic)) return strong;
  // A yes or no answers the question as put; a question that itself refuses ("rule out …") makes yes ambiguous.
  if (NEGATION.test(question)) return null;
  const quote = unquoted(context.quote);
  const yes = YES.exec(quote);
  // "Yes, once there is a ceasefire": a yes the answer itself makes wait (decision 0720).
  const limited = yes ? allMatches(CONNECTIVE, quote).find((c) => !TOPICALISING_IF.test(quote.slice(c.index))) : undefined;
  if (limited) return verdict("conditional", "answer-yes-with-condition", `${yes![0]} … ${limited[0]}`);
  if (yes) return verdict("supports", "answer-yes", yes[0]);
  const no = NO.exec(quote);
  return no ? verdict("opposes", "answer-no", no[0]) : null;
}

/**
 * The words of the reporter's frame that a pattern reads, where they name the topic: the question put there ("when asked
 * about a reassurance force", QUESTION_IN_FRAME_PATTERN) or the subject it gives the remark ("…, he said of the talks",
 * SUBJECT_IN_FRAME_PATTERN).
 */
function inFrameNaming(pattern: RegExp, context: StatementContext, topic: StanceTopic): string | undefined {
  if (!context.frame) return undefined;
  return allMatches(pattern, context.frame).find((m) => namesTopic(m[0], topic))?.[0];
}
const SUBJECT_IN_FRAME_PATTERN = new RegExp(String.raw`\b(?:${alternation(SUBJECT_IN_FRAME)})\b[^,.;:!?]*`, "giu");

/**
 * "The door is open," she said of the bid: a predicate of backing in an asserted sentence of a quote whose subject the frame
 * names backs that subject, conditionally under a hedge; a denied one decides nothing here (decision 0720).
 */
function backingInQuote(quote: string, topic: StanceTopic): Verdict | null {
  for (const sentence of sentencesOf(unquoted(quote))) {
    if (isQuestion(sentence)) continue;
    const backing = allMatches(topic === "negotiations" ? SUPPORT_OF_TALKS : SUPPORT, sentence).find((m) => !NEGATION_BEFORE_PREDICATE.test(sentence.slice(0, m.index)));
    if (!backing) continue;
    const hedge = HEDGE.exec(sentence.slice(0, backing.index + backing[0].length));
    return hedge ? verdict("conditional", "modal-hedge", `${hedge[0]} … ${backing[0]}`) : verdict("supports", "backing-of-subject", backing[0]);
  }
  return null;
}

/** "We are ready", "we will contribute": the speaker's own commitment, answering about the topic its context names. */
function ownCommitment(quote: string): Verdict | null {
  // A question commits no one ("Are we prepared to …?"): only the asserted sentences are read (decision 0345).
  const asserted = sentencesOf(unquoted(quote)).filter((s) => !isQuestion(s)).join(" ");
  const found = OWN_COMMITMENT.exec(asserted);
  if (!found) return null;
  const hedge = HEDGE.exec(found[0]);
  return hedge ? verdict("conditional", "modal-hedge", found[0]) : verdict("supports", "own-commitment", found[0]);
}

/**
 * Cues that bear on the whole quote: a condemning word, a condition phrase, a limiting connective. For a
 * quote that names the topic but takes no position on it where it does, only its sentences that name no
 * topic at all are read (they go on about it: "We are not there yet"), and only for words and phrases.
 */
function strongCueIn(text: string, continuationsOnly = false): Verdict | null {
  const sentences = sentencesOf(unquoted(text));
  const asserted = sentences.filter((s) => !isQuestion(s));
  const plain = continuationsOnly ? asserted.filter((s) => !topicsOf(s).length).join(" ") : asserted.join(" ");
  const opposition = condemningWordIn(plain);
  const phrase = CONDITION_PHRASE.exec(plain);
  if (opposition && !(phrase && overlaps(phrase, opposition))) return verdict("opposes", "condemning-word", opposition[0]);
  if (phrase) return verdict("conditional", "condition-phrase", phrase[0]);
  if (continuationsOnly) return null;
  const limit = allMatches(CONNECTIVE, plain).find((c) => !UNSCOPED_CONNECTIVE.test(c[0]));
  return limit ? verdict("conditional", "condition-scope", limit[0]) : null;
}
