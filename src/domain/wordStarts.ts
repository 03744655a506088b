// A prefilter of required words (decision 0405). Most cue lists and rule patterns fail on most of the texts they
// are run on, and V8 scans the whole text to say so, once per pattern. Here a pattern's source is read, once, into
// the beginnings of words one of which every match must contain (`requiredWordStarts`); a text is read, once, into
// the beginnings of the words it holds (`wordStartsOf`, remembered for the last few texts, which the stages ask about
// pattern after pattern); a pattern whose required words are all absent is not run. A pattern whose required words
// cannot be read from its source always runs.
//
// A "word start" is the first five characters of a word, lower-cased (a shorter word is padded, so "EU" is the whole
// word), or, where a pattern leaves the rest of a longer word open, its first three. A word is a run of the characters
// `\b` counts as word characters without the u and i flags together: A–Z, a–z, 0–9 and "_". Under `iu`, "ſ" and the
// Kelvin sign are word characters that match "s" and "k": texts holding them are never skipped (matches.ts).

/**
 * The word starts a text holds, as hashed numbers (`putKeysAt`), and whether it holds a character `iu` folds to ASCII.
 * A reading kept by `wordStartsOf` is reused, arrays and all, for a later text (decision 0515): it is used at once,
 * never kept across another text's reading.
 */
export interface TextWords {
  /** The keys, in `keys[0, count)`: the array may be longer. */
  keys: Uint16Array;
  count: number;
  /** Where the word of each key starts (a word with a prefix key has two keys at one place), once `placed` (`placesOfKeys`). */
  at: Int32Array;
  placed: boolean;
  /** "ſ", the Kelvin sign or a surrogate: under `iu` the text may match in ways its ASCII reading misses. */
  foldsBeyondAscii: boolean;
}

/** How many letters of a word make its start: enough that a start is nearly as rare as the word. */
const KEY_LENGTH = 5;

/** Each ASCII word character's number from 1 (0–9, a–z with A–Z, "_"); 0 for every other ASCII character. */
const SYMBOL = new Uint8Array(128);
for (let code = 0x30; code <= 0x39; code++) SYMBOL[code] = code - 0x30 + 1;
for (let code = 0x61; code <= 0x7a; code++) SYMBOL[code] = SYMBOL[code - 0x20] = code - 0x61 + 11;
SYMBOL[0x5f] = 37;
const SYMBOLS = 38;
/** Word starts are hashed to this many bits: two starts may share one, which only makes a pattern run needlessly. */
const KEY_BITS = 16;

const symbolOf = (code: number) => (code < 128 ? SYMBOL[code] : 0);
const isWordCode = (code: number) => symbolOf(code) !== 0;
const foldsBeyondAscii = (code: number) => code === 0x17f || code === 0x212a || (code >= 0xd800 && code <= 0xdfff);

/** A word start's number (its symbols, 0 for padding, as digits of base SYMBOLS), hashed to KEY_BITS bits. */
const hashed = (value: number) => Math.imul(value, 0x9e3779b1) >>> (32 - KEY_BITS);

/** The first three letters of a word of three or more, for patterns that name no more of it ("send(?:s|ing)? …"). */
const PREFIX_LENGTH = 3;
/** Keeps prefix keys apart from word-start keys before hashing. */
const PREFIX_SPACE = SYMBOLS ** KEY_LENGTH;
/** A pattern's requirement "a word that starts with these three letters" is written with this mark after them. */
const PREFIX_MARK = "*";

function keyOfWord(word: string): number {
  if (word.endsWith(PREFIX_MARK)) {
    let value = 0;
    for (let i = 0; i < PREFIX_LENGTH; i++) value = value * SYMBOLS + symbolOf(word.charCodeAt(i));
    return hashed(PREFIX_SPACE + value);
  }
  let value = 0;
  for (let i = 0; i < KEY_LENGTH; i++) value = value * SYMBOLS + (i < word.length ? symbolOf(word.charCodeAt(i)) : 0);
  return hashed(value);
}

/**
 * Every word start of a text, in reading order (repeats kept: dropping them costs more than it saves), read into
 * `into` when given (its arrays grown to fit), else into arrays of their own length. A text has at most one key per
 * character (a word of one or two characters has one, of three or more two): an array as long as the text holds them.
 */
