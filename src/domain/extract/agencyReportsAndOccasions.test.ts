// Reporting forms of decision 0370, each on invented wording.
import { beforeAll, describe, expect, it } from "vitest";
import { extractStatements } from "./extract";

const run = (body: string, publishedAt: string | null = "2025-03-13") =>
  extractStatements(`Example story\n${body}`, { publishedAt, explain: true }).statements;
const rows = (body: string) => run(body).map((s) => [s.quote, s.kind, s.speaker, s.outletCited]);

// The first extraction builds the lexicons' patterns and the gazetteers; under load that alone may pass 5 s.
beforeAll(() => void run("Jane Example said the ferry will run.\n"), 60_000);

describe("an agency quoting someone as saying", () => {
  it("reads the person inside the active phrase, and the agency as the outlet", () => {
    // A name the gazetteer knows: an unknown one is read as a name only right before its verb (people/mentions).
    expect(rows("Example News quoted Mark Rutte as saying that the ferry will run until May.\n")).toEqual([
      ["the ferry will run until May", "indirect", "Mark Rutte", "Example News"],
    ]);
  });

  it("reads the passive phrase with or without the agency", () => {
    expect(rows("Jane Example was quoted by Example News as saying the ferry will run until May.\n")).toEqual([
      ["the ferry will run until May", "indirect", "Jane Example", "Example News"],
    ]);
    expect(rows("Jane Example was quoted as saying that the ferry will run until May.\n")[0]?.slice(0, 3)).toEqual([
      "the ferry will run until May", "indirect", "Jane Example",
    ]);
  });
});

describe("more ways to report", () => {
  it("“went on to say”, “has long argued”, “made the case that”", () => {
    for (const frame of ["went on to say that", "has long argued that", "made the case that"]) {
      expect(rows(`Mark Rutte ${frame} the ferry will run until May.\n`)[0]?.slice(0, 3)).toEqual(["the ferry will run until May", "indirect", "Mark Rutte"]);
    }
  });

  it("an interview published or comments carried by an outlet name it", () => {
    expect(rows("In an interview published by Example News on Sunday, Jane Example said the ferry will run until May.\n")[0]?.[3]).toBe("Example News");
    expect(rows("In comments carried by Example News, Jane Example said the ferry will run until May.\n")[0]?.[3]).toBe("Example News");
  });
});

describe("a phrase of occasion after the verb", () => {
  it("is no report of its own before a quote, and leaves the quote its place and day", () => {
    const found = run("Mark Rutte stressed at a news conference in Sampleton on Tuesday: \"The ferry will run until May.\"\n");
    expect(found.map((s) => [s.quote, s.kind])).toEqual([["The ferry will run until May.", "direct"]]);
    expect(found[0]).toMatchObject({ venue: "news conference in Sampleton", date: "2025-03-11" });
  });

  it("after an interview's outlet, leaves the clause before the attribution as the report", () => {
    const found = run("The ferry will run until May, Mark Rutte told Example Radio in an interview aired on Sunday.\n");
    expect(found.map((s) => [s.quote, s.kind, s.outletCited, s.date])).toEqual([["The ferry will run until May", "indirect", "Example Radio", "2025-03-09"]]);
  });
});

describe("two clauses and a shared subject", () => {
  it("keeps the first clause when a second “and that” follows, with or without a dash", () => {
    for (const join of [" and that", " — and that"]) {
      expect(rows(`Mark Rutte told reporters the ferry will run until May${join} the port will stay open.\n`).map((r) => r[0])).toEqual([
        "the ferry will run until May", "the port will stay open",
      ]);
    }
  });

  it("“X and other leaders pledged …” is X's report", () => {
    expect(rows("Mark Rutte and other harbour officials pledged to keep the ferry running until May.\n")[0]?.slice(0, 3)).toEqual([
      "to keep the ferry running until May", "indirect", "Mark Rutte",
    ]);
  });
});

describe("more occasions named as venues", () => {
  it("a trip, a speech of some kind, a joint statement, a summit whose name has digits", async () => {
    const { findVenues } = await import("./context");
    const venue = (sentence: string) => findVenues(sentence).map((v) => v.venue);
    expect(venue("Jane Example, during a trip to Sampleton this week, said the ferry will run.")).toEqual(["trip to Sampleton"]);
    expect(venue("In a televised speech to the harbour workers, Jane Example said the ferry will run.")[0]).toMatch(/^televised speech to the harbour/);
    expect(venue("Jane Example said in a joint statement with Mayor John Sample that the ferry will run.")).toEqual(["joint statement with Mayor John Sample"]);
    expect(venue("Speaking on the sidelines of the G7 summit in Sampleton, Jane Example said the ferry will run.")[0]).toMatch(/G7 summit in Sampleton/);
  });
});

