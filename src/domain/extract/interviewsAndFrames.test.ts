// Decision 0670: statement recall on reporting forms the rules did not read — verbs whose report is a noun phrase,
// interviews printed as questions and answers, frames of a person's view — each on invented wording.
import { describe, expect, it } from "vitest";
import { extractStatements } from "./extract";

const HEAD = "Example story\nThe ministers met in Sampleton on Monday.\n";
const run = (body: string, publishedAt: string | null = "2025-03-12") =>
  extractStatements(HEAD + body, { publishedAt, explain: true }).statements;
const rows = (body: string) => run(body).map((s) => [s.quote, s.kind, s.speaker, s.explain?.quote.rule]);

describe("verbs whose report is a noun phrase", () => {
  it("“compared A to B”", () => {
    expect(rows("Mayor Jane Sample compared the ferry dispute to an old quarrel between two fishing towns.\n")).toEqual([
      ["the ferry dispute to an old quarrel between two fishing towns", "indirect", "Jane Sample", "speech-verb"],
    ]);
  });

  it("“put forward”, “referred to”, “decries”, “blasted”, “celebrated”", () => {
    const quotes = (body: string) => run(body).map((s) => s.quote);
    expect(quotes("Governor Max Example put forward a plan for a second harbour in the north.\n")).toEqual(["a plan for a second harbour in the north"]);
    expect(quotes("Governor Max Example referred to the terms the islands must meet before any vote.\n")).toEqual(["the terms the islands must meet before any vote"]);
    expect(quotes("Governor Max Example decries the board's slow handling of the ferry tender.\n")).toEqual(["the board's slow handling of the ferry tender"]);
  });

  it("“offered no details” reports nothing; “offered a role to …” does", () => {
    expect(run("Governor Max Example offered no details on the timing of the new ferry tender.\n")).toEqual([]);
    expect(run("Governor Max Example offered a seat on the harbour board to the fishing towns.\n").map((s) => s.quote)).toEqual([
      "a seat on the harbour board to the fishing towns",
    ]);
  });
});

describe("an interview printed as questions and answers", () => {
  const INTRO = "Harbour Minister Jane Examplova spoke to our paper about the ferry strike.\n";

  it("“Q: … / A: …”: each answer is the interviewee's, each question no one's named", () => {
    const found = rows(
      INTRO +
        "Q: Will the ferries run again before the summer season?\n" +
        "A: We are ready to restart them, but only with a clear budget from the council.\n" +
        "The unions know our offer. Nothing has changed since Monday.\n" +
        "Q: And the new harbour in the north?\n" +
        "A: That plan stays on the table. We will not drop it.\n",
    );
    expect(found).toEqual([
      ["Will the ferries run again before the summer season?", "direct", null, "interview-question"],
      ["We are ready to restart them, but only with a clear budget from the council.", "direct", "Jane Examplova", "interview-answer"],
      ["The unions know our offer. Nothing has changed since Monday.", "direct", "Jane Examplova", "interview-turn-continues"],
      ["And the new harbour in the north?", "direct", null, "interview-question"],
      ["That plan stays on the table. We will not drop it.", "direct", "Jane Examplova", "interview-answer"],
    ]);
  });

  it("“Question: … / Answer: …”", () => {
    const found = rows(INTRO + "Question: Is a deal with the unions close?\nAnswer: I believe a deal can be signed this week.\n");
    expect(found.map((f) => [f[0], f[2]])).toEqual([
      ["Is a deal with the unions close?", null],
      ["I believe a deal can be signed this week.", "Jane Examplova"],
    ]);
  });

  it("a lone “A:” line makes no interview", () => {
    expect(run(INTRO + "A: the ferry timetable for the week.\n")).toEqual([]);
  });

  it("“Surname: …” after an introduction that names the person in full, the interviewer labelled by a programme", () => {
    const found = rows(
      INTRO +
        "morning show: Minister, will the ferries run again before the summer?\n" +
        "Examplova: We are ready to restart them, but only with a clear budget from the council.\n" +
        "morning show: And the harbour in the north?\n" +
        "Examplova: That plan stays on the table. We will not drop it.\n",
    );
    expect(found).toEqual([
      ["Minister, will the ferries run again before the summer?", "direct", null, "transcript-interviewer-label"],
      ["We are ready to restart them, but only with a clear budget from the council.", "direct", "Jane Examplova", "transcript-speaker-label"],
      ["And the harbour in the north?", "direct", null, "transcript-interviewer-label"],
      ["That plan stays on the table. We will not drop it.", "direct", "Jane Examplova", "transcript-speaker-label"],
    ]);
  });

  it("a label before words in marks is a quote's attribution, not a turn", () => {
    const found = rows("Jane Examplova spoke after the talks.\nExamplova: “The ferries will run again.”\nMax Sampleman: “We are not so sure.”\n");
    expect(found.map((f) => f[3])).not.toContain("transcript-speaker-label");
  });
});