export function readWordStarts(text: string, into: TextWords | null = null): TextWords {
  const keys = into && into.keys.length >= text.length ? into.keys : new Uint16Array(into ? Math.max(text.length, 2 * into.keys.length) : text.length);
  // Not `text.charCodeAt(i)`: the texts asked about are sliced, joined, replaced and whole strings, one-byte and
  // two-byte, more string representations than an inline cache keeps, so that lookup went megamorphic and each
  // character cost a generic lookup and call. Read from `String.prototype` the method is one known function, which the
  // optimising compiler inlines (decision 0630). The same in `placesOfKeys` and `putKeysAt`.
  const charCodeAt = String.prototype.charCodeAt;
  let count = 0;
  let wide = false;
  let previous = 0;
  for (let i = 0, length = text.length; i < length; i++) {
    const code = charCodeAt.call(text, i);
    const symbol = code < 128 ? SYMBOL[code] : 0;
    if (symbol !== 0 && previous === 0) count = putKeysAt(keys, count, text, i, symbol);
    else if (code >= 128 && !wide) wide = foldsBeyondAscii(code);
    previous = symbol;
  }
  if (!into) return { keys: keys.subarray(0, count), count, at: new Int32Array(count), placed: false, foldsBeyondAscii: wide };
  into.keys = keys;
  into.count = count;
  into.placed = false;
  into.foldsBeyondAscii = wide;
  return into;
}

/**
 * Where the word of each of the text's keys starts, in the order of `words.keys` (read from the same text): read
 * once per text, and only for a pattern tried at the words it begins with.
 */
export function placesOfKeys(words: TextWords, text: string): Int32Array {
  if (words.placed) return words.at;
  if (words.at.length < words.count) words.at = new Int32Array(Math.max(words.count, 2 * words.at.length));
  const at = words.at;
  const charCodeAt = String.prototype.charCodeAt;
  let placed = 0;
  let previous = 0;
  for (let i = 0, length = text.length; i < length; i++) {
    const code = charCodeAt.call(text, i);
    const symbol = code < 128 ? SYMBOL[code] : 0;
    if (symbol !== 0 && previous === 0) {
      // A word of PREFIX_LENGTH characters or more has its prefix's key before its start's (`putKeysAt`).
      if (isWordCode(charCodeAt.call(text, i + 1)) && isWordCode(charCodeAt.call(text, i + 2))) at[placed++] = i;
      at[placed++] = i;
    }
    previous = symbol;
  }
  words.placed = true;
  return at;
}

/**
 * The keys of the word that starts at `start` (whose first symbol is given), put at `count`: its start, and its prefix
 * if it has one. Returns the new count.
 */
function putKeysAt(keys: Uint16Array, count: number, text: string, start: number, first: number): number {
  const charCodeAt = String.prototype.charCodeAt;
  const textLength = text.length;
  let value = first;
  let length = 1;
  for (let i = start + 1; i < start + KEY_LENGTH; i++) {
    const symbol = length < i - start || i >= textLength ? 0 : symbolOf(charCodeAt.call(text, i));
    if (symbol !== 0) length++;
    value = value * SYMBOLS + symbol;
    if (i - start + 1 === PREFIX_LENGTH && symbol !== 0) keys[count++] = hashed(PREFIX_SPACE + value);
  }
  keys[count++] = hashed(value);
  return count;
}

/**
 * The last texts read and their word starts. The stages ask pattern after pattern about the same sentence, clause
 * or quote, and a comparison with `===` of a few strings costs less than reading the text again. Nothing else is
 * kept, so no text is read faster for having been seen in an earlier article.
 */
const RECENT = 4;
const recentTexts: string[] = new Array<string>(RECENT).fill("");
const emptyReading = (): TextWords => ({ keys: new Uint16Array(256), count: 0, at: new Int32Array(256), placed: false, foldsBeyondAscii: false });
const recentWords: TextWords[] = Array.from({ length: RECENT }, emptyReading);
/** Each slot's reading, reused for the next text read into the slot. */
const slotWords: TextWords[] = [...recentWords];
/** A text longer than this is read into arrays of its own: arrays that long are not kept for the texts after it. */
const LONGEST_REUSED = 1 << 16;
let lastSlot = 0;

