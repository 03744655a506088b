// `extract --explain`: every statement says which rule decided each field and on which words.
import { describe, expect, it } from "vitest";
import { extractStatements } from "./index";

describe("explained extraction", () => {
  const text = 'BRUSSELS — The alliance met on Tuesday.\n\n"We will not send troops until there is a ceasefire," Jane Example, a senior adviser, told reporters on Tuesday.';

  it("adds no explanation unless asked", () => {
    expect(extractStatements(text, { publishedAt: "2025-03-06" }).statements[0].explain).toBeUndefined();
  });

  it("names the rule, the source and the evidence of the speaker, date, topics and stance", () => {
    const [statement] = extractStatements(text, { publishedAt: "2025-03-06", explain: true }).statements;
    expect(statement.explain?.speaker).toEqual({ rule: "speaker-name", source: "after the quote", evidence: "Jane Example" });
    expect(statement.explain?.date).toMatchObject({ rule: "date-relative", evidence: "2025-03-04" });
    expect(statement.explain?.topics).toEqual({ rule: "topic-term", source: "quote" });
    expect(statement.explain?.stance.troops).toEqual({ rule: "negation-with-condition", source: "quote", evidence: statement.stance.troops?.evidence });
  });
});
