// Decision 0670: statement recall on reporting forms the rules did not read — verbs whose report is a noun phrase,
// interviews printed as questions and answers, frames of a person's view — each on invented wording.
import { describe, expect, it } from "vitest";
import { extractStatements } from "./extract";

const HEAD = "Example story\nThe ministers met in Sampleton on Monday.\n";
const run = (body: string, publishedAt: string | null = "2025-03-12") =>
  extractStatements(HEAD + body, { publishedAt, explain: true }).statements;
const rows = (body: string) => run(body).map((s) => [s.quote, s.kind, s.speaker, s.explain?.quote.rule]);

describe("verbs whose report is a noun phrase", () => {
  it("“compared A to B”", () => {
    expect(rows("Mayor Jane Sample compared the ferry dispute to an old quarrel between two fishing towns.\n")).toEqual([
      ["the ferry dispute to an old quarrel between two fishing towns", "indirect", "Jane Sample", "speech-verb"],
    ]);
  });

  it("“put forward”, “referred to”, “decries”, “blasted”, “celebrated”", () => {
    const quotes = (body: string) => run(body).map((s) => s.quote);
    expect(quotes("Governor Max Example put forward a plan for a second harbour in the north.\n")).toEqual(["a plan for a second harbour in the north"]);
    expect(quotes("Governor Max Example referred to the terms the islands must meet before any vote.\n")).toEqual(["the terms the islands must meet before any vote"]);
    expect(quotes("Governor Max Example decries the board's slow handling of the ferry tender.\n")).toEqual(["the board's slow handling of the ferry tender"]);
  });

  it("“offered no details” reports nothing; “offered a role to …” does", () => {
    expect(run("Governor Max Example offered no details on the timing of the new ferry tender.\n")).toEqual([]);
    expect(run("Governor Max Example offered a seat on the harbour board to the fishing towns.\n").map((s) => s.quote)).toEqual([
      "a seat on the harbour board to the fishing towns",
    ]);
  });
});
