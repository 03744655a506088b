// Reporting forms and dates of decision 0360, each on invented wording.
import { beforeAll, describe, expect, it } from "vitest";
import { findDates } from "./dates";
import { extractStatements } from "./extract";

const day = (date: string) => ({ date, precision: "day" as const });
const run = (body: string, publishedAt: string | null = "2025-03-13") =>
  extractStatements(`Example story\n${body}`, { publishedAt, explain: true }).statements;

// The first extraction builds the lexicons' patterns and the gazetteers; under load that alone may pass 5 s.
beforeAll(() => void run("Jane Example said the ferry will run.\n"), 60_000);

describe("a weekday that dates a meeting still to come", () => {
  // 2025-03-13 is a Thursday.
  it("names no day anyone spoke on", () => {
    expect(findDates("She called for a summit of harbour mayors on Friday to settle the dispute.", day("2025-03-13"))).toEqual([]);
    expect(findDates("The ministers will hold a meeting on Monday.", day("2025-03-13"))).toEqual([]);
    expect(findDates("He spoke ahead of talks with the unions on Saturday.", day("2025-03-13"))).toEqual([]);
  });

  it("keeps the day of a meeting the words were given at, and the publication's own weekday", () => {
    expect(findDates("She told a press conference on Tuesday.", day("2025-03-13"))[0].date).toBe("2025-03-11");
    expect(findDates("during a visit to Sampleton on Monday", day("2025-03-13"))[0].date).toBe("2025-03-10");
    expect(findDates("He arrived for a meeting on Thursday.", day("2025-03-13"))[0].date).toBe("2025-03-13");
  });

  it("lets the words take the lede's day instead", () => {
    const body = "Jane Example warned on Thursday that the port is at risk.\n\nSpeaking in Sampleton, Example called for a summit of mayors on Friday and said the ferries must keep running.\n";
    const dated = run(body).find((s) => s.quote.startsWith("the ferries"));
    expect(dated).toMatchObject({ date: "2025-03-13", datePrecision: "day" });
  });
});

describe("speech put as a noun", () => {
  const rows = (body: string) => run(body).map((s) => [s.quote, s.kind, s.speaker, s.explain?.quote?.rule]);

  it("“X's comments that …” in a fronted phrase reports the clause up to the main clause", () => {
    expect(rows("Jane Example said the ferry will run.\n\nPointing to Jane Example’s comments that she wants to see the ferries in the port by May, the host asked the mayor about the timetable.\n")[1]).toEqual([
      "she wants to see the ferries in the port by May", "indirect", "Jane Example", "speech-noun",
    ]);
  });

  it("“a suggestion by X that …” reports the clause, with a time between the noun and “by”", () => {
    expect(rows("Jane Example said the ferry will run.\n\nThe vote followed a suggestion earlier this week by Jane Example that the council could sell the old pier to a trust.\n")[1]).toEqual([
      "the council could sell the old pier to a trust", "indirect", "Jane Example", "speech-noun",
    ]);
  });

  it("leaves a relative clause about the words, and a noun beside a clause the sentence already reports", () => {
    expect(rows("Jane Example said the ferry will run.\n\nJane Example’s remarks that were made at the pier drew a crowd of fishermen.\n")).toHaveLength(1);
    const both = rows("Jane Example said the ferry will run.\n\nDisputing Jane Example’s claim that the pier is safe, the engineer Tom Sample said the pier needs repairs before the summer.\n");
    expect(both.map((r) => r[2])).toEqual(["Jane Example", "Tom Sample"]);
  });
});

describe("“X told Y in an interview” after the words it refers to", () => {
  const rows = (body: string) => run(body).map((s) => [s.quote, s.kind, s.speaker, s.explain?.quote?.rule]);

  it("makes the sentence before the person's report, however long its subject", () => {
    expect(rows("The number of ferries able to cross the bay in winter will grow once the new rules for the harbour are agreed. Harbour master Jane Example told Example Radio in an interview after a meeting of the board.\n")).toEqual([
      ["The number of ferries able to cross the bay in winter will grow once the new rules for the harbour are agreed", "indirect", "Jane Example", "said-this-after-words"],
    ]);
  });

  it("leaves a sentence that has its own clause after “told”", () => {
    expect(rows("The ferries ran late all week. Jane Example told Example Radio in an interview that the pier will close in May.\n")).toEqual([
      ["the pier will close in May", "indirect", "Jane Example", "speech-verb"],
    ]);
  });
});

describe("“announced plans to …”", () => {
  it("reports the plan as what was announced; a plan the person did not announce stays unreported", () => {
    const rows = (body: string) => run(body).map((s) => [s.quote, s.kind, s.speaker]);
    expect(rows("Mayor Jane Example has announced plans to rebuild the old pier before the summer.\n")).toEqual([
      ["plans to rebuild the old pier before the summer", "indirect", "Jane Example"],
    ]);
    expect(rows("Mayor Jane Example visited plans to rebuild the old pier.\n")).toEqual([]);
  });
});

describe("a clause without “that” whose subject holds a list between dashes", () => {
  it("is still a clause", () => {
    const rows = run("Jane Example said recent events — the flood, the closure of the pier and the storm of last week — marked the worst season for the harbour in years.\n").map((s) => [s.quote, s.speaker]);
    expect(rows).toEqual([["recent events — the flood, the closure of the pier and the storm of last week — marked the worst season for the harbour in years", "Jane Example"]]);
  });
});

describe("a trailing attribution on a sentence that carries on from the one before", () => {
  const rows = (body: string) => run(`Jane Example spoke on Monday.\n\n${body}`).map((s) => [s.quote, s.speaker, s.explain?.quote?.rule]);

  it("covers the unattributed sentence before it, as a statement of its own", () => {
    expect(rows("The harbour will reopen to ferries in the long run. Currently, the urgent task is to repair the pier, Jane Example said.\n")).toEqual([
      ["The harbour will reopen to ferries in the long run", "Jane Example", "trailing-attribution-carried-back"],
      ["Currently, the urgent task is to repair the pier", "Jane Example", "unmarked-trailing-attribution"],
    ]);
  });

  it("leaves the sentence before when the attributed one does not carry on from it", () => {
    expect(rows("The harbour will reopen to ferries in the long run. The urgent task is to repair the pier, Jane Example said.\n")).toHaveLength(1);
  });
});
