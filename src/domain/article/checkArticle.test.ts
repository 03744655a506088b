import { describe, expect, it } from "vitest";
import type { ExtractedStatement } from "../extract/types";
import { checkArticleText, checkStatements, measureLines } from "./checkArticle";
import { ArticleProblemError } from "./problems";

const limits = { maxBytes: 1000, maxLineLength: 10, maxLines: 3, maxQuoteLength: 5, maxStatements: 2 };
const codeOf = (run: () => unknown) => {
  try {
    run();
    return "no error";
  } catch (error) {
    return (error as ArticleProblemError).code;
  }
};
const statement = (quote: string, start = 0): ExtractedStatement => ({
  quote, start, end: start + quote.length, kind: "direct", speaker: null, speakerRole: null, outletCited: null, venue: null,
  date: null, datePrecision: null, dateSource: null, topics: ["other"], stance: {}, quotedFragments: [],
});

describe("measureLines", () => {
  it("counts lines ended by \\n, \\r\\n or a lone \\r and finds the longest", () => {
    expect(measureLines("ab\r\ncde\rf\n")).toEqual({ count: 3, longest: 3, longestAt: 2 });
    expect(measureLines("one line")).toEqual({ count: 1, longest: 8, longestAt: 1 });
  });
});

describe("checkArticleText", () => {
  it("refuses markup, a line too long and too many lines, each by its own code", () => {
    expect(codeOf(() => checkArticleText("<html><p>x</p></html>", "a.txt", limits))).toBe("MARKUP");
    expect(codeOf(() => checkArticleText("short\nmuch too long a line\n", "a.txt", limits))).toBe("LINE_TOO_LONG");
    expect(codeOf(() => checkArticleText("a\nb\nc\nd\n", "a.txt", limits))).toBe("TOO_MANY_LINES");
    expect(codeOf(() => checkArticleText("a\nb\nc\n", "a.txt", limits))).toBe("no error");
  });

  it("says which line is too long", () => {
    expect(() => checkArticleText("ok\nok\nthis one is long", "a.txt", limits)).toThrow(/line 3 is 16 characters long; a line may have at most 10/);
  });
});

describe("checkStatements", () => {
  it("refuses a runaway quote and too many statements", () => {
    expect(codeOf(() => checkStatements([statement("abcdef", 3)], "x\ny\nz abcdef", "a.txt", limits))).toBe("QUOTE_TOO_LONG");
    expect(() => checkStatements([statement("abcdef", 4)], "x\ny\nabcdef", "a.txt", limits)).toThrow(/6 characters from line 3/);
    expect(codeOf(() => checkStatements([statement("a"), statement("b"), statement("c")], "abc", "a.txt", limits))).toBe("TOO_MANY_STATEMENTS");
    expect(codeOf(() => checkStatements([statement("a"), statement("b")], "ab", "a.txt", limits))).toBe("no error");
  });
});
