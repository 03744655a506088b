// Outlets by construction, checked leave-one-batch-out over dev (decision 0595): each on invented wording and invented
// names (outlets known to the gazetteer where the construction needs a known name).
import { describe, expect, it } from "vitest";
import { extractStatements } from "./extract";

// 2025-03-12 is a Wednesday.
const run = (text: string, publishedAt = "2025-03-12") => extractStatements(text, { publishedAt, outlet: null, explain: true }).statements;

describe("where the words were given, printed after the reported clause with no comma", () => {
  it("'said … in a post on <platform>' ends the clause and names the platform", () => {
    const [s] = run("Foreign Minister Jane Example said the border would stay closed in a post on Telegram.");
    expect(s.quote).toBe("the border would stay closed");
    expect(s.outletCited).toBe("Telegram");
    expect(s.explain?.outletCited.rule).toBe("outlet-chain");
  });

  it("'… in an interview with <outlet>' and '… in a <platform> post' do the same, a day after the medium included", () => {
    const [a] = run("Minister John Sample said the talks had failed in an interview with Example Radio.");
    expect([a.quote, a.outletCited]).toEqual(["the talks had failed", "Example Radio"]);
    const [b] = run("Minister John Sample said the talks had failed in a Telegram post on Monday.");
    expect([b.quote, b.outletCited]).toEqual(["the talks had failed", "Telegram"]);
  });

  it("a post named by no medium, or a word of the clause, stays in the clause", () => {
    const [a] = run("Minister John Sample said the talks had failed in a post he later deleted.");
    expect(a.quote).toBe("the talks had failed in a post he later deleted");
    expect(a.outletCited).toBeNull();
    const [b] = run("Minister John Sample said the ceasefire must come first in the east.");
    expect(b.quote).toBe("the ceasefire must come first in the east");
  });
});

describe("verbs of translated agency copy that pass the words on", () => {
  it("'…, writing <outlet>.' and '…, <outlet> informs.' name the source of their sentence and end its clause", () => {
    const [a] = run("Jane Example also said that the plan respects every border, writing Reuters.");
    expect([a.quote, a.outletCited]).toEqual(["the plan respects every border", "Reuters"]);
    const [b] = run("Jane Example said that the plan respects every border, Example News informs.");
    expect([b.quote, b.outletCited]).toEqual(["the plan respects every border", "Example News"]);
  });

  it("'His words lead “<outlet>”.' cites the speaker's words that follow, in later paragraphs too", () => {
    const statements = run(
      "Foreign Minister Jane Example is sure that the fighting can only stop through talks. His words lead “Example News”.\n\n“Most wars end with talks,” Example said.\n\nShe added that sanctions must stay.",
    );
    expect(statements.map((s) => s.outletCited)).toEqual(["Example News", "Example News", "Example News"]);
  });

  it("'RIA News', as translated copy prints it, is RIA Novosti", () => {
    const [s] = run("Jane Example said that the plan respects every border, reports RIA News.");
    expect(s.outletCited).toBe("RIA Novosti");
  });
});
