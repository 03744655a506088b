// The card's picture is drawn by satori from this element; without OCR, the test reads the text the
// element carries (the PNG itself is checked for type and size in tests/e2e/share-card.spec.ts).
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { shareCardContent } from "@/lib/shareCard";
import { ShareCardImage } from "./ShareCardImage";

// Invented wording, not from any article.
const input = {
  quote: "Nothing is decided until the allies decide it together",
  kind: "direct" as const,
  speaker: "Jane Example",
  role: "Secretary General of NATO",
  date: "2025-03-01",
  precision: "day" as const,
  stances: [{ topic: "troops", value: "opposes" }],
};

function textOf(card: ReturnType<typeof shareCardContent>): string {
  return renderToStaticMarkup(createElement(ShareCardImage, { card, siteName: "NATO Statement Tracker" })).replace(/<[^>]+>/g, " ");
}

describe("ShareCardImage", () => {
  it("carries the quote in quotation marks, speaker, role, date, stance and site name", () => {
    const text = textOf(shareCardContent(input));
    for (const part of [`“${input.quote}”`, "Jane Example", "Secretary General of NATO", "1 March 2025", "Troops to Ukraine: Opposes", "NATO Statement Tracker"]) {
      expect(text).toContain(part);
    }
  });
  it("prints reported speech without quotation marks, under a note", () => {
    const text = textOf(shareCardContent({ ...input, kind: "indirect" }));
    expect(text).toContain("Reported speech (paraphrase)");
    expect(text).not.toContain("“");
  });
});
