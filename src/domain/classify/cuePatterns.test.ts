// A cue list run block by block gives the matches the one alternation gives (decision 0435), on sentences written
// for these tests and on strings built from the cues' own words.
import { describe, expect, it } from "vitest";
import { CONDITION_PHRASES, DENIERS, NEGATION_CUES, OPPOSITION_CUES, REFUSALS, TOPIC_TERMS } from "../lexicon/classify.en";
import { allMatches } from "../matches";
import { cuePattern } from "./cuePatterns";

const alternation = (cues: string[]) => cues.map((c) => `(?:${c})`).join("|");
const onePattern = (cues: string[], flags: string) => new RegExp(String.raw`\b(?:${alternation(cues)})\b`, flags);
const deniedRefusal = String.raw`(?:${alternation(DENIERS)})\s+(?:[\p{L}’']+\s+){0,3}?(?:${alternation(REFUSALS)})`;

const LISTS: [string, string[]][] = [
  ["negotiation terms", TOPIC_TERMS.negotiations],
  ["condition phrases", [...CONDITION_PHRASES, deniedRefusal]],
  ["negations", NEGATION_CUES],
  ["opposition", OPPOSITION_CUES],
];

const SENTENCES = [
  "A Putin-Zelensky meeting is not on the table, and US-Russia talks have not been ruled out.",
  "The minister won’t rule out sending troops, but peace talks can’t start until a ceasefire holds.",
  "We don't exclude anything; the Kyiv–Moscow summit isn't planned, nobody would close the door to negotiations.",
  "No deal without a seat at the table. Talks are welcome, not yet, not now.",
  "Accession negotiations and a non-aggression pact; Russian-Ukrainian talks; well-known pre-war deals.",
  "",
];

/** Strings of the words the cues are made of, in a fixed pseudo-random order: places where alternatives compete. */
function builtStrings(count: number): string[] {
  const words = ["not", "won’t", "can't", "Russia-", "-Putin", "Kyiv", "talks", "meeting", "summit", "peace", "deal", "rule", "out", "off", "the", "table", "truce", "negotiating", "accession", "until", "if", "only", "no", "longer", "on", "agenda", "-", "–", ",", ".", "ſ", "cease-fire"];
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
  return Array.from({ length: count }, () => Array.from({ length: 4 + (next() % 12) }, () => words[next() % words.length]).join(next() % 3 ? " " : ""));
}

const found = (matches: RegExpExecArray[]) => matches.map((m) => `${m.index}:${m[0]}`);

describe("cue patterns in blocks", () => {
  for (const [name, cues] of LISTS) {
    it(`find the same matches as one alternation: ${name}`, () => {
      const blocks = cuePattern(cues, "giu");
      const whole = onePattern(cues, "giu");
      const first = cuePattern(cues, "iu");
      const any = onePattern(cues, "iu");
      for (const text of [...SENTENCES, ...builtStrings(150)]) {
        expect(found(allMatches(blocks, text)), text).toEqual(found(allMatches(whole, text)));
        expect(first.exec(text)?.[0], text).toBe(any.exec(text)?.[0]);
        expect(first.exec(text)?.index, text).toBe(any.exec(text)?.index);
        expect(first.test(text), text).toBe(any.test(text));
      }
    });
  }

  it("sets apart a cue that opens with any letters and names words a text must hold", () => {
    expect(cuePattern(TOPIC_TERMS.negotiations).constructor.name).not.toBe(onePattern([], "iu").constructor.name);
    expect(cuePattern(["peace", "truce"]).exec("a truce, then peace")?.[0]).toBe("truce");
  });
});
