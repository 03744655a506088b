import { describe, expect, it } from "vitest";
import { findDates } from "./dates";

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
