// The checks an article's text and its extracted statements must pass before
// anything is written: plain text, not markup; within the size limits of
// ./limits.ts; quotes that close. Each failure names the rule and the place.
import type { ExtractedStatement } from "../extract/types";
import { ARTICLE_LIMITS, type ArticleLimits } from "./limits";
import { detectMarkup } from "./markup";
import { ArticleProblemError } from "./problems";

const count = (n: number) => n.toLocaleString("en-US");

/** Refuses markup and texts with too many or too long lines. */
export function checkArticleText(text: string, file: string, limits: ArticleLimits = ARTICLE_LIMITS): void {
  const markup = detectMarkup(text);
  if (markup) throw new ArticleProblemError(file, "MARKUP", `the file is ${markup}, not plain text: save the article as plain text and import that`);
  const lines = measureLines(text);
  if (lines.longest > limits.maxLineLength) {
    throw new ArticleProblemError(file, "LINE_TOO_LONG", `line ${count(lines.longestAt)} is ${count(lines.longest)} characters long; a line may have at most ${count(limits.maxLineLength)}`);
  }
  if (lines.count > limits.maxLines) {
    throw new ArticleProblemError(file, "TOO_MANY_LINES", `the file has ${count(lines.count)} lines; an article may have at most ${count(limits.maxLines)}`);
  }
}

/** Line count and the longest line; "\r\n", "\n" and a lone "\r" each end a line. */
export function measureLines(text: string): { count: number; longest: number; longestAt: number } {
  let count = 1;
  let longest = 0;
  let longestAt = 1;
  let lineStart = 0;
  const endLine = (end: number) => {
    if (end - lineStart > longest) [longest, longestAt] = [end - lineStart, count];
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== 10 && code !== 13) continue;
    endLine(i);
    if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
    lineStart = i + 1;
    if (lineStart < text.length) count++;
  }
  endLine(text.length);
  return { count, longest, longestAt };
}

/** Refuses extraction results that show the text is not one report: a runaway quote, or hundreds of statements. */
export function checkStatements(statements: ExtractedStatement[], text: string, file: string, limits: ArticleLimits = ARTICLE_LIMITS): void {
  const runaway = statements.find((s) => s.quote.length > limits.maxQuoteLength);
  if (runaway) {
    throw new ArticleProblemError(
      file,
      "QUOTE_TOO_LONG",
      `a quotation runs ${count(runaway.quote.length)} characters from line ${count(lineOf(text, runaway.start))} (at most ${count(limits.maxQuoteLength)}): ` +
        "probably a quotation mark that is never closed",
    );
  }
  if (statements.length > limits.maxStatements) {
    throw new ArticleProblemError(
      file,
      "TOO_MANY_STATEMENTS",
      `extraction found ${count(statements.length)} statements; one article may have at most ${count(limits.maxStatements)} (is it several articles in one file?)`,
    );
  }
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
