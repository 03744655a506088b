// Statements found on forms the first rules missed (decision 0185), each on invented wording.
import { describe, expect, it } from "vitest";
import { extractStatements } from "./extract";

const run = (text: string, publishedAt: string | null = "2025-03-12") => extractStatements(text, { publishedAt, explain: true }).statements;

describe("a clause before its attribution", () => {
  it("is read even when a participle after the attribution reports more", () => {
    const found = run("Example story\nMark Rutte spoke in Brussels on Monday.\nAllies must spend more on air defence, he said, warning that the coming winter would be hard.\n");
    expect(found.map((s) => [s.quote, s.kind, s.speaker])).toEqual([
      ["Allies must spend more on air defence", "indirect", "Mark Rutte"],
      ["the coming winter would be hard", "indirect", "Mark Rutte"],
    ]);
  });

  it("keeps a short quote inside it as a fragment of the paraphrase, not a quote of its own", () => {
    const [statement, ...rest] = run("Example story\nAllies need to get “back on their feet” and work together, Mark Rutte said.\n");
    expect(rest).toEqual([]);
    expect(statement.quote).toBe("Allies need to get “back on their feet” and work together");
    expect(statement.kind).toBe("indirect");
    expect(statement.quotedFragments).toEqual(["back on their feet"]);
  });
});

describe("who speaks", () => {
  it("a quote that is the subject of a sentence shares the attribution of the quote after it", () => {
    const found = run("Example story\n“The long and costly war against Examplestan” was “the clearest lesson of the decade,” Mark Rutte said.\n");
    expect(found.map((s) => [s.quote, s.speaker])).toEqual([
      ["The long and costly war against Examplestan", "Mark Rutte"],
      ["the clearest lesson of the decade", "Mark Rutte"],
    ]);
    expect(found[0].explain?.quote.rule).toBe("quote-attributed-with-next");
  });

  it("a pronoun in a text that opens before anyone is named stands for the first person named after it", () => {
    const found = run("Allies must spend more on air defence, he said, warning that the coming winter would be hard.\n“We must act,” Mark Rutte said.\n");
    expect(found.map((s) => s.speaker)).toEqual(["Mark Rutte", "Mark Rutte", "Mark Rutte"]);
  });
});

describe("outlets that pass the words on", () => {
  it("“According to <outlet>” opening a sentence cites it, for the speaker's statements before and after", () => {
    const found = run(
      "Example headline\nKremlin spokesperson Dmitry Peskov said Moscow is pleased with the signals it received.\nAccording to The Guardian on June 3, Peskov said that the talks were “moving slowly.”\nAt a later briefing, Peskov said that the talks should stay private.\n",
      "2025-04-22",
    );
    expect(found.map((s) => s.outletCited)).toEqual(["The Guardian", "The Guardian", "The Guardian"]);
  });

  it("“…, reports <outlet>” and “…, a <outlet> correspondent reports” cite the outlet, and the correspondent is no one's role", () => {
    const inverted = run("Example headline\nThe alliance will decide in spring, Jane Example said on Monday, reports Example Daily.\n");
    expect(inverted.map((s) => s.outletCited)).toEqual(["Example Daily"]);
    const correspondent = run(
      "Example headline\nThe plan was confirmed on Friday by the government's spokeswoman, Jane Example, an Exampleform correspondent reports.\n“The position is clear and it has not changed,” Example said.\n",
    );
    expect(correspondent.map((s) => [s.outletCited, s.speakerRole])).toEqual([["Exampleform", null]]);
  });
});

describe("reported speech", () => {
  it("“This opinion was expressed at <occasion> by X” attributes the sentence before to X", () => {
    const found = run("Example headline\nTalks about sending engineers can start once the terms are known. This opinion was expressed at a briefing by President Jane Example.\n");
    expect(found.map((s) => [s.quote, s.speaker])).toEqual([["Talks about sending engineers can start once the terms are known", "Jane Example"]]);
  });

  it("a clause that ends on a quoted fragment keeps its closing mark when a participle joins the next clause", () => {
    const found = run("Example headline\nJane Example noted that the talks had “stalled at every level,” adding that this “suits no one.”\n");
    expect(found.map((s) => s.quote)).toEqual(["the talks had “stalled at every level,”", "this “suits no one.”"]);
  });
});

