// A name after a preposition is no pronoun's antecedent, ", who is in …," gives no role, and a country's title in
// apposition before a name is the role (decision 0430).
// Invented wording throughout.
import { describe, expect, it } from "vitest";
import { extractStatements } from "./extract";

const run = (text: string) => extractStatements(text, { publishedAt: "2025-03-12", explain: true }).statements;

describe("the subject a pronoun refers to", () => {
  it("passes over a person named in an opening phrase after 'with'", () => {
    const text =
      "During talks with Examplian Foreign Minister Jana Samplova in Exampleburg, Janez Exampler said the plan could not go ahead. " +
      'He described the proposal as "premature" and called for more time.';
    const statement = run(text).find((s) => s.quote.includes("premature"));
    expect(statement?.speaker).toBe("Janez Exampler");
  });

  it("still reads a title with 'of' before the name as part of the subject", () => {
    const text =
      "Minister of Defence Jane Example told reporters on Tuesday that the talks would continue next week. " +
      'She said the allies "must stay united" until the end of the talks.';
    const statement = run(text).find((s) => s.quote.includes("stay united"));
    expect(statement?.speaker).toBe("Jane Example");
  });
});

describe("roles printed after 'who is'", () => {
  it("takes no role from a phrase that opens with a preposition", () => {
    const text = "Jane Example, who is in her second term as the country's defence minister, said the army would not be sent abroad.";
    const statement = run(text)[0];
    expect(statement?.speaker).toBe("Jane Example");
    expect(statement?.speakerRole ?? "").not.toMatch(/second term/);
  });

  it("keeps the role after 'who is the'", () => {
    const text = "Jane Example, who is the country's defence minister, said the army would not be sent abroad.";
    expect(run(text)[0]?.speakerRole).toBe("country's defence minister");
  });
});

describe("a country's title in apposition before the name", () => {
  it("is the role of the person named after the comma", () => {
    const text = "On Monday, Finland's Deputy Defence Minister, Janez Exampler, said the summit would set out a path for the country.";
    const statement = run(text)[0];
    expect(statement?.speaker).toBe("Janez Exampler");
    expect(statement?.speakerRole).toBe("Finland's Deputy Defence Minister");
  });
});

describe("a quote that runs over a line break", () => {
  it("is one statement, its second line not read again as a quote whose opening mark was left out", () => {
    const text = [
      "Jane Example said the talks would go on.",
      "“We will keep talking to every side, and we will keep our promises to the country.",
      "If that is what they call weakness, then we are weak and proud of it,” she said in an interview with a newspaper.",
    ].join("\n");
    const direct = run(text).filter((s) => s.kind === "direct");
    expect(direct).toHaveLength(1);
    expect(direct[0].quote).toContain("If that is what they call weakness");
  });
});

describe("a quote that ends its sentence inside the marks", () => {
  it("takes no speaker from the next sentence when that sentence reports words of its own", () => {
    const text =
      'Jane Example said the offer was merely a "gesture." Janez Exampler told the assembly last week that the talks would resume in the spring.';
    const quotes = run(text).filter((s) => s.kind === "direct");
    expect(quotes.find((s) => s.quote.includes("gesture"))?.speaker ?? null).not.toBe("Janez Exampler");
  });

  it("still takes the speaker named right after it", () => {
    const text = 'The minister was blunt. "We will not send anyone there, not now and not later." Jane Example said on Monday.';
    expect(run(text).find((s) => s.quote.includes("not send anyone"))?.speaker).toBe("Jane Example");
  });
});
