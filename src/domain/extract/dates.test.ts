import { describe, expect, it } from "vitest";
import { findDates, publicationInText } from "./dates";

const day = (date: string) => ({ date, precision: "day" as const });

describe("findDates", () => {
  it("takes the year of a month and day from the publication date, going back across a year boundary", () => {
    expect(findDates("on December 30", day("2025-01-02"))[0]).toMatchObject({ date: "2024-12-30", source: "stated" });
    expect(findDates("on 27 November", day("2024-11-28"))[0]).toMatchObject({ date: "2024-11-27" });
  });

  it("resolves weekdays relative to a day-precise publication", () => {
    // 2024-11-28 is a Thursday.
    expect(findDates("last Friday", day("2024-11-28"))[0].date).toBe("2024-11-22");
    expect(findDates("on Thursday", day("2024-11-28"))[0].date).toBe("2024-11-28");
    expect(findDates("yesterday", day("2024-11-28"))[0]).toMatchObject({ date: "2024-11-27", source: "relative" });
  });

  it("leaves relative phrases unresolved without a day-precise publication, and rejects impossible dates", () => {
    expect(findDates("today", { date: "2024-05-01", precision: "month" })).toEqual([]);
    expect(findDates("on February 30", day("2024-03-01"))).toEqual([]);
    expect(findDates("on April 5", { date: null, precision: null })).toEqual([]);
  });

  it("reads full dates in both orders", () => {
    expect(findDates("on 5 April 2025 and March 3, 2024", day("2025-06-01")).map((d) => d.date)).toEqual(["2025-04-05", "2024-03-03"]);
  });
});

describe("publicationInText", () => {
  it.each([
    ["Title\nPosted: 28.08.2025 10:12\n\nBody text.", "2025-08-28"],
    ["Title\nBy Laura Kayali\nNovember 3, 2025\n\nBody.", "2025-11-03"],
    ["Title\n2024-04-05 10:12\nBody.", "2024-04-05"],
    ["Title\nUpdated: Tuesday, 14 June 2023, 16:45 GMT\nBody.", "2023-06-14"],
  ])("reads the timestamp line of %j", (text, date) => {
    expect(publicationInText(text)).toEqual({ date, precision: "day" });
  });

  it("ignores dates in sentences, impossible dates and dates below the header", () => {
    expect(publicationInText("Title\nThe summit on 14 June 2023 was tense.\nBody.")).toBeNull();
    expect(publicationInText("Title\n31.02.2025\nBody.")).toBeNull();
    expect(publicationInText(["Title", "a", "b", "c", "d", "e", "f", "g", "h", "14 June 2023"].join("\n"))).toBeNull();
  });
});

describe("publicationInText with a place", () => {
  it("reads 'Brussels, 29 November 2023' but not a sentence that starts with a place", () => {
    expect(publicationInText("Title\nBrussels, 29 November 2023\nBody.")).toEqual({ date: "2023-11-29", precision: "day" });
    expect(publicationInText("Title\nBrussels, where allies met on 29 November 2023\nBody.")).toBeNull();
  });
});

describe("dates the text gives only in part (decision 0237)", () => {
  // 2024-12-11 is a Wednesday.
  it("a stretch of days before the publication gives its month, or its year when it spans two months", () => {
    expect(findDates("she said last week", day("2024-12-11"))[0]).toMatchObject({ date: "2024-12-01", precision: "month", source: "relative" });
    expect(findDates("she said last week", day("2024-12-04"))[0]).toMatchObject({ date: "2024-01-01", precision: "year" });
    expect(findDates("he spoke at the weekend", day("2024-12-11"))[0]).toMatchObject({ date: "2024-12-01", precision: "month" });
    expect(findDates("as he said earlier this week", day("2024-12-11"))[0]).toMatchObject({ date: "2024-12-01", precision: "month" });
    expect(findDates("he said last month", { date: "2025-01", precision: "month" })[0]).toMatchObject({ date: "2024-12-01", precision: "month" });
    expect(findDates("as she argued last year", day("2024-12-11"))[0]).toMatchObject({ date: "2023-01-01", precision: "year" });
  });

  it("a stretch across a year boundary gives nothing, and a coming weekend is no date", () => {
    // 2025-01-01 is a Wednesday: this week began on Monday 30 December 2024.
    expect(findDates("as she said earlier this week", day("2025-01-01"))).toEqual([]);
    expect(findDates("the leaders meet this weekend", day("2024-12-11"))).toEqual([]);
  });

  it("a month without a year takes the publication's year, never a month still to come", () => {
    expect(findDates("In March, the minister said", day("2024-05-20"))[0]).toMatchObject({ date: "2024-03-01", precision: "month" });
    expect(findDates("at the summit in October", day("2024-05-20"))).toEqual([]);
    expect(findDates("in May 2023", day("2024-05-20"))[0]).toMatchObject({ date: "2023-05-01", precision: "month" });
  });

  it("“on the 9th” is that day of the publication's month, or of the month before", () => {
    expect(findDates("said on the 9th (local time)", day("2024-12-11"))[0]).toMatchObject({ date: "2024-12-09", precision: "day", source: "stated" });
    expect(findDates("said on the 28th,", day("2024-12-11"))[0]).toMatchObject({ date: "2024-11-28" });
    expect(findDates("on the 9th floor", day("2024-12-11"))).toEqual([]);
  });
});
