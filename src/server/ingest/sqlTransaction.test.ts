import pg from "pg";
import { describe, expect, it } from "vitest";
import { escapeLiteral } from "./sqlTransaction";

describe("escapeLiteral", () => {
  it("writes what pg.escapeLiteral writes, quotes and backslashes included", () => {
    const samples = ["", "plain words", "it's", "''", "a \\ b", "\\", "'\\'", "end\\", "Ünïcödé — ‘quotes’ ’s", JSON.stringify([{ quote: "He said: \"it's \\n over\"" }])];
    for (const sample of samples) expect(escapeLiteral(sample)).toBe(pg.escapeLiteral(sample));
  });
});
