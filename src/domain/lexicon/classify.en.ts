// English cues for topics and stance: general words and constructions of news English, never sentences from
// an article. Each list is data; src/domain/classify builds its patterns from them. Entries are regex
// fragments (case-insensitive, matched on word boundaries).
import type { StanceTopic } from "../extract/types";

/** A settlement that a force could uphold once it is made. */
const SETTLEMENT_OBJECT = "(?:ceasefire|cease-fire|truce|armistice|peace(?: (?:deal|agreement|treaty|settlement))?)";

/** A party to the war or its leader, as one side of a meeting named by both ("a Putin-Zelensky meeting", "US-Russia talks"). */
const PARTY_TO_THE_WAR = "(?:Russia|Russian|Moscow|Kremlin|Putin|Ukraine|Ukrainian|Kyiv|Zelensk\\w*)";

/**
 * The alliance by any of the names reporters give it, translated agency copy included ("the North Atlantic bloc",
 * "the US-led military bloc"); a bare "the bloc" stays out, it is as often the European Union (decision 0400).
 */
const ALLIANCE = "(?:NATO|the (?:NATO |military |transatlantic |Western |North Atlantic |Atlantic |US-led )*alliance|the North Atlantic (?:Treaty )?(?:Organi[sz]ation|Alliance)|the (?:NATO |US-led |North Atlantic )*(?:military(?:-political)? )?bloc(?<!the bloc))";

/** Adjectives by which someone judges how talks go (`TALKS_GOING_WELL`); before "talks" they also name them (decision 0605). */
const GOOD_OF_TALKS = ["constructive", "productive", "fruitful", "substantive", "positive", "useful", "encouraging"];

/** Words after which "deal" is the verb (to deal with, we deal with): no settlement (decision 0520). */
const VERB_BEFORE_DEAL = "to|we|they|you|I|can|could|will|would|must|should|shall|may|might|cannot|can't|can’t|won't|won’t|how";
/**
 * "deal" as the weight of something ("it was a big deal", "no big deal") or an amount ("a great deal of work"): an
 * idiom, no bargain (decision 0585). The copula or "no" before the weight, so that "a big deal with Moscow" stays one.
 */
const DEAL_AS_WEIGHT = "is|was|are|were|be|been|being|isn[’']t|wasn[’']t|[’']s|no";
/** Goods a bargain is named by: a minerals or trade deal is an economic bargain, not the settlement of the war. */
const GOODS_OF_A_BARGAIN = "minerals?|mineral resources|resources?|rare[- ]earths?|critical minerals|trade|arms|weapons|gas|oil|energy|business|investment|economic";

/**
 * What talks are about when they are not the war's: trade, money, energy, the budget, a government coalition
 * (decision 0725). Named just before the term ("trade negotiations") or as its object just after ("talks with the
 * IMF", "negotiations on the budget"), they make it a bargain of their own.
 */
export const OTHER_BARGAINS: string[] = [
  "trade", "tariffs?", "customs", "budget", "gas", "energy", "transit", "debt", "loans?", "tranches?", "IMF", "International Monetary Fund", "creditors",
  "bondholders", "minerals?", "grain", "prices?", "wages?", "coalition", "accession", "the (?:European )?Commission",
];

/** Firms one bargains with over supplies: negotiating with them is no peace talk. */
const COMMERCIAL_PARTIES = "enterprises|companies|firms|manufacturers|makers|producers|suppliers|contractors|industry|industries";

/** What a statement is about: terms that name each topic. */
export const TOPIC_TERMS: Record<StanceTopic, string[]> = {
  troops: [
    "troops?", "soldiers?", "boots on the ground", "peacekeep\\w*", "reassurance force", "ground forces", "combat forces",
    "military personnel", "service ?(?:m[ae]n|wom[ae]n)", "service members", "marines", "paratroopers", "infantry(?:men)?",
    // those who would train Ukraine's army on its soil (decision 0725)
    "military (?:instructors|trainers|advisers|advisors)", "(?:Western|NATO|foreign|European|allied) (?:military )?(?:instructors|trainers)",
    "contribut\\w* (?:troops|soldiers|to (?:a|the) (?:\\w+ ){0,2}force)", "military contingents?", "contingents?", "no[- ]fly zone", "ground troops", "stationed", "stationing", "station(?:s|ed)? (?:\\w+ ){0,2}(?:forces|troops|soldiers|contingents?)", "military presence",
    // the no-fly zone as Kyiv asks for it: closing the sky (decision 0725)
    "clos(?:e|es|ed|ing) (?:the |its |our |their |Ukraine[’']s )?(?:sky|skies)",
    // forces of a country that is not at war, placed in Ukraine a few words on (a warring side's own are set aside by its owner)
    "forces (?:[\\w’']+ ){0,4}?(?:in|to|into|inside|on) (?:Ukraine|Ukrainian (?:soil|territory|ground))\\b",
    "(?:NATO|Western|European|foreign|allied|multinational|international) (?:forces?|mission|presence)",
    "forces (?:in|to|into) Ukraine", "deploy\\w*", "deployment", "(?:send(?:s|ing)?|sent|dispatch\\w*) (?:\\w+ ){0,2}(?:forces|soldiers|troops|personnel|servicemen|contingents?|peacekeepers|combat units)", "brigades?", "battalions?", "regiments?",
    "direct (?:intervention|confrontation|involvement|military involvement)", "party to the (?:war|conflict)", "(?:become|becoming|becomes) (?:a )?part(?:y)? (?:of|to|in) (?:the|this) (?:war|conflict)",
    "(?:post-war|post-ceasefire|peacekeeping|stabili[sz]ation|monitoring|security|training|reassurance) (?:mission|force)s?",
    "(?:NATO|alliance|military) (?:mission|operation)s? in Ukraine", "security guarantee forces?", "rules of engagement",
    "(?:air|naval|sea|maritime) (?:support|policing|presence|component)", "backstop", "military forces",
    // those who would watch a truce on the ground, armed or not ("unarmed observers", "ceasefire monitors"; decision 0535)
    "(?:unarmed|armed|military|international|ceasefire|truce|peace) (?:observers|monitors)", "(?:observer|monitoring|civilian) missions? (?:in|to|that|which|would|could|will)",
    "(?:proposed|planned|envisaged|envisioned|potential|future) (?:[\\p{L}-]+ )?force\\b",
    "(?:confrontation|war|clash) between (?:NATO|the alliance|the West) and (?:Russia|Moscow)", "NATO-Russia (?:war|confrontation|clash)",
    // upholding a settlement once made is the work of a force on the ground (decision 0240): "keep the peace",
    // "monitor a ceasefire", "ensure compliance with a truce", "how the ceasefire can be guaranteed"
    `(?:keep(?:s|ing)?|protect(?:s|ed|ing)?|guarantee(?:d|ing)?|uphold(?:s|ing)?|enforc\\w*|monitor\\w*|polic(?:e|es|ed|ing)|underpin\\w*) (?:\\w+ ){0,2}${SETTLEMENT_OBJECT}`,
    "(?:ensur|enforc|monitor|verif)\\w* compliance with",
    `${SETTLEMENT_OBJECT}(?:,? [\\w’']+){0,3},? (?:be|being|been) (?:ensured|guaranteed|monitored|enforced|policed|upheld|protected|kept)`,
    // taking part with no object of talks ("Canada will be involved", "more countries getting involved"): who
    // takes part in the force (decision 0320)
    "(?:be|being|been|get|gets|getting|got|become|becoming) involved(?! (?:in|with) (?:[\\w’']+ ){0,3}?(?:talks|negotiations?|process|discussions?|dialog(?:ue)?|diplomacy|mediation|peace|deal|settlement))",
  ],
  negotiations: [
    // not a bargain with a firm ("negotiate with arms makers for more shells", decision 0520)
    `(?<!accession )negotiat\\w*(?! with (?:the |its |their )?(?:[\\w-]+ ){0,3}(?:${COMMERCIAL_PARTIES}))`, "ceasefire", "cease-fire", "truce", "armistice",
    "peace (?:deal|agreement|plan|process|settlement|treaty|efforts?|initiative|summit|framework|proposal)",
    // the noun, not the verb ("how to deal with it", "we deal with"), nor a bargain named by its goods (decision 0520),
    // nor the idioms of weight and amount ("no big deal", "a great deal of", decision 0585)
    `(?<!\\b(?:${VERB_BEFORE_DEAL}) )(?<!\\b(?:${GOODS_OF_A_BARGAIN})[ -])(?<!\\b(?:${DEAL_AS_WEIGHT})\\s+(?:(?:not|such)\\s+)?(?:a\\s+)?(?:big|huge)\\s+)deal(?<!\\ba\\s+great\\s+deal(?=\\s+(?:of|more)\\b))`,
    "settlement", "(?:negotiating|peace) table", "to the table", "at the table", "position of strength", "dialog(?:ue)?", "diplomac\\w*",
    "diplomatic (?:solution|efforts?|track|path)", "(?:lasting|just|durable|enduring|sustainable) peace", "peace",
    "(?:end|stop|halt)(?:s|ed|ped|ing|ping)? (?:to )?(?:the|this|that) (?:war|fighting|conflict|hostilities|killing|bloodshed)", "mediat\\w*",
    // a war resolved or its solution sought, not won on the battlefield (decision 0810)
    "(?:solution|resolution) (?:to|of|for) (?:the|this|that) (?:[\\p{L}-]+ )?(?:war|conflict|crisis)", "resolv\\w* (?:the|this|that|their) (?:[\\p{L}-]+ )?(?:war|conflict|crisis)",
    "(?:solution|resolution) (?:\\w+ ){0,2}(?:on|from) the battlefield",
    "concessions?", "compromises?", "peaceful", "(?:trilateral|bilateral) meeting", "intermediar\\w*", "(?:give|giving) away (?:\\w+ ){0,2}(?:land|territory)", "(?:give up|cede|ceding|surrender) (?:\\w+ ){0,2}(?:land|territory|territories)", "security guarantees?", "summit with Putin", `(?:${PARTY_TO_THE_WAR}[-–]\\p{L}+|\\p{L}+[-–]${PARTY_TO_THE_WAR}) (?:meeting|summit|talks)`, "meeting (?:between|with) (?:\\w+ ){0,4}Putin", "meet (?:with )?(?:\\w+ ){0,2}(?:Putin|Zelensk\\w*)",
    // land given up is a term of a settlement; "occupied territories" alone names the land, not talks (decision 0585:
    // it decided no topic right on dev, seeds or synthetic, and three wrong on the batch no rule was written on)
    "no military solution", "(?:peace|direct|ceasefire|bilateral|trilateral) talks",
    // a settlement by another name (decision 0520), and the lines it draws: a zone cleared of arms between the sides (decision 0535)
    "political (?:solution|track|settlement)", "(?:demilitari[sz]ed|buffer)(?: [\\p{L}-]+){0,3}? zones?",
    // a war's causes to be removed are a demand on its settlement ("its root causes have to be removed"); named as
    // blame alone ("one of the root causes of the war") they are not (decision 0535)
    "(?:eliminat|address|remov|resolv|tackl|eradicat)\\w* (?:all |the |its |their )?(?:\\w+ )?root causes", "root causes(?: [\\w’']+){0,4}? (?:be|are|were|been|being) (?:eliminated|addressed|removed|resolved|tackled|eradicated)",
    "(?:readiness|ready|willing(?:ness)?|prepared|open) to (?:talk|discuss)", "(?:through|via|by means of) talks", `(?<!\\b(?:${GOODS_OF_A_BARGAIN})[ -])agreement (?:\\w+ ){0,2}(?:reached|signed|concluded)`, `(?:reach|conclud|sign|strik)\\w* (?:an? |the )?(?!(?:${GOODS_OF_A_BARGAIN})\\b)(?:\\w+ )?agreement`, "(?:for|into|ahead of) (?:any )?talks", "(?:these|the|those|such|any|future|upcoming|next|further|previous|earlier|latest|last|new|their|our|his|her|its) (?:[\\p{L}-]+ )?(?:round of )?talks", `(?:${GOOD_OF_TALKS.join("|")}) (?:round of )?talks`, "talks (?:with|between) (?:\\w+ ){0,3}(?:Russia|Russians|Moscow|Putin|the Kremlin|Ukraine|Ukrainians|Kyiv|Zelensk\\w*)",
    // a round of talks whatever its determiner ("another round of talks", "three rounds of peace negotiations"; decision 0620)
    "rounds? of (?:peace )?(?:talks|negotiations|consultations|conversations|discussions)",
    // the settlement named by what it does to the war (decision 0725): sitting down with the other side, a freeze of
    // the front, the guns falling silent, the hostilities ceasing, a plan numbered by its points, Ukraine's seat in it
    "(?:sit|sits|sitting|sat) down (?:with|at|and talk|together)", "freez\\w* (?:the |this |that )?(?:war|conflict|front(?:[- ]?line)?|fighting|line of contact)", "(?:freeze|freezing) along",
    "guns (?:\\w+ ){0,2}(?:fall|falls|fell|go|goes|went) silent", "cessation of (?:the )?hostilities", "hostilities (?:should|must|will|would|to|could|can) (?:\\w+ )?(?:stop|end|cease)",
    "\\d+-point (?:peace )?(?:plan|framework|proposal|document|memorandum)", "(?:nothing|no decisions?) about (?:Ukraine|Europe) (?:\\w+ ){0,3}?without",
    "meet(?:s|ing)? (?:with )?the (?:Russian|Ukrainian) (?:side|delegation|team)",
    // the envoys of talks (decision 0320)
    "(?:send(?:s|ing)?|sent|dispatch\\w*) (?:a|an|its|their|our|his|her) (?:\\w+ )?delegation", "(?:Russian|Ukrainian|negotiating) (?:and (?:Russian|Ukrainian) )?delegations?",
  ],
  membership: [
    `join(?:s|ing|ed)? ${ALLIANCE}`, `admi(?:t|ts|tted|tting|ssion) (?:\\w+ ){0,2}(?:to|into|in) ${ALLIANCE}`, "(?:push|bid|request|application|aspirations?|desire|wish|ambitions?|hopes?|quest|drive|plans?) to join", "(?:allowed|allow(?:s|ing)?|right|eligible|entitled|permitted) to join", "membership", `(?:a|the|full) member of ${ALLIANCE}`, "become (?:a |an )?(?:full(?:[- ]fledged)? )?(?:NATO |alliance )?member", "(?:33rd|new|next) (?:member|ally)", "become (?:full(?:[- ]fledged)? )?(?:NATO |alliance )?members", "full(?:[- ]fledged)? members?",
    // joining in other words (decision 0725): entry or a bid into the alliance, its door, giving it up as a goal
    `(?:entry|admission|accession|bid|application|candidacy) (?:in|into|to|for) ${ALLIANCE}`, `${ALLIANCE}[’']s (?:open )?door`, `(?:door|doors) (?:to|of|into) ${ALLIANCE}`,
    `(?:renounc\\w*|abandon\\w*|give up|giving up|gave up|forgo\\w*) (?:on )?(?:its |their |the |any )?(?:\\w+ )?${ALLIANCE}`, `part of ${ALLIANCE}`,
    "invit\\w+(?! (?:\\w+ ){0,2}(?:peacekeep\\w*|troops|soldiers|forces|observers|mission|delegations?))(?! to (?:attend|visit|address|speak|come|take part)\\b)(?! to (?:the |a |an |his |her |their |our |this |next )?(?:[\\w-]+ )?(?:summit|meeting|conference|ceremony|dinner|event|forum|parade|inauguration|gathering|session|parliament|White House|Kremlin)\\b)", "accession", "irreversible", "(?:path|road|bridge|way) (?:to|towards|into) (?:NATO|membership|the alliance)",
    "NATO (?:aspirations?|ambitions?|hopes?|prospects?|course|candidacy|bid|integration|family|door)", `(?:expansion|enlargement) of ${ALLIANCE}`, "NATO(?:'s|’s)? (?:\\w+ )?(?:expansion|enlargement)",
    "open[- ]door", "veto", "closer to NATO", `integration into (?:${ALLIANCE}|the organi[sz]ation)`, "part of (?:the )?NATO", "(?:future|place|seat) (?:is |lies )?in NATO",
    "Euro-Atlantic (?:integration|family|structures)", "(?:bring|brought|take|taking) Ukraine into NATO", `(?:Ukraine|Kyiv) (?:(?:\\w+ )?(?:be|is|was|being|been) )?(?:in|into|inside) ${ALLIANCE}`,
  ],
};

