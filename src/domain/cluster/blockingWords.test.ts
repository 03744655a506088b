import { describe, expect, it } from "vitest";
import { anyOf, COMMON_SHARE, RARE_PER_QUOTE, RARE_SHARE, rareWords, windowWords } from "./blockingWords";

const lexeme = (word: string, share = 0) => ({ word, share });

describe("blocking words", () => {
  it("keeps the uncommon lexemes for a search within the dates, or all of them when every one is common", () => {
    const quote = [lexeme("alli", COMMON_SHARE * 4), lexeme("ferri"), lexeme("corridor", COMMON_SHARE / 2)];
    expect(windowWords(quote)).toEqual(["ferri", "corridor"]);
    const common = [lexeme("alli", 0.3), lexeme("support", 0.2)];
    expect(windowWords(common)).toEqual(["alli", "support"]);
  });

  it("picks the rarest lexemes below the rare share, the longer first when the statistics know none of them", () => {
    const quote = [lexeme("alli", 0.3), lexeme("ferri", RARE_SHARE / 2), lexeme("corridor"), lexeme("winter", RARE_SHARE / 4), lexeme("baltic")];
    expect(rareWords(quote)).toEqual(["corridor", "baltic", "winter"].slice(0, RARE_PER_QUOTE));
    expect(rareWords([lexeme("alli", 0.3)])).toEqual([]);
  });

  it("leaves out lexemes that are not plain letters and digits, so the query text stays well formed", () => {
    expect(rareWords([lexeme("o'brien"), lexeme("a|b"), lexeme("zürich"), lexeme("2024")])).toEqual(["zürich", "2024"]);
    expect(anyOf(["ferri", "corridor", "ferri", "x'y"])).toBe("'corridor' | 'ferri'");
    expect(anyOf([])).toBeNull();
  });
});
