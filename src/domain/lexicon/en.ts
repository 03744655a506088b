// English word lists, as data. Each entry is a general cue, never a phrase seen in an article.
// Every place that needs one of these lists imports it from here, so a verb added once works everywhere.
import { oneOf } from "./oneOf";

/** "pushed for", "pressed her case on Thursday for": a demand made, with the case and the day it was pressed on. */
const PRESSED_FOR = String.raw`(?:pushed|pushes|pressed|presses)(?:\s+(?:his|her|their|its)\s+case)?(?:\s+(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)?\s+for`;

/** "Example News quoted the minister as saying …": the agency quotes; the person between is the speaker. */
export const QUOTED_AS_SAYING = String.raw`(?:quoted|quotes|cited|cites)\s+(?!as\b)[^,.;:“”"«»]{1,60}?\s+as\s+(?:saying|stating|telling|writing)`;

/** Verbs whose report is their object, a noun phrase: speech verbs, and in NOUN_OBJECT_SPEECH_VERBS (decision 0670). */
const REPORTED_AS_OBJECT = ["compared", "compares", "put forward", "puts forward", "celebrated", "blasted", "decries", "decried", "referred to", "referenced"];

/**
 * Verbs of opinion and feeling among the speech verbs (prefixes of the verb as matched): "believes", "thinks", "is
 * convinced", "fears that". After "because" or "since" they give the reporter's reason, not someone's words
 * ("because the minister thinks time is on her side"); a verb of saying there still reports ("since she warned that …").
 */
export const OPINION_VERB_STEMS = ["believ", "think", "consider", "doubt", "fear", "hope", "felt", "feel", "expect", "is ", "was ", "remain"];

