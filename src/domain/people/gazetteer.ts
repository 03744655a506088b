// Who is who: people quoted in NATO reporting, the offices they held and when, loaded from ./data/*.json
// and validated at load. One function answers "who held this office on this date" (holderOf).
import countriesJson from "./data/countries.json" with { type: "json" };
import officesJson from "./data/offices.json" with { type: "json" };
import givenNameVariantsJson from "./data/given-name-variants.json" with { type: "json" };
import peopleJson from "./data/people.json" with { type: "json" };
import officeTitlesJson from "./data/office-titles.json" with { type: "json" };
import { DataFileError, parseDataFile } from "./loadData";
import { countriesFile, givenNameVariantsFile, officeTitlesFile, officesFile, peopleFile, type CountryRecord, type OfficeRecord, type PersonRecord } from "./schema";

export type Gender = "m" | "f";
export type Office = OfficeRecord;
export type Country = CountryRecord;

export interface RoleTerm {
  office: string;
  /** The office's title, as the statement's role shows it. */
  title: string;
  from: string;
  /** The first day out of office; absent while in office (or when a later change is not known). */
  to?: string;
  acting?: boolean;
}

export interface Person {
  name: string;
  gender: Gender;
  nationality: string;
  wikidata: string | null;
  /** Every printed form: full aliases, then short names. */
  aliases: string[];
  fullForms: string[];
  shortNames: string[];
  knownBySurname: boolean;
  roles: RoleTerm[];
  /** Descriptions that refer to whoever holds a NATO role ("the NATO chief"). */
  nato?: boolean;
  descriptions: string[];
}

export const COUNTRIES: Country[] = parseDataFile("countries.json", countriesFile, countriesJson).countries;
export const OFFICES: Office[] = parseDataFile("offices.json", officesFile, officesJson).offices;
const peopleData = parseDataFile("people.json", peopleFile, peopleJson);
export const AMBIGUOUS_SHORT_NAMES: string[] = peopleData.ambiguousShortNames;
/** Spellings of one given name across transliterations ("Dmytro", "Dmitry"), each group one name. */
export const GIVEN_NAME_VARIANTS: string[][] = parseDataFile("given-name-variants.json", givenNameVariantsFile, givenNameVariantsJson).groups;

const OFFICE_BY_ID = new Map(OFFICES.map((o) => [o.id, o]));

export function officeById(id: string): Office | null {
  return OFFICE_BY_ID.get(id) ?? null;
}

function toPerson(record: PersonRecord): Person {
  const roles = record.terms.map((t): RoleTerm => {
    const office = OFFICE_BY_ID.get(t.office);
    if (!office) throw new DataFileError(`people.json: "${record.name}": unknown office "${t.office}"`);
    return { office: t.office, title: office.title, from: t.start, ...(t.end ? { to: t.end } : {}), ...(t.acting ? { acting: true } : {}) };
  });
  return {
    name: record.name,
    gender: record.gender,
    nationality: record.nationality,
    wikidata: record.wikidata,
    aliases: [...record.aliases, ...record.shortNames],
    fullForms: [record.name, ...record.aliases],
    shortNames: record.shortNames,
    knownBySurname: record.knownBySurname,
    roles,
    nato: record.nato,
    descriptions: record.descriptions ?? [],
  };
}

export const PEOPLE: Person[] = peopleData.people.map(toPerson);

/** How copy refers to a person by nationality ("the Dutchman said"), keyed by canonical name. */
export const DEMONYMS: Record<string, string[]> = Object.fromEntries(PEOPLE.filter((p) => p.descriptions.length).map((p) => [p.name, p.descriptions]));

function covers(term: RoleTerm, date: string): boolean {
  return term.from <= date && (!term.to || date < term.to);
}

/** The title a person held on a date; undated, the latest one. */
export function roleOn(person: Person, date: string | null): string | null {
  if (!person.roles.length) return null;
  if (!date) return person.roles[person.roles.length - 1].title;
  return person.roles.find((r) => covers(r, date))?.title ?? null;
}

/** Whether a person held an office on a date; undated, whether they ever held it. */
export function heldOffice(person: Person, officeId: string, date: string | null): boolean {
  return person.roles.some((r) => r.office === officeId && (!date || covers(r, date)));
}

const HOLDERS = new Map<string, { person: Person; term: RoleTerm }[]>();
for (const person of PEOPLE) {
  for (const term of person.roles) {
    const list = HOLDERS.get(term.office) ?? [];
    list.push({ person, term });
    HOLDERS.set(term.office, list);
  }
}

/**
 * Who held an office on a date. Without a date nobody can say, so null rather than a guess.
 * Where an acting holder overlaps a full one, the full one answers.
 */
export function holderOf(officeId: string, date: string | null): Person | null {
  if (!date) return null;
  const current = (HOLDERS.get(officeId) ?? []).filter((h) => covers(h.term, date));
  return (current.find((h) => !h.term.acting) ?? current[0])?.person ?? null;
}

const OFFICE_TITLES = parseDataFile("office-titles.json", officeTitlesFile, officeTitlesJson);
const titlePatterns = (entries: { office: string; pattern: string }[]) => entries.map(({ office, pattern }) => ({ pattern: new RegExp(pattern, "i"), office }));

/** The generic words that name a NATO office, mapped to the office's id (./data/office-titles.json). */
export const NATO_TITLE_PATTERNS: { pattern: RegExp; office: string }[] = titlePatterns(OFFICE_TITLES.nato);

/**
 * Offices named through the institution the holder speaks for, not through a country (decision 0745): "the Kremlin
 * spokesman", "the EU foreign policy chief", "the UN secretary-general". With no earlier name in the article, the
 * holder on the story's day is the speaker, as for "Ukraine's foreign minister". Tried before the NATO titles, so that
 * "UN Secretary-General" is not read as NATO's. Only offices one person holds at a time: "a White House spokesman" or
 * "a foreign ministry spokesman" may be anyone, so neither is here (./data/office-titles.json).
 */
export const INSTITUTION_TITLE_PATTERNS: { pattern: RegExp; office: string }[] = titlePatterns(OFFICE_TITLES.institutions);

const FEMALE_FIRST_NAMES = new Set([
  "kaja", "ursula", "giorgia", "radmila", "farah", "allison", "oana", "annalena", "kamala", "hillary", "julianne", "maria",
  "olena", "iryna", "yulia", "marine", "mette", "ingrida", "kristina", "elina", "liz", "theresa", "angela", "sanna", "petra",
  "sophie", "anna", "emma", "hanna", "olha", "natalia", "nataliya", "victoria", "viktoriia", "tulsi", "karoline", "rose",
  "margrethe", "helle", "jacinda", "kristi", "nancy", "condoleezza", "madeleine", "christine", "roberta", "yvette", "rachel",
  "priti", "penny", "lisa", "sarah", "laura", "julia", "elena", "svetlana", "valentina", "tatiana", "marta", "agnieszka",
]);

export function guessGender(fullName: string): Gender | null {
  const first = fullName.split(/\s+/)[0]?.toLowerCase();
  if (!first) return null;
  return FEMALE_FIRST_NAMES.has(first) ? "f" : null;
}
