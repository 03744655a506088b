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
    expect(rows("Jane Example informed the harbour board that she will sign the lease next week.\n")).toEqual([
      ["she will sign the lease next week", "indirect", "Jane Example"],
    ]);
    expect(rows("Jane Example visited the port and was informed of the problems the engineers face: the river is too high.\n").filter((r) => r[1] === "direct")).toEqual([]);
  });

  it("“called X a Y” closing a sentence reports the judgement; a phone call does not", () => {
    expect(rows('Jane Example also called the decision of the council to close the port a "costly blunder."\n')).toEqual([
      ['the decision of the council to close the port a "costly blunder."', "indirect", "Jane Example"],
    ]);
    expect(rows("Jane Example called the mayor on Monday to discuss a ferry.\n")).toEqual([]);
  });

  it("“deemed X as Y” reports the judgement", () => {
    expect(rows("Jane Example deemed the risk of a flood as low.\n")).toEqual([["the risk of a flood as low", "indirect", "Jane Example"]]);
  });

  it("a long or gerund subject after “said” is still a clause; an object with a condition is not", () => {
    expect(rows("Jane Example said on Monday the first aim of the council during the ferry talks next month is to fix a timetable.\n")).toEqual([
      ["the first aim of the council during the ferry talks next month is to fix a timetable", "indirect", "Jane Example"],
    ]);
    expect(rows("Jane Example has said finishing the new bridge over the northern river will need more money.\n")).toEqual([
      ["finishing the new bridge over the northern river will need more money", "indirect", "Jane Example"],
    ]);
    expect(rows("Jane Example suggested sending engineers to the coast if the river falls.\n")).toEqual([]);
  });

  it("“confirmed when pressed that …” reports the clause after “that”", () => {
    expect(rows("Jane Example confirmed when pressed that the ferry timetable had been dropped.\n")).toEqual([["the ferry timetable had been dropped", "indirect", "Jane Example"]]);
  });

  it("a second report after “, however she stated” is a statement of its own", () => {
    expect(rows("Jane Example confirmed the port has no spare cranes and does not expect any this year, however she stated the council remains ready to rent some.\n")).toEqual([
      ["the port has no spare cranes and does not expect any this year", "indirect", "Jane Example"],
      ["the council remains ready to rent some", "indirect", "Jane Example"],
    ]);
  });

  it("a decision verb joined to a report (“— and ruled out …”) is a statement that keeps its verb", () => {
    expect(rows("Jane Example told a radio station in an interview that the fares will stay as they are — and ruled out a second ferry for the winter.\n")).toEqual([
      ["the fares will stay as they are", "indirect", "Jane Example"],
      ["ruled out a second ferry for the winter", "indirect", "Jane Example"],
    ]);
  });

  it("a concession still reports what was said when “that” introduces it", () => {
    const found = rows("The council has kept to small repairs so far, although Jane Example did say in May that the port could take more ships.\n");
    expect(found).toEqual([["the port could take more ships", "indirect", "Jane Example"]]);
  });
});

describe("a paraphrase that runs into quoted words", () => {
  it("quoted words closed by the clause's comma before the attribution are a fragment of the paraphrase", () => {
    expect(rows('The council will publish new ferry fares "within the coming weeks," Jane Example said on Wednesday.\n')).toEqual([
      ['The council will publish new ferry fares "within the coming weeks', "indirect", "Jane Example"],
    ]);
  });

  it("the speaker after the verb (“…, said Defence Minister Jane Example in an interview”)", () => {
    expect(rows('The ferry service is sound and "ready for the winter storms," said Defence Minister Jane Example in a radio interview.\n')).toEqual([
      ['The ferry service is sound and "ready for the winter storms', "indirect", "Jane Example"],
    ]);
  });

  it("“…, while X said …” is a clause of the sentence, not an attribution of what stands before", () => {
    const found = rows('The council waved the plan away as a sign of the port\'s "greed", while spokeswoman Jane Example said the plan would cut the queues.\n');
    expect(found).toEqual([["the plan would cut the queues", "indirect", "Jane Example"]]);
  });
});

describe("copy as stored", () => {
  it("a page's date stamp before “According to X, …” is not part of the words", () => {
    const text = "date 2025-02-16 According to the mayor of the port, Jane Example, the ferry fares will rise in June.\nMore text follows here.\n";
    const found = extractStatements(text, { publishedAt: "2025-02-16" }).statements.map((s) => [s.quote, s.speaker]);
    expect(found).toEqual([["the ferry fares will rise in June", "Jane Example"]]);
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
    const paragraphs = splitParagraphs("Example story\nThe last ferry of the day will be full by noon, warns Jane Example. Share\nLatest news\n");
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
    // The programme's questions are statements of no one named (decision 0670: the real annotators count an
    // interviewer's turns, named or not, as the transcript's named interviewers' turns already were).
    expect(found).toEqual([
      ["Minister, will the ferry run this winter?", "direct", null],
      ["Well, the ferry will run when the river allows it. We have asked the engineers for a plan.", "direct", "Jane Example"],
      ["And the bridge?", "direct", null],
      ["No. The bridge will take two more years, and we have said so from the start.", "direct", "Jane Example"],
    ]);
  });

  it("“I have argued …” in a turn's next paragraph keeps the turn", () => {
    const body = "Jon Sample: What should the council do?\nJane Example: The council must decide for itself.\nI have argued for a second ferry since the spring, and I still think so.\n";
    expect(rows(body).at(-1)).toEqual(["I have argued for a second ferry since the spring, and I still think so.", "direct", "Jane Example"]);
  });
});

describe("speakers, outlets and dates", () => {
  it("a spokesperson unnamed in the lede is the one named with that job word a paragraph later", () => {
    const body = "The harbour will open at dawn on Saturday, a council spokesman said on Friday.\nThe ferries are ready.\nSpokesman Dmitry Peskov told reporters that the first boat would carry cars.\n";
    expect(rows(body)[0]).toEqual(["The harbour will open at dawn on Saturday", "indirect", "Dmitry Peskov"]);
  });

  it("“Speaking to X, …” opening a sentence names the outlet", () => {
    const found = run("Speaking to Yle, Jane Example said that the ferry fares would rise in June.\n");
    expect(found[0].outletCited).toBe("Yle");
  });

  it("a country named after “citing” is no outlet", () => {
    const found = run('"Two towns still say no," Jane Example said, citing Austria and Malta as the holdouts.\n');
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
    const found = run('Jane Example said on Wednesday that the ferry would run again soon.\nRecalling the April 3 session of the harbour board, Jane Example said: "At that session, we asked for a second ferry."\n', "2025-05-28");
    expect(found.map((s) => s.date)).toEqual(["2025-05-28", "2025-05-28"]);
  });
});
