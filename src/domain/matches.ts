// Every match of a global pattern, as `[...text.matchAll(pattern)]` gives them. matchAll copies its pattern
// for each call, and copying a pattern of hundreds of alternatives (names, outlets, speech verbs) cost more
// than matching it against a sentence; this runs the pattern itself from the start of the text.

import bmpClassesJson from "./bmpClasses.json" with { type: "json" };
import { holdsAny, leadingWordStarts, placesOfKeys, requiredWordStarts, wordStartsOf, type PatternWords, type RequiredWordStarts, type TextWords } from "./wordStarts";

/** A text to match as written, inside a RegExp source (every mark of the syntax escaped). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/** Lexicon phrases (regex source fragments) as one group of alternatives, each space read as any run of white space. */
export function phraseAlternation(phrases: readonly string[]): string {
  return `(?:${phrases.map((phrase) => phrase.replace(/ /g, String.raw`\s+`)).join("|")})`;
}

/** The forms as alternatives of a RegExp source, longest first (so that a longer form wins where a shorter one starts it), each as written. */
export function longestFirstAlternation(forms: Iterable<string>): string {
  return [...forms].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|");
}

export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`allMatches needs a global pattern: ${pattern}`);
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    found.push(m);
    // An empty match moves on by one character (a whole surrogate pair under the u or v flag), as matchAll does.
    if (m[0] === "") pattern.lastIndex = nextIndex(text, pattern.lastIndex, pattern.unicode || pattern.unicodeSets);
  }
  return found;
}

/**
 * The matches `allMatches` gives, one at a time, for a loop over a long text: an array of every match of a whole
 * article stayed live until the loop ended, and the garbage collector copied it and promoted it (decision 0515).
 * The search goes on from where the match left it, whatever the loop's body does with the pattern.
 */
export function* eachMatch(pattern: RegExp, text: string): Generator<RegExpExecArray, void, undefined> {
  if (!pattern.global) throw new TypeError(`eachMatch needs a global pattern: ${pattern}`);
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    // Read before the body runs, as `allMatches` reads it before any body does.
    if (m[0] === "") pattern.lastIndex = nextIndex(text, pattern.lastIndex, pattern.unicode || pattern.unicodeSets);
    const after = pattern.lastIndex;
    yield m;
    pattern.lastIndex = after;
  }
}

function nextIndex(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const lead = text.charCodeAt(index);
  const trail = text.charCodeAt(index + 1);
  return lead >= 0xd800 && lead <= 0xdbff && trail >= 0xdc00 && trail <= 0xdfff ? index + 2 : index + 1;
}

// ---------------------------------------------------------------- the u flag only where it can matter

/**
 * Characters on which a pattern of plain source (see `plainSource`) can match differently with and without
 * the u flag: "ſ" (U+017F) and the Kelvin sign (U+212A) fold to "s" and "k" only under `iu` (so `\w`, `\b` and
 * letters match them), and under u a surrogate pair is one character for `.`, `\S`, `\W` and negated classes.
 */
const UNICODE_SENSITIVE = /[\u017F\u212A\uD800-\uDFFF]/;

/**
 * The last text checked and its answer: a global pattern asks again for every match in the same text, and a
 * scan of a long text per match would make finding every match cost the square of its length.
 */
let checkedText = "";
let checkedSensitive = false;

function needsUnicode(text: string): boolean {
  if (text !== checkedText) {
    checkedSensitive = UNICODE_SENSITIVE.test(text);
    checkedText = text;
  }
  return checkedSensitive;
}

/**
 * The source to run without the u flag, or null when it could mean something else there on a text that holds no
 * UNICODE_SENSITIVE character. Allowed: ASCII; other BMP characters that match the same characters with and
 * without u (`foldsAlike`; "ü" does, "ſ" does not), never next to a "-" inside a class, which could make one a
 * range's end; property escapes such as `\p{L}`, written out as the BMP characters they match (`bmpClass`).
 * Refused: `\P`, and `\u`/`\x` escapes, which could name any character.
 */
