import { describe, expect, it } from "vitest";
import { quoteFontSize, SHARE_CARD_MAX_QUOTE, shareCardContent, truncateAtWord } from "./shareCard";

describe("truncateAtWord", () => {
  it("leaves short text whole, collapsing whitespace", () => {
    expect(truncateAtWord("We  stand\nready.", 50)).toBe("We stand ready.");
  });
  it("cuts at a word boundary, drops trailing punctuation and adds an ellipsis", () => {
    expect(truncateAtWord("alpha beta, gamma delta", 14)).toBe("alpha beta…");
  });
  it("cuts inside a single overlong word rather than returning almost nothing", () => {
    const cut = truncateAtWord(`a ${"x".repeat(50)}`, 20);
    expect(cut.length).toBe(20);
    expect(cut.endsWith("…")).toBe(true);
  });
});

describe("shareCardContent", () => {
  // Invented wording, not from any article.
  const input = {
    quote: "Our answer will depend on what the allies decide together.",
    kind: "direct" as const,
    speaker: "Jane Example",
    role: "Secretary General of NATO",
    date: "2025-03-01",
    precision: "month" as const,
    stances: [{ topic: "troops", value: "conditional" }],
  };
  it("gives quote, speaker, role, date at its precision and stances", () => {
    const card = shareCardContent(input);
    expect(card).toMatchObject({
      quote: input.quote,
      speaker: "Jane Example",
      role: "Secretary General of NATO",
      date: "March 2025",
      stances: [{ label: "Troops to Ukraine", value: "conditional" }],
      kindNote: null,
    });
  });
  it("bounds a long quote and picks a smaller type for it", () => {
    const card = shareCardContent({ ...input, quote: "word ".repeat(200) });
    expect(card.quote.length).toBeLessThanOrEqual(SHARE_CARD_MAX_QUOTE);
    expect(card.quoteFontSize).toBeLessThan(quoteFontSize("short"));
  });
  it("says when speaker and date are unknown and when the text is a paraphrase", () => {
    const card = shareCardContent({ ...input, speaker: null, date: null, kind: "indirect" });
    expect(card.speaker).toBe("Speaker not named in the report");
    expect(card.date).toBe("Undated");
    expect(card.kindNote).toBe("Reported speech (paraphrase)");
  });
});
