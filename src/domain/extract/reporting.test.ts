// General mechanisms for real reporting (decision 0115), each on invented wording: captions, visits and
// events as venues, offices named by title, relative dates, outlet chains, reported speech.
import { describe, expect, it } from "vitest";
import { extractStatements } from "./extract";

const run = (text: string, publishedAt: string | null = "2025-03-12") => extractStatements(text, { publishedAt, explain: true }).statements;

describe("captions and photo credits", () => {
  it("a caption line that ends on a picture credit carries no statement", () => {
    const text = [
      "Ministers meet in Example City",
      "Defence Minister Jane Example on May 2, 2024, in Example City. Border towns could face shelling within weeks, Example has warned. John Doe/Example Ministry via Getty Images",
      "Jane Example said on Monday that the alliance must keep its promises to its eastern members.",
    ].join("\n");
    const quotes = run(text).map((s) => s.quote);
    expect(quotes.some((q) => q.includes("Border towns"))).toBe(false);
    expect(quotes.some((q) => q.includes("keep its promises"))).toBe(true);
  });
});

describe("venues", () => {
  it("a visit, an audience told and a ministers' meeting are where the words were said", () => {
    const visit = run("Example story\nJens Stoltenberg said on a short visit to Examplestan that the alliance would stand by its partners for years.\n");
    expect(visit[0].venue).toBe("visit to Examplestan");
    const told = run("Example story\n“Allies must spend more on their armies,” Jens Stoltenberg told a conference in Brussels.\n");
    expect(told[0].venue).toBe("conference in Brussels");
    const meeting = run("Example story\nJens Stoltenberg, speaking ahead of an informal meeting of defence ministers in Oslo, said allies would keep their promises.\n");
    expect(meeting[0].venue).toBe("informal meeting of defence ministers in Oslo");
  });

  it("a summit named where no one speaks or meets is no venue, and words said after a meeting were not said at it", () => {
    const text = [
      "Example story",
      "Allies settled the question at a summit in Exampleburg in 2010.",
      "“The door stays open,” Jens Stoltenberg said on Monday.",
      "“We keep our word,” Jens Stoltenberg told reporters after a meeting of foreign ministers.",
    ].join("\n");
    expect(run(text).map((s) => s.venue)).toEqual([null, null]);
  });
});

describe("dates", () => {
  it("a lede that reports a speech act on a weekday dates the remarks it introduces", () => {
    const text = [
      "Example story",
      "BRUSSELS: The alliance on Monday accused Moscow of stalling the talks it says it wants, in a sharp exchange of statements.",
      "“Nobody is fooled by these delays,” spokesperson Allison Hart told reporters.",
    ].join("\n");
    const [statement] = run(text, "2025-03-12");
    expect(statement.date).toBe("2025-03-10");
    expect(statement.explain?.date.rule).toBe("date-relative");
  });
});

describe("role at the time", () => {
  it("a printed NATO title is the office the speaker then held, with where it is printed", () => {
    const text = "Example story\n“Allies will not blink,” NATO chief Mark Rutte said on a cold morning in Examplegrad.\n";
    const [statement] = run(text, "2025-02-20");
    expect(statement.speakerRole).toBe("NATO Secretary General");
    const span = statement.explain?.speakerRole.span;
    expect(span && text.slice(span.start, span.end)).toBe("NATO chief");
  });

  it("a national title printed in full stays as printed", () => {
    const [statement] = run("Example story\n“We will not give up,” Ukrainian President Volodymyr Zelensky said.\n", "2025-02-20");
    expect(statement.speakerRole).toBe("Ukrainian President");
  });

  it("someone out of office speaks as the former holder of their last office", () => {
    const [statement] = run("Example story\n“The alliance must stay ready,” Christopher Cavoli said at a dinner.\n", "2025-10-08");
    expect(statement.speakerRole).toBe("former Supreme Allied Commander Europe");
    expect(statement.explain?.speakerRole.rule).toBe("role-former-office");
  });

  it("a role given after the name has its span too", () => {
    const text = "Example story\n“Talks are not a favour,” Dmitry Peskov, the Kremlin spokesman, told reporters.\n";
    const span = run(text, "2025-02-20")[0].explain?.speakerRole.span;
    expect(span && text.slice(span.start, span.end)).toBe("Kremlin spokesman");
  });
});