/** Finite speech verbs and verb phrases (regex source fragments) that introduce what someone said. */
export const SPEECH_VERBS = [
  "said", "says", "stated", "states", "stressed", "stresses", "noted", "notes", "added", "adds", "warned", "warns",
  "emphasized", "emphasised", "emphasizes", "emphasises", "underscored", "underlined", "highlighted", "explained", "explains",
  "told", "tells", "insisted", "insists", "argued", "argues", "admitted", "admits", "acknowledged", "acknowledges",
  "confirmed", "confirms", "announced", "declared", "claimed", "claims", "suggested", "suggests", "reiterated", "repeated",
  "pointed out", "points out", "remarked", "assured", "revealed", "recalled", "reminded", "wrote", "writes",
  "posted", "commented", "replied", "answered", "urged", "urges", "called for", "calls for", "called on", "calls on", "called upon", "calls upon",
  "welcomed", "welcomes", "praised", "agreed", "agrees", "predicted", "vowed", "promised", "cautioned", "cautions", "clarified",
  "specified", "mentioned", "observed", "indicated", "maintained", "conceded", "concedes", "assessed", "estimated", "responded",
  "reaffirmed", "asserted", "proposed", "demanded", "signalled", "signaled", "signals", "hinted", "hints", "pledged", "pledges",
  "did say", "described", "describes", "advocated", "advocates", PRESSED_FOR,
  // A threat is reported only with what was threatened ("threatened to cut …"), never with its target ("threatened Kyiv").
  String.raw`threaten(?:ed|s)(?=\s+to\s)`,
  // A side taken in words: "spoke (out) in favour of …", "has spoken out against …"; the report keeps its "in favour of".
  String.raw`(?:spoke|speaks|spoken)(?:\s+out)?(?=\s+(?:in\s+favou?r\s+of|against)\s)`,
  // "spoke of the need to …", "speaks of the danger of …": a stance named as a noun; "spoke of his childhood" is none.
  String.raw`(?:spoke|speaks|spoken)\s+of(?=\s+(?:the|a|an)\s+(?:urgent\s+|pressing\s+|real\s+|growing\s+)?(?:need|necessity|importance|readiness|willingness|danger|risk|threat|possibility)\s+(?:of|to|for)\s)`,
  // A fault laid on someone: "blamed the council for the delay"; the object, and what for, is the report.
  "blamed", "blames",
  "appreciated", "predicts", "tweeted",
  // The present tense of the verbs above, as copy written in the present prints them ("the minister maintains he
  // will …", "Example mentions that …"); not the forms that are also plural nouns ("remarks", "comments", "posts").
  "announces", "declares", "reiterates", "repeats", "assures", "reveals", "recalls", "reminds", "replies", "responds",
  "specifies", "mentions", "observes", "indicates", "maintains", "asserts", "proposes", "vows", "clarifies", "reaffirms",
  "praises",
  // Pleas and affirmations with their object ("pleaded for safe corridors", "affirmed the council's resolve"); with a
  // "that" clause or closing one they report as well, so they stand in neither list of "that"-only verbs below.
  "pleaded for", "pleads for", "affirmed", "affirms",
  // Verbs whose report is their object, a noun phrase (decision 0670): "compared the talks to …", "put forward a plan",
  // "referred to the conditions", "decries the decision"; "offered no details" (a refusal to say) reports nothing.
  ...REPORTED_AS_OBJECT, String.raw`offered(?!\s+(?:no|little|few)\b)`,
  "(?:drew|draws) attention to the fact", "denounced", "denounces", "hailed", "hails", "accused", "accuses",
  "(?:expressed|voiced) (?:the |his |her |their |(?:the )?[A-Za-z][\\w-]*[’']s )?(?:hope|optimism|confidence|opinion|view|belief|conviction|concern|regret|doubts?|support)",
  // A stance named as a noun with what it bears on ("expressed his opposition to sending …", "voiced her readiness to
  // …"): the noun and its complement are the report; "expressed his thanks to the hosts" names no stance (decision 0765).
  String.raw`(?:expressed|expresses|voiced|voices)(?=\s+(?:his|her|their|its)\s+(?:(?:firm|strong|clear|continued|full)\s+)?(?:opposition|intention|determination|readiness|willingness|unwillingness|desire|commitment|reluctance|scepticism|skepticism|objections?|reservations)\s+(?:to|for|about|over|towards?)\s)`,
  "(?:is|was|remains) (?:convinced|confident|sure|certain)",
  // A speech verb after "appeared to", "seemed to" ("appeared to acknowledge that …"): the reporter's hedge on words
  // still reported, with their "that" (decision 0765); "appeared to be tired" reports nothing.
  String.raw`(?:appeared|appears|seemed|seems)\s+to\s+(?:acknowledge|suggest|concede|admit|indicate|accept|signal|confirm|imply|say|hint|question|rule\s+out)(?=\s+that\b)`, "made it clear", "made clear", "made it plain", "made plain",
  // A stance stated after a colon: "took a firm line: …", "has taken a tough stance: …".
  String.raw`(?:is\s+taking|was\s+taking|took|takes|has\s+taken)\s+(?:a|an)\s+(?:clear|firm|tough|hard|strong|different|cautious|principled)\s+(?:position|stance|line)(?=\s*:)`,
  // A stance stated with its "that" clause ("was adamant that …", "is hopeful that …"); "was clear about the risks"
  // and "is optimistic" alone describe a mood, not words.
  String.raw`(?:is|was|remains|remained)\s+(?:adamant|clear|hopeful|optimistic|categorical)(?=\s+that\b)`,
  // Opinion verbs that translated copy uses for what someone said ("X believes that …").
  "believes", "believed", "thinks", "considers", "(?:is|was|remains) of the (?:opinion|view)",
  // An agency's report of someone's words: "was quoted (by Example News) as saying …", "quoted him as saying …"
  // (the speaker stands inside the phrase: reportedSpeech reads it there); "went on to say …"; "made the case that …".
  String.raw`(?:was|were|is|are|has\s+been|had\s+been)\s+(?:quoted|cited|reported)(?:\s+by\s+(?:the\s+)?[^,.;:“”"«»]{1,60}?)?\s+as\s+(?:saying|stating|telling|writing)`,
  // "is reported to have said …", "was quoted to have told …": a report of a report, still the person's words.
  String.raw`(?:was|were|is|are)\s+(?:reported|quoted)\s+to\s+have\s+(?:said|told|stated|warned)`,
  QUOTED_AS_SAYING,
  String.raw`(?:went|goes)\s+on\s+to\s+(?:say|add|stress|note|warn|explain)`, "made the case", "makes the case",
  // Setting out a plan or a judgement, and passing on information ("set out a plan for …", "characterised the talks as …").
  "outlined", "outlines", "set out", "sets out", "laid out", "lays out", "characteri[sz]ed", "characteri[sz]es",
  // Verbs of saying that report only with a "that" clause ("countered that …", "complained to reporters that …",
  // "alleged on Monday that …"); without one they name an act, a grievance or a tone ("complained about the fees").
  String.raw`(?:contended|contends|countered|counters|complained|complains|lamented|laments|boasted|boasts|joked|jokes|quipped|quips|alleged|alleges|retorted|disclosed|discloses|proclaimed|speculated|opined|reasoned|surmised|reckoned)(?=\s+(?:(?:on\s+[A-Z][a-z]+|to\s+(?:the\s+)?[A-Za-z]+)\s+)?that\b)`,
  // The same verbs closing the words they attribute ("… will last long, the premier lamented."): the clause stands
  // before them.
  String.raw`(?:contended|countered|complained|lamented|boasted|alleged|retorted|speculated|opined|reasoned|surmised|reckoned)(?=\s*[.;]|\s*$|\s*,(?!\s*(?:and|but|or|while|then|as|because|before|after|when)\b))`,
  // Opinions and denials stated with a "that" clause ("doubts that …", "feared that …", "denied that …"); without one
  // they name a feeling or an act ("feared for his life", "denied entry").
  String.raw`(?:doubted|doubts|feared|fears|hoped|hopes|felt|feels|expects|expected|denied|denies|disputed|disputes)(?=\s+(?:(?:on\s+[A-Z][a-z]+|to\s+(?:the\s+)?[A-Za-z]+)\s+)?that\b)`,
  // A request put to someone ("asked the allies to …", "appealed to donors to …", "challenged X to …"): the person
  // and the act asked for are the report. Only before an infinitive: "asked whether …" is a question, "invited X to
  // the summit" an invitation to a place; no question word may stand in the object ("asked the minister what it would
  // take to …").
  String.raw`(?:asked|asks|invited|invites|encouraged|encourages|challenged|challenges|implored|implores|begged|begs|appealed\s+to|appeals\s+to)(?=\s+(?:(?!(?:whether|if|why|how|what|when|where|which|who|about|for)\b)[^\s.;:!?,“”"]+\s+){1,8}?to\s+(?!(?:the|a|an|his|her|their|its|this|that|these|those|our|my|your)\b)[a-z]+\b)`,
  // Advice with an infinitive ("advised the allies to ignore …"), as the requests above; "advised against" is read
  // with its preposition elsewhere, "was advised to" is being advised (decision 0765).
  String.raw`(?:advised|advises)(?=\s+(?:(?!(?:whether|if|why|how|what|when|where|which|who|about|against|on)\b)[^\s.;:!?,“”"]+\s+){1,6}?to\s+(?!(?:the|a|an|his|her|their|its|this|that|these|those|our|my|your)\b)[a-z]+\b)`,
  // "informed allies that …", "reassured allies that …" (a listener, then the clause); "was informed of …" is being
  // told, not telling.
  String.raw`(?:informed|reassured|reassures)(?=\s[^.;:“”"]{0,60}?\bthat\b)`,
  // A judgement of an object ("deemed the plan as premature"): the object, then its "as".
  String.raw`deemed(?=\s[^.;:“”"]{1,80}?\sas\s)`,
  // The same judgement in other verbs ("cast the deal as a rebuke", "credited the army as …", "named A and B as key
  // buyers"); "named Jane Example as envoy" (a name, then "as") is an appointment, not a judgement.
  String.raw`(?:cast|casts|credited|credits|identified|identifies|labell?ed|labels|branded|brands|portrayed|portrays|named(?!\s+[A-Z][\w'’-]*\s+[A-Z][\w'’-]*\s+as\b))(?=\s[^.;:“”"]{1,80}?\sas\s)`,
  // "called the decision a mistake": an object and, closing the sentence, what it was called; never "called on",
  // "called for", "called him", nor "called X to discuss a …" (a call, not a judgement).
  String.raw`called(?=\s+(?!(?:on|for|off|up|in|upon|back|it|him|her|them|me|us|a|an|to|at)\b)(?:[^.;:!?]|(?<=\b[A-Z])\.){3,240}?(?<!\bto\s+[a-z]+)\s(?:a|an)\s(?:[^\s.;:!?]+\s+){0,4}[^\s.;:!?]+[.!?"”’:]*\s*$)`,
  // "called the plan “reckless” and said …", "called the talks “a farce”, adding …": an object, then what it was called
  // in quotation marks, closing the sentence or followed by a comma or a joined verb.
  String.raw`called(?=\s+(?!(?:on|for|off|up|in|upon|back|it|him|her|them|me|us|a|an|to|at)\b)[^.;:!?“”"]{3,120}?\s(?:a\s+|an\s+)?[“"‘][^“”"‘’]{2,60}?[”"’](?=[.!?]*\s*$|\s*,|\s+(?:and|but|while)\s|(?<=,[”"’])\s+[a-z]+ing\b))`,
  // "an attack the minister calls “pure terror”", "which she termed ‘a farce’": the thing named stands before, in the
  // reporter's words; what it was called follows at once in quotation marks, and that is the report (decision 0765).
  String.raw`(?:calls|called|dubbed|dubs|termed|terms)(?=\s+[“"‘][^“”"‘’]{3,80}[”"’])`,
  // "dubbed the plan “a wake-up call”", "branded the vote “a farce”": as "called" with an object and what it was called
  // in quotation marks (decision 0765).
  String.raw`(?:dubbed|branded|termed|labell?ed)(?=\s+(?!(?:it|him|her|them|me|us)\b)[^.;:!?“”"‘’]{3,120}?\s(?:a\s+|an\s+)?[“"‘][^“”"‘’]{2,60}?[”"’])`,
];

