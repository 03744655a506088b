import { describe, expect, it } from "vitest";
import { allMatches, skippingAbsentWords, triedAtFirstWords } from "./matches";
import { cueLeadsWithWords, cueListSource, cueListWordStarts, cueRequiresWords, holdsAny, leadingWordStarts, placesOfKeys, readWordStarts, requiredWordStarts } from "./wordStarts";
import { mulberry32 } from "./random";

/** Whether the prefilter lets the text through to the pattern. */
const passes = (source: string, flags: string, text: string) => {
  const required = requiredWordStarts(source, flags);
  return required === null || holdsAny(readWordStarts(text), required);
};

describe("requiredWordStarts", () => {
  it("reads the words every alternative of a cue list needs", () => {
    const source = String.raw`\b(?:(?:troops?)|(?:boots on the ground)|(?:F-16s?)|(?:no[- ]fly zone))\b`;
    expect(requiredWordStarts(source, "iu")).not.toBeNull();
    expect(passes(source, "iu", "The allies will send more troops.")).toBe(true);
    expect(passes(source, "iu", "Kyiv asked for F-16 jets.")).toBe(true);
    expect(passes(source, "iu", "Kyiv asked for F-16s.")).toBe(true);
    expect(passes(source, "iu", "A no-fly zone was ruled out.")).toBe(true);
    expect(passes(source, "iu", "The ministers talked about the budget.")).toBe(false);
  });

  it("requires nothing where a word may start anywhere or is not written out", () => {
    expect(requiredWordStarts("interview|talk", "i")).toBeNull(); // "reinterview" matches: no word start
    expect(requiredWordStarts(String.raw`\b\w+ed\b`, "i")).toBeNull();
    expect(requiredWordStarts(String.raw`\b(?:troops|\p{Lu}\p{L}+)\b`, "u")).toBeNull();
    expect(requiredWordStarts(String.raw`\b(?:troops)?\s+said\b`, "i")).not.toBeNull(); // "said" is required
    expect(requiredWordStarts(String.raw`\bsend\w*`, "y")).toBeNull(); // sticky patterns are left alone
  });

  it("matches words of one or two letters exactly, and a prefix where the rest is unknown", () => {
    expect(passes(String.raw`\b(?:EU|UN)\b`, "", "The EU agreed.")).toBe(true);
    expect(passes(String.raw`\b(?:EU|UN)\b`, "", "The EUR fell.")).toBe(false);
    expect(passes(String.raw`\bsend(?:s|ing)?\s+(?:\w+\s+){0,2}troops`, "i", "Sending more troops")).toBe(true);
    expect(passes(String.raw`\bsend(?:s|ing)?\s+(?:\w+\s+){0,2}troops`, "i", "We shipped aid")).toBe(false);
  });

  it("counts only ASCII letters, digits and _ as word characters, as \\b does", () => {
    expect(passes(String.raw`\brkiye\b`, "", "Türkiye")).toBe(true); // "ü" is no word character for \b
    expect(passes(String.raw`\btroops\b`, "", "_troops")).toBe(false);
  });
});

describe("leadingWordStarts", () => {
  const begins = (source: string, text: string) => {
    const leading = leadingWordStarts(source, "i");
    const words = readWordStarts(text);
    const at = placesOfKeys(words, text);
    return leading !== null && words.keys.some((key, i) => at[i] === 0 && (leading[key >> 3] & (1 << (key & 7))) !== 0);
  };

  it("reads the first word of every alternative, through optional groups", () => {
    expect(begins(String.raw`\b(?:(?:direct )?clash|(?:an?|serious) threat)\b`, "direct clash")).toBe(true);
    expect(begins(String.raw`\b(?:(?:direct )?clash|(?:an?|serious) threat)\b`, "clash")).toBe(true);
    expect(begins(String.raw`\b(?:(?:direct )?clash|(?:an?|serious) threat)\b`, "a threat")).toBe(true);
    expect(begins(String.raw`\b(?:(?:direct )?clash|(?:an?|serious) threat)\b`, "threat")).toBe(false);
    expect(begins(String.raw`\b(?:it[’']s up to)\b`, "it’s up to")).toBe(true);
  });

  it("says nothing where a match may begin with anything but a written word at a word's start", () => {
    expect(leadingWordStarts(String.raw`\b(?:(?:would|’d) like to)\b`, "i")).toBeNull();
    expect(leadingWordStarts(String.raw`\b(?:\p{L}*n[’']t)\b`, "iu")).toBeNull();
    expect(leadingWordStarts(String.raw`troops`, "i")).toBeNull(); // "paratroops": no word start
    expect(leadingWordStarts(String.raw`\b(?:(?:\w+ )?systems?)\b`, "i")).toBeNull();
  });

  it("places each key of a text at the start of its word", () => {
    const text = "An EU-led force, ab abc";
    const words = readWordStarts(text);
    expect([...placesOfKeys(words, text)]).toEqual([0, 3, 6, 6, 10, 10, 17, 20, 20]);
    expect(words.keys).toHaveLength(9);
  });
});

