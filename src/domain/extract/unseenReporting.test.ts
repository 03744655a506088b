// Reporting forms of decision 0295, each on invented wording.
import { describe, expect, it } from "vitest";
import { extractStatements } from "./extract";

const HEAD = "Example story\nThe ministers met in Sampleton on Monday.\n";
const run = (body: string, publishedAt: string | null = "2025-03-12") =>
  extractStatements(HEAD + body, { publishedAt, explain: true }).statements;
const rows = (body: string, publishedAt?: string) => run(body, publishedAt).map((s) => [s.quote, s.kind, s.speaker]);

describe("speakers of quotes", () => {
  it("a name in the possessive after a quote does not speak it (“…” X's government has made clear …)", () => {
    const found = rows('"Send the engineers now," Jane Example said. "Much is still open, but the region has a role to play." Rutte\'s government has made clear that it will send nobody.\n');
    expect(found.slice(0, 2)).toEqual([
      ["Send the engineers now", "direct", "Jane Example"],
      ["Much is still open, but the region has a role to play.", "direct", "Jane Example"],
    ]);
  });
});

describe("reported speech inside a quote", () => {
  it("a person named in the quote reporting someone else's words is a statement of that person", () => {
    const found = rows('"The minister, Jane Example, has always said that she considers the debate premature. We are far from a deal," government spokesman Jon Sample said.\n');
    expect(found).toContainEqual(["she considers the debate premature", "indirect", "Jane Example"]);
  });

  it("a time between the verb and the words is skipped (“… said over the weekend, there’s going to be …”)", () => {
    const found = rows('Jon Sample, spokesman for Jane Example, told reporters: "Jane Example said over the weekend, there\'s going to be a different plan for each country, but the talks go on."\n');
    expect(found).toContainEqual(["there's going to be a different plan for each country, but the talks go on", "indirect", "Jane Example"]);
  });

  it("the speaker's own “I said” and a quote with no one else in it add nothing", () => {
    const found = rows('"I said that the bridge will be rebuilt by the spring," Jane Example said.\n');
    expect(found).toEqual([["I said that the bridge will be rebuilt by the spring", "direct", "Jane Example"]]);
  });
});
