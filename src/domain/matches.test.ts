import { describe, expect, it } from "vitest";
import { allMatches, eachMatch, mayMatchEach, mayMatchIn, plainSource, skippingAbsentWords, unicodeWhereNeeded } from "./matches";

const same = (pattern: RegExp, text: string) => {
  const simplify = (ms: RegExpMatchArray[]) => ms.map((m) => ({ index: m.index, groups: [...m] }));
  expect(simplify(allMatches(pattern, text))).toEqual(simplify([...text.matchAll(pattern)]));
};

describe("allMatches", () => {
  it("gives what matchAll gives, groups and offsets included", () => {
    same(/\b(\w)(\w*)\b/g, "The alliance met in Brussels, then in Vilnius.");
    same(/(?<=[.!?])\s+/g, "One. Two!  Three? Four");
    same(/x/g, "no match here");
  });

  it("moves past empty matches one character at a time, a surrogate pair as one under the u flag", () => {
    same(/a*/g, "baaac");
    same(/\b|(?=😀)/gu, "a😀b");
    same(/x*/gu, "a😀b");
    same(/x*/g, "a😀b");
  });

  it("starts from the beginning whatever the pattern's lastIndex was", () => {
    const pattern = /\d+/g;
    pattern.lastIndex = 5;
    expect(allMatches(pattern, "12 and 345").map((m) => m[0])).toEqual(["12", "345"]);
  });

  it("refuses a pattern without the global flag, which would match forever", () => {
    expect(() => allMatches(/\d/, "1")).toThrow(TypeError);
  });
});

describe("eachMatch", () => {
  const shown = (matches: Iterable<RegExpExecArray>) => [...matches].map((m) => [m.index, m[0], ...m.slice(1)]);

  it("gives allMatches' matches one at a time, empty ones included", () => {
    for (const [pattern, text] of [[/\b(\w)(\w*)\b/g, "The alliance met in Brussels, then in Vilnius."], [/a*/g, "baaac"], [/\b|(?=😀)/gu, "a😀b"], [/x*/g, "a😀b"]] as const) {
      expect(shown(eachMatch(pattern, text))).toEqual(shown(allMatches(pattern, text)));
    }
  });

  it("goes on from its last match whatever the loop does with the pattern", () => {
    const pattern = /\d+/g;
    const found: string[] = [];
    for (const m of eachMatch(pattern, "12 and 345 and 6")) {
      found.push(m[0]);
      pattern.lastIndex = 0;
      pattern.exec("999");
    }
    expect(found).toEqual(["12", "345", "6"]);
    expect(() => [...eachMatch(/\d/, "1")]).toThrow(TypeError);
  });
});