/** An outlet passing someone's words on: "Example News quotes him", "…, the agency cited the minister". */
export const OUTLET_QUOTING_VERB = "(?:quotes|quoted|cites|cited)";

/**
 * An outlet named after its verb at the end of a reported clause, which passed the words on: "…, reports Example
 * Daily."; translated copy prints the verb as a participle or as "informs" ("…, writing Example Wire.").
 */
export const CLAUSE_END_CITING_VERB = "(?:reported|reports|writes|wrote|writing|informs|informed)";

/**
 * Verbs that attribute words printed in quotation marks but report no clause of their own ("“…,” he continued",
 * "She concluded: “…”"): used beside a quote only.
 */
export const QUOTE_ATTRIBUTION_VERBS = [
  "continued", "continues", "went on", "concluded", "quipped", "joked", "retorted", "shot back", "recounted", "summed up", "put it",
  // "“…,” Example News quotes him.", "“…,” Example News quoted the minister.": the agency quoted, the person after it spoke.
  `${OUTLET_QUOTING_VERB}(?=\\s+(?:him|her|them|the\\s+[a-z]|[A-Z]))`,
];

/** Every verb that may attribute a quote: the speech verbs and those that attribute only a quote beside them. */
export const QUOTE_VERBS = [...SPEECH_VERBS, ...QUOTE_ATTRIBUTION_VERBS];

