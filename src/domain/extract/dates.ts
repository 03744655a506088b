// Dates a statement was made on: stated in the text ("on November 27",
// "27 November 2024"), or relative to the publication date ("today",
// "yesterday", "on Wednesday", "last Friday"). Never invents a year.

import { addDays, getDay, isValid, parseISO, subDays } from "date-fns";
import type { DatePrecision, DateSource } from "./types";
import { allMatches, mayMatchEach, phraseAlternation, skippingAbsentWords } from "../matches";
import { MONTH_NAMES, WEEKDAY_NAMES } from "../calendar/names";
import { CALENDAR_PERIODS, MONTH_FORMS, MONTH_OPENINGS, ORDINAL_SUFFIX, PARTS_OF_DAY, SCHEDULED_FOR, SHORT_PERIODS, SPEECH_OCCASION_NOUNS, TODAY } from "../lexicon/en";
import { SPEECH_VERB } from "./speech";
import { DAY_NAME_WORDS, PARTS_OF_A_MONTH, SCHEDULED_EVENTS, UPCOMING } from "../lexicon/frames.en";

export interface ResolvedDate {
  date: string;
  precision: DatePrecision;
  source: DateSource;
  /** Offsets of the phrase in the text it was found in. */
  index: number;
  length: number;
}

export interface Publication {
  date: string | null;
  precision: DatePrecision | null;
}

const MONTHS = MONTH_NAMES.map((name) => name.toLowerCase());
const MONTH_RE = MONTH_FORMS;
const WEEKDAYS = WEEKDAY_NAMES.map((name) => name.toLowerCase());
const WEEKDAY_RE = `(${WEEKDAY_NAMES.join("|")})`;

// Cheap tests that let a text skip patterns that cannot match: every numeric form has a digit and a month's name,
// every relative one a word ending in "day" or naming a part of the day. A pattern runs only when all its tests pass.
const HAS_DIGIT = /\d/;
/** Every month of MONTH_RE opens with one of these (case kept, as the patterns read it), at the start of a word. */
const HAS_MONTH_NAME = new RegExp(String.raw`\b${MONTH_OPENINGS}`);
const HAS_DAY_WORD = new RegExp(String.raw`day\b|tonight|this ${PARTS_OF_DAY}|last night`, "i");
const HAS_DAYS_AGO = /\bago\b/i;
/** A weekday's name as the weekday patterns read it (case kept, then the end of a word). */
const HAS_WEEKDAY_NAME = new RegExp(String.raw`(?:${WEEKDAY_NAMES.join("|")})\b`);
const HAS_PERIOD_WORD = /week|month|year/i;
const HAS_MONTH_AFTER_IN = /\b(?:(?:in|during|early|late|mid|of)\s+|mid-)[A-Z]/i;
const HAS_YEAR = /\b\d{4}\b/;

/**
 * What may open a month named without its day: "in April", "in mid-February", "late March", "at the end of February",
 * "the beginning of March"; not "by the end of February", a deadline.
 */
const MONTH_LEADS = String.raw`(?:[Ii]n|[Dd]uring)\s+(?:(?:early|late)\s+|mid-)?|(?:[Ee]arly|[Ll]ate|[Mm]id)\s+|[Mm]id-|(?:[Aa]t\s+)?(?<!\b(?:[Bb]y|[Uu]ntil|[Bb]efore|[Tt]ill)\s)the\s+${PARTS_OF_A_MONTH}\s+of\s+`;
const MONTH_LEAD = `(?:${MONTH_LEADS})`;
/** "said at Tuesday's press conference", "in Sunday's address": a weekday naming the occasion the words were given at. */
const OCCASION_OF_WEEKDAY = phraseAlternation(SPEECH_OCCASION_NOUNS);
/**
 * A year the words were said in: "In 2023, …", "Back in 2022, …", "said in 2023 that", "told Example News in 2023",
 * "in a 2023 interview", "in the spring of 2023". Only where it frames the words (`yearFramesWords`).
 */
