// Where a remark was made: the outlet that received it ("in an interview with
// Fox News", "told Reuters", "on Telegram"), the outlets that passed it on
// ("cited by Focus", "according to ANSA", "RT reported"), and non-media venues
// ("at a news briefing in the capital", "at a security forum in Munich").

import { COUNTRIES } from "../people/gazetteer";
import { ADDRESSING, CLAUSE_END_CITING_VERB, INSTITUTION_WORDS, INTERVIEW_GIVEN, MEDIA_KINDS, REMARK_NOUNS, REMARKS, WRITTEN_WORDS, OUTLET_REPORTED, PASSED_ON_BY, REPORTED_OR_SAID, SAID_ON, SAID_TO, SAYS, SPOKE_WITH, TELLING } from "../lexicon/en";
import { KNOWN_OUTLET_PATTERN, OUTLETS, PLATFORM_PATTERN, canonicalOutletName, findKnownOutlet, isSameOutlet, looksLikeMediaName } from "../outlets/gazetteer";
import { allMatches, mayMatchEach, skippingAbsentWords, unicodeWhereNeeded } from "../matches";
import { MONTH_NAMES, WEEKDAY_NAMES } from "../calendar/names";
import { ADDRESSEES, APPEARED, CONVERSATIONS, MEETING_OR_TALKS, AT_A_MEETING, AT_CAPITALISED, AT_OR_AHEAD_OF, AT_OR_HOLDING, AT_OR_ON_THE_SIDELINES, AWARDS, CARRIED, CITING_WORDS, CORRESPONDENTS, DEBATES, DISCUSSED, EDITIONS, EVENT_NOUNS, FORUMS, GATHERINGS, GATHERING_NAMES, INTERVIEW_OR_ASKED, IN_OR_HOLDING, JOINT_ACTS, OUTLET_INTERVIEWERS, OUTLET_STAFF, PARLIAMENTS, POST_ADJECTIVES, POST_NOUNS, PRESS_OR_NEWS, PROGRAMMES, RAN, RECEIVING_AN_AWARD, REPORT_NOUNS, SOCIAL_PAGES, SPEECH_KINDS, STORY_NOUNS, TALKS, THE_MEDIA, THE_PRESS, VISITS } from "../lexicon/occasions.en";
import { OUTLET_NAME_LINKS, OUTLET_NAME_PARTICLES } from "../lexicon/names.en";

export interface OutletMention {
  name: string;
  role: "receiving" | "citing";
  index: number;
  /** The words that named it ("an interview with Example Radio"), as printed. */
  phrase: string;
}

export interface VenueMention {
  venue: string;
  index: number;
  phrase: string;
}

// "Example of Sampleton", "Folha de Exemplo": a name's lower-case particle stands between two capitalised words.
const CAP_PHRASE = String.raw`(?:the\s+)?[A-Z][\p{L}.&'’-]*(?:\s+(?:${OUTLET_NAME_PARTICLES}\s+)?[A-Z0-9][\p{L}\d.&'’-]*){0,4}(?:\s*\([A-Z][\p{L}.]*\))?`;
const OUTLET = String.raw`(?:(?:the\s+)?(?:${KNOWN_OUTLET_PATTERN})(?![\p{L}])|${CAP_PHRASE})`;
/** The media kinds as alternatives, with the forms a pattern adds before them (longer forms first: they are tried in order). */
const mediaKinds = (...before: string[]) => [...before, ...MEDIA_KINDS].join("|");
const AGENCY_WORDS = String.raw`(?:(?:the\s+)?(?:\p{Lu}[\p{L}-]*['’]s\s+)?(?:[\p{L}-]+\s+){0,2}?(?:${mediaKinds("news\\s+agency", "television\\s+channel", "television", "radio", "TV\\s+channel", "publication", "tabloid")})\s+)`;

/**
 * An outlet, or two joined by "and" ("Example Wire and Sample News reported", "according to Example Wire and Sample
 * News"): two agencies that passed the same words on. The second is a second group, read only when it is media.
 */
const OUTLET_PAIR = String.raw`(${OUTLET})(?:\s+and\s+(${OUTLET}))?`;

/** "His words lead Example News": the verbs of translated agency copy that take the speaker's words as their object. */
const WORDS_PASSED_ON_BY = "leads?|brings?|cites?|quotes?|conveys?|transmits?";

const MEDIA_WORD = new RegExp(mediaKinds("publication", "tabloid"), "i");

/**
 * Each pattern with a cheap test its match implies, so most sentences skip most patterns. The patterns also skip
 * sentences without the words their matches need (`skippingAbsentWords`), which is checked first: it costs less.
 */
interface OutletPattern {
  re: RegExp;
  hint: RegExp;
  /** The construction itself says the name is a medium ("a programme on X"), whatever the name looks like. */
  saysMedia?: boolean;
  /**
   * The construction says nothing of what the name is ("said on X", "wrote in X", "asked by X"): only a known outlet or
   * a name shaped as media counts, whatever words come before it.
   */
  mediaOnly?: boolean;
}

/** A platform's name as printed (case kept): a sentence without one skips the platform patterns. */
const PLATFORM_NAMED = new RegExp(String.raw`(?:${PLATFORM_PATTERN})(?![\p{L}\d])`, "u");

