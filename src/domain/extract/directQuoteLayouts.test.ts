// Decision 0710: direct quotes in layouts the rules did not read: an attribution with an abbreviation's full stop
// ("Mr.", "U.S.", "Gen."), a person the people data does not know named after an inverted verb or with a job or a
// relative clause beside the name, a whole sentence in marks right after a speech verb, a question asked by a known
// politician. Invented wording; the known people are the data's own.
import { describe, expect, it } from "vitest";
import { splitParagraphs } from "../text";
import { extractStatements } from "./extract";

const HEAD = "Example story\nThe ministers met in Sampleton on Monday to talk about the ferries.\n";
const rows = (body: string) => extractStatements(HEAD + body, { publishedAt: "2025-03-12", explain: true }).statements.map((s) => [s.quote, s.kind, s.speaker]);
const direct = (body: string) => rows(body).filter((r) => r[1] === "direct");

describe("an attribution whose words hold an abbreviation's full stop", () => {
  it("an honorific, a rank and a country's initials before the name", () => {
    expect(direct("Mark Rutte, the NATO chief, met the harbour board on Monday.\n“The ferries will run all winter,” Mr. Rutte said.")).toEqual([
      ["The ferries will run all winter", "direct", "Mark Rutte"],
    ]);
    expect(direct("“The ferries will run all winter, and the tolls will fall,” U.S. President Joe Biden said on Monday.")).toEqual([
      ["The ferries will run all winter, and the tolls will fall", "direct", "Joe Biden"],
    ]);
  });

  it("a short quote is kept once its attribution is read", () => {
    expect(direct("Gen. Christopher Cavoli commands the harbour fleet.\n“We are ready,” Gen. Cavoli told the board.")).toEqual([["We are ready", "direct", "Christopher Cavoli"]]);
  });

  it("the quote after the attribution of the sentence before goes on with the same speaker", () => {
    const found = direct("Mark Rutte, the NATO chief, met the harbour board on Monday.\n“The ferries will run,” Mr. Rutte said. “The tolls will fall.”");
    expect(found.map((f) => f[2])).toEqual(["Mark Rutte", "Mark Rutte"]);
  });
});

describe("a person the people data does not know", () => {
  it("named after an inverted speech verb, with or without a job after the name", () => {
    expect(direct("“The island will not wait for the ferries,” said Jane Sample, a senior fellow at the Sampleton Institute.")).toEqual([
      ["The island will not wait for the ferries", "direct", "Jane Sample"],
    ]);
    expect(direct("“The island will not wait for the ferries,” said Jane Sample.")).toEqual([["The island will not wait for the ferries", "direct", "Jane Sample"]]);
  });

  it("a middle initial in the name", () => {
    expect(direct("“We are ready,” said Jane Q. Sample, the harbour master.")).toEqual([["We are ready", "direct", "Jane Q. Sample"]]);
  });

  it("introduced with a relative clause, then named by the surname alone", () => {
    const found = direct("Jane Sample, who runs the harbour co-operative, has watched the ferries for years.\n“The island will not wait,” Sample said.");
    expect(found).toEqual([["The island will not wait", "direct", "Jane Sample"]]);
  });

  it("a name after a speech verb with no mark or comma before it is not read as the speaker", () => {
    const found = rows("Mayor Tom Example said Jane Sample would open the harbour on Friday.");
    expect(found.map((f) => f[2])).toEqual(["Tom Example"]);
  });
});

describe("a whole sentence in marks right after a speech verb", () => {
  it("takes the verb's subject as speaker", () => {
    expect(direct("Mayor Jane Sample said “The ferries will run all winter” at the harbour on Friday.")).toEqual([
      ["The ferries will run all winter", "direct", "Jane Sample"],
    ]);
  });

  it("a short quoted name after the verb stays out", () => {
    expect(direct("Mayor Jane Sample called “Harbour Watch” a success.")).toEqual([]);
  });
});

describe("questions", () => {
  it("a question a known politician asks is their statement, after or before the quote", () => {
    expect(direct("Volodymyr Zelensky spoke to the harbour board.\n“Why should the island wait for the ferries?” Zelensky asked.")).toEqual([
      ["Why should the island wait for the ferries?", "direct", "Volodymyr Zelensky"],
    ]);
    expect(direct("Volodymyr Zelensky spoke to the harbour board.\n“Why should the island wait?” he asked.").map((f) => f[2])).toEqual(["Volodymyr Zelensky"]);
    expect(direct("Volodymyr Zelensky spoke to the harbour board. Zelensky asked: “Why should the island wait?”").map((f) => f[2])).toEqual(["Volodymyr Zelensky"]);
  });

  it("an interviewer's question stays no one's statement, before or after the quote", () => {
    const body = "Jane Sample interviewed Volodymyr Zelensky for the harbour radio.\n“Will the ferries run all winter?” Sample asked.\nSample asked Zelensky: “Are you open to that?”\n“They will run,” Zelensky said.";
    expect(direct(body)).toEqual([["They will run", "direct", "Volodymyr Zelensky"]]);
  });
});