describe("unicodeWhereNeeded", () => {
  const texts = [
    "The Minister said troops were not ready; KYIV wants talks — “soon”.",
    "Sending ſoldiers: the \u212Aremlin's view, not the Kremlin's.",
    "A 😀 emoji, then troops 𝐓𝐫𝐨𝐨𝐩𝐬 and talks.",
    "A lone surrogate \ud83d here, troops.",
    "TÜRKIYE’s minister, türkiye's Minister, BOGOTÁ's ministers and Bogota's minister.",
    "Kosiniak-Kamysz, Støre, Ōsaka, Ἀθῆναι, Київ, İstanbul, ǅemal, ﬁnal, µ and ΣΊΣΥΦΟΣ said “no” (٣ times) à propos e\u0301.",
    "Kyiv–Moscow talks, Russia-Ukraine talks and \u212Ayiv–ſoon.",
    "",
  ];
  const sources = [
    String.raw`\b(?:troops?|soldiers?|kremlin|talks)\b`,
    String.raw`\b(?:not|no)\b((?:[^\s.,;:!?]*\s+){0,6})$`,
    String.raw`^\W*(?:a|the)\b`,
    String.raw`[;:—–]|\s-\s|,\s*(?=(?:but|and)\b)`,
    String.raw`(?:'s|’s)\b|\S+$|.{3}(?=s)`,
    String.raw`\b\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?\p{Ll}+)*(?![\p{L}\p{N}-])`,
    String.raw`(?<![\p{L}\p{N}-])[^\p{L}\s]+|\p{M}+`,
    String.raw`\b(?:Türkiye|Bogotá)['’]s\s+(minister)(?![\p{L}'’-])`,
    String.raw`\b(?:Kyiv|Moscow)[-–]\p{L}+|[^-–\s]+[-–]talks`,
  ];

  it("matches exactly as the u pattern does, ſ, the Kelvin sign and astral characters included", () => {
    for (const source of sources) {
      for (const flags of ["iu", "giu", "u", "gu"]) {
        const fast = unicodeWhereNeeded(source, flags);
        const plain = new RegExp(source, flags);
        for (const text of texts) {
          // The same calls in the same order, so a global pattern's lastIndex carries over alike.
          expect(fast.test(text)).toBe(plain.test(text));
          expect(fast.exec(text)).toEqual(plain.exec(text));
          expect(fast.lastIndex).toBe(plain.lastIndex);
          expect(text.split(fast)).toEqual(text.split(plain));
          expect(text.replace(fast, "<$&>")).toEqual(text.replace(plain, "<$&>"));
          if (flags.includes("g")) same(fast, text);
        }
      }
    }
  });

  it("keeps lastIndex as the u pattern does", () => {
    const fast = unicodeWhereNeeded(String.raw`\bt\w+`, "giu");
    const plain = /\bt\w+/giu;
    for (const text of ["troops and talks", "troops and ſalks"]) {
      fast.lastIndex = plain.lastIndex = 0;
      for (let i = 0; i < 4; i++) {
        expect(fast.exec(text)?.index).toBe(plain.exec(text)?.index);
        expect(fast.lastIndex).toBe(plain.lastIndex);
      }
    }
  });

  it("runs only sources that mean the same without u that way", () => {
    const plain = (source: string) => plainSource(source, "iu") !== null;
    expect(plain(String.raw`\b(?:troops?|won[’']t)\b`)).toBe(true);
    expect(plain(String.raw`[\p{L}'’-]+`)).toBe(true);
    expect(plain(String.raw`\P{L}+`)).toBe(false);
    expect(plain(String.raw`\u00e9|\x41`)).toBe(false);
    expect(plain("Türkiye|Bogotá|“no”")).toBe(true);
    expect(plain("ſ|\u212A")).toBe(false); // under iu they also match "s" and "k"
    expect(plain("[‘-’]")).toBe(false);
    // A "-" that opens a class is a literal: "–" beside it ends no range.
    expect(plain(String.raw`\p{L}+[-–]x|[^-–]`)).toBe(true);
    expect(plain("[a-–]")).toBe(false);
    expect(plain("[--–]")).toBe(false);
    expect(unicodeWhereNeeded(String.raw`\P{L}`, "iu").constructor).toBe(RegExp);
    expect(unicodeWhereNeeded("a", "i").constructor).toBe(RegExp);
  });
});

describe("mayMatchEach", () => {
  const patterns = [
    skippingAbsentWords(String.raw`\btold\s+(\p{Lu}\p{L}+)`, "gu"),
    skippingAbsentWords(/\baccording\s+to\s+(\w+)/giu),
    /\bplain\b/g,
    skippingAbsentWords(/\b(?:via|per)\s+(\w+)/gu),
  ];
  const mayMatch = mayMatchEach(patterns);

  it("gives each pattern's mayMatchIn answer from one reading", () => {
    for (const text of ["She told Example Radio on Monday.", "According to the ministry, talks went on.", "Nothing here at all.", "Figures came via the wire, ſo it was said.", ""]) {
      const bits = mayMatch(text);
      patterns.forEach((pattern, i) => expect((bits & (1 << i)) !== 0, `${text} / ${i}`).toBe(mayMatchIn(pattern, text)));
    }
  });

  it("refuses more patterns than bits", () => {
    expect(() => mayMatchEach(Array.from({ length: 32 }, () => /a/g))).toThrow(RangeError);
  });
});
