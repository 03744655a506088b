import { describe, expect, it } from "vitest";
import { roleOnDate } from "./getStatement";
import { likePattern, roundEstimate } from "./listStatements";
import { decodeCursor, encodeCursor } from "@/schemas/statementFilter";

describe("likePattern", () => {
  it("wraps the text in wildcards and escapes LIKE metacharacters", () => {
    expect(likePattern("red lines")).toBe("%red lines%");
    expect(likePattern("50%")).toBe("%50\\%%");
    expect(likePattern("a_b\\c")).toBe("%a\\_b\\\\c%");
  });
});

describe("roleOnDate", () => {
  const roles = [
    { title: "Prime Minister of the Netherlands", startDate: "2010-10-14", endDate: "2024-07-02" },
    { title: "NATO Secretary General", startDate: "2024-10-01", endDate: null },
  ];
  it("finds the role whose dates cover the day", () => {
    expect(roleOnDate(roles, "2024-11-27")).toBe("NATO Secretary General");
    expect(roleOnDate(roles, "2020-01-01")).toBe("Prime Minister of the Netherlands");
    expect(roleOnDate(roles, "2024-07-02")).toBe("Prime Minister of the Netherlands");
  });
  it("gives nothing between roles, without a date or without roles", () => {
    expect(roleOnDate(roles, "2024-08-15")).toBeNull();
    expect(roleOnDate(roles, null)).toBeNull();
    expect(roleOnDate([], "2024-11-27")).toBeNull();
  });
});

describe("roundEstimate", () => {
  it("keeps three significant figures", () => {
    expect([roundEstimate(987), roundEstimate(12_437), roundEstimate(1_004_999)]).toEqual([987, 12_400, 1_000_000]);
  });
});

describe("list cursors", () => {
  it("round-trips a position and refuses anything else", () => {
    const cursor = { sortDate: "2024-11-27", createdAt: "2024-11-28T10:00:00.123000", id: "abc" };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    expect(decodeCursor(encodeCursor({ ...cursor, sortDate: "-infinity" }))?.sortDate).toBe("-infinity");
    expect(decodeCursor(encodeCursor({ ...cursor, sortDate: "2024-02-30" }))).toBeNull();
    expect(decodeCursor(encodeCursor({ ...cursor, createdAt: "yesterday" }))).toBeNull();
    expect(decodeCursor("not a cursor!")).toBeNull();
    expect(decodeCursor(Buffer.from("[1,2,3]").toString("base64url"))).toBeNull();
  });
});
