import { describe, expect, it } from "vitest";
import { sentenceBreaks } from "./document";

describe("sentenceBreaks", () => {
  it("ends where each match of /(?<=[.!?])\\s+/g ends (decision 0365: found from the marks instead)", () => {
    const byPattern = (text: string) => [...text.matchAll(/(?<=[.!?])\s+/g)].map((m) => m.index + m[0].length);
    const pieces = ["a", ".", "!", "?", "…", " ", "  ", "\n", "\t", "\u00a0", "\u2028", "\u3000", "\ufeff", "”", "\ud83d"];
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let n = 0; n < 3000; n++) {
      let text = "";
      for (let i = next() % 30; i > 0; i--) text += pieces[next() % pieces.length];
      expect(sentenceBreaks(text)).toEqual(byPattern(text));
    }
    expect(sentenceBreaks("One. Two!  Three?\nFour")).toEqual([5, 11, 18]);
  });
});