describe("speech in single marks", () => {
  it("a paragraph that also holds double marks: a quote within the speech, or a term", () => {
    const nested = direct("Mayor Jane Sample spoke on Sunday.\n‘Tom Example told me “the ferries will run”, and I believe him,’ Ms Sample said.");
    expect(nested).toEqual([
      ["Tom Example told me “the ferries will run”, and I believe him", "direct", "Jane Sample"],
      ["the ferries will run", "direct", "Tom Example"],
    ]);
    const term = direct("Mayor Jane Sample spoke on Sunday.\n‘We will not close the harbour this winter,’ Ms Sample said, calling the plan “reckless”.");
    expect(term).toEqual([["We will not close the harbour this winter", "direct", "Jane Sample"]]);
  });

  it("a plural's apostrophe inside the marks does not close them", () => {
    expect(direct("Mayor Jane Sample spoke on Sunday.\n‘The islanders’ patience will not last for ever,’ Ms Sample said.")).toEqual([
      ["The islanders’ patience will not last for ever", "direct", "Jane Sample"],
    ]);
  });

  it("a quote that runs over two paragraphs, its opening mark repeated", () => {
    const found = direct("Mayor Jane Sample spoke on Sunday.\n‘The island has waited long enough.\n‘The ferries must run this winter,’ she said.");
    expect(found).toEqual([
      ["The island has waited long enough.", "direct", "Jane Sample"],
      ["The ferries must run this winter", "direct", "Jane Sample"],
    ]);
  });
});

describe("dialogue dashes typed as hyphens", () => {
  it("a turn over sentences, its attribution after a dash, the comma before it left out", () => {
    const found = direct("Mayor Jane Sample spoke on Sunday.\n- We will not close the harbour. The ferries must run, - Sample said.");
    expect(found).toEqual([["We will not close the harbour. The ferries must run", "direct", "Jane Sample"]]);
  });

  it("a dash after the end of a sentence opens a turn inside the paragraph", () => {
    const found = direct("Mayor Jane Sample spoke on Sunday. She said the board would meet again. - We are ready to talk, but not to give in, - Sample said.");
    expect(found).toEqual([["We are ready to talk, but not to give in", "direct", "Jane Sample"]]);
  });

  it("a hyphen before a lower-case word or a number is no dash of speech", () => {
    expect(direct("Mayor Jane Sample spoke on Sunday.\n- around 40 ferries will run, she said.")).toEqual([]);
  });

  it("“the pope” stands for the person named with the title", () => {
    const found = direct("Pope Example said on Sunday that the island should talk to its neighbours.\n- I think the island must have the courage to talk, - said the pope.");
    expect(found).toEqual([["I think the island must have the courage to talk", "direct", "Pope Example"]]);
  });
});

describe("a quote the excerpt was cut inside (decision 0615, two more layouts)", () => {
  it("in single marks, after a participle", () => {
    const found = direct("Mayor Jane Sample has asked the board for more boats, stating, ‘Every ferry for the isl");
    expect(found).toEqual([["Every ferry for the isl", "direct", "Jane Sample"]]);
  });

  it("in lower case after a lead phrase's comma, the speaker from the sentence before", () => {
    const found = direct("The ferries will stop if the storms go on, Mayor Jane Sample warned. For all the promises of new boats, “the islanders will s");
    expect(found).toEqual([["the islanders will s", "direct", "Jane Sample"]]);
  });

  it("a closed single-quoted term on the last line is no cut quote", () => {
    expect(direct("Mayor Jane Sample spoke about the ‘Harbour Plan’")).toEqual([]);
  });
});

describe("quotes inside a quoted report", () => {
  it("a second quote after the first one's attribution goes on with its speaker, glued to the sentence before or not", () => {
    const body = "The Sampleton Post reported: “Mayor Jane Sample met the board on Monday.‘The ferries will run all winter,’ she told reporters. ‘The tolls will fall in spring.’”";
    const found = direct(body).filter((f) => f[0] !== body.slice(body.indexOf("“") + 1, body.lastIndexOf("”")));
    expect(found).toEqual([
      ["The ferries will run all winter", "direct", "Jane Sample"],
      ["The tolls will fall in spring.", "direct", "Jane Sample"],
    ]);
  });
});