export function wordStartsOf(text: string): TextWords {
  if (recentTexts[lastSlot] === text) return recentWords[lastSlot];
  for (let i = 0; i < RECENT; i++) {
    if (recentTexts[i] === text) {
      lastSlot = i;
      return recentWords[i];
    }
  }
  lastSlot = (lastSlot + 1) % RECENT;
  recentTexts[lastSlot] = text;
  return (recentWords[lastSlot] = readWordStarts(text, text.length <= LONGEST_REUSED ? slotWords[lastSlot] : null));
}

/** The word starts one of which every match of a pattern holds: one bit per key. */
export type RequiredWordStarts = Uint8Array;

/** A pattern's required word starts and the ones every match begins with (`requiredWordStarts`, `leadingWordStarts`). */
export interface PatternWords {
  required: RequiredWordStarts | null;
  leading: RequiredWordStarts | null;
}

/** Whether the text holds one of the required word starts. */
export function holdsAny(words: TextWords, required: RequiredWordStarts): boolean {
  const keys = words.keys;
  for (let i = 0; i < words.count; i++) {
    const key = keys[i];
    if ((required[key >> 3] & (1 << (key & 7))) !== 0) return true;
  }
  return false;
}

// ---------------------------------------------------------------- reading a pattern's source

/** One element of a pattern, as far as the prefilter needs to know it. */
type Item =
  | { kind: "word"; code: number; min: number; max: number } // an ASCII word character, written out
  | { kind: "nonword"; min: number; max: number } // one character that is never a word character
  | { kind: "any"; min: number; max: number } // anything else that takes characters
  | { kind: "boundary" } // \b
  | { kind: "start" } // ^
  | { kind: "zero" } // $, \B, lookarounds: take no character and promise nothing here
  | { kind: "group"; alternatives: Item[][]; min: number; max: number };

/**
 * The word starts one of which every match of the pattern contains, or null when the source does not say. Read
 * conservatively: only written-out word characters where the character before is known to be no word character
 * (after `\b`, `^`, `\s`, a written space or mark, or an optional group that ends on one), in every alternative.
 */
export function requiredWordStarts(source: string, flags: string): RequiredWordStarts | null {
  if (flags.includes("y")) return null; // sticky patterns are tried at one place, where they are cheap
  // The same source often serves twice (with and without g): it is read once. The flags change nothing else here.
  return keysOf(readingOf(source), "required");
}

/**
 * The word starts one of which every match of the pattern begins with, or null when the source does not say: each
 * match then starts at the start of a word (a written-out word character after `\b` or `^`) whose key is one of them.
 * A pattern with them need not be tried anywhere else (matches.ts tries it, sticky, at those words only).
 */
export function leadingWordStarts(source: string, flags: string): RequiredWordStarts | null {
  if (flags.includes("y")) return null;
  return keysOf(readingOf(source), "leading");
}

/**
 * What a source (or a cue) says of its matches' words: the word starts one of which every match holds, and those one
 * of which every match begins with (null: it does not say), as words and, once asked, as keys. One parse serves both.
 */
interface Reading {
  required: Set<string> | null;
  leading: Set<string> | null;
  keys: { required?: RequiredWordStarts | null; leading?: RequiredWordStarts | null };
}

/**
 * What a host keeps of the readings between loads of the same code (scale, decision 0690). The import's extraction
 * worker starts a new thread for every run, and reading the sources of its hundreds of patterns and thousands of
 * cues was ~50 ms of that start: the worker keeps the readings of a load in a file beside its bundle's code cache,
 * and a later worker of the very same bundle (same code, so the same readings) is given them and reads no source
 * again. Without a host (the web server, tests, scripts), every source is read.
 */
export interface WordReadingsHost {
  /** The readings an earlier load of this code made, by source and by cue (null: the cue cannot be read alone). */
  kept: { sources: Map<string, KeptReading>; cues: Map<string, KeptReading | null> } | null;
  /** Set here: this load's readings so far, in the kept form, for the host to keep. */
  readings?: () => { sources: [string, KeptReading][]; cues: [string, KeptReading | null][] };
}

/** A reading's words as JSON keeps them: required, then leading (null: the source does not say). */
export type KeptReading = [required: string[] | null, leading: string[] | null];

