// Dates of this session's third round (decision 0815): a weekday with its day of the month in brackets, a weekday
// before a full date in brackets, and "said here on <day>", where the place and the day belong to the attribution.
// Invented wording.
import { describe, expect, it } from "vitest";
import { extractStatements } from "./extract";

const HEAD = "Example story\nThe ministers met in Sampleton.\n";
const dated = (body: string, publishedAt: string) => extractStatements(HEAD + body, { publishedAt }).statements.map((s) => [s.quote, s.date, s.datePrecision]);

describe("a weekday with its day in brackets", () => {
  it("'on Friday (16)' is the 16th of the publication's month, even when only the month is known", () => {
    expect(dated("Harbour chief John Sample said on Friday (16) that the ferries would run.\n", "2025-05")).toEqual([["the ferries would run", "2025-05-16", "day"]]);
    expect(dated("Harbour chief John Sample said on Friday (16) that the ferries would run.\n", "2025-05-20")).toEqual([["the ferries would run", "2025-05-16", "day"]]);
  });

  it("a day that is not the weekday named gives no day", () => {
    expect(dated("Harbour chief John Sample said on Saturday (16) that the ferries would run.\n", "2025-05")).toEqual([["the ferries would run", "2025-05", "month"]]);
  });

  it("'on Thursday (22 May 2025)': the full date in brackets", () => {
    expect(dated("Harbour chief John Sample said on Thursday (22 May 2025) that the ferries would run.\n", "2025-05")).toEqual([["the ferries would run", "2025-05-22", "day"]]);
  });
});

describe("'said here on <day> that …'", () => {
  it("the place adverb and the day belong to the attribution, not to what was said", () => {
    expect(dated("Harbour chief John Sample said here on Thursday that the ferries would run.\n", "2024-06-07")).toEqual([["the ferries would run", "2024-06-06", "day"]]);
  });

  it("'said here is …' still reports what follows", () => {
    expect(dated("Harbour chief John Sample said here is the plan for the ferries.\n", "2024-06-07").map(([quote]) => quote)).toEqual(["here is the plan for the ferries"]);
  });
});