/** A status outside every bloc: "neutrality", "a neutral, non-aligned status", outside the alliance by name: "a non-NATO status" (decisions 0400, 0535, 0620). */
export const BLOC_STATUS = ["neutrality", "neutral,? (?:(?:and |or )?non-(?:aligned|bloc|NATO),? )?status", "neutral,? (?:and |or )?non-(?:aligned|bloc|NATO)", "non-(?:aligned|bloc|NATO) status"];

/** Ukraine named by the status outside the alliance asked of it: the other side of joining (decision 0725). */
const NEUTRAL_UKRAINE = "neutral (?:and non-aligned )?Ukraine";

/**
 * Names that set a topic without being something one can be for or against: the statement is about the topic, but
 * the words around the name judge the body, not the topic ("the coalition of the willing is working on this").
 */
export const TOPIC_NAMES: Record<StanceTopic, string[]> = {
  troops: ["coalitions? of the willing"],
  // the other face of ending the war ("want the war to go on" backs no talks), the go-between of the warring sides
  negotiations: [
    "(?:want(?:s|ed)?|let|allow(?:s|ed|ing)?) (?:the|this|that) (?:war|fighting|conflict)(?: [\\w’']+){0,3}? (?:to )?(?:continue|go on|drag on)", "prolong(?:s|ed|ing)? (?:the|this|that) (?:war|fighting|conflict)",
    `(?:with|between|convene|bring together) both (?:sides|parties|warring|(?:[\\p{L}’'.]+ ){0,2}?${PARTY_TO_THE_WAR}\\b)`, "warring (?:parties|sides)",
    // who carries talks, what a settlement sets up, and a truce on one kind of strike: reported as events ("agreed
    // to pause strikes", "appointing an envoy"), they are described, not backed or refused (decision 0520)
    "special envoys?", "(?:post-?war |post-ceasefire )?security arrangements?", "(?:paus|halt|suspen|moratori)\\w* (?:(?:on|of|in) )?(?:\\w+ ){0,2}(?:strikes|attacks|hostilities|bombing|fighting)",
    // a status outside every bloc is a term of the settlement as well as the other side of joining: asked of Ukraine
    // or offered by it in talks (decision 0535)
    ...BLOC_STATUS,
  ],
  // what is sought instead of joining ("no alternative to the alliance will do" wants membership, it refuses nothing), and
  // the alliance's own mutual guarantee, which only members have (the spec: guarantees instead of membership)
  // A status outside every bloc is the other side of joining: demanded of Ukraine or given up by it (decision 0400).
  membership: [...BLOC_STATUS, NEUTRAL_UKRAINE, "(?:substitute|alternative|replacement) (?:for|to) (?:NATO|the alliance|membership)", "NATO(?:[’']s)? guarantees?", "Article 5[- ](?:like|style|type)", "defend one another", "mutual[- ]defen[cs]e"],
};

/**
 * Where allied troops go that is not Ukraine: a troops term followed, within a few words, by one of these
 * ("troops to Romania", "brigades along the eastern flank") is about the alliance's own defence, not the topic.
 */
export const ALLIED_TERRITORY: string[] = [
  "(?:NATO[’']s |the alliance[’']s |the |its |our |their )?eastern flank", "the Baltics?", "Baltic (?:states|countries)", "Poland", "Romania", "Lithuania", "Latvia", "Estonia",
  "Slovakia", "Hungary", "Bulgaria", "Finland", "Sweden", "Germany", "Norway", "allied (?:territory|soil)", "NATO (?:territory|soil)",
  "(?:other )?(?:NATO|allied|member) (?:countries|states|nations)",
];

/**
 * Other wars and their regions, named just before a settlement term ("the Israeli-Palestinian peace process", "a
 * Gaza ceasefire"): that settlement is not the war in Ukraine's (decision 0520).
 */
export const OTHER_CONFLICTS: string[] = [
  "Israeli-Palestinian", "Israel-Hamas", "Israel-Gaza", "Middle East", "Mideast", "Gaza", "Lebanon", "Lebanese", "Karabakh", "Armenia-Azerbaijan", "Armenian-Azerbaijani",
  "Syrian?", "Sudan(?:ese)?", "Kosovo", "Serbia-Kosovo", "Balkans?",
];

/**
 * The warring sides, owning the forces a troops term names ("Russia's troop mobilization", "Ukrainian soldiers"):
 * their own armies are not foreign troops sent to Ukraine (decision 0520). Read just before the term.
 */
export const WARRING_SIDES: string[] = ["Russia", "Russian", "Moscow", "the Kremlin", "Kremlin", "Ukraine", "Ukrainian", "Kyiv", "Kiev", "Belarus", "Belarusian", "North Korea", "North Korean"];