/** Participles that attach a report to the sentence's subject ("…, adding that …"). */
export const SPEECH_PARTICIPLES = [
  "saying", "stating", "stressing", "noting", "adding", "warning", "emphasizing", "emphasising", "arguing", "explaining",
  "insisting", "underscoring", "underlining", "calling for", "calling on", "calling upon", "urging", "admitting", "acknowledging", "cautioning",
  "conceding", "pointing out", "claiming", "suggesting", "telling", "recalling", "highlighting", "expressing (?:the )?hope", "asserting",
  "declaring", "reiterating", "assuring", "remarking", "replying", "answering", "while admitting", "signalling", "signaling",
  "hinting", "pledging", "describing", "denouncing", "hailing", "accusing", "voicing", "indicating", "outlining",
  "characteri[sz]ing", "making (?:it )?clear",
  // "reacted by calling the plan “a farce”", "…, calling the strikes “terror”": an object, then what it was called in
  // quotation marks (the finite "called" of SPEECH_VERBS as a participle; decision 0765).
  String.raw`calling(?=\s+(?!(?:on|for|off|up|in|upon|back|it|him|her|them|me|us|a|an|to|at)\b)[^.;:!?“”"‘’]{3,120}?\s(?:a\s+|an\s+)?[“"‘][^“”"‘’]{2,60}?[”"’])`,
  // "continued by pushing for talks", "…, pressing for a deadline": the demand, as "pushed for" (PRESSED_FOR).
  String.raw`(?:pushing|pressing)\s+for`, String.raw`mentioning(?=\s+that\b)`,
];

/**
 * Speech verbs whose report may be their object, a noun phrase rather than a clause ("stressed the importance of …",
 * "welcomed the decision", "described the talks as …", "accused the minister of …"). Prefixes of the verb as matched.
 */
export const NOUN_OBJECT_SPEECH_VERBS = [
  "noted", "notes", "stressed", "stresses", "emphasi[sz]ed", "emphasi[sz]es", "underscored", "underlined", "highlighted",
  "called for", "calls for", "called on", "calls on", "called upon", "calls upon", "urged", "urges", "welcomed", "welcomes", "praised", "stressing",
  "emphasi[sz]ing", "underscoring", "underlining", "highlighting", "calling for", "calling on", "calling upon", "urging",
  "warned against", "warning against", "cautioning against", "cautioned against",
  "expressed", "voiced", "voicing",
  "described", "describes", "describing", "denounced", "denounces", "denouncing", "hailed", "hails", "hailing",
  "accused", "accuses", "accusing", "advocated", "advocates", PRESSED_FOR,
  "pleaded for", "pleads for", "affirmed", "affirms",
  "appreciated", "reiterated", "reiterates", "reiterating", "reaffirmed", "reaffirms", "repeated", "repeats", "mentioned", "mentions", "noting",
  "set out", "sets out", "laid out", "lays out", "characteri[sz]ed", "characteri[sz]es", "characteri[sz]ing", "deemed", "called",
  "spoke", "speaks", "spoken", "blamed", "blames", "cast", "credit", "identifie", "label", "brand", "portray", "named",
  ...REPORTED_AS_OBJECT, "offered", "proposed", "recalled",
  "asked", "asks", "invite", "encourage", "challenge", "implore", "begged", "begs", "appeal", "advise",
  "calling", "pushing for", "pressing for", "dubbed", "dubs", "termed", "terms", "calls",
];

/**
 * A refusal to exclude an option ("did not rule out deploying …", "does not exclude that …"): reported speech whose
 * quote keeps the refusal, since without it the words would say the opposite. Regex source fragments. "refused to
 * rule out" is left out: a lede summing up a quote that follows (the synthetic set's convention).
 */
export const REFUSAL_SPEECH_VERBS = [
  String.raw`(?:did|does|do|would|could|has|have|had|will)\s+not\s+(?:rule|ruled)\s+out`,
  String.raw`(?:didn|doesn|don|wouldn|couldn|hasn|haven|won)[’']t\s+(?:rule|ruled)\s+out`,
  String.raw`(?:did|does|do)\s+not\s+exclude`, String.raw`(?:didn|doesn)[’']t\s+exclude`,
];

/**
 * Speech verbs whose report may be an infinitive ("urged allies to …", "pledged to …", "has promised to send …",
 * "threatened to cut …"): the clause keeps its "to".
 */