const RECEIVING: OutletPattern[] = [
  { re: skippingAbsentWords(String.raw`\b(?:interview|conversation|talk|podcast|op-ed|article|comments?|commentary|statements?|sit-down)\s+(?:with|to|for|on)\s+${AGENCY_WORDS}?(${OUTLET})`, "giu"), hint: /interview|conversation|talk|podcast|op-ed|article|comment|statement|sit-down/i },
  // "during a broadcast on Example TV", "on the air of «Example 24»": a programme's channel received the words.
  { re: skippingAbsentWords(String.raw`\b(?:broadcast|programme|program|show|(?:on\s+)?(?:the\s+)?air)\s+(?:on|of)\s+${AGENCY_WORDS}?["“«„]?(${OUTLET})`, "gu"), hint: /broadcast|program|show|\bair\b/ },
  { re: skippingAbsentWords(String.raw`\b${TELLING}\s+${AGENCY_WORDS}?(${OUTLET})`, "gu"), hint: new RegExp(String.raw`\b${TELLING}\b`) },
  // "discussed the war with Example Weekly": the medium the speaker talked it over with (a known one, or one named as media).
  { re: skippingAbsentWords(String.raw`\b${DISCUSSED}\s+(?:[^.;,]{1,60}?\s+)?with\s+${AGENCY_WORDS}?(${OUTLET})`, "gu"), hint: /\bdiscuss/ },
  // "said this to the newspaper Example Daily", "stated to the broadcaster Example One": told, with the word for a medium.
  { re: skippingAbsentWords(String.raw`\b${SAID_TO}\s+(?:(?:this|that|so|it)\s+)?to\s+${AGENCY_WORDS}(${OUTLET})`, "gu"), hint: new RegExp(String.raw`\b${SAID_TO}\s+(?:\p{Ll}+\s+)?to\s`, "u") },
  // "in a readout on state broadcaster Example TV", "said on the news channel Example 24": words given on a medium the text names as one.
  { re: skippingAbsentWords(String.raw`\bon\s+${AGENCY_WORDS}(${OUTLET})`, "gu"), hint: /\bon\s/ },
  // "during an appearance on Example TV", "appeared on Example Radio": a programme's guest speaks to its channel.
  { re: skippingAbsentWords(String.raw`\b${APPEARED}\s+on\s+${AGENCY_WORDS}?(${OUTLET})`, "gu"), hint: /\bappear/ },
  // "Speaking to Example Radio, he …" opens a sentence as often as it follows a name: the first letter in either case.
  { re: skippingAbsentWords(String.raw`\b(?:[Ss]peaking|[Ss]peaking to|[Tt]alking to|[Ii]n remarks to)\s+${AGENCY_WORDS}?(${OUTLET})`, "gu"), hint: /speaking|talking to|remarks to/i },
  // "spoke with Example News's Jane Doe", "sat down with Example TV": a known outlet or one the text calls media.
  { re: skippingAbsentWords(String.raw`\b${SPOKE_WITH}\s+(?:with|to)\s+${AGENCY_WORDS}?(${OUTLET})`, "gu"), hint: new RegExp(String.raw`\b${SPOKE_WITH}\s+(?:with|to)\b`, "i") },
  // "in an interview published by Example Daily", "in comments carried by Example News": the medium that ran the words.
  { re: skippingAbsentWords(String.raw`\b${CARRIED}\s+by\s+${AGENCY_WORDS}?(${OUTLET})`, "gu"), hint: new RegExp(String.raw`\b${CARRIED}\s+by\b`) },
  // "told «Example Hour» on Example One", "in an interview with “Example Hour” on Example One": a programme named in
  // marks, then the channel that aired it; the channel received the words.
  { re: skippingAbsentWords(String.raw`\b(?:told|to|with|on|in)\s+["“«„][^"“”«»„]{1,60}["”»“]\s+(?:on|of)\s+${AGENCY_WORDS}?(${OUTLET})`, "gu"), hint: /["“«„]/, saysMedia: true },
  { re: skippingAbsentWords(String.raw`\bquestions?\s+from\s+${AGENCY_WORDS}?(${OUTLET})`, "gu"), hint: /question/ },
  // "told a Example Wire correspondent", "an Example News reporter asked": the outlet whose reporter the words were given to.
  // "told Example News' political editor Jane Sample", "spoke to Sample TV's host": the same, the outlet's possessive.
  {
    re: skippingAbsentWords(String.raw`\b(?:${TELLING}|to|with|by)\s+(?:(?:an?|the)\s+)?(${OUTLET})(?:[’']s?)?\s+(?:[\p{Ll}-]+\s+){0,2}${OUTLET_STAFF}s?\b`, "gu"),
    hint: /correspondent|reporter|journalist|interviewer|editor|host|presenter|anchor/, mediaOnly: true,
  },
  // "told a correspondent of Example News", "to a reporter for the Sample Gazette": the same, the outlet after the person.
  { re: skippingAbsentWords(String.raw`\b${OUTLET_INTERVIEWERS}s?\s+(?:of|for|with)\s+${AGENCY_WORDS}?(${OUTLET})`, "gu"), hint: /correspondent|reporter|journalist|interviewer/, saysMedia: true },
  // "in an interview given to Example Daily", "an interview published on Sunday by Example News", "in an interview aired
  // on Example TV": the interview's medium after the participle that tells what became of it.
  { re: skippingAbsentWords(String.raw`\b[Ii]nterview\s+(?:that\s+)?(?:was\s+)?${INTERVIEW_GIVEN}(?:\s+(?:on\s+)?(?:\p{Lu}\p{Ll}+day|last\s+\p{Ll}+|this\s+\p{Ll}+|earlier|late|overnight))?\s+(?:to|by|in|on|with)\s+${AGENCY_WORDS}?(${OUTLET})`, "gu"), hint: /interview/i, mediaOnly: true },
  // "said on Example TV", "speaking on Example Radio", "in an op-ed in Example Daily", "writing in the Example Times",
  // "wrote in Example Weekly", "in an email to Example Wire", "asked by Example TV", "interviewed by Example Radio": the
  // constructions say nothing of what the name is, so the name itself must be a medium (known, or shaped as one).
  // "told Jane Sample on Example News Breakfast": the presenter by name, then the programme's channel.
  {
    re: skippingAbsentWords(String.raw`\b(?:${SAID_ON}|${TELLING}\s+(?:\p{Lu}[\p{L}'’-]+\s+){0,2}\p{Lu}[\p{L}'’-]+)\s+on\s+(${OUTLET})`, "gu"),
    hint: new RegExp(String.raw`\b(?:${SAID_ON}|${TELLING})\s`), mediaOnly: true,
  },
  { re: skippingAbsentWords(String.raw`\b(?:op-ed|opinion\s+piece|article|column|essay|commentary|piece|editorial)\s+(?:published\s+)?(?:in|for)\s+(${OUTLET})`, "gu"), hint: /op-ed|opinion|article|column|essay|commentary|piece|editorial/, mediaOnly: true },
  { re: skippingAbsentWords(String.raw`\b(?:[Ww]riting|[Ww]rote|[Ww]rites)\s+in\s+(${OUTLET})`, "gu"), hint: /\b[Ww]r(?:iting|ote|ites)\s+in\s/, mediaOnly: true },
  { re: skippingAbsentWords(String.raw`\b(?:e-?mail|letter|written\s+${WRITTEN_WORDS})\s+to\s+${AGENCY_WORDS}?(${OUTLET})`, "gu"), hint: /mail|letter|written/, mediaOnly: true },
  { re: skippingAbsentWords(String.raw`\b(?:[Ii]nterviewed|[Aa]sked|[Qq]uestioned)\s+by\s+${AGENCY_WORDS}?(${OUTLET})`, "gu"), hint: /\b(?:[Ii]nterviewed|[Aa]sked|[Qq]uestioned)\s+by\s/, mediaOnly: true },
  // "His remarks were made to Example Radio", "she made the comments to Example TV on Sunday": the words, named as a
  // noun, given to a medium. The name must show it is one ("remarks made to the Example Assembly" name none).
  { re: skippingAbsentWords(String.raw`\b${REMARK_NOUNS}\s+(?:(?:were|was|had\s+been)\s+)?(?:made\s+|given\s+)?to\s+${AGENCY_WORDS}?(${OUTLET})`, "gu"), hint: new RegExp(String.raw`\b${REMARK_NOUNS}\s`), mediaOnly: true },
  // "Example Daily published an interview with the minister on Monday", "Sample TV aired its interview with her": the
  // medium that ran the interview, before it.
  { re: skippingAbsentWords(String.raw`(${OUTLET})\s+(?:has\s+|had\s+)?${RAN}\s+(?:an?\s+|its\s+)?(?:[\p{Ll}-]+\s+){0,2}?interview\s+with\b`, "gu"), hint: /\binterview\s+with\b/, mediaOnly: true },
  { re: skippingAbsentWords(String.raw`\bmade\s+(?:the|these|those|his|her|their)\s+(?:\p{Ll}+\s+)?${REMARKS}\s+(?:\p{Ll}+\s+)?to\s+${AGENCY_WORDS}?(${OUTLET})`, "gu"), hint: /\bmade\s/, mediaOnly: true },
  // "gave an interview to journalists from several media, including the Example portal": the first outlet named.
  { re: skippingAbsentWords(String.raw`\binterviews?\s+(?:to|with)\s+[^.;]{0,80}?\b${THE_MEDIA}\b[^.;]{0,40}?\bincluding\s+${AGENCY_WORDS}?(${OUTLET})`, "gu"), hint: /\bincluding\b/ },
  { re: skippingAbsentWords(String.raw`\b(?:on|via|in a post on|in a video on|in a message on|on (?:his|her|its) (?:official )?${SOCIAL_PAGES} (?:on|in))\s+(${PLATFORM_PATTERN})(?![\p{L}\d])`, "gu"), hint: PLATFORM_NAMED },
  // "responded on the Example platform", "wrote on the social network Example": the platform with the word for its kind.
  {
    re: skippingAbsentWords(String.raw`\b(?:on|via)\s+the\s+(?:(?:social\s+network|social\s+media\s+platform|platform|messenger)\s+|(?=(?:${PLATFORM_PATTERN})\s+(?:platform|social\s+network|network|app|messenger)\b))(${PLATFORM_PATTERN})(?![\p{L}\d])`, "gu"),
    hint: PLATFORM_NAMED,
  },
  // "in a Telegram post", "wrote in a Facebook video", "answered on an Example Chat group", "On his official X account,
  // …": the platform named before its post, its group or its account.
  { re: skippingAbsentWords(String.raw`\b(?:[Ii]n|[Vv]ia|[Oo]n)\s+(?:a|an|his|her|its|their)\s+(?:${POST_ADJECTIVES}\s+)?(${PLATFORM_PATTERN})\s+${POST_NOUNS}\b`, "gu"), hint: PLATFORM_NAMED },
  // "issued via tweet", "in a tweet", "tweeted that …": the platform is named by its post, or by the verb of posting there.
  { re: skippingAbsentWords(/\b(?:(?:via|in|on|by)\s+(?:a\s+)?|(?=tweet(?:ed|ing)\b))(tweet)(?:s|ed|ing)?\b/giu), hint: /tweet/i },
  { re: skippingAbsentWords(String.raw`\b(${OUTLET})\s+${INTERVIEW_OR_ASKED}\b`, "gu"), hint: new RegExp(String.raw`\b${INTERVIEW_OR_ASKED}\b`) },
  // "Example News interviewed the minister", "Sample TV has interviewed her": the medium put the questions.
  { re: skippingAbsentWords(String.raw`(${OUTLET})\s+(?:has\s+|had\s+)?interviewed\b`, "gu"), hint: /\binterviewed\b/, mediaOnly: true },
];

/** A line that credits the whole story to an outlet ("Source: Example Daily"). */
export const SOURCE_LINE = /(?:^|\n)[^\S\n]*(?:[Ss]ources?|SOURCES?)[^\S\n]*:/;

const CITING: OutletPattern[] = [
  // "Source: Example Daily" closing aggregated copy: the outlet the whole story was taken from.
  { re: skippingAbsentWords(String.raw`${SOURCE_LINE.source}[^\S\n]*(${OUTLET})[^\S\n]*\.?\s*$`, "gu"), hint: /\b[Ss]ources?\s*:|SOURCES?\s*:/, mediaOnly: true },
  { re: skippingAbsentWords(String.raw`\b${PASSED_ON_BY}(?:\s+as\s+saying)?\s+by\s+${AGENCY_WORDS}?${OUTLET_PAIR}`, "gu"), hint: new RegExp(String.raw`${PASSED_ON_BY}(?:\s+as\s+saying)?\s+by`) },
  { re: skippingAbsentWords(String.raw`\b[Aa]ccording\s+to\s+${AGENCY_WORDS}?${OUTLET_PAIR}`, "gu"), hint: /according/i },
  // "according to a Example Wire report", "an Example News investigation found": the outlet's own report passed the words on.
  { re: skippingAbsentWords(String.raw`\b(?:[Aa]ccording\s+to|[Ii]n|[Cc]ited\s+in|[Qq]uoted\s+in)\s+(?:an?|the)\s+(${OUTLET})\s+${REPORT_NOUNS}\b`, "gu"), hint: /report|article|story|investigation|interview|piece|broadcast|dispatch/, mediaOnly: true },
  // "according to a report by Example Wire", "a report in the Example Times", "a report from Sample TV".
  { re: skippingAbsentWords(String.raw`\b(?:[Aa]ccording\s+to|[Ii]n|[Cc]ited\s+in|[Qq]uoted\s+in)\s+(?:an?|the)\s+(?:\p{Ll}+\s+)?${STORY_NOUNS}\s+(?:by|in|from|of|on)\s+${AGENCY_WORDS}?(${OUTLET})`, "gu"), hint: /report|article|story|investigation|dispatch/, mediaOnly: true },
  { re: skippingAbsentWords(String.raw`\b(?:per|via)\s+(${OUTLET})`, "gu"), hint: /\b(?:per|via)\b/ },
  // "Example News reported …", "…, the agency Example News quotes", "Example News agency quoted this excerpt".
  // "…, as Example Wire reported": the same, after "as".
  { re: skippingAbsentWords(String.raw`(?:^|[.;]\s+|,\s*)(?:[Aa]s\s+)?${AGENCY_WORDS}?${OUTLET_PAIR}\s+(?:(?:news\s+)?agencies\s+|(?:news\s+)?agency\s+)?${OUTLET_REPORTED}\b`, "gu"), hint: new RegExp(String.raw`\b${OUTLET_REPORTED}\b`) },
  // "…, Example Daily said, …": a known outlet that "said" passed the words on (a person's "said" is no outlet's).
  // A name shaped as media says it too ("…, Example News said on its website"); a person's name never passes `addOutlet`.
  { re: skippingAbsentWords(String.raw`(?:^|[.;]\s+|,\s*)(${OUTLET})\s+${SAYS}\b`, "gu"), hint: new RegExp(String.raw`\b${SAYS}\b`), mediaOnly: true },
  // "…, the Example news agency quotes.": the outlet named before the word for its kind.
  { re: skippingAbsentWords(String.raw`,\s*(?:the\s+)?(${OUTLET})\s+(?:news\s+agency|agency|newspaper|broadcaster|channel|outlet|daily|portal|website|magazine)\s+${OUTLET_REPORTED}\b`, "gu"), hint: /agency|newspaper|broadcaster|channel|outlet|daily|portal|website|magazine/ },
  // "…, reports Example Daily.": the outlet named after its verb, at the end of the clause; translated copy prints the
  // verb as a participle or as "informs" ("…, writing Example Wire.", "…, informs Example Daily.").
  { re: skippingAbsentWords(String.raw`,\s*${CLAUSE_END_CITING_VERB}\s+${AGENCY_WORDS}?(${OUTLET})(?=\s*(?:[.;]|$))`, "gu"), hint: new RegExp(String.raw`,\s*${CLAUSE_END_CITING_VERB}\s`) },
  // "His words lead Example News.", "Her words are cited by …" (the passive form is read above): translated agency copy,
  // whose verb of passing words on ("leads", "brings") takes the words as its object.
  { re: skippingAbsentWords(String.raw`\b(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]hese|[Tt]hose)\s+words\s+(?:${WORDS_PASSED_ON_BY})\s+${AGENCY_WORDS}?["“«„]?(${OUTLET})`, "gu"), hint: /\bwords\s/ },
  // "…, an Examplewire correspondent reports.": the outlet whose reporter was there.
  { re: skippingAbsentWords(String.raw`\b(?:an?|the)\s+(${OUTLET})\s+${CORRESPONDENTS}s?\s+${REPORTED_OR_SAID}\b`, "gu"), hint: /correspondent|reporter|journalist/ },
  // "the publisher reports, citing Example TV": the outlet the report rests on.
  { re: skippingAbsentWords(String.raw`\b${REPORTED_OR_SAID},?\s+${CITING_WORDS}\s+${AGENCY_WORDS}?(${OUTLET})`, "gu"), hint: /\bciting\b|\breferring to\b|\bwith reference to\b/ },
];

/** "an interview on Tuesday", "an interview with President Jane Example": a day, a month or a person, not media. */
const CALENDAR_NAMES = [...WEEKDAY_NAMES, ...MONTH_NAMES].join("|");
/** "…, citing Examplia, the United States and …": a country named where an outlet could stand is no outlet. */
// "an interview with Examplian media": a country's adjective names a country's press, not an outlet.
const COUNTRY_NAMES = new Set(COUNTRIES.flatMap((c) => [c.name, ...c.otherNames, ...c.adjectives]).map((n) => n.toLowerCase().replace(/^the\s+/, "")));
/** "told the Examplian daily": a country's adjective before a kind of medium describes it; it names none. */
const COUNTRY_ADJECTIVES = new Set(COUNTRIES.flatMap((c) => [...c.adjectives, ...c.demonyms]).map((n) => n.toLowerCase()));
const NOT_AN_OUTLET = new RegExp(String.raw`^(?:${CALENDAR_NAMES}|President|Prime|Minister|Chancellor|Secretary|Senator|Sen\.|Rep\.|Governor|General|Gen\.|Admiral|King|Queen|Prince|Mr|Mrs|Ms|Dr|Sir|Lord|Lady)\b`);
const PROGRAMME = skippingAbsentWords(new RegExp(String.raw`\b${PROGRAMMES}\b`));
const PROGRAMME_WORD = String.raw`(?:\p{Lu}[\p{L}\d'’-]*|\d+|at|of|the|and|on|in)`;
const NAMED_PROGRAMME = new RegExp(
  String.raw`\b(?:told|on|to|with)\s+(?:the\s+)?(\p{Lu}[\p{L}\d.&-]*(?:\s+\p{Lu}[\p{L}\d.&-]*){0,2})['’]s\s+(\p{Lu}[\p{L}\d'’-]*(?:\s+${PROGRAMME_WORD}){0,5}?)\s+${PROGRAMMES}\b`,
  "gu",
);

/**
 * One more capitalised word of a name; a weekday or month after an outlet dates the remark ("told Example TV Sunday"),
 * and a word before a colon opens a programme's title ("an interview for Example News Examplia: The Front Line").
 */
const NAME_RUNS_ON = new RegExp(String.raw`^(\s+(?!(?:${CALENDAR_NAMES})\b)\p{Lu}\p{L}+)(?![\p{L}.'’:-])`, "u");
/**
 * Which receiving patterns (and the programme test, the last bit) a sentence holds a word for, from one reading of its
 * words: without such a word no pattern can match, and the answer is none. (An alternation of every pattern's hint
 * used to come next; nearly every sentence with such a word passed it, and it cost more than the hints it spared.)
 */
const RECEIVING_PATTERNS_THAT_MAY_MATCH = mayMatchEach(RECEIVING.map(({ re }) => re).concat(PROGRAMME));
/** The same for the citing patterns (one reading answers at most 31 patterns: the two lists are read apart). */
const CITING_PATTERNS_THAT_MAY_MATCH = mayMatchEach(CITING.map(({ re }) => re));

/** An outlet mention that opens on an interview, a conversation or a podcast. */
const CONVERSATION_AT_START = new RegExp(`^${CONVERSATIONS}`, "i");
/**
 * Outlets named in a sentence, in reading order. Only names that are media count. With `citingOnly`, only the
 * outlets that passed a remark on: the same as filtering the full answer by role, without running the receiving patterns.
 */
export function findOutlets(sentence: string, citingOnly = false, publisher: string | null = null): OutletMention[] {
  const found: OutletMention[] = [];
  const mayReceive = citingOnly ? 0 : RECEIVING_PATTERNS_THAT_MAY_MATCH(sentence);
  const mayCite = CITING_PATTERNS_THAT_MAY_MATCH(sentence);
  if (mayReceive === 0 && mayCite === 0) return found;
  // "told Example Radio's Morning Edition programme": the programme, named with its channel, received the words.
  const programmes = !citingOnly && PROGRAMME.test(sentence) ? allMatches(NAMED_PROGRAMME, sentence) : [];
  for (const m of programmes) {
    const known = findKnownOutlet(m[2]) ?? findKnownOutlet(`${m[1]}'s ${m[2]}`);
    addOutlet(found, publisher, known?.name ?? `${canonicalOutletName(m[1])} ${m[2]}`, "receiving", m.index!, true, m[0]);
  }
  for (let i = 0; i < (citingOnly ? 0 : RECEIVING.length); i++) {
    const { re, hint, saysMedia, mediaOnly } = RECEIVING[i];
    if ((mayReceive & (1 << i)) === 0 || !hint.test(sentence)) continue;
    for (const m of allMatches(re, sentence)) {
      if (programmes.length && inProgramme(programmes, m.index! + m[0].length - 1)) continue;
      // An unknown name counts as media when the text says so: "an interview with X", "told the broadcaster X".
      const described = CONVERSATION_AT_START.test(m[0]) || MEDIA_WORD.test(m[0].slice(0, m[0].length - m[1].length));
      const trusted = !mediaOnly && (described || !!saysMedia) && /^[A-Z]/.test(m[1].replace(/^the\s+/, ""));
      // "an interview with the news channel Example Türk": a described outlet's name runs on past a known one it contains.
      const runOn = described && !mediaOnly ? NAME_RUNS_ON.exec(sentence.slice(m.index! + m[0].length))?.[1] : undefined;
      const whole = runOn ? null : longerName(sentence, m, 1);
      // "told the Example news site", "told the Sample podcast": the kind of medium printed after the name says so too.
      // "speaking on the Example podcast": the word after the name says what "said on X" alone cannot.
      const kindAfter = KIND_AFTER.test(sentence.slice(m.index! + m[0].length, m.index! + m[0].length + 30)) && !COUNTRY_ADJECTIVES.has(m[1].replace(/^the\s+/i, "").toLowerCase());
      if (/^tweet/i.test(m[1])) addOutlet(found, publisher, "Twitter", "receiving", m.index!, true, m[0]);
      else if (whole === "") continue;
      else if (runOn && !findKnownOutlet(m[1] + runOn)) addOutlet(found, publisher, m[1] + runOn, "receiving", m.index!, true, m[0] + runOn);
      else addOutlet(found, publisher, whole ?? m[1], "receiving", m.index!, trusted || !!whole || kindAfter, m[0]);
    }
  }
  for (let i = 0; i < CITING.length; i++) {
    const { re, hint, mediaOnly } = CITING[i];
    if ((mayCite & (1 << i)) === 0 || !hint.test(sentence)) continue;
    for (const m of allMatches(re, sentence)) {
      // "…, citing Example TV.": a name that ends the clause after "citing" is the outlet cited, not "citing Example officials".
      const endsClause = /citing/.test(m[0]) && /^\s*(?:[.,;]|$)/.test(sentence.slice(m.index! + m[0].length));
      const whole = longerName(sentence, m, 1);
      if (whole !== "") addOutlet(found, publisher, whole ?? m[1], "citing", m.index!, !!whole || (!mediaOnly && (MEDIA_WORD.test(m[0]) || endsClause || /correspondent|reporter|journalist/.test(m[0]))), m[0]);
      // "Example Wire and Sample News reported": the second agency, when the data knows it or its name says media.
      if (m[2] && longerName(sentence, m, 2) !== "") addOutlet(found, publisher, m[2], "citing", m.index!, false, m[0]);
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * What the name a pattern read is part of, from the words printed right after it: "" when they make it the name of an
 * institution ("the Atlantic Council", "the Foreign Affairs Committee", "the Example Times Foundation": a known outlet's
 * name begins it, but it is no medium); a longer name when a known outlet's name goes on with "of" and a place ("the
 * Example Times of Sampleton", another paper); else null, the name as read.
 */
function longerName(sentence: string, m: RegExpExecArray, group: number): string | null {
  const name = m[group];
  const at = m.index + m[0].indexOf(name) + name.length;
  const after = sentence.slice(at, at + 80);
  if (INSTITUTION_AFTER.test(after)) return "";
  const place = findKnownOutlet(name) ? OF_A_PLACE.exec(after) : null;
  return place ? name + place[0] : null;
}

/** A kind of medium in lower case right after a name ("the Example news site", "the Sample podcast"). */
const KIND_AFTER = mediaKindAfter("site", "podcast", "tabloid");

/** The word for a medium right after a name ("the Example news agency", "the Sample podcast"), with any extra kinds. */
export function mediaKindAfter(...extraKinds: string[]): RegExp {
  return new RegExp(String.raw`^\s+(?:news\s+)?(?:${mediaKinds(...extraKinds)})\b`);
}

/** Words that end the name of an institution, not of a medium. */
const INSTITUTION_WORD = String.raw`(?:${INSTITUTION_WORDS.join("|")})`;
/** "… Council", "… Research Foundation", "… Committee on …": the words after a name that make it an institution's. */
const INSTITUTION_AFTER = new RegExp(String.raw`^\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}${INSTITUTION_WORD}\b`, "u");
/** An unknown name that ends on such a word ("Sample Institute", "Example Centre") is no medium, however it was introduced. */
const INSTITUTION_NAME = new RegExp(String.raw`\s${INSTITUTION_WORD}$`, "u");
/** " of Sampleton": a place that goes on a known outlet's name (one capitalised word). */
const OF_A_PLACE = /^\s+of\s+\p{Lu}[\p{L}-]+(?!\s+\p{Lu})/u;

/**
 * The first outlet that passed the words on (as `findOutlets(clause, true)[0]`) when it starts within the clause's
 * first `within` + 1 characters ("according to Example News, …", "cited by …"), else null: the same answer as
 * filtering `findOutlets` by index. Most clauses open with no citing construction; for them each citing pattern is
 * tried, sticky, at those few places only, and the clause is never scanned. For a reported clause that is only its source.
 */
export function citingOutletAtStart(clause: string, within = 2): OutletMention | null {
  if (!citingPatternStartsWithin(clause, within)) return null;
  const first = findOutlets(clause, true)[0];
  return first && first.index <= within ? first : null;
}

/** Whether a citing pattern matches at one of the first places: a match further on cannot start a citing outlet there. */
function citingPatternStartsWithin(clause: string, within: number): boolean {
  const mayMatch = CITING_PATTERNS_THAT_MAY_MATCH(clause);
  for (let i = 0; i < CITING_STICKY.length; i++) {
    if ((mayMatch & (1 << i)) === 0) continue;
    const re = CITING_STICKY[i];
    for (let at = 0; at <= within; at++) {
      re.lastIndex = at;
      if (re.test(clause)) return true;
    }
  }
  return false;
}

/** The citing patterns, each tried at one place (`y`): a global pattern's first match at a place is the sticky one's. */
const CITING_STICKY = CITING.map(({ re }) => new RegExp(re.source, re.flags.replace("g", "") + "y"));

/** Adds a name found by a pattern when it is media (known, the publisher, or trusted or shaped as media) and not yet found in that role. */
function addOutlet(found: OutletMention[], publisher: string | null, raw: string, role: OutletMention["role"], index: number, trusted: boolean, phrase: string): void {
  const name = cleanOutlet(raw);
  if (!name) return;
  const known = findKnownOutlet(name);
  // The publisher is media by definition ("told The Example", printed in The Example).
  const isPublisher = !known && !!publisher && isSameOutlet(publisher, name);
  if (!known && !isPublisher && (NOT_AN_OUTLET.test(name) || INSTITUTION_NAME.test(name) || COUNTRY_NAMES.has(name.toLowerCase().replace(/^the\s+/, "")) || (!trusted && !looksLikeMediaName(name)))) return;
  if (known?.name === "X" && !/\bX\b/.test(raw)) return;
  const canonical = known?.name ?? canonicalOutletName(name);
  if (!found.some((f) => f.name === canonical && f.role === role)) found.push({ name: canonical, role, index, phrase });
}

/** Whether a place in the sentence lies inside a named programme already taken ("Example Radio's Morning Edition programme"). */
function inProgramme(programmes: RegExpExecArray[], at: number): boolean {
  return programmes.some((m) => at >= m.index && at < m.index + m[0].length);
}

/** The outlets' forms that the outlet data prints in lower case ("dpa", "n-tv"), exactly as printed. */
const LOWER_CASE_OUTLET_NAMES = new Set(OUTLETS.flatMap((o) => [o.name, ...o.aliases]).filter((form) => /^\p{Ll}/u.test(form) && !/^the\s/.test(form)));

function cleanOutlet(raw: string): string | null {
  // "Example News’ editor": the possessive of a name ending in "s" is its apostrophe alone.
  let name = raw.trim().replace(/[’']s$|(?<=s)[’']$/, "").replace(/^the\s+/i, "");
  name = name.replace(/\s+(?:on|in|at|that|which|who|and|with)$/i, "");
  if (!/(?:^|\s)(?:[A-Z]\.)+$/.test(name)) name = name.replace(/\.+$/, ""); // a sentence's full stop, not "U.S."
  // "an interview with Example TV aired on Sunday" (a pattern read without case): the name ends at its first word in
  // lower case, save a name's particle ("Folha de Exemplo") and a known name printed so ("Example am Sonntag").
  if (/^[\p{Lu}\p{N}]/u.test(name) && !findKnownOutlet(name) && !EDITION_WORDS.test(name)) name = name.replace(LOWER_CASE_RUN_ON, "");
  name = withoutPerson(name);
  name = withoutDescription(name);
  // "an interview with dpa": a name is capitalised, unless the outlet data prints it in lower case, letter for letter.
  if (!name || (!/^[\p{Lu}\p{N}]/u.test(name) && !LOWER_CASE_OUTLET_NAMES.has(name))) return null;
  // A person's name after an outlet's possessive ("Fox News's Brian Kilmeade") is cut by the apostrophe rule above.
  return name;
}

/**
 * "Example TV's Jane Doe", "Jane Doe of Example TV": an unknown outlet's name read together with the person who asked
 * the questions; the outlet is the part that is media (known, or shaped as media), the other part a person's name.
 */
function withoutPerson(name: string): string {
  if (findKnownOutlet(name)) return name;
  const isMedia = (part: string) => !!findKnownOutlet(part) || looksLikeMediaName(part);
  const owner = PERSON_AFTER_POSSESSIVE.exec(name);
  if (owner && isMedia(owner[1])) return owner[1];
  const of = name.indexOf(" of ");
  if (of < 0) return name;
  const [person, outlet] = [name.slice(0, of), name.slice(of + 4)];
  return /^\p{Lu}/u.test(outlet) && isMedia(outlet) && !isMedia(person) ? outlet : name;
}

const LOWER_CASE_RUN_ON = new RegExp(String.raw`\s+(?!${OUTLET_NAME_LINKS}\s)\p{Ll}[\s\S]*$`, "u");
const EDITION_WORDS = new RegExp(String.raw`\s${EDITIONS}\s+of\s`);
const PERSON_AFTER_POSSESSIVE = /^(.+?)['’]s\s+\p{Lu}/u;

/**
 * "the Spanish edition of Example TV", "Examplia’s Example Daily newspaper": the outlet itself, without the words
 * that place it or say what kind of medium it is (the text's description, not part of the name).
 */
function withoutDescription(name: string): string {
  let bare = name.replace(EDITION_OF, "");
  // "Examplia’s Example Daily": the owner is a place; "Example TV’s Morning Show" keeps its channel.
  const owner = OWNER_POSSESSIVE.exec(bare);
  if (owner && !findKnownOutlet(owner[1]) && !looksLikeMediaName(owner[1])) bare = bare.slice(owner[0].length);
  bare = bare.replace(KIND_AFTER_NAME, "");
  return /^[\p{Lu}\p{N}]/u.test(bare) ? bare : name;
}

const EDITION_OF = new RegExp(String.raw`^(?:\p{Lu}[\p{L}-]*\s+)?${EDITIONS}\s+of\s+(?:the\s+)?(?=[\p{Lu}\p{N}])`, "u");
const OWNER_POSSESSIVE = /^(\p{Lu}[\p{L}.-]*)['’]s\s+(?=[\p{Lu}\p{N}])/u;
/** A kind of medium printed in lower case after a name ("… newspaper"): a description; "Example News" keeps its capital. */
const KIND_AFTER_NAME = new RegExp(String.raw`(?<=\S)\s+(?:(?:news\s+)?agency|(?:TV\s+|television\s+)?channel|${mediaKinds()})$`, "u");

/** Words that name an event before its kind: capitalised words, numbers, an acronym in brackets, a place adjective. */
const EVENT_NAME_WORD = String.raw`(?:[\p{Lu}\d][\p{L}\d'’-]*|\([\p{Lu}]+\)|[\p{Ll}]+-hosted|leaders['’]|security|informal|emergency|crisis)\s+`;
const EVENT_KIND = String.raw`${EVENT_NOUNS}`;
const EVENT_TOPIC = String.raw`\s+(?:on|of)\s+(?!(?:${CALENDAR_NAMES})\b)(?:\p{Ll}+\s+(?:for|to|in)\s+)?(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:of\s+the\s+)?\p{Lu}[\p{L}-]*){0,4}`;
const EVENT_PLACE = String.raw`\s+(?:held\s+)?in\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?`;
/** An event told apart by a name, a topic or a place: "the meeting" alone names none. */
const NAMED_EVENT = String.raw`(?:${EVENT_NAME_WORD}){1,7}${EVENT_KIND}(?:${EVENT_TOPIC})?(?:${EVENT_PLACE})?|${EVENT_KIND}(?:${EVENT_TOPIC}(?:${EVENT_PLACE})?|${EVENT_PLACE})`;

const VENUE_PATTERNS: RegExp[] = [
  // "at their joint news conference", "holding her weekly press conference": given or held by the speaker, the same.
  new RegExp(String.raw`\b${AT_OR_HOLDING}\s+(?:a|the|an|his|her|their)\s+((?:joint\s+|final\s+|closing\s+|annual\s+|weekly\s+|daily\s+)?${PRESS_OR_NEWS}\s+conference(?:\s+(?:in|at)\s+[A-Z][\p{L}-]+(?:\s+[A-Z][\p{L}-]+)?)?)`, "giu"),
  new RegExp(String.raw`\btold\s+(?:a|the)\s+((?:joint\s+)?${PRESS_OR_NEWS}\s+conference)`, "giu"),
  // "in a daily press briefing", "at the weekly online briefing", "giving a media briefing", "during her weekly press
  // briefing": a word or two of kind before the briefing.
  new RegExp(String.raw`\b${IN_OR_HOLDING}\s+(?:a|the|his|her|their)\s+((?:[\p{L}-]+\s+){0,2}?(?:press\s+)?briefing(?:\s+in\s+[A-Z][\p{L}-]+)?)`, "giu"),
  // "during a public discussion", "in a panel discussion": a debate the speaker took part in.
  new RegExp(String.raw`\b(?:in|at|during)\s+(?:a|the)\s+((?:public|panel|round-?table)\s+${DEBATES})`, "giu"),
  // "in his evening address", "in a video address to the parliament": an address is where the words were said.
  new RegExp(String.raw`\b(?:[Ii]n|[Dd]uring)\s+(?:a|an|his|her|the)\s+((?:[\p{Ll}-]+\s+){0,2}address(?:\s+to\s+(?:the\s+)?\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,3}(?:\s+${ADDRESSEES})?)?)`, "gu"),
  new RegExp(String.raw`\b${AT_OR_AHEAD_OF}\s+(?:the|a)\s+((?:[A-Z][\p{L}\d'’-]*\s+|of\s+|the\s+|\d{4}\s+){0,6}(?:Summit|Conference|Forum|Dialogue|Council|Assembly|Ministerial|meeting of [\p{L}\s]{3,40}?ministers|summit(?:\s+in\s+[A-Z][\p{L}-]+(?:\s+[A-Z][\p{L}-]+)?)?))`, "gu"),
  new RegExp(String.raw`\b${AT_OR_ON_THE_SIDELINES}\s+(?:the|a)\s+((?:[A-Z][\p{L}'’-]*\s+){1,5}${FORUMS}(?:\s+in\s+[A-Z][\p{L}-]+)?)`, "gu"),
  /\b(?:in|during)\s+(?:a|his|her)\s+(speech(?:\s+(?:at|to|in)\s+(?:the\s+)?[A-Z][\p{L}-]+(?:\s+[A-Z][\p{L}-]+){0,4})?)/gu,
  // "in a televised speech to the dock workers", "in a keynote speech at the Example Forum": a word of kind before the speech.
  new RegExp(String.raw`\b(?:[Ii]n|[Dd]uring)\s+(?:a|an|his|her)\s+(${SPEECH_KINDS}\s+speech(?:\s+(?:at|to|in)\s+(?:the\s+)?(?:\p{Ll}+|\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,4}))?)`, "gu"),
  // "said in a joint statement with President Jane Example": the statement made together is where the words were given.
  new RegExp(String.raw`\b(?:in|during)\s+(?:a|the)\s+(joint\s+${JOINT_ACTS}\s+with\s+(?:\p{Lu}[\p{L}'’.-]*\s+){0,5}\p{Lu}[\p{L}'’-]*)`, "gu"),
  /\b(?:before|to|at)\s+(?:the\s+)?((?:European\s+Parliament|Bundestag|House of Commons|Verkhovna Rada|US Congress|Congress|Senate)(?:\s+[a-z]+\s+committee)?)/gu,
  // "said on a visit to Examplestan", "during a two-day visit to Sampleton": the visit is where the words were said.
  new RegExp(String.raw`\b(?:on|[Dd]uring|while on)\s+(?:a|an|his|her|the)\s+(?:[\p{Ll}\d-]+\s+){0,2}(${VISITS}\s+to\s+(?:the\s+)?\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)`, "gu"),
  // "told a conference in Sampleton", "told an energy forum": the audience addressed is the venue.
  new RegExp(String.raw`\btold\s+(?:a|an|the)\s+((?:[\p{L}-]+\s+){0,5}?${GATHERINGS}(?:\s+in\s+\p{Lu}[\p{L}-]+)?)\b`, "gu"),
  // "at an Example Institute (EI) event in Sampleton", "attended the leaders' meeting held in Sampleton", "after a Sampleton
  // summit", "following a meeting on Examplestan in Sampleton": an event the speaker attended, or spoke right after,
  // is where the words were said (the real-corpus annotators' convention).
  new RegExp(String.raw`\b(?:[Aa]t|[Dd]uring|[Aa]fter|[Ff]ollowing|attended|attending|addressed|addressing)\s+(?:a|an|the)\s+(${NAMED_EVENT})`, "gu"),
  // "in a phone call with President Jane Example": a call is where the words were said, with whom is part of it.
  /\b(?:in|during|on)\s+(?:a|an|the|his|her|their)\s+((?:phone\s+|telephone\s+|video\s+)?call\s+with\s+(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]*)/gu,
  // "during negotiations with Prime Minister Jane Example in Sampleton": talks held with someone are where the words were said.
  new RegExp(String.raw`\b(?:[Dd]uring|[Aa]t)\s+(?:(?:the|his|her|their|a)\s+)?(${TALKS}\s+with\s+(?:\p{Lu}[\p{L}'’.-]*\s+){0,5}\p{Lu}[\p{L}'’-]*(?:\s+in\s+\p{Lu}[\p{L}-]+)?)`, "gu"),
  // "told parliament", "told the Examplian parliament": the chamber addressed is the venue.
  new RegExp(String.raw`\btold\s+(?:the\s+)?((?:\p{Lu}[\p{L}-]*\s+)?${PARLIAMENTS})\b`, "gu"),
  // "ahead of a regular meeting of trade ministers", "arriving for the bloc's finance ministers' meeting".
  // Not "after a meeting": words said afterwards were not said at it.
  new RegExp(String.raw`\b${AT_A_MEETING}\s+(?:[\p{L}\s]{0,30}?\bof\s+)?(?:an?|the)\s+((?:\p{Ll}+\s+){0,2}meeting\s+of\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?ministers|(?:[\p{L}'’-]+\s+){0,3}?ministers['’]?\s+meeting)\b`, "gu"),
  // "At the Example Security Conference, she said …": a named gathering opening the sentence (the patterns above read
  // "at" in lower case only, so a generic "At a summit on …" keeps its longer reading there).
  new RegExp(String.raw`\b${AT_CAPITALISED}\s+(?:the|a)\s+((?:[A-Z][\p{L}\d'’-]*\s+){1,5}${GATHERING_NAMES})\b`, "gu"),
].map((pattern) => unicodeWhereNeeded(pattern.source, pattern.flags));

/**
 * Which venue patterns a sentence holds a word for (the words each match needs, read from the same sources), from one
 * reading of its words: most sentences that pass the hint name one kind of event, and skip the other patterns.
 */
const VENUE_PATTERNS_THAT_MAY_MATCH = mayMatchEach(VENUE_PATTERNS.map((pattern) => skippingAbsentWords(pattern.source, pattern.flags)));

/** Every venue pattern ends on one of these words: a sentence without any skips them all. */
const VENUE_HINT = /conference|briefing|summit|forum|dialogue|council|assembly|ministerial|meeting|speech|parliament|legislature|bundestag|commons|rada|congress|senate|visit|gathering|discussion|debate|address|event|talks|negotiations|consultations|call\b|trip|tour|joint/i;

/** What every place tail holds ("in"/"at" between spaces): a venue without it skips the end-anchored pattern, tried at every character. */
const IN_OR_AT = /\s(?:in|at)\s/;
const PLACE_TAIL_IN_LOWER_CASE = /(?:\s+(?:in|at)\s+\p{Ll}[\p{L}-]*(?:\s+[\p{L}-]+)?|(?<=\s(?:in|at)\s\p{Lu}[\p{L}-]*)\s+\p{Ll}[\p{L}-]*)$/u;

/** "… with the Examplian minister", "after talks with …": who stood beside the speaker at a press conference. */
const COMPANION_AFTER = new RegExp(String.raw`^\s+(with|alongside|after (?:a\s+)?${MEETING_OR_TALKS} with)\s+((?:\p{Lu}[\p{L}'’-]*\s+){0,5}\p{Lu}[\p{L}'’-]*)(?![\p{L}'’-])`, "u");
export function findVenues(sentence: string): VenueMention[] {
  const venues: VenueMention[] = [];
  // The words first: the outlet patterns have just read this text's, which are kept, and a text without them skips the hint.
  const mayMatch = VENUE_PATTERNS_THAT_MAY_MATCH(sentence);
  if (mayMatch === 0 || !VENUE_HINT.test(sentence)) return venues;
  for (let i = 0; i < VENUE_PATTERNS.length; i++) {
    if ((mayMatch & (1 << i)) === 0) continue;
    for (const m of allMatches(VENUE_PATTERNS[i], sentence)) {
      if (toldReportersAfter(sentence, m[0])) continue;
      let venue = m[1].replace(/\s+/g, " ").trim();
      // "…conference. In Brussels" never crosses a sentence; add a place named right after "press conference".
      const after = sentence.slice(m.index! + m[0].length);
      // "a press conference alongside Prime Minister Jane Example": whom the speaker stood with is part of the occasion.
      const companion = /conference|briefing/i.test(venue) ? COMPANION_AFTER.exec(after) : null;
      const place = /^\s+(?:(?:with|alongside|after talks with)\s+[^,.;\s][^,.;]{0,49}?\s+)?in\s+([A-Z][\p{L}-]+(?:\s+[A-Z][\p{L}-]+)?)/u.exec(after);
      if (companion) venue += ` ${companion[1]} ${companion[2]}`;
      if (place && !/\bin\s+[A-Z]/.test(venue) && /conference|briefing|summit|meeting/i.test(venue)) venue += ` in ${place[1]}`;
      const before = /\bin\s+([A-Z][\p{L}-]+)\s+(?:at|during)\s+(?:a|the)\s*$/u.exec(sentence.slice(0, m.index! + m[0].indexOf(m[1]) ));
      if (before && !/\bin\s+[A-Z]/.test(venue)) venue += ` in ${before[1]}`;
      venue = namedByWhatWasGiven(venue, sentence.slice(0, m.index!));
      venue = talksWithTheName(venue);
      // The patterns read case-insensitively, so "in Brussels that" may end a place: a place is capitalised words only.
      if (IN_OR_AT.test(venue)) venue = venue.replace(PLACE_TAIL_IN_LOWER_CASE, "");
      if (!venues.some((v) => v.venue === venue)) venues.push({ venue, index: m.index!, phrase: m[0] });
    }
  }
  return venues;
}

/**
 * "negotiations with Examplian Prime Minister Jane Example in Sampleton": talks are told apart by whom they were held
 * with, named; the office before the name is the person's, not the occasion's (the last two capitalised words stay).
 */
function talksWithTheName(venue: string): string {
  const talks = TALKS_WITH.exec(venue);
  if (!talks) return venue;
  const name = talks[2].split(" ");
  return name.length <= 2 ? venue : `${talks[1]} with ${name.slice(-2).join(" ")}${talks[3] ?? ""}`;
}

const TALKS_WITH = new RegExp(String.raw`^(${TALKS}) with (\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)*)( in \p{Lu}[\p{L}-]+)?$`, "u");

/**
 * "after receiving the Example Prize at an October 8 event in Sampleton": an event named only by its date takes the
 * name of the award given there ("Example Prize event in Sampleton").
 */
function namedByWhatWasGiven(venue: string, before: string): string {
  const dateOnly = EVENT_NAMED_BY_DATE.exec(venue);
  const award = dateOnly && AWARD_RECEIVED.exec(before);
  return award ? award[1].replace(/['’]s\s+/, " ").replace(/\b\d{4}\s+/, "") + " " + venue.slice(dateOnly[0].length) : venue;
}

const EVENT_NAMED_BY_DATE = new RegExp(String.raw`^(?:(?:${CALENDAR_NAMES})\s+\d{1,2}|\d{1,2}\s+(?:${CALENDAR_NAMES}))\s+(?=event\b)`);
const AWARD_RECEIVED = new RegExp(String.raw`\b${RECEIVING_AN_AWARD}\s+(?:the\s+|an?\s+)?((?:[\p{Lu}\d][\p{L}\d'’-]*\s+){0,6}${AWARDS})\s+$`, "u");

/** "told reporters after a meeting of ministers": the words were said to the press afterwards, not at the meeting. */
function toldReportersAfter(sentence: string, phrase: string): boolean {
  return /^(?:after|following)\b/i.test(phrase) && TOLD_THE_PRESS.test(sentence);
}

const TOLD_THE_PRESS = new RegExp(String.raw`\b${ADDRESSING}\s+${THE_PRESS}\b`, "i");

/** The receiving outlets, then the citing ones, each name once, in the order given. */
export function joinOutletChain(outlets: OutletMention[]): string | null {
  const chain: string[] = [];
  for (const o of outlets) if (o.role === "receiving" && !chain.includes(o.name)) chain.push(o.name);
  for (const o of outlets) if (o.role === "citing" && !chain.includes(o.name)) chain.push(o.name);
  return chain.length ? chain.join("; ") : null;
}
