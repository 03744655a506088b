import { describe, expect, it } from "vitest";
import { extractStatements } from "../extract";
import { hasLexicon } from "./languages";

describe("languages with a lexicon", () => {
  it.each([["en", true], ["EN", true], ["en-GB", true], ["en_US", true], [null, true], ["de", false], ["uk", false], ["ru-RU", false]] as const)(
    "%s → %s",
    (language, expected) => expect(hasLexicon(language)).toBe(expected),
  );

  it("reads no statements from an article in a language without a lexicon, and says why", () => {
    const text = 'Der Minister sagte: "Wir werden keine Truppen schicken." Mark Rutte said the alliance would not send troops.';
    expect(extractStatements(text, { language: "en" }).statements.length).toBeGreaterThan(0);
    const german = extractStatements(text, { language: "de" });
    expect(german.statements).toEqual([]);
    expect(german.notice).toMatch(/no extraction rules for language "de"/);
  });
});
