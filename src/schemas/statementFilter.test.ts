import { describe, expect, it } from "vitest";
import {
  MAX_PAGE,
  Q_MAX_LENGTH,
  activeFilterParams,
  dropUnknownSlugs,
  isCalendarDate,
  parseStatementFilter,
} from "./statementFilter";

describe("isCalendarDate", () => {
  it.each(["2024-02-29", "2025-01-01", "1999-12-31"])("accepts %s", (value) => {
    expect(isCalendarDate(value)).toBe(true);
  });
  it.each(["2024-02-30", "2023-02-29", "2024-13-45", "2024-00-10", "2024-1-1", "24-01-01", "2024-01-01T00:00", "", "soon"])(
    "rejects %s",
    (value) => {
      expect(isCalendarDate(value)).toBe(false);
    },
  );
});

describe("parseStatementFilter", () => {
  it("gives the defaults for no parameters", () => {
    expect(parseStatementFilter({})).toEqual({ filter: { page: 1 }, issues: [] });
    expect(parseStatementFilter(undefined)).toEqual({ filter: { page: 1 }, issues: [] });
  });

  it("reads every valid parameter", () => {
    const { filter, issues } = parseStatementFilter({
      speaker: "mark-rutte",
      topic: "troops",
      outlet: "fox-news",
      stance: "opposes",
      from: "2024-01-01",
      to: "2024-12-31",
      q: "  red   lines ",
      page: "3",
    });
    expect(issues).toEqual([]);
    expect(filter).toEqual({
      speaker: "mark-rutte",
      topic: "troops",
      outlet: "fox-news",
      stance: "opposes",
      from: "2024-01-01",
      to: "2024-12-31",
      q: "red lines",
      page: 3,
    });
  });

  it("reads URLSearchParams too", () => {
    const { filter } = parseStatementFilter(new URLSearchParams("topic=membership&page=2"));
    expect(filter).toEqual({ topic: "membership", page: 2 });
  });

  it("treats empty form fields as unset, without issues", () => {
    expect(parseStatementFilter({ speaker: "", topic: "", q: "   ", from: "", page: "" })).toEqual({
      filter: { page: 1 },
      issues: [],
    });
  });

  it("lower-cases slugs", () => {
    expect(parseStatementFilter({ speaker: "Mark-Rutte" }).filter.speaker).toBe("mark-rutte");
  });

  it("drops each bad parameter on its own and reports it", () => {
    const { filter, issues } = parseStatementFilter({ topic: "nonsense", from: "2024-13-45", page: "-3", speaker: "mark-rutte" });
    expect(filter).toEqual({ speaker: "mark-rutte", page: 1 });
    expect(issues.map((i) => i.param).sort()).toEqual(["from", "page", "topic"]);
    for (const issue of issues) expect(issue.message).toMatch(/ignored/);
    expect(issues.find((i) => i.param === "topic")?.message).toContain("troops, negotiations, membership, other");
    expect(issues.find((i) => i.param === "page")?.message).toContain("1 or more");
  });

  it("rejects impossible calendar dates", () => {
    const { filter, issues } = parseStatementFilter({ from: "2024-02-30", to: "2023-02-29" });
    expect(filter).toEqual({ page: 1 });
    expect(issues.map((i) => i.param)).toEqual(["from", "to"]);
    expect(issues[0].value).toBe("2024-02-30");
  });

  it("reports a parameter given more than once", () => {
    const { filter, issues } = parseStatementFilter({ topic: ["troops", "membership"], page: ["2", "3"] });
    expect(filter).toEqual({ page: 1 });
    expect(issues).toHaveLength(2);
    expect(issues[0]).toMatchObject({ param: "topic", value: "troops, membership" });
    expect(issues[0].message).toMatch(/Only one topic/);
  });

  it("accepts a repeated identical value", () => {
    expect(parseStatementFilter({ topic: ["troops", "troops"] })).toEqual({ filter: { topic: "troops", page: 1 }, issues: [] });
  });

  it("handles huge, fractional and non-numeric pages", () => {
    for (const page of ["99999999999999999999999", String(MAX_PAGE + 1), "1.5", "abc", "0", "0x10", "1e3"]) {
      const { filter, issues } = parseStatementFilter({ page });
      expect(filter.page, page).toBe(1);
      expect(issues, page).toHaveLength(1);
    }
    expect(parseStatementFilter({ page: String(MAX_PAGE) }).filter.page).toBe(MAX_PAGE);
  });

  it("rejects slugs with odd characters", () => {
    const { filter, issues } = parseStatementFilter({ speaker: "mark rutte'; drop table", outlet: "-fox-" });
    expect(filter).toEqual({ page: 1 });
    expect(issues.map((i) => i.param)).toEqual(["speaker", "outlet"]);
  });

  it("rejects over-long search text", () => {
    const { filter, issues } = parseStatementFilter({ q: "x".repeat(Q_MAX_LENGTH + 1) });
    expect(filter.q).toBeUndefined();
    expect(issues[0].param).toBe("q");
    expect(issues[0].value.length).toBeLessThanOrEqual(60);
    expect(parseStatementFilter({ q: "x".repeat(Q_MAX_LENGTH) }).filter.q).toHaveLength(Q_MAX_LENGTH);
  });

  it("drops a to date before the from date", () => {
    const { filter, issues } = parseStatementFilter({ from: "2025-01-01", to: "2024-01-01" });
    expect(filter).toEqual({ from: "2025-01-01", page: 1 });
    expect(issues).toEqual([expect.objectContaining({ param: "to" })]);
  });

  it("allows from and to on the same day", () => {
    expect(parseStatementFilter({ from: "2025-01-01", to: "2025-01-01" }).issues).toEqual([]);
  });

  it("ignores a stance on the topic other", () => {
    const { filter, issues } = parseStatementFilter({ topic: "other", stance: "supports" });
    expect(filter).toEqual({ topic: "other", page: 1 });
    expect(issues[0].param).toBe("stance");
  });

  it("keeps a stance without a topic (any topic)", () => {
    expect(parseStatementFilter({ stance: "conditional" }).filter).toEqual({ stance: "conditional", page: 1 });
  });

  it("ignores unknown parameters", () => {
    expect(parseStatementFilter({ utm_source: "x", foo: ["a", "b"] })).toEqual({ filter: { page: 1 }, issues: [] });
  });

  it("never throws, whatever it gets", () => {
    const odd: Record<string, unknown>[] = [
      { topic: ["", ""] },
      { page: [] as string[] },
      { q: "\u0000\u0001" },
      { from: "２０２４-01-01" },
      { speaker: "é".repeat(500) },
    ];
    for (const input of odd) expect(() => parseStatementFilter(input as Record<string, string>)).not.toThrow();
  });
});

describe("dropUnknownSlugs", () => {
  it("drops a speaker or outlet we do not know, with a notice", () => {
    const parsed = parseStatementFilter({ speaker: "nobody-at-all", outlet: "reuters", topic: "troops" });
    const { filter, issues } = dropUnknownSlugs(parsed, { speakers: ["mark-rutte"], outlets: ["reuters"] });
    expect(filter).toEqual({ outlet: "reuters", topic: "troops", page: 1 });
    expect(issues).toEqual([expect.objectContaining({ param: "speaker", value: "nobody-at-all" })]);
  });
});

describe("activeFilterParams", () => {
  it("lists the set parameters in a stable order, never page", () => {
    expect(activeFilterParams({ q: "x", topic: "troops", page: 4 })).toEqual(["topic", "q"]);
  });
});

describe("the reviewed filter", () => {
  it("takes reviewed=1 and ignores any other value with a notice", () => {
    expect(parseStatementFilter({ reviewed: "1" }).filter.reviewed).toBe("1");
    const { filter, issues } = parseStatementFilter({ reviewed: "yes" });
    expect(filter.reviewed).toBeUndefined();
    expect(issues).toEqual([expect.objectContaining({ param: "reviewed" })]);
  });
});