const YEAR_RE = String.raw`\b(?:[Ii]n|[Dd]uring)\s+(?:(?:early|late)\s+|mid-|the\s+(?:spring|summer|autumn|fall|winter|first\s+half|second\s+half)\s+of\s+|(?:an?|his|her|their)\s+(?=\d{4}\s+${OCCASION_OF_WEEKDAY}\b))?(\d{4})\b(?!\s*[-–/]\s*\d)`;

type PatternKind = "mdy" | "dmy" | "dmyNumeric" | "my" | "md" | "dm" | "monthOnly" | "year" | "dayOfMonth" | "today" | "yesterday" | "daysAgo" | "weeksAgo" | "ymdNumeric" | "monthLastYear" | "weekday" | "weekdayLastWeek" | "lastWeekday" | "period";

const NUMERIC_DATE = [HAS_MONTH_NAME, HAS_DIGIT];
const DATE_PATTERNS: { re: RegExp; kind: PatternKind; needs: RegExp[] }[] = [
  { re: new RegExp(String.raw`\b${MONTH_RE}\s+(\d{1,2})${ORDINAL_SUFFIX}?,?\s+(\d{4})\b`, "g"), kind: "mdy", needs: NUMERIC_DATE },
  { re: new RegExp(String.raw`\b(\d{1,2})${ORDINAL_SUFFIX}?\s+(?:of\s+)?${MONTH_RE},?\s+(\d{4})\b`, "g"), kind: "dmy", needs: NUMERIC_DATE },
  // "on 10.03.2025": translated copy prints a day, a month and a year in numbers, day first.
  { re: /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/g, kind: "dmyNumeric", needs: [HAS_DIGIT] },
  // "on 2025-03-10": the same, year first.
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/g, kind: "ymdNumeric", needs: [HAS_DIGIT] },
  { re: new RegExp(String.raw`\b(?:${MONTH_LEADS}|[Ss]ince\s+|[Bb]y\s+)${MONTH_RE}\s+(\d{4})\b`, "g"), kind: "my", needs: NUMERIC_DATE },
  { re: new RegExp(String.raw`\b${MONTH_RE}\s+(\d{1,2})${ORDINAL_SUFFIX}?\b(?!,?\s+\d{4})`, "g"), kind: "md", needs: NUMERIC_DATE },
  { re: new RegExp(String.raw`\b(\d{1,2})${ORDINAL_SUFFIX}?\s+(?:of\s+)?${MONTH_RE}\b(?!,?\s+\d{4})`, "g"), kind: "dm", needs: NUMERIC_DATE },
  // "in April", "during March": a month without a year takes the publication's year (month precision).
  // "in February last year": that month of the year before the publication's.
  { re: new RegExp(String.raw`\b${MONTH_LEAD}${MONTH_RE}\s+(?:of\s+)?last\s+year\b`, "gu"), kind: "monthLastYear", needs: [HAS_MONTH_NAME, HAS_PERIOD_WORD] },
  { re: new RegExp(String.raw`\b${MONTH_LEAD}${MONTH_RE}(?![\p{L}\d]|\s+\d)`, "gu"), kind: "monthOnly", needs: [HAS_MONTH_NAME, HAS_MONTH_AFTER_IN] },
  { re: new RegExp(YEAR_RE, "g"), kind: "year", needs: [HAS_YEAR] },
  // "on the 15th (local time)": translated copy names the day of the publication's month alone.
  { re: new RegExp(String.raw`\b[Oo]n\s+the\s+(\d{1,2})${ORDINAL_SUFFIX}\b(?!\s*(?:of\s+)?\p{L})`, "gu"), kind: "dayOfMonth", needs: [HAS_DIGIT] },
  { re: new RegExp(String.raw`\b(${TODAY})\b`, "gi"), kind: "today", needs: [HAS_DAY_WORD] },
  // "last night": the evening before the publication's day, as wire and broadcast copy print it.
  { re: /\b(?:yesterday|last\s+night)\b/gi, kind: "yesterday", needs: [HAS_DAY_WORD] },
  // "two days ago": counted back from the publication's day.
  { re: /\b(a|one|two|three|four|five|six|\d)\s+days?\s+ago\b/gi, kind: "daysAgo", needs: [HAS_DAYS_AGO] },
  // "a week ago", "two weeks ago": that week, counted back from the publication's, at the precision it allows.
  { re: /\b(a|one|two|three)\s+weeks?\s+ago\b/gi, kind: "weeksAgo", needs: [HAS_DAYS_AGO] },
  // "on Wednesday last week", "Friday of last week": that weekday of the week before the publication's.
  { re: new RegExp(String.raw`\b(?:on\s+)?${WEEKDAY_RE}\s+(?:of\s+)?last\s+week\b`, "g"), kind: "weekdayLastWeek", needs: [HAS_WEEKDAY_NAME, HAS_PERIOD_WORD] },
  // "this week", "this month": not "later this month" or "next month", days still to come.
  { re: new RegExp(String.raw`\b(?:(?:late|early)\s+)?(last\s+week(?:end)?|earlier\s+this\s+${CALENDAR_PERIODS}|(?<!\b(?:later|until|by|before|of)\s)this\s+${SHORT_PERIODS}|(?:at|over)\s+the\s+weekend|(?:(?:over\s+)?this\s+)?past\s+weekend|last\s+month|last\s+year)\b`, "gi"), kind: "period", needs: [HAS_PERIOD_WORD] },
  // "last Friday", US copy's "this past Friday".
  { re: new RegExp(String.raw`\b(?:last|this\s+past)\s+${WEEKDAY_RE}\b`, "g"), kind: "lastWeekday", needs: [HAS_WEEKDAY_NAME] },
  { re: new RegExp(String.raw`\b(?:on|this|late on|early on)\s+${WEEKDAY_RE}\b`, "g"), kind: "weekday", needs: [HAS_WEEKDAY_NAME] },
  // "at Tuesday's press conference", "in Sunday's address": the day of the occasion the words were given at.
  { re: new RegExp(String.raw`\b(?:[Aa]t|[Ii]n|[Dd]uring)\s+${WEEKDAY_RE}[’']s\s+(?:[\p{L}-]+\s+){0,2}?${OCCASION_OF_WEEKDAY}\b`, "gu"), kind: "weekday", needs: [HAS_WEEKDAY_NAME] },
  // Wire style without "on": "said Wednesday", "Rutte on Wednesday" is above; never "Black Friday" or "next Monday".
  { re: new RegExp(String.raw`(?<!\b${DAY_NAME_WORDS}\s)\b${WEEKDAY_RE}\b(?![’']s\b)`, "g"), kind: "weekday", needs: [HAS_WEEKDAY_NAME] },
];

