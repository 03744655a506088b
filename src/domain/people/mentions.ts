// Finds the people a text mentions (names, surnames, misspellings, titles,
// pronouns) and resolves each mention to a canonical person.

import type { Sentence, Span } from "../text";
import { foldDiacritics, isSpace } from "../text";
import { SpanIndex, firstWhere, indexOfSpanAt } from "../spanIndex";
import { findKnownOutlet } from "../outlets/gazetteer";
import { allMatches, eachMatch, escapeRegExp, longestFirstAlternation } from "../matches";
import { ATTRIBUTED_BEFORE, INSTITUTION_WORDS, JOB_WORDS, QUOTE_VERBS, SPEECH_VERBS, STANCE_VERBS, UNTRANSLATED_TITLES } from "../lexicon/en";
import { AMBIGUOUS_SHORT_NAMES, COUNTRIES, DEMONYMS, GIVEN_NAME_VARIANTS, INSTITUTION_TITLE_PATTERNS, NATO_TITLE_PATTERNS, PEOPLE, guessGender, heldOffice, holderOf, officeById, roleOn, type Gender, type Person } from "./gazetteer";
import { findNationalOfficeMentions, titleBeforeFits } from "./officeMentions";
import { findSpeakerLabels } from "./speakerLabels";
import { misspelt } from "./spelling";
import {
  ABBREVIATED_TITLES, ADMIRAL_RANKS, ADVERBIAL_OPENERS, ALLIANCE_NAMES, COURTESY, COURTESY_TITLES, ENVOY_NOUNS, GENERAL_RANKS, HEADS, NAME_PARTICLES, NATO_CHIEF_NOUNS, OFFICES_ENDING_IN_GENERAL, POPE_NOUNS, PREMIER_NOUNS, PRESIDENT_NOUNS, QUESTIONED, RANKS_OPENING_A_NAME, SENTENCE_OPENING_WORDS, SHORT_TITLES, SPOKESPERSON, TITLES, TITLES_CUT_WITH_A_POINT, TRAILING_TITLES,
} from "../lexicon/names.en";
import { IN_THE_VIEW_OF } from "../lexicon/frames.en";

export interface PersonEntity {
  name: string;
  gender: Gender | null;
  known: Person | null;
  /** The role the article gives this person, in plain English. */
  textRole: string | null;
  /** Where that role is printed. */
  textRoleSpan?: Span | null;
}

export interface Mention {
  start: number;
  end: number;
  kind: "name" | "title" | "pronoun" | "latter" | "anonymous";
  entity: PersonEntity | null;
  /** For pronouns: the gender asked for. */
  gender?: Gender;
  /** A transcript's speaker label ("Jane Example: …"): a speaker's, or the reporter's own lines. */
  label?: "speaker" | "reporter";
  /** For titles: the office's title, and its id in the office data. */
  title?: string;
  office?: string;
}

/** The honorifics a name may carry before it ("Mr Example"), as words. */
const HONORIFIC_WORDS = [...COURTESY, "Gen", "Adm"];
const HONORIFIC = String.raw`(?:(?:${HONORIFIC_WORDS.join("|")})\.?\s+)`;
// "Kosiniak-Kamysz", "McGuinty", "O'Brien": hyphens and inner capitals are part of a name.
const NAME_WORD = String.raw`\p{Lu}[\p{Ll}'’]+(?:\p{Lu}\p{Ll}+)?(?:-\p{Lu}?[\p{Ll}'’]+(?:\p{Lu}\p{Ll}+)?)*`;
const NAME_PARTICLE = String.raw`${NAME_PARTICLES}`;
const JOB_WORD_SET = new Set(JOB_WORDS.map((w) => w.toLowerCase()));
const JOB_WORD_PATTERN = JOB_WORDS.map(escapeRegExp).join("|");
const UNTRANSLATED_TITLE_PATTERN = Object.keys(UNTRANSLATED_TITLES).join("|");
const ROLE_WORDS = new RegExp(String.raw`\b(president|minister|secretary|aide|assistant|negotiator|diplomat|politician|general|chancellor|admiral|chair|chairman|chairwoman|head|chief|commander|leader|premier|deputy|commissioner|representative|king|queen|speaker|mayor|governor|${JOB_WORD_PATTERN}|${UNTRANSLATED_TITLE_PATTERN})\b`, "i");
/** "Taoiseach" → "Irish Prime Minister (Taoiseach)": an untranslated title in plain English, the printed word kept. */
const UNTRANSLATED_TITLE_ALONE = new RegExp(String.raw`^(?:the\s+)?(${UNTRANSLATED_TITLE_PATTERN})$`, "iu");
const NOT_NAME_WORDS = new Set([
  "nato", "ukraine", "ukrainian", "ukrainians", "russia", "russian", "russians", "president", "minister", "secretary", "general",
  "alliance", "north", "atlantic", "european", "europe", "union", "brussels", "kyiv", "kiev", "moscow", "washington", "the",
  "prime", "foreign", "defence", "defense", "deputy", "chancellor", "white", "house", "security", "council", "armed", "forces",
  "united", "states", "kingdom", "america", "american", "french", "german", "british", "italian", "polish", "chinese",
  "china", "iran", "korea", "trump", "summit", "palace", "minister's", "military", "committee", "office", "ministry",
  "but", "and", "however", "meanwhile", "when", "after", "before", "during", "in", "on", "at", "this", "that", "read",
  "photo", "also", "while", "despite", "although", "though", "because", "unless", "whether", "until", "according", "state",
  "speaking", "asked", "last", "next", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "january", "february", "march", "april", "may", "june", "july",
  "august", "september", "october", "november", "december", "fox", "news", "times", "post", "journal", "pravda",
  "independent", "agency", "western", "eastern", "baltic", "nordic", "coalition", "conference", "munich", "hague",
  "parliament", "congress", "senate", "kremlin", "pentagon", "elysee", "downing", "street", "war", "peace", "we", "i",
  "it", "they", "he", "she", "his", "her", "our", "as", "with", "for", "by", "of", "from", "to", "a", "an", "if", "so",
  "there", "what", "why", "how", "who", "let", "no", "yes", "now", "then", "today", "yesterday", "tomorrow", "eu",
  "un", "us", "uk", "affairs", "samp-t", "air", "force", "army", "navy", "black", "sea", "donbas", "crimea", "zaporizhzhia",
  // Institutions' names: "the chair of the Examplian Research Foundation", "… of the Examplian Treaty Organisation" end in no one's name.
  "treaty", "organization", "organisation", "commission", "assembly", "institute", "foundation", "government",
  "administration", "federation", "republic", "nations", "bloc",
]);

/**
 * Folds what NFD leaves alone, one character for one so offsets stay those of the original:
 * "Władysław" is printed "Wladyslaw", "Støre" "Store".
 */
const EXTRA_FOLDS: Record<string, string> = { ł: "l", Ł: "L", ø: "o", Ø: "O", đ: "d", Đ: "D", ð: "d", ı: "i" };
function foldName(value: string): string {
  return foldDiacritics(value).replace(/[łŁøØđĐðı]/g, (ch) => EXTRA_FOLDS[ch]);
}

/** A word of rank that opens a full name ("King Example"), not its given name. */
const RANK_OPENING_A_NAME = new RegExp(`^${RANKS_OPENING_A_NAME}$`);
/** Every printed form of the known people, folded, → who goes by it. One regex per kind of form keeps the scan linear. */
function formIndex(formsOf: (p: Person) => string[]): { regex: RegExp; people: Map<string, Person[]> } {
  const people = new Map<string, Person[]>();
  for (const person of PEOPLE) {
    for (const form of new Set(formsOf(person).map(foldName))) people.set(form, [...(people.get(form) ?? []), person]);
  }
  const alternation = longestFirstAlternation(people.keys());
  return { regex: new RegExp(String.raw`(?<![\p{L}\p{N}-])(?:${HONORIFIC})?(${alternation})(?![\p{L}\p{N}]|-\p{L})`, "gu"), people };
}

const FULL_FORMS = formIndex((p) => p.fullForms);
const SHORT_FORMS = formIndex((p) => p.shortNames);
const AMBIGUOUS = new Set(AMBIGUOUS_SHORT_NAMES.map(foldName));

/** Each spelling of a given name (folded) → every spelling of that name in other transliterations ("Dmytro" → "Dmitry", …). */
const SAME_GIVEN_NAME = new Map<string, string[]>();
for (const group of GIVEN_NAME_VARIANTS) {
  const folded = group.map(foldName);
  for (const name of folded) SAME_GIVEN_NAME.set(name, [...(SAME_GIVEN_NAME.get(name) ?? []), ...folded]);
}

/**
 * Given names a person is printed with ("Jens", "Jamie"), with their spellings in other transliterations
 * ("Dmytro" for "Dmitry"): a different one before a surname means someone else.
 */
const GIVEN_NAMES = new Map(
  PEOPLE.map((p) => {
    const printed = p.fullForms.map((f) => foldName(f.split(/\s+/)[0])).filter((w) => !RANK_OPENING_A_NAME.test(w));
    return [p, new Set(printed.flatMap((name) => [name, ...(SAME_GIVEN_NAME.get(name) ?? [])]))];
  }),
);

/**
 * One spelling for the transliterations of a Slavic surname ("Shmyhal", "Schmihal"; "Yermak", "Jermak"):
 * German "sch"/"tsch" and English "sh"/"ch", "kh" and "h", "w" and "v", any run of "i", "y" and "j", and a
 * doubled letter and a single one fall together. One pass: it runs once for each capitalised word of an article.
 */
const TRANSLITERATION_PARTS = /shch|s?sch|tsch|kh|w|[iyj]+|([a-z])\1+/g;
const TRANSLITERATED: Record<string, string> = { shch: "sh", sch: "sh", ssch: "sh", tsch: "ch", kh: "h", w: "v" };
function transliterationKey(folded: string): string {
  return folded.toLowerCase().replace(TRANSLITERATION_PARTS, (part, doubled: string | undefined) => doubled ?? TRANSLITERATED[part] ?? "i");
}

/**
 * Surnames one edit or one case ending away from a printed form are checked by initial and length (one edit changes
 * the length by at most one, a case ending adds one to three letters): initial → length → surnames, in data order.
 */
interface FuzzySurname {
  person: Person;
  surname: string;
  order: number;
}

const FUZZY_SURNAMES = new Map<string, FuzzySurname[][]>();
/** The same surnames by `transliterationKey`: "Jermak" and "Yermak" differ in their initial. */
const TRANSLITERATED_SURNAMES = new Map<string, FuzzySurname[]>();
PEOPLE.forEach((person, order) => {
  const surname = foldName(person.name.split(" ").slice(-1)[0]);
  if (surname.length < 5) return;
  const byLength = FUZZY_SURNAMES.get(surname[0]) ?? [];
  FUZZY_SURNAMES.set(surname[0], byLength);
  const entry = { person, surname, order };
  (byLength[surname.length] ??= []).push(entry);
  const key = transliterationKey(surname);
  TRANSLITERATED_SURNAMES.set(key, [...(TRANSLITERATED_SURNAMES.get(key) ?? []), entry]);
});