describe("verbs whose report is their object", () => {
  it("“described X as Y”, “accused X of Y” and “voiced optimism that …” report what follows the verb", () => {
    const found = run(
      "Example headline\nJane Example described the meeting of the two leaders as “quite an unusual event.”\nJohn Doe accused the minister of “playing with fire” on the question.\nJane Example voiced optimism that the fighting will end within this year.\n",
    );
    expect(found.map((s) => [s.quote, s.speaker])).toEqual([
      ["the meeting of the two leaders as “quite an unusual event.”", "Jane Example"],
      ["the minister of “playing with fire” on the question", "John Doe"],
      ["the fighting will end within this year", "Jane Example"],
    ]);
  });

  it("a passive (“was accused of”) and an object before the verb (“what she described as”) report nothing", () => {
    expect(run("Example headline\nJane Example was accused of hiding the report from the committee.\nShe asked for what she described as urgent help.\n").map((s) => s.quote)).toEqual([]);
  });

  it("a weekday in the possessive is part of the object, not the time of the words", () => {
    const [statement] = run("Example headline\nJane Example described Friday's tense meeting as “a clear warning to everyone.”\n", "2025-03-12");
    expect(statement.quote).toBe("Friday's tense meeting as “a clear warning to everyone.”");
    expect(statement.date).toBe("2025-03-12");
  });
});

describe("people", () => {
  it("“Mr Example” is the person named in full elsewhere in the article, else a name of its own", () => {
    const found = run("Example headline\nPrime Minister Anthony Example will join the call on Saturday.\nMr Example said Mr Doe had changed his mind.\nMr Sample said the call was a good idea.\n");
    expect(found.map((s) => s.speaker)).toEqual(["Anthony Example", "Mr Sample"]);
  });
});

describe("what is not an outlet", () => {
  it("a day after “interview on” and a titled person after “interview with” are no outlet", () => {
    const found = run(
      "Example headline\nThe war will end this year, Ambassador Jane Example said during an interview on Tuesday.\nExample TV sat down for a long interview with President Jane Sample. The president said she is hopeful about the talks.\n",
    );
    expect(found.map((s) => s.outletCited)).toEqual([null, null]);
  });
});

describe("roles and clauses", () => {
  it("a clause with a pronoun subject needs no listed verb (“he expects …”, “she's …”)", () => {
    const found = run("Example headline\nJohn Sample said he expects the partners to answer by spring.\nJohn Sample told reporters she's wrong about the plan.\n");
    expect(found.map((s) => s.quote)).toEqual(["he expects the partners to answer by spring", "she's wrong about the plan"]);
  });

  it("a quote's attribution may name the speaker with a long description between", () => {
    const [statement] = run("Example headline\n“It would be a small wonder if they agreed this time,” Wolfgang Examplar, a retired diplomat who chairs a large annual forum, told reporters.\n");
    expect(statement.speaker).toBe("Wolfgang Examplar");
  });

  it("a role in apposition before the name is the role, and a fuller printing of a role replaces a shorter one", () => {
    const spokesman = run("Example headline\nThe plan was confirmed on Friday by the spokeswoman for the regional cabinet, Stefanie Examplar.\n“The position is clear,” Examplar said.\n");
    expect(spokesman.map((s) => s.speakerRole)).toEqual(["spokeswoman for the regional cabinet"]);
    const fuller = run("Example headline\nThe war will end this year, Ambassador Jane Example said.\nLater, Ukrainian Ambassador Jane Example spoke to students.\n“We will hold,” Example said.\n");
    expect(fuller.map((s) => s.speakerRole)).toEqual(["Ukrainian Ambassador", "Ukrainian Ambassador"]);
  });
});

describe("words from before the story's occasion", () => {
  it("“Earlier, X told <outlet> …” keeps its outlet to itself and takes no date from the occasion before it", () => {
    const found = run(
      "Example headline\nAfter talks on February 26, Jane Example said allies had discussed the plan at length.\nEarlier, Jane Example told Reuters that the matter would return if the line gave way.\n",
      "2025-05-22",
    );
    expect(found.map((s) => [s.outletCited, s.date])).toEqual([
      [null, "2025-02-26"],
      ["Reuters", "2025-05-22"],
    ]);
  });
});

// Decision 0210: forms of reporting the rules were not written against, each on invented wording.
describe("transcripts whose labels carry a job title", () => {
  it("a host tagged with a whole job title is the reporter, and a role after a guest's name is the guest's role", () => {
    const text = [
      "JANE SAMPLE, EXAMPLE NEWS CHIEF POLITICAL CORRESPONDENT: Will the allies agree on a plan this week, do you think?",
      "JOHN EXAMPLE, EXAMPLIAN FOREIGN MINISTER: We will keep working on it with our partners until the plan is ready.",
      "SAMPLE: And after that?",
      "EXAMPLE: Then we will present it to everyone who wants to see the war end.",
    ].join("\n");
    const found = run(text);
    expect(found.map((s) => [s.speaker, s.kind])).toEqual([
      ["John Example", "direct"],
      ["John Example", "direct"],
    ]);
    expect(found[0].speakerRole).toBe("Examplian Foreign Minister");
  });

  it("a question about what someone said reports nothing", () => {
    expect(run("Example story\nMark Rutte spoke on Monday. Has he said he will meet the leaders soon?\n")).toEqual([]);
  });
});