/**
 * A force counted as losses (decision 0725): a loss verb a few words before the term ("lost thousands of soldiers")
 * or a casualty just after it, in the past ("soldiers were killed"): the war's dead and captured, not a force sent.
 */
export const LOSSES = {
  before: ["lost", "losing", "loses", "captured", "eliminated"],
  after: ["(?:were |have been |had been |was |has been )?(?:killed|wounded|captured|taken prisoner)", "died", "(?:were |have been |had been |was |has been )missing"],
};

/** Verbs whose object is a warring side's force: the enemy faced ("fight Russian forces") or the side helped ("aid Ukrainian soldiers"). */
export const COMBAT_VERBS: string[] = ["fight\\w*", "fought", "attack\\w*", "repel\\w*", "confront\\w*", "engag\\w*", "clash\\w* with", "strik\\w*", "struck", "shoot\\w*", "shot", "defend\\w* against", "protect\\w*", "aid(?:ing)?", "help\\w*", "train\\w*"];

/**
 * Other unions a country joins: "EU membership", "joining the European Union" is not the membership topic
 * (decision 0435). Read just before a membership term, or as the object of its preposition just after it.
 */
export const OTHER_UNIONS: string[] = ["EU", "European Union", "the EU", "the European Union", "the eurozone", "the Schengen (?:area|zone)"];

/** What is deployed when it is not people: "deploying missiles", "to deploy air defence systems" is not the troops topic. */
export const MATERIEL: string[] = [
  "armaments?", "weapons?", "weaponry", "missiles?", "(?:\\w+ )?systems?", "arms", "warheads?", "launchers?", "batteries", "air defen[cs]es?", "Patriots?", "jets", "aircraft", "drones?", "tanks", "(?:war)?ships?", "frigates?", "destroyers?", "vessels?", "submarines?", "planes?",
];

/** A clause that is the subject of a denied implication ("… does not mean that …") is not asserted: it takes no stance. */
export const DENIED_IMPLICATION: string[] = ["(?:does|do|did|would|will|should)(?: not|n[’']t) (?:mean|imply|signal|suggest)"];

/**
 * Connectives that open a condition, a time or a limit ("only if …", "until …", "before a ceasefire"). They make
 * the clause they attach to conditional, not the words of the condition itself: in "troops only after a
 * ceasefire" the troops are conditional, the ceasefire is not. "not … until", "no … before" are conditional.
 */
export const CONDITION_CONNECTIVES: string[] = [
  "only (?:if|after|once|when|with|as part of)",
  // "only" and its verb a word or two before "after" or "with": "talks could only begin after …", "is only possible with …"
  // (decision 0720); the connective is the last word, so the term before it is what waits. Not a span of time ("only weeks after")
  "(?<=\\bonly (?!(?:\\w+ )?(?:days?|weeks?|months?|years?|hours?|moments?|minutes?)\\b)(?:\\w+ ){1,2})(?:after|with)(?=\\s)", "if", "unless", "until", "(?<!(?:had|has|have|was|were|is|are) )once(?=\\s+\\p{L})", "provided(?! (?:to|by|for|with|in|on|at|as|under|through|via|from)\\b)(?: that)?", "as soon as(?! possible)",
  "in the event of", "in case of", "on condition", "(?:after|following|before) (?:a|the|any) (?:\\w+ ){0,2}(?:ceasefire|peace|deal|agreement|settlement|truce|war)",
  "when the (?:war|fighting)", "(?:while|during|in the midst of|in the middle of) (?:there (?:is|are|was|remains) |there[’']s )?(?:the |a |an |this )?(?:\\w+ )?(?:war|fighting|hostilities|conflict)",
  "as long as", "in (?:exchange|return) for", "(?:after|following|before) (?:the )?(?:fighting|hostilities|guns)",
];

/**
 * Words that make a position depend on something wherever they stand near the topic: a time ("not yet",
 * "too early"), someone else's decision ("for each country to decide"), a requirement on the outcome
 * ("position of strength", "must be just").
 */
export const CONDITION_PHRASES: string[] = [
  "conditions? (?:are|is|were) met", "not the (?:right )?(?:time|moment)", "(?:is|are|was|were) (?:up )?to (?:Ukraine|Kyiv|the Ukrainians) to",
  "(?:is|are) (?:now )?considering", "(?<!\\b(?:should|must|ought to|needs? to|have to|has to) )(?:consider|considers|considering) (?:sending|deploying|contributing)", "through strength",
  "nothing (?:\\w+ ){0,3}?about (?:\\w+ ){1,2}without", "for (?:(?:any|a|the) )?(?:\\w+ )?(?:deal|agreement|settlement|ceasefire|peace|talks|negotiations) to (?:work|succeed|last|hold)", "when (?:the )?conditions", "post-(?:war|conflict|ceasefire)",
  // not a limit of time on knowing ("we don't yet know the details"; decision 0610)
  "not (?:yet|now|at this (?:point|stage|moment))(?! (?:\\w+ly )?(?:understand|know|grasp|comprehend)\\b)", "not ready(?! to \\p{L})", "too early(?! to (?:say|tell|speculate|judge))", "premature", "one day", "eventually",
  "in the (?:long|longer) (?:run|term)", "at this (?:point|stage)", "(?:for|up to) (?:Ukraine|Kyiv|the Ukrainians|each (?:country|nation|ally|government)|every (?:country|ally)|individual (?:countries|allies|nations)|allies|member states|national governments|capitals) to decide",
  "(?:decision|matter|question) for (?:each|every|individual|national) \\w+", "(?:depends?|depended|depending|dependent) on", "back-?up (?:from|by)",
  "backstop", "position of strength", "(?:strong|stronger|strongest|best) (?:\\p{L}+[’']s )?(?:possible )?position", "remain on the table",
  // negotiating from strength in other words (the spec's negotiating from strength; decision 0700): strength as what the
  // side is brought to or what talks hang on ("tied to the strength of its army", "placed for strength"), a side
  // made "as strong as possible", its positions strengthened; not strength as an attribute ("strong support")
  "(?:for|from|through|with|to|on|into) (?:(?:the|a|its|their|our|his|her|military|real|enough)\\s+)?strength\\b(?! of (?:the )?(?:alliance|NATO|partnership|relations?|ties|bonds?))", "(?:as|so) strong as (?:possible|we can|it can|they can)",
  "strengthen\\w* (?:\\S+ ){0,2}?positions?\\b",
  // a horizon of time set on it: "to be considered at another time", "at a later stage", "not timely", "in due course" (decision 0700);
  // not "at some point", which dates other events as often (decision 0570)
  "(?:at|in|for|until) (?:a |some )?(?:later|future|another|other) (?:stage|point|time|date|moment)", "(?:not|un)\\s?timely", "in due (?:course|time)",
  // a question of time, not of principle: "not if but when", "a matter for the future, not for today" (decision 0720)
  "not (?:a question of |a matter of )?(?:if|whether),? but when", "(?:question|matter) of (?:time|when)", "a (?:question|matter|issue|task) for the (?:\\w+ )?future", "not (?:for )?today",
  "(?:have|has|need|needs) to (?:be at|agree)",
  // what it must not become is a demand on its terms: "peace must not mean capitulation" (decision 0720)
  "(?:not|n[’']t|never) (?:\\w+ ){0,2}?(?:mean|be|become|amount to|turn into|equal|look like) (?:a |an )?(?:capitulation|surrender|appeasement|reward for)",
  "(?:not|n[’']t|never) (?:\\w+ ){0,2}?(?:come|be (?:achieved|bought|reached|made)) at the (?:\\w+ )?(?:price|cost|expense) of",
  // a horizon set far off: "a long-term goal", "a longer-term prospect" (annotators r, m: "long-term perspective"; decision 0720)
  "(?:long|longer)[- ]term (?:\\w+ )?(?:goal|aim|prospect|perspective|objective|project|ambition)",
  // progress, not arrival: "never been closer to membership" (annotator m); an order of events: "only then" (annotator v); no date
  // set for it: "dates cannot be determined" (annotator r) (decision 0720)
  "(?:never|not) (?:\\w+ ){0,2}?(?:closer|nearer) to", "only then", "way (?:to|towards|into) (?:NATO|membership|the alliance)",
  "(?:no|without (?:a|any)) (?:fixed |firm |clear |concrete |specific |set )?(?:date|timetable|timeline|time ?frame|deadline)s?\\b", "dates? (?:cannot|can(?:no|[’'])t|could not|can(?:not)? yet) be (?:set|determined|fixed|named|given)", "irreversible", "step by step", "(?:path|bridge|road) to(?! (?:[\\w-]+ ){0,3}?(?:lies|lie) in\\b)",
  "(?:with|under) (?:a|an|the) (?:\\w+ ){0,2}mandate", "would consider",
  // an order of steps, a clarity to wait for, a mandate to obtain first (decision 0240)
  "first (?:has|have|needs?) to", "first (?:must|should)", "the first step", "when (?:it is |it becomes |things are |there is )?(?:more )?(?:clear(?:er)?|clarity)",
  "mandates? (?:is|are|would be|will be) (?:needed|required|necessary)", "(?:needs?|requires?) (?:a|an) (?:\\w+ )?mandate",
  "(?:quickest|best|surest|only) way to", "when the time (?:comes|is right)", "separate (?:issues?|matters?|questions?|tracks?)", "on (?:our|their|its|his) terms", "(?:good|bad|fair) deal",
  "(?:not|never) (?:a )?part of (?:a|the|any) (?:\\w+ ){0,2}(?:deal|settlement|agreement|negotiations|talks)", "(?:force|get|bring|push) (?:\\w+ ){0,2}to the (?:negotiating )?table",
"(?:must|has to|have to|needs to) be (?:an? )?(?:fair|just|durable|lasting|enduring)",
  "only (?:\\w+ ){1,2}(?:can|could|will) (?:force|bring|make|get|push|convince)",
  "(?:is|are|it[’']s) (?:a matter |a decision )?(?:for|up to) (?:them|themselves|each of them)", "(?:their|its|his|her|our) (?:own |sovereign |national )+(?:decision|choice)",
  "(?:would|will) (?:need|require) ", "(?:is|it[’']s) not (?:for|up to) \\w+ (?:\\w+ )?to", "(?:needs?|requires?) (?:to be )?(?:backed|guaranteed|underpinned|secured)",
  // hedged openness: an option kept open is not yet a will to take it
  // a requirement stated of something the step must come with: "their consent is required", "guarantees are mandatory",
  // "its interests must be taken into account" (decision 0570)
  "(?:is|are|be|remains?|was|were) (?:\\w+ )?(?:required|mandatory|indispensable|non-negotiable)", "must be (?:taken into account|respected)",
  // an impossibility denied keeps the option open, like a refusal denied: "is not unthinkable", "not impossible" (decision 0570)
  "(?:not|\\p{L}*n[’']t|never) (?:\\w+ )?(?:impossible|unthinkable|inconceivable|unimaginable|out of the question)",
  "(?<!\\bnot |\\bn[’']t )(?:stays?|remains?|is|are|be|still|kept|keep) on the table",
  "(?:keep|keeps|keeping|leave|leaves|leaving) (?:all |every |our |the )?(?:options?|doors?) open", "rul(?:e|es|ed|ing) nothing out", "consider(?:s|ed|ing)? whether",
  "(?:would|could|will|might|may|to) consider", "open to consideration", "(?:is|are|was|were|being|be) (?:\\w+ )?(?:considered|examined|explored|weighed|studied)", "no (?:final )?decision (?:has been|was|had been|is) (?:taken|made)", "at any (?:price|cost)", "(?:must|should|needs? to|has to|have to) first", "(?:has|have) not (?:yet )?(?:decided|been decided)",
  // what must happen before the step ("… must be settled before anyone sends troops"), the step after it ("only then"),
  // the aim a step serves ("for negotiations to succeed"), a horizon of time, talks forced on the other side (decision 0540)
  "(?:must|should|has to|have to|needs? to)\\b[^,.;:]{0,40}?\\bbefore", "only then", "(?:a |the )?long(?:er)?[- ]term (?:perspective|prospect)",
  "(?:forc\\w*|compel\\w*|coerc\\w*|pressur\\w*|push\\w*|get|gets|bring|brings|brought) (?:\\w+ ){0,2}(?:to|into) (?:negotiat\\w*|talks|peace|the (?:negotiating )?table)",
];

