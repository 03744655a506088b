// Words around people's names: titles and honorifics printed before a name, particles inside one, the nouns that stand
// for a person with a role. Each entry is a general cue, never a phrase seen in an article.

import { oneOf } from "./oneOf";

/** "Ursula von der Leyen", "Example de la Sample": lower-case particles inside a name. */
export const NAME_PARTICLES = oneOf("von der", "von", "van der", "van den", "van", "de la", "de", "del", "della", "da", "di", "dos", "du", "le", "al", "bin", "ter", "zu", "vel");
/** "Mr", "Mrs", "Ms", "Dr": the courtesy titles every set of titles below holds. */
export const COURTESY = ["Mr", "Mrs", "Ms", "Dr"];
/** "Sen.", "Rep.", "Gov.": titles of legislators and governors, printed cut short. */
const LEGISLATORS_AND_GOVERNORS = ["Sen", "Rep", "Gov"];
/** The lower-case particles of an outlet's name. */
const OUTLET_PARTICLES = ["of", "de", "da", "do", "del", "della", "di", "du", "des"];
/** "Mr Example", "Dame Sample": a courtesy title before a name. */
export const COURTESY_TITLES = oneOf(...COURTESY, "Sir", "Dame");
/** "Mr.", "Sen.", "Gov.": a title cut short, which is no name. */
export const SHORT_TITLES = oneOf(...COURTESY, ...LEGISLATORS_AND_GOVERNORS);
/** "Sen. Example", "Col. Sample": a title cut short with a point before a name. */
export const TITLES_CUT_WITH_A_POINT = oneOf(...LEGISLATORS_AND_GOVERNORS, "Amb", "Lt", "Col", "Capt", "Prof");
/** "was asked", "had been pressed": a person put a question, whose answer follows. */
export const QUESTIONED = oneOf("asked", "questioned", "pressed", "quizzed", "interviewed");
/** "the president", "the head of state". */
export const PRESIDENT_NOUNS = oneOf("president", "head of state");
/** "the premier", "the PM". */
export const PREMIER_NOUNS = oneOf("premier", "pm");
/** "the envoy", "the ambassador". */
export const ENVOY_NOUNS = oneOf("envoy", "ambassador");
/** "the pope", "the pontiff". */
export const POPE_NOUNS = oneOf("pope", "pontiff");
/** "…, who heads the Example Institute": an affiliation, not a role in government. */
export const HEADS = oneOf("heads", "leads", "chairs", "runs");
/** "Earlier", "Separately", "Likewise": capitalised words that open sentences and are no name. */
export const SENTENCE_OPENING_WORDS = oneOf("Earlier", "Later", "Then", "Here", "There", "Instead", "Still", "Yet", "Thus", "Indeed", "Also", "Separately", "Similarly", "Likewise", "Previously", "Recently", "Finally", "Again", "Once", "Only", "Even", "Both", "Neither", "Nor", "Whereas", "Unlike", "Like", "Because", "Since", "Until", "Where", "Which", "Whom", "Whose");
/** "during the talks", "according to …", "speaking in …": the words that open an adverbial phrase before a subject. */
export const ADVERBIAL_OPENERS = oneOf("during", "in", "at", "on", "after", "before", "while", "when", "amid", "following", "despite", "ahead of", "speaking", "according to", "with", "without", "from", "for", "to", "by", "via", "through", "under", "over", "since", "until");
/** "Host:", "Q:", "Moderator:": the label that opens an interviewer's line in a transcript. */
export const INTERVIEWER_LINE_LABELS = oneOf("anchor", "host", "presenter", "interviewer", "moderator", "question", "q", "reporter", "journalist");
/** "Mr", "Dame", "Prof": an honorific, which is no speaker label. */
export const HONORIFICS = oneOf(...COURTESY, "Sir", "Dame", "Prof");
/** "the new foreign minister", "the acting president": who holds an office, now or about to. */
export const CURRENT_HOLDER = oneOf("new", "current", "incumbent", "outgoing", "incoming", "acting", "interim");
/** "King Example", "Grand Duke …", "Lord Sample": a word of rank that opens a full name and is not its given name. */
export const RANKS_OPENING_A_NAME = oneOf("King", "Queen", "Grand", "Lord");
/** "Mr", "Gen.", "Lady", "Prof.": a title alone, which is never a name. */
export const TITLES = oneOf(...COURTESY, "Gen", "Adm", "Sir", "Lord", "Lady", "Prof");
/** "Sir", "Lady", "Mrs": a courtesy title that closes a role printed before a name. */
export const TRAILING_TITLES = oneOf("Sir", "Dame", "Lord", "Lady", ...COURTESY);
/** "Sen.", "Gov.": titles cut short that a role spells out in full (see TITLE_ABBREVIATIONS in people/mentions.ts). */
export const ABBREVIATED_TITLES = oneOf(...LEGISLATORS_AND_GOVERNORS, "Amb");
/** "Secretary General", "Attorney General": offices whose name ends on "General", which is then no military rank. */
export const OFFICES_ENDING_IN_GENERAL = oneOf("Secretary", "Attorney", "Surgeon", "Inspector", "Director", "Solicitor", "Prosecutor", "Consul");
/** "spokesman", "spokeswoman", "spokesperson". */
export const SPOKESPERSON = String.raw`spokes(?:man|woman|person)`;
/** "Vice Admiral", "Rear Admiral": ranks of admiral. */
export const ADMIRAL_RANKS = oneOf("Vice ", "Rear ");
/** "Lieutenant General", "Major General", "Brigadier General": ranks of general. */
export const GENERAL_RANKS = oneOf("Lieutenant ", "Major ", "Brigadier ");
/** "the North Atlantic alliance": the alliance by name. */
export const ALLIANCE_NAMES = oneOf("NATO", "north atlantic alliance");
/** "NATO chief", "NATO boss": what reporters call NATO's Secretary General. */
export const NATO_CHIEF_NOUNS = oneOf("secretary general", "chief", "head", "boss", "leader");
/** "Folha de Exemplo", "Corriere della Sample": lower-case particles between the capitalised words of an outlet's name. */
export const OUTLET_NAME_PARTICLES = oneOf(...OUTLET_PARTICLES);
/** As OUTLET_NAME_PARTICLES, and the articles and links of names in several languages ("Example am Sonntag", "El Sample"). */
export const OUTLET_NAME_LINKS = oneOf(...OUTLET_PARTICLES, "the", "and", "at", "am", "im", "la", "le", "el");
/** "Mr. Example", "Gen. Sample", "St. Example": titles cut short with a point that stands inside a name, not at a sentence's end. */
export const TITLES_BEFORE_A_POINT = oneOf(...COURTESY, "Gen", "Sen", "Rep", "St");