/** The surnames `word` may be a misspelt or declined printing of, in data order. */
function nearSurnamesOf(word: string): FuzzySurname[] {
  const byLength = FUZZY_SURNAMES.get(word[0]);
  const near: FuzzySurname[] = [...(TRANSLITERATED_SURNAMES.get(transliterationKey(word)) ?? [])];
  for (let length = word.length - 3; length <= word.length + 1; length++) {
    for (const entry of byLength?.[length] ?? []) if (!near.includes(entry) && (misspelt(entry.surname, word) || declined(entry.surname, word))) near.push(entry);
  }
  return near.sort((a, b) => a.order - b.order);
}

const COUNTRY_WORDS = new Set(COUNTRIES.flatMap((c) => [...c.adjectives, ...c.demonyms, c.name, ...c.otherNames]).map((w) => w.toLowerCase()));
/** Each country's name, other names, adjectives and demonyms (lower case) → its code. */
const COUNTRY_OF_WORD = new Map(COUNTRIES.flatMap((c) => [...c.adjectives, ...c.demonyms, c.name, ...c.otherNames].map((w) => [w.toLowerCase().replace(/^the\s+/, ""), c.code] as const)));

const COUNTRY_WORD_IN_ROLE = new RegExp(String.raw`\b(?:${longestFirstAlternation(COUNTRY_OF_WORD.keys())})\b`, "g");

/** `quoted` holds the quoted spans: people named inside a quote are never a pronoun's antecedent. */
export function findMentions(text: string, sentences: Sentence[], articleDate: string | null, quoted: Span[] = []): Mention[] {
  const folded = foldPerChar(text);
  const registry = new Map<string, PersonEntity>();
  const entityFor = (person: Person | null, name: string): PersonEntity => {
    const key = person?.name ?? name;
    let entity = registry.get(key);
    if (!entity) {
      entity = { name: key, gender: person?.gender ?? guessGender(name), known: person, textRole: null };
      registry.set(key, entity);
    }
    return entity;
  };

  const covered = coverageBytes(text.length);
  const namedCoverage = new Coverage(covered, NAMES_COVERED);
  const labels = findLabelMentions(text, entityFor, namedCoverage);
  const named = [...labels, ...findNamedMentions(text, folded, entityFor, namedCoverage)];
  const occupied = (start: number, end: number) => namedCoverage.overlaps(start, end);
  const titles = findTitleMentions(text, occupied, new Coverage(covered, TITLES_COVERED));
  const pronouns = findPronounMentions(text, occupied);
  const anonymous = findAnonymousMentions(text, occupied, named);
  const demonyms = findDemonymMentions(text, named);
  const mentions = [...named, ...titles, ...pronouns, ...anonymous, ...demonyms].sort((a, b) => a.start - b.start);

  for (const mention of named) {
    const role = roleNearName(text, mention, sentences);
    if (role && mention.entity && (!mention.entity.textRole || extendsRole(role.role, mention.entity.textRole)) && !(role.past && mention.entity.known)) {
      mention.entity.textRole = role.role;
      mention.entity.textRoleSpan = role.span;
    }
  }
  mentions.push(...findRoleNounMentions(text, named, mentions, sentences, articleDate, new Coverage(covered, ROLE_NOUNS_COVERED)));
  mentions.sort((a, b) => a.start - b.start);
  resolveTitles(mentions, articleDate, entityFor);
  const quotes = new SpanIndex(quoted, (q) => q.start, (q) => q.end);
  const inQuote = (m: Mention) => quotes.maxEndOfStartsBefore(m.start + 1) >= m.end;
  resolvePronouns(text, mentions.filter((m) => !inQuote(m) || m.kind === "pronoun"), sentences);
  resolvePronounsInsideQuotes(mentions.filter(inQuote), quoted, sentences);
  return mentions;
}

/** "Ukrainian Ambassador to Exampleland" after "ambassador": a fuller printing of the same role replaces it. */
function extendsRole(role: string, earlier: string): boolean {
  const words = new Set(role.toLowerCase().split(/\s+/));
  const before = earlier.toLowerCase().split(/\s+/);
  return role.length > earlier.length && !/^former\b/i.test(role) && before.every((w) => words.has(w));
}

/** Folds accents character by character so offsets stay those of the original. */
function foldPerChar(text: string): string {
  return text.replace(/[\u0080-\uFFFF]/g, foldedChar);
}

/** Each character's fold, worked out once: an article repeats the same few (curly quotes, apostrophes). */
const FOLDED_CHARS = new Map<string, string>();
function foldedChar(ch: string): string {
  let folded = FOLDED_CHARS.get(ch);
  if (folded === undefined) {
    const base = foldName(ch);
    folded = base.length === ch.length ? base : ch;
    FOLDED_CHARS.set(ch, folded);
  }
  return folded;
}

/**
 * The characters a growing set of mentions covers. Asking whether a span overlaps one of them costs the
 * span's length, not the number of mentions found so far (which grows with the article). The three kinds of
 * coverage one article needs (names, titles, role nouns) are bits of one byte per character.
 */
class Coverage {
  constructor(
    private readonly covered: Uint8Array,
    private readonly bit: number,
  ) {}

  add(start: number, end: number): void {
    const stop = Math.min(end, this.covered.length);
    for (let i = Math.max(0, start); i < stop; i++) this.covered[i] |= this.bit;
  }

  /** Whether an added span overlaps the non-empty range [start, end). */
  overlaps(start: number, end: number): boolean {
    const stop = Math.min(end, this.covered.length);
    for (let i = Math.max(0, start); i < stop; i++) if (this.covered[i] & this.bit) return true;
    return false;
  }
}

const NAMES_COVERED = 1;
const TITLES_COVERED = 2;
const ROLE_NOUNS_COVERED = 4;

/** Texts up to this length share one buffer for their coverage; a longer one gets its own, dropped after it. */
const SHARED_COVERAGE_LIMIT = 1 << 20;
let sharedCoverage = new Uint8Array(1 << 14);

/**
 * A zeroed byte per character of `length`. A new typed array costs an allocation outside the heap (microseconds
 * each, more than reading an article's names); `findMentions` runs to its end without being entered again, so
 * one buffer serves every call.
 */
function coverageBytes(length: number): Uint8Array {
  if (length > SHARED_COVERAGE_LIMIT) return new Uint8Array(length);
  if (sharedCoverage.length < length) sharedCoverage = new Uint8Array(Math.max(length, sharedCoverage.length * 2));
  const bytes = sharedCoverage.subarray(0, length);
  bytes.fill(0);
  return bytes;
}

/** Transcript speaker labels as name mentions; a role printed before the name ("PRESIDENT") is the entity's role. */
function findLabelMentions(text: string, entityFor: (p: Person | null, name: string) => PersonEntity, coverage: Coverage): Mention[] {
  const isRoleWord = (word: string) => ROLE_WORDS.test(word) || HONORIFIC_WORD.test(word);
  return findSpeakerLabels(text, isRoleWord, looksLikePersonName).map((label) => {
    coverage.add(label.start, label.end);
    const entity = entityFor(label.person, label.name);
    if (label.role && !entity.textRole) entity.textRole = normalizeRole(label.role);
    return { start: label.start, end: label.end, kind: "name", entity, label: label.reporter ? "reporter" : "speaker" };
  });
}

const HONORIFIC_LEAD = new RegExp(String.raw`^${COURTESY_TITLES}\.?\s`);
const HONORIFIC_WORD = new RegExp(String.raw`^${SHORT_TITLES}\.?$`, "i");

