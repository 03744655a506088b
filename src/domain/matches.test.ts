import { describe, expect, it } from "vitest";
import { allMatches } from "./matches";

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
