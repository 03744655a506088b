import { describe, expect, it } from "vitest";
import { parsePositionsFilter } from "./positionsFilter";

describe("parsePositionsFilter", () => {
  it("reads topic, repeated speakers, zoom, period, the others toggle, the change list and the table view", () => {
    const { filter, issues } = parsePositionsFilter(new URLSearchParams("topic=membership&speaker=Mark-Rutte&speaker=dmitry-medvedev&zoom=quarter&at=2025-Q2&others=hide&changes=all&view=table&page=3"));
    expect(issues).toEqual([]);
    expect(filter).toEqual({ topic: "membership", speaker: ["mark-rutte", "dmitry-medvedev"], zoom: "quarter", at: "2025-Q2", others: "hide", changes: "all", view: "table", page: 3 });
  });

  it("falls back to defaults with a notice for each bad value", () => {
    const { filter, issues } = parsePositionsFilter({ topic: "other", zoom: "week", at: "2025-Q2", speaker: "no/slug", page: "0", changes: "some" });
    expect(filter).toEqual({ topic: "troops", speaker: [], zoom: "year", page: 1 });
    expect(issues.map((i) => i.param).sort()).toEqual(["at", "changes", "page", "speaker", "topic", "zoom"]);
  });

  it("defaults to troops by year with nothing given", () => {
    expect(parsePositionsFilter({})).toEqual({ filter: { topic: "troops", speaker: [], zoom: "year", page: 1 }, issues: [] });
  });
});