/**
 * A refusal denied keeps an option open (hedged openness, conditional): a denier, at most three words, then a
 * refusal — "will not rule out", "cannot be excluded", "refused to rule out", "nothing is off the table", "would
 * not close any doors". Composed by the classifier, so every auxiliary and tense between the two is covered.
 */
export const DENIERS: string[] = [
  "not", "\\p{L}*n[’']t", "never", "cannot", "no", "nothing", "nobody", "no one", "without", "refus\\w* to", "declin\\w* to", "unwilling to",
];
export const REFUSALS: string[] = [
  "rul(?:e|es|ed|ing) out", "rul(?:e|es|ed|ing) (?:anything|it|that|this) out", "exclud\\w*", "dismiss\\w*", "(?:taken |take |be )?off the table", "(?:close|closes|closed|closing|shut|shuts|shutting) (?:any |the |all |our )?(?:doors?|options?)",
  // someone's veto denied keeps the door open (decision 0240)
  "(?:a |any )?veto(?:es)?",
];

/** Times after the present: with "now or …" they make a refusal hold always, not for now (decision 0610). */
const LATER = ["in (?:the )?future", "later", "ever", "at any (?:time|point)", "in the (?:long|medium) (?:term|run)", "tomorrow", "(?:in )?(?:the )?years? to come"];

/**
 * A refusal limited to the present says "not now", which is conditional: words of time after the negation in its
 * clause ("we will not send troops for now", "there is no agreement yet", "not at this stage").
 */
export const FOR_NOW: string[] = [
  "yet", "for now", "for the (?:time being|moment)", "at (?:this|the) (?:moment|stage|point|time)", "at present", "currently", "right now",
  // not "now or later", "today or at any time": now and later together is always (decision 0610)
  `(?:today|now)(?!\\s+(?:or|and|nor)\\s+(?:${LATER.join("|")}))`, "(?:under|in) (?:the )?(?:current|present) (?:circumstances|conditions|situation)", "as things stand", "so far",
  "in the (?:near|short|immediate) (?:term|future)", "(?:any time )?soon",
];

/**
 * Words that make a refused step the early one: "not seeking immediate membership", "not asking to join tomorrow" (annotator af:
 * "not seeking immediate membership" = conditional; decision 0720). Not for talks, whose scale is about talking now: refusing an
 * immediate ceasefire refuses talks now.
 */
export const EARLY_STEP: string[] = ["immediate(?:ly)?", "tomorrow", "overnight", "right away", "at once", "straight away", "instantly"];

/**
 * Doubt that it will happen: opposition, unless a limit of time in the clause makes it "not now" ("unlikely in
 * the near term", "not possible at the moment"), which is conditional.
 */
export const DOUBT: string[] = [
  "unlikely", "not (?:very |\\w+ly )?likely", "impossible", "not (?:\\w+ )?possible", "unrealistic", "not (?:an? |\\w+ly )?[“‘\"]?realistic",
];

/**
 * Nouns of the when, where and how of something ("the timing and venue of the next talks depend on …"): a condition on
 * them is on the arrangements, not on whether to hold the talks or send the force (decision 0610).
 */
export const ARRANGEMENT_NOUNS: string[] = [
  "timing", "time", "dates?", "scheduling", "schedule", "location", "venue", "place", "format", "composition", "size", "pace", "details", "modalities", "shape",
];
/** Nouns of a subject of discussion before "of" and a term ("the question of troops"): an issue to talk about (decision 0610). */
export const ISSUE_NOUNS: string[] = ["issue", "question", "matter", "topic", "subject"];

/**
 * Verbs of knowing and telling: doubt that governs one of them is about what can be known, not about the topic
 * ("impossible to predict when talks end", "unlikely to say when they join"): no judgement (decision 0610).
 */
export const VERBS_OF_KNOWING: string[] = [
  "predict", "say", "tell", "know", "foresee", "forecast", "estimate", "determine", "specify", "name", "guess", "judge", "speculate", "comment", "answer",
];

/**
 * Subjects of the spec's `other` topic: arms, aid, money and sanctions. A quote that names one of them and none of
 * the three topics has a subject of its own: it does not take its topic from the paragraph, the sentence before or
 * the speaker's previous quote (decision 0320).
 */
export const OTHER_SUBJECTS: string[] = [
  "weapons?", "weaponry", "arms", "ammunition", "munitions?", "shells", "air defen[cs]es?", "missiles?", "tanks", "jets", "F-16s?", "drones?",
  "aid", "assistance", "money", "funding", "funds", "budgets?", "spending", "spend", "GDP", "sanctions?", "defen[cs]e industry",
  // backing Ukraine in the war: supplying and supporting it is the subject of aid (decision 0520)
  "(?:under-?)?suppl(?:y|ies|ied|ying)", "(?:support|help)(?:s|ed|ing)? (?:for |to )?(?:Ukraine|Kyiv|Kiev)",
];

/**
 * Topic terms that name the goal rather than the talks ("peace", "peaceful"): in a quote they place it (a speaker who
 * speaks of peace speaks of the settlement), but in the paragraph, the sentence before or the headline they are too
 * common to decide what a quote that does not name its subject is about. Entries are topic terms as written there.
 */
export const GOAL_ONLY_TERMS: string[] = ["peace", "peaceful"];

/**
 * Prepositions of the occasion a remark was made at: a topic term just after one in the reporter's words or the paragraph
 * ("during negotiations with …", "ahead of the peace summit", "on the anniversary of its accession") places the remark,
 * it does not name its subject (decision 0535). Times that look forward ("after the talks conclude") are not occasions.
 */
export const OCCASION_ADJUNCTS: string[] = ["before", "ahead of", "during", "amid", "in the run-up to", "on the (?:sidelines|margins) of", "anniversary of"];

/**
 * The reporter's sources and how they know: "aides briefed on the talks", "a person familiar with the negotiations".
 * A topic term in that description says who the sources are, not what the remark is about (decision 0535).
 */
export const SOURCE_NOUNS: string[] = ["officials?", "sources?", "diplomats?", "people", "persons?", "someone", "aides?", "insiders?", "negotiators?"];
export const SOURCE_RELATIONS: string[] = ["involved in", "familiar with", "close to", "briefed on", "with knowledge of", "privy to"];

/** Words in a quote that point at a subject named elsewhere: the paragraph or the headline then names it. */
export const POINTING_WORDS: string[] = [
  "(?:this|that|the|these|those|such an?) (?:issue|question|matter|topic|subject|idea|decision|step|process|option|scenario|proposal|plan|talks|meeting|summit|path|request|prospect)s?",
  "do(?:ing)? so(?! (?:much|many|far|well|badly|little))", "here", "on (?:this|that|it)",
];

/**
 * Openness: a backing that keeps a deployment open without a will to carry it out ("open to sending", "open to the
 * idea of a force") is conditional for troops (adjudication clarification 1); open to talks is for talks.
 */
export const OPENNESS_CUES: string[] = ["open to"];

/** Modal hedges: a wanted step that only could or might happen is conditional, not support. */
export const HEDGE_CUES: string[] = [
  "could", "might", "may", "(?<!\\bas \\w+ as )possibl[ey]", "perhaps", "potential(?:ly)?", "not excluded", "in principle",
];

/** Refusal and rejection: a negation or a refusing verb shortly before a topic term, in the same clause. */
export const NEGATION_CUES: string[] = [
  "not", "\\p{L}*n[’']t", "never", "no", "none", "nobody", "nothing to", "cannot", "rule(?:s|d)? out", "ruling out", "reject\\w*",
  "refus\\w*", "oppos\\w*", "against", "block(?:s|ed|ing)?", "g(?:ive|ives|ave|iving|iven) up(?: on)?", "abandon\\w*", "renounc\\w*", "exclud\\w*", "dismiss\\w*", "den(?:y|ies|ied)", "without",
  // keeping it from happening: "prohibited from joining", "barred from membership", "prevent them from sending" (decision 0610)
  "(?:prohibit|bar|ban|prevent|block|keep|kept|stop)(?:s|ed|ped|red|ned|ping|ring|ning|ing)?(?: \\p{L}+){0,2}? from",
];

/**
 * Verbs of consequence: a predicate after one, past a term, says what the term would bring, not what anyone wants
 * ("a no-fly zone entails the alliance being ready to fight"; decision 0610).
 */
export const CONSEQUENCE_VERBS: string[] = ["means?", "meant", "entail(?:s|ed)?", "impl(?:y|ies|ied)", "result(?:s|ed)? in", "amounts? to"];

/**
 * Connectives of purpose: the predicate before one governs the means, not the aim after it ("we must change the
 * circumstances so that …", "act fast … in a bid to halt the fighting"; decision 0540).
 */