// ---------------------------------------------------------------- the filter never changes a match

const WORDS = [
  "troops", "troop", "soldiers", "send", "sending", "sent", "F-16", "F-16s", "no-fly", "no fly", "zone", "EU", "eu", "UN",
  "neutrality", "neutral", "non-aligned", "status", "talks", "peace", "deal", "ceasefire", "cease-fire", "negotiate",
  "accession", "the", "a", "of", "NATO", "nato's", "NATO’s", "ſoldiers", "\u212Aremlin", "kremlin", "Türkiye", "said",
  "told", "reporters", "_x", "x_", "42", "ab", "abc", "abcd", "abcde", "abcdef", "Speaking", "speaking", "SPEAKING",
  "on", "radio", "news", "the news",
];
const MARKS = [" ", "  ", ", ", ". ", "-", "—", "“", "”", "'", "’", "\n", "\u00a0", "(", ")", "😀", "\ud83d", ""];

function randomText(random: () => number): string {
  let text = "";
  const pieces = 1 + Math.floor(random() * 12);
  for (let i = 0; i < pieces; i++) {
    text += WORDS[Math.floor(random() * WORDS.length)];
    text += MARKS[Math.floor(random() * MARKS.length)];
  }
  return text;
}

const SOURCES: [string, string][] = [
  [String.raw`\b(?:(?:troops?)|(?:soldiers?)|(?:F-16s?)|(?:no[- ]fly zone)|(?:send(?:s|ing)? (?:\w+ ){0,2}troops))\b`, "giu"],
  [String.raw`\b(?:(?:neutrality)|(?:neutral,? (?:(?:and |or )?non-(?:aligned|bloc),? )?status))\b`, "giu"],
  [String.raw`\b(?:(?:(?<!accession )negotiat\w*)|(?:ceasefire)|(?:cease-fire)|(?:peace (?:deal|talks)))\b`, "giu"],
  [String.raw`\b(?:EU|UN|ab|abc)\b`, "g"],
  [String.raw`\bNATO(?:['’]s)?\s+(?:troops|soldiers)`, "gi"],
  [String.raw`(?:^|\s)said\b|\btold\s+reporters`, "gim"],
  [String.raw`\brkiye\b|\bkremlin\b`, "giu"],
  [String.raw`\b(?:abcde|abcd|x_|_x|42)\b`, "gi"],
  [String.raw`\b(?:[Ss]peaking|on)\s+(?:the\s+)?(?:news\s+)?radio\b`, "g"],
  [String.raw`\b(?:(?:is|it[’']s) (?:not )?(?:for|up to) (?:the )?(?:news|radio))\b`, "giu"],
  [String.raw`\b(?:(?:abcd)?(?:ef|abcde)|(?:(?:news|the) )?radio)\b`, "gi"],
];

describe("skippingAbsentWords", () => {
  it("finds what the pattern finds, on 3,000 random texts per pattern", () => {
    const random = mulberry32(405);
    for (const [source, flags] of SOURCES) {
      const filtered = skippingAbsentWords(source, flags);
      const plain = new RegExp(source, flags);
      for (let i = 0; i < 3000; i++) {
        const text = randomText(random);
        const found = allMatches(filtered, text).map((m) => [m.index, m[0]]);
        expect(found, `${source} on ${JSON.stringify(text)}`).toEqual(allMatches(plain, text).map((m) => [m.index, m[0]]));
        if (i % 10 === 0) {
          expect(text.split(filtered)).toEqual(text.split(plain));
          expect(text.replace(filtered, "<$&>")).toEqual(text.replace(plain, "<$&>"));
        }
      }
    }
  });

  it("finds what the pattern finds when tried at the words its matches begin with, on 3,000 random texts per pattern", () => {
    const random = mulberry32(465);
    for (const [source, flags] of SOURCES) {
      const atWords = triedAtFirstWords(source, flags);
      const once = triedAtFirstWords(source, flags.replace("g", ""));
      const plain = new RegExp(source, flags);
      const plainOnce = new RegExp(source, flags.replace("g", ""));
      for (let i = 0; i < 3000; i++) {
        const text = randomText(random);
        const found = allMatches(atWords, text).map((m) => [m.index, m[0]]);
        expect(found, `${source} on ${JSON.stringify(text)}`).toEqual(allMatches(plain, text).map((m) => [m.index, m[0]]));
        expect(once.test(text)).toBe(plainOnce.test(text));
        expect(once.exec(text)?.index).toBe(plainOnce.exec(text)?.index);
      }
    }
  }, 30_000); // 3–4 s alone; CI runs it beside the other test files on two cores

  it("leaves lastIndex as the pattern would after a text it skips", () => {
    const global = skippingAbsentWords(String.raw`\btroops\b`, "gi");
    global.lastIndex = 3;
    expect(global.exec("no such word here")).toBeNull();
    expect(global.lastIndex).toBe(0);
    const once = skippingAbsentWords(String.raw`\btroops\b`, "i");
    once.lastIndex = 3;
    expect(once.test("no such word here")).toBe(false);
    expect(once.lastIndex).toBe(3);
  });

  it("runs the pattern under iu on texts holding ſ or the Kelvin sign, which fold to s and k", () => {
    const pattern = skippingAbsentWords(String.raw`\bsoldiers\b|\bkremlin\b`, "iu");
    expect(pattern.test("ſoldiers")).toBe(true);
    expect(pattern.test("\u212Aremlin")).toBe(true);
  });
});