export function plainSource(source: string, flags: string): string | null {
  let out = "";
  let inClass = false;
  /** Where the body of the class being read starts: a "-" there is a literal ("[-–]"), never a range. */
  let classBody = -1;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === "\\") {
      const next = source[i + 1];
      if (next === "p" && source[i + 2] === "{") {
        const close = source.indexOf("}", i);
        const ranges = bmpClass(source.slice(i + 3, close), flags.includes("i"));
        if (ranges === null) return null;
        out += inClass ? ranges : `[${ranges}]`;
        i = close;
        continue;
      }
      if ("pPux".includes(next)) return null;
      out += ch + next;
      i++;
      continue;
    }
    if (ch === "[" && !inClass) {
      inClass = true;
      classBody = source[i + 1] === "^" ? i + 2 : i + 1;
    } else if (ch === "]" && inClass) inClass = false;
    else if (ch.charCodeAt(0) > 0x7f && (!foldsAlike(ch, flags.includes("i")) || (inClass && nextToHyphen(source, i, classBody)))) return null;
    out += ch;
  }
  return out;
}

function nextToHyphen(source: string, i: number, classBody: number): boolean {
  return (source[i + 1] === "-" && source[i + 2] !== "]") || (source[i - 1] === "-" && i - 1 !== classBody);
}

let bmpText: string | null = null;
const BMP_CLASSES = new Map<string, string | null>();
const FOLDS_ALIKE = new Map<string, boolean>();

/** Every BMP character, with NUL in place of surrogates and UNICODE_SENSITIVE ones (checked to match no escape used). */
function bmpCharacters(): string {
  bmpText ??= everyBmpCharacter().replace(/[\u017F\u212A\uD800-\uDFFF]/g, "\0");
  return bmpText;
}

/** Whether a pattern character matches the same BMP characters with and without u (outside UNICODE_SENSITIVE ones). */
function foldsAlike(ch: string, caseless: boolean): boolean {
  if (UNICODE_SENSITIVE.test(ch)) return false;
  if (!caseless) return true;
  let alike = FOLDS_ALIKE.get(ch);
  if (alike === undefined) {
    alike = Object.hasOwn(KEPT_FOLDS_ALIKE, ch) ? KEPT_FOLDS_ALIKE[ch] : computeFoldsAlike(ch);
    FOLDS_ALIKE.set(ch, alike);
  }
  return alike;
}

/** `foldsAlike` of a character under the i flag, computed (it reads every BMP character: bmpClasses.json keeps it). */
export function computeFoldsAlike(ch: string): boolean {
  const escaped = escapeRegExp(ch);
  return runsIn(new RegExp(`${escaped}+`, "gi")) === runsIn(new RegExp(`${escaped}+`, "giu"));
}

/** Where a pattern matches in the text of every BMP character: the same runs, the same characters. */
function runsIn(pattern: RegExp): string {
  return allMatches(pattern, bmpCharacters()).map((m) => `${m.index}+${m[0].length}`).join();
}

function everyBmpCharacter(): string {
  let text = "";
  for (let start = 0; start < 0x10000; start += 0x1000) text += String.fromCharCode(...Array.from({ length: 0x1000 }, (_, i) => start + i));
  return text;
}

/**
 * The characters `\p{name}` matches (case-insensitively when `caseless`) on a text of BMP characters without
 * UNICODE_SENSITIVE ones, as a class body for a pattern without the u flag; null when that class would not
 * match exactly the same characters there (it is checked against the escape, character by character). Read from
 * bmpClasses.json when it was written under this runtime (`KEPT_BMP_CLASSES`), else computed.
 */
function bmpClass(name: string, caseless: boolean): string | null {
  const key = bmpClassKey(name, caseless);
  if (!BMP_CLASSES.has(key)) BMP_CLASSES.set(key, Object.hasOwn(KEPT_BMP_CLASSES, key) ? KEPT_BMP_CLASSES[key] : computeBmpClass(name, caseless));
  return BMP_CLASSES.get(key)!;
}

/** How bmpClasses.json (and the classes kept here) names a class: "L true" is `\p{L}` case-insensitive. */
export const bmpClassKey = (name: string, caseless: boolean) => `${name} ${caseless}`;

/** The property and case of a class named by `bmpClassKey`. */
export function bmpClassOfKey(key: string): { name: string; caseless: boolean } {
  const [name, caseless] = key.split(" ");
  return { name, caseless: caseless === "true" };
}

/** `bmpClass` computed (with `foldsAlike`, a tenth of the extraction worker's start, decision 0495: hence bmpClasses.json). */
export function computeBmpClass(name: string, caseless: boolean): string | null {
  const hex = (code: number) => `\\u${code.toString(16).padStart(4, "0")}`;
  const property = new RegExp(`\\p{${name}}+`, caseless ? "giu" : "gu");
  const ranges = allMatches(property, bmpCharacters())
    .map((m) => (m[0].length === 1 ? hex(m.index) : `${hex(m.index)}-${hex(m.index + m[0].length - 1)}`))
    .join("");
  const exact = ranges !== "" && !new RegExp(`\\p{${name}}`, "u").test("\0") && runsIn(new RegExp(`[${ranges}]+`, caseless ? "gi" : "g")) === runsIn(property);
  return exact ? ranges : null;
}