export const PURPOSE_CONNECTIVES: string[] = ["so that", "in order (?:to|for|that)", "in a bid to", "so as to"];


/**
 * What Ukraine would give up in a settlement: refusing it ("will never hand over its provinces", "rejected any proposal
 * that involves ceding territory") is a demand on the terms of a deal, conditional, not a refusal to talk (decision 0540).
 * Read at the start of a negotiations term.
 */
export const CONCESSION_TERMS: string[] = ["concessions?", "compromises?", "(?:give|giving) away", "give up", "cede", "ceding", "surrender", "occupied territories"];

/** The limits a side sets in talks: "red lines" in negotiations are conditions on a deal, not a refusal of talks (decision 0540). */
export const LIMITS_IN_TALKS: string[] = ["red lines?"];

/**
 * Words that make a condemning word's object the denial that follows it: "absurd when no time frame is set for
 * membership" (a linking word, then a denial) and "a mistake not to invite" (a denied infinitive) condemn the refusal,
 * so they back the term (decision 0540).
 */
export const DENIAL_AFTER_CONDEMNING = { linkers: ["when", "that", "to", "if"], denials: ["not", "no", "never", "without", "\\p{L}*n[’']t"], deniedInfinitive: "(?:not|never) to" };

/**
 * Verbs of rejection and of giving up. Denied, they back what they govern ("we have never rejected talks", "the
 * prospect must never be written off"): supports (decision 0610). A denied "rule out", "exclude" or "off the table"
 * keeps an option open instead (`DENIERS` and `REFUSALS`, conditional).
 */
export const REJECTING_VERBS: string[] = [
  "reject\\w*", "oppos\\w*", "refus\\w*", "block(?:s|ed|ing)?", "abandon\\w*", "renounc\\w*", "g(?:ive|ives|ave|iving|iven) up(?: on)?", "writ(?:e|es|ing|ten) off", "wrote off", "turn(?:s|ed|ing)? down",
];

/** A contrast that sets aside the predicate after it ("instead of being ready", "rather than seeking"): it denies that predicate. */
export const CONTRASTIVE_NEGATIONS: string[] = ["instead of", "rather than", "in place of"];

/**
 * Negation in the narrow sense, the words that may deny anything: a bare one of these in the reporter's words
 * decides no stance by itself, a refusing verb ("ruling out") may (decision 0140).
 */
export const BARE_NEGATIONS: string[] = ["not", "no", "never", "none", "nobody", "cannot", "\\p{L}*n[’']t"];
/** The words that deny a verb: one of them between a predicate and a term takes the predicate's place ("urged them not to wait"). */
export const VERB_NEGATORS: string[] = ["not", "never"];
/** The contracted negation, written after its auxiliary with no word boundary before it ("don't", "won’t"). */
export const CONTRACTED_NEGATION = "n[’']t";
/** A prefix that denies the term it is attached to: "non-membership", "non-deployment". */
export const NEGATING_PREFIXES: string[] = ["non-"];

/**
 * A term as the subject of a negated predicate ("soldiers will not be sent", "talks won't start"): an auxiliary and
 * a negation, or a contracted refusal. A negated copula refuses only before a verb form ("are not welcome", "is not
 * going to"), not before a noun, where it sorts the term into a kind ("a pause is not a settlement"). The words
 * between the term and the auxiliary do not cross a coordinated clause.
 */
export const NEGATED_PREDICATE_FORMS = {
  auxiliaries: ["will", "would", "shall", "should", "must", "can", "could", "do", "does", "did"],
  /** Negations after an auxiliary, spaced or contracted ("will not", "didn't", "would never"). */
  negations: ["not", CONTRACTED_NEGATION, "never"],
  contracted: ["won[’']t", "can[’']t"],
  copulas: ["are", "is", "were", "was"],
  /** After a negated copula, what makes it a refused verb form rather than a classification. */
  verbFormsAfterCopula: ["going", "to", "be", "being", "welcome", "wanted", "\\p{L}+ed"],
  /** Coordinators that open a new clause between the term and the auxiliary. */
  coordinators: ["but", "and", "or"],
};

/**
 * Nouns of a collective will: denied ("there is no consensus on sending troops", "no appetite in the alliance for
 * it") they describe where the others stand, not what the speaker wants (decision 0240).
 */
export const COLLECTIVE_WILL: string[] = ["consensus", "unanimity", "appetite", "majority", "agreement (?:among|between|within)"];

/** Others disagreeing among themselves: a description of where they stand, not the speaker's position (decision 0240). */
export const DIVIDED: string[] = [
  "(?:are|is|were|was|remain|remains|remained|deeply|sharply) divided (?:over|on|about|as to)", "(?:different|differing|divergent|conflicting) (?:views|opinions|positions)",
  "(?:disagree(?:s|d|ment|ments)?|divisions?|split|rifts?) (?:over|on|about|among|within|between)",
];

/**
 * Doubt denied: "is not in question", "without any hesitation", "beyond question" affirm what they govern (decision
 * 0240). "no question of" is a refusal and stays with the condemning words.
 */
/**
 * An alternative denied just before the term backs the term (decision 0700): "there is no alternative to talks", "we are not
 * seeking a substitute for membership". The negation denies the alternative, not the term after it.
 */
export const DENIED_ALTERNATIVE = {
  negations: ["no", "not", "never", "nothing", "\\p{L}*n[’']t"],
  alternatives: ["alternatives?", "substitutes?", "replacements?", "other (?:way|option|path|road|choice)s?"],
};
/**
 * The term as the subject of "is the only way", "remains the best option" (decision 0700): the annotators code it backed.
 * Not "the only way to peace is …", where the term is what the way leads to (`CONDITION_PHRASES`: a condition).
 */
export const ONLY_WAY = {
  copulas: ["is", "are", "was", "were", "remains?", "(?:would|will) (?:be|remain)"],
  superlatives: ["only", "sole", "single", "best", "surest", "one and only"],
  // a quality between ("the only sensible option", "the only realistic way"; decision 0720)
  qualities: ["real", "possible", "remaining", "sensible", "realistic", "viable", "reasonable", "credible", "serious", "right", "workable"],
  nouns: ["way", "option", "path", "road", "solution", "answer", "chance", "hope", "choice"],
};
/**
 * Guarantees instead of or before joining (the spec's membership topic; decision 0700): "guarantees without formal
 * membership", "protection in place of joining the alliance", "guarantees pending an invitation" are a stage short of it:
 * conditional, not the refusal "without" reads elsewhere.
 */
export const GUARANTEES_BEFORE_JOINING = {
  guarantees: ["guarantees?", "guaranteed", "protection", "security arrangements?", "security commitments?", "assurances?"],
  inPlaceOf: ["without", "instead of", "in place of", "rather than", "short of", "pending", "ahead of", "before", "until", "as an alternative to", "outside of", "outside"],
};
/** A view the speaker held before and no longer states (annotator aa: "a past view … = no stance"; decision 0700). */
export const PAST_VIEW_WORDS = {
  times: ["before (?:this|the) (?:war|invasion)", "back then", "at (?:that|the) time", "in the past", "years ago", "once upon a time"],
  pastForms: ["was", "were", "used to", "had been", "had"],
};
export const DENIED_DOUBT: string[] = [
  "(?:not|never|no longer) (?:be )?(?:in|open to) (?:doubt|question)", "(?:no|without|beyond) (?:any )?(?:doubt|equivocation|hesitation)(?! (?:of|whether))", "beyond question",
  "(?:must|should|can|will)(?: not|n[’']t) be (?:doubted|questioned)",
];

/** The manner of doing something, not whether to: "talks are best kept confidential", "not in public" (decision 0240). */
export const MANNER: string[] = [
  "(?:in|into) (?:the )?public(?: domain| eye| view| sphere)?", "publicly", "confidential(?:ly|ity)?", "in private", "privately", "behind closed doors", "in secret", "secretly",
  "discreet(?:ly)?", "through the (?:press|media)",
];

/** Words after a negation that limit or redirect it instead of refusing ("not about …", "not only …"). */
export const NOT_A_REFUSAL_AFTER: string[] = [
  "about", "only", "just", "least", "merely", "simply", "necessarily", "surprisingly", "the only",
  // a denied saying is no refusal of what was (not) said: "I never said that …"
  "said", "say", "says", "claimed", "suggested",
  // an effort not spared, a bearing denied: "spare no effort to …", "nothing to do with the talks" (decision 0720)
  "efforts?", "do with",
  // a wait denied is no refusal of what would be waited for: "no need to wait for an armistice" (decision 0240)
  "(?:to )?wait(?:ing)? (?:for|until)",
];

/**
 * After a topic term as its subject, a requirement makes the topic conditional ("any deal must be fair");
 * the same modal before a step that carries the topic out is support ("troops should be sent").
 */
// with the tenses of reported speech: "a truce had to come with guarantees", "any deal had to be fair" (decision 0720)
export const REQUIREMENT_AFTER_TERM: string[] = ["must", "should", "requires?", "required", "presupposes", "has to", "have to", "had to", "needs? to", "(?<!\\b(?:is|are|was|were|be|been)\\s+(?:\\w+ly\\s+)?)needed to", "will have to", "would have to", "(?:will|would) need to"];
/** Words that open a clause with a subject of its own after a noun ("the guarantees it needs", "the force we must send"); a relative pronoun may be the term itself ("talks that must …"). */
export const CLAUSE_SUBJECTS: string[] = ["I", "we", "you", "he", "she", "it", "they"];
/**
 * Of those, the ones that are also objects ("want it", "told you"): a subject only before a verb in -s or -ed. A
 * subject between a term and a predicate after it makes the predicate that subject's, not the term's ("a no-fly zone
 * … we have to accept"; decision 0540).
 */
export const OBJECT_FORM_SUBJECTS: string[] = ["it", "you"];
/** Adjectives of readiness that open a term ("ready to talk"): after "is not" they deny an act, they sort nothing into a kind (decision 0540). */
export const READINESS: string[] = ["ready", "willing", "prepared", "open", "able"];
/** Verbs of need or demand with what is needed as their object: "needs firm guarantees", "insists on guarantees" (decision 0345). */
export const NEED_VERBS: string[] = ["(?<!(?:the|a|an|no|any) )need(?:s|ed)?", "requir(?:e|es|ed)", "demand(?:s|ed|ing)?", "insist(?:s|ed|ing)? on", "must (?:have|get|receive)"];
/**
 * A part in talks or a settlement: who sits at the table is not whether to talk. Demanded (after a requirement
 * modal) it is a condition on the talks; described, no stance on them (decision 0240).
 */
