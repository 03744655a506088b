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

describe("a participle after a reported object opens a report of its own", () => {
  it("“X highlighted A, noting B”: A and B are two statements", () => {
    const found = rows("Jane Example highlighted the progress of the ferry talks, noting the council's pledge to keep the harbour open.\n");
    expect(found).toEqual([
      ["the progress of the ferry talks", "indirect", "Jane Example", "speech-verb"],
      ["the council's pledge to keep the harbour open", "indirect", "Jane Example", "speech-verb-joined"],
    ]);
  });

  it("“X ruled out A, making clear that B”: the refusal ends where the participle begins", () => {
    const found = rows("The mayor, Jane Example, also ruled out closing the harbour, making clear that the ferries would keep running.\n");
    expect(found).toEqual([
      ["ruled out closing the harbour", "indirect", "Jane Example", "speech-verb"],
      ["the ferries would keep running", "indirect", "Jane Example", "speech-verb-joined"],
    ]);
  });
});

describe("words attributed in the sentence after them", () => {
  it("“A. This was stated by X”: a report inside a later quote does not count as covering A", () => {
    const found = rows("The U.S. ferries will not run in the winter. This was stated on Thursday by Transport Minister Jane Example, speaking to reporters.\n“Mayor John Sample has insisted that he will not pay for them,” she said.\n");
    expect(found[0]).toEqual(["The U.S. ferries will not run in the winter", "indirect", "Jane Example", "back-reference-attribution"]);
  });
});

describe("subjects that do not speak alone", () => {
  it("“A and B called for …”: words of two people at once are neither's alone", () => {
    expect(rows("Examplian Prime Minister Jane Example and Samplish President John Sample have both called for a new harbour envoy.\n")).toEqual([]);
  });

  it("“…, as US President X pushes for …”: a title between “as” and the name still makes it the scene, not a report", () => {
    expect(rows("The ferries stopped this week, as Examplian President Jane Example pushes for talks between the towns.\n")).toEqual([]);
  });

  it("“…, as President X told Y that …” still reports, with its “that”", () => {
    const found = rows("The ferries stopped on Friday, as Examplian President Jane Example told her counterpart John Sample that the towns were ready to talk.\n");
    expect(found).toEqual([["the towns were ready to talk", "indirect", "Jane Example", "speech-verb"]]);
  });
});

describe("a participle after a preposition is a gerund", () => {
  it("“… a habit of saying “well done” …”: the quoted words are a fragment of the paraphrase", () => {
    const found = rows('The mayor, Jane Example, suggested the towns could make a habit of saying "well done" to the ferry crews.\n');
    expect(found).toEqual([['the towns could make a habit of saying "well done" to the ferry crews', "indirect", "Jane Example", "speech-verb"]]);
  });
});

describe("a participle after a quote's attribution", () => {
  it("“…,” he added, calling for …: the participle reports its object", () => {
    const found = rows("“If this is too much, we offer another way,” Mayor Jane Example added, calling for two more ferries to serve the islands.\n");
    expect(found).toEqual([
      ["If this is too much, we offer another way", "direct", "Jane Example", "quote-attributed-after"],
      ["two more ferries to serve the islands", "indirect", "Jane Example", "speech-participle"],
    ]);
  });
});
