import { describe, expect, it } from "vitest";
import { isMonthEnd, isMonthStart, isWholeMonths } from "./wholeMonths";

describe("whole months", () => {
  it("knows the first and last day of a month, leap years included", () => {
    expect(isMonthStart("2024-03-01")).toBe(true);
    expect(isMonthStart("2024-03-10")).toBe(false);
    expect(isMonthEnd("2024-02-29")).toBe(true);
    expect(isMonthEnd("2024-02-28")).toBe(false);
    expect(isMonthEnd("2023-02-28")).toBe(true);
    expect(isMonthEnd("2024-12-31")).toBe(true);
    expect(isMonthEnd("2024-04-30")).toBe(true);
    expect(isMonthEnd("2024-05-30")).toBe(false);
  });

  it("accepts ranges bounded by month boundaries or open at either end", () => {
    expect(isWholeMonths("2024-03-01", "2024-05-31")).toBe(true);
    expect(isWholeMonths(undefined, "2024-05-31")).toBe(true);
    expect(isWholeMonths("2024-03-01", undefined)).toBe(true);
    expect(isWholeMonths(undefined, undefined)).toBe(true);
    expect(isWholeMonths("2024-03-02", "2024-05-31")).toBe(false);
    expect(isWholeMonths("2024-03-01", "2024-05-30")).toBe(false);
  });
});
