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

describe("a quote whose opening mark was left out", () => {
  it("a paragraph that ends its words with a curly closing mark and an attribution is a quote from its start", () => {
    const found = rows("Defence Minister Jane Example told the ministers:\nThe engineers are ready. Their bridge would carry the first convoy by the summer,” she said.\n");
    expect(found).toEqual([["The engineers are ready. Their bridge would carry the first convoy by the summer", "direct", "Jane Example"]]);
  });

  it("a closing mark with no attribution after it opens nothing", () => {
    expect(rows("The ministers agreed on a plan for the coming winter months.” The talks went on.\n")).toEqual([]);
  });
});

describe("interviewers' questions", () => {
  it("a question the interviewer puts to the speaker is no statement; the answer is", () => {
    const found = rows('Host Jon Sample asked Prime Minister Jane Example: "Would you send engineers?"\n"The engineers will go when the river falls," the prime minister said.\n');
    expect(found).toEqual([["The engineers will go when the river falls", "direct", "Jane Example"]]);
  });

  it("“…?” X asked, with no speaker the article knows, is the interviewer's question", () => {
    const found = rows('Jane Example, the prime minister, spoke to us in the capital.\n"What changes for the ferries now?" Sample asked.\nJane Example replied, "The ferries will run all winter."\n');
    expect(found.map((r) => r[0])).toEqual(["The ferries will run all winter."]);
  });
});

describe("pronouns after an inverted attribution", () => {
  it("“…,” said Minister X, then “…,” he said: he is X, not a person named a paragraph before", () => {
    const found = rows('"Plain words serve us best," Hegseth said.\nThe tone of the meeting changed.\n"The message is received," said British Defence Minister John Example, who chaired the group.\n"We are ready and we will stay ready," he said in response to Hegseth\'s speech.\n');
    expect(found.at(-1)).toEqual(["We are ready and we will stay ready", "direct", "John Example"]);
  });
});

describe("reported speech inside a quote", () => {
  it("a person named in the quote reporting someone else's words is a statement of that person", () => {
    const found = rows('"The minister, Jane Example, has always said that she considers the debate premature. We are far from a deal," government spokesman Jon Sample said.\n');
    expect(found).toContainEqual(["she considers the debate premature", "indirect", "Jane Example"]);
  });

  it("a time between the verb and the words is skipped (“… said over the weekend, there will be …”)", () => {
    const found = rows('Jon Sample, spokesman for Jane Example, told reporters: "Jane Example said over the weekend, there will be a separate ferry for each town, and the engineers agree."\n');
    expect(found).toContainEqual(["there will be a separate ferry for each town, and the engineers agree", "indirect", "Jane Example"]);
  });

  it("the speaker's own “I said” and a quote with no one else in it add nothing", () => {
    const found = rows('"I said that the bridge will be rebuilt by the spring," Jane Example said.\n');
    expect(found).toEqual([["I said that the bridge will be rebuilt by the spring", "direct", "Jane Example"]]);
  });
});

const outlets = (body: string) => run(body).map((s) => [s.quote, s.outletCited]);

describe("outlets", () => {
  it("an outlet named several paragraphs on passed on another remark, not the words before", () => {
    const found = outlets(
      "Jane Example said on Friday that the bridge will be rebuilt by the spring.\nThe river rose again.\nThe army built a ferry.\nThe ferry sank in a storm.\nThe Example Times reported on Wednesday that the minister plans a visit to the coast.\n",
    );
    expect(found[0]).toEqual(["the bridge will be rebuilt by the spring", null]);
  });

  it("an outlet that “reported earlier” tells of another occasion", () => {
    const found = outlets('"The bridge will be rebuilt," Jane Example said at a briefing.\nThe Example Times reported earlier, citing officials, that the army had sent engineers.\n');
    expect(found[0]).toEqual(["The bridge will be rebuilt", null]);
  });

  it("a source after a quote's closing comma passes the words on (…,” the Example Times reported)", () => {
    const found = outlets('Jane Example said the city "has nothing to add to the plan," the Example Times reported.\n');
    expect(found[0][1]).toBe("Example Times");
  });

  it("an outlet named before the word for its kind (…, the Examplewire news agency quotes)", () => {
    const found = outlets("Jane Example said that there was no agreement on the bridge, the Examplewire news agency quotes.\n");
    expect(found[0][1]).toBe("Examplewire");
  });

  it("words given on a medium the text names as one (in a readout on state broadcaster Example TV)", () => {
    const found = outlets('In a readout on state broadcaster Example TV on Friday, Jane Example said that "the bridge will be rebuilt by the spring".\n');
    expect(found[0][1]).toBe("Example TV");
  });

  it("the next sentence pointing back (“This was reported by …”) gives its outlet even when the words name their venue", () => {
    const found = outlets("At a summit on the river, Jane Example said that she did not rule out sending engineers.\nThis was reported by the Example Times.\n");
    expect(found[0][1]).toBe("Example Times");
  });
});

describe("words attributed after them by “said this”", () => {
  it("“X said this in …” opening a paragraph makes the paragraph before X's words", () => {
    const found = run("The country is ready to send engineers to rebuild the bridge. The parliament has given its consent for this.\nPrime Minister Jane Example said this in a commentary to the Example Times.\n");
    expect(found.map((s) => [s.quote, s.kind, s.speaker, s.outletCited])).toEqual([
      ["The country is ready to send engineers to rebuild the bridge. The parliament has given its consent for this", "indirect", "Jane Example", "Example Times"],
    ]);
  });
});

describe("dates of an interview", () => {
  const body =
    'Foreign Minister Jane Example told the Example Times that the talks will fail.\n"They are playing games with us," Jane Example said.\nChairing a meeting of ministers on Monday, Jane Example said that the sanctions will stay.\n';

  it("a meeting the speaker held on another day does not date what she told an interviewer", () => {
    const dates = run(body).map((s) => [s.quote, s.date]);
    expect(dates).toEqual([
      ["the talks will fail", "2025-03-12"],
      ["They are playing games with us", "2025-03-12"],
      ["the sanctions will stay", "2025-03-10"],
    ]);
  });

  it("the publisher's own interview counts as one (“told The Example”, printed in The Example)", () => {
    const statements = extractStatements(HEAD + body.replace("the Example Times", "The Sample"), { publishedAt: "2025-03-12", outlet: "The Sample" }).statements;
    expect(statements.map((s) => [s.date, s.outletCited])).toEqual([
      ["2025-03-12", null],
      ["2025-03-12", null],
      ["2025-03-10", null],
    ]);
  });
});

describe("dates anchored to the story's day", () => {
  it("“comes a day after X said …” dates X's words the day before the day last stated; “hours after” the same day", () => {
    const dates = run(
      "Spokesman Jon Example said on Tuesday that the border stays closed.\nThe statement comes a day after Jane Example claimed that the border would open soon.\nThe reply came hours after Foreign Minister Ann Sample said that talks had stalled.\n",
    ).map((s) => [s.speaker, s.date]);
    expect(dates).toEqual([
      ["Jon Example", "2025-03-11"],
      ["Jane Example", "2025-03-10"],
      ["Ann Sample", "2025-03-11"],
    ]);
  });
});