describe("outlets cited", () => {
  it("a described outlet's name runs on past a known outlet it contains, but not onto a weekday", () => {
    const [longer] = run("Example story\nIn an interview with the news channel CNN Example, Jens Stoltenberg said allies would keep their word to Kyiv.\n");
    expect(longer.outletCited).toBe("CNN Example");
    const [dated] = run("Example story\nIn an interview with CNN Sunday, Jens Stoltenberg said allies would keep their word to Kyiv.\n");
    expect(dated.outletCited).toBe("CNN");
    // A programme the outlet data knows by a name that holds a weekday is named whole (decision 0150).
    const [programme] = run("Example story\nIn an interview with Fox News Sunday, Jens Stoltenberg said allies would keep their word to Kyiv.\n");
    expect(programme.outletCited).toBe("Fox News Sunday");
  });

  it("a tweet names its platform, and the frame that names it is no statement", () => {
    const statements = run("Example story\n“The wording is vague,” Volodymyr Zelensky said in the message, posted via tweet, adding, “Doubt helps no one.”\n");
    expect(statements.map((s) => s.quote)).toEqual(["The wording is vague", "Doubt helps no one."]);
    expect(statements.map((s) => s.outletCited)).toEqual(["Twitter", "Twitter"]);
  });

  it("an outlet reporting after the attribution is the outlet cited, not a reported clause", () => {
    const statements = run("Example story\nMoscow is watching the talks closely, Kremlin spokesman Dmitry Peskov said, the state news agency Examplewire reported on Monday.\n");
    expect(statements.map((s) => s.quote)).toEqual(["Moscow is watching the talks closely"]);
    expect(statements[0].outletCited).toBe("Examplewire");
  });

  it("the outlet a report rests on is cited: “…, the site reports, citing X.”", () => {
    const [statement] = run("Example story\nPrime Minister Donald Tusk has said that Poland will send no soldiers abroad, Example Daily reports, citing Example.TV.\n", "2025-05-20");
    expect(statement.outletCited).toBe("Example Daily; Example.TV");
  });
});

describe("reported speech and its speaker", () => {
  const quotes = (text: string) => run(`Example story\n${text}\n`).map((s) => [s.speaker, s.quote]);

  it("a role noun with the modifiers of the printed role stands for its holder", () => {
    expect(quotes("Kremlin spokesman Dmitry Peskov met reporters on Monday. The Kremlin spokesman said that the offer was not serious.")).toEqual([
      ["Dmitry Peskov", "the offer was not serious"],
    ]);
    // A modifier the printed role does not share names someone else.
    expect(quotes("Kremlin spokesman Dmitry Peskov met reporters on Monday. The Example spokesman said that the offer was not serious.")).toEqual([]);
  });

  it("an adverb in -ly between the speaker and the verb", () => {
    expect(quotes("Jens Stoltenberg bluntly said allies are not ready for such a step.")).toEqual([["Jens Stoltenberg", "allies are not ready for such a step"]]);
  });

  it("a date with a comma, or earlier statements the speaker repeats, before the reported clause's “that”", () => {
    expect(quotes("Jens Stoltenberg said during a visit on Friday, March 7th that the alliance stands united.")).toEqual([["Jens Stoltenberg", "the alliance stands united"]]);
    expect(quotes("Jens Stoltenberg repeated earlier statements by his deputies that the alliance stands united.")).toEqual([["Jens Stoltenberg", "the alliance stands united"]]);
  });
});

describe("an attribution that refers back", () => {
  it("“This statement was made by X” makes the sentence before X's words", () => {
    const [statement, ...rest] = run("Example story\nAllied soldiers will not cross the border until the fighting stops. This statement was made by the foreign minister, Dmytro Kuleba, on Monday.\n", "2023-06-08");
    expect(rest).toEqual([]);
    expect([statement.speaker, statement.quote, statement.kind]).toEqual(["Dmytro Kuleba", "Allied soldiers will not cross the border until the fighting stops", "indirect"]);
    expect(statement.explain?.quote.rule).toBe("back-reference-attribution");
  });
});
