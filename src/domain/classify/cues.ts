// The general cues a statement shows on one stance topic, as named indicators with the words that showed them:
// the rules' own verdict, where the topic came from, and which lexicon classes (negation, condition, doubt,
// commitment, backing, evaluation …) occur in the statement's words on the topic and in the reporter's words
// around it. A learned model (./stanceModel.ts) weighs them (decision 0205). Names are fixed strings built from
// lexicon classes and rule ids, never words of an article.
import { BACKING_CUES, COMMITMENT_CUES, OPENNESS_CUES, POSITIVE_EVALUATION_CUES } from "../lexicon/classify.en";
import type { StanceTopic } from "../extract/types";
import {
  ANY_CONNECTIVE, CONDITION_PHRASE, DEAL_DEMAND, DOUBT_CUE, FIRST_PERSON_WORD, FOR_NOW_AFTER, HEDGE, NEGATION, POINTING, PRONOUN_ATTITUDE, SETTLEMENT_SETTING,
  condemningWordIn, cue, isQuestion, namedOtherSubject, reportedAttitude, sentencesOf, topicsOf, unquoted, type ContextSource, type StatementContext,
} from "./classify";

export interface Cue {
  /** A fixed indicator name: "rule:wanting-word", "near:negation", "frame:condition" … */
  name: string;
  /** The words that showed it, when it was read in the text. */
  evidence: string | null;
  /** Where those words stand. */
  source: ContextSource | null;
}

/** What the rules decided on the topic: the rule id and its value (null: the rule abstained on purpose). */
export interface RuleOutcome {
  rule: string;
  value: string | null;
  evidence: string | null;
  source: ContextSource | null;
}

const COMMITMENT = cue(COMMITMENT_CUES);
const BACKING = cue(BACKING_CUES);
const EVALUATION = cue(POSITIVE_EVALUATION_CUES);
const OPENNESS_WORD = cue(OPENNESS_CUES);

/** Lexicon classes looked for in a part of the text, each a pattern or a finder. */
const CLASSES: [string, (text: string) => string | null][] = [
  ["negation", (t) => NEGATION.exec(t)?.[0] ?? null],
  ["condition", (t) => CONDITION_PHRASE.exec(t)?.[0] ?? null],
  ["connective", (t) => ANY_CONNECTIVE.exec(t)?.[0] ?? null],
  ["for-now", (t) => FOR_NOW_AFTER.exec(t)?.[0] ?? null],
  ["doubt", (t) => DOUBT_CUE.exec(t)?.[0] ?? null],
  ["condemning", (t) => condemningWordIn(t)?.[0] ?? null],
  ["hedge", (t) => HEDGE.exec(t)?.[0] ?? null],
  ["commitment", (t) => COMMITMENT.exec(t)?.[0] ?? null],
  ["backing", (t) => BACKING.exec(t)?.[0] ?? null],
  ["evaluation", (t) => EVALUATION.exec(t)?.[0] ?? null],
  ["openness", (t) => OPENNESS_WORD.exec(t)?.[0] ?? null],
  ["deal-demand", (t) => DEAL_DEMAND.exec(t)?.[0] ?? null],
  ["settlement-setting", (t) => SETTLEMENT_SETTING.exec(t)?.[0] ?? null],
  ["first-person", (t) => FIRST_PERSON_WORD.exec(t)?.[0] ?? null],
  ["pointing", (t) => POINTING.exec(t)?.[0] ?? null],
];

/** The classes in a text, each once, named with the scope they were read in. */
function classCues(scope: string, text: string, source: ContextSource): Cue[] {
  const found: Cue[] = [];
  for (const [name, find] of CLASSES) {
    const evidence = find(text);
    if (evidence) found.push({ name: `${scope}:${name}`, evidence, source });
  }
  return found;
}

/** The quote's sentences that name the topic (all of them when none does: the topic came from context). */
function wordsOnTopic(quote: string, topic: StanceTopic): string {
  const sentences = sentencesOf(unquoted(quote));
  const naming = sentences.filter((s) => topicsOf(s).includes(topic));
  return (naming.length ? naming : sentences).join(" ");
}

/**
 * Every cue of a statement on one stance topic. `topicSource` is the part of the context that named the topic
 * ("quote" when the statement's own words do).
 */
export function stanceCues(context: StatementContext, topic: StanceTopic, topicSource: ContextSource | "continued", rule: RuleOutcome | null): Cue[] {
  const quoteNames = topicsOf(context.quote).includes(topic);
  const near = wordsOnTopic(context.quote, topic);
  const sentences = sentencesOf(unquoted(context.quote));
  const reporter = [context.lead, context.frame].filter(Boolean).join(" ");
  const cues: Cue[] = [
    { name: `topic:${topic}`, evidence: null, source: null },
    { name: `rule:${rule?.rule ?? "none"}`, evidence: rule?.evidence ?? null, source: rule?.source ?? null },
    { name: `rule-says:${rule ? (rule.value ?? "abstain") : "nothing"}`, evidence: rule?.evidence ?? null, source: rule?.source ?? null },
    { name: `topic-from:${quoteNames ? "quote" : topicSource}`, evidence: null, source: null },
    { name: context.direct ? "kind:direct" : "kind:reported", evidence: null, source: null },
    ...classCues("near", near, "quote"),
    ...(reporter ? classCues("frame", reporter, "frame") : []),
  ];
  const add = (name: string, evidence: string | null = null, source: ContextSource | null = null) => cues.push({ name, evidence, source });
  if (sentences.length && sentences.every(isQuestion)) add("quote-asks");
  if (sentences.join(" ").split(/\s+/).length <= 12) add("quote-short");
  if (topicsOf(context.quote).length > 1) add("several-topics");
  const others = reportedAttitude(context.speakerCountry ?? null).exec(near) ?? (context.direct ? PRONOUN_ATTITUDE.exec(near) : null);
  if (others) add("someone-else-wants", others[0], "quote");
  const named = namedOtherSubject(near, context);
  if (named) add("named-other-speaks", named, "quote");
  if (context.question && topicsOf(context.question).includes(topic)) add("question-names-topic", null, "question");
  if (context.headline && topicsOf(context.headline).includes(topic)) add("headline-names-topic", null, "headline");
  return cues;
}