/** Where a host leaves its WordReadingsHost, before this code runs. */
export const WORD_READINGS_HOST = Symbol.for("nato-tracker.word-readings-host");

const readingsHost = (globalThis as { [WORD_READINGS_HOST]?: WordReadingsHost })[WORD_READINGS_HOST];

/** The kept reading of a source or cue: undefined when none was kept, null for a cue that cannot be read alone. */
function keptReading(kept: Map<string, KeptReading | null> | undefined, key: string): Reading | null | undefined {
  if (!kept?.has(key)) return undefined;
  const words = kept.get(key)!;
  if (!words) return null;
  const set = (list: string[] | null) => (list ? new Set(list) : null);
  return { required: set(words[0]), leading: set(words[1]), keys: {} };
}

const toKept = (reading: Reading | null): KeptReading | null => (reading ? [reading.required && [...reading.required], reading.leading && [...reading.leading]] : null);

if (readingsHost) {
  readingsHost.readings = () => ({
    sources: [...READINGS].map(([source, reading]): [string, KeptReading] => [source, toKept(reading)!]),
    cues: [...CUE_READINGS].map(([cue, reading]): [string, KeptReading | null] => [cue, toKept(reading)]),
  });
}

const READINGS = new Map<string, Reading>();

function readingOf(source: string): Reading {
  let reading = READINGS.get(source);
  if (!reading) {
    // A match may start anywhere: what stands before it is unknown.
    reading = keptReading(readingsHost?.kept?.sources, source) ?? readParsed(parseSource(source), false, false);
    READINGS.set(source, reading);
  }
  return reading;
}

/** The parsed source, or null when it cannot be parsed (nothing is then known of its words). */
function parseSource(source: string): Item[][] | null {
  try {
    return new SourceReader(source).whole();
  } catch {
    return null;
  }
}

function readParsed(parsed: Item[][] | null, atWordStart: boolean, endsAtBoundary: boolean): Reading {
  if (!parsed) return { required: null, leading: null, keys: {} };
  return {
    required: nonEmpty(readAlternatives(parsed, atWordStart, endsAtBoundary).required),
    leading: nonEmpty(leadingOfAlternatives(parsed, atWordStart, endsAtBoundary)),
    keys: {},
  };
}

const nonEmpty = (words: Set<string> | null | undefined) => (words && words.size > 0 ? words : null);

function keysOf(reading: Reading, kind: "required" | "leading"): RequiredWordStarts | null {
  let keys = reading.keys[kind];
  if (keys === undefined) keys = reading.keys[kind] = keysOfWords(reading[kind]);
  return keys;
}

/** One bit per word start of the words (null for none). */
function keysOfWords(words: Set<string> | null): RequiredWordStarts | null {
  if (!words) return null;
  const keys = new Uint8Array(1 << (KEY_BITS - 3));
  for (const word of words) {
    const key = keyOfWord(word);
    keys[key >> 3] |= 1 << (key & 7);
  }
  return keys;
}

// ---------------------------------------------------------------- cue lists, read cue by cue

/**
 * What one cue says in a cue list `\b(?:(?:cue)|(?:cue)|…)\b` (classify/cuePatterns.ts), where a word start comes
 * before it and a word's end after it; null when the cue cannot be read on its own (it is then read in its list).
 * Many cues serve in several lists, and in a list's blocks (cuePatterns.ts) as well: each is read once.
 */
function cueReading(cue: string): Reading | null {
  let reading = CUE_READINGS.get(cue);
  if (reading === undefined) {
    reading = keptReading(readingsHost?.kept?.cues, cue);
    if (reading === undefined) {
      const reader = new SourceReader(cue);
      let parsed: Item[][] | null;
      try {
        parsed = reader.wholeExactly();
      } catch {
        parsed = null;
      }
      reading = parsed ? readParsed(parsed, true, true) : null;
    }
    CUE_READINGS.set(cue, reading);
  }
  return reading;
}
const CUE_READINGS = new Map<string, Reading | null>();

/**
 * `requiredWordStarts` and `leadingWordStarts` of the cue list `\b(?:(?:cue)|(?:cue)|…)\b` (`source`), read from its
 * cues: the list's words are the union of its cues' words when every cue has some (as `readAlternatives` and
 * `leadingOfAlternatives` read the list), else none. A cue that cannot be read on its own (an unbalanced one) has the
 * whole list read as the patterns are.
 */
