// Who a pronoun or a closing attribution stands for, across sentences (decision 0815): a name inside a clause that
// opens the sentence is not its subject, the subject of a clause of time or cause yields to a main clause's subject
// unless it speaks, the person right before the speech verb that introduces a quote speaks, and a person who "was
// asked" is a person. Each on invented wording.
import { describe, expect, it } from "vitest";
import { extractStatements } from "./extract";

const HEAD = "Example story\nThe ministers met in Sampleton on Monday.\n";
const rows = (body: string) => extractStatements(HEAD + body, { publishedAt: "2025-03-14" }).statements.map((s) => [s.quote, s.speaker]);

describe("a name inside an opening clause is not the sentence's subject", () => {
  it("'On whether X could …, Y said …': the pronoun after it is Y", () => {
    expect(rows("On whether Harbour Minister Jane Example could close the ferry route, the foreign minister John Sample said he did not think so.\n“It would be a grave mistake,” he said.\n")).toContainEqual([
      "It would be a grave mistake",
      "John Sample",
    ]);
  });

  it("a title of capitalised and lower-case office words before the name still makes it the subject", () => {
    expect(rows("Ferry chief Jane Example spoke on Monday. Harbour spokesman John Sample was asked about the ferries. He said the route would reopen.\n")).toEqual([["the route would reopen", "John Sample"]]);
  });

  it("'According to X, Y …': the source named by the frame speaks on in the next sentence", () => {
    expect(rows("Ferry chief Jane Example met the harbour board. According to Harbour Minister John Sample, Jane Example wants the ferries back. He also said the port would stay open.\n")).toContainEqual([
      "the port would stay open",
      "John Sample",
    ]);
  });
});

describe("main clauses outrank clauses of time and cause", () => {
  it("'It came after X made a demand': the pronoun of the next quote is the subject of the sentence before", () => {
    expect(rows("Ferry chief John Sample declined to back the plan on Wednesday.\nIt came after Harbour Minister Jim Sampler made the demand in a letter.\n“We will look at every proposal,” he replied.\n")).toContainEqual([
      "We will look at every proposal",
      "John Sample",
    ]);
  });

  it("'The remarks came after X said …': a subordinate subject who speaks is who 'he added' goes on with", () => {
    expect(rows("Ferry chief John Sample backed the plan.\nThe remarks came after Harbour Minister Jim Sampler said the plan was a breach of the charter.\nHe added that the port should call for talks instead.\n")).toContainEqual([
      "the port should call for talks instead",
      "Jim Sampler",
    ]);
  });
});

describe("the person right before the introducing speech verb speaks", () => {
  it("an earlier name in a participle phrase does not take the quote", () => {
    expect(rows("Taking aim at Harbour Minister Jane Example as the harbour board announced new fees, John Sample said: “There can be nothing about the port without the port.”\n")).toEqual([
      ["There can be nothing about the port without the port.", "John Sample"],
    ]);
  });

  it("a listener between the verb and the colon changes nothing", () => {
    expect(rows("Responding to Harbour Minister Jane Example, ferry chief John Sample told reporters in Sampleton: “The ferries will run.”\n")).toEqual([["The ferries will run.", "John Sample"]]);
  });
});

describe("a listener closes on the word for its medium", () => {
  it("'told the X news agency the …': what was said starts after the agency", () => {
    expect(rows("Harbour chief John Sample told the Example news agency the ferry route was in danger.\n")).toEqual([["the ferry route was in danger", "John Sample"]]);
  });
});

describe("people quoted from outside the alliance are known by their canonical names", () => {
  it("a name printed with a bare initial, or by its best-known part, is the person's full name", () => {
    expect(rows("S Jaishankar said the ferry talks must include both sides. Lula said he would call the harbour board.\n")).toEqual([
      ["the ferry talks must include both sides", "Subrahmanyam Jaishankar"],
      ["he would call the harbour board", "Luiz Inácio Lula da Silva"],
    ]);
  });

  it("a rank printed before the name is no part of it", () => {
    expect(rows("Cardinal Pietro Parolin said the ferries should run for everyone.\n")).toEqual([["the ferries should run for everyone", "Pietro Parolin"]]);
  });
});
