// Speaker labels of a transcript: "Jane Example: …", "PRESIDENT JANE EXAMPLE: …", "JOHN DOE, HOST: …" at the
// start of a line name who speaks in the paragraph they open. A text is a transcript only when at least two
// different people are labelled so; a single "Note: …" or "Update: …" line is not.
import { allMatches, escapeRegExp } from "../matches";
import { foldDiacritics } from "../text";
import { PEOPLE, type Person } from "./gazetteer";
import { misspelt } from "./spelling";
import { HONORIFICS, INTERVIEWER_LINE_LABELS } from "../lexicon/names.en";

export interface SpeakerLabel {
  /** The name's span (a role word before it, "PRESIDENT", is not part of it). */
  start: number;
  end: number;
  /** Where the words after the label begin. */
  wordsStart: number;
  /** The name as a person's name is written ("JOE EXAMPLE" → "Joe Example"). */
  name: string;
  person: Person | null;
  /** The printed role words before the name ("PRESIDENT"), if any. */
  role: string | null;
  /** The reporter, host or anchor of the transcript: their lines are the reporting, not statements. */
  reporter: boolean;
}

// The tag after the name may be a whole job title ("JANE DOE, EXAMPLE NEWS CHIEF POLITICAL CORRESPONDENT:").
const NON_SPACE_RUN = /\S+/g;
// "EXAMPLE (via translator):": a note in brackets after the name is part of the label.
const LABEL = /^[^\S\n]*((?:\p{Lu}[\p{L}'’.-]*[^\S\n]+){0,4}\p{Lu}[\p{L}'’.-]*)(?:[^\S\n]+\([^()\n]{1,30}\))?(?:,[^\S\n]+(\p{Lu}[\p{Lu}\p{Ll}. ]{1,60}))?:[^\S\n]+(?=\S)/gmu;
/**
 * "… this winter? EXAMPLE (via translator): They will run …": a label in capitals after the end of a sentence, in
 * copy that ran a transcript's turns into one paragraph.
 */
const INLINE_LABEL = /(?<=[.!?…]["”’]?[^\S\n]+)(\p{Lu}{2}[\p{Lu}'’.-]*(?:[^\S\n]+\p{Lu}{2}[\p{Lu}'’.-]*){0,2})(?:[^\S\n]+\([^()\n]{1,30}\))?:[^\S\n]+(?=\S)/gu;
/** What a transcript writes after a reporter's name ("JANE DOE, BYLINE:", "JOHN DOE, HOST:", "…, SENIOR CORRESPONDENT:"). */
const REPORTER_TAG = /(?:^|\s)(?:byline|host|co-host|anchor|correspondent|reporter|moderator|interviewer)$/i;

const BY_FULL_NAME = new Map<string, Person>();
for (const person of PEOPLE) for (const form of person.fullForms) BY_FULL_NAME.set(key(form), person);

/**
 * "Volodymr Example" for the known "Volodymyr Example": a full name whose surname is a known person's and whose given
 * name differs from theirs by one letter left out, added or changed.
 */
function misspeltFullName(full: string): Person | null {
  const words = key(full).split(" ");
  for (const [form, person] of BY_FULL_NAME) {
    const known = form.split(" ");
    if (known.length === words.length && known.at(-1) === words.at(-1) && known.slice(0, -1).every((w, i) => w === words[i] || misspelt(w, words[i]))) return person;
  }
  return null;
}


function key(name: string): string {
  return foldDiacritics(name).toLowerCase().replace(/\s+/g, " ").trim();
}

function titleCase(word: string): string {
  return word === word.toUpperCase() ? word.charAt(0) + word.slice(1).toLowerCase() : word;
}

/** "JANE EXAMPLE, EXAMPLIAN PRESIDENT:": a tag with a role word after the name is the speaker's role. */
function roleAfter(tag: string | undefined, isRoleWord: (word: string) => boolean): string | null {
  const words = tag?.trim().split(/\s+/) ?? [];
  return words.some(isRoleWord) ? words.map(titleCase).join(" ") : null;
}

/**
 * The speaker labels of a transcript, in reading order. `isRoleWord` tells a role word before a name
 * ("President"); `isName` rejects runs that are no one's name ("Breaking News").
 */
export function findSpeakerLabels(text: string, isRoleWord: (word: string) => boolean, isName: (name: string) => boolean): SpeakerLabel[] {
  const labels: SpeakerLabel[] = [];
  /** One-word labels read only as a known person's surname: kept only in a text that is a transcript by other signs. */
  const surnameOnly: SpeakerLabel[] = [];
  const inline = allMatches(INLINE_LABEL, text);
  const matches = inline.length ? [...allMatches(LABEL, text), ...inline].sort((a, b) => a.index - b.index) : allMatches(LABEL, text);
  for (const m of matches) {
    const printed = m[1];
    const words = printed.split(/\s+/);
    let lead = 0;
    while (lead < words.length - 1 && isRoleWord(words[lead])) lead++;
    const nameWords = words.slice(lead).map(titleCase);
    const name = nameWords.join(" ");
    const offset = m.index + m[0].indexOf(printed);
    const nameStart = offset + allMatches(NON_SPACE_RUN, printed)[lead].index;
    const label: SpeakerLabel = {
      start: nameStart, end: offset + printed.length, wordsStart: m.index + m[0].length, name,
      person: BY_FULL_NAME.get(key(name)) ?? null, role: lead ? words.slice(0, lead).map(titleCase).join(" ") : roleAfter(m[2], isRoleWord),
      reporter: !!m[2] && REPORTER_TAG.test(m[2].trim()),
    };
    if (nameWords.length === 1) {
      // "KHALID:" after "ASMA KHALID, BYLINE:": a surname alone names someone labelled in full before.
      const earlier = labels.find((l) => l.name.split(" ").at(-1)!.toLowerCase() === name.toLowerCase());
      if (earlier) labels.push({ ...label, name: earlier.name, person: earlier.person, role: earlier.role, reporter: earlier.reporter });
      // "Sample: …" in an interview whose introduction names "Jane Sample" (decision 0670): the surname of a full name
      // printed before the label.
      const full = earlier ? null : fullNameBefore(text, m.index, name, isName);
      if (full) labels.push({ ...label, name: full, person: BY_FULL_NAME.get(key(full)) ?? misspeltFullName(full) });
      // "RUTTE: …" below "ANCHOR: …" with the full name printed nowhere: the one known person of that surname.
      const known = earlier || full ? null : BY_SURNAME.get(key(name));
      if (known) surnameOnly.push({ ...label, name: known.name, person: known });
      continue;
    }
    if (!isName(name)) continue;
    labels.push(label);
  }
  if (new Set(labels.map((l) => l.name)).size >= 2 || isOnePersonInterview(text, labels)) return surnameOnly.length ? withSurnameOnly(labels, surnameOnly) : labels;
  // "HOST: Will you send troops? ¶ STARMER: We are prepared to.": a line opened by an interviewer's label makes a
  // transcript of a single exchange, its one named label by a full name printed before or a known surname.
  return (labels.length || surnameOnly.length) && INTERVIEWER_LINE.test(text) ? withSurnameOnly(labels, surnameOnly) : [];
}

function withSurnameOnly(labels: SpeakerLabel[], surnameOnly: SpeakerLabel[]): SpeakerLabel[] {
  return [...labels, ...surnameOnly].sort((a, b) => a.start - b.start);
}

/** A line opened by the label of whoever asks, not a name: "ANCHOR:", "Host:", "Interviewer:", "QUESTION:", "Q:". */
const INTERVIEWER_LINE = new RegExp(String.raw`^[^\S\n]*${INTERVIEWER_LINE_LABELS}[^\S\n]*:[^\S\n]+\S`, "imu");

/** People known by their surname alone, by that surname, where no one else in the data has it. */
const BY_SURNAME = (() => {
  const found = new Map<string, Person | null>();
  for (const person of PEOPLE) {
    if (!person.knownBySurname) continue;
    for (const short of person.shortNames) {
      const k = key(short);
      if (k.includes(" ")) continue;
      found.set(k, found.has(k) && found.get(k) !== person ? null : person);
    }
  }
  return new Map([...found].filter((e): e is [string, Person] => e[1] !== null));
})();

/** A run of capitalised words (a given name or two, and particles' capitals) printed right before a surname. */
const GIVEN_NAMES = /(?:\p{Lu}[\p{Ll}'’.-]+[^\S\n]+){1,2}$/u;

const HONORIFIC = new RegExp(String.raw`^${HONORIFICS}\.?$`);

/** The latest full name in text[0, end) that ends with `surname` and reads as a person's name, if any. */
function fullNameBefore(text: string, end: number, surname: string, isName: (name: string) => boolean): string | null {
  const folded = foldDiacritics(surname).toLowerCase();
  const words = new RegExp(String.raw`(?<![\p{L}'’-])${escapeRegExp(surname)}(?![\p{L}'’-])`, "giu");
  let found: string | null = null;
  for (const m of allMatches(words, text.slice(0, end))) {
    const given = GIVEN_NAMES.exec(text.slice(Math.max(0, m.index - 40), m.index));
    if (!given || foldDiacritics(m[0]).toLowerCase() !== folded) continue;
    // "Foreign Minister Jane Sample": the shorter run first, so that a title before the given name is left out.
    // "Mr Example, are you tired?": an honorific is no given name.
    const names = given[0].trim().split(/\s+/).filter((w) => !HONORIFIC.test(w));
    if (!names.length) continue;
    const name = [names.slice(-1), names].map((g) => `${g.join(" ")} ${titleCase(m[0])}`).find(isName);
    if (name) found = name;
  }
  return found;
}

/** A line's short label, in any case ("daily topics: …", a programme's name as machine translation prints it). */
const ANY_LABEL = /^[^\S\n]*(\p{L}[\p{L}'’.-]*(?:[^\S\n]+\p{L}[\p{L}'’.-]*){0,2}):[^\S\n]+(?=\S)/gmu;

/**
 * A Q&A with one person named: their label opens two answers or more, and one other label (the interviewer, the
 * outlet or the programme, in any case) opens two paragraphs or more. A lone "Note:" line makes no interview.
 */
function isOnePersonInterview(text: string, labels: SpeakerLabel[]): boolean {
  if (labels.length < 2 || new Set(labels.map((l) => l.name)).size !== 1) return false;
  const others = new Map<string, number>();
  for (const m of allMatches(ANY_LABEL, text)) {
    const label = m[1].toLowerCase();
    if (labels.some((l) => l.name.toLowerCase() === label || l.start === m.index + m[0].indexOf(m[1]))) continue;
    others.set(label, (others.get(label) ?? 0) + 1);
  }
  return [...others.values()].some((count) => count >= 2);
}