export function cueListWordStarts(cues: string[], source: string, flags: string): PatternWords {
  const readings = cues.map(cueReading);
  if (flags.includes("y") || cues.length === 0 || readings.some((reading) => reading === null)) {
    return { required: requiredWordStarts(source, flags), leading: leadingWordStarts(source, flags) };
  }
  const key = cues.join("\u0000");
  let reading = CUE_LISTS.get(key);
  if (!reading) {
    const union = (kind: "required" | "leading") => {
      const words = new Set<string>();
      for (const cue of readings) {
        if (!cue![kind]) return null;
        for (const word of cue![kind]!) words.add(word);
      }
      return words;
    };
    reading = { required: union("required"), leading: union("leading"), keys: {} };
    CUE_LISTS.set(key, reading);
  }
  return { required: keysOf(reading, "required"), leading: keysOf(reading, "leading") };
}
const CUE_LISTS = new Map<string, Reading>();

/** Whether the cue, in a cue list, names words one of which each of its matches holds (`cueListWordStarts`). */
export function cueRequiresWords(cue: string, flags: string): boolean {
  const reading = flags.includes("y") ? undefined : cueReading(cue);
  return reading ? reading.required !== null : requiredWordStarts(cueListSource([cue]), flags) !== null;
}

/** Whether each match of the cue, in a cue list, begins with a word it names (`cueListWordStarts`). */
export function cueLeadsWithWords(cue: string, flags: string): boolean {
  const reading = flags.includes("y") ? undefined : cueReading(cue);
  return reading ? reading.leading !== null : leadingWordStarts(cueListSource([cue]), flags) !== null;
}

/** A cue list's source: each cue a word or phrase of its own (classify/cuePatterns.ts). */
export const cueListSource = (cues: string[]) => String.raw`\b(?:${cues.map((c) => `(?:${c})`).join("|")})\b`;

/** The first words of every alternative (null: one of them may begin otherwise). */
function leadingOfAlternatives(alternatives: Item[][], atWordStart: boolean, endsAtBoundary: boolean): Set<string> | null {
  const words = new Set<string>();
  for (const sequence of alternatives) {
    const first = leadingOf(sequence, 0, atWordStart, endsAtBoundary);
    if (!first) return null;
    for (const word of first) words.add(word);
  }
  return words;
}

/**
 * The word starts a match of the sequence from `i` begins with, when its first character taken is a written-out word
 * character at a word start; null otherwise (it may take nothing, or begin with something else).
 */
function leadingOf(sequence: Item[], i: number, atWordStart: boolean, endsAtBoundary: boolean): Set<string> | null {
  for (; i < sequence.length; i++) {
    const item = sequence[i];
    if (item.kind === "zero") continue;
    if (item.kind === "boundary" || item.kind === "start") {
      atWordStart = true;
      continue;
    }
    if (item.kind === "group") {
      const first = leadingOfAlternatives(item.alternatives, atWordStart, item.max === 1 && endsWord(sequence[i + 1], endsAtBoundary));
      if (!first) return null;
      if (item.min > 0) return first;
      // Skipped, the match begins with what follows.
      const rest = leadingOf(sequence, i + 1, atWordStart, endsAtBoundary);
      if (!rest) return null;
      for (const word of rest) first.add(word);
      return first;
    }
    if (item.kind !== "word" || item.min !== 1 || item.max !== 1 || !atWordStart) return null;
    let run = "";
    let next = i;
    while (next < sequence.length && run.length < KEY_LENGTH) {
      const letter = sequence[next];
      if (letter.kind !== "word" || letter.min !== 1 || letter.max !== 1) break;
      run += String.fromCharCode(letter.code).toLowerCase();
      next++;
    }
    if (run.length === KEY_LENGTH) return new Set([run]);
    const short = shortWord(run, sequence, next, endsAtBoundary);
    if (short) return short;
    return run.length >= PREFIX_LENGTH ? new Set([run.slice(0, PREFIX_LENGTH) + PREFIX_MARK]) : null;
  }
  return null;
}