/** The patterns, each with the numbers of its cheap tests among the distinct ones, so a text runs each test once. */
const CHEAP_TESTS = [...new Set(DATE_PATTERNS.flatMap((p) => p.needs))];
const PATTERNS = DATE_PATTERNS.map((p) => ({ ...p, tests: p.needs.map((needs) => CHEAP_TESTS.indexOf(needs)) }));
/**
 * Which patterns a text holds the words for (a month's or a weekday's name, "today", "last" …), from one reading of its
 * words, which the occasion stage has usually just read for the outlet patterns: most texts skip every cheap test.
 */
const PATTERNS_THAT_MAY_MATCH = mayMatchEach(DATE_PATTERNS.map(({ re }) => skippingAbsentWords(re.source, re.flags)));

/** What date-fns `format(day, "yyyy-MM-dd")` prints (local calendar day), without parsing a format string each time. */
function isoDay(day: Date): string {
  return `${String(day.getFullYear()).padStart(4, "0")}-${String(day.getMonth() + 1).padStart(2, "0")}-${String(day.getDate()).padStart(2, "0")}`;
}

function monthIndex(name: string): number {
  const key = name.toLowerCase().replace(/\.$/, "").slice(0, 3);
  return MONTHS.findIndex((m) => m.startsWith(key));
}

