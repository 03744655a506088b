// Reporting forms of decision 0350, each on invented wording.
import { beforeAll, describe, expect, it } from "vitest";
import { isSameOutlet } from "../outlets/gazetteer";
import { splitParagraphs, splitSentences } from "../text";
import { extractStatements } from "./extract";

const HEAD = "Example story\nThe ministers met in Sampleton on Monday.\n";
const run = (body: string, publishedAt: string | null = "2025-03-12") =>
  extractStatements(HEAD + body, { publishedAt, explain: true }).statements;
const rows = (body: string) => run(body).map((s) => [s.quote, s.kind, s.speaker]);

// The first extraction builds the lexicons' patterns and the gazetteers; under load that alone may pass 5 s.
beforeAll(() => void run("Jane Example said the ferry will run.\n"), 60_000);

describe("reported speech", () => {
  it("a verb that sets out or characterises takes a noun phrase as what was said", () => {
    expect(rows("Jane Example set out a two-step plan for the ferries of the coast.\n")).toEqual([["a two-step plan for the ferries of the coast", "indirect", "Jane Example"]]);
    expect(rows("Jane Example characterised the talks as a first step toward a deal.\n")).toEqual([["the talks as a first step toward a deal", "indirect", "Jane Example"]]);
  });

  it("“informed X that …” reports; “was informed of …” does not", () => {
    expect(rows("Jane Example informed her allies that she will attend the summit only with a plan in hand.\n")).toEqual([
      ["she will attend the summit only with a plan in hand", "indirect", "Jane Example"],
    ]);
    expect(rows("Jane Example visited the port and was informed of the problems the engineers face: the river is too high.\n").filter((r) => r[1] === "direct")).toEqual([]);
  });

  it("“called X a Y” closing a sentence reports the judgement; a phone call does not", () => {
    expect(rows('Jane Example also called the decision of the council to close the port a "grave mistake."\n')).toEqual([
      ['the decision of the council to close the port a "grave mistake."', "indirect", "Jane Example"],
    ]);
    expect(rows("Jane Example called the mayor on Monday to discuss a ferry.\n")).toEqual([]);
  });

  it("“deemed X as Y” reports the judgement", () => {
    expect(rows("Jane Example deemed the risk of a flood as low.\n")).toEqual([["the risk of a flood as low", "indirect", "Jane Example"]]);
  });

  it("a long or gerund subject after “said” is still a clause; an object with a condition is not", () => {
    expect(rows("Jane Example said on Monday the main goal of the engineers at the talks this week was to agree a timetable.\n")).toEqual([
      ["the main goal of the engineers at the talks this week was to agree a timetable", "indirect", "Jane Example"],
    ]);
    expect(rows("Jane Example has said reaching an agreement on the bridge in the coming year will require hard choices.\n")).toEqual([
      ["reaching an agreement on the bridge in the coming year will require hard choices", "indirect", "Jane Example"],
    ]);
    expect(rows("Jane Example suggested sending engineers to the coast if an agreement is reached.\n")).toEqual([]);
  });

  it("“confirmed when pressed that …” reports the clause after “that”", () => {
    expect(rows("Jane Example confirmed when pressed that the plan had been taken off the table.\n")).toEqual([["the plan had been taken off the table", "indirect", "Jane Example"]]);
  });

  it("a second report after “, however she stated” is a statement of its own", () => {
    expect(rows("Jane Example confirmed the army has no engineers in the region and does not plan to send any, however she stated the ministry remains committed to helping.\n")).toEqual([
      ["the army has no engineers in the region and does not plan to send any", "indirect", "Jane Example"],
      ["the ministry remains committed to helping", "indirect", "Jane Example"],
    ]);
  });

  it("a decision verb joined to a report (“— and ruled out …”) is a statement that keeps its verb", () => {
    expect(rows("Jane Example told a radio station in an interview that the demands of the council remain unchanged — and ruled out the use of the old bridge under any accord.\n")).toEqual([
      ["the demands of the council remain unchanged", "indirect", "Jane Example"],
      ["ruled out the use of the old bridge under any accord", "indirect", "Jane Example"],
    ]);
  });

  it("a concession still reports what was said when “that” introduces it", () => {
    const found = rows("The council has limited itself to fines so far, although Jane Example did say last month that the port is open to a wider role.\n");
    expect(found).toEqual([["the port is open to a wider role", "indirect", "Jane Example"]]);
  });
});

