// Extraction reads a text in time proportional to its length, whatever its shape (decisions 0025, 0285). Timing
// cannot show that on a shared machine, so this counts the work itself: how far into its input every pattern
// run reaches. An article four times as long must cost about four times as much, not sixteen.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SHAPES, benchArticle } from "../../../scripts/bench-inputs";
import { extractStatements } from "./extract";

const nativeExec = RegExp.prototype.exec;
let reached = 0;

/** Characters a pattern run read: from where it started to the end of its match, or to the end of the input. */
function countingExec(this: RegExp, input: string): RegExpExecArray | null {
  const text = String(input);
  const from = this.global || this.sticky ? this.lastIndex : 0;
  const found = nativeExec.call(this, text);
  if (this.sticky) reached += found ? found[0].length + 1 : 1;
  else reached += found ? found.index + found[0].length - from : text.length - from;
  return found;
}

function charactersReadPerByte(text: string): number {
  reached = 0;
  extractStatements(text, { publishedAt: "2025-01-15" });
  return reached / text.length;
}

describe("extraction reads a text in linear time", () => {
  beforeEach(() => {
    RegExp.prototype.exec = countingExec;
  });
  afterEach(() => {
    RegExp.prototype.exec = nativeExec;
  });

  it.each(SHAPES)("%s: four times the text, about four times the pattern work", (shape) => {
    const small = charactersReadPerByte(benchArticle(shape, 8 * 1024));
    const large = charactersReadPerByte(benchArticle(shape, 32 * 1024));
    // Work that grows with the square of the length would read four times as much per byte here.
    // Before decision 0285 the one-line shape read 1.8 times as much per byte at 32 KB as at 8 KB.
    expect(large / small).toBeLessThan(1.5);
  }, 60_000);
});