function iso(year: number, month: number, day: number): string | null {
  const value = new Date(Date.UTC(year, month, day));
  if (value.getUTCFullYear() !== year || value.getUTCMonth() !== month || value.getUTCDate() !== day) return null;
  return value.toISOString().slice(0, 10);
}

/** A count of days written in words ("two days ago", "a day later"; stages/occasion.ts counts from the day last named). */
export const DAYS_IN_WORDS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };

/** Parsed publication days: every relative date of an article resolves against the same one. */
const parsedDays = new Map<string, Date | null>();

function publicationDay(publication: Publication): Date | null {
  if (!publication.date || publication.precision !== "day") return null;
  let parsed = parsedDays.get(publication.date);
  if (parsed === undefined) {
    const value = parseISO(publication.date);
    parsed = isValid(value) ? value : null;
    if (parsedDays.size > 1000) parsedDays.clear();
    parsedDays.set(publication.date, parsed);
  }
  return parsed;
}

function publicationYear(publication: Publication): number | null {
  return publication.date ? Number(publication.date.slice(0, 4)) : null;
}

/** A month and day without a year take the publication's year, or the one before when that would lie in the future. */
function yearFor(month: number, day: number, publication: Publication): number | null {
  const year = publicationYear(publication);
  if (year === null) return null;
  const pub = publication.date!;
  const candidate = iso(year, month, day);
  if (!candidate) return null;
  if (candidate > latestDayOfYear(pub, publication.precision, year)) return year - 1;
  return year;
}

/**
 * How many days after a day-precise publication a month and day without a year still name that year: "the vote on
 * March 20" in a story of March 12 is a day to come, not the March 20 of the year before.
 */
const DAYS_STILL_TO_COME = 60;

/** The latest day a month and day without a year may name in the publication's year, per publication: DAYS_STILL_TO_COME after the day, else 40 days into the month after. */
const latestDays = new Map<string, string>();

function latestDayOfYear(pub: string, precision: DatePrecision | null, year: number): string {
  const key = `${precision} ${pub}`;
  let latest = latestDays.get(key);
  if (latest === undefined) {
    const pubEnd = precision === "day" ? pub : precision === "month" ? `${pub.slice(0, 7)}-31` : `${year}-12-31`;
    latest = precision === "day" ? isoDay(addDays(parseISO(pub), DAYS_STILL_TO_COME)) : isoDay(addDays(parseISO(pubEnd.slice(0, 7) + "-01"), 40));
    if (latestDays.size > 1000) latestDays.clear();
    latestDays.set(key, latest);
  }
  return latest;
}