/** What a group promises: the word starts one of which each match holds (null: none known), and how it ends. */
interface GroupReading {
  required: Set<string> | null;
  afterNonWord: boolean;
}

/**
 * Every alternative read from the same place: word starts only if each alternative has some, and a non-word end only
 * if each ends so. A repeated group starts its later rounds where its earlier ones ended, no worse placed.
 */
function readAlternatives(alternatives: Item[][], atWordStart: boolean, endsAtBoundary: boolean): GroupReading {
  let required: Set<string> | null = new Set<string>();
  let afterNonWord = true;
  for (const sequence of alternatives) {
    const reading = readSequence(sequence, atWordStart, endsAtBoundary);
    afterNonWord &&= reading.afterNonWord;
    if (required && reading.required) for (const word of reading.required) required.add(word);
    else required = null;
  }
  return { required, afterNonWord };
}

/** Whether the item ends a word: `\b`, or a character that is no word character. */
const endsWord = (item: Item | undefined, endsAtBoundary: boolean) =>
  item === undefined ? endsAtBoundary : item.kind === "boundary" || (item.kind === "nonword" && item.min > 0);

/**
 * Word starts that nearly every sentence of a news report on the alliance holds: a requirement of one of them
 * skips little, so another word of the same pattern is required instead where there is one (`rarer`).
 */
const COMMON_STARTS = new Set(
  [
    "the", "and", "for", "with", "that", "this", "from", "are", "was", "were", "has", "have", "had", "not", "but", "will",
    "would", "can", "could", "said", "says", "also", "its", "which", "who", "all", "more", "one", "new", "nato", "ukraine",
    "russia", "military", "security", "defence", "minister", "president", "government", "war", "moscow", "kyiv", "europe",
    "his", "her", "their", "what", "when", "is", "in", "on", "of", "to", "be", "by", "as", "at", "an", "or", "he", "we",
    "no", "it", "us", "if", "so", "a", "i",
  ].map((word) => wordStart(word)),
);

/** A requirement and how common its words are: each common start counts 1, each prefix ½ (it says less). */
interface Candidate {
  words: Set<string>;
  commonness: number;
}

/** The better of two requirements: fewer common word starts, then fewer word starts. */
function rarer(best: Candidate | null, words: Set<string>): Candidate {
  let commonness = 0;
  for (const word of words) commonness += COMMON_STARTS.has(wordStart(word)) ? 1 : word.endsWith(PREFIX_MARK) ? 0.5 : 0;
  if (best && (best.commonness < commonness || (best.commonness === commonness && best.words.size <= words.size))) return best;
  return { words, commonness };
}

/**
 * The word starts one of which every match of the sequence holds (of all the requirements the sequence makes, the
 * rarest), and whether it ends on a character that is no word character. `afterNonWord` says whether the character before the current place is known to be no word character
 * (or there is none); `endsAtBoundary`, whether what follows the sequence ends a word.
 */
function readSequence(sequence: Item[], atWordStart: boolean, endsAtBoundary: boolean): GroupReading {
  let best: Candidate | null = null;
  let afterNonWord = atWordStart;
  let run = "";
  let runAtWordStart = false;
  for (let i = 0; i < sequence.length; i++) {
    const item = sequence[i];
    switch (item.kind) {
      case "word":
        if (item.min === 1 && item.max === 1) {
          if (run === "") runAtWordStart = afterNonWord;
          run += String.fromCharCode(item.code);
          if (run.length === KEY_LENGTH && runAtWordStart) best = rarer(best, new Set([run.toLowerCase()]));
          const short = run.length < KEY_LENGTH && runAtWordStart ? shortWord(run.toLowerCase(), sequence, i + 1, endsAtBoundary) : null;
          if (short) best = rarer(best, short);
          else if (run.length === PREFIX_LENGTH && runAtWordStart) best = rarer(best, new Set([run.toLowerCase() + PREFIX_MARK]));
        } else run = ""; // "s?", "o+": how many were taken is unknown
        afterNonWord = false;
        break;
      case "nonword":
        run = "";
        if (item.min > 0) afterNonWord = true;
        break;
      case "any":
        run = "";
        afterNonWord = false;
        break;
      case "boundary":
      case "start":
        // A word character right after either has no word character before it.
        run = "";
        afterNonWord = true;
        break;
      case "zero":
        break;
      case "group": {
        const before = afterNonWord && run === "";
        const group = readAlternatives(item.alternatives, before, item.max === 1 && endsWord(sequence[i + 1], endsAtBoundary));
        if (item.min > 0 && group.required) best = rarer(best, group.required);
        // Taken, the group ends as its alternatives end; skipped, the place is as before it.
        afterNonWord = (item.min > 0 || before) && group.afterNonWord;
        run = "";
        break;
      }
    }
  }
  return { required: best?.words ?? null, afterNonWord };
}

