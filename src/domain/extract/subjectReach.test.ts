// Decision 0575: reported speech whose subject stands further from its verb than the rules reached (a long
// appositive, "now" before the verb, a relative clause of its own, a descriptive age, a participle after the
// attribution), each on invented wording.
import { describe, expect, it } from "vitest";
import { extractStatements } from "./extract";

const HEAD = "Example story\nThe ministers met in Sampleton on Monday.\n";
const run = (body: string, publishedAt: string | null = "2025-03-12") =>
  extractStatements(HEAD + body, { publishedAt, explain: true }).statements;
const rows = (body: string) => run(body).map((s) => [s.quote, s.kind, s.speaker, s.explain?.quote.rule]);

describe("a subject set off from its verb", () => {
  it("an appositive of more than ninety characters between the name and “said that”", () => {
    const found = rows(
      "Mayor Jane Sample, speaking to the harbour board after Governor Max Example’s long appeal for more ferries to the islands, said that the port would stay open all winter.\n",
    );
    expect(found).toEqual([["the port would stay open all winter", "indirect", "Jane Sample", "speech-verb"]]);
  });

  it("“now” between the name and the verb", () => {
    const found = rows("Governor Jane Sample opposed the plan for years. But in her letter to the board, Sample now said that the ferry link would be a fair price for peace.\n");
    expect(found).toEqual([["the ferry link would be a fair price for peace", "indirect", "Jane Sample", "speech-verb"]]);
  });
});

describe("a relative clause with a speech verb of its own", () => {
  it("“X, who has described herself as …, has said B”: two reports, the relative one ending at its comma", () => {
    const found = rows("Mayor Jane Sample, who has described herself as a “bridge builder”, has repeatedly said a deal on the ferries is close.\n");
    expect(found).toEqual([
      ["herself as a “bridge builder”", "indirect", "Jane Sample", "speech-verb"],
      ["a deal on the ferries is close", "indirect", "Jane Sample", "speech-verb"],
    ]);
  });

  it("“X, who has argued that A, admitted B”", () => {
    const found = rows("Jane Sample, who has argued that new tolls could ruin the fishing towns, admitted she was “realistic” about the vote.\n");
    expect(found.map((f) => f[0])).toEqual(["new tolls could ruin the fishing towns", "she was “realistic” about the vote"]);
  });
});

describe("an age standing for the person named last", () => {
  it("“…,” said the 64-year-old: the quote after a lead phrase is attributed, not read as a fragment", () => {
    const found = rows("Former Governor Jane Sample has changed her mind. On the bridge, “the idea of a free ferry is out of date now,” said the 64-year-old.\n");
    expect(found).toEqual([["the idea of a free ferry is out of date now", "direct", "Jane Sample", "quote-attributed-after"]]);
  });

  it("“the 64-year-old said” after the quote", () => {
    const found = rows("Former Governor Jane Sample has changed her mind. “The idea of a free ferry is out of date now,” the 64-year-old said.\n");
    expect(found).toEqual([["The idea of a free ferry is out of date now", "direct", "Jane Sample", "quote-attributed-after"]]);
  });
});

describe("a participle after a trailing attribution", () => {
  it("“Under these terms, A is clear, X told reporters, describing it as “…”.”: A is reported, and the participle's words too", () => {
    const found = rows("Under these terms, the council’s position on the new ferry tolls is clear, Jane Sample told reporters, describing them as “a tax on islanders.”\n");
    expect(found).toEqual([
      ["Under these terms, the council’s position on the new ferry tolls is clear", "indirect", "Jane Sample", "speech-verb-after-clause"],
      ["them as “a tax on islanders.”", "indirect", "Jane Sample", "speech-participle"],
    ]);
  });
});

describe("verbs of saying that report only with a “that” clause", () => {
  it.each(["countered", "complained", "lamented", "alleged", "affirmed", "quipped", "retorted", "contended", "disclosed", "speculated"])(
    "“X %s that …” reports the clause",
    (verb) => {
      const found = rows(`Mayor Jane Sample ${verb} that the new tolls would ruin the fishing towns.\n`);
      expect(found).toEqual([["the new tolls would ruin the fishing towns", "indirect", "Jane Sample", "speech-verb"]]);
    },
  );

  it("a listener or a day may stand between the verb and its “that”", () => {
    expect(rows("Mayor Jane Sample complained to reporters that the tolls were too high.\n").map((f) => f[0])).toEqual(["the tolls were too high"]);
    expect(rows("Mayor Jane Sample alleged on Monday that the tolls were too high.\n").map((f) => f[0])).toEqual(["the tolls were too high"]);
    expect(rows("Mayor Jane Sample reassured the islanders that the ferry would keep running.\n").map((f) => f[0])).toEqual(["the ferry would keep running"]);
  });

  it("without a “that” clause they report nothing", () => {
    expect(rows("Mayor Jane Sample complained about the tolls that were imposed last year.\n")).toEqual([]);
    expect(rows("Mayor Jane Sample joked with the crew before the ferry left.\n")).toEqual([]);
  });
});

describe("a reported clause opening with a phrase of place or time", () => {
  it("“In Sampleton the schools will close, X claimed, adding, “…”” reports the clause", () => {
    const found = rows("In Sampleton the ferry schools will be closed by the council, Mayor Jane Sample claimed, adding, “This is a blow to every family.”\n");
    expect(found.map((f) => [f[0], f[3]])).toEqual([
      ["In Sampleton the ferry schools will be closed by the council", "speech-verb-after-clause"],
      ["This is a blow to every family.", "quote-attributed-before"],
    ]);
  });

  it("an occasion before the speaker is not a clause the speaker said", () => {
    const found = rows("In a note posted on Sunday, Mayor Jane Sample said the council had fixed a day for its harbour vote, adding that the ferries would run.\n");
    expect(found.map((f) => f[0])).not.toContain("In a note posted on Sunday");
  });
});

describe("“the diplomat” for whoever speaks for a country abroad", () => {
  it("a foreign minister named before is “the diplomat”", () => {
    const found = rows("Foreign Minister Jane Sample visited Exampleton on Monday. The ferry deal will take up points of the older plan, the diplomat said.\n");
    expect(found).toEqual([["The ferry deal will take up points of the older plan", "indirect", "Jane Sample", "unmarked-trailing-attribution"]]);
  });

  it("“the veteran diplomat” for a former secretary of state", () => {
    const found = rows("Former Secretary of State Max Sample spoke by video. Until the spring the veteran diplomat had spoken in favour of a truce on the river.\n");
    expect(found.map((f) => [f[0], f[2]])).toEqual([["in favour of a truce on the river", "Max Sample"]]);
  });
});

describe("an announced act owned by its speaker", () => {
  it.each([
    ["announced her intention to close the harbour to tankers", "her intention to close the harbour to tankers"],
    ["announced his plans for a truce on the river", "his plans for a truce on the river"],
  ])("“X %s” reports the act", (phrase, quote) => {
    expect(rows(`Mayor Jane Sample ${phrase}.\n`).map((f) => [f[0], f[3]])).toEqual([[quote, "speech-verb"]]);
  });

  it("an act of someone else's with no nominal ending reports nothing", () => {
    expect(rows("Mayor Jane Sample announced her trip to the islands.\n")).toEqual([]);
  });
});

describe("a speech verb joined after a negated verb of the same subject", () => {
  it("“X did not specify …, but said B”", () => {
    const found = rows("Mayor Jane Sample did not specify who would run the “river zone,” but said the old ferry line would remain.\n");
    expect(found.map((f) => [f[0], f[2]])).toEqual([["the old ferry line would remain", "Jane Sample"]]);
  });
});
