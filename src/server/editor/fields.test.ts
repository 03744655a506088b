// An editor's corrected date follows the import's calendar rule: nothing rolled over, nothing out of range.
import { describe, expect, it } from "vitest";
import { statementFieldsSchema } from "./fields";

describe("a corrected statement date", () => {
  it.each(["2025-02-28", "2025-02", "2025"])("accepts %s", (date) => {
    expect(statementFieldsSchema.safeParse({ date }).success).toBe(true);
  });

  it.each([
    ["2025-02-30", /February 2025 has 28 days/],
    ["2025-13", /no month 13/],
    ["0000-01-01", /1949/],
    ["2999-01-01", /in the future/],
  ])("refuses %s with a reason", (date, reason) => {
    const result = statementFieldsSchema.safeParse({ date });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toMatch(reason);
  });
});
