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
    expect(rows('Jane Example said, "The winter will be long. Send help now," and "You will see why it matters."\n')).toEqual([
      ["The winter will be long. Send help now", "direct", "Jane Example"],
      ["You will see why it matters.", "direct", "Jane Example"],
    ]);
  });

  it("two scare-quoted words joined by “and” stay fragments", () => {
    expect(rows('Jane Example wants "order" and "calm" in the region.\n')).toEqual([]);
  });
});

describe("reported speech", () => {
  it("a refusal to exclude (“did not rule out …”) is reported speech that keeps the refusal", () => {
    expect(rows("Prime Minister Jane Example did not rule out sending Examplian medics to the region.\n")).toEqual([
      ["did not rule out sending Examplian medics to the region", "indirect", "Jane Example"],
    ]);
    expect(rows("The minister, Jane Example, doesn't rule out that the budget may be reopened in the autumn.\n").map((r) => r[0])).toEqual([
      "doesn't rule out that the budget may be reopened in the autumn",
    ]);
  });

  it("a person who “reported that” speaks; an outlet that reported does not", () => {
    expect(rows("Earlier, Defence Minister Jan Kowal-Nowak reported that the army has no plan to move its engineers.\n")).toEqual([
      ["the army has no plan to move its engineers", "indirect", "Jan Kowal-Nowak"],
    ]);
    expect(rows("The envoy arrived in the capital, Reuters reported that the army has no plan to move its engineers.\n")).toEqual([]);
  });

  it("“has, on numerous occasions, insisted that” reaches its clause", () => {
    expect(rows("Foreign Minister Jane Example has, on numerous occasions, insisted that a settlement is possible only after a withdrawal.\n")).toEqual([
      ["a settlement is possible only after a withdrawal", "indirect", "Jane Example"],
    ]);
  });

  it("the listener of “told … that” may run on over a list of names", () => {
    expect(rows("Mr Example, it is understood, told a gathering of mayors, including those of Examplia, Exampland and Norway that the city would consider taking part.\n")).toEqual([
      ["the city would consider taking part", "indirect", "Mr Example"],
    ]);
  });

  it("“pressed her case on Monday for …” and a joined “and urged …” are two reports", () => {
    expect(rows("President Jane Example pressed her case on Monday for Examplia to join the bloc and urged the bloc to offer guarantees in the meantime.\n")).toEqual([
      ["Examplia to join the bloc", "indirect", "Jane Example"],
      ["the bloc to offer guarantees in the meantime", "indirect", "Jane Example"],
    ]);
    expect(rows("President Jane Example also pushed on Sunday for an immediate ceasefire along the river.\n").map((r) => r[0])).toEqual(["an immediate ceasefire along the river"]);
  });

  it("“arguing against …” reports what the speaker opposes", () => {
    expect(rows("The party is divided, with its leader Jane Example arguing against any deployment of engineers.\n")).toEqual([
      ["any deployment of engineers", "indirect", "Jane Example"],
    ]);
  });

  it("a source set off inside a sentence with no speech verb (“…, according to the minister, is …”) reports the whole sentence", () => {
    const found = rows("Defence Minister Jane Example spoke after the meeting.\nChief among the demands, according to the minister, is a written guarantee from Examplia and a clear mandate for the mission.\n");
    expect(found).toEqual([["Chief among the demands, according to the minister, is a written guarantee from Examplia and a clear mandate for the mission", "indirect", "Jane Example"]]);
  });

  it("“announced/confirmed the <nominalisation> of …” reports the act; a plain announcement of a thing does not", () => {
    expect(rows("Earlier, President Jane Example announced the establishment of a fund for rebuilding schools.\n")).toEqual([
      ["the establishment of a fund for rebuilding schools", "indirect", "Jane Example"],
    ]);
    expect(rows("President Jane Example announced a new package of aid worth two billion.\n")).toEqual([]);
  });

  it("a passage printed twice (a teaser above the body) counts once, in the later copy", () => {
    const found = run("Jane Example said the border would stay open for trade.\nA caption with a photo of the border post\nJane Example said the border would stay open for trade.\n");
    expect(found.map((s) => [s.quote, s.start > 100])).toEqual([["the border would stay open for trade", true]]);
  });

  it("copies that differ only in their runs of white space and their quotation marks are copies; a letter apart they are not", () => {
    const copy = run("Jane Example said the “open border” rule would\nstay for trade.\nA caption with a photo of the border post\nJane Example said the \"open border\"  rule would stay for trade.\n");
    expect(copy.map((s) => s.start > 80)).toEqual([true]);
    const other = run("Jane Example said the “open border” rule would stay for trade.\nA caption with a photo of the border post\nJane Example said the “open border” rule would stay for trades.\n");
    expect(other).toHaveLength(2);
  });
});