/**
 * The runtime whose Unicode data a class follows: V8's, ICU's and Unicode's versions (another Node may match other
 * characters with `\p{L}`). Outside Node there is none, and nothing is read from the file.
 */
export function bmpRuntime(): string | null {
  const versions = (globalThis as { process?: { versions?: Record<string, string | undefined> } }).process?.versions;
  return versions?.v8 ? `v8 ${versions.v8}, icu ${versions.icu}, unicode ${versions.unicode}` : null;
}

/** The classes and characters in bmpClasses.json (written by scripts/generate-bmp-classes.ts), when written under this runtime. */
const keptHere = bmpClassesJson.runtime === bmpRuntime();
const KEPT_BMP_CLASSES: Record<string, string | null> = keptHere ? (bmpClassesJson.classes as Record<string, string | null>) : {};
const KEPT_FOLDS_ALIKE: Record<string, boolean> = keptHere ? (bmpClassesJson.foldsAlike as Record<string, boolean>) : {};

/** The classes and characters asked about so far in this process (for the script that writes the file, and its test). */
export function bmpReadingsAsked(): { classes: { name: string; caseless: boolean }[]; foldsAlike: string[] } {
  return {
    classes: [...BMP_CLASSES.keys()].map(bmpClassOfKey),
    foldsAlike: [...FOLDS_ALIKE.keys()],
  };
}

/**
 * A pattern that runs without the u flag on texts where that gives the same matches (V8 runs a case-insensitive
 * pattern 5–15 times slower under u, and the cue lists are long alternations of such words), and, when its source
 * names words one of which every match holds, is not run on a text that holds none of them (wordStarts.ts).
 */
class CuePattern extends RegExp {
  /**
   * The source to run without u (null: none), and that pattern, made on first use: a cue list tried at its first words
   * only ever runs its sticky copy. (Made where it is used: a private method here made every search 20–40 % slower.)
   */
  readonly #plainSource: string | null;
  #plainPattern: RegExp | null = null;
  readonly #required: RequiredWordStarts | null;
  /** Under `iu`, "ſ" and the Kelvin sign match "s" and "k": a text holding one is never skipped. */
  readonly #foldsBeyondAscii: boolean;
  /** The word starts every match begins with (`leadingWordStarts`): the pattern is tried at those words only. */
  readonly #leading: RequiredWordStarts | null;
  /** The pattern to try at a word, sticky: as written, and without u (made on first use). */
  #stickyAsWritten: RegExp | null = null;
  #stickyPlain: RegExp | null = null;
  /** The reading of the text `#runsOn` was last asked about (null when the pattern reads no words). */
  #words: TextWords | null = null;

  // `split` and `replace` build a copy through the constructor (its species) with the source and flags only.
  constructor(source: string | RegExp, flags: string, plain?: string | null, required?: RequiredWordStarts | null, atFirstWords = false, leading?: RequiredWordStarts | null) {
    super(source, flags);
    const plainText = plain === undefined ? plainSourceOf(this.source, flags) : plain;
    this.#plainSource = plainText;
    this.#required = required === undefined ? requiredWordStarts(this.source, flags) : required;
    this.#foldsBeyondAscii = flags.includes("i") && (flags.includes("u") || flags.includes("v"));
    this.#leading = atFirstWords && this.#required !== null ? (leading === undefined ? leadingWordStarts(this.source, flags) : leading) : null;
  }