export const PARTICIPATION: string[] = [
  "(?:a|an|the|no|any) (?:[\\p{L}-]+ )?role (?:to play )?in", "at the (?:heart|centre|center|core) of", "(?:a )?seat at", "(?:involved|included|represented|present) in",
];
/**
 * Forms of military help other than troops on the ground: refusing troops "but" offering one of these is a limit, not a
 * refusal (adjudication 2026-12-01, clarification 5; decision 0240).
 */
export const OTHER_FORMS_OF_FORCE: string[] = [
  // a place away from the fighting: "kept away from the front, stationed instead in the rear" (decision 0610)
  "operat(?:e|es|ing) (?:at|in|from|behind|away from|far from)", "(?:stationed|based|positioned) (?:at|in|behind|away from|far from)",
  "in the air", "from the air", "air (?:support|power|cover|policing|defen[cs]e)", "at sea", "naval", "maritime", "logistic\\w*", "intelligence", "training", "backstop", "back-?up",
];
/**
 * A denied act in the past or the perfect reports what happened, it refuses nothing: "we did not move soldiers there",
 * "they have not stationed units" (decision 0570). The auxiliaries before the negation, and the verbs of will or judgement
 * after it that still make it a refusal ("did not intend to deploy", "have not agreed to").
 */
export const PAST_ACT_DENIAL = {
  auxiliaries: ["did", "have", "has", "had", "didn[’']t", "haven[’']t", "hasn[’']t", "hadn[’']t"],
  verbsOfWill: [
    "plan\\w*", "intend\\w*", "want\\w*", "wish\\w*", "expect\\w*", "agree\\w*", "decid\\w*", "support\\w*", "seek\\w*", "sought", "ask\\w*", "request\\w*",
    "propos\\w*", "consider\\w*", "rul\\w*", "exclud\\w*", "accept\\w*", "believ\\w*", "mean\\w*", "approv\\w*", "allow\\w*", "authori[sz]\\w*", "commit\\w*", "need\\w*", "see\\w*", "say\\w*", "said",
  ],
};
/**
 * A penalty threatened for a settlement's absence presses for it: "tariffs if no deal is reached", "sanctions unless they
 * agree a truce" (decision 0570). The penalties, and the words that deny the settlement inside the condition.
 */
export const PENALTIES: string[] = ["tariffs?", "sanctions?", "penalt(?:y|ies)", "punish\\w*", "consequences"];
export const SETTLEMENT_DENIED: string[] = ["not", "\\p{L}*n[’']t", "no", "never", "fail(?:s|ed|ing)? to", "without"];
export const CARRYING_OUT: string[] = [
  "be (?:sent|deployed|stationed|admitted|invited|accepted|welcomed|started|launched|resumed|held)", "be (?:given|granted|offered) (?:a|another|every) chance", "join", "start", "begin", "resume", "go ahead",
  "continue", "proceed", "succeed", "move forward", "go on",
  // the term coming about: "membership should come as soon as possible" (decision 0720)
  "come(?! with| without| at| only)", "happen(?! only)", "take place",
];

/**
 * What a settlement is made of and what it is to bring: a deal noun as the subject of one of these verbs, under
 * a demand ("it is vital that any deal brings …", "an agreement must include …"), is a demand on the terms of a
 * deal, not a view on talking now: conditional (adjudication 2026-12-01, clarification 2).
 */
export const DEAL_NOUNS: string[] = ["deal", "agreement", "settlement", "accord", "treaty", "peace", "ceasefire", "cease-fire", "truce", "armistice", "arrangement"];
export const DEAL_CONTENT_VERBS: string[] = [
  "includ\\w*", "contain\\w*", "bring\\w*", "ensur\\w*", "guarantee\\w*", "respect\\w*", "provid\\w*", "involv\\w*", "reflect\\w*",
  "address\\w*", "protect\\w*", "last(?:s|ed)?", "hold(?:s)?", "endur(?:e|es|ed)", "preserv\\w*", "deliver\\w*", "lead\\w* to", "tak\\w* into account", "be (?:just|fair|lasting|durable|enduring|sustainable|credible|balanced|acceptable)",
];
/** Words that make the clause after "that" a demand: "it is vital that …", "we insist that …". */
/**
 * Words by which a speaker offers a step rather than demands it ("willing to assume a neutral status", "ready to accept
 * neutrality"): a bloc status offered is a concession in a deal, conditional on what it is traded for (decision 0655).
 */
export const OFFERING: string[] = ["willing(?:ness)?", "ready", "readiness", "prepared", "open to", "agree\\w*", "accept\\w*", "consider\\w*"];
export const DEMANDING: string[] = ["vital", "important", "essential", "crucial", "necessary", "key", "imperative", "insist\\w*", "demand\\w*", "want\\w*"];
/**
 * Nouns that make what they name a requirement of something else: "X is a cornerstone of any settlement", "a
 * precondition for talks". With the demanding words, the obligation modals and "without" they make membership named
 * in the clause of a settlement a term demanded of it (decision 0570).
 */
export const REQUIREMENT_NOUNS: string[] = ["cornerstones?", "preconditions?", "prerequisites?", "requirements?", "sine qua non"];

/**
 * Verbs of attitude: they say what their subject wants or refuses. With a subject other than the speaker
 * ("he", "they", "Russia") they report someone else's position, not the speaker's.
 */
export const ATTITUDE_VERBS: string[] = [
  "wants?", "wanted", "wanting", "wish(?:es|ed|ing)?", "oppos\\w*", "reject\\w*", "refus\\w*", "rul(?:e|es|ed|ing) out",
  // adjectives of readiness after any linking verb, which the words between subject and verb hold ("does not seem ready"; decision 0345)
  "ready", "willing", "prepared",
  "push(?:es|ed|ing)? for", "call(?:s|ed|ing)? for", "demand\\w*", "insist\\w*", "striv\\w* for", "seek\\w*", "sought", "welcom\\w*", "(?:interested|serious) (?:in|about)",
];

/**
 * Subjects that are someone other than the speaker or the speaker's side. Third-person pronouns count only in
 * speech in the first person: in reported speech ("Rutte said he would …") "he" is usually the speaker.
 */
export const THIRD_PARTY_PRONOUNS: string[] = ["he", "she", "they"];
export const FIRST_PERSON: string[] = ["I", "we", "my", "our", "us", "me"];
export const THIRD_PARTY_SUBJECTS: string[] = [
  "Russia", "Moscow", "the Kremlin", "Putin", "the Russians", "the Russian Federation", "(?:some|certain|several|other) (?:NATO )?(?:member )?(?:allies|countries|states|members|capitals)",
  // a counted or quantified group of them is others too ("only five states stand ready", "most allies want"; decision 0540)
  "(?:only )?(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|a few|few|many|most|a number of|a handful of) (?:of the )?(?:NATO )?(?:European )?(?:member )?(?:allies|countries|states|members|capitals|nations)",
];
/**
 * Which of those subjects are a country's own side, by country code: its own officials speaking of them
 * ("Moscow opposes …" said by a Kremlin spokesman) state their own position, not someone else's.
 */
export const OWN_SIDE_SUBJECTS: Record<string, string[]> = {
  ru: ["Russia", "Moscow", "the Kremlin", "Putin", "the Russians", "the Russian Federation"],
};

/**
 * Capitalised words that open a sentence, a title or the name of a country or body: a run of capitalised words
 * that starts with one is no person's name. A country's wish reported by a speaker is coded both ways in the
 * gold (adjudication class E), so only persons count as "someone else" here.
 */
export const NOT_A_PERSON_NAME_START: string[] = [
  "The", "A", "An", "This", "That", "These", "Those", "We", "Our", "My", "If", "When", "But", "And",
  "President", "Prime", "Minister", "Secretary", "Chancellor", "Foreign", "Defence", "Defense",
  "United", "European", "North", "South", "East", "West", "Western", "Eastern", "New", "Saudi", "Czech",
  "Russian", "Ukrainian", "American", "British", "French", "German", "Polish",
];

/**
 * Verbs by which a person other than the speaker, named as their subject, states or holds a position of their own
 * ("Jane Example said …", "Example wants …"): the statement reports that position (decision 0205). Narrower than
 * the speech verbs: a named person who "signalled" or "welcomed" something is as often the story as the position.
 */
export const OTHERS_POSITION_VERBS: string[] = [
  "said", "says", "say", "told", "tells", "stated", "believes?", "thinks?", "argued", "argues", "claimed", "claims", "insisted", "insists",
  "wants?", "wanted", "wish(?:es|ed)?", "demands?", "demanded", "accepts?", "accepted", "agreed", "agrees", "rejects?", "rejected", "refuses?", "refused", "opposes?", "opposed", "(?:is|was|are|were) (?:not )?(?:ready|willing|prepared)",
];

/**
 * The question put to the speaker, as the reporter words it in the frame ("When asked about …,", "In response to a
 * question on whether …,"): what it names is asked, not said, so its cue words decide no stance (decision 0610).
 * Each opens the question; it runs to the next comma.
 */
/**
 * The subject of the remark, as the reporter names it in the frame ("…, she said of the membership bid", "Speaking about a
 * ceasefire, …", "…, referring to a deployment"): the quote's backing bears on it, as an answer's on the question (decision 0720).
 */
export const SUBJECT_IN_FRAME: string[] = [
  "(?:said|says|saying|spoke|speaking|talking|referring|referred|commenting|commented|writing|wrote|asking|asked) (?:of|about|to|on)",
  "in (?:(?:his|her|their|the) )?(?:comments|remarks|reference) (?:on|about|to)",
];

export const QUESTION_IN_FRAME: string[] = [
  "(?:(?:when|after being|on being|if|once)\\s+)?asked\\s+(?:about|whether|if|why|how|what|when|on|for)",
  "in (?:response|reply|answer) to (?:a|the|an?\\s+\\w+'s|a reporter's) question",
  "(?:when|after being) pressed (?:on|about|over)",
];

/**
 * A sentence that opens with "But" and sets a limit ("But only after …", "But we must make sure that …", "But first …"):
 * after a quote's backing of a topic it makes the backing conditional (decision 0610).
 */
export const LIMIT_AFTER_BACKING: string[] = [
  "only", "first", "(?:must|has to|have to|needs? to|should|wants? to) (?:first |also )?(?:make sure|ensure|be sure)", "not (?:at any|at all) costs?", "not (?:on|under) (?:any|all) (?:terms|conditions)",
];

