// Reporting constructions of decision 0550 (misses of dev grouped by mechanism), each on invented wording.
import { describe, expect, it } from "vitest";
import { extractStatements } from "./extract";
import { isTitleCased } from "./stages/quoteCandidates";

const HEAD = "Example story\nThe ministers met in Sampleton on Monday.\n";
const run = (body: string, publishedAt: string | null = "2025-03-12") =>
  extractStatements(HEAD + body, { publishedAt, explain: true }).statements;
const rows = (body: string) => run(body).map((s) => [s.quote, s.kind, s.speaker, s.explain?.quote.rule]);

describe("an adverb between an unknown name and its verb", () => {
  it.each(["publicly", "strongly", "once again", "firmly"])("“Jane Sample %s urged …” names a speaker the data does not know", (adverb) => {
    const found = rows(`Jane Sample ${adverb} urged the council to keep the ferry running all winter.\n`);
    expect(found).toEqual([["to keep the ferry running all winter", "indirect", "Jane Sample", "speech-verb"]]);
  });

  it("a capitalised subordinator opening the sentence is not part of the name", () => {
    const found = run("Jane Sample spoke first. Though Jane Sample once claimed close ties with the mayor, the talks stalled.\n");
    expect(found.every((s) => s.speaker !== "Though Jane Sample")).toBe(true);
  });

  it("“Secretary of State” before a name stays out of the name", () => {
    const found = rows("Former Secretary of State Max Sample has also spoken out in favour of the port joining the league.\n");
    expect(found).toEqual([["in favour of the port joining the league", "indirect", "Max Sample", "speech-verb"]]);
  });
});

describe("a promise or a threat with an infinitive", () => {
  it("“X threatened to …” reports what was threatened, with its “to”", () => {
    const found = rows("President Max Sample on Monday threatened to close the harbour to foreign ships if the council fails to agree.\n");
    expect(found).toEqual([["to close the harbour to foreign ships if the council fails to agree", "indirect", "Max Sample", "speech-verb"]]);
  });

  it("“X has promised to …” reports the promise", () => {
    const found = rows("Defence Minister Jane Sample has sent two ferries. She has promised to send more boats from the northern yards.\n");
    expect(found).toEqual([["to send more boats from the northern yards", "indirect", "Jane Sample", "speech-verb"]]);
  });

  it("a threat against someone, with no infinitive, reports nothing", () => {
    expect(rows("Jane Sample threatened the council with a lawsuit over the harbour fees.\n")).toEqual([]);
  });
});

describe("a side taken in words", () => {
  it("“X spoke in favour of …” inside a subordinate clause ends at the clause's comma", () => {
    const found = rows('As per reports, while the mayor Jane Sample spoke in favour of a toll, Max Sample replied with, "The ferries stay free."\n');
    expect(found[0]).toEqual(["in favour of a toll", "indirect", "Jane Sample", "speech-verb"]);
  });

  it("“X has spoken out against …”; a “that” after the noun opens a relative clause, not the report", () => {
    expect(rows("For months, Max Sample had spoken out against a toll that would close the ferry.\n")).toEqual([
      ["against a toll that would close the ferry", "indirect", "Max Sample", "speech-verb"],
    ]);
  });

  it("“spoke to reporters” takes no side and reports nothing", () => {
    expect(rows("Jane Sample spoke to reporters in the harbour on Monday.\n")).toEqual([]);
  });
});

describe("blame and names called", () => {
  it("“X blamed A for B” reports the object and its reason", () => {
    expect(rows("Jane Sample blamed the council for the delay at the ferry port.\n")).toEqual([
      ["the council for the delay at the ferry port", "indirect", "Jane Sample", "speech-verb"],
    ]);
  });

  it("“A while Minister X claimed B”: another speaker's report ends the clause before it", () => {
    const found = rows("Mayor Jane Sample blamed the council for the flooding while Foreign Minister Max Sample claimed the pumps had failed.\n");
    expect(found).toEqual([
      ["the council for the flooding", "indirect", "Jane Sample", "speech-verb"],
      ["the pumps had failed", "indirect", "Max Sample", "speech-verb"],
    ]);
  });

  it("“X called A “…” and said B”: the quoted word closes what A was called", () => {
    const found = rows('Jane Sample called the new toll "a scandal" and said the ferries would stay free.\n');
    expect(found).toEqual([
      ["the new toll \"a scandal\"", "indirect", "Jane Sample", "speech-verb"],
      ["the ferries would stay free", "indirect", "Jane Sample", "speech-verb-joined"],
    ]);
  });

  it("a verb joined after a time phrase (“and in May called …”) ends the report before it", () => {
    const found = rows("In April, Jane Sample publicly urged the council to lower the toll and in May called the harbour board “utterly lost.”\n");
    expect(found).toEqual([
      ["to lower the toll", "indirect", "Jane Sample", "speech-verb"],
      ["the harbour board “utterly lost.”", "indirect", "Jane Sample", "speech-verb-joined"],
    ]);
  });
});

describe("a judgement of an object as something", () => {
  it.each([
    ["cast", "the ferry deals as a rebuke to the council"],
    ["credited", "the harbour crews as the only barrier against the flood"],
    ["identified", "lowering the toll as her primary objective"],
    ["named", "Exampleland, Sampleton and Norway as key buyers"],
  ])("“X %s A as B” reports A as B", (verb, object) => {
    expect(rows(`Jane Sample ${verb} ${object}.\n`)).toEqual([[object, "indirect", "Jane Sample", "speech-verb"]]);
  });

  it("“named Jane Example as envoy” is an appointment, not a report", () => {
    expect(rows("Mayor Max Sample named Jane Example as his envoy to the harbour talks.\n")).toEqual([]);
  });
});

describe("“According to him,” with nothing of the reporter's after it", () => {
  it("a quoted word right after the lead leaves no empty statement", () => {
    const found = run('Jane Sample spoke in the harbour. According to her, "stronger" wording on the toll would lift the crews\' morale.\n');
    expect(found.every((s) => s.quote.trim() !== "")).toBe(true);
  });
});

describe("a relative clause after a comma attributes nothing before it", () => {
  it.each([
    "The council on Monday closed the northern ferry line, which Mayor Jane Sample said was a mistake.",
    "Jane Sample also showed a map of the flooded harbour, which she said proved the pumps had failed.",
    "The call was later confirmed by the harbour board, which reported that Jane Sample had agreed to the toll.",
  ])("%s", (sentence) => {
    const found = run(`${sentence}\n`);
    expect(found.filter((s) => s.explain?.quote.rule === "speech-verb-after-clause")).toEqual([]);
  });

  it("an attribution after the clause, with no relative pronoun, still attributes it", () => {
    expect(rows("The ferries will run all winter as the council plans, Mayor Jane Sample told reporters on Monday.\n").map((r) => r.slice(0, 3))).toEqual([
      ["The ferries will run all winter as the council plans", "indirect", "Jane Sample"],
    ]);
  });
});

describe("titles in quotation marks", () => {
  it.each([
    ["The Unbearable Lightness of Sampleton", true],
    ["End the Ferry Strike as Soon as Possible", true],
    ["WE WILL NOT CLOSE THE PORT", false],
    ["The ferries will run all winter", false],
    ["Sampleton and Exampleton will talk", false],
  ])("“%s” is a title: %s", (inner, expected) => {
    expect(isTitleCased(inner)).toBe(expected);
  });

  it("an unattributed quote in title case is the name of a work, not a statement", () => {
    expect(rows('The mayor, who likes to quote "The Unbearable Lightness of Sampleton" to visitors, opened the bridge.\n')).toEqual([]);
  });
});