export const INFINITIVE_SPEECH_VERBS = [
  "told", "tells", "urged", "urges", "asked", "asks", "called on", "calls on", "called upon", "calls upon", "pledged", "pledges",
  "promised", "promises", "threatened", "threatens",
];

/** Speech acts reported without the words ("accused Kyiv of …", "denied the claim"): they date and place someone's speaking. */
export const SPEECH_ACT_VERBS = ["accused", "accuses", "criticised", "criticized", "condemned", "denied", "denies", "blamed"];

/**
 * Nouns that name someone's words and take what was said as a "that" clause ("her remarks that …", "a suggestion by
 * him that …"). Not "the fact", "the idea", "the news": those name what is talked about, not who said it.
 */
export const SPEECH_NOUNS = [
  "comments?", "remarks?", "statements?", "suggestions?", "claims?", "assertions?", "assurances?", "warnings?", "insistence",
  "argument", "pledges?", "promises?", "proposals?", "words",
];

/**
 * The kinds of medium a reporter names beside an outlet ("the Example newspaper", "told the broadcaster Sample"): one
 * list for every pattern of the outlet stage, each adding the forms only it reads (context.ts).
 */
export const MEDIA_KINDS = ["agency", "newspaper", "broadcaster", "channel", "outlet", "website", "portal", "magazine", "daily", "weekly"];

/**
 * Words that end the name of an institution ("the Atlantic Council", "the Sample Institute"): such a name is no medium
 * (context), and after "of" it is a person's affiliation ("Jane Doe of the Sample Centre for Policy said").
 */
export const INSTITUTION_WORDS = [
  "Council", "Committee", "Commission", "Ministry", "Institute", "Institution", "Foundation", "Association", "Society",
  "University", "Party", "Assembly", "Office", "Department", "Center", "Centre", "Fund", "Initiative", "Forum", "Conference",
  "Parliament", "Caucus", "Alliance", "Academy", "College", "Authority", "Directorate", "Unit",
];

/** Speech verbs that also speak of a decision rather than words ("rejected", "ruled out"): a person's context, not a quote's. */
export const STANCE_VERBS = ["rejected", "dismissed", "ruled out"];

/**
 * Job words printed before a name ("analyst Michael Kofman"): they are the person's role, never part of the name.
 * Lower case; matching ignores case.
 */
export const JOB_WORDS = [
  "analyst", "expert", "professor", "prof.", "researcher", "research fellow", "senior fellow", "fellow", "scholar", "economist",
  "historian", "political scientist", "commentator", "columnist", "journalist", "correspondent", "reporter", "editor",
  "spokesperson", "spokesman", "spokeswoman", "press secretary", "lawyer", "attorney", "author", "strategist", "consultant",
  "observer", "activist", "lawmaker", "legislator", "senator", "congressman", "congresswoman", "MP", "MEP",
  "director", "adviser", "advisor", "diplomat", "ambassador", "envoy", "official", "officer", "veteran", "pilot", "soldier",
  "blogger", "pollster", "sociologist", "think-tank analyst", "military analyst", "military expert", "defence analyst",
  "defense analyst", "security analyst",
];

/**
 * The people who put the questions, named with their outlet ("CNN anchor Jane Example", "BBC presenter John Sample"):
 * the person after one is the interviewer, not the one whose words the sentence reports. Lower case.
 */
export const INTERVIEWER_WORDS = ["anchor", "host", "co-host", "presenter", "interviewer", "journalist", "correspondent", "reporter", "editor", "editor-in-chief", "columnist", "commentator"];

/**
 * Titles English copy leaves in the original language ("Taoiseach Jane Example"): each is a role, never part of
 * a name, and a statement's role gives it in plain English with the printed title beside it.
 */
export const UNTRANSLATED_TITLES: Record<string, string> = {
  Taoiseach: "Irish Prime Minister",
  Tánaiste: "Irish Deputy Prime Minister",
  Tanaiste: "Irish Deputy Prime Minister",
  Bundeskanzler: "German Chancellor",
  Bundeskanzlerin: "German Chancellor",
  Bundespräsident: "German President",
  Bundespräsidentin: "German President",
  Statsminister: "Prime Minister",
  Statsministeri: "Prime Minister",
  Pääministeri: "Finnish Prime Minister",
};

/** The nouns reporters use for an office of a given kind ("the Finnish president", "Germany's defence minister"). */
export const OFFICE_NOUNS: Record<"head-of-state" | "head-of-government" | "foreign-minister" | "defence-minister", string[]> = {
  "head-of-state": ["president", "head of state"],
  "head-of-government": ["prime minister", "premier", "PM"],
  "foreign-minister": ["foreign minister", "minister of foreign affairs", "minister for foreign affairs", "top diplomat", "chief diplomat"],
  "defence-minister": ["defence minister", "defense minister", "minister of defence", "minister of defense", "minister for defence"],
};

// ---------------------------------------------------------------- when words were said (extract/dates.ts, decision 0735)