/** After a backing and "but" in the same sentence, a requirement or a quality demanded limits it (decision 0700). */
// … and a modal of requirement: "talks are welcome, but they have to respect …" (decision 0720)
export const REQUIREMENT_AFTER_BUT: string[] = ["necessary", "needed", "required", "a (?:pre)?condition", "honest", "fair", "just", "dignified", "must", "(?:has|have|had|needs?|needed) to"];

/** Short answers that say yes or no to the question put to the speaker. */
export const YES_ANSWERS: string[] = ["yes", "absolutely", "certainly", "of course", "definitely", "sure"];
export const NO_ANSWERS: string[] = ["no", "never", "absolutely not", "certainly not", "of course not", "not at all"];

/** Words by which a speaker condemns or warns against something: opposition without a negation. */
export const OPPOSITION_CUES: string[] = [
  "unacceptab(?:le|ility)", "inadmissib(?:le|ility)", "hostile", "provocat\\w*", "escalat\\w*", "legitimate targets?", "red lines?",
  "danger\\w*", "reckless", "irresponsible", "(?:grave|serious) consequences", "retaliat\\w*", "irritants?", "cause for concern",
  "concerned (?:about|by|over)", "worr(?:y|ied|ies) (?:about|by|over)", "belligerent", "madness", "absurd", "unwise", "not wise", "mistake",
  "(?:full|direct|open|wider)[- ](?:\\w+ )?(?:confrontation|war)", "excuse", "off the table",
  // denied presence on the agenda, in any tense ("is no longer on the agenda", "has not been on the table"; decision 0345)
  "(?:not|never|\\p{L}*n[’']t|no longer)(?: \\w+){0,2}? on (?:the|our|my|their|its|his|her) (?:table|agenda)",
  "not (?:a )?part(?:y)? (?:of|to) (?:this|the) (?:conflict|war)",
  // a war as what a step would bring: "could spark a world war", "would mean open war" (decision 0655)
  "(?:would|could|will|might|may) (?:\\w+ )?(?:mean|trigger|provoke|spark|unleash|lead to|result in)\\s+(?:(?:a|an|the|direct|open|wider|world|nuclear|third|global|new|big|major|full-scale)\\s+)*war\\b",
  "out of the question", "not an option", "(?:root )?causes? of (?:the|this) (?:\\w+ )?(?:war|conflict)", "no question of", "(?:direct |serious |grave )?threat to", "(?:an?|direct|serious|grave) threat", "(?:direct |open )?clash",
];

/**
 * Predicates by which a speaker wants, backs or works for what they govern, by word class. A predicate governs
 * a topic term in its clause (a few words before it, or just after it as its subject: "talks are welcome").
 */
/**
 * Nouns a cue word may stand before as their attribute ("the lead negotiator", "security support forces"): the cue
 * then names a role or a unit, it backs nothing (decision 0610).
 */
const ATTRIBUTE_HEADS = String.raw`(?!\s+(?:negotiators?|envoys?|authors?|investigators?|prosecutors?|officials?|forces?|troops|units?|missions?|personnel|staff|contingents?|roles?|nations?|countr(?:y|ies))\b)`;

/** Commitment, readiness and intent: the speaker will do it or is prepared to. */
export const COMMITMENT_CUES: string[] = [
  "ready", "readiness", "prepared", "(?<!of the )willing(?:ness)?", "commit\\w*", "pledg(?:e|es|ed|ing) to", "promis(?:e|es|ed|ing) to", "vow(?:s|ed|ing)? to", "intend\\w*", "determined",
  "plan(?:s|ned|ning)? to", "(?:would|'d|’d) like to", "aim(?:s|ed|ing)? to", "striv\\w* (?:to|for)", "(?:seek(?:s|ing)?|sought) (?:\\w+ ){0,2}to", "(?:seek(?:s|ing)?|sought)", "pursu(?:e|es|ed|ing)", "in pursuit of",
  "look(?:s|ed|ing)? for (?:\\w+ ){0,3}(?:ways?|opportunit\\w+|chances?|means) to", "agree(?:s|d|ing)? (?:to|on)", "decid(?:e|es|ed|ing) to", "offer\\w*",
  "(?:will|would|can|could|shall|going to) (?:\\w+ )?(?:send|deploy|contribute|provide|participate|put|station|take part|help|join|become)",
  "(?:will|shall|is going to) (?:be|become) (?:a )?(?:full )?member",
  "do (?:everything|whatever|all) (?:\\w+ ){0,3}to", "spar(?:e|es|ed|ing) no efforts?", "work(?:s|ed|ing)? (?:hard |tirelessly )?to", "work(?:s|ed|ing)? (?:on|with|towards?|for)", "step up", `lead${ATTRIBUTE_HEADS}(?:s|ing)?`, "draw up", "devis\\w*",
  // not the participle as an attribute of a noun: "the proposed zone" describes the zone (decision 0535)
  // nor the passive, which reports the proposal ("the ceasefire was first proposed in March"; decision 0720)
  "(?<!\\b(?:the|a|an|this|that|these|those|its|their|his|her|our|any) |\\b(?:was|were|is|are|been|being|be) (?:\\w+ )?)propos(?:e|es|ed|ing)",
  "(?:reach|achieve|conclude|broker|secure|strike|clinch)(?=\\s+(?:an?\\s+|the\\s+)?(?:\\w+\\s+){0,2}(?:deal|agreement|settlement|ceasefire|truce|peace)\\b)", "bring (?:\\w+ ){0,2}to (?:a|an) (?:good |successful )?end", "unit(?:e|es|ed|ing) (?:around|behind)",
];
/** Backing and wanting: the speaker is for it. */
export const BACKING_CUES: string[] = [
  `support${ATTRIBUTE_HEADS}\\w*`, "back(?:s|ed|ing)?", "endors\\w*", "favou?r\\w*", "advocat\\w*", "call(?:s|ed|ing)? for", "urg\\w*", "push(?:es|ed|ing)? for",
  // asking for it in other words: "appealed for a truce", "pleading for talks", "encouraged them to engage in talks" (decision 0720)
  "appeal(?:s|ed|ing)? (?:\\w+ )?(?:for|to)", "call(?:s|ed|ing)? (?:up)?on", "plead(?:s|ed|ing)? for", "lobb(?:y|ies|ied|ying) for", "campaign(?:s|ed|ing)? for", "encourag(?:e|es|ed|ing)",
  // praise of the step as a reported act ("praised the ceasefire", "hailed the accord"); not of its go-betweens or of someone's
  // role or efforts ("praised Norway's role in the talks"), which describes who carries talks (annotators v, w; decision 0720)
  "(?:prais(?:e|es|ed|ing)|hail(?:s|ed|ing)?|applaud(?:s|ed|ing)?|commend(?:s|ed|ing)?|laud(?:s|ed|ing)?)(?! (?:[\\p{L}’'-]+ ){0,3}?(?:mediat|intermediar|envoy|host|role|leverage|efforts?|contribution|[\\p{L}-]+[’']s\\b))",
  "welcom\\w*", "accept\\w*(?! (?:the )?(?:reality|fact))", "embrac\\w*", "want(?:s|ed|ing)?", "hope\\w*", "open to", "deserv(?:e|es|ed|ing)", "invit(?:e|es|ed|ing)", "belong(?:s|ed|ing)?",
  "future (?:is|lies) in", "(?:firmly |squarely |clearly )?on the side of", "(?:stand|stands|standing|stood) (?:firmly |fully |squarely )?(?:by|behind)", "(?:place|future) (?:is|lies) in", "(?:door|doors) (?:is|are|remains?) open", "good faith", "without preconditions", "underway",
];
/** Positive evaluation and obligation: the speaker judges it needed or good. */
export const POSITIVE_EVALUATION_CUES: string[] = [
  "should", "must", "(?<!(?:the|a|an|no|any) )need(?:s|ed)? (?!for\\b)(?:to\\b|[\\p{L}-]+)", "(?<=\\b(?:we|I|you) (?:all |really |simply |just )?)(?:have|had) (?:\\w+ly )?to(?= \\p{L})", "important", "necessary", "essential", "crucial", "vital", "progress", "immediate", "unconditional", "as (?:soon|quickly|fast|early) as possible", "without delay",
  "positive (?:step|fact|development|sign|signal|move)", "(?:an? )?(?:\\w+ )?(?:impetus|momentum|breakthrough)", "steps? (?:forward|in the right direction)", "no military solution", "(?:best|ultimate|strongest|most effective|most reliable|only real) (?:\\w+ )?guarantee", "the way forward", "(?:better|preferable|wiser) (?:than|to)",
  // a step judged fitting: "joining would be an appropriate answer" (decision 0700); not a time ("at the appropriate moment")
  "(?:appropriate|justified|fitting)(?! (?:time|moment|stage|point|juncture)\\b)",
  // a step judged good with a noun, beside "bad idea": "a good idea", "the right decision", "a great step" (decision 0700)
  "(?:good|great|right|wise|sensible|welcome) (?:thing|idea|step|move|decision|sign|signal|news)",
  // the one sound course: "the only sane thing to do", "the best thing we can do" (decision 0720)
  "(?:only|best|sane|sensible|reasonable|logical|smart|responsible) (?:\\w+ )?thing (?:to do|we can do)",
  // the moment judged come: "it is high time to start talks", "it was time for a deal" (decision 0720)
  "(?:it is|it[’']s|it was|it would be) (?:now |high |about |long past |past |the right )?time (?:for|to)",
  // needed in the passive, at the end of its clause ("a truce, even a partial one, was badly needed"), or overdue (decision 0720)
  "(?:is|are|was|were|be|been|being) (?:\\w+ly )?(?:needed|wanted|overdue)", "(?:importance|necessity|urgency) of", "(?:long )?overdue", "the sooner (?:\\S+ ){0,6}?the (?:better|safer|stronger|more secure)",
  // judged to serve everyone, not one side: "in the interest of all of Europe", "in our common interest" (decision 0720)
  "in (?:our|everyone[’']s|our (?:own|common|shared|national)) interests?", "in the (?:\\w+ )?interests? of (?:all|everyone|the whole|Europe|Ukraine|both|peace|security|our)",
];
export const SUPPORT_CUES: string[] = [...COMMITMENT_CUES, ...BACKING_CUES, ...POSITIVE_EVALUATION_CUES];
/**
 * Adjectives by which someone judges how talks go: "the talks were constructive", "a productive meeting with …",
 * "described the round as substantive". A good judgement of talks is for them (the annotators code a participant's
 * "constructive" or "positive" as supports); of a force or of joining these words judge nothing, so they govern
 * the negotiations topic only (decision 0570).
 */