describe("a clause before an attribution that closes its sentence", () => {
  it("may have a long subject before its verb", () => {
    const [statement] = run("Example story\nA written promise binding the country to stay out of every military bloc is the key to any settlement, Kremlin spokesman Dmitry Peskov said.\n");
    expect([statement.quote, statement.speaker]).toEqual(["A written promise binding the country to stay out of every military bloc is the key to any settlement", "Dmitry Peskov"]);
  });
});

describe("role nouns that stand for someone", () => {
  const speakers = (text: string) => run(`Example story\n${text}\n`).map((s) => [s.speaker, s.quote]);

  it("a lede's role noun names the person who fits it in the next sentences", () => {
    expect(speakers("SEOUL -- The top Ukrainian envoy here stressed that the talks were going nowhere. Ambassador Jane Sample spoke during an interview on Tuesday.")).toEqual([
      ["Jane Sample", "the talks were going nowhere"],
    ]);
  });

  it("a country's possessive and a role word the role shares (“Examplia's top defence official”)", () => {
    expect(speakers("Lithuanian Defence Minister Jane Sample met reporters. Lithuania's top defence official warned that the winter would be hard.")).toEqual([
      ["Jane Sample", "the winter would be hard"],
    ]);
    // "official" with nothing that ties it to a role is an unnamed source, not the last person named.
    expect(speakers("Lithuanian Defence Minister Jane Sample met reporters. The official warned that the winter would be hard.")).toEqual([]);
  });

  it("“the politician”, “the government representative”, “the PM” and “the chief of NATO”", () => {
    expect(speakers("Finnish President Alexander Stubb spoke on Sunday. According to the politician, the door must stay open.")).toEqual([["Alexander Stubb", "the door must stay open"]]);
    expect(speakers("Reporters met the spokesman for the federal government, Jane Sample, on Friday. The government representative said that no decision had been taken.")).toEqual([
      ["Jane Sample", "no decision had been taken"],
    ]);
    expect(speakers("Prime Minister Jane Sample spoke in London. The PM said that the country would play its part.")).toEqual([["Jane Sample", "the country would play its part"]]);
    expect(run("Example story\nThe chief of NATO on Thursday praised the allies' unity in the talks.\n", "2025-05-15").map((s) => s.speaker)).toEqual(["Mark Rutte"]);
  });
});

describe("according to a role, with the name in apposition", () => {
  it("the clause starts after the name", () => {
    const [statement] = run("Example story\nAccording to the head of the delegation, Jane Sample, the talks will resume in May.\n");
    expect([statement.quote, statement.speaker]).toEqual(["the talks will resume in May", "Jane Sample"]);
  });
});

describe("dialogue dashes", () => {
  it("speech after a dash runs to its attribution, also when the dash follows a sentence the splitter kept whole", () => {
    const found = run("Example story\nJane Sample told a press conference that” a mission is needed”. – Our country decides for itself. If it agrees, that is enough, Sample said at the time.\n");
    expect(found.map((s) => [s.quote, s.kind, s.speaker])).toEqual([
      ["” a mission is needed”", "indirect", "Jane Sample"],
      ["Our country decides for itself. If it agrees, that is enough", "direct", "Jane Sample"],
    ]);
    expect(found[1].explain!.quote.rule).toBe("dialogue-dash");
  });

  it("a dashed paragraph without attribution is the last speaker's when it speaks in the first person; a dashed list is not", () => {
    const found = run("Example story\n“We are ready,” Jane Sample said.\n– I know what they want. We will decide for ourselves.\n– 40 tanks delivered in May\n");
    expect(found.map((s) => [s.quote, s.speaker])).toEqual([
      ["We are ready", "Jane Sample"],
      ["I know what they want. We will decide for ourselves.", "Jane Sample"],
    ]);
  });

  it("“… – stated the president of <country>,” closes first-person speech", () => {
    const [statement] = run("Example story\nThis is not our plan. We do not need a frozen war on our land, and we told our neighbours so – stated the President of Finland,\n", "2025-02-16");
    expect([statement.quote, statement.speaker]).toEqual(["This is not our plan. We do not need a frozen war on our land, and we told our neighbours so", "Alexander Stubb"]);
  });
});