/**
 * Occasions at which words are given, named after a day in the possessive ("at Tuesday's press conference", "in
 * Sunday's address"): that day is the day of the words. Not meetings or talks ("Monday's talks" is what is discussed).
 * Regex source fragments.
 */
export const SPEECH_OCCASION_NOUNS = [
  "press conference", "news conference", "briefing", "press briefing", "address", "speech", "interview", "remarks",
  "statement", "broadcast", "hearing", "debate", "post", "video", "op-ed", "column",
];

/**
 * Gatherings words are given at, beside the speech occasions above: "during a visit to Kyiv", "at a summit in Vilnius"
 * (decision 0745: a trailing occasion after a reported clause is the frame's, not the speaker's words).
 */
export const GATHERING_NOUNS = ["visit", "trip", "meeting", "summit", "forum", "conference", "rally", "session", "ceremony", "event"];
/** Participles that give the occasion of words after a comma: ", speaking to reporters on Monday", ", addressing lawmakers". */
export const OCCASION_PARTICIPLES = ["speaking", "talking", "addressing", "writing"];

/** A day still to come: "talks scheduled for Friday", "with the vote set for Sunday". Regex source fragments. */
export const SCHEDULED_FOR = ["scheduled", "slated", "planned", "set", "due", "expected"];

/** A stretch of time between two events ("days after the truce signed on …"): the date that follows is the other event's. */
export const TIME_UNITS = ["hours?", "days?", "weeks?", "months?", "years?"];

// ---------------------------------------------------------------- interviews printed without labels (decision 0750)

/**
 * Words before an interview's first question that say the text is an interview ("in an interview with", "spoke to
 * the paper", "answered our questions"): with them, question paragraphs and the paragraphs after them are its turns.
 * Regex source fragments.
 */
export const INTERVIEW_CUES = ["interview(?:ed)?", "questions", "spoke\\s+(?:to|with)", "sat\\s+down\\s+with", "talked\\s+(?:to|with)"];

/**
 * Nouns for a work or a document whose name may follow in marks after a comma ("The report, “Ready for Winter”, …"):
 * a name so placed is a title, never anyone's words (decision 0750). Regex source fragments.
 */
export const NAMED_WORK_NOUNS = [
  "report", "document", "declaration", "strategy", "plan", "book", "film", "documentary", "article", "paper", "study",
  "programme", "program", "show", "series", "podcast", "letter", "initiative", "operation", "doctrine", "treaty", "exercise",
];

/**
 * Adverbs that set a quote in the past of someone outside the story ("As Example once said, “…”", "famously wrote"):
 * the words are not those of the story's speakers. Regex source fragments.
 */
export const QUOTED_FROM_THE_PAST = ["once", "famously", "memorably", "used\\s+to"];

// The speech verbs by the part they play in a frame. A frame that reads only some forms of some speech verbs names its
// set here rather than spelling the forms out where it is written, so that every English verb form the extractor reads
// stands in this module (issue #9): a form added to a set works in every frame that uses the set.

