// Words of the frames that report speech, besides the speech verbs and nouns of en.ts: what a stance, a view or a
// naming is called, what an occasion is, how long ago. Each entry is a general cue, never a phrase seen in an article.

import { oneOf } from "./oneOf";

/** "took a firm line: …", "has taken a clear stance: …". */
export const STANCE_NOUNS = oneOf("position", "stance", "line");
/** "In her view, …", "In the words of the minister, …": whose words follow. */
export const IN_THE_VIEW_OF = oneOf("opinion", "view", "words");
/** "As the minister put it, …". */
export const PUT = oneOf("put", "puts");
/** "the minister's firm view is …". */
export const VIEW_ADJECTIVES = oneOf("own", "firm", "clear", "stated");
/** "The minister's message was clear: …". */
export const CLEAR = oneOf("clear", "simple", "plain", "blunt");
/** "reporters", "lawmakers", "parliament": groups words are given to. */
const LISTENER_GROUP_WORDS = ["reporters", "journalists", "lawmakers", "parliament"];
/** "also", "later", "once again": adverbs of sequence, which every set of adverbs below holds. */
const ADVERBS_OF_SEQUENCE = ["also", "further", "later", "then", "again", "once again"];
/** "As she told reporters, …", "as he told them". */
export const LISTENERS = oneOf(...LISTENER_GROUP_WORDS, "him", "her", "them", "us");
/** "call", "dub", "term", "describe": verbs that name something as …, by their opening letters. */
export const NAMING_STEMS = oneOf("call", "dub", "term", "describ");
/** "the minister's earlier remarks that …", "his own statement that …". */
export const EARLIER = oneOf("earlier", "recent", "latest", "repeated", "public", "previous", "prior", "initial", "own");
/** "the creation", "her commitment": endings that make a word a noun. */
export const NOUN_ENDINGS = oneOf("tion", "sion", "ment", "ity", "ness", "ance", "ence");
/** "rejected the possibility of …", "dismissed the notion that …". */
export const POSSIBILITIES = oneOf("possibility", "notion", "option", "prospect", "likelihood");
/** "shortly after", "days before", "moments after": a time before or after an event. */
export const SHORTLY = oneOf("shortly", "just", "soon", "days", "hours", "weeks", "moments", "minutes");
/** "two days ago", "a few weeks ago". */
export const DAYS_OR_WEEKS = oneOf("days?", "weeks?");
/** "as the minister arrived in …", "met …", "heads to …": an act of travel, not of speech. */
export const TRAVELS = oneOf("prepares", "prepared", "arrived", "arrives", "met", "meets", "visited", "visits", "left", "leaves", "heads", "headed");
/** "during a visit", "after the talks": an occasion the words were given at. */
export const OCCASIONS = oneOf("visit", "trip", "meeting", "press conference", "news conference", "summit", "speech", "interview", "talks", "briefing", "address", "conference", "forum", "session");
/** "…, Example Daily reported, with reference to …". */
export const REFERRING_TO = oneOf("with reference to", "referring to");
/** "Asked whether …", "In answer to a question about …": the question put to the speaker. */
export const ASKED = oneOf("asked", "question");
/** "INTERVIEWER:", "Host:": the label of a question in a transcript. */
export const INTERVIEWER_LABELS = oneOf("interviewer", "host", "reporter", "journalist", "moderator");
/** "a book titled “…”", "an operation dubbed “…”": a name in quotation marks, not words. */
export const TITLED = oneOf("titled", "entitled", "called", "named", "dubbed");
/** "X and other leaders pledged …": others speaking beside the subject. */
export const COLLEAGUES = oneOf("leaders", "officials", "ministers", "counterparts", "allies", "colleagues", "partners");
/** "the chief of …", "the head of …". */
export const CHIEFS = oneOf("chief", "head", "leader", "boss");
/** "at the end of February", "the beginning of March". */
export const PARTS_OF_A_MONTH = oneOf("end", "start", "beginning", "middle");
/** "Black Friday", "Good Friday", "Super Tuesday": a weekday in a name, not a date. */
export const DAY_NAME_WORDS = oneOf("next", "Black", "Good", "Holy", "Cyber", "Ash", "Easter", "Palm", "Super");
/** "Friday's summit", "the vote on Tuesday": an event a weekday names. */
export const SCHEDULED_EVENTS = oneOf("summit", "meeting", "talks", "conference", "vote", "session", "call", "gathering", "visit", "trip", "election", "deadline");
/** "the next summit", "a planned visit". */
export const UPCOMING = oneOf("next", "upcoming", "scheduled", "planned");
/** "Currently, …", "At the same time, …", "Meanwhile, …": a sentence that carries on from the one before. */
export const CARRYING_ON = oneOf("Currently", "At present", "At the same time", "Meanwhile", "Moreover", "In addition", "Also", "However", "Still", "For now", "Now");
/** "In Brussels, …", "Speaking to reporters, …", "Asked about …": a sentence that opens on the occasion alone. */
export const OCCASION_OPENERS = oneOf("In", "At", "During", "On", "After", "Before", "Speaking", "Addressing", "Asked", "Later", "Earlier");
/** "speaking to reporters", "talking to lawmakers": people the words were given to. */
export const LISTENER_GROUPS = oneOf(...LISTENER_GROUP_WORDS);
/** "Q:", "Question:": the label of a question in a transcript. */
export const QUESTION_LABELS = oneOf("Q", "Question");
/** "A:", "Answer:": the label of an answer in a transcript. */
export const ANSWER_LABELS = oneOf("A", "Answer");
/** "also said", "categorically rejected", "reportedly told": adverbs between a subject and its speech verb. */
export const ADVERBS_BEFORE_A_VERB = oneOf(...ADVERBS_OF_SEQUENCE, "categorically", "firmly", "clearly", "bluntly", "flatly", "simply", "only", "quickly", "earlier", "reportedly", "separately");
/** "was also quoted", "were widely reported": adverbs between a passive's auxiliary and its participle. */
export const ADVERBS_IN_A_PASSIVE = oneOf(...ADVERBS_OF_SEQUENCE, "reportedly", "widely");