/**
 * A word shorter than a word start, ending here ("EU", "arms") or after one optional letter ("F-16s?"): the word
 * itself (and with that letter), which the text's reading pads as it pads every shorter word (`keyAt`).
 */
function shortWord(run: string, sequence: Item[], next: number, endsAtBoundary: boolean): Set<string> | null {
  const item = sequence[next];
  if (endsWord(item, endsAtBoundary)) return new Set([run]);
  if (item?.kind === "word" && item.min === 0 && item.max === 1 && endsWord(sequence[next + 1], endsAtBoundary))
    return new Set([run, run + String.fromCharCode(item.code).toLowerCase()]);
  return null;
}

/** The start of a word as its key reads it: its first KEY_LENGTH characters, lower-cased. */
function wordStart(word: string): string {
  return word.slice(0, KEY_LENGTH).toLowerCase();
}

// Items are never changed once read (`quantified` makes a new one): the common ones are shared, not made per character.
const ANY_ONE: Item = { kind: "any", min: 1, max: 1 };
const NONWORD_ONE: Item = { kind: "nonword", min: 1, max: 1 };
const BOUNDARY: Item = { kind: "boundary" };
const START: Item = { kind: "start" };
const ZERO: Item = { kind: "zero" };
const WORD_LETTERS: Item[] = [];

/** A small reader of regex source: enough to find written-out words; anything it does not know becomes "any". */
class SourceReader {
  #i = 0;
  constructor(private readonly source: string) {}