/** The forms of "tell", "urge" and "call on", and the verbs that pass words on: the sets below take their forms from these. */
const TELL = ["told", "telling", "tells"];
const URGED = ["urged", "urges", "urging"];
const CALLED_ON = ["called on", "calls on", "calling on"];
const CITED = ["cited", "quoted"];
/** "said this at …", "made these remarks during …". */
const SAID_THIS_VERBS = ["said", "stated", "wrote", "announced", "declared", "made"];
/** "told Example Radio", "telling reporters": words given to someone named after the verb. */
export const TELLING = oneOf(...TELL);
/** "told reporters", "speaking to the press": words given to the press. */
export const ADDRESSING = oneOf(...TELL, "speaking to", "talking to");
/** "said to Example TV", "explained to the agency": words said to an outlet named after "to". */
export const SAID_TO = oneOf("said", "stated", "declared", "explained");
/** "said on Example TV", "remarks on Sample Radio": words given on a programme. */
export const SAID_ON = oneOf("said", "says", "saying", "spoke", "speaks", "speaking", "stated", "remarks", "comments");
/** "cited by", "quoted by", "reported by": an outlet that passed words on, named after "by". */
export const PASSED_ON_BY = oneOf(...CITED, "reported");
/** "Example Wire reported", "…, the agency quotes": an outlet's verb for the words it passed on. */
export const OUTLET_REPORTED = oneOf("reported", "reports", "wrote", "writes", "quoted", "quotes", "cited", "cites", "informs", "informed");
/** "…, Example Daily reported, with reference to …", "… will last, Example News noted": an outlet closing a reported clause. */
export const OUTLET_REPORTED_AFTER = oneOf("reported", "reports", "said", "wrote", "writes", "noted", "informs", "informed");
/** "Example News said": an outlet's own words. */
export const SAYS = oneOf("said", "says");
/** "said"/"says" and "told"/"tells": the verbs whose present tense a reported clause may keep ("says he is ready"). */
export const SAYS_OR_TELLS = oneOf("said", "says", "told", "tells");
/** "an Example TV correspondent reported", "Example Daily said, citing …": a reporter's or an outlet's account. */
export const REPORTED_OR_SAID = oneOf("reported", "reports", "writes", "wrote", "says", "said");
/** "as stated by the ministry", "as noted by": a source named after "by". */
export const AS_STATED_BY = oneOf("stated", "said", "reported", "noted");
/** "This was stated by …", "That was announced …": a sentence pointing back at words reported before it. */
export const WAS_SAID = oneOf("stated", "said", "announced", "declared", "noted", "reported");
/** "These remarks were made …", "The statements were voiced …": remarks pointing back, with their verb. */
export const REMARKS_MADE = oneOf("made", "voiced", "delivered", "issued", "given", "expressed", "shared", "stated", "announced");
/** "said this at …", "made these remarks during …": the words reported before, given a time and a place. */
export const SAID_THIS = oneOf(...SAID_THIS_VERBS);
/** As SAID_THIS, and "told": the verb of a sentence that places words reported before it. */
export const SAID_OR_TOLD_THIS = oneOf(...SAID_THIS_VERBS, "told");
/** "This was reported …", "It had been said …": a sentence pointing back at a report, in the passive. */
export const WAS_REPORTED = oneOf("reported", "said", "stated", "written", "announced", "published", "quoted", "cited");
/** "wrote earlier", "previously reported": an outlet recalling its own earlier report. */
export const REPORTED_EARLIER = oneOf("reported", "wrote", "said", "quoted", "cited");
/** "earlier reported", "previously quoted": the same, with the adverb first. */
export const EARLIER_REPORTED = oneOf("reported", "wrote", "quoted", "cited");
/** "sources cited by …", "officials quoted by …": unnamed sources that an outlet passed on. */
export const CITED_OR_QUOTED = oneOf(...CITED);
/** "had said", "had warned": a report of words spoken before the occasion of the sentence. */
export const HAD_SAID = oneOf("said", "told", "stated", "warned", "declared", "announced", "written", "spoken", "argued", "insisted", "claimed");
/** Verbs and nouns of speaking: a relative clause that has one is about someone's words, not about a thing. */
export const SPEAKING_WORDS = oneOf("said", "says", "told", "stated", "announced", "spoke", "wrote", "posted", "tweeted", "remarks?", "comments?", "statements?", "interview", "speech", "address");
/** "when the minister said …": another's speaking is not another's act. */
export const SPOKE = oneOf("said", "spoke", "told", "stated", "added", "noted");
/** "wrote on social media", "posted in a post": words given in a post. */
export const POSTED = oneOf("wrote", "posted", "said");
/** "said, according to" before a name: words attributed just before it. */
export const ATTRIBUTED_BEFORE = oneOf("said", "told", "according to");
/** "responded by calling …", "opened by saying …": the manner in which someone spoke, not a report. */
export const RESPONDED = oneOf("responded", "reacted", "replied", "answered", "continued", "concluded", "began", "opened", "ended", "closed");

/** Verbs of telling and advising whose report may be a person and an infinitive ("told the allies to …"). */
export const REQUEST_VERBS = [...TELL, "advised", "advises", "advising", ...URGED, ...CALLED_ON];
/** Verbs whose object is the listener ("told the council: “…”"). */
export const LISTENER_VERBS = [...TELL, "assured", "assures", "reminded", "reminds", "informed", "informs"];
/** Verbs whose listener may stand between them and a "that" clause ("told the ministers in Brussels that …"). */
export const LISTENER_THEN_THAT_VERBS = [...TELL, "assured", "reminded", "informed", ...CALLED_ON, ...URGED];
/** Participles of saying that take a clause of their own with no "that" ("…,” she said, adding he would …"). */
export const PARTICIPLES_WITH_CLAUSE = ["adding", "noting", "saying", "stressing", "insisting", "warning", "arguing", "explaining", "claiming", "stating"];
/** Verbs whose report may be "against" and a noun ("warned against haste"). */
export const WARNING_AGAINST_VERBS = ["warned", "warns", "warning", "cautioned", "cautioning", "argued", "argues", "arguing"];

// Date words. The patterns that read a date, and the time words were said at, take them from here.