describe("a transcript's turns run into one paragraph", () => {
  it("labels in capitals after the end of a sentence, a translator's note after the name", () => {
    const body = "Radio host Jane Sample spoke with Mayor Tom Example in Sampleton on Sunday.\nSAMPLE: The ferries stopped last week. Will they run again this winter? EXAMPLE (via translator): They will run again, and the tolls will fall in spring.";
    expect(direct(body)).toEqual([
      ["The ferries stopped last week. Will they run again this winter?", "direct", "Jane Sample"],
      ["They will run again, and the tolls will fall in spring.", "direct", "Tom Example"],
    ]);
  });

  it("words in capitals before a colon that name no one printed before are no label", () => {
    const body = "Radio host Jane Sample spoke with Mayor Tom Example in Sampleton on Sunday.\nSAMPLE: Will the ferries run this winter? EXAMPLE: They will run. UPDATE: the board meets on Monday to set the tolls.";
    expect(direct(body).map((f) => f[0])).toEqual(["Will the ferries run this winter?", "They will run. UPDATE: the board meets on Monday to set the tolls."]);
  });
});

describe("an embedded post", () => {
  it("its link ends a quote its text was cut inside", () => {
    const body = "Mayor Jane Sample said the ferries would run.“As mayor, I will do everything to keep the…  pic.twitter.com/Ab12Cd— Sampleton News (@sampleton) June 1, 2025The Post reported:“The board met on Monday.”";
    expect(direct(body)[0]).toEqual(["As mayor, I will do everything to keep the…", "direct", "Jane Sample"]);
  });
});

describe("a quote signed with a dash", () => {
  it("a name and a role after the dash are the speaker; a dash before a clause of its own is none", () => {
    expect(direct("The harbour board met on Monday.\n“The ferries will run all winter, and the tolls will fall in spring.” — Jane Sample, mayor of Sampleton")).toEqual([
      ["The ferries will run all winter, and the tolls will fall in spring.", "direct", "Jane Sample"],
    ]);
    const found = direct("Mayor Jane Sample met the harbour board on Monday.\n“The ferries will run all winter.” — Tom Example, who chairs the board, left early.");
    expect(found.map((f) => f[2])).not.toContain("Tom Example");
  });
});

describe("a quote whose closing mark was misprinted", () => {
  it("turned the wrong way before the attribution, or left out before it", () => {
    const wrongWay = direct("Mayor Jane Sample spoke on Monday.\n“If the storms go on, “Sample declared, “the ferries will stop for a week.”");
    expect(wrongWay).toEqual([
      ["If the storms go on", "direct", "Jane Sample"],
      ["the ferries will stop for a week.", "direct", "Jane Sample"],
    ]);
    const left = direct("Mayor Jane Sample spoke on Monday.\n“The ferries will run all winter, she said. “The tolls will fall.”");
    expect(left).toEqual([
      ["The ferries will run all winter", "direct", "Jane Sample"],
      ["The tolls will fall.", "direct", "Jane Sample"],
    ]);
  });

  it("an opening mark with no attribution before it does not close the quote", () => {
    const found = direct("Mayor Jane Sample spoke on Monday.\n“The ferries, the tolls and the “harbour plan” all matter,” she said.");
    expect(found.map((f) => f[0])).not.toContain("The ferries, the tolls and the");
  });
});

describe("a quote line that lost its full stop", () => {
  it("below the first line, with an attribution in the past tense, is a paragraph; a headline's “says” line stays a heading", () => {
    expect(direct("The harbour board met on Monday.\n“The ferries will run all winter and the tolls will fall,” Jane Sample said")).toEqual([
      ["The ferries will run all winter and the tolls will fall", "direct", "Jane Sample"],
    ]);
    expect(splitParagraphs("First line of the story.\n“The ferries will run all winter,” says Jane Sample").at(-1)?.isJunk).toBe(true);
  });
});

describe("a quote's speaker named in the paragraph before or after it", () => {
  it("the subject of the paragraph before, when no one has spoken yet", () => {
    expect(direct("Mayor Jane Sample posted a message after the board met.\n“We agreed to keep the ferries running. The tolls will fall.”")).toEqual([
      ["We agreed to keep the ferries running. The tolls will fall.", "direct", "Jane Sample"],
    ]);
  });

  it("“That was the message of …” opening the next paragraph", () => {
    expect(direct("“The ferries will not stop.”\nThat was the message of Mayor Jane Sample to the islanders on Monday.")).toEqual([
      ["The ferries will not stop.", "direct", "Jane Sample"],
    ]);
  });

  it("an earlier speaker goes on before the subject of the paragraph before", () => {
    const body = "“The ferries will run,” Mayor Jane Sample said.\nTom Example, the harbour master, listened.\n“The tolls will fall in spring.”";
    expect(direct(body).map((f) => f[2])).toEqual(["Jane Sample", "Jane Sample"]);
  });
});
