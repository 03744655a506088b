import { describe, expect, it } from "vitest";
import { periodOf } from "./PositionsTimeline";
import { hasWordingDifferences } from "./WordingDiff";

describe("periodOf", () => {
  const day = 86_400_000;
  it("spans a day, a month or a year by precision", () => {
    expect(periodOf({ date: "2024-11-27", datePrecision: "day" })).toEqual([Date.UTC(2024, 10, 27), Date.UTC(2024, 10, 27) + day]);
    expect(periodOf({ date: "2024-11-01", datePrecision: "month" })).toEqual([Date.UTC(2024, 10, 1), Date.UTC(2024, 11, 1)]);
    expect(periodOf({ date: "2025-01-01", datePrecision: "year" })).toEqual([Date.UTC(2025, 0, 1), Date.UTC(2026, 0, 1)]);
    expect(periodOf({ date: "2024-12-01", datePrecision: "month" })[1]).toBe(Date.UTC(2025, 0, 1));
  });
});

describe("hasWordingDifferences", () => {
  it("ignores identical wording and sees a changed word", () => {
    expect(hasWordingDifferences("I think it would be unwise", "I think it would be unwise")).toBe(false);
    expect(hasWordingDifferences("I think it would be unwise", "I think it is unwise")).toBe(true);
  });
});
