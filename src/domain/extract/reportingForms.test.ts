// Statements on reporting forms found missing on dev (decision 0245), each on invented wording.
import { describe, expect, it } from "vitest";
import { extractStatements } from "./extract";

const HEAD = "Example story\nThe ministers met in Brussels on Monday.\n";
const run = (body: string, publishedAt: string | null = "2025-03-12") =>
  extractStatements(HEAD + body, { publishedAt, explain: true }).statements;
const rows = (body: string, publishedAt?: string) => run(body, publishedAt).map((s) => [s.quote, s.kind, s.speaker]);

describe("direct quotes", () => {
  it("a short quote before an inverted attribution (“…,” said X) is a statement, not a fragment", () => {
    expect(rows('"We see it," said Jane Example, who chaired the group.\n')).toEqual([["We see it", "direct", "Jane Example"]]);
  });

  it("a second quote joined by “and” to the quote before shares its speaker", () => {
    expect(rows('Jane Example said, "It will be hard without you. We need more," and "You will see why it matters."\n')).toEqual([
      ["It will be hard without you. We need more", "direct", "Jane Example"],
      ["You will see why it matters.", "direct", "Jane Example"],
    ]);
  });

  it("two scare-quoted words joined by “and” stay fragments", () => {
    expect(rows('Jane Example wants "order" and "calm" in the region.\n')).toEqual([]);
  });
});
