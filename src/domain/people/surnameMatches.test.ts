import { describe, expect, it } from "vitest";
import { eachMatch, escapeRegExp } from "../matches";
import { surnameMatches } from "./mentions";
import { mulberry32 } from "../random";

/** What the surname's own pattern found (decision 0675): the answer `surnameMatches` must give. */
function byPattern(text: string, surname: string) {
  const pattern = new RegExp(String.raw`\b(?:(?:Mr|Mrs|Ms|Dr|Gen|Adm)\.?\s+)?${escapeRegExp(surname)}(?![\p{L}-])`, "gu");
  return [...eachMatch(pattern, text)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
}

const PIECES = ["Mr", "Mrs", "Ms", "Dr", "Gen", "Adm", "Sir", ".", " ", "  ", "\n", "\u00a0", "-", "_", "'", "1", "a", "é", "x", ",", "Zorvak", "Zorvaka", "Zor", "vak", "Ilvé", "O'Test", "Quill-Barr", "Mrs.", "Dr.", "ño", "😀"];
const SURNAMES = ["Zorvak", "Zor", "vak", "Ilvé", "O'Test", "Quill-Barr", "ño", "aZorvak", "Dr", "Mrs", "", "rs", "😀"];

function randomText(random: () => number): string {
  let text = "";
  const length = 1 + Math.floor(random() * 14);
  for (let i = 0; i < length; i++) text += PIECES[Math.floor(random() * PIECES.length)];
  return text;
}

describe("surnameMatches", () => {
  it("finds what the surname's pattern finds, with and without an honorific", () => {
    expect(surnameMatches("Mr. Zorvak met Dr  Zorvak and Zorvaka, then Zorvak-Ilvé and aZorvak.", "Zorvak")).toEqual(byPattern("Mr. Zorvak met Dr  Zorvak and Zorvaka, then Zorvak-Ilvé and aZorvak.", "Zorvak"));
    expect(surnameMatches("Zorvak", "Zorvak")).toEqual([{ start: 0, end: 6 }]);
    expect(surnameMatches("Mrs Zorvak", "Zorvak")).toEqual([{ start: 0, end: 10 }]);
    expect(surnameMatches("xMrs Zorvak", "Zorvak")).toEqual([{ start: 5, end: 11 }]);
  });

  it("finds what the pattern finds on 3,000 random texts per surname", () => {
    const random = mulberry32(675);
    for (const surname of SURNAMES) {
      for (let i = 0; i < 3000; i++) {
        const text = randomText(random);
        expect(surnameMatches(text, surname), JSON.stringify({ text, surname })).toEqual(byPattern(text, surname));
      }
    }
  });
});
