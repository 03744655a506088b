// The date machinery on forms of wire and broadcast copy (decision 0705): a weekday beside the date it names, days
// counted back from the publication, and days counted from the day last named.
// Invented wording and names throughout.
import { describe, expect, it } from "vitest";
import { findDates } from "./dates";
import { extractStatements } from "./extract";

const day = (date: string) => ({ date, precision: "day" as const });
// 2025-03-12 is a Wednesday.
const run = (text: string, publishedAt = "2025-03-12") => extractStatements(text, { publishedAt, outlet: null, explain: true }).statements;
const dated = (text: string, publishedAt?: string) => run(text, publishedAt).map((s) => [s.date, s.datePrecision]);

describe("a weekday printed beside a full date takes that date", () => {
  it("'on Monday, March 3' is March 3, not the Monday of the publication's week", () => {
    expect(dated("Governor Jane Example said on Monday, March 3, that the ferry would run until May.")).toEqual([["2025-03-03", "day"]]);
    expect(dated("On Thursday, Feb. 27, Governor Jane Example said that the ferry would run until May.")).toEqual([["2025-02-27", "day"]]);
    expect(dated("Governor Jane Example said on Sunday 9 March that the ferry would run until May.")).toEqual([["2025-03-09", "day"]]);
  });

  it("a weekday alone still counts back from the publication", () => {
    expect(findDates("on Monday, after the vote", day("2025-03-12"))[0]).toMatchObject({ date: "2025-03-10", source: "relative" });
  });
});

describe("days counted back from the publication", () => {
  it("'last night' is the day before; 'two days ago' two days before", () => {
    expect(findDates("last night", day("2025-03-12"))[0]).toMatchObject({ date: "2025-03-11", precision: "day", source: "relative" });
    expect(findDates("three days ago", day("2025-03-12"))[0]).toMatchObject({ date: "2025-03-09", precision: "day" });
    expect(dated("Governor Jane Example said two days ago that the ferry would run until May.")).toEqual([["2025-03-10", "day"]]);
  });

  it("'earlier this year' is the publication's year, even in January", () => {
    expect(findDates("earlier this year", day("2025-03-12"))[0]).toMatchObject({ date: "2025-01-01", precision: "year", source: "relative" });
    expect(findDates("earlier this year", day("2025-01-20"))[0]).toMatchObject({ date: "2025-01-01", precision: "year" });
  });

  it("nothing without a day-precise publication", () => {
    expect(findDates("last night", { date: "2025-03-01", precision: "month" })).toEqual([]);
    expect(findDates("two days ago", { date: "2025-03-01", precision: "month" })).toEqual([]);
  });
});

describe("days counted from the day the story last named", () => {
  const before = "Minister Jane Example said on March 3 that talks should wait.\n\n";

  it("'the next day', 'two days earlier', 'a day later', 'the day before,'", () => {
    expect(dated(`${before}The next day, General John Sample said that the line was holding.`)[1]).toEqual(["2025-03-04", "day"]);
    expect(dated(`${before}Two days earlier, General John Sample said that the line was holding.`)[1]).toEqual(["2025-03-01", "day"]);
    expect(dated(`${before}General John Sample said a day later that the line was holding.`)[1]).toEqual(["2025-03-04", "day"]);
    expect(dated(`${before}The day before, General John Sample said that the line was holding.`)[1]).toEqual(["2025-03-02", "day"]);
    expect(run(`${before}General John Sample said a day later that the line was holding.`)[1].quote).toBe("the line was holding");
  });

  it("'the day before' an event named after it is that event's day, not counted from the last one", () => {
    expect(dated(`${before}General John Sample said the day before the summit that the line was holding.`)[1]).toEqual(["2025-03-12", "day"]);
  });

  it("with no day named before, from the publication's day", () => {
    expect(dated("General John Sample said on the previous day that the line was holding.")).toEqual([["2025-03-11", "day"]]);
  });
});

describe("more forms of the day the words were said", () => {
  it("'on Wednesday last week' is that weekday of the week before the publication's", () => {
    expect(findDates("on Wednesday last week", day("2025-03-12"))[0]).toMatchObject({ date: "2025-03-05", precision: "day", source: "relative" });
    expect(findDates("Friday of last week", day("2025-03-10"))[0]).toMatchObject({ date: "2025-03-07", precision: "day" });
    expect(dated("Governor Jane Example said on Monday last week that the ferry would run until May.")).toEqual([["2025-03-03", "day"]]);
  });

  it("a day, a month and a year in numbers, day first", () => {
    expect(findDates("on 10.03.2025", day("2025-03-12"))[0]).toMatchObject({ date: "2025-03-10", precision: "day", source: "stated" });
    expect(run("Governor Jane Example said on 10.03.2025 that the ferry would run until May.")[0]).toMatchObject({ quote: "the ferry would run until May", date: "2025-03-10" });
  });

  it("'in December' in a story of January is the December just gone; a month further ahead is still an event to come", () => {
    expect(findDates("In December, the governor said", day("2025-01-03"))[0]).toMatchObject({ date: "2024-12-01", precision: "month", source: "stated" });
    expect(findDates("at the summit in October", day("2025-01-03"))).toEqual([]);
  });

  it("the time after the speech verb is not part of the words: 'late last month', 'on Tuesday (local time)'", () => {
    expect(run("Governor Jane Example said late last month that the ferry would run until May.")[0]).toMatchObject({ quote: "the ferry would run until May", date: "2025-02", datePrecision: "month" });
    expect(run("Governor Jane Example said on Tuesday (local time) that the ferry would run until May.")[0]).toMatchObject({ quote: "the ferry would run until May", date: "2025-03-11" });
  });
});