/** A capitalised word long enough to be a misspelt surname. */
const CAPITALISED_WORD = /\b[A-Z][\p{L}'’-]{4,}\b/gu;

/** What may not follow a surname (the pattern's `(?![\p{L}-])`), tried at one place. */
const LETTER_OR_HYPHEN_AT = /[\p{L}-]/uy;
/** A surname `surnameMatches` leaves to the pattern: empty, made of an honorific's characters, or holding a surrogate. */
const SURNAME_FOR_THE_PATTERN = new RegExp(String.raw`^[${[...new Set(HONORIFIC_WORDS.join(""))].join("")}.\s]*$|[\uD800-\uDFFF]`);
const isAsciiWordCode = (code: number) => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || code === 95 || (code >= 97 && code <= 122);

/**
 * The matches of `\b${HONORIFIC}?${surname}(?![\p{L}-])` (global, u) in `text`, as `eachMatch` gives them, found with
 * `indexOf` and read around each place the surname stands, without a pattern of its own: the pattern was made per
 * article and per surname the article introduces, and compiling it (a letter class under u) cost more than an article's
 * whole reading of the surname (decision 0675). A match starts at the honorific before the surname when one stands there
 * (the leftmost start), else at the surname on a word boundary (`\b`: ASCII word characters, as under u without i).
 */
export function surnameMatches(text: string, surname: string): Span[] {
  if (SURNAME_FOR_THE_PATTERN.test(surname)) {
    return [...eachMatch(new RegExp(String.raw`\b${HONORIFIC}?${escapeRegExp(surname)}(?![\p{L}-])`, "gu"), text)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  }
  const found: Span[] = [];
  let from = 0;
  for (let at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + 1)) {
    const end = at + surname.length;
    LETTER_OR_HYPHEN_AT.lastIndex = end;
    if (LETTER_OR_HYPHEN_AT.test(text)) continue;
    const start = honorificStartBefore(text, at, from);
    if (start < 0 && (at > 0 && isAsciiWordCode(text.charCodeAt(at - 1))) === isAsciiWordCode(text.charCodeAt(at))) continue;
    found.push({ start: start < 0 ? at : start, end });
    from = end;
    at = end - 1;
  }
  return found;
}

/** Where an honorific, an optional full stop and white space before `at` begin (not before `from`), else -1. */
function honorificStartBefore(text: string, at: number, from: number): number {
  let space = at;
  while (space > from && isSpace(text.charCodeAt(space - 1))) space--;
  if (space === at) return -1;
  const wordEnd = text.charCodeAt(space - 1) === 46 ? space - 1 : space;
  for (const word of HONORIFIC_WORDS) {
    const start = wordEnd - word.length;
    if (start >= from && text.startsWith(word, start) && (start === 0 || !isAsciiWordCode(text.charCodeAt(start - 1)))) return start;
  }
  return -1;
}

/** A capitalised run of two or three name words. A name never runs across a line break ("Headline\nJamie Rubin said"). */
// "Jane Q. Example": a middle initial after the given name. "J. Example", "J.Q. Example", "J Q Example": given names
// printed as initials, with or without full stops (never "A" or "I" without one: "A Ukrainian", "I Think").
const GIVEN_INITIALS = String.raw`(?:(?:\p{Lu}\.[^\S\n]?){1,3}[^\S\n]*|(?:(?![AI][^\S\n])\p{Lu}[^\S\n]+){1,2})`;
const MORE_NAME_WORD = String.raw`(?:[^\S\n]+${NAME_PARTICLE}[^\S\n]+${NAME_WORD}|[^\S\n]+${NAME_WORD})`;
const UNKNOWN_FULL_NAME = new RegExp(
  String.raw`\b${HONORIFIC}?(${NAME_WORD}(?:[^\S\n]+\p{Lu}\.)?${MORE_NAME_WORD}{1,2}|${GIVEN_INITIALS}${NAME_WORD}${MORE_NAME_WORD}{0,2})(?![\p{L}-])`,
  "gu",
);

function findNamedMentions(text: string, folded: string, entityFor: (p: Person | null, name: string) => PersonEntity, coverage: Coverage): Mention[] {
  const found: Mention[] = [];
  const overlaps = (start: number, end: number) => coverage.overlaps(start, end);
  const push = (mention: Mention) => {
    found.push(mention);
    coverage.add(mention.start, mention.end);
  };
  const add = (start: number, end: number, person: Person | null, name: string) => push({ start, end, kind: "name", entity: entityFor(person, name) });
  // Full names always name their person.
  const namedInFull = new Set<Person>();
  for (const m of eachMatch(FULL_FORMS.regex, folded)) {
    const person = FULL_FORMS.people.get(m[1])![0];
    namedInFull.add(person);
    if (!overlaps(m.index!, m.index! + m[0].length)) add(m.index!, m.index! + m[0].length, person, person.name);
  }
  // A surname alone names a person only when the article confirms who: named in full, a title that fits, or fame.
  for (const m of eachMatch(SHORT_FORMS.regex, folded)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (overlaps(start, end) || partOfLongerName(text, start, end)) continue;
    // "Jonh Example": the person's own given name misspelt by one letter before the exact surname confirms them.
    const misspeltGiven = (p: Person) => misspeltGivenNameBefore(text, start, p);
    const candidates = SHORT_FORMS.people.get(m[1])!.filter((p) => !otherGivenNameBefore(text, start, p) || misspeltGiven(p) !== null);
    const inFull = candidates.filter((p) => namedInFull.has(p));
    const person = inFull[0] ?? (AMBIGUOUS.has(m[1]) ? null : candidates.find((p) => p.knownBySurname || titleBeforeFits(text, start, p) || misspeltGiven(p) !== null));
    if (person) add(misspeltGiven(person) ?? start, end, person, person.name);
  }
  // Misspelt or declined surnames ("Stoltenbergh", "Stoltenbergas"): only with the person's first name,
  // a title that fits, or the person named correctly elsewhere in the article.
  const confirmedPeople = new Set(found.map((m) => m.entity!.known));
  const unconfirmed: { start: number; end: number; person: Person }[] = [];
  const nearSurnames = new Map<string, FuzzySurname[]>();
  for (const m of eachMatch(CAPITALISED_WORD, folded)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (overlaps(start, end) || partOfLongerName(text, start, end)) continue;
    const word = m[0];
    let near = nearSurnames.get(word);
    if (!near) {
      near = nearSurnamesOf(word);
      nearSurnames.set(word, near);
    }
    for (const { person } of near) {
      const firstName = givenNameBefore(text, start, person);
      if (firstName === null && !titleBeforeFits(text, start, person)) {
        if (!otherGivenNameBefore(text, start, person)) unconfirmed.push({ start, end, person });
        continue;
      }
      confirmedPeople.add(person);
      add(firstName ?? start, end, person, person.name);
      break;
    }
  }
  // The same misspelling alone, once the article has confirmed whom it names ("Stoltenbergas told reporters").
  for (const { start, end, person } of unconfirmed) {
    if (confirmedPeople.has(person) && !overlaps(start, end)) add(start, end, person, person.name);
  }
  // Other people: a capitalised full name next to a role or a speech verb.
  const honorificOnly: { start: number; end: number; name: string }[] = [];
  const unknownFull = UNKNOWN_FULL_NAME;
  unknownFull.lastIndex = 0;
  for (let m = unknownFull.exec(text); m; m = unknownFull.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const name = m[1];
    if (overlaps(start, end) || !looksLikePersonName(name) || !hasPersonContext(text, start, end)) {
      // "Lithuanian President Gitanas Nauseda", "Analyst Michael Kofman": a rejected run may hide a name; retry from its next word.
      const nextWord = nextWordStart(text, start + 1, end);
      if (nextWord >= 0) unknownFull.lastIndex = nextWord;
      continue;
    }
    // "Mr Example": a person named in full elsewhere in the article, found below; only otherwise a name of its own.
    if (HONORIFIC_LEAD.test(name)) honorificOnly.push({ start, end, name });
    else add(start, end, null, name);
  }
  // Surname-only mentions of the people found so far, and honorific + surname.
  const surnames = new Map<string, PersonEntity>();
  for (const m of found) if (m.entity && !m.entity.known) surnames.set(m.entity.name.split(/\s+/).slice(-1)[0], m.entity);
  // Read in the folded text (one character for one): "Examplińska" later names the "Jana Examplinska" introduced before.
  for (const [surname, entity] of surnames) {
    for (const { start, end } of surnameMatches(folded, foldName(surname))) {
      if (!overlaps(start, end) && !otherGivenNameBefore(text, start, null, entity.name)) push({ start, end, kind: "name", entity });
    }
  }
  // "Li said …" after "Li Hui", "Jane told …" after "Jane Sample": the first word of a name printed in full, alone
  // right before a speech verb, names that person (a family name printed first, or a given name on its own).
  for (const [word, entity] of firstWordsOf(found, text)) {
    if (surnames.has(word)) continue;
    for (const { start, end } of surnameMatches(folded, foldName(word))) {
      if (!overlaps(start, end) && !partOfLongerName(text, start, end) && SPEECH_NEAR.test(text.slice(end, end + 200))) push({ start, end, kind: "name", entity });
    }
  }
  // Longest first: "Sir Jane Sample" names the person "Sir Jane" stands for later.
  honorificOnly.sort((a, b) => b.name.split(/\s+/).length - a.name.split(/\s+/).length || a.start - b.start);
  for (const { start, end, name } of honorificOnly) {
    if (overlaps(start, end)) continue;
    // "Sir Jane" (a British title before the given name), "Mr Li" (a family name printed first): one word of a
    // person named in full in the article is that person.
    const word = foldName(name.replace(HONORIFIC_LEAD, "").trim());
    const named = found.find((m) => m.entity && outerWords(m.entity.name).includes(word));
    if (named) push({ start, end, kind: "name", entity: named.entity });
    else add(start, end, null, name);
  }
  found.sort((a, b) => a.start - b.start);
  return found;
}

/** The first word of each name printed in full; a word two people share names neither. */
function firstWordsOf(found: Mention[], text: string): Map<string, PersonEntity> {
  const owners = new Map<string, PersonEntity | null>();
  for (const { entity, start, end } of found) {
    // A person in the data counts when named in full here ("Katrín Jakobsdóttir …, Katrín stated"): the mention's words.
    if (!entity) continue;
    const name = entity.known ? text.slice(start, end) : entity.name;
    const words = name.replace(HONORIFIC_LEAD, "").trim().split(/\s+/);
    if (words.length < 2 || !/^\p{Lu}\p{Ll}+$/u.test(words[0])) continue;
    const owner = owners.get(words[0]);
    owners.set(words[0], owner === undefined || owner === entity ? entity : null);
  }
  return new Map([...owners].filter((entry): entry is [string, PersonEntity] => entry[1] !== null));
}

/** Where `text.slice(from, end).search(/\s\S/)` finds a word after white space, + 1 (in `text`), else -1; without the copy. */
function nextWordStart(text: string, from: number, end: number): number {
  for (let i = from; i + 1 < end; i++) if (isSpace(text.charCodeAt(i)) && !isSpace(text.charCodeAt(i + 1))) return i + 1;
  return -1;
}

/** The first and last word of a full name (an honorific left out), folded; none for a one-word name. */
function outerWords(name: string): string[] {
  const words = name.replace(HONORIFIC_LEAD, "").trim().split(/\s+/);
  return words.length > 1 ? [words[0], words[words.length - 1]].map(foldName) : [];
}

const NAME_WORD_AFTER = new RegExp(String.raw`^[^\S\n]+${NAME_WORD}`, "u");

/** "Pavel Durov", "Gabriel Attal": a short form followed by another name word is a given name, not a surname. */
function partOfLongerName(text: string, start: number, end: number): boolean {
  return NAME_WORD_AFTER.test(text.slice(end, end + 30));
}

/** The word just before a name on its line: a line break ends a byline or a heading, never a given name. */
const WORD_BEFORE = /(\p{Lu}[\p{L}'’-]*)[^\S\n]+$/u;
const SENTENCE_ADVERBS = new RegExp(String.raw`^${SENTENCE_OPENING_WORDS}$`);

/** The start of the person's own given name printed right before `start` ("Jens Stoltenbergas"), else null. */
function givenNameBefore(text: string, start: number, person: Person): number | null {
  const word = WORD_BEFORE.exec(text.slice(Math.max(0, start - 30), start));
  return word && GIVEN_NAMES.get(person)!.has(foldName(word[1])) ? start - word[0].length : null;
}

/** The start of the person's given name printed one letter wrong right before `start`, else null. */
function misspeltGivenNameBefore(text: string, start: number, person: Person): number | null {
  const word = WORD_BEFORE.exec(text.slice(Math.max(0, start - 30), start));
  if (!word || word[1].length < 4) return null;
  const printed = foldName(word[1]);
  return [...GIVEN_NAMES.get(person)!].some((given) => given.length >= 4 && misspelt(given, printed)) ? start - word[0].length : null;
}

/** A title alone ("Mr", "Gen."), which is never a name. */
const TITLE_ALONE = new RegExp(String.raw`^${TITLES}\.?$`);
/**
 * "Gary Hart", "Jamie Rubin": a capitalised word before the surname that is a given name, but not this person's,
 * means someone else. Titles, honorifics, country words and the first word of a sentence are not given names.
 */
function otherGivenNameBefore(text: string, start: number, person: Person | null, fullName?: string): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  const word = WORD_BEFORE.exec(before);
  if (!word) return false;
  const plain = word[1].replace(/['’]s$/, "");
  if (plain !== word[1] || ROLE_WORDS.test(plain) || NOT_NAME_WORDS.has(plain.toLowerCase()) || COUNTRY_WORDS.has(plain.toLowerCase()) || SENTENCE_ADVERBS.test(plain)) return false;
  // An honorific (the word holds no space or dot, so this also covers HONORIFIC).
  if (TITLE_ALONE.test(plain)) return false;
  if (/^\p{Lu}[\p{Lu}.]+$/u.test(plain)) return false; // an acronym: "NATO", "U.S."
  if (person) return !GIVEN_NAMES.get(person)!.has(foldName(plain));
  return fullName !== undefined && !fullName.split(/\s+/).includes(plain);
}

/** A surname with a Baltic or Slavic case ending, as translated copy prints it: "Stoltenbergas", "Ruttem". */
function declined(surname: string, word: string): boolean {
  return word.startsWith(surname) && /^(?:[aeiouyąę]|as|is|us|ui|om|em|ov|ym|ovi)$/.test(word.slice(surname.length));
}

const INITIALS_OPENING = new RegExp(`^${GIVEN_INITIALS}`, "u");

function looksLikePersonName(name: string): boolean {
  // The word tests come first: most capitalised runs fail one, and the outlet lookup rebuilds the name to look it up.
  // "U.S. President Jane Example": initials open a name only before a name word, never before a title or a country.
  const words = name.replace(INITIALS_OPENING, "").split(/\s+/);
  if (words[0] === "") return false;
  if (words.some((w) => NOT_NAME_WORDS.has(w.toLowerCase().replace(/['’]s$/, "")))) return false;
  // "the Deputy Prime Minister of Examplia Jane Sample": a country's name opens no one's name.
  if (COUNTRY_WORDS.has(words[0].toLowerCase())) return false;
  // "Analyst Michael Kofman": a job word opens the run; the name starts after it.
  if (JOB_WORD_SET.has(words[0].toLowerCase()) || ROLE_WORDS.test(words[0])) return false;
  if (words.some((w) => /['’]s$/.test(w))) return false;
  return !findKnownOutlet(name); // "the Associated Press said" is a newsroom, not a person
}

/**
 * "of the Sample Centre for Security Policy": an institution a person speaks from (decision 0730); "the High
 * Representative of the Union" is an office, not a person's name with an affiliation.
 */
const AFFILIATION = String.raw`of\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,4}(?:${INSTITUTION_WORDS.join("|")})(?:\s+(?:for|of|on)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:and\s+)?[A-Z][\w'’.-]*){0,3})?`;
/**
 * A speech verb right after a name, past an aside and up to two adverbs ("publicly urged", "once again said"). Only tested (never read as a match), so the verbs stand
 * in a lookahead, which matches where the group did: V8 compiled the verbs after the optional groups in 75–115 ms at
 * its first use, in a lookahead in about a tenth of that (decision 0495).
 */
const SPEECH_NEAR = new RegExp(String.raw`^\s*(?:\([^()]{1,40}\)\s*)?(?:${AFFILIATION}\s+|,\s*[^,]{0,80},\s*|,\s*who\s+)?(?:on\s+[A-Z]\w+\s+|today\s+|yesterday\s+)?(?:has\s+|had\s+|have\s+)?(?:(?:also|further|later|repeatedly|previously|once|again|then|now|already|still|even|first|earlier|[a-z]{2,}ly)\s+){0,2}(?=(?:${[...SPEECH_VERBS, ...STANCE_VERBS].join("|")})\b)`, "i");

const TITLE_ABBREVIATIONS: Record<string, string> = { Sen: "Senator", Rep: "Representative", Gov: "Governor", Amb: "Ambassador" };

/** "Sen. Jane Example", "Gov. Jane Example": an abbreviated title right before a name. */
const TITLE_ABBREVIATION_BEFORE = new RegExp(String.raw`\b${TITLES_CUT_WITH_A_POINT}\.\s*$`);

/**
 * `“…,” said Jane Example`, `…, says Jane Example.`: a name right after a speech verb that follows a quote's closing
 * mark or a comma is who speaks (the inverted attribution); "Example said Jane Sample would …" has no mark or comma
 * before the verb.
 */
const INVERTED_SPEECH_VERB_BEFORE = new RegExp(String.raw`(?:[,”"’»]|[,”"’»]\s*[—–-])\s*(?:${QUOTE_VERBS.join("|")})\s+$`);
/** The words of an appositive after a name, up to its closing comma or the sentence's end. */
const APPOSITIVE_AFTER = /^,\s*([^,.;]{1,80})/;

function hasPersonContext(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  const lastWords = before.split(/\s+/).slice(-6).join(" ");
  if (ROLE_WORDS.test(lastWords) || TITLE_ABBREVIATION_BEFORE.test(before)) return true;
  if (INVERTED_SPEECH_VERB_BEFORE.test(before)) return true;
  const after = text.slice(end, end + 140);
  if (/^,\s*(?:the\s+)?[^,]{0,60}\b(?:president|minister|secretary|spokes\w+|chief|head|ambassador|envoy|commander|adviser|advisor|director|chair\w*)\b/i.test(after)) return true;
  // "Jane Example, a senior fellow at …", "Jane Example, who heads …": an appositive that gives a job, or a relative
  // clause of a person.
  const appositive = APPOSITIVE_AFTER.exec(after);
  if (appositive && (/^who\b/.test(appositive[1]) || ROLE_WORDS.test(appositive[1]))) return true;
  return SPEECH_NEAR.test(after) || QUESTIONED_AFTER.test(after);
}

/** "Jane Example was asked about …", "… has been pressed on …": a person questioned, whose answers follow. */
const QUESTIONED_AFTER = new RegExp(String.raw`^\s+(?:was|were|has\s+been|had\s+been|is\s+being|was\s+being)\s+${QUESTIONED}\b`);

const GLOBAL_TITLE_PATTERNS = [...INSTITUTION_TITLE_PATTERNS, ...NATO_TITLE_PATTERNS].map(({ pattern, office }) => ({ pattern: new RegExp(pattern.source, "gi"), office }));

/** NATO titles ("the NATO chief") and national ones ("the Finnish president") that stand for a person. */
function findTitleMentions(text: string, occupied: (s: number, e: number) => boolean, coverage: Coverage): Mention[] {
  const mentions: Mention[] = [];
  const spans = [
    ...GLOBAL_TITLE_PATTERNS.flatMap(({ pattern, office }) => allMatches(pattern, text).map((m) => ({ start: m.index, end: m.index + m[0].length, office }))),
    ...findNationalOfficeMentions(text),
  ];
  for (const { start, end, office } of spans) {
    if (occupied(start, end) || coverage.overlaps(start, end)) continue;
    // "Secretary General Mark Rutte": the title belongs to the name that follows.
    if (/^\s*(?:of NATO\s+)?(?:[A-Z][\p{L}'’-]+\s+){0,2}[A-Z][\p{L}'’-]+/u.test(text.slice(end, end + 40)) && nameFollows(text, end, occupied)) continue;
    if (titleBelongsToPrecedingName(text, start, occupied)) continue;
    mentions.push({ start, end, kind: "title", entity: null, title: officeById(office)!.title, office });
    coverage.add(start, end);
  }
  return mentions;
}

function nameFollows(text: string, end: number, occupied: (s: number, e: number) => boolean): boolean {
  const after = text.slice(end, end + 40);
  const m = /^\s*(?:of NATO\s+)?/.exec(after)!;
  const s = end + m[0].length;
  return occupied(s, s + 3);
}

function titleBelongsToPrecedingName(text: string, start: number, occupied: (s: number, e: number) => boolean): boolean {
  const before = text.slice(Math.max(0, start - 6), start);
  const m = /,\s*(?:the\s+)?$/.exec(before);
  return !!m && occupied(start - m[0].length - 2, start - m[0].length);
}

const PRONOUN = new RegExp(String.raw`\b(?:he|she|He|She|the latter|The latter)\b|(?<=\b[Aa]ccording to )(?:him|her)\b|(?<=\b[Ii]n )(?:his|her)(?= ${IN_THE_VIEW_OF}\b)`, "g");

function findPronounMentions(text: string, occupied: (s: number, e: number) => boolean): Mention[] {
  const mentions: Mention[] = [];
  // "him"/"her" only where they name a source: "according to him", "in his opinion".
  for (const m of eachMatch(PRONOUN, text)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (occupied(start, end)) continue;
    const word = m[0].toLowerCase();
    if (word === "the latter") mentions.push({ start, end, kind: "latter", entity: null });
    else mentions.push({ start, end, kind: "pronoun", entity: null, gender: word === "he" || word === "him" || word === "his" ? "m" : "f" });
  }
  return mentions;
}

const DEMONYM_FORMS = Object.entries(DEMONYMS).flatMap(([name, forms]) => forms.map((form) => ({ name, form })));
const DEMONYM_RE = new RegExp(String.raw`\b[Tt]he (?:\d+-year-old\s+)?(${DEMONYM_FORMS.map((d) => escapeRegExp(d.form)).join("|")})\b`, "g");

/**
 * For offsets asked in increasing order: the position in `named` of the last mention (in that array's order)
 * that ends by the offset and passes `test`, or -1. The same answer as
 * `[...named].reverse().find((n) => n.end <= offset && test(n))`, without a scan per question.
 */
function latestEndingBy(named: Mention[], test: (m: Mention, i: number) => boolean): (offset: number) => number {
  const candidates = named.map((m, i) => ({ m, i })).filter(({ m, i }) => test(m, i)).sort((a, b) => a.m.end - b.m.end);
  let next = 0;
  let latest = -1;
  return (offset) => {
    for (; next < candidates.length && candidates[next].m.end <= offset; next++) latest = Math.max(latest, candidates[next].i);
    return latest;
  };
}

/** "the Dutchman said": the person of that nationality named last before it. */
function findDemonymMentions(text: string, named: Mention[]): Mention[] {
  const mentions: Mention[] = [];
  // Built for a person only once the text uses one of their descriptions: most articles use none.
  const latestNamed = new Map<string, (offset: number) => number>();
  const latestOf = (name: string) => {
    let latest = latestNamed.get(name);
    if (!latest) latestNamed.set(name, (latest = latestEndingBy(named, (n) => !!n.entity && n.entity.name === name)));
    return latest;
  };
  for (const m of eachMatch(DEMONYM_RE, text)) {
    const names = DEMONYM_FORMS.filter((d) => d.form === m[1]).map((d) => d.name);
    const latest = Math.max(-1, ...names.map((name) => latestOf(name)(m.index)));
    const antecedent = named[latest];
    if (antecedent) mentions.push({ start: m.index!, end: m.index! + m[0].length, kind: "title", entity: antecedent.entity });
  }
  return mentions;
}

const RANK = String.raw`(?:Vice Admiral|Rear Admiral|Admiral|Adm\.|Lieutenant General|Lt\.? Gen\.|Major General|Maj\.? Gen\.|Brigadier General|General|Gen\.|Air Chief Marshal|Air Marshal|Colonel|Col\.)`;
// "General" alone is left to the caller: it ends "Secretary General" too.
const RANK_AT_END = new RegExp(String.raw`(?:^|\s+)(?!General$)${RANK}$`);

/** The role a person is printed with and the office the data says they held on the date: what a role noun must fit. */
function roleText(person: Mention, date: string | null): string {
  const entity = person.entity;
  const known = entity?.known;
  return [entity?.textRole, known && roleOn(known, date)].filter(Boolean).join("; ");
}

/** "Vice Admiral", "Adm.": printed before a name, the rank the noun "admiral" stands for. */
const ADMIRAL_BEFORE = new RegExp(String.raw`\b(?:${ADMIRAL_RANKS}?Admiral|Adm\.)\s+$`);
/** "Major General", "Lt. Gen.": printed before a name, the rank the noun "general" stands for. */
const GENERAL_BEFORE = new RegExp(String.raw`\b(?:${GENERAL_RANKS}?General|(?:Lt\.?|Maj\.?) Gen\.|Gen\.)\s+$`);
/**
 * "the minister conceded", "the admiral told LRT", "the top envoy stressed": a role noun or a rank standing for
 * the person named last with a role of that kind, or printed with that rank before the name.
 */
const ROLE_NOUNS: { noun: RegExp; fits: (role: string, before: string, name: string) => boolean }[] = [
  { noun: /^(?:foreign |defen[cs]e |prime )?minister$/, fits: (role) => /minister/i.test(role) },
  // A president-elect or a vice president is not "the president".
  { noun: new RegExp(String.raw`^${PRESIDENT_NOUNS}$`), fits: (role) => /(?<!vice[- ])president(?!-elect)/i.test(role) },
  { noun: /^chancellor$/, fits: (role) => /chancellor/i.test(role) },
  // "the defence secretary", "the Secretary General", "the secretary" (decision 0730): a secretary of any kind.
  { noun: /^secretary(?:[- ]general)?$/, fits: (role) => /secretary/i.test(role) },
  { noun: new RegExp(String.raw`^${PREMIER_NOUNS}$`), fits: (role) => /prime minister|premier|\bPM\b/i.test(role) },
  { noun: new RegExp(`^(?:${SPOKESPERSON}|representative)$`), fits: (role) => /spokes|representative|press secretary/i.test(role) },
  { noun: new RegExp(String.raw`^${ENVOY_NOUNS}$`), fits: (role) => /ambassador|envoy|diplomat/i.test(role) },
  // "the diplomat", "the top diplomat": whoever speaks for a country abroad, a foreign minister or a secretary of state too.
  { noun: /^diplomat$/, fits: (role) => /ambassador|envoy|diplomat|foreign|secretary of state/i.test(role) },
  { noun: /^leader$/, fits: (role) => /president|prime minister|premier|chancellor|leader/i.test(role) },
  { noun: /^politician$/, fits: (role) => /president|minister|premier|chancellor|leader|senator|lawmaker|\bMP\b|mayor|speaker/i.test(role) },
  // "official" alone is left out: it mostly stands for an unnamed source; with a modifier ("defence") it must share it.
  { noun: /^official$/, fits: (role) => ROLE_WORDS.test(role) },
  { noun: /^admiral$/, fits: (_, before) => ADMIRAL_BEFORE.test(before) },
  { noun: /^general$/, fits: (_, before) => GENERAL_BEFORE.test(before) },
  // "Pope Example … said the pope", "the pontiff": the title printed as the first word of the name.
  { noun: new RegExp(String.raw`^${POPE_NOUNS}$`), fits: (role, before, name) => /^Pope\s/.test(name) || /\bPope\s+$/.test(before) || /\bpope\b/i.test(role) },
  // "…,” said the 64-year-old.": an age stands for the person named last, whatever their role.
  { noun: /^\d{2,3}-year-old$/, fits: () => true },
];
// Each word may be capitalised ("the Prime Minister said"); the kind is looked up in lower case.
const ROLE_NOUN_WORDS = String.raw`(?:[Ff]oreign |[Dd]efen[cs]e |[Pp]rime )?[Mm]inister|[Pp]resident|head of state|[Cc]hancellor|[Ss]ecretary(?:[- ][Gg]eneral)?|[Pp]remier|PM|[Ss]pokes(?:man|woman|person)|[Rr]epresentative|[Ee]nvoy|[Aa]mbassador|diplomat|leader|politician|official|[Aa]dmiral|[Gg]eneral|[Pp]ope|pontiff|\d{2,3}-year-old`;
/** Lower-case words a role noun's phrase may carry before it ("the top defence official", "the government representative"). */
const ROLE_NOUN_MODIFIERS = ["top", "senior", "chief", "government", "presidential", "defence", "defense", "foreign", "military", "official", "longtime", "veteran"];
/** Modifiers that rank rather than describe: the role need not print them. */
const INTENSIFIERS = new Set(["top", "senior", "chief", "official", "longtime", "veteran"]);
const COUNTRY_POSSESSIVE = String.raw`\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?['’]s`;
/**
 * "The minister met the troops and said …", "the head of state thanked Italy and noted that …" (decision 0730): an act,
 * then a speech verb joined by "and" or "but" in the same clause; the noun is the subject of both.
 */
const ACT_THEN_SPEECH = String.raw`\s+(?:\p{Ll}+ed|met|held|made|gave|took|spoke|sent|went|came)\b[^.;:!?“”"\n]{0,100}?\s(?:and|but)\s+(?:also\s+|then\s+|later\s+)?(?:${SPEECH_VERBS.join("|")})\b`;
/** Only where the noun is the subject of what follows: "the minister said", "…, the admiral.", "the envoy here stressed". */
// "the Kremlin spokesperson", "Examplia's top defence official": modifiers the antecedent's role must share.
const ROLE_NOUN_ANAPHOR = new RegExp(
  String.raw`(?:\b[Tt]he|(${COUNTRY_POSSESSIVE}))\s+((?:(?:\p{Lu}[\p{L}'’-]*|${ROLE_NOUN_MODIFIERS.join("|")})\s+){0,3})(${ROLE_NOUN_WORDS})\b(?:\s+(?:for|of)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}-]*){0,3}(?=\s+(?:${SPEECH_VERBS.join("|")})\b))?(?:\s+here\b)?(?=\s*[,.;]|\s+(?:${SPEECH_VERBS.join("|")}|also|further|again|later|then|has|had|was|is|did|does|on|drew)\b|${ACT_THEN_SPEECH})`,
  "gu",
);
/** ROLE_NOUN_ANAPHOR tried at one place only. */
const ROLE_NOUN_ANAPHOR_AT = new RegExp(ROLE_NOUN_ANAPHOR.source, "uy");
/** Where ROLE_NOUN_ANAPHOR's "the" may start (the possessive ending its "Examplia's": possessiveEndings). */
const THE_AT_WORD_START = /\b[Tt]he/g;
const LETTER_OR_HYPHEN = /^[\p{L}-]$/u;
const UPPER_LETTER = /^\p{Lu}$/u;
const ONE_SPACE = /^\s$/u;

/**
 * `allMatches(ROLE_NOUN_ANAPHOR, text)`, tried only where a match can start: at a word "the"/"The", or at a capital
 * of the one or two words before a possessive "'s". A scan of the whole text tried the pattern at every capital.
 */
function roleNounAnaphors(text: string): RegExpExecArray[] {
  const starts = allMatches(THE_AT_WORD_START, text).map((m) => m.index);
  for (const at of possessiveEndings(text)) pushCapitalsBefore(text, at, starts);
  starts.sort((a, b) => a - b);
  const found: RegExpExecArray[] = [];
  let from = 0;
  for (const start of starts) {
    if (start < from) continue; // also skips a place listed twice
    ROLE_NOUN_ANAPHOR_AT.lastIndex = start;
    const m = ROLE_NOUN_ANAPHOR_AT.exec(text);
    if (!m) continue;
    found.push(m);
    from = start + m[0].length;
  }
  return found;
}

/**
 * Where `allMatches(/['’]s/g, text)` finds its matches, found with `indexOf`: the two-character match holds no
 * quote mark after its first character, so the matches of the two marks never overlap and merge in order.
 */
function possessiveEndings(text: string): number[] {
  const found: number[] = [];
  let straight = text.indexOf("'s");
  let curly = text.indexOf("’s");
  while (straight >= 0 || curly >= 0) {
    if (curly < 0 || (straight >= 0 && straight < curly)) {
      found.push(straight);
      straight = text.indexOf("'s", straight + 2);
    } else {
      found.push(curly);
      curly = text.indexOf("’s", curly + 2);
    }
  }
  return found;
}

/**
 * Every capital letter in the letters and hyphens (with at most one white space between) that end right before
 * `end`: the places `\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?` may start to end there. Read by code point.
 */
function pushCapitalsBefore(text: string, end: number, starts: number[]): void {
  let spaces = 0;
  for (let k = end; k > 0; ) {
    let at = k - 1;
    const code = text.charCodeAt(at);
    if (code >= 0xdc00 && code <= 0xdfff && at > 0 && text.charCodeAt(at - 1) >= 0xd800 && text.charCodeAt(at - 1) <= 0xdbff) at--;
    if (code < 0x80) {
      if ((code >= 0x61 && code <= 0x7a) || code === 0x2d) {
        // a lower-case letter or a hyphen
      } else if (code >= 0x41 && code <= 0x5a) starts.push(at);
      else if ((code === 0x20 || (code >= 0x09 && code <= 0x0d)) && spaces++ === 0) {
        // the one white space between two words
      } else return;
    } else {
      const ch = String.fromCodePoint(text.codePointAt(at)!);
      if (LETTER_OR_HYPHEN.test(ch)) {
        if (UPPER_LETTER.test(ch)) starts.push(at);
      } else if (!(ONE_SPACE.test(ch) && spaces++ === 0)) return;
    }
    k = at;
  }
}

/** Where "the sentence before" starts: the previous sentence, or the last of the previous paragraph if that is earlier. */
function sentenceBeforeStart(sentences: Sentence[], offset: number): number {
  const index = indexOfSpanAt(sentences, offset);
  const own = sentences[index];
  if (!own) return 0;
  let k = index - 1;
  while (k > 0 && sentences[k].paragraph === own.paragraph) k--;
  return Math.min(sentences[Math.max(0, index - 1)].start, sentences[Math.max(0, k)].start);
}

/** A name (its title before it) that follows a preposition: the object of a sentence, not who acts in it. */
const OBJECT_BEFORE = /\b(?:with|to|by|from|about|of|for|against|and)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){0,4}$/u;

/** With no one fitting before it, a role noun ("The top envoy stressed …" in a lede) names the first who fits just after it. */
const ROLE_NOUN_CATAPHORA = 400;

/** Whether a role noun's modifiers fit a person's role: a country word names their country (or none printed), any other word is in the role. */
function modifiersFit(modifiers: string[], printedRole: string): boolean {
  const role = printedRole.toLowerCase();
  return modifiers.every((word) => {
    const plain = word.toLowerCase().replace(/['’]s$/, "");
    if (role.includes(plain)) return true;
    const country = COUNTRY_OF_WORD.get(plain);
    if (!country) return false;
    const named = allMatches(COUNTRY_WORD_IN_ROLE, role).map((w) => COUNTRY_OF_WORD.get(w[0]));
    return named.length === 0 || named.includes(country);
  });
}

function findRoleNounMentions(text: string, named: Mention[], taken: Mention[], sentences: Sentence[], date: string | null, coverage: Coverage): Mention[] {
  const mentions: Mention[] = [];
  for (const t of taken) coverage.add(t.start, t.end);
  // Built for a kind of noun with its modifiers only once the text uses it as an anaphor.
  const latestFitting = new Map<string, (offset: number) => number>();
  // What each name's test reads that no noun changes, worked out once per name rather than once per kind of noun.
  const roles = new Map<Mention, string>();
  const roleOf = (n: Mention) => {
    let role = roles.get(n);
    if (role === undefined) roles.set(n, (role = roleText(n, date)));
    return role;
  };
  const objects = new Map<Mention, boolean>();
  const isObject = (n: Mention) => {
    let object = objects.get(n);
    if (object === undefined) objects.set(n, (object = OBJECT_BEFORE.test(text.slice(Math.max(0, n.start - 40), n.start))));
    return object;
  };
  for (const m of roleNounAnaphors(text)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (coverage.overlaps(start, end)) continue;
    const kind = ROLE_NOUNS.find((r) => r.noun.test(m[3].toLowerCase()))!;
    const modifiers = [m[1], ...m[2].trim().split(/\s+/)].filter((w): w is string => !!w && !INTENSIFIERS.has(w));
    if (/^official$/i.test(m[3]) && !modifiers.length) continue;
    const fits = (n: Mention) => {
      const role = roleOf(n);
      return !!n.entity && kind.fits(role, text.slice(Math.max(0, n.start - 30), n.start), n.entity.name) && modifiersFit(modifiers, role);
    };
    const key = `${m[3].toLowerCase()}|${modifiers.join(" ").toLowerCase()}`;
    let latest = latestFitting.get(key);
    let latestAny = latestFitting.get(`${key}|any`);
    if (!latest || !latestAny) {
      const fitting = named.map(fits);
      // A person named as the subject outranks one named after "with", "by", "to" ("after meeting with President X").
      if (!latest) latestFitting.set(key, (latest = latestEndingBy(named, (n, i) => fitting[i] && !isObject(n))));
      if (!latestAny) latestFitting.set(`${key}|any`, (latestAny = latestEndingBy(named, (_, i) => fitting[i])));
    }
    // …but only within the sentence before: further back, the latest who fits is the likelier one.
    const reach = sentenceBeforeStart(sentences, start);
    const subject = named[latest(start)];
    const antecedent = (subject && subject.start >= reach ? subject : named[latestAny(start)]) ?? firstFittingAfter(named, end, fits);
    if (antecedent) mentions.push({ start, end, kind: "title", entity: antecedent.entity });
    // "the minister's spokeswoman told the press": a spokesperson when the text names none still speaks, unnamed.
    else if (/^spokes/i.test(m[3]) && !named.some((n) => !!n.entity && kind.fits(roleOf(n), "", ""))) mentions.push({ start, end, kind: "anonymous", entity: unnamed(m[0]) });
  }
  return mentions;
}

/** The first person named within a few sentences after a lede's role noun who fits it. */
function firstFittingAfter(named: Mention[], offset: number, fits: (m: Mention) => boolean): Mention | undefined {
  return named.find((n) => n.start >= offset && n.start < offset + ROLE_NOUN_CATAPHORA && fits(n));
}

// "a senior NATO diplomat", "two Western officials": a speaker the text does not name. Bare plurals
// ("officials have said") are left out: they usually stand for a government, not a source.
const ANONYMOUS =
  /\b(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]everal)\s+(?:[\p{L}-]+\s+|\p{Lu}\.(?:\p{Lu}\.)+\s+){0,4}?(?:officials?|diplomats?|sources?|insiders?|aides?|officers?|envoys?|representatives?|spokes(?:person|man|woman)|people familiar with [^,.]{3,60}|person familiar with [^,.]{3,60})\b/gu;

const ANONYMOUS_COMPLEMENT = /^\s+(?:for|of|at|from|in|close to)\s+(?:the\s+)?(?:[A-Z][\p{L}'’.-]+\s+){0,3}[A-Z][\p{L}'’-]+/u;

/** How far after a lede's unnamed spokesperson the article may name them. */
const NAMED_LATER_REACH = 1200;
const SINGLE_SPOKESPERSON = new RegExp(String.raw`^(?:an?|one|another)\s.*\b${SPOKESPERSON}$`, "i");
const SPOKESPERSON_BEFORE_NAME = new RegExp(String.raw`\b${SPOKESPERSON}\b[^.,;:\n]{0,30}?,?\s*$`, "i");

/**
 * "a Kremlin spokesman said …" and, a paragraph or two later, "Spokesman Jane Example told …": one spokesperson,
 * unnamed in the lede, named after it with the same job word before the name. Only a spokesperson: an "official"
 * or a "source" left unnamed in a lede is usually meant to stay unnamed.
 */
function namedLater(text: string, source: string, end: number, named: Mention[]): Mention | null {
  if (!SINGLE_SPOKESPERSON.test(source)) return null;
  for (const n of named) {
    if (n.start <= end || !n.entity?.name) continue;
    if (n.start - end > NAMED_LATER_REACH) break;
    if (SPOKESPERSON_BEFORE_NAME.test(text.slice(Math.max(end, n.start - 60), n.start))) return n;
  }
  return null;
}

const INTRODUCES_QUOTE = /^[^.!?\n"“”«»]{0,40}:\s*["“«]/;
/** "…, said a NATO official": the words are attributed just before the source. */
const ATTRIBUTED_JUST_BEFORE = new RegExp(String.raw`\b${ATTRIBUTED_BEFORE}\s*$`, "i");

function findAnonymousMentions(text: string, occupied: (s: number, e: number) => boolean, named: Mention[]): Mention[] {
  const mentions: Mention[] = [];
  for (const m of eachMatch(ANONYMOUS, text)) {
    const start = m.index!;
    const head = start + m[0].length;
    if (occupied(start, head)) continue;
    // "A Kremlin spokesman, Dmitry Peskov, said": the name that follows is the speaker.
    const gap = /^,?\s+/.exec(text.slice(head, head + 3))?.[0].length ?? 0;
    if (gap && occupied(head + gap, head + gap + 1)) continue;
    // "a spokesperson for Zelensky said": the person named is whom the source speaks for, not the speaker.
    const end = head + (ANONYMOUS_COMPLEMENT.exec(text.slice(head, head + 80))?.[0].length ?? 0);
    // Only as someone speaking: "a NATO official said", "…, an official told Reuters".
    // …or heading an introduction that ends in a colon before a quote ("As one diplomat put it: …").
    const after = text.slice(end, end + 120);
    if (!SPEECH_NEAR.test(after) && !INTRODUCES_QUOTE.test(after) && !ATTRIBUTED_JUST_BEFORE.test(text.slice(Math.max(0, start - 20), start))) continue;
    const later = namedLater(text, m[0], end, named);
    if (later) mentions.push({ start, end, kind: "title", entity: later.entity });
    // "a senior official": a source kept unnamed on purpose, described but not given a role.
    else mentions.push({ start, end, kind: "anonymous", entity: { name: "", gender: null, known: null, textRole: null } });
  }
  return mentions;
}

/** "the minister's spokeswoman": an office the text does not name the holder of is still that office. */
function unnamed(description: string): PersonEntity {
  const role = description.replace(/^(?:the|an?|one|another)\s+/i, "").replace(/\s+/g, " ").trim();
  return { name: "", gender: null, known: null, textRole: role || null };
}

const LOWER_ROLE_WORDS = ["aide", "negotiator", "chief", "head", "minister", "president", "commander", "leader", "chair", "chairman", "chairwoman", "founder"];
const LOWER_ROLE = String.raw`(?:${LOWER_ROLE_WORDS.join("|")}|${JOB_WORD_PATTERN})`;
/** Lower-case words a title before a name may hold besides role words ("to" only after "Ambassador", "Envoy" …). */
const TITLE_LINK_WORDS = ["of", "the", "for", "and", "on", "de", "-"];
const TITLE_MODIFIERS = [
  "foreign", "defence", "defense", "policy", "national", "security", "press", "deputy", "senior", "top", "military", "affairs", "prime", "vice",
  "interior", "finance", "economy", "trade", "justice", "health", "energy", "intelligence", "opposition", "government", "presidential",
];
const TITLE_BEFORE = new RegExp(String.raw`((?:(?:[A-Z][\p{L}.'’-]*|${TITLE_LINK_WORDS.join("|")}|(?<=\b(?:[Aa]mbassador|[Ee]nvoy|[Rr]epresentative)\s)to|${TITLE_MODIFIERS.join("|")}|${LOWER_ROLE})\s+)*(?:[A-Z][\p{L}.'’-]*|${LOWER_ROLE})\s+)$`, "u");
/** A capitalised word: a title holds any. */
const CAPITALISED_TITLE_WORD = /^[A-Z][\p{L}.'’-]*$/u;
/** Every lower-case word TITLE_BEFORE may hold, a role made of two words ("research fellow") counted word by word. */
const LOWER_TITLE_WORDS = new Set([...TITLE_LINK_WORDS, "to", ...TITLE_MODIFIERS, ...LOWER_ROLE_WORDS, ...JOB_WORDS].flatMap((w) => w.split(" ")));

/**
 * `TITLE_BEFORE.exec(before)` read from the last word no title holds: every word after where a title starts is one of
 * its words, so the title starts in that word or after it. The pattern is tried from every place and each try reads
 * the words to the end: a sentence read from its start cost the square of its length, for each name in it.
 */
function titleBefore(before: string): RegExpExecArray | null {
  let from = 0;
  let end = before.length;
  while (end > 0 && /\s/.test(before[end - 1])) end--;
  while (end > 0) {
    let start = end;
    while (start > 0 && !/\s/.test(before[start - 1])) start--;
    const word = before.slice(start, end);
    if (!CAPITALISED_TITLE_WORD.test(word) && !LOWER_TITLE_WORDS.has(word)) {
      from = start;
      break;
    }
    end = start;
    while (end > 0 && /\s/.test(before[end - 1])) end--;
  }
  return TITLE_BEFORE.exec(from ? before.slice(from) : before);
}

const PAST_ROLE = /^(?:former|ex-|then-|one-time|onetime|erstwhile|late)\b/i;
const PAST_ROLE_BEFORE = /\b(?:former|ex-|then-|one-time|onetime|erstwhile|late)\s*$/i;

const TITLE_REACH = 300;

interface PrintedRole {
  role: string;
  span: Span | null;
  /** "former …", "ex-…": the role of someone the data does not know, never over the office a known person held. */
  past?: boolean;
}

/** A courtesy title that closes a role printed before a name. */
const TRAILING_TITLE = new RegExp(String.raw`(?:^|\s+)${TRAILING_TITLES}\.?$`);
/** "Sen.", "Gov.": a title cut short, spelt out by TITLE_ABBREVIATIONS. */
const ABBREVIATED_TITLE = new RegExp(String.raw`\b(${ABBREVIATED_TITLES})\.(?=\s|$)`, "g");
/** "General" ending a role, unless it ends an office's name ("Attorney General"). */
const RANK_OF_GENERAL_AT_END = new RegExp(String.raw`(?:^|(?<!\b${OFFICES_ENDING_IN_GENERAL})\s+)General$`);
/** The title printed next to a name: "Defence Minister Jane Example", "Jane Example, the alliance's chief". */
function roleNearName(text: string, mention: Mention, sentences: Sentence[]): PrintedRole | null {
  const sentence = sentences[indexOfSpanAt(sentences, mention.start)];
  // A title runs a few words before the name: reading at most TITLE_REACH characters back keeps the end-anchored
  // patterns below from rescanning a long sentence for every name in it.
  const floor = Math.max(sentence?.start ?? 0, mention.start - TITLE_REACH);
  const before = text.slice(floor, mention.start).replace(/^.*?(?:[,;:(]|\b(?:that|by|with|from|(?<!\b(?:[Aa]mbassador|[Ee]nvoy|[Rr]epresentative)\s)to|and|as|but|when|after|said|says)\s)(?=[^,;:(]*$)/u, "");
  const lowerRole = /((?:deputy\s+)?(?:head|chief|chair(?:man)?)\s+of\s+the\s+(?:[A-Z][\p{L}'’-]*\s+)+)$/u.exec(before);
  const capital = titleBefore(before);
  let candidate = lowerRole?.[1] ?? capital?.[1] ?? "";
  candidate = candidate.replace(/^(?:(?:the|The|After|Despite|When|While|Although|Though|But|However|Meanwhile|And|As|In|On|At|During|Before|Since|Then|Also|Even|Unlike|Like|Earlier|Later|Today|Yesterday|This|That|Speaking|Asked|of|for|and|on|de|to|-)\s+)+/, "").trim();
  // Prefix with a capitalised lead word such as "Deputy" kept by the lower-case form.
  if (lowerRole) {
    const lead = /(\b[A-Z][\p{L}-]*\s+)$/u.exec(before.slice(0, before.length - lowerRole[1].length));
    if (lead && ROLE_WORDS.test(lead[1])) candidate = lead[1] + candidate;
  }
  // "Chair of the NATO Military Committee Admiral Rob Bauer": the rank is part of the name, not the role.
  candidate = candidate.replace(RANK_AT_END, "");
  // "Prime Minister Sir Jane Example", "Examplian President Jane Example" matched by surname: an honorific or the
  // person's own given name ends the run of capitals, but belongs to the name.
  candidate = candidate.replace(TRAILING_TITLE, "");
  // "Sen. Jane Example": an abbreviated title is printed in full in the role.
  if (candidate.includes(".")) candidate = candidate.replace(ABBREVIATED_TITLE, (_, short: string) => TITLE_ABBREVIATIONS[short]);
  const lastWord = /(?:^|\s)(\p{Lu}[\p{L}'’-]*)$/u.exec(candidate)?.[1];
  if (lastWord && mention.entity?.known && GIVEN_NAMES.get(mention.entity.known)?.has(foldName(lastWord))) candidate = candidate.slice(0, candidate.length - lastWord.length).trim();
  candidate = candidate.replace(RANK_OF_GENERAL_AT_END, "");
  // "former NATO chief Stoltenberg", "Ex-President Poroshenko": a past role is background, not the role he speaks in.
  const past = PAST_ROLE.test(candidate) || PAST_ROLE_BEFORE.test(before.slice(0, before.length - (lowerRole?.[1] ?? capital?.[1] ?? "").length));
  let pastRole: PrintedRole | null = null;
  if (candidate && ROLE_WORDS.test(candidate)) {
    const at = before.lastIndexOf(candidate);
    const found = { role: normalizeRole(candidate), span: at >= 0 ? { start: mention.start - before.length + at, end: mention.start - before.length + at + candidate.length } : null };
    if (!past) return found;
    pastRole = { ...found, role: PAST_ROLE.test(found.role) ? found.role : `former ${found.role}`, past: true };
  }
  // "by the spokesman for the government, Jane Example": a role (its first word a role word) in apposition before the name.
  const fronted = ROLE_BEFORE_COMMA.exec(text.slice(floor, mention.start));
  if (!candidate && fronted && ROLE_WORDS.test(fronted[1].split(/\s/)[0]) && !CLAUSE_IN_APPOSITIVE.test(fronted[1])) {
    const at = mention.start - fronted[0].length + fronted[0].indexOf(fronted[1]);
    return { role: normalizeRole(fronted[1]), span: { start: at, end: at + fronted[1].length } };
  }
  // "Examplia's deputy defence minister, Jane Example, said": a country's title in apposition before the name.
  // (Only after ", ": the pattern is anchored at the end, and V8 would try it from every place of the words before.)
  const countryTitle = candidate || !COMMA_BEFORE.test(text.slice(mention.start - 2, mention.start)) ? null : COUNTRY_TITLE_BEFORE_COMMA.exec(text.slice(floor, mention.start));
  if (countryTitle && COUNTRY_OF_WORD.has(countryTitle[2].toLowerCase()) && ROLE_WORDS.test(countryTitle[3]) && !CLAUSE_IN_APPOSITIVE.test(countryTitle[3])) {
    const at = mention.start - countryTitle[0].length;
    return { role: normalizeRole(countryTitle[1]), span: { start: at, end: at + countryTitle[1].length } };
  }
  const after = text.slice(mention.end, mention.end + 120);
  const appositive = appositiveAfter(after);
  const heads = appositive ? HEADS_CLAUSE.exec(appositive) : null;
  if (heads) {
    const at = mention.end + after.indexOf(heads[1]);
    return { role: `head of ${heads[1]}`, span: { start: at, end: at + heads[1].length } };
  }
  // ", who is Examplia's defence minister,": the role after "who is" is the role.
  const whoIs = appositive ? WHO_IS.exec(appositive) : null;
  // ", who is in his second term as …," and ", who is in Brussels for …": a phrase opened by a preposition is no role.
  if (whoIs && ROLE_WORDS.test(whoIs[1]) && !CLAUSE_IN_APPOSITIVE.test(whoIs[1]) && !ADVERBIAL_OPENING.test(whoIs[1])) {
    const at = mention.end + after.indexOf(whoIs[1]);
    return { role: normalizeRole(whoIs[1]), span: { start: at, end: at + whoIs[1].length } };
  }
  if (appositive && ROLE_WORDS.test(appositive) && !CLAUSE_IN_APPOSITIVE.test(appositive) && !ADVERBIAL_OPENING.test(appositive)) {
    const printed = appositive.replace(/^the\s+/i, "");
    const at = after.indexOf(printed);
    const found = { role: normalizeRole(printed), span: at >= 0 ? { start: mention.end + at, end: mention.end + at + printed.length } : null };
    // "Example, a one-time finance minister": a past role is background, not the role he speaks in.
    if (!PAST_ROLE.test(printed.replace(/^(?:a|an)\s+/i, ""))) return found;
    pastRole ??= { ...found, role: found.role.replace(/^(?:a|an)\s+/i, ""), past: true };
  }
  return pastRole;
}

/** ", during a visit with Minister Example,": a phrase opened by a preposition says when or where, never who. */
const ADVERBIAL_OPENING = new RegExp(String.raw`^${ADVERBIAL_OPENERS}\b`, "i");

/** ", a diplomat who heads the Example Forum,": the body the person heads is the role. */
const WHO_IS = /^who\s+(?:is|serves as)\s+(?:the\s+|an?\s+)?(\S.*)$/u;

const HEADS_CLAUSE = new RegExp(String.raw`\bwho\s+${HEADS}\s+(the\s+\p{Lu}[\p{L}'’-]*(?:\s+(?:of\s+|for\s+|and\s+)?\p{Lu}[\p{L}'’-]*){0,6})$`, "u");

const COMMA_BEFORE = /^,\s$/;
const COUNTRY_TITLE_BEFORE_COMMA = /(?<![\p{L}'’-])((\p{Lu}[\p{L}-]*)['’]s\s+((?:[\p{L}'’-]+\s){0,5}[\p{L}'’-]+)),\s$/u;

const ROLE_BEFORE_COMMA = /\bthe\s+((?:[\p{L}'’-]+\s){0,6}[\p{L}'’-]+),\s$/u;

/** ", a Example Radio correspondent reports": a verb makes the words after a name a clause, not a role. */
const CLAUSE_IN_APPOSITIVE = new RegExp(String.raw`\b(?:who|which|reports|reported|writes|wrote|${SPEECH_VERBS.join("|")})\b`);

const PHRASE_AT = /^([^,()]{3,80}?)(?:\s*\(|,|\.)/;

/**
 * ", the alliance's top diplomat, said": the phrase after a comma, up to "(", "," or ".". Spaces are handed
 * back one at a time while no phrase fits, in the order a regex "^,\s*((?:the\s+)?…)" would backtrack, but
 * in code: in one regex the space runs could trade characters in quadratically many ways.
 */
function appositiveAfter(after: string): string | null {
  const lead = /^,\s*/.exec(after);
  if (!lead) return null;
  for (let start = lead[0].length; start >= 1; start--) {
    const phrase = phraseAt(after.slice(start));
    if (phrase !== null) return phrase;
  }
  return null;
}

/** A phrase of 3 to 80 characters at the start of `text`, an optional leading "the " not counted. */
function phraseAt(text: string): string | null {
  const article = /^the\s+/.exec(text);
  for (let end = article?.[0].length ?? 0; end >= 4; end--) {
    const rest = PHRASE_AT.exec(text.slice(end));
    if (rest) return text.slice(0, end) + rest[1];
  }
  return PHRASE_AT.exec(text)?.[1] ?? null;
}

/** "secretary general of the North Atlantic alliance". */
const SECRETARY_GENERAL_OF_NATO = new RegExp(`^secretary general of (?:the )?${ALLIANCE_NAMES}$`, "i");
/** "NATO chief", "NATO's boss". */
const NATO_CHIEF = new RegExp(`^(?:the )?NATO(?:'s|’s)? ${NATO_CHIEF_NOUNS}$`, "i");
export function normalizeRole(role: string): string {
  let value = role.replace(/\s+/g, " ").trim();
  const untranslated = UNTRANSLATED_TITLE_ALONE.exec(value)?.[1];
  if (untranslated) {
    const printed = Object.keys(UNTRANSLATED_TITLES).find((t) => t.toLowerCase() === untranslated.toLowerCase())!;
    return `${UNTRANSLATED_TITLES[printed]} (${printed})`;
  }
  // "Analyst Michael Kofman": a job word capitalised only because it opens the sentence is a plain noun.
  if (JOB_WORD_SET.has(value.toLowerCase()) && /^\p{Lu}\p{Ll}/u.test(value)) return value.toLowerCase();
  value = value.replace(/Secretary-General/gi, "Secretary General").replace(/\bNorth Atlantic Treaty Organi[sz]ation\b/gi, "NATO");
  if (SECRETARY_GENERAL_OF_NATO.test(value)) return "NATO Secretary General";
  // "NATO chief", "the NATO boss": the press's names for the alliance's head, who is its Secretary General.
  if (NATO_CHIEF.test(value)) return "NATO Secretary General";
  if (/^(?:NATO(?:'s|’s)? deputy secretary general|deputy secretary general of (?:the )?NATO)$/i.test(value)) return "NATO Deputy Secretary General";
  return value;
}

function resolveTitles(mentions: Mention[], articleDate: string | null, entityFor: (p: Person | null, n: string) => PersonEntity): void {
  // The names presented with each title, in reading order (names do not change here, only titles do).
  const holdersByTitle = new Map<string, Mention[]>();
  const holdersOf = (office: string, title: string | undefined) => {
    // Office ids hold no NUL; "\u0001" marks a title, so no title and a title "" stay apart.
    const key = title === undefined ? office : `${office}\u0000\u0001${title}`;
    let holders = holdersByTitle.get(key);
    if (!holders) {
      holders = mentions.filter((m) => m.kind === "name" && m.entity && (m.entity.textRole === title || (m.entity.known && heldOffice(m.entity.known, office, articleDate))));
      holdersByTitle.set(key, holders);
    }
    return holders;
  };
  for (const mention of mentions) {
    if (mention.kind !== "title" || !mention.office) continue;
    const office = mention.office;
    const holders = holdersOf(office, mention.title);
    // Prefer a person the article already presented with this role.
    const match = holders[firstWhere(holders.length, (i) => holders[i].start >= mention.start) - 1];
    if (match) {
      mention.entity = match.entity;
      continue;
    }
    const anywhere = holders[0];
    if (anywhere) {
      mention.entity = anywhere.entity;
      continue;
    }
    const holder = holderOf(office, articleDate);
    // Without a date the holder is unknown: the remark is still a statement, by an unnamed holder of the title.
    mention.entity = holder ? entityFor(holder, holder.name) : { name: "", gender: null, known: null, textRole: mention.title ?? null };
  }
}

/**
 * "When the president called me, he said …" inside a quote: a pronoun there stands for the person the speaker
 * has just named in the same quoted sentence, not for someone named outside the quote.
 */
function resolvePronounsInsideQuotes(inQuotes: Mention[], quoted: Span[], sentences: Sentence[]): void {
  // One pass in reading order, the latest name fitting each gender kept as it goes: linear in the mentions.
  const byStart = [...quoted].sort((a, b) => a.start - b.start);
  const latest: Record<Gender, Mention | undefined> = { m: undefined, f: undefined };
  for (const mention of inQuotes) {
    if ((mention.kind === "name" || mention.kind === "title") && mention.entity?.name) {
      for (const gender of ["m", "f"] as const) if (fitsGender(mention, gender)) latest[gender] = mention;
      continue;
    }
    if (mention.kind !== "pronoun" || !mention.gender) continue;
    const quote = innermostQuoteAround(byStart, mention);
    const sentence = sentences[indexOfSpanAt(sentences, mention.start)];
    const named = latest[mention.gender];
    if (quote && sentence && named && named.start >= Math.max(quote.start, sentence.start)) mention.entity = named.entity;
  }
}

/** The innermost quoted span holding `m`: the latest-starting one that contains it (spans sorted by start). */
function innermostQuoteAround(byStart: Span[], m: Mention): Span | undefined {
  for (let i = firstWhere(byStart.length, (k) => byStart[k].start > m.start) - 1; i >= 0; i--) {
    if (byStart[i].end >= m.end) return byStart[i];
  }
  return undefined;
}

/**
 * Pronouns: the subject of the nearest earlier sentence that has a person of
 * the right gender as its subject, else the most recent person of that gender.
 * Subjects outrank objects, which defeats "Rutte met Macron. … he said".
 */
function resolvePronouns(text: string, mentions: Mention[], sentences: Sentence[]): void {
  const antecedents = new Antecedents();
  for (const mention of mentions) {
    if (mention.kind === "pronoun" || mention.kind === "latter") resolvePronoun(text, mention, antecedents.before(mention.start), sentences);
    // A resolved pronoun is an antecedent for the pronouns after it.
    if (mention.entity && mention.kind !== "latter" && mention.kind !== "anonymous") antecedents.add(mention);
  }
  resolveOpeningPronouns(mentions, sentences);
}

const CATAPHORA_SENTENCES = 3;

/**
 * A text that opens mid-story ("Allies must do more, he said. … Jane Example said …") has a pronoun before anyone
 * is named: it stands for the first person of its gender named in the next few sentences.
 */
function resolveOpeningPronouns(mentions: Mention[], sentences: Sentence[]): void {
  const firstNamed = mentions.findIndex((m) => m.entity && m.kind !== "pronoun" && m.kind !== "latter" && m.kind !== "anonymous");
  if (firstNamed < 0) return;
  // Only in the text's first paragraph: later, an unresolved pronoun stands for someone the data cannot name.
  const firstParagraph = sentences[0]?.paragraph;
  const opening = mentions.slice(0, firstNamed).filter((m) => m.kind === "pronoun" && !m.entity && sentences[indexOfSpanAt(sentences, m.start)]?.paragraph === firstParagraph);
  for (const pronoun of opening) {
    const reach = sentences[indexOfSpanAt(sentences, pronoun.start) + CATAPHORA_SENTENCES]?.end ?? Infinity;
    const named = mentions.slice(firstNamed).find((m) => m.start < reach && m.kind === "name" && m.entity && fitsGender(m, pronoun.gender));
    if (named) pronoun.entity = named.entity;
  }
}

/** The mentions a pronoun may refer to, in reading order, with the latest of each gender kept as they are added. */
class Antecedents {
  private readonly mentions: Mention[] = [];
  /** lastFitting[g][k]: the position of the last of the first k mentions a pronoun of gender g may refer to. */
  private readonly lastFitting: Record<Gender, number[]> = { m: [-1], f: [-1] };

  add(mention: Mention): void {
    const k = this.mentions.length;
    this.mentions.push(mention);
    for (const gender of ["m", "f"] as const) {
      this.lastFitting[gender].push(fitsGender(mention, gender) ? k : this.lastFitting[gender][k]);
    }
  }

  /** The antecedents that start before `offset`. */
  before(offset: number): EarlierMentions {
    const count = firstWhere(this.mentions.length, (i) => this.mentions[i].start >= offset);
    const mentions = this.mentions;
    return {
      count,
      last: () => mentions[count - 1],
      startingIn: (start, end) => {
        const first = firstWhere(count, (i) => mentions[i].start >= start);
        const found: Mention[] = [];
        for (let i = first; i < count && mentions[i].start < end; i++) found.push(mentions[i]);
        return found;
      },
      lastFitting: (gender) => mentions[this.lastFitting[gender][count]],
    };
  }
}

interface EarlierMentions {
  count: number;
  last(): Mention | undefined;
  startingIn(start: number, end: number): Mention[];
  lastFitting(gender: Gender): Mention | undefined;
}

function fitsGender(m: Mention, gender: Gender | undefined): boolean {
  return !m.entity!.gender || m.entity!.gender === gender;
}

function resolvePronoun(text: string, mention: Mention, earlier: EarlierMentions, sentences: Sentence[]): void {
  if (mention.kind === "latter") {
    mention.entity = earlier.last()?.entity ?? null;
    return;
  }
  const fits = (m: Mention) => fitsGender(m, mention.gender);
  const sentenceIndex = indexOfSpanAt(sentences, mention.start);
  let chosen: Mention | undefined;
  // "It came after Jane Example made the demand.": the subject of a clause of time or cause is kept only in case no
  // sentence in reach has a person as the subject of its main clause.
  let subordinate: Mention | undefined;
  const paragraph = sentences[sentenceIndex]?.paragraph;
  for (let i = sentenceIndex; i >= 0 && i >= sentenceIndex - 4 && !chosen; i--) {
    const s = sentences[i];
    // "Example’s reply was blunt. Any deployment, he warned, …": a person named in an earlier sentence of the
    // pronoun's own paragraph, even not as its subject, outranks the subjects of the paragraphs before.
    if (s.paragraph !== paragraph && sentences[i + 1]?.paragraph === paragraph) {
      chosen = earlier.startingIn(sentences[i + 1].start, sentences[sentenceIndex].start).filter(fits).at(-1);
      if (chosen) break;
    }
    for (const m of earlier.startingIn(s.start, s.end)) {
      const position = fits(m) ? subjectPosition(text, s.start, m) : null;
      if (position === "main") chosen = m;
      else if (position === "subordinate") subordinate ??= m;
      if (chosen) break;
    }
  }
  chosen ??= subordinate;
  chosen ??= mention.gender ? earlier.lastFitting(mention.gender) : undefined; // a pronoun always has a gender
  mention.entity = chosen?.entity ?? null;
}

/** A preposition, then at most a title of capitalised words, right before a name. */
const PREPOSITION_BEFORE_NAME = /\b(?:with|by|from|against|among|between|alongside)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){0,4}$/u;

const INVERTED_ATTRIBUTION_TITLE = new RegExp(String.raw`[”"»],?\s*(?:${QUOTE_VERBS.join("|")}|asked)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){1,6}$`, "u");

/**
 * At most eight words, each capitalised or one a title holds in lower case ("Kremlin spokesman", "the foreign
 * minister"): "On whether President Example could …" puts the name inside a clause, not in the subject.
 */
function onlyTitleWords(before: string, most = 8): boolean {
  const words = before.split(/\s+/);
  if (words.length > most) return false;
  return words.every((w) => !w || isTitleWord(w));
}

function isTitleWord(word: string): boolean {
  return CAPITALISED_TITLE_WORD.test(word) || LOWER_TITLE_WORDS.has(word.toLowerCase());
}

/**
 * Whether a person stands as a subject: of the sentence's main clause (or a clause joined by "and", "but", "that", or
 * one that reports speech), of another clause of time or cause ("… after Jane Example made the demand"), or not at all.
 */
function subjectPosition(text: string, sentenceStart: number, mention: Mention): "main" | "subordinate" | null {
  if (!isSubjectPosition(text, sentenceStart, mention)) return null;
  // "The remarks came after Jane Example said …": the subject of a clause that reports speech is a speaker all the same.
  const opener = clauseOpenerBefore(text.slice(Math.max(sentenceStart, mention.start - 120), mention.start));
  const subordinate = opener !== null && SUBORDINATING.has(opener);
  return subordinate && !SPEECH_NEAR.test(text.slice(mention.end, mention.end + 140)) ? "subordinate" : "main";
}

const SUBORDINATING = new Set(["while", "when", "after", "because", "as", "before", "since", "until"]);
const CLAUSE_OPENERS = new Set(["that", "and", "but", ...SUBORDINATING]);

/** The last word that opens a clause, with nothing after it but a title ("… after Harbour Minister "). */
function clauseOpenerBefore(before: string): string | null {
  const words = before.trimEnd().split(/\s+/);
  for (let i = words.length - 1; i >= 0 && i >= words.length - 7; i--) {
    if (CLAUSE_OPENERS.has(words[i])) return words[i];
    if (!isTitleWord(words[i])) return null;
  }
  return null;
}

function isSubjectPosition(text: string, sentenceStart: number, mention: Mention): boolean {
  const before = text.slice(sentenceStart, mention.start);
  // A possessive ("Trump's statement") or a name inside an opening subordinate phrase is not the subject.
  if (/^['’]s\b/.test(text.slice(mention.end, mention.end + 3))) return false;
  if (/^\s*(?:After|Despite|When|While|Although|Though|Because|Since|If|Unlike|Like|Before|As|Following)\b[^,]*$/.test(before)) return false;
  // "During talks with Prime Minister Jane Example, …", "a plan presented by Jane Example": the object of a preposition.
  if (PREPOSITION_BEFORE_NAME.test(before)) return false;
  if (!before.trim()) return true;
  // After an opening phrase ("Speaking to a broadcaster, Example …", "…, ferry chief Jane Example said").
  if (before.includes(",") && onlyTitleWords(before.slice(before.lastIndexOf(",") + 1), 7)) return true;
  if (onlyTitleWords(before)) return true;
  // "According to Jane Example, the talks …": the source named by the frame is who speaks in the sentence.
  if (/^\s*According\s+to\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){0,4}$/u.test(before)) return true;
  // Quote attribution: “…,” he said / said Rutte.
  if (/[”"»]\s*(?:,\s*)?(?:\w+\s+){0,3}$/.test(before)) return true;
  // “…,” said Defence Minister Jane Example: the title after an inverted speech verb.
  if (INVERTED_ATTRIBUTION_TITLE.test(before)) return true;
  return clauseOpenerBefore(before) !== null;
}
