import { describe, expect, it } from "vitest";
import { textSegments } from "./textSegments";

describe("textSegments", () => {
  it("cuts plain text around one span and keeps every character", () => {
    const text = "He said: we stay. Then left.";
    const segments = textSegments(text, [{ key: "a", start: 9, end: 17 }]);
    expect(segments.map((s) => [s.text, s.covering, s.starting])).toEqual([
      ["He said: ", [], []],
      ["we stay.", ["a"], ["a"]],
      [" Then left.", [], []],
    ]);
    expect(segments.map((s) => s.text).join("")).toBe(text);
  });

  it("marks a nested span inside its outer span, innermost last", () => {
    const text = "A: outer 'inner words' end.";
    const outer = { key: "outer", start: 3, end: 26 };
    const inner = { key: "inner", start: 10, end: 21 };
    const segments = textSegments(text, [inner, outer]);
    const innerPiece = segments.find((s) => s.text === "inner words");
    expect(innerPiece?.covering).toEqual(["outer", "inner"]);
    expect(innerPiece?.starting).toEqual(["inner"]);
    expect(segments.find((s) => s.start === 3)?.starting).toEqual(["outer"]);
    expect(segments.map((s) => s.text).join("")).toBe(text);
  });

  it("drops empty, inverted and out-of-range spans without losing text", () => {
    const text = "short";
    const segments = textSegments(text, [
      { key: "empty", start: 2, end: 2 },
      { key: "inverted", start: 4, end: 1 },
      { key: "past", start: 3, end: 99 },
    ]);
    expect(segments.map((s) => [s.text, s.covering])).toEqual([
      ["sho", []],
      ["rt", ["past"]],
    ]);
  });
});