export const TALKS_GOING_WELL: string[] = GOOD_OF_TALKS;
/**
 * Offering to host or carry talks: "Bern would gladly host a peace conference". For the negotiations topic only: hosting a
 * meeting about a force is no will to send one (decision 0720).
 */
export const HOSTING_TALKS: string[] = ["(?:will|would|can|could|shall|going to) (?:\\w+ )?(?:host|mediate|facilitate)"];
/**
 * The term named as the speaker's aim or as the means of settling the war (decision 0570): "… as his primary objective",
 * "our goal was to agree a truce", "an opportunity for a truce"; "a quarrel to be settled by dialogue",
 * "the answer lies in a ceasefire". Not "the aim of the talks", which describes them.
 */
/**
 * What a term as the subject of a modal does for someone, when it is good: "membership would make the country safer",
 * "an invitation will raise the morale of …", "joining could bring peace closer", "only membership can guarantee its
 * security". A good consequence of the term is for it, whatever the modal: a forecast, not a hedged will (decision 0655).
 */
export const GOOD_CONSEQUENCES: string[] = [
  "mak(?:e|es|ing) (?:\\S+ ){1,3}?(?:stronger|safer|more secure)",
  "(?:strengthen|boost|bolster|rais|lift|improv)\\w*(?: up)? (?:\\S+ ){0,3}?(?:morale|security|stability)\\b(?! (?:concerns?|risks?|threats?))",
  "bring\\w* (?:\\S+ ){1,5}?closer(?! to (?:a |an |the )?(?:\\w+ )?(?:war|conflict|confrontation))",
  "(?:guarantee|ensure|secure|protect)\\w* (?:\\S+ ){0,2}?(?:security|safety|protection)",
  "(?:offer|provide|give)\\w* (?:the |a )?(?:best|strongest|real|true|reliable|lasting) (?:\\S+ ){0,2}?(?:guarantees?|protection|security)",
  // what it brings or spares: "a truce would save thousands of lives", "joining would bring lasting security" (decision 0720)
  "sav(?:e|es|ing) (?:\\S+ ){0,3}?lives", "bring\\w* (?:\\S+ ){0,2}?(?:security|stability|peace|safety|calm)\\b",
];
/**
 * What a term as the subject of a modal would do that is bad for the speaker's side: "a truce now would only let Russia
 * rearm", "such a deal would reward the aggressor", "it would play into the Kremlin's hands". The bad consequence of the
 * term is against it, as a good one is for it (decision 0720).
 */
export const BAD_CONSEQUENCES: string[] = [
  "(?:allow|let|enable|help|give)\\w* (?:\\S+ ){1,3}?(?:to )?(?:rearm|regroup|recover|rebuild|reinforce|replenish|catch (?:its|their) breath|buy time|gain time)",
  "(?:give|buy)\\w* (?:\\S+ ){0,2}?(?:time|a breather|a respite) to",
  "reward\\w* (?:the )?(?:aggress\\w*|invader|Kremlin|Russia|Moscow|Putin)", "play\\w* into (?:\\S+ ){1,2}?hands", "legitimi[sz]\\w* (?:the )?(?:occupation|aggression|annexation|land grab)",
  "(?:freeze|cement|entrench)\\w* (?:the )?(?:conflict|occupation|front ?lines?|division)", "drag\\w* (?:\\S+ ){1,3}?into (?:a |an |the )?(?:\\w+ ){0,2}?(?:war|conflict|confrontation)",
];
export const AIM_OR_MEANS: string[] = [
  "(?:goal|aim|objective|priority|purpose)s?(?! of\\b)", "focus (?:is|remains|stays|will (?:be|remain)) on", "opportunit(?:y|ies) for", "(?<!\\bno )need for", "plans? for",
  "(?:through|via|by means of|by way of)(?=\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:negotiat|talks|dialog|diplomac))",
  "(?:resolv|settl|solv|overcom)\\w* (?:\\w+ ){0,2}?(?:through|via|by means of|by way of|by)", "(?:solution|answer|way out|path|road|key) (?:[\\w-]+ ){0,4}?(?:lies|lie) in",
  // the term as the way out or forward: "diplomacy is the way out of this war" (decision 0720)
  "(?:is|are|remains?|was|were|would be) (?:the|our|a) (?:only |best |sole |surest )?(?:way (?:out|forward)|exit from)",
];

/**
 * Words that make a settlement the frame a force acts in: its legal frame or circumstance ("deployed under a peace
 * accord", "monitors in the event of a truce") or the purpose it serves ("a force to enforce a truce"). A
 * quote that names the settlement only so, beside a force, is about the force: the settlement sets its scene
 * (decision 0520). Times ("after a ceasefire", "once a deal is reached") are not frames: the gold codes them with
 * the settlement as often as without.
 */
export const SETTLEMENT_FRAMES: string[] = [
  "under", "in (?:the )?(?:event|case) of", "to (?:enforce|uphold|keep|protect|police|monitor|guarantee|underpin|defend|secure|ensure)",
  // the same purpose with the gerund: "essential for securing a truce", "a part in keeping the peace" (decision 0535)
  "(?:for|in) (?:enforc|uphold|keep|protect|polic|monitor|guarantee|underpinn|defend|secur|ensur)ing",
];

/**
 * A settlement as the setting of a deployment: troops sent to enforce or monitor a ceasefire, or as part of a
 * deal or of security guarantees, are conditional on that settlement, however readily they are offered.
 */
export const SETTLEMENT_SETTINGS: string[] = [
  "(?:enforc|monitor|polic|secur|guarant|uphold|underpin|observ|maintain|implement|keep|protect)\\w* (?:\\w+ ){0,2}(?:ceasefire|cease-fire|truce|peace|deal|agreement|settlement|armistice)",
  "(?:future|possible|eventual|any|potential) (?:\\w+ )?(?:ceasefire|cease-fire|truce|peace deal|peace agreement|settlement|armistice)",
  "in the event of (?:a|the|any) (?:\\w+ ){0,2}(?:ceasefire|truce|peace|deal|agreement|settlement)",
  "as part of (?:a|the|any) (?:\\w+ ){0,2}(?:deal|agreement|settlement|guarantees?)", "post-(?:war|conflict|ceasefire)", "after the war", "security guarantees?",
];

/**
 * Words that make what follows a point in time ("after the start of the wider war", "before the escalation"): a
 * condemning word named so dates something, it judges nothing (decision 0610). The preposition, then the nouns of a
 * beginning that may stand between it and the event.
 */
export const TIME_OF_AN_EVENT = {
  prepositions: ["since", "after", "before", "during", "throughout", "on the eve of", "ahead of"],
  beginnings: ["start", "onset", "beginning", "outbreak", "launch", "eve", "first (?:days?|weeks?|months?|year)", "early (?:days|weeks|months)"],
};

/** Verbs that end what they govern: "stop the madness" wants the bad thing over, it does not condemn the topic. */
export const ENDING_VERBS: string[] = ["stop", "end", "halt", "(?:put|bring) an end to", "finish"];

/** Negative evaluation: the speaker judges it wrong or harmful (opposition without a negation). */
export const NEGATIVE_EVALUATION_CUES: string[] = [
  "wrong", "bad idea", "counterproductive", "makes? no sense", "(?:does|do)(?: not|n[’']t) make (?:any )?sense", "no longer makes? (?:any )?sense", "nonsense", "pointless", "futile", "risky", "capitulat\\w*",
];

/** "…, but only if/when/once …": a limit that binds whatever the clause before it names (condition markers). */
export const LIMITING_CONDITIONS: string[] = ["if", "when", "once", "after", "with"];
/** "…, but only …", "…, but not …": a short addition after "but" that limits what went before (negation markers). */
export const LIMITS_AFTER_BUT: string[] = ["only", "not", "never"];
/** A condition the speaker sets as the one on which all depends: "only if", "on condition that", "provided that". */
export const DEMANDED_CONDITIONS: string[] = ["only\\s+(?:if|when|once)", "on condition", "provided"];
/** The war by its common names, as a doubt waits on its end ("until the war ends") or a consequence names it. */
export const WAR_WORDS: string[] = ["war", "fighting", "conflict"];
/** An end of the war a doubt waits on: "before the ceasefire", "after the peace". */
export const END_OF_WAR_WORDS: string[] = ["war", "ceasefire", "conflict", "fighting", "peace"];
/** "depends on", "depending on", "dependent on": a condition phrase of depending. */
export const DEPENDING_WORDS: string[] = ["depends?", "depending", "dependent"];
/** "their willingness to enter talks": a readiness that aid or a penalty is made to depend on. */
export const READINESS_NOUNS: string[] = ["willingness", "readiness", "agreement", "consent", "commitment"];
/** "if we (really) want …", "if you are serious about …": a condition that opens on someone wanting what follows. */
export const WANTING: string[] = ["want", "wants", "wish", "wishes", "are serious about", "is serious about"];
/** The modal verbs of a consequence ("would make the country safer", "will only let Russia rearm"). */
export const CONSEQUENCE_MODALS: string[] = ["will", "would", "can", "could", "may", "might", "shall"];
/** Words between the modal and a good consequence ("would certainly help", "can only strengthen"). */
export const GOOD_CONSEQUENCE_ADVERBS: string[] = ["only", "also", "certainly", "surely", "definitely", "really", "help", "help to"];
/** Words between the modal and a bad consequence ("would only let", "will simply reward"). */
export const BAD_CONSEQUENCE_ADVERBS: string[] = ["only", "simply", "just", "merely", "also", "certainly", "surely"];
/** "such a step", "such a plan": a noun that points back at a step named before. */
export const STEP_NOUNS: string[] = ["step", "move", "plan", "idea"];
/** "If we are talking about X": talking that names a subject, setting no condition on it. */
export const TALKING_ABOUT: string[] = ["talking", "speaking", "talk", "speak"];
/** "if we really want …", "when you are serious about …": the connectives that open a condition on someone's wanting. */
export const WANTING_CONDITION_OPENERS: string[] = ["if", "when"];
/** Connectives that set a condition of their own but, standing alone, no limit on the scope of a clause before them. */
export const UNSCOPED_CONNECTIVES: string[] = ["if", "once"];
/** "my country", "our government": the speaker's own side, whose commitment the speaker states. */
export const OWN_SIDE_NOUNS: string[] = ["country", "government"];
/** "Examplia's NATO allies", "Exampland's alliance partners": the alliance named after a member. */
export const ALLIANCE_WORDS: string[] = ["NATO", "alliance"];
/** "off the table", "on the agenda": where a step is put or taken off. */
export const AGENDA_WORDS: string[] = ["table", "agenda"];