/** A day's ordinal suffix ("3rd", "21st"). */
export const ORDINAL_SUFFIX = oneOf("st", "nd", "rd", "th");
/** The letters that open each month's name, as copy cuts it short ("Jan", "Sep"; case kept). */
export const MONTH_OPENINGS = oneOf("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");
/** A month's name in full or cut short ("Jan.", "Sept", "June"), captured. */
export const MONTH_FORMS = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
/** A month's name in full or cut short, not captured ("Feb.", "Sept", "September"). */
export const MONTH_WORD = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`;
/** Weekday names before their "day" ("Mon" + "day", "Wednes" + "day"). */
export const WEEKDAY_STEMS = oneOf("Mon", "Tues", "Wednes", "Thurs", "Fri", "Satur", "Sun");
/** "this morning", "on Friday evening". */
export const PARTS_OF_DAY = oneOf("morning", "afternoon", "evening");
/** "last week", "earlier this year". */
export const CALENDAR_PERIODS = oneOf("week", "month", "year");
/** "this week", "this month": the periods that "this" places within weeks of the publication ("this year" does not). */
export const SHORT_PERIODS = oneOf("week", "month");
/** "today", "this morning", "tonight": the publication's own day. */
export const TODAY = oneOf("today", "this morning", "this afternoon", "this evening", "tonight");
/** "remarks on the sidelines", "a briefing on Friday evening": after "on", a time or a setting, not what was talked about. */
export const TIMES_AND_SETTINGS = oneOf("evening", "morning", "afternoon", "night", "eve", "day", "weekend", "sidelines", "margins");

/** "spoke with Example Radio", "sat down with …", "talking to …": a conversation with whom the words were given to. */
export const SPOKE_WITH = oneOf("spoke", "speaks", "talked", "talks", "sat down", "[Ss]peaking", "[Tt]alking");
/** "spoke", "speaks", "spoken": speaking, whose "in favour of …" is the report and whose later "that" opens a relative clause. */
export const SPOKE_FORMS = oneOf("spoke", "speaks", "spoken");
/** "announced the creation of …", "confirmed its intention to …": verbs whose object may be an act named as a noun. */
export const ANNOUNCING_VERBS = ["announced", "announces", "confirmed", "confirms"];
/** "an interview with", "told", "spoke to": the words of an outlet mention that say the outlet received the words. */
export const INTERVIEW_WORDS = oneOf("interview", "told", "spoke", "speaking", "talk", "conversation", "sat down");
/** "The remarks were made by …", "were voiced by": remarks pointing back at their speaker, with their verb. */
export const REMARKS_GIVEN_BY = oneOf("made", "delivered", "voiced", "spoken", "given");

// Nouns that name someone's words, by the frame that reads them (SPEECH_NOUNS above take a "that" clause).

/** "remarks made to Example TV", "The words were delivered by …": a person's words, named as such. */
export const REMARK_NOUNS = oneOf("remarks", "comments", "statements?", "words");
/** "made the remarks to …", "made these comments during …": the words made, as the verb "made" takes them. */
export const REMARKS = oneOf("remarks", "comments", "statements?");
/** "this statement", "this remark": one of them, pointed back at. */
export const A_REMARK = oneOf("statement", "remark", "comment");
/** "made the remark", "the comments came …": words placed at an occasion. */
export const REMARKS_OR_A_STATEMENT = oneOf("remarks", "comments?", "statement");
/** "said this in a statement", "said so in remarks to …". */
export const A_STATEMENT_OR_REMARKS = oneOf("statement", "remarks?", "comments?");
/** "written answers to Example Daily", "written comments to …": words given in writing. */
export const WRITTEN_WORDS = oneOf("answers", "responses", "replies", "comments", "remarks", "statement");
/** "These statements were made …", "Such views were voiced …": words pointed back at, with what they held. */
export const WORDS_POINTED_BACK = oneOf("statements?", "remarks?", "comments?", "words", "assessments?", "announcements?", "opinions?", "views?", "positions?", "thoughts?");
/** "reiterated her earlier statements that …", "his previous warnings that …": earlier words, recalled before a "that". */
export const EARLIER_WORDS = oneOf("statements?", "remarks?", "comments?", "claims?", "warnings?", "position");
/** "the minister's earlier remarks", "previous statements made on …": another occasion's words. */
export const OTHERS_WORDS = oneOf("statements?", "remarks", "comments?", "words", "claims?", "speech", "address", "announcement");
/** "His remarks …", "The interview …": the words the sentence before reported, pointed at. */
export const WORDS_POINTED_AT = oneOf("remarks?", "statements?", "comments?", "words", "interview", "warning", "assessment");
/** "a briefing on …", "remarks about …": an occasion or words named with what they were about. */
export const WORDS_ON_A_SUBJECT = oneOf("briefing", "conference", "interview", "speech", "address", "remarks", "comments", "statement", "lecture", "question");
/** "an interview given to …", "published by …". */
const PUBLISHED = ["given", "granted", "published", "aired", "broadcast", "released"];
/** "an interview given to Example TV", "published by …": an interview passed to an outlet. */
export const INTERVIEW_PUBLISHED = oneOf(...PUBLISHED);
/** As INTERVIEW_PUBLISHED, and "conducted": an interview given to, or held by, an outlet. */
export const INTERVIEW_GIVEN = oneOf(...PUBLISHED, "conducted");
/** "Jane Example's view is that …", "the minister's message was clear: …": a person's view, stated as theirs. */
export const VIEW_NOUNS = oneOf("view", "position", "opinion", "belief", "conviction", "assessment", "message", "argument", "conclusion", "response", "reply", "answer", "verdict", "warning");
/** "That was the verdict of the minister", "This was the message of …": words named, then whose they were. */
export const VERDICT_NOUNS = oneOf("message", "view", "verdict", "warning", "assessment", "conclusion", "word");