describe("frames of a person's view", () => {
  // The person is named in full first, as reports do; a possessive form names someone the text already knows.
  const LEDE = "Governor Max Example met the harbour board on Monday.\n";
  const last = (body: string) => rows(LEDE + body).map((f) => [f[0], f[2]]).at(-1);

  it("“X's view is that …”, “X's position is that …”, “X's message was clear: …”", () => {
    expect(last("Max Example's view is that the ferry tender must wait until spring.\n")).toEqual(["the ferry tender must wait until spring", "Max Example"]);
    expect(last("Example's position is that the islands will get a second harbour.\n")).toEqual(["the islands will get a second harbour", "Max Example"]);
    expect(last("Example's message was clear: the council will not pay for the bridge.\n")).toEqual(["the council will not pay for the bridge", "Max Example"]);
  });

  it("a country's or an institution's view is no one's statement", () => {
    expect(run("Sampleland's position is that the islands will get a second harbour.\n")).toEqual([]);
  });

  it("“In X Y's words, …”, “In the view of X, …”, “For X, …”", () => {
    expect(last("In Max Example's words, the ferry link is a fair price for peace.\n")).toEqual(["the ferry link is a fair price for peace", "Max Example"]);
    expect(last("In the view of Max Example, the tender must wait until spring.\n")).toEqual(["the tender must wait until spring", "Max Example"]);
    expect(last("For Example, it is up to the islands to decide on the tolls.\n")).toEqual(["it is up to the islands to decide on the tolls", "Max Example"]);
  });

  it("“is of the view that …”, “expressed the view that …”", () => {
    expect(last("Max Example is of the view that the talks are premature.\n")).toEqual(["the talks are premature", "Max Example"]);
    expect(last("Max Example expressed the view that the talks should start soon.\n")).toEqual(["the talks should start soon", "Max Example"]);
  });
});

describe("a quote's speaker named after it", () => {
  const speakers = (body: string) => run(body).map((s) => [s.quote, s.speaker, s.explain?.speaker.rule]);

  it("a quote left open at its paragraph's end takes the speaker its continuation names", () => {
    const found = speakers("Harbour Minister Jane Examplova spoke on Monday.\n“The ferries will not run while the strike goes on. The council would never pay for it.\n“But once the unions agree, we will restart them,” Examplova said.\n");
    expect(found[0]).toEqual(["The ferries will not run while the strike goes on. The council would never pay for it.", "Jane Examplova", "speaker-continued-quote"]);
  });

  it("“…” These were the words of X / That was the message of X", () => {
    const body = "Harbour Minister Jane Examplova spoke on Monday. Governor Max Example spoke on Tuesday.\n“The ferries must run all winter.” These were the words of Jane Examplova at the council.\n";
    expect(speakers(body).at(-1)).toEqual(["The ferries must run all winter.", "Jane Examplova", "speaker-words-of"]);
    const other = "Harbour Minister Jane Examplova spoke on Monday. Governor Max Example spoke on Tuesday.\n“The tolls will stay.” That was the message of Jane Examplova to the board.\n";
    expect(speakers(other).at(-1)).toEqual(["The tolls will stay.", "Jane Examplova", "speaker-words-of"]);
  });
});
