// Words a press office announces before their occasion (decision 0815, round 4): "will tell … that", "is expected to
// say that". Only with a "that" clause: "will urge his counterparts to …" is left to the constructions that read it.
// Invented wording.
import { describe, expect, it } from "vitest";
import { extractStatements } from "./extract";

const HEAD = "Example story\nThe ministers met in Sampleton.\n";
const rows = (body: string) => extractStatements(HEAD + body, { publishedAt: "2025-03-14" }).statements.map((s) => [s.quote, s.speaker]);

describe("words announced for an occasion still to come", () => {
  it.each([
    ["Harbour Minister Jane Example will tell the ferry summit that the ports must stay open.\n", "the ports must stay open"],
    ["Harbour Minister Jane Example is expected to say that the ports must stay open.\n", "the ports must stay open"],
    ["Harbour Minister Jane Example will also stress that the ports must stay open.\n", "the ports must stay open"],
  ])("%s", (body, quote) => {
    expect(rows(body)).toEqual([[quote, "Jane Example"]]);
  });

  it("a future verb without a 'that' clause is no report of its own", () => {
    expect(rows("Harbour Minister Jane Example will say nothing until the summit.\n")).toEqual([]);
  });
});
