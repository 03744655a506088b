// Topics and stance of one statement, from its own words first and then its context, with the rule and the
// words that decided each. The cues are data (src/domain/lexicon/classify.en.ts); this module only composes
// them: which topic terms a text names, and how the words around a term bear on it.
//   stance, in order: a condemning word in the same sentence → opposes; a condition, a time or someone else's
//   decision → conditional (so "not … until" is conditional); a negation or refusing verb shortly before the
//   term → opposes; wanting, backing or working for it → supports; otherwise no stance.
import { CONDITION_CUES, NEGATION_CUES, OPPOSITION_CUES, SUPPORT_CUES, TOPIC_TERMS } from "../lexicon/classify.en";
import { STANCE_TOPICS, type StanceFinding, type StanceTopic, type StanceValue, type Topic } from "../extract/types";

/** Where a decision came from, nearest first. */
export type ContextSource = "quote" | "frame" | "question" | "previous" | "carried" | "paragraph" | "headline";

export interface StatementContext {
  /** The statement's own words. */
  quote: string;
  /** The reporter's words around it in its sentence ("…, Rutte said in response to a question about troops"). */
  frame?: string;
  /** A question put to the speaker just before ("Asked whether …"). */
  question?: string;
  /** The sentence before, for short answers that point back ("to do so"). */
  previous?: string;
  /** The clause a joined clause continues ("…, adding that …"): its topics carry over. */
  carried?: string;
  /** The paragraph that holds the statement. */
  paragraph?: string;
  /** The article's headline. */
  headline?: string;
}

export interface Decision {
  rule: string;
  source: ContextSource;
}

export interface Classification {
  topics: Topic[];
  stance: Partial<Record<StanceTopic, StanceFinding>>;
  /** Which rule and which part of the context decided the topics and each stance. */
  decidedBy: { topics: Decision; stance: Partial<Record<StanceTopic, Decision>> };
}

const alternation = (cues: string[]) => cues.map((c) => `(?:${c})`).join("|");
const TERM: Record<StanceTopic, RegExp> = Object.fromEntries(
  STANCE_TOPICS.map((t) => [t, new RegExp(String.raw`\b(?:${alternation(TOPIC_TERMS[t])})\b`, "giu")]),
) as Record<StanceTopic, RegExp>;
const CONDITION = new RegExp(String.raw`\b(?:${alternation(CONDITION_CUES)})\b`, "iu");
const OPPOSITION = new RegExp(String.raw`\b(?:${alternation(OPPOSITION_CUES)})\b`, "iu");
const SUPPORT = new RegExp(String.raw`\b(?:${alternation(SUPPORT_CUES)})\b`, "iu");
/** A negation at most six words before the term it governs, with no clause break between. */
const NEGATION_BEFORE = new RegExp(String.raw`\b(?:${alternation(NEGATION_CUES)})\b(?:[^\s.,;:!?]*\s+){0,6}$`, "iu");
const ANAPHORIC = /\b(?:do so|doing so|that|this|it|them|there|such)\b/i;

export function termsIn(text: string, topic: StanceTopic): RegExpMatchArray[] {
  return [...text.matchAll(TERM[topic])];
}

function topicsOf(text: string | undefined): StanceTopic[] {
  return text ? STANCE_TOPICS.filter((t) => termsIn(text, t).length > 0) : [];
}

/** The sentences of a text, split where a sentence-ending mark is followed by a capital or an opening mark. */
function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?…])\s+(?=[“"‘'(\p{Lu}])/u).filter(Boolean);
}

/** The stance a text takes on a topic, judged sentence by sentence; the first sentence with a verdict decides. */
export function stanceIn(text: string, topic: StanceTopic): (StanceFinding & { rule: string }) | null {
  const plain = text.replace(/[“”"«»„]/g, "");
  for (const sentence of sentencesOf(plain)) {
    const terms = termsIn(sentence, topic);
    if (!terms.length) continue;
    const verdict = judge(sentence, terms);
    if (verdict) return verdict;
  }
  return null;
}

function judge(sentence: string, terms: RegExpMatchArray[]): (StanceFinding & { rule: string }) | null {
  const finding = (value: StanceValue, rule: string, evidence: string) => ({ value, rule, evidence: evidence.trim() });
  const opposition = OPPOSITION.exec(sentence);
  if (opposition) return finding("opposes", "condemning-word", opposition[0]);
  const condition = CONDITION.exec(sentence);
  if (condition) return finding("conditional", "condition", condition[0]);
  for (const term of terms) {
    const negation = NEGATION_BEFORE.exec(sentence.slice(0, term.index));
    if (negation) return finding("opposes", "negated-term", sentence.slice(negation.index, term.index! + term[0].length));
  }
  const support = SUPPORT.exec(sentence);
  if (support) return finding("supports", "wanting-word", support[0]);
  return null;
}

export function classifyStatement(context: StatementContext): Classification {
  const own = topicsOf(`${context.quote} ${context.frame ?? ""}`);
  const short = context.quote.split(/\s+/).length <= 15;
  const [topics, source]: [StanceTopic[], ContextSource] = own.length
    ? [own, "quote"]
    : topicsOf(context.question).length
      ? [topicsOf(context.question), "question"]
      : short && ANAPHORIC.test(context.quote) && topicsOf(context.previous).length
        ? [topicsOf(context.previous), "previous"]
        : [topicsOf(context.carried), "carried"];
  const stance: Classification["stance"] = {};
  const decided: Partial<Record<StanceTopic, Decision>> = {};
  for (const topic of topics) {
    const found = stanceOnTopic(context, topic);
    if (!found) continue;
    stance[topic] = { value: found.value, evidence: found.evidence };
    decided[topic] = { rule: found.rule, source: found.source };
  }
  return {
    topics: topics.length ? topics : ["other"],
    stance,
    decidedBy: { topics: { rule: topics.length ? "topic-term" : "no-topic-term", source }, stance: decided },
  };
}

/** The quote speaks for itself first; the reporter's frame and the question only when it names no position. */
function stanceOnTopic(context: StatementContext, topic: StanceTopic) {
  const inQuote = judgeWhole(context.quote, topic);
  if (inQuote) return { ...inQuote, source: "quote" as ContextSource };
  // The reporter's words decide only a position the quote does not name itself ("…, he said, ruling out troops").
  const inFrame = context.frame && !termsIn(context.quote, topic).length ? stanceIn(context.frame, topic) : null;
  if (inFrame) return { ...inFrame, source: "frame" as ContextSource };
  return null;
}

/**
 * A quote that names no topic term itself ("That would be a mistake", "That is for each
 * government") answers about the topic its context named: its condemning, conditional or wanting words
 * decide, a bare negation does not (it may deny anything).
 */
function judgeWhole(text: string, topic: StanceTopic) {
  if (termsIn(text, topic).length) return stanceIn(text, topic);
  return judge(text.replace(/[“”"«»„]/g, ""), []);
}