describe("names printed short or inside a title", () => {
  const speakers = (text: string) => run(`Example story\n${text}\n`).map((s) => s.speaker);

  it("“Sir Jane” and “Mr Li” are the person named in full in the article", () => {
    expect(speakers("Sir Jane Sample said on Monday that talks must go on. Sir Jane warned that the deal would not hold.")).toEqual(["Sir Jane Sample", "Sir Jane Sample"]);
    expect(speakers("Li Examplong said on Monday that he was ready. Mr Li said that talks were the only way forward.")).toEqual(["Li Examplong", "Li Examplong"]);
  });

  it("a country's name between a title and a name is part of neither", () => {
    expect(speakers("Earlier the Deputy Prime Minister of Italy Jane Sample said that the plan was reckless.")).toEqual(["Jane Sample"]);
  });
});

describe("reported clauses in more shapes", () => {
  const reports = (text: string, publishedAt = "2025-03-12") => run(`Example story\n${text}\n`, publishedAt).map((s) => [s.speaker, s.quote]);

  it("“told X that A and that B” is two reports", () => {
    expect(reports("Jane Sample told the ministers gathered at the alliance's headquarters in the capital that allies must do more and that no troops would be sent.")).toEqual([
      ["Jane Sample", "allies must do more"],
      ["Jane Sample", "no troops would be sent"],
    ]);
  });

  it("a clause before “X said Thursday and reiterated …” is read as well as the one after", () => {
    expect(reports("Examplia is ready to host the talks, President Jane Sample said Thursday and reiterated the need for a ceasefire.")).toEqual([
      ["Jane Sample", "Examplia is ready to host the talks"],
      ["Jane Sample", "the need for a ceasefire"],
    ]);
  });

  it("a long title between the comma and the name", () => {
    expect(reports("Examplia does not rule out sending its soldiers, Examplian Minister of Foreign Affairs Jane Sample said in an interview.")).toEqual([
      ["Jane Sample", "Examplia does not rule out sending its soldiers"],
    ]);
  });

  it("“X of <country> claimed”, “X meanwhile told”, “The Prime Minister on Thursday said”", () => {
    expect(reports("President Jane Sample of Ukraine claimed on Friday that only membership could protect the country.")).toEqual([
      ["Jane Sample", "only membership could protect the country"],
    ]);
    expect(reports("Defence Secretary Jane Sample meanwhile told a newspaper that the deterrent was ready.")).toEqual([["Jane Sample", "the deterrent was ready"]]);
    expect(reports("Prime Minister Jane Sample met the planners. The Prime Minister on Thursday said the coalition was splitting its work in four.")).toEqual([
      ["Jane Sample", "the coalition was splitting its work in four"],
    ]);
  });

  it("a dateline with a city in lower case and its agency in brackets is not part of the report", () => {
    expect(reports("Examplegrad, January 16 (EXA) – The alliance will answer any attack on its cables, NATO Secretary General Mark Rutte said on Thursday.", "2025-01-16")).toEqual([
      ["Mark Rutte", "The alliance will answer any attack on its cables"],
    ]);
  });
});

describe("a role noun's antecedent", () => {
  it("is the subject of the sentence before rather than a person named after “with”", () => {
    const found = run("Example story\n“We want no substitute,” Jane Sample, the Examplian president, said after talks with Estonian President Alar Karis.\n“We are not looking for another way,” the President added.\n", "2023-06-02");
    expect(found.map((s) => s.speaker)).toEqual(["Jane Sample", "Jane Sample"]);
  });

  it("is no one out of the office the noun names on the article's date", () => {
    const found = run("Example story\nThe reporter met President Jane Sample and Donald Trump last week. The president said that the talks would go on.\n", "2024-12-09");
    expect(found.map((s) => s.speaker)).toEqual(["Jane Sample"]);
  });
});

describe("copy hard-wrapped at a fixed width", () => {
  it("is read as the paragraphs it was printed as, and each quote is given back with its line breaks", () => {
    const text = "\"We will not send\nsoldiers to a war we\ncannot end,\" Mark Rutte said in\nan interview. He added that allies\nwould keep sending air defence.";
    const found = run(text);
    expect(found.map((s) => [s.quote, s.kind, s.speaker])).toEqual([
      ["We will not send\nsoldiers to a war we\ncannot end", "direct", "Mark Rutte"],
      ["allies\nwould keep sending air defence", "indirect", "Mark Rutte"],
    ]);
    for (const s of found) expect(text.slice(s.start, s.end)).toBe(s.quote);
  });
});