describe("cueListWordStarts", () => {
  /** Every list of strings the lexicons export (alone or in a record): the cue lists and more. */
  const lexiconLists = (module: Record<string, unknown>): [string, string[]][] =>
    Object.entries(module).flatMap(([name, value]): [string, string[]][] => {
      const isList = (v: unknown): v is string[] => Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === "string");
      if (isList(value)) return [[name, value]];
      if (value && typeof value === "object" && !Array.isArray(value)) return Object.entries(value).flatMap(([key, v]): [string, string[]][] => (isList(v) ? [[`${name}.${key}`, v]] : []));
      return [];
    });
  const same = (a: Uint8Array | null, b: Uint8Array | null) => (a === null || b === null ? a === b : a.length === b.length && a.every((bits, i) => bits === b[i]));
  const readsAsItsSource = (cues: string[], flags: string) => {
    const source = cueListSource(cues);
    const read = cueListWordStarts(cues, source, flags);
    // As the source reads, and as the RegExp's own source reads (CuePattern reads `this.source`).
    for (const whole of [source, new RegExp(source, flags.replace("y", "")).source]) {
      expect(same(read.required, requiredWordStarts(whole, flags)), `${flags} required ${source.slice(0, 200)}`).toBe(true);
      expect(same(read.leading, leadingWordStarts(whole, flags)), `${flags} leading ${source.slice(0, 200)}`).toBe(true);
    }
    for (const cue of cues) {
      expect(cueRequiresWords(cue, flags), cue).toBe(requiredWordStarts(cueListSource([cue]), flags) !== null);
      expect(cueLeadsWithWords(cue, flags), cue).toBe(leadingWordStarts(cueListSource([cue]), flags) !== null);
    }
  };

  it("reads every lexicon list, cue by cue, as its whole source reads", async () => {
    const lists = [...lexiconLists(await import("./lexicon/classify.en")), ...lexiconLists(await import("./lexicon/en"))];
    expect(lists.length).toBeGreaterThan(40);
    for (const [, cues] of lists) for (const flags of ["iu", "giu"]) readsAsItsSource(cues, flags);
  });

  it("reads invented lists with optional, repeated, short and prefix words the same way", () => {
    const lists = [
      ["troops?", "boots on the ground", "F-16s?", "no[- ]fly zone"],
      ["(?:direct )?clash", "(?:an?|serious) threat", "it[’']s up to"],
      ["(?:would|’d) like to", "peace"],
      [String.raw`\p{L}*n[’']t`, "talks"],
      [String.raw`\p{L}+-Russia talks`, "summit"],
      [String.raw`send(?:s|ing)?\s+(?:\w+\s+){0,2}troops`, "EU|UN"],
      ["a|b", "(?:x)?", ""],
      [String.raw`(?<!accession )negotiat\w*`, String.raw`cease-?fire`],
    ];
    for (const cues of lists) for (const flags of ["iu", "giu", "i", ""]) readsAsItsSource(cues, flags);
  });

  it("reads a list whole when a cue cannot be read on its own", () => {
    // "a)|(?:b" is no cue of its own, but the list's source parses: it is read whole, as before.
    for (const cues of [["said)|(?:told", "warned"], ["reported", String.raw`x\x`], ["[ab", "]c"]]) {
      const source = cueListSource(cues);
      const read = cueListWordStarts(cues, source, "i");
      expect(same(read.required, requiredWordStarts(source, "i")), source).toBe(true);
      expect(same(read.leading, leadingWordStarts(source, "i")), source).toBe(true);
    }
  });
});