  override exec(input: string): RegExpExecArray | null {
    const text = String(input);
    const runs = this.#runsOn(text);
    if (runs === "skip") {
      if (this.global || this.sticky) this.lastIndex = 0;
      return null;
    }
    if (this.#leading !== null && !(this.#foldsBeyondAscii && this.#words!.foldsBeyondAscii)) return this.#execAtLeadingWords(text, runs);
    if (runs === "as written") return super.exec(text);
    const plain = (this.#plainPattern ??= new RegExp(this.#plainSource!, this.flags.replace("u", "")));
    plain.lastIndex = this.lastIndex;
    const found = plain.exec(text);
    this.lastIndex = plain.lastIndex;
    return found;
  }

  override test(input: string): boolean {
    const text = String(input);
    const runs = this.#runsOn(text);
    if (runs === "skip") {
      if (this.global || this.sticky) this.lastIndex = 0;
      return false;
    }
    if (this.#leading !== null && !(this.#foldsBeyondAscii && this.#words!.foldsBeyondAscii)) return this.#execAtLeadingWords(text, runs) !== null;
    if (runs === "as written") return super.exec(text) !== null;
    const plain = (this.#plainPattern ??= new RegExp(this.#plainSource!, this.flags.replace("u", "")));
    plain.lastIndex = this.lastIndex;
    const found = plain.test(text);
    this.lastIndex = plain.lastIndex;
    return found;
  }

  /**
   * The first match from where the search starts, found by trying the pattern (sticky) at each word the matches can
   * begin with, in reading order: no match begins elsewhere, so the first word where it matches is where a scan of the
   * text would have found it, and it finds there what the scan finds. A scan tries a long alternation of cues at every
   * word of the text; most texts hold none of their first words.
   */
  #execAtLeadingWords(text: string, runs: "as written" | "without u"): RegExpExecArray | null {
    const keeps = this.global || this.sticky;
    const from = keeps ? this.lastIndex : 0;
    const sticky = runs === "as written" ? (this.#stickyAsWritten ??= stickyCopy(this.source, this.flags)) : (this.#stickyPlain ??= stickyCopy(this.#plainSource!, this.flags.replace("u", "")));
    const { keys, count } = this.#words!;
    const at = placesOfKeys(this.#words!, text);
    const leading = this.#leading!;
    let tried = -1;
    // A global pattern asked again and again over one long text starts each search where the last one ended.
    for (let i = firstPlaceFrom(at, count, from); i < count; i++) {
      const place = at[i];
      const key = keys[i];
      if (place === tried || (leading[key >> 3] & (1 << (key & 7))) === 0) continue;
      tried = place;
      sticky.lastIndex = place;
      const found = sticky.exec(text);
      if (found) {
        if (keeps) this.lastIndex = sticky.lastIndex;
        return found;
      }
    }
    if (keeps) this.lastIndex = 0;
    return null;
  }

  /** The words one of which every match needs (null: the source names none), and whether `iu` folds "ſ" and "K". */
  get requiredWords(): { required: RequiredWordStarts | null; foldsBeyondAscii: boolean } {
    return { required: this.#required, foldsBeyondAscii: this.#foldsBeyondAscii };
  }

  /** Whether the text holds one of the words every match needs (always, when the source names none). */
  mayMatch(text: string): boolean {
    return this.#runsOn(text) !== "skip";
  }

  /**
   * Whether the text can hold no match ("skip"), else which pattern to run. The reading of the text's words also
   * says whether it holds a UNICODE_SENSITIVE character (the same three), so it saves that scan.
   */
  #runsOn(text: string): "skip" | "as written" | "without u" {
    let sensitive: boolean;
    if (this.#required !== null) {
      const words = (this.#words = wordStartsOf(text));
      sensitive = words.foldsBeyondAscii;
      if (!(sensitive && this.#foldsBeyondAscii) && !holdsAny(words, this.#required)) return "skip";
    } else sensitive = this.#plainSource !== null && needsUnicode(text);
    return this.#plainSource === null || sensitive ? "as written" : "without u";
  }
}

/** The index of the first place at or after `from` in places read in order (binary search: linear in nothing). */
function firstPlaceFrom(places: Int32Array, count: number, from: number): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (places[middle] < from) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The pattern, sticky: tried at one place. */
function stickyCopy(source: string, flags: string): RegExp {
  return new RegExp(source, flags.replace("g", "") + "y");
}

/** The source to run without u, when the pattern has u and its source allows it (`plainSource`). */
function plainSourceOf(source: string, flags: string): string | null {
  return flags.includes("u") && !flags.includes("v") ? plainSource(source, flags) : null;
}

/** `new RegExp(source, flags)`, run without the u flag wherever that cannot change a match (see `CuePattern`). */
export function unicodeWhereNeeded(source: string, flags: string): RegExp {
  const plain = plainSourceOf(source, flags);
  return plain === null ? new RegExp(source, flags) : new CuePattern(source, flags, plain, null);
}

/**
 * `new RegExp(source, flags)` that is not run on a text that holds none of the words every match needs (see
 * `requiredWordStarts`), and, case-insensitive, runs without u where it can (`unicodeWhereNeeded`): the same
 * matches, found sooner.
 */
export function skippingAbsentWords(pattern: string | RegExp, flags = typeof pattern === "string" ? "" : pattern.flags): RegExp {
  return wordAwarePattern(typeof pattern === "string" ? pattern : pattern.source, flags, false);
}

/**
 * `skippingAbsentWords`, and, where the source says which words every match begins with (`leadingWordStarts`), tried
 * (sticky) at those words of a text only, instead of at every place: for long alternations of cues, most of whose
 * texts hold a word some cue needs but none that a cue begins with. A pattern tried once or twice per text, or one
 * that begins with a common word, gains nothing: reading the words' places costs about what a scan costs.
 */
export function triedAtFirstWords(pattern: string, flags: string, words?: PatternWords): RegExp {
  return wordAwarePattern(pattern, flags, true, words);
}

/**
 * The pattern of `skippingAbsentWords` and `triedAtFirstWords`: a plain RegExp when it names no words and runs under
 * u anyway. `words`, when given, are the ones the source would give, read otherwise (a cue list's, cue by cue:
 * classify/cuePatterns.ts).
 */
function wordAwarePattern(source: string, flags: string, atFirstWords: boolean, words?: PatternWords): RegExp {
  // Only a case-insensitive pattern runs faster without u (decisions 0250, 0365): `\p{L}` alone is faster under u.
  const plain = flags.includes("i") ? plainSourceOf(source, flags) : null;
  const required = words ? words.required : requiredWordStarts(source, flags);
  return plain === null && required === null ? new RegExp(source, flags) : new CuePattern(source, flags, plain, required, atFirstWords, words?.leading);
}

/**
 * False when the pattern (made by `skippingAbsentWords`) cannot match the text because a word all its matches need
 * is absent: a rule can skip the cheap tests it runs before the pattern as well.
 */
export function mayMatchIn(pattern: RegExp, text: string): boolean {
  return !(pattern instanceof CuePattern) || pattern.mayMatch(text);
}

/**
 * A test of whether any of the patterns (made by `skippingAbsentWords`) can match a text, from the words their matches
 * need: one reading of the text for all of them. Always true when one of them names no words.
 */
export function mayAnyMatch(patterns: RegExp[]): (text: string) => boolean {
  const readings = patterns.map((pattern) => (pattern instanceof CuePattern ? pattern.requiredWords : null));
  if (readings.some((reading) => reading?.required == null)) return () => true;
  const union = new Uint8Array(readings[0]!.required!.length);
  for (const reading of readings) reading!.required!.forEach((bits, i) => (union[i] |= bits));
  const foldsBeyondAscii = readings.some((reading) => reading!.foldsBeyondAscii);
  return (text) => {
    const words = wordStartsOf(text);
    return (foldsBeyondAscii && words.foldsBeyondAscii) || holdsAny(words, union);
  };
}

/**
 * For up to 31 patterns, one reading of a text that tells which of them can match: bit i is set unless pattern i (made
 * by `skippingAbsentWords`) needs a word the text lacks. The same answers as `mayMatchIn` of each pattern, at the cost of
 * one: a rule that tries many patterns on one sentence reads the sentence's words once, not once per pattern.
 */
export function mayMatchEach(patterns: RegExp[]): (text: string) => number {
  if (patterns.length > 31) throw new RangeError(`mayMatchEach takes at most 31 patterns, not ${patterns.length}`);
  const readings = patterns.map((pattern) => (pattern instanceof CuePattern ? pattern.requiredWords : null));
  let always = 0;
  let folding = 0;
  let keySpace = 0;
  readings.forEach((reading, i) => {
    if (reading?.required == null) always |= 1 << i;
    else {
      keySpace = Math.max(keySpace, reading.required.length * 8);
      if (reading.foldsBeyondAscii) folding |= 1 << i;
    }
  });
  /** For each word start, the patterns that need it (or another) to match. */
  const needing = new Int32Array(keySpace);
  readings.forEach((reading, i) => {
    const required = reading?.required;
    if (required == null) return;
    // Byte by byte: a requirement holds a few words of 65,536 keys.
    for (let byte = 0; byte < required.length; byte++) {
      const bits = required[byte];
      if (bits !== 0) for (let bit = 0; bit < 8; bit++) if ((bits & (1 << bit)) !== 0) needing[(byte << 3) | bit] |= 1 << i;
    }
  });
  const every = patterns.length === 31 ? 0x7fffffff : (1 << patterns.length) - 1;
  return (text) => {
    if (always === every) return every;
    const words = wordStartsOf(text);
    let may = always | (words.foldsBeyondAscii ? folding : 0);
    const keys = words.keys;
    for (let i = 0; i < words.count; i++) may |= needing[keys[i]];
    return may;
  };
}