describe("unnamed speakers", () => {
  it("“a U.S. official said” is an unnamed speaker", () => {
    expect(rows("Hours later a U.S. official said the offer of guarantees was still on the table.\n")).toEqual([
      ["the offer of guarantees was still on the table", "indirect", null],
    ]);
  });

  it("a spokesperson the text never names speaks unnamed; one it names is that person", () => {
    expect(rows("More countries will send engineers to the mission, the Chancellor's official spokeswoman told journalists.\n")).toEqual([
      ["More countries will send engineers to the mission", "indirect", null],
    ]);
    const named = rows("Government spokesman John Example spoke on Monday.\nMore countries will send engineers to the mission, the government spokesman told reporters.\n");
    expect(named).toEqual([["More countries will send engineers to the mission", "indirect", "John Example"]]);
  });
});

describe("outlets", () => {
  it("a channel printed in quotation marks received the remark", () => {
    const found = run("Allied forces will not enter the country until the war is over. This statement was made by Foreign Minister Jane Example during a broadcast on \"Example TV\" on June 8th.\n", "2023-06-09");
    expect(found.map((s) => [s.speaker, s.outletCited])).toEqual([["Jane Example", "Example TV"]]);
  });

  it("stacked tails (“…, AFP reported, quoted by Example Daily”) leave the clause and give the chain", () => {
    const found = run("Defence Minister Jane Example said her country would take part in a future mission, AFP reported, quoted by Example Daily.\n");
    expect(found.map((s) => [s.quote, s.outletCited])).toEqual([["her country would take part in a future mission", "AFP; Example Daily"]]);
  });

  it("co-interviewers: the first outlet named after “including” received the interview", () => {
    const found = run("President Jane Example gave an interview to journalists from several media, including the Examplewire portal and two dailies.\n“We do not need a frozen conflict,” she said.\n");
    expect(found.map((s) => s.outletCited)).toEqual(["Examplewire"]);
  });

  it("a known outlet that “said” passed the words on", () => {
    const found = run("Defence Minister Jane Example does not rule out a role for her country in a mission, Reuters said.\n");
    expect(found.map((s) => s.outletCited)).toEqual(["Reuters"]);
  });
});

describe("the end of a stored excerpt", () => {
  it("a last line cut mid-sentence is body text, not a heading", () => {
    const found = run("Jane Example spoke to reporters in the capital on Monday.\nJane Example said the country has no choice but to stay close to its allies, “\n");
    expect(found.map((s) => s.quote)).toEqual(["the country has no choice but to stay close to its allies"]);
  });

  it("a closing heading or “Related: …” line stays a heading", () => {
    const found = run("Jane Example spoke to reporters in the capital on Monday.\nRelated: Jane Example said the border would stay open\n");
    expect(found).toEqual([]);
    expect(run("Jane Example spoke to reporters in the capital on Monday.\nMore From Example News Today\n")).toEqual([]);
  });
});

describe("role nouns with a complement", () => {
  it("“the EU's High Representative of the Union told …” names the office-holder named after it", () => {
    const found = run("With talks days away, the EU’s High Representative of the Union told reporters that the offer was not serious.\n“It is a game,” said Kaja Kallas.\n", "2025-08-12");
    expect(found.map((s) => [s.quote, s.speaker])).toEqual([
      ["the offer was not serious", "Kaja Kallas"],
      ["It is a game", "Kaja Kallas"],
    ]);
  });
});

describe("who speaks", () => {
  it("a surname printed with its diacritics names the person introduced without them", () => {
    const found = rows("Deputy Minister Jaroslaw Examplinski spoke in the capital on Monday.\nThe mission is needed and it is lawful, Examplińskí said at the time.\n");
    expect(found).toEqual([["The mission is needed and it is lawful", "indirect", "Jaroslaw Examplinski"]]);
  });

  it("“X, who after landing … tweeted that …” is X's report", () => {
    expect(rows("The delay angered President Jane Example, who after landing in the capital on Friday tweeted that the offer was a trap.\n")).toEqual([
      ["the offer was a trap", "indirect", "Jane Example"],
    ]);
  });
});
