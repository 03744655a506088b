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