describe("a paraphrase that runs into quoted words", () => {
  it("quoted words closed by the clause's comma before the attribution are a fragment of the paraphrase", () => {
    expect(rows('The council will announce a new timetable for the ferries "in the very near future," Jane Example said on Wednesday.\n')).toEqual([
      ['The council will announce a new timetable for the ferries "in the very near future', "indirect", "Jane Example"],
    ]);
  });

  it("the speaker after the verb (“…, said Defence Minister Jane Example in an interview”)", () => {
    expect(rows('The bridge stands firm and is "ready for every flood," said Defence Minister Jane Example in a radio interview.\n')).toEqual([
      ['The bridge stands firm and is "ready for every flood', "indirect", "Jane Example"],
    ]);
  });

  it("“…, while X said …” is a clause of the sentence, not an attribution of what stands before", () => {
    const found = rows('The council dismissed the plan as proof of the port\'s "ambition", while spokeswoman Jane Example said the plan was about safety, not ambition.\n');
    expect(found).toEqual([["the plan was about safety, not ambition", "indirect", "Jane Example"]]);
  });
});

describe("copy as stored", () => {
  it("a page's date stamp before “According to X, …” is not part of the words", () => {
    const text = "date 2025-02-16 According to the mayor of the city, Jane Example, there are limits that the council should insist on.\nMore text follows here.\n";
    const found = extractStatements(text, { publishedAt: "2025-02-16" }).statements.map((s) => [s.quote, s.speaker]);
    expect(found).toEqual([["there are limits that the council should insist on", "Jane Example"]]);
  });

  it("a sentence that lost the space after its full stop ends there", () => {
    const text = 'The port cannot open while the river is high, Jane Example has said.Speaking at a forum on Wednesday, she recalled the flood."It was a very hard year," she said.';
    const paragraphs = splitParagraphs(text);
    expect(splitSentences(text, paragraphs).map((s) => s.text)).toEqual([
      "The port cannot open while the river is high, Jane Example has said.",
      "Speaking at a forum on Wednesday, she recalled the flood.",
      '"It was a very hard year," she said.',
    ]);
  });

  it("a sentence with a share button's word glued after it is a sentence, not a heading", () => {
    const paragraphs = splitParagraphs("Example story\nAt some stage the town will be in the league, predicts Jane Example. Share\nLatest news\n");
    expect(paragraphs.map((p) => p.isJunk)).toEqual([true, false, true]);
  });

  it("a domain name's dot is no sentence end", () => {
    const text = "The story ran on Example.Az today.";
    expect(splitSentences(text, splitParagraphs(text)).length).toBe(1);
  });
});

describe("transcripts", () => {
  it("a Q&A naming one person: the programme's label in lower case makes it a transcript", () => {
    const body = "evening news: Minister, will the ferry run this winter?\nJane Example: Well, the ferry will run when the river allows it. We have asked the engineers for a plan.\nevening news: And the bridge?\nJane Example: No. The bridge will take two more years, and we have said so from the start.\n";
    const found = rows(body);
    expect(found).toEqual([
      ["Well, the ferry will run when the river allows it. We have asked the engineers for a plan.", "direct", "Jane Example"],
      ["No. The bridge will take two more years, and we have said so from the start.", "direct", "Jane Example"],
    ]);
  });

  it("“I have argued …” in a turn's next paragraph keeps the turn", () => {
    const body = "Jon Sample: What should the council do?\nJane Example: The council must decide for itself.\nI have argued for a new bridge because I believe it is the only way.\n";
    expect(rows(body).at(-1)).toEqual(["I have argued for a new bridge because I believe it is the only way.", "direct", "Jane Example"]);
  });
});

describe("speakers, outlets and dates", () => {
  it("a spokesperson unnamed in the lede is the one named with that job word a paragraph later", () => {
    const body = "The council is ready to send a delegation to the port, a council spokesman said on Friday.\nThe talks could start next week.\nSpokesman Dmitry Peskov told reporters that the delegation would include engineers.\n";
    expect(rows(body)[0]).toEqual(["The council is ready to send a delegation to the port", "indirect", "Dmitry Peskov"]);
  });

  it("“Speaking to X, …” opening a sentence names the outlet", () => {
    const found = run("Speaking to Delfi, Jane Example said that any decision would need a careful look at the costs.\n");
    expect(found[0].outletCited).toBe("Delfi");
  });

  it("a country named after “citing” is no outlet", () => {
    const found = run('"A couple of members will not agree," Jane Example said, citing Hungary, Slovakia and others among those withholding consent.\n');
    expect(found[0].outletCited).toBeNull();
  });

  it("an appearance on a channel names the outlet", () => {
    const found = run("During an appearance on Sky News on Friday, Jane Example said that the bridge would be rebuilt by the spring.\n");
    expect(found[0].outletCited).toBe("Sky News");
  });

  it("a brand's TV arm is its publisher", () => {
    expect(isSameOutlet("Example News", "Example TV")).toBe(true);
    expect(isSameOutlet("Example News", "Sample TV")).toBe(false);
  });

  it("a participle opening with what the words are about does not date the words", () => {
    const found = run('Jane Example said on Wednesday that talks would resume soon.\nRecalling the May 16 meeting in the capital, Jane Example said: "In those talks, we insisted on a new bridge."\n', "2025-05-28");
    expect(found.map((s) => s.date)).toEqual(["2025-05-28", "2025-05-28"]);
  });
});