/** Every date phrase in a piece of text, resolved where the publication date allows. */
export function findDates(text: string, publication: Publication): ResolvedDate[] {
  const found: ResolvedDate[] = [];
  // Patterns share their cheap tests: each is run once per text (undefined: not yet run).
  const mayMatch = PATTERNS_THAT_MAY_MATCH(text);
  if (mayMatch === 0) return found;
  const passed: (boolean | undefined)[] = [];
  for (let i = 0; i < PATTERNS.length; i++) {
    const { re, kind, tests } = PATTERNS[i];
    if ((mayMatch & (1 << i)) === 0 || !passesAll(tests, passed, text)) continue;
    for (const m of allMatches(re, text)) {
      const index = m.index;
      const length = m[0].length;
      if (overlapsFound(found, index, length)) continue;
      if (kind === "weekday" && namesEventToCome(text, index, m[1], publication)) continue;
      if (kind === "year" && !yearFramesWords(text, index)) continue;
      // "on Monday, March 3": the weekday names the date printed after it, which the numeric patterns read.
      if ((kind === "weekday" || kind === "lastWeekday" || kind === "weekdayLastWeek") && namesPrintedDate(found, text, index + length)) continue;
      const resolved = resolve(kind, m, publication);
      // Written out, not spread: a spread of objects made at several places is copied by a slow generic path.
      if (resolved) found.push({ date: resolved.date, precision: resolved.precision, source: resolved.source, index, length });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** Whether the text passes each of the cheap tests (numbers into CHEAP_TESTS), running each at most once per text. */
function passesAll(tests: number[], passed: (boolean | undefined)[], text: string): boolean {
  for (const test of tests) if (!(passed[test] ??= CHEAP_TESTS[test].test(text))) return false;
  return true;
}

/** Whether a date already found follows the end of a weekday, set off by at most a comma: "Monday, March 3", "Sunday 9 March". */
function namesPrintedDate(found: ResolvedDate[], text: string, end: number): boolean {
  for (const f of found) if (f.index >= end && f.index - end <= 2 && WEEKDAY_TO_DATE.test(text.slice(end, f.index))) return true;
  return false;
}

const WEEKDAY_TO_DATE = /^,?\s?$/;

function overlapsFound(found: ResolvedDate[], index: number, length: number): boolean {
  for (const f of found) if (f.index < index + length && index < f.index + f.length) return true;
  return false;
}

/**
 * "called for a summit of leaders on Friday", "ahead of talks on Monday", "will attend a meeting on Sunday": a weekday
 * that dates a meeting still to come resolves forward from the publication day, so it names no day anyone spoke on
 * (unless it is the publication day itself). A meeting the words were given at ("told a press conference Tuesday",
 * "during a visit on Tuesday") is introduced otherwise and keeps its day.
 */
function namesEventToCome(text: string, index: number, weekday: string, publication: Publication): boolean {
  const pubDay = publicationDay(publication);
  if (!pubDay || getDay(pubDay) === WEEKDAYS.indexOf(weekday.toLowerCase())) return false;
  // The weekday phrase may have left its "on" before it ("meeting on Friday" matched as "Friday").
  let before = text.slice(Math.max(0, index - 160), index).trimEnd();
  if (/\s(?:on|this)$/.test(before)) before = before.slice(0, before.lastIndexOf(" ")).trimEnd();
  return EVENT_TO_COME.test(before);
}

/**
 * Whether a year frames the words of its sentence: it opens the sentence ("In 2023, …", "Back in 2022, …") or follows
 * the speech verb and its listener ("said in 2023", "told Example News in 2023", "speaking in 2022"). A year further
 * in ("hopes that the ferry reopens in 2024") is what the words are about.
 */
function yearFramesWords(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 80), index);
  return (index <= 80 && OPENS_WITH_YEAR.test(before)) || AFTER_SPEECH_VERB.test(before);
}

const OPENS_WITH_YEAR = /^\s*(?:\p{L}+\s+)?$/u;
const AFTER_SPEECH_VERB = new RegExp(String.raw`\b(?:${SPEECH_VERB}|speaking|spoke)(?:\s+(?:to\s+)?(?:\p{Lu}[\p{L}.’'-]*|reporters|journalists|the|an?)){0,4}\s*,?\s*$`, "u");

const EVENT_NOUN = String.raw`${SCHEDULED_EVENTS}`;
/** "scheduled for", "set for": a day fixed for something still to come. */
const SCHEDULED = String.raw`\b(?:${SCHEDULED_FOR.join("|")})\s+for`;
/** A future frame or a purpose ("for", "ahead of") governing an event noun, then at most a short complement, right before the weekday. */
const EVENT_TO_COME = new RegExp(
  String.raw`(?:(?:\b(?:[Ff]or|[Aa]head\s+of|[Bb]efore|[Tt]owards)\s+(?:(?:an?|the|next|this)\s+)?|\b(?:will|shall|is\s+due\s+to|are\s+due\s+to|plans?\s+to|planned\s+to|is\s+set\s+to|are\s+set\s+to)\s+(?:\p{L}+\s+){1,2}(?:an?|the)\s+|\b${UPCOMING}\s+)(?:[\p{L}-]+\s+){0,2}?${EVENT_NOUN}(?:\s+(?:of|with|between|among|in|on)\s[^,.;:!?"“”()]{1,50})?|${SCHEDULED})$`,
  "u",
);

function resolve(kind: PatternKind, m: RegExpMatchArray, publication: Publication): Omit<ResolvedDate, "index" | "length"> | null {
  const pubDay = publicationDay(publication);
  switch (kind) {
    case "mdy":
    case "dmy": {
      const [monthName, day, year] = kind === "mdy" ? [m[1], m[2], m[3]] : [m[2], m[1], m[3]];
      const date = iso(Number(year), monthIndex(monthName), Number(day));
      return date ? { date, precision: "day", source: "stated" } : null;
    }
    case "dmyNumeric": {
      const date = iso(Number(m[3]), Number(m[2]) - 1, Number(m[1]));
      return date ? { date, precision: "day", source: "stated" } : null;
    }
    case "ymdNumeric": {
      const date = iso(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
      return date ? { date, precision: "day", source: "stated" } : null;
    }
    case "monthLastYear": {
      const year = publicationYear(publication);
      return year === null ? null : { date: `${year - 1}-${String(monthIndex(m[1]) + 1).padStart(2, "0")}-01`, precision: "month", source: "stated" };
    }
    case "weeksAgo":
      return pubDay ? weeksBefore(DAYS_IN_WORDS[m[1].toLowerCase()], pubDay) : null;
    case "my": {
      const month = monthIndex(m[1]);
      return { date: `${m[2]}-${String(month + 1).padStart(2, "0")}-01`, precision: "month", source: "stated" };
    }
    case "md":
    case "dm": {
      const [monthName, day] = kind === "md" ? [m[1], m[2]] : [m[2], m[1]];
      const month = monthIndex(monthName);
      if (Number(day) < 1 || Number(day) > 31) return null;
      const year = yearFor(month, Number(day), publication);
      if (year === null) return null;
      const date = iso(year, month, Number(day));
      return date ? { date, precision: "day", source: "stated" } : null;
    }
    case "monthOnly":
      return monthOfPublicationYear(monthIndex(m[1]), publication);
    case "year": {
      // A year before the publication's: the story's own year is better told by the publication's date.
      const year = publicationYear(publication);
      return year !== null && Number(m[1]) < year ? { date: `${m[1]}-01-01`, precision: "year", source: "stated" } : null;
    }
    case "dayOfMonth":
      return pubDay ? dayOfPublicationMonth(Number(m[1]), pubDay) : null;
    case "period":
      return periodBefore(m[1].toLowerCase().replace(/\s+/g, " "), publication);
    case "today":
      return pubDay ? { date: isoDay(pubDay), precision: "day", source: "relative" } : null;
    case "yesterday":
      return pubDay ? { date: isoDay(subDays(pubDay, 1)), precision: "day", source: "relative" } : null;
    case "daysAgo":
      return pubDay ? { date: isoDay(subDays(pubDay, DAYS_IN_WORDS[m[1].toLowerCase()] ?? Number(m[1]))), precision: "day", source: "relative" } : null;
    case "weekdayLastWeek": {
      if (!pubDay) return null;
      const mondayBefore = subDays(pubDay, ((getDay(pubDay) + 6) % 7) + 7);
      return { date: isoDay(addDays(mondayBefore, (WEEKDAYS.indexOf(m[1].toLowerCase()) + 6) % 7)), precision: "day", source: "relative" };
    }
    case "weekday":
    case "lastWeekday": {
      if (!pubDay) return null;
      const target = WEEKDAYS.indexOf(m[1].toLowerCase());
      const back = (getDay(pubDay) - target + 7) % 7;
      // "on Friday" is this week's Friday (today if today is Friday); "last Friday" is strictly before today.
      const days = kind === "lastWeekday" && back === 0 ? 7 : back;
      return { date: isoDay(subDays(pubDay, days)), precision: "day", source: "relative" };
    }
  }
  return null;
}

/** How many months back a month named without a year may lie in the year before the publication's. */
const MONTHS_BACK_OVER_NEW_YEAR = 2;

/**
 * "in April": that month of the publication's year. A month after the publication's is an event to come ("the summit
 * in July"), not when anything was said; which earlier year it might mean the text does not say.
 */
function monthOfPublicationYear(month: number, publication: Publication): Omit<ResolvedDate, "index" | "length"> | null {
  if (!publication.date || publication.precision === "year") return null;
  const published = Number(publication.date.slice(5, 7)) - 1;
  const year = Number(publication.date.slice(0, 4));
  // "in December", in a story of January: the December just gone, up to two months back over the turn of the year.
  if (month > published) return published + 12 - month <= MONTHS_BACK_OVER_NEW_YEAR ? { date: `${year - 1}-${String(month + 1).padStart(2, "0")}-01`, precision: "month", source: "stated" } : null;
  return { date: `${year}-${String(month + 1).padStart(2, "0")}-01`, precision: "month", source: "stated" };
}

/** "on the 15th": that day of the publication's month, or of the month before when it lies after the publication. */
function dayOfPublicationMonth(day: number, pubDay: Date): Omit<ResolvedDate, "index" | "length"> | null {
  const [year, month] = [pubDay.getFullYear(), pubDay.getMonth()];
  const date = day <= pubDay.getDate() ? iso(year, month, day) : iso(month === 0 ? year - 1 : year, (month + 11) % 12, day);
  return date ? { date, precision: "day", source: "stated" } : null;
}

/**
 * "last week", "earlier this week", "at the weekend", "last month", "last year": a stretch of days before the
 * publication. It gives the month when the stretch lies within one month, else the year when within one year,
 * else nothing: never a day the text does not name.
 */
function periodBefore(phrase: string, publication: Publication): Omit<ResolvedDate, "index" | "length"> | null {
  const stretch = stretchBefore(phrase, publication);
  return stretch ? withinOne(stretch[0], stretch[1]) : null;
}

/** The week (Monday to Sunday) `weeks` before the publication's, at the precision its days share. */
function weeksBefore(weeks: number, pubDay: Date): Omit<ResolvedDate, "index" | "length"> | null {
  const monday = subDays(pubDay, ((getDay(pubDay) + 6) % 7) + 7 * weeks);
  return withinOne(monday, addDays(monday, 6));
}

/** A stretch of days as the month when it lies within one month, else the year when within one year, else nothing. */
function withinOne(from: Date, to: Date): Omit<ResolvedDate, "index" | "length"> | null {
  const [first, last] = [isoDay(from), isoDay(to)];
  if (first.slice(0, 7) === last.slice(0, 7)) return { date: `${first.slice(0, 7)}-01`, precision: "month", source: "relative" };
  if (first.slice(0, 4) === last.slice(0, 4)) return { date: `${first.slice(0, 4)}-01-01`, precision: "year", source: "relative" };
  return null;
}

/** The first and last day a period phrase may mean; weeks run Monday to Sunday. */
function stretchBefore(phrase: string, publication: Publication): [Date, Date] | null {
  const year = publicationYear(publication);
  if (year === null) return null;
  if (phrase === "last year") return [new Date(year - 1, 0, 1), new Date(year - 1, 11, 31)];
  // "earlier this year": the publication's year, never a month the text does not name.
  if (phrase === "earlier this year") return [new Date(year, 0, 1), new Date(year, 11, 31)];
  const month = Number(publication.date!.slice(5, 7)) - 1;
  if (phrase === "last month" && publication.precision !== "year") return [new Date(year, month - 1, 1), new Date(year, month, 0)];
  if (phrase === "earlier this month" && publication.precision !== "year") return [new Date(year, month, 1), new Date(year, month, 1)];
  const pubDay = publicationDay(publication);
  if (!pubDay) return null;
  const sinceMonday = (getDay(pubDay) + 6) % 7;
  const monday = subDays(pubDay, sinceMonday);
  if (phrase === "last week") return [subDays(monday, 7), subDays(monday, 1)];
  if (phrase === "this week" || phrase === "earlier this week") return [monday, pubDay];
  // The weekend on or before the publication: Saturday and Sunday of this week if already begun, else of last week.
  const saturday = sinceMonday >= 5 ? addDays(monday, 5) : subDays(monday, 2);
  return [saturday, sinceMonday === 5 ? saturday : addDays(saturday, 1)];
}

const HEADER_LINES = 8;
/** Numeric and named forms of a full date, each read as [year, month index, day]. */
const HEADER_DATES: { re: RegExp; parts: (m: RegExpExecArray) => [number, number, number] }[] = [
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/, parts: (m) => [Number(m[1]), Number(m[2]) - 1, Number(m[3])] },
  { re: /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/, parts: (m) => [Number(m[3]), Number(m[2]) - 1, Number(m[1])] },
  { re: new RegExp(String.raw`\b${MONTH_RE}\s+(\d{1,2})${ORDINAL_SUFFIX}?,?\s+(\d{4})\b`), parts: (m) => [Number(m[3]), monthIndex(m[1]), Number(m[2])] },
  { re: new RegExp(String.raw`\b(\d{1,2})${ORDINAL_SUFFIX}?\s+${MONTH_RE},?\s+(\d{4})\b`), parts: (m) => [Number(m[3]), monthIndex(m[2]), Number(m[1])] },
];
/** What may stand beside the date on a timestamp line: labels, times, zones, weekdays, separators. */
const HEADER_NOISE = /^(?:published|posted|updated|last updated|first published|date|on|at|\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|utc|gmt|cet|cest|eet|eest|edt|est|bst|kyiv time|local time|sunday|monday|tuesday|wednesday|thursday|friday|saturday|[\s,:|•·/()–—-])*$/i;

const DATELINE_PLACE = /^[A-Z][\p{L}-]+(?:\s+[A-Z][\p{L}-]+){0,2},\s*/u;

/**
 * The publication date printed as a timestamp line in the article's header
 * ("16:45, 14 June 2023", "Posted: 28.08.2025 10:12", "November 3, 2025"),
 * for articles that come without one. Only a line that holds nothing but the
 * date and its labels counts: a date inside a sentence says when something happened.
 */
export function publicationInText(text: string): Publication | null {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean).slice(0, HEADER_LINES);
  for (const line of lines) {
    if (line.length > 60) continue;
    for (const { re, parts } of HEADER_DATES) {
      const m = re.exec(line);
      if (!m) continue;
      const date = iso(...parts(m));
      // A dateline line may name the place first: "Brussels, 29 November 2023".
      const before = line.slice(0, m.index).replace(DATELINE_PLACE, "");
      if (date && HEADER_NOISE.test(before + " " + line.slice(m.index + m[0].length))) return { date, precision: "day" };
    }
  }
  return null;
}

export function publicationFallback(publication: Publication): Pick<ResolvedDate, "date" | "precision" | "source"> | null {
  if (!publication.date || !publication.precision) return null;
  const date = publication.precision === "day" ? publication.date : publication.precision === "month" ? publication.date.slice(0, 7) + "-01" : publication.date.slice(0, 4) + "-01-01";
  return { date, precision: publication.precision, source: "publication" };
}

/** The contract prints month and year precision as YYYY-MM and YYYY. */
export function formatWithPrecision(date: string, precision: DatePrecision): string {
  if (precision === "month") return date.slice(0, 7);
  if (precision === "year") return date.slice(0, 4);
  return date;
}