  whole(): Item[][] {
    const alternatives = this.alternatives();
    if (this.#i < this.source.length) throw new SyntaxError("unbalanced )");
    return alternatives;
  }

  /**
   * `whole`, for a source read as a part of a larger one (a cue in its list): only when its reading ends exactly at
   * its end, as it then does in the larger source (no escape or class that reads on beyond it).
   */
  wholeExactly(): Item[][] {
    const alternatives = this.whole();
    if (this.#i !== this.source.length) throw new SyntaxError("reads beyond its end");
    return alternatives;
  }

  alternatives(): Item[][] {
    const alternatives: Item[][] = [[]];
    while (this.#i < this.source.length) {
      const ch = this.source[this.#i];
      if (ch === ")") return alternatives;
      if (ch === "|") {
        this.#i++;
        alternatives.push([]);
        continue;
      }
      const item = this.atom();
      alternatives[alternatives.length - 1].push(this.quantified(item));
    }
    return alternatives;
  }

  private atom(): Item {
    const s = this.source;
    const ch = s[this.#i++];
    if (ch === "\\") return this.escape();
    if (ch === "[") return this.characterClass();
    if (ch === "(") return this.group();
    if (ch === ".") return ANY_ONE;
    if (ch === "^") return START;
    if (ch === "$") return ZERO;
    return literal(ch.charCodeAt(0));
  }

  private escape(): Item {
    const s = this.source;
    const next = s[this.#i++];
    if (next === undefined) throw new SyntaxError("trailing backslash");
    if (next === "b") return BOUNDARY;
    if (next === "B") return ZERO;
    if (next === "s" || next === "W" || "nrtfv".includes(next)) return NONWORD_ONE;
    if (next === "p" || next === "P") {
      if (s[this.#i] === "{") this.#i = s.indexOf("}", this.#i) + 1;
      return ANY_ONE;
    }
    if (next === "k") {
      if (s[this.#i] === "<") this.#i = s.indexOf(">", this.#i) + 1;
      return { kind: "any", min: 0, max: Infinity };
    }
    if (next === "u") {
      this.#i += s[this.#i] === "{" ? s.indexOf("}", this.#i) + 1 - this.#i : 4;
      return ANY_ONE;
    }
    if (next === "x") {
      this.#i += 2;
      return ANY_ONE;
    }
    if (next === "c") {
      this.#i++;
      return ANY_ONE;
    }
    if (/\d/.test(next)) {
      while (/\d/.test(s[this.#i] ?? "")) this.#i++;
      return { kind: "any", min: 0, max: Infinity }; // a back reference (or "\0")
    }
    const code = next.charCodeAt(0);
    // "\." "\-" "\/": the mark itself. A letter escape not listed above (\d, \w, \S, \D …) is some class.
    return code < 0x80 && !isWordCode(code) ? literal(code) : ANY_ONE;
  }

  /**
   * A class of one letter in both cases ("[Ss]") is that letter; one that only holds marks and white space (ASCII or
   * beyond: none is a word character for `\b`) takes one non-word character; any other, anything.
   */
  private characterClass(): Item {
    const s = this.source;
    const pair = /^([a-z])([a-z])\]/i.exec(s.slice(this.#i, this.#i + 3));
    if (pair && pair[1] !== pair[2] && pair[1].toLowerCase() === pair[2].toLowerCase()) {
      this.#i += 3;
      return literal(pair[1].charCodeAt(0));
    }
    let onlyMarks = s[this.#i] !== "^";
    for (; this.#i < s.length && s[this.#i] !== "]"; this.#i++) {
      const ch = s[this.#i];
      if (ch === "\\") {
        const next = s[++this.#i];
        if (next !== "s" && next !== "W" && (next.charCodeAt(0) >= 0x80 || isWordCode(next.charCodeAt(0)))) onlyMarks = false;
        if (next === "p" || next === "P" || next === "u") onlyMarks = false; // (already false: letters)
        continue;
      }
      const code = ch.charCodeAt(0);
      // A character beyond ASCII is no word character for `\b`, save the two that `iu` folds to "s" and "k".
      if (foldsBeyondAscii(code) || isWordCode(code) || (ch === "-" && this.#i > 0 && s[this.#i - 1] !== "[" && s[this.#i + 1] !== "]")) onlyMarks = false;
    }
    if (s[this.#i] !== "]") throw new SyntaxError("unclosed class");
    this.#i++;
    return onlyMarks ? NONWORD_ONE : ANY_ONE;
  }

  private group(): Item {
    const s = this.source;
    let lookaround = false;
    if (s[this.#i] === "?") {
      const kind = s[this.#i + 1];
      if (kind === ":") this.#i += 2;
      else if (kind === "=" || kind === "!") {
        lookaround = true;
        this.#i += 2;
      } else if (kind === "<" && (s[this.#i + 2] === "=" || s[this.#i + 2] === "!")) {
        lookaround = true;
        this.#i += 3;
      } else if (kind === "<") this.#i = s.indexOf(">", this.#i) + 1;
      else throw new SyntaxError("unknown group");
    }
    const alternatives = this.alternatives();
    if (s[this.#i] !== ")") throw new SyntaxError("unclosed group");
    this.#i++;
    return lookaround ? ZERO : { kind: "group", alternatives, min: 1, max: 1 };
  }

  private quantified(item: Item): Item {
    const s = this.source;
    let min = 1;
    let max = 1;
    const ch = s[this.#i];
    if (ch === "?") [min, max] = [0, 1];
    else if (ch === "*") [min, max] = [0, Infinity];
    else if (ch === "+") [min, max] = [1, Infinity];
    else if (ch === "{") {
      const bounds = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(this.#i));
      if (!bounds) return item;
      min = Number(bounds[1]);
      max = bounds[2] === undefined ? min : bounds[3] === "" ? Infinity : Number(bounds[3]);
      this.#i += bounds[0].length - 1;
    } else return item;
    this.#i++;
    if (s[this.#i] === "?") this.#i++; // lazy
    if (!("min" in item)) return ZERO; // a quantified assertion promises nothing
    return { ...item, min: item.min * min, max: item.max * max };
  }
}

function literal(code: number): Item {
  if (code >= 0x80) return ANY_ONE;
  return isWordCode(code) ? (WORD_LETTERS[code] ??= { kind: "word", code, min: 1, max: 1 }) : NONWORD_ONE;
}
