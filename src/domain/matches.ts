// Every match of a global pattern, as `[...text.matchAll(pattern)]` gives them. matchAll copies its pattern
// for each call, and copying a pattern of hundreds of alternatives (names, outlets, speech verbs) cost more
// than matching it against a sentence; this runs the pattern itself from the start of the text.

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

function nextIndex(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const lead = text.charCodeAt(index);
  const trail = text.charCodeAt(index + 1);
  return lead >= 0xd800 && lead <= 0xdbff && trail >= 0xdc00 && trail <= 0xdfff ? index + 2 : index + 1;
}

// ---------------------------------------------------------------- the u flag only where it can matter

/**
 * Characters on which a pattern of plain source (see `isPlainSource`) can match differently with and without
 * the u flag: "ſ" (U+017F) and the Kelvin sign (U+212A) fold to "s" and "k" only under `iu` (so `\w`, `\b` and
 * letters match them), and under u a surrogate pair is one character for `.`, `\S`, `\W` and negated classes.
 */
const UNICODE_SENSITIVE = /[\u017F\u212A\uD800-\uDFFF]/;

/** Typographic marks without case: under `i` and `iu` alike each matches only itself (unit-tested on every BMP character). */
export const CASELESS_MARKS = "‘’‚“”„«»‹›–—…";

/**
 * Whether a pattern source means the same with and without the u flag on a text that holds no UNICODE_SENSITIVE
 * character: ASCII and caseless marks only (a mark never next to a "-", which could make it a range's end), and
 * none of the escapes only u gives a meaning to (`\p`, `\P`, `\u{…}`) nor `\u`/`\x` escapes (which could name
 * any character).
 */
export function isPlainSource(source: string): boolean {
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === "\\") {
      if ("pPux".includes(source[i + 1])) return false;
      i++;
    } else if (ch.charCodeAt(0) > 0x7f && (!CASELESS_MARKS.includes(ch) || source[i - 1] === "-" || source[i + 1] === "-")) return false;
  }
  return true;
}

/**
 * A pattern written with the u flag that runs without it on texts where that gives the same matches. V8 runs a
 * case-insensitive pattern 5–15 times slower under u, and the cue lists are long alternations of such words.
 */
class UnicodeWhereNeeded extends RegExp {
  readonly #plain: RegExp;

  constructor(source: string | RegExp, flags: string) {
    super(source, flags);
    this.#plain = new RegExp(this.source, flags.replace("u", ""));
  }

  override exec(input: string): RegExpExecArray | null {
    const text = String(input);
    if (UNICODE_SENSITIVE.test(text)) return super.exec(text);
    this.#plain.lastIndex = this.lastIndex;
    const found = this.#plain.exec(text);
    this.lastIndex = this.#plain.lastIndex;
    return found;
  }

  override test(input: string): boolean {
    const text = String(input);
    if (UNICODE_SENSITIVE.test(text)) return super.exec(text) !== null;
    this.#plain.lastIndex = this.lastIndex;
    const found = this.#plain.test(text);
    this.lastIndex = this.#plain.lastIndex;
    return found;
  }
}

/** `new RegExp(source, flags)`, run without the u flag wherever that cannot change a match (see `UnicodeWhereNeeded`). */
export function unicodeWhereNeeded(source: string, flags: string): RegExp {
  return flags.includes("u") && isPlainSource(source) ? new UnicodeWhereNeeded(source, flags) : new RegExp(source, flags);
}
