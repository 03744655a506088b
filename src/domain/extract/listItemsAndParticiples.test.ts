// Mechanisms of unseen reporting (decision 0510), each on invented wording.
import { describe, expect, it } from "vitest";
import { extractStatements } from "./extract";

const HEAD = "Example story\nThe ministers met in Sampleton on Monday.\n";
const run = (body: string, publishedAt: string | null = "2025-03-12") =>
  extractStatements(HEAD + body, { publishedAt, explain: true }).statements;
const rows = (body: string) => run(body).map((s) => [s.quote, s.kind, s.speaker, s.explain?.quote.rule]);

describe("live coverage's list items", () => {
  it("a short unpunctuated list item of prose is a statement, not a heading", () => {
    const found = rows("Latest:\n  • Zelensky earlier accused the mayor of “living in a dream” made by the council\n  • The ferries will run all winter\n");
    expect(found).toEqual([["the mayor of “living in a dream” made by the council", "indirect", "Volodymyr Zelensky", "speech-verb"]]);
  });

  it("a list item of capitalised words stays a heading", () => {
    expect(rows("  • Zelensky Accused The Mayor Of Dreaming\n")).toEqual([]);
  });
});
