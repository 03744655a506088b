// `extract --explain`: every statement says which rule decided each field, on which words and where they stand.
import { describe, expect, it } from "vitest";
import { extractStatements } from "./index";
import type { StanceModel } from "../classify/stanceModel";
import type { FieldExplanation } from "./types";

describe("explained extraction", () => {
  const text = 'BRUSSELS — The alliance met on Tuesday.\n\n"We will not send troops until there is a ceasefire," Jane Example, a senior adviser, told reporters on Tuesday.';
  const at = (field: FieldExplanation | undefined) => (field?.span ? text.slice(field.span.start, field.span.end) : null);

  it("adds no explanation unless asked", () => {
    expect(extractStatements(text, { publishedAt: "2025-03-06" }).statements[0].explain).toBeUndefined();
  });

  it("names the rule, the source and the evidence of the speaker, date, topics and stance, with their offsets", () => {
    const [statement] = extractStatements(text, { publishedAt: "2025-03-06", explain: true }).statements;
    const explain = statement.explain!;
    expect(explain.speaker).toMatchObject({ rule: "speaker-name", source: "after the quote", evidence: "Jane Example" });
    expect(at(explain.speaker)).toBe("Jane Example");
    expect(explain.date).toMatchObject({ rule: "date-relative", evidence: "2025-03-04", source: "its own sentence" });
    expect(at(explain.date)).toBe("on Tuesday");
    expect(explain.date.sentence).toContain("told reporters on Tuesday");
    expect(explain.topics).toMatchObject({ rule: "topic-term", source: "quote", evidence: "send troops" });
    expect(at(explain.topics)).toBe("send troops");
    expect(explain.stance.troops).toMatchObject({ rule: "negation-with-condition", source: "quote", evidence: statement.stance.troops?.evidence });
    expect(at(explain.stance.troops)).toBe(statement.stance.troops?.evidence);
  });

  it("says how the statement was found and which role the speaker has", () => {
    const [statement] = extractStatements(text, { publishedAt: "2025-03-06", explain: true }).statements;
    expect(statement.explain?.quote.rule).toBe("quote-attributed-after");
    expect(at(statement.explain?.quote)).toBe('"We will not send troops until there is a ceasefire,"');
    expect(statement.explain?.speakerRole).toMatchObject({ rule: "role-printed", evidence: "a senior adviser" });
  });

  it("names the earlier sentence an outlet carries over from", () => {
    const carried = 'Jane Example gave an interview to Fox News on Monday.\n\n"We will not send troops," Jane Example said. "Nobody will."';
    const statements = extractStatements(carried, { publishedAt: "2025-03-06", explain: true }).statements;
    expect(statements.map((s) => s.outletCited)).toEqual(["Fox News", "Fox News"]);
    expect(statements[1].explain?.outletCited).toMatchObject({ rule: "outlet-chain", source: "an earlier sentence about the speaker" });
    expect(statements[1].explain?.outletCited.sentence).toContain("interview to Fox News");
    const span = statements[1].explain!.outletCited.span!;
    expect(carried.slice(span.start, span.end)).toBe("interview to Fox News");
  });

  it("lists the cues read on each stance topic, and names the strongest cue and its words when a stance model overrules the rules", () => {
    const [ruled] = extractStatements(text, { publishedAt: "2025-03-06", explain: true, stanceModel: null }).statements;
    expect(ruled.explain!.stance.troops?.cues).toEqual(expect.arrayContaining(["rule:negation-with-condition", "near:negation", "near:connective"]));
    // A model that has learned, against the rules, that a connective on troops means support (invented weights).
    const contrary: StanceModel = {
      about: "test",
      policy: "model",
      bias: { opposes: 0, conditional: 0, supports: 0, neutral: 0 },
      weights: { "near:connective": { supports: 5 } },
    };
    const [weighed] = extractStatements(text, { publishedAt: "2025-03-06", explain: true, stanceModel: contrary }).statements;
    expect(weighed.stance.troops).toEqual({ value: "supports", evidence: "until" });
    expect(weighed.explain!.stance.troops).toMatchObject({ rule: "stance-model:near:connective", source: "quote", evidence: "until" });
    expect(at(weighed.explain!.stance.troops)).toBe("until");
  });
});
