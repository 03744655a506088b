// Offices named the way reporters name them: "the Finnish president", "Finland's defence minister",
// "the president of Finland", "NATO chief". Country names, adjectives and office nouns come from data.
import { OFFICE_NOUNS } from "../lexicon/en";
import { allMatches, longestFirstAlternation, unicodeWhereNeeded } from "../matches";
import { COUNTRIES, NATO_TITLE_PATTERNS, OFFICES, type Person } from "./gazetteer";
import { CURRENT_HOLDER } from "../lexicon/names.en";

export interface OfficeMention {
  start: number;
  end: number;
  office: string;
}

const alternation = (forms: Iterable<string>) => longestFirstAlternation(new Set(forms));
const withoutArticle = (name: string) => name.replace(/^the\s+/, "");

/** Country forms as printed (case matters: "US" is a country, "us" is not) → country code. */
const ADJECTIVES = new Map(COUNTRIES.flatMap((c) => c.adjectives.map((a) => [a, c.code] as const)));
const NAMES = new Map(COUNTRIES.flatMap((c) => [c.name, ...c.otherNames].map((n) => [withoutArticle(n), c.code] as const)));

/** Per country, each noun (lower case) → the office it names there. */
const NOUN_OFFICE = new Map<string, Map<string, string>>();
const NOUN_KINDS = new Map<string, Set<string>>();
for (const office of OFFICES) {
  // Other offices ("vice president", "commander-in-chief") are named in copy only through nouns of their own.
  if (!office.country || (!(office.kind in OFFICE_NOUNS) && !office.nouns)) continue;
  const nouns = office.nouns ?? OFFICE_NOUNS[office.kind as keyof typeof OFFICE_NOUNS];
  const byNoun = NOUN_OFFICE.get(office.country) ?? new Map<string, string>();
  for (const noun of nouns) {
    byNoun.set(noun.toLowerCase(), office.id);
    NOUN_KINDS.set(noun.toLowerCase(), (NOUN_KINDS.get(noun.toLowerCase()) ?? new Set()).add(office.id));
  }
  NOUN_OFFICE.set(office.country, byNoun);
}

const NOUN = alternation(NOUN_KINDS.keys());
const ADJ = alternation(ADJECTIVES.keys());
const NAME = alternation(NAMES.keys());
const CURRENT = String.raw`(?:${CURRENT_HOLDER}\s+)?`;
// Case-insensitive for the nouns ("Foreign Minister", "foreign minister"); the country's case is checked after.
const NATIONAL = unicodeWhereNeeded(
  String.raw`\b(?:(${ADJ})\s+${CURRENT}(${NOUN})|(${NAME})['’]s\s+${CURRENT}(${NOUN})|(${NOUN})\s+of\s+(?:the\s+)?(${NAME}))(?![\p{L}'’-])`,
  "giu",
);
const PAST_BEFORE = /\b(?:former|ex-|then-?|late|one-time|onetime|erstwhile)\s*(?:the\s+)?$/i;

function officeOf(country: string | undefined, noun: string): string | null {
  return country ? (NOUN_OFFICE.get(country)?.get(noun.toLowerCase()) ?? null) : null;
}

/** The national offices a text names, with their spans; a past holder ("the former Finnish president") is none. */
export function findNationalOfficeMentions(text: string): OfficeMention[] {
  const found: OfficeMention[] = [];
  for (const m of allMatches(NATIONAL, text)) {
    const [, adj, adjNoun, name, nameNoun, ofNoun, ofName] = m;
    const office = adj ? officeOf(ADJECTIVES.get(adj), adjNoun) : name ? officeOf(NAMES.get(name), nameNoun) : officeOf(NAMES.get(ofName), ofNoun);
    if (!office) continue;
    const start = m.index!;
    const end = start + m[0].length;
    if (PAST_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
    if (/^['’]s\b/.test(text.slice(end, end + 3))) continue; // "the British prime minister's office"
    found.push({ start, end, office });
  }
  return found;
}

const NOUN_AT_END = new RegExp(String.raw`\b(${NOUN})\s*$`, "i");
const NATO_AT_END = NATO_TITLE_PATTERNS.map(({ pattern, office }) => ({ pattern: new RegExp(String.raw`(?:${pattern.source})\s*$`, "i"), office }));

/**
 * Whether a title printed right before `start` fits the person: "Finnish Defence Minister Hakkanen",
 * "Prime Minister Fico", "NATO spokesperson Hart". A title confirms a short or misspelt name.
 */
export function titleBeforeFits(text: string, start: number, person: Person): boolean {
  const before = text.slice(Math.max(0, start - 80), start);
  const held = new Set(person.roles.map((r) => r.office));
  if (NATO_AT_END.some(({ pattern, office }) => held.has(office) && pattern.test(before))) return true;
  const national = findNationalOfficeMentions(before).filter((m) => !before.slice(m.end).trim());
  if (national.length) return held.has(national[national.length - 1].office);
  const noun = NOUN_AT_END.exec(before);
  return !!noun && [...(NOUN_KINDS.get(noun[1].toLowerCase()) ?? [])].some((office) => held.has(office));
}

/**
 * The NATO office a printed role names as a whole: "NATO chief", "the alliance's chief", "Secretary General".
 * A national office printed in full ("Finnish President") is already plain English and stays as printed.
 */
export function natoOfficeNamedBy(role: string): string | null {
  const value = role.trim();
  const whole = ({ pattern }: { pattern: RegExp }) => {
    const m = pattern.exec(value);
    return !!m && m.index === 0 && m[0].length === value.length;
  };
  return NATO_TITLE_PATTERNS.find(whole)?.office ?? null;
}
