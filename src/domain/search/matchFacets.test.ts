import { describe, expect, it } from "vitest";
import { countGroups, countListedValues, type MatchedStatement, passes } from "./matchFacets";

const row = (overrides: Partial<MatchedStatement>): MatchedStatement => ({
  speakerId: "sp-a",
  outletIds: [],
  kind: "direct",
  topics: ["troops"],
  stances: [],
  date: "2024-05-01",
  reviewed: false,
  ...overrides,
});

const ROWS: MatchedStatement[] = [
  row({ speakerId: "sp-a", outletIds: ["o-1", "o-2"], topics: ["troops"], stances: [{ topic: "troops", value: "opposes" }] }),
  row({ speakerId: "sp-a", outletIds: ["o-1"], topics: ["troops", "negotiations"], stances: [{ topic: "negotiations", value: "opposes" }], date: "2025-02-01" }),
  row({ speakerId: "sp-b", outletIds: ["o-2"], kind: "indirect", topics: ["membership"], date: null, reviewed: true }),
  row({ speakerId: null, outletIds: [], topics: ["other"], date: "2023-12-31" }),
];

describe("passes (the list's conditions over one matched statement)", () => {
  it("requires a stance on the chosen topic, any topic when none or 'other' is chosen", () => {
    expect(passes(ROWS[1], { stance: "opposes" })).toBe(true);
    expect(passes(ROWS[1], { stance: "opposes", topic: "troops" })).toBe(false);
    expect(passes(ROWS[1], { stance: "opposes", topic: "negotiations" })).toBe(true);
  });

  it("never puts an undated statement in a date range", () => {
    expect(passes(ROWS[2], { from: "2000-01-01" })).toBe(false);
    expect(passes(ROWS[2], { to: "2100-01-01" })).toBe(false);
    expect(passes(ROWS[3], { from: "2023-12-31", to: "2023-12-31" })).toBe(true);
  });

  it("matches outlets among all a statement was reported or cited by, and review status", () => {
    expect(passes(ROWS[0], { outletId: "o-2" })).toBe(true);
    expect(passes(ROWS[1], { outletId: "o-2" })).toBe(false);
    expect(ROWS.filter((r) => passes(r, { reviewed: true }))).toEqual([ROWS[2]]);
  });
});

describe("countListedValues", () => {
  it("counts each value with the other filters in force, its own filter replaced", () => {
    expect(countListedValues(ROWS, { topic: "membership", speakerId: "sp-a" }, "topic", ["troops", "negotiations", "membership", "other"])).toEqual([
      { value: "troops", count: 2 },
      { value: "negotiations", count: 1 },
      { value: "membership", count: 0 },
      { value: "other", count: 0 },
    ]);
  });

  it("drops the stance for the topic 'other', as its link does, and keeps a stance on the counted topic", () => {
    expect(countListedValues(ROWS, { stance: "opposes" }, "topic", ["troops", "other"])).toEqual([
      { value: "troops", count: 1 },
      { value: "other", count: 1 },
    ]);
  });

  it("counts years as whole-year date ranges in place of the chosen dates", () => {
    expect(countListedValues(ROWS, { from: "2025-01-01" }, "year", ["2025", "2024", "2023"])).toEqual([
      { value: "2025", count: 1 },
      { value: "2024", count: 1 },
      { value: "2023", count: 1 },
    ]);
  });
});

describe("countGroups", () => {
  it("groups speakers under the other filters, most first, ignoring the chosen speaker", () => {
    expect(countGroups(ROWS, { speakerId: "sp-b", topic: "troops" }, "speaker")).toEqual([{ value: "sp-a", count: 2 }]);
    expect(countGroups(ROWS, {}, "speaker")).toEqual([
      { value: "sp-a", count: 2 },
      { value: "sp-b", count: 1 },
    ]);
  });

  it("counts a statement once for each outlet that carried it", () => {
    expect(countGroups(ROWS, { outletId: "o-1", kind: "direct" }, "outlet")).toEqual([
      { value: "o-1", count: 2 },
      { value: "o-2", count: 1 },
    ]);
  });
});
