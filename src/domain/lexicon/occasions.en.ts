// Words of the frames that name where words were given: an outlet that received or passed them on, a venue, an
// occasion. Each entry is a general cue, never a phrase seen in an article.

import { oneOf } from "./oneOf";

/** "discussed on Example TV": a subject discussed on a programme. */
export const DISCUSSED = oneOf("discussed", "discusses", "discussing");
/** "in an appearance on Example TV", "appeared on …". */
export const APPEARED = oneOf("appearance", "appeared", "appearing", "appears");
/** "published by Example Daily", "carried by …": words an outlet ran. */
export const CARRIED = oneOf("published", "carried", "aired", "broadcast", "run");
/** "correspondent", "reporter", "journalist": an outlet's reporters, whom the sets of staff below start from. */
const CORRESPONDENT = ["correspondent", "reporter", "journalist"];
/** "reporters", "journalists": the press as people. */
const PRESS_PEOPLE = ["reporters", "journalists"];
/** "report", "article", "story": an outlet's own story. */
const STORIES = ["report", "article", "story", "investigation", "dispatch"];
/** "giving a news conference", "held a briefing". */
const HOLDING = ["giving", "holding", "gave", "held"];
/** "at", "on the sidelines of": where, at a gathering, words were given. */
const AT_THE_SIDELINES = ["at", "during", "on the sidelines of", "on the margins of"];
/** "next", "following": the day or week after. */
const NEXT_WORDS = ["next", "following"];
/** "told an Example TV correspondent", "the Example Radio host": an outlet's staff who received the words. */
export const OUTLET_STAFF = oneOf(...CORRESPONDENT, "interviewer", "editor", "host", "presenter", "anchor");
/** "in an interview with an Example Daily reporter": staff who interviewed. */
export const OUTLET_INTERVIEWERS = oneOf(...CORRESPONDENT, "interviewer");
/** "an interview published on Monday by …", "aired by …". */
export const RAN = oneOf("published", "aired", "broadcast", "ran", "released", "carried");
/** "told local media", "told Examplian journalists": the press named as a group. */
export const THE_MEDIA = oneOf("media", "outlets", "journalists", "reporters", "newspapers", "channels");
/** "on his Example page", "on her official account", "on the ministry's channel". */
export const SOCIAL_PAGES = oneOf("page", "account", "channel");
/** "in a short Example post", "in a lengthy video": what a post is called before its platform. */
export const POST_ADJECTIVES = oneOf("new", "short", "recent", "lengthy", "long", "official");
/** "in an Example post", "via a Sample video": what was published on a platform. */
export const POST_NOUNS = oneOf("post", "video", "message", "statement", "address", "group", "channel", "account", "page", "chat");
/** "an Example TV interview", "Example Radio asked": the outlet as interviewer. */
export const INTERVIEW_OR_ASKED = oneOf("interview", "asked");
/** "according to an Example Daily report", "quoted in a Sample piece". */
export const REPORT_NOUNS = oneOf(...STORIES, "interview", "piece", "broadcast");
/** "in a report by Example Wire": an outlet's own story. */
export const STORY_NOUNS = oneOf(...STORIES);
/** "an Example TV correspondent reported". */
export const CORRESPONDENTS = oneOf(...CORRESPONDENT);
/** "…, Example Daily said, citing Sample Wire": the outlet an account came from. */
export const CITING_WORDS = oneOf("citing", "with reference to", "referring to");
/** "Example TV's Sunday programme", "the Sample show": a broadcast programme. */
export const PROGRAMMES = oneOf("programme", "program", "show", "podcast");
/** "the Russian edition of Example Magazine": an edition is part of its outlet's name. */
export const EDITIONS = oneOf("edition", "version");
/** "said at the event", "ahead of the summit": an event, as a venue. */
export const EVENT_NOUNS = oneOf("event", "summit", "meeting", "conference", "talks");
/** "at a press conference", "giving a news conference": speaking at a conference. */
export const AT_OR_HOLDING = oneOf("at", "during", "after", "in", ...HOLDING);
/** "a press conference", "a news conference". */
export const PRESS_OR_NEWS = oneOf("press", "news");
/** "in a briefing", "holding a press briefing". */
export const IN_OR_HOLDING = oneOf("in", "at", "during", ...HOLDING);
/** "at a panel discussion", "in a public debate". */
export const DEBATES = oneOf("discussion", "debate");
/** "in an address to the Examplian parliament", "… to the nation". */
export const ADDRESSEES = oneOf("parliament", "people", "nation", "lawmakers", "assembly", "congress", "senate");
/** "on the sidelines of the Example Summit", "ahead of the Sample Conference". */
export const AT_OR_AHEAD_OF = oneOf(...AT_THE_SIDELINES, "ahead of", "before");
/** "at the Example Forum", "on the margins of the Sample Dialogue". */
export const AT_OR_ON_THE_SIDELINES = oneOf(...AT_THE_SIDELINES);
/** "the Example security forum", "a Sample dialogue". */
export const FORUMS = oneOf("forum", "conference", "dialogue");
/** "in a televised speech", "during her keynote speech". */
export const SPEECH_KINDS = oneOf("televised", "keynote", "video", "recorded", "live", "farewell", "inaugural", "annual", "opening", "closing");
/** "in a joint statement with …", "during a joint appearance with …". */
export const JOINT_ACTS = oneOf("statement", "declaration", "appearance");
/** "during a visit to Exampleton", "on a trip to …". */
export const VISITS = oneOf("visit", "trip", "tour");
/** "told a security conference", "told the party congress". */
export const GATHERINGS = oneOf("conference", "forum", "summit", "gathering", "congress", "meeting");
/** "during talks with …", "at a meeting with …". */
export const TALKS = oneOf("talks", "negotiations", "consultations", "meeting");
/** "told the Examplian parliament". */
export const PARLIAMENTS = oneOf("parliament", "Parliament", "legislature");
/** "at a meeting of defence ministers", "ahead of a meeting of …". */
export const AT_A_MEETING = oneOf("at", "during", "ahead of", "before", "for", "on the sidelines of", "on the margins of");
/** "At the Example Summit, …": the venue opening a sentence. */
export const AT_CAPITALISED = oneOf("At", "During", "On the sidelines of", "On the margins of");
/** "the Example Summit", "the Sample Dialogue": a gathering's name. */
export const GATHERING_NAMES = oneOf("Summit", "Conference", "Forum", "Dialogue", "Assembly");
/** "receiving the Example Prize": words given on accepting an award. */
export const RECEIVING_AN_AWARD = oneOf("receiving", "accepting", "received", "accepted", "presented with", "awarded");
/** "the Example Award", "the Sample Prize". */
export const AWARDS = oneOf("Award", "Prize", "Medal");
/** "told reporters", "speaking to the press". */
export const THE_PRESS = oneOf(...PRESS_PEOPLE, "the press", "the media");
/** "in a speech", "in an interview": an occasion of words. */
export const ADDRESSES = oneOf("speech", "address", "interview", "statement");
/** "talks starting on Monday", "a summit scheduled for …": an event still to come. */
export const SCHEDULED = oneOf("starting", "beginning", "opening", "ending", "scheduled", "due", "set", "planned", "expected");
/** "due to start on …". */
export const TO_START = oneOf("start", "begin", "open", "end");
/** "at a meeting", "after the session": an occasion with others. */
export const MEETINGS = oneOf("meeting", "summit", "conference", "briefing", "talks", "session", "forum");
/** "In an earlier interview", "In a separate statement": another occasion. */
export const OTHER_OCCASION = oneOf("earlier", "previous", "separate");
/** "sources cited by …", "citing officials": people an outlet does not name. */
export const UNNAMED_SOURCES = oneOf("sources?", "officials?", "diplomats?", "insiders?");
/** "The statement comes after …", "follows a meeting": an event placed after another. */
export const COMES_AFTER = oneOf("comes?", "came", "follows?", "followed");
/** "the next day", "the preceding week": a day or week next to another. */
export const ADJACENT = oneOf(...NEXT_WORDS, "previous", "preceding");
/** "the next day", "the following week". */
export const NEXT = oneOf(...NEXT_WORDS);
/** "in his address to …", "remarks at …". */
export const ADDRESS_OR_REMARKS = oneOf("address", "speech", "remarks");
/** "the next meeting", "last session": another occasion than the words'. */
export const NEXT_OR_LAST = oneOf("next", "upcoming", "coming", "following", "previous", "last");
/** "the next meeting", "the previous session": a gathering of several. */
export const MEETING_KINDS = oneOf("meeting", "gathering", "assembly", "session", "summit", "talks", "conference", "debate", "forum", "call");
/** "met", "gathered", "convened", "assembled", "session": the openings of words for meeting. */
export const MEETING_STEMS = oneOf("me", "gather", "convened", "assembl", "session");
/** "told reporters", "journalists asked". */
export const REPORTERS = oneOf(...PRESS_PEOPLE);
/** "Earlier, …", "In the past, …": a sentence that moves to an earlier occasion. */
export const EARLIER_LEADS = oneOf("Earlier", "Previously", "Before that", "In the past");
/** "told reporters", "told students", "told an audience". */
export const AUDIENCES = oneOf(...PRESS_PEOPLE, "the press", "lawmakers", "students", "an audience");
/** "in a speech", "in a video address". */
export const SPEECH_OR_STATEMENT = oneOf("speech", "statement", "video address");
/** "an interview with", "a conversation with", "a podcast with": words that describe the outlet's part as an interviewer. */
export const CONVERSATIONS = oneOf("interview", "conversation", "podcast");
/** "after a meeting with …", "after talks with …": a companion at a press conference. */
export const MEETING_OR_TALKS = oneOf("meeting", "talks");
