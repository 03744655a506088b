// Decision 0820: direct quotes laid out over two paragraphs: an introduction whose speech verb is followed by when,
// where or to whom before its colon, and a line of its own that only attributes the words above it, opened by a dash
// (translated copy's layout), or an inverted attribution with its occasion after the speaker. Invented wording; the
// known people are the data's own.
import { describe, expect, it } from "vitest";
import { extractStatements } from "./extract";

const HEAD = "Example story\nThe ministers met in Sampleton on Monday to talk about the ferries.\n";
const rows = (body: string) => extractStatements(HEAD + body, { publishedAt: "2025-03-12" }).statements.map((s) => [s.quote, s.kind, s.speaker]);

describe("an introduction with an occasion before its colon, the words in the next paragraph", () => {
  it("when, where, on which medium or to whom the words were said", () => {
    const words = "The ferries will run all winter, and nobody will pay more for a ticket.";
    for (const introduction of ["Mark Rutte said on Monday:", "Rutte told reporters in Sampleton:", "Rutte wrote on X:", "The NATO chief said during a visit to the harbour:", "Rutte told Example Radio:"]) {
      expect(rows(`${introduction}\n\n${words}`)).toEqual([[words, "direct", "Mark Rutte"]]);
    }
  });

  it("not a clause of the reporter's before a list, nor a clause with its own 'that'", () => {
    expect(rows("Rutte said the plan has three parts:\n\nFerries for the islands and bridges for the coast.").filter((r) => r[1] === "direct")).toEqual([]);
    expect(rows("Rutte said on Monday that the plan has three parts:\n\nFerries for the islands and bridges for the coast.").filter((r) => r[1] === "direct")).toEqual([]);
  });
});

describe("a line of its own, opened by a dash, that attributes the words above it", () => {
  it("words in marks, then the speaker and the occasion", () => {
    expect(rows("“The ferries will run all winter.”\n— said NATO Secretary General Mark Rutte during a visit to the harbour.")).toEqual([
      ["The ferries will run all winter.", "direct", "Mark Rutte"],
    ]);
    expect(rows("“The ferries will run all winter.”\n– the NATO chief told Example Radio on Monday.")).toEqual([["The ferries will run all winter.", "direct", "Mark Rutte"]]);
    expect(rows("“The ferries will run all winter.”\n— Mark Rutte, NATO Secretary General")).toEqual([["The ferries will run all winter.", "direct", "Mark Rutte"]]);
  });

  it("words without marks above the line", () => {
    expect(rows("Once the deal is signed, the islands will have ferries every hour of the day.\n— said NATO Secretary General Mark Rutte during a visit to the harbour.")).toEqual([
      ["Once the deal is signed, the islands will have ferries every hour of the day.", "direct", "Mark Rutte"],
    ]);
    expect(rows("The ferries will run all winter and the tolls will fall.\n- Rutte said during a visit to the harbour.")).toEqual([
      ["The ferries will run all winter and the tolls will fall.", "direct", "Mark Rutte"],
    ]);
  });

  it("a dialogue turn that holds a speech verb is no attribution line", () => {
    expect(rows("“Will the ferries run all winter?”\n— Yes, said the minister, they will.").map((r) => r[2])).not.toContain("Mark Rutte");
  });
});

describe("an inverted attribution after unmarked words, with the occasion after the speaker", () => {
  it("the dash's comma is the attribution's, as before a closing mark", () => {
    expect(rows("We will keep the ferries running all winter, — said Mark Rutte during a visit to the harbour.")).toEqual([
      ["We will keep the ferries running all winter", "direct", "Mark Rutte"],
    ]);
    expect(rows("We will keep the ferries running all winter, - Rutte said.")).toEqual([["We will keep the ferries running all winter", "direct", "Mark Rutte"]]);
  });
});
