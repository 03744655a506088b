// Statements found on forms the first rules missed (decision 0185), each on invented wording.
import { describe, expect, it } from "vitest";
import { extractStatements } from "./extract";

const run = (text: string, publishedAt: string | null = "2025-03-12") => extractStatements(text, { publishedAt, explain: true }).statements;

describe("a clause before its attribution", () => {
  it("is read even when a participle after the attribution reports more", () => {
    const found = run("Example story\nMark Rutte spoke in Brussels on Monday.\nAllies must spend more on air defence, he said, warning that the coming winter would be hard.\n");
    expect(found.map((s) => [s.quote, s.kind, s.speaker])).toEqual([
      ["Allies must spend more on air defence", "indirect", "Mark Rutte"],
      ["the coming winter would be hard", "indirect", "Mark Rutte"],
    ]);
  });

  it("keeps a short quote inside it as a fragment of the paraphrase, not a quote of its own", () => {
    const [statement, ...rest] = run("Example story\nAllies need to get “back on their feet” and work together, Mark Rutte said.\n");
    expect(rest).toEqual([]);
    expect(statement.quote).toBe("Allies need to get “back on their feet” and work together");
    expect(statement.kind).toBe("indirect");
    expect(statement.quotedFragments).toEqual(["back on their feet"]);
  });
});

describe("who speaks", () => {
  it("a quote that is the subject of a sentence shares the attribution of the quote after it", () => {
    const found = run("Example story\n“The long and costly war against Examplestan” was “the clearest lesson of the decade,” Mark Rutte said.\n");
    expect(found.map((s) => [s.quote, s.speaker])).toEqual([
      ["The long and costly war against Examplestan", "Mark Rutte"],
      ["the clearest lesson of the decade", "Mark Rutte"],
    ]);
    expect(found[0].explain?.quote.rule).toBe("quote-attributed-with-next");
  });

  it("a pronoun in a text that opens before anyone is named stands for the first person named after it", () => {
    const found = run("Allies must spend more on air defence, he said, warning that the coming winter would be hard.\n“We must act,” Mark Rutte said.\n");
    expect(found.map((s) => s.speaker)).toEqual(["Mark Rutte", "Mark Rutte", "Mark Rutte"]);
  });
});
