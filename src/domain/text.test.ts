import { describe, expect, it } from "vitest";
import { countWords, foldDiacritics, splitParagraphs, unwrapHardWraps } from "./text";

/** The definition countWords keeps: the pieces between runs of white space that hold a letter or a digit. */
const piecesWithLetters = (value: string) => value.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

describe("countWords", () => {
  it("counts pieces that hold a letter or a digit, not dashes or marks alone", () => {
    expect(countWords("  The alliance — 32 members, “strong”.  ")).toBe(5);
    expect(countWords("")).toBe(0);
  });

  it("agrees with splitting on white space for every mix of spaces, letters, digits, marks and surrogates", () => {
    const pieces = ["a", " ", "\n", "\u00a0", "\u2003", "😀", "𝐓", "\ud83d", "\udc13", "7", "-", "é", "\u2028", "٣", "\u3000", "’"];
    const samples: string[] = [];
    for (let n = 0; n < 5000; n++) {
      let sample = "";
      for (let k = 0, x = n; k < 6; k++, x = Math.floor(x / pieces.length) + k * 7) sample += pieces[x % pieces.length];
      samples.push(sample);
    }
    for (const sample of samples) expect(countWords(sample)).toBe(piecesWithLetters(sample));
  });
});

describe("unwrapHardWraps", () => {
  it("reads a break before a lower-case word after a line that stops mid-sentence as a space, offsets kept", () => {
    const text = "Example headline\nThe minister said the talks\nwould go on.\nA second paragraph starts here.";
    const unwrapped = unwrapHardWraps(text);
    expect(unwrapped).toBe("Example headline\nThe minister said the talks would go on.\nA second paragraph starts here.");
    expect(unwrapped).toHaveLength(text.length);
  });

  it("keeps paragraph breaks, breaks after closing punctuation and blank lines", () => {
    const text = "A line that ends.\nanother line after a stop\n\nafter a blank line\nShort heading\nBody text.";
    expect(unwrapHardWraps(text)).toBe(text);
  });

  it("in copy wrapped throughout, also joins a line that goes on with a capital", () => {
    const text = "\"We have waited for\na long time for the\nalliance to answer\nUkraine,\" the minister said in\nan interview.";
    expect(unwrapHardWraps(text)).toBe(text.replaceAll("\n", " "));
  });

  it("keeps the length when spaces stand before the break", () => {
    const text = "The talks   \nwould go on.";
    expect(unwrapHardWraps(text)).toBe("The talks    would go on.");
  });

  it("joins exactly the breaks the two patterns match (decision 0365: found from each line break instead)", () => {
    const MID_SENTENCE_BREAK = /(?<=[^\s.!?…:;"”»’)\]])[^\S\n]*\n(?=[^\S\n]*\S)/gu;
    const HARD_WRAP = /(?<=[^\s.!?…:;"”»’)\]])[^\S\n]*\n(?=[^\S\n]*[“"«„‘'(]?\p{Ll})/gu;
    const byPatterns = (text: string) => {
      const mid = [...text.matchAll(MID_SENTENCE_BREAK)].length;
      const lower = [...text.matchAll(HARD_WRAP)].length;
      return text.replace(lower >= 3 && lower * 2 >= mid ? MID_SENTENCE_BREAK : HARD_WRAP, (b) => " ".repeat(b.length));
    };
    const pieces = ["a", "Z", "é", "ß", ".", "?", ",", "”", "»", ")", "]", "“", "(", "'", " ", "\t", "\u00a0", "\r", "\n", "\n", "\n", "𝑎", "𝐀", "\ud835"];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let n = 0; n < 3000; n++) {
      let text = "";
      for (let i = next() % 40; i > 0; i--) text += pieces[next() % pieces.length];
      expect(unwrapHardWraps(text)).toBe(byPatterns(text));
    }
  });
});

describe("foldDiacritics", () => {
  it("removes accents, and leaves ASCII as it is", () => {
    expect(foldDiacritics("Rütte Dağ Ñandú")).toBe("Rutte Dag Nandu");
    expect(foldDiacritics("e\u0301lan")).toBe("elan");
    expect(foldDiacritics("plain ASCII, 32 allies!")).toBe("plain ASCII, 32 allies!");
  });

  it("agrees with the full normalisation for ASCII, accented, composed and astral text", () => {
    const full = (value: string) => value.normalize("NFD").replace(/\p{M}+/gu, "");
    for (const sample of ["", "\x7f~", "café", "Zelens'kyj", "Łódź", "ǅ", "한국", "😀é", "\u0301", "naïve coöperation", "ß"]) {
      expect(foldDiacritics(sample)).toBe(full(sample));
    }
  });
});

describe("splitParagraphs: a quote line that lost its full stop", () => {
  const junkOf = (line: string) => splitParagraphs(`Council weighs its options\n\n${line}`)[1].isJunk;

  // The attribution verbs come from the one speech-verb list of the lexicon, so any of them marks prose.
  it.each(["said", "cautioned", "conceded", "acknowledged", "quipped"])("keeps “…,” Jane Example %s as prose", (verb) => {
    expect(junkOf(`“The ferries will keep running through the winter,” Jane Example ${verb}`)).toBe(false);
  });

  it("leaves a headline's present-tense attribution a heading", () => {
    expect(junkOf(`“The ferries will keep running through the winter,” Jane Example says`)).toBe(true);
  });
});