describe("when the words were said, right after the verb", () => {
  // 2025-03-13 is a Thursday.
  it("is the attribution's, not the report's first words", () => {
    const cases: [string, string][] = [
      ["on Tuesday night", "2025-03-11"], ["late on Tuesday", "2025-03-11"], ["on Mar. 10", "2025-03-10"],
      ["on Sept. 5, 2024,", "2024-09-05"], ["on Monday, March 10,", "2025-03-10"],
    ];
    for (const [when, date] of cases) {
      const found = run(`Mark Rutte said ${when} that the ferry will run until May.\n`);
      expect(found.map((s) => [s.quote, s.date])).toEqual([["the ferry will run until May", date]]);
    }
    expect(run("Mark Rutte said two days ago that the ferry will run until May.\n").map((s) => s.quote)).toEqual(["the ferry will run until May"]);
  });

  it("a wire dateline closed by a dash is no clause of a trailing attribution", () => {
    expect(rows("SAMPLETON (AP) — Mark Rutte said on Monday that the ferry will run until May.\n").map((r) => r[0])).toEqual(["the ferry will run until May"]);
  });
});

describe("outlets at the end of a clause and platforms before their post", () => {
  // A source an outlet "reports with reference to" is chained in reading order, as "citing" is (reporting.test.ts).
  it("cuts “, as cited by X”, “, X reported on Tuesday” and “, X reports with reference to Y” from the report and chains them", () => {
    expect(rows("Mark Rutte told Example Radio that the ferry will run until May, as cited by Example News.\n")).toEqual([
      ["the ferry will run until May", "indirect", "Mark Rutte", "Example Radio; Example News"],
    ]);
    expect(rows("Mark Rutte said the ferry will run until May, Example News reported on Tuesday.\n")[0]?.[0]).toBe("the ferry will run until May");
    expect(rows("Mark Rutte said the ferry will run until May, Example News reports with reference to Example Radio.\n")).toEqual([
      ["the ferry will run until May", "indirect", "Mark Rutte", "Example News; Example Radio"],
    ]);
  });

  it("names the platform of “a Telegram post”", () => {
    expect(rows("Mark Rutte wrote in a Telegram post that the ferry will run until May.\n")[0]?.[3]).toBe("Telegram");
  });
});

describe("short direct quotes", () => {
  const quotes = (body: string) => run(body).map((s) => [s.quote, s.kind]);

  it("a role after the quote attributes it, however short", () => {
    expect(quotes("Mark Rutte spoke. \"The ferry stays open,\" the NATO chief said.\n")).toEqual([["The ferry stays open", "direct"]]);
  });

  it("a whole sentence in marks with its full stop after them is a quote, not a scare quote", () => {
    expect(quotes("\"The port is closed,\" Mark Rutte said. \"The ferry stays open\".\n").map((q) => q[0])).toEqual(["The port is closed", "The ferry stays open"]);
  });

  it("“…,” he continued, “…”: a verb that only attributes a quote", () => {
    expect(quotes("\"The port is closed,\" Mark Rutte said. \"The ferry stays,\" he continued, \"and so do we.\"\n").map((q) => q[0])).toEqual([
      "The port is closed", "The ferry stays", "and so do we.",
    ]);
  });
});

describe("attributions of short quotes, and single marks", () => {
  const quotes = (body: string) => run(body).map((s) => [s.quote, s.speaker]);

  it("“…,” according to X / as X put it", () => {
    expect(quotes("\"The ferry stays open,\" according to Mark Rutte.\n")).toEqual([["The ferry stays open", "Mark Rutte"]]);
    expect(quotes("\"The ferry stays open,\" as Mark Rutte put it.\n")).toEqual([["The ferry stays open", "Mark Rutte"]]);
  });

  it("a short paragraph ending in a straight single mark is a sentence, not a heading", () => {
    expect(quotes("Mark Rutte said: 'The ferry stays open.'\n")).toEqual([["The ferry stays open.", "Mark Rutte"]]);
  });
});
