// Outlets of this session's second round (decision 0815): the forms one outlet goes by are one outlet, and a show
// named by its kind after the name ("speaking on the Example podcast") received the words. Invented wording.
import { describe, expect, it } from "vitest";
import { extractStatements } from "./extract";
import { canonicalOutletName } from "../outlets/gazetteer";

const HEAD = "Example story\nThe ministers met in Sampleton on Monday.\n";
const outlets = (body: string) => extractStatements(HEAD + body, { publishedAt: "2025-03-14" }).statements.map((s) => [s.quote, s.outletCited]);

describe("the forms of one outlet", () => {
  it.each([
    ["PA", "PA Media"],
    ["the PA news agency", "PA Media"],
    ["Press Association", "PA Media"],
    ["Funke media group", "Funke Mediengruppe"],
    ["SCMP", "South China Morning Post"],
  ])("%s is %s", (printed, canonical) => {
    expect(canonicalOutletName(printed)).toBe(canonical);
  });

  it("the agency a speaker told is named by its canonical form", () => {
    expect(outlets("Harbour chief John Sample told the PA news agency on Monday that the ferry route was in danger.\n")).toEqual([["the ferry route was in danger", "PA Media"]]);
  });
});

describe("a show named by its kind after the name", () => {
  it("'speaking on the X podcast' gives the words to X, and to the speaker's later words in the article", () => {
    expect(outlets("While speaking on the Jane Sampleton podcast, ferry chief John Sample said the route would reopen.\nHe added that fares would not rise.\n")).toEqual([
      ["the route would reopen", "Jane Sampleton"],
      ["fares would not rise", "Jane Sampleton"],
    ]);
  });

  it("'said on the X channel' too, while 'said on the X committee' names no outlet", () => {
    expect(outlets("Ferry chief John Sample said on the Harbour Today channel that the route would reopen.\n")).toEqual([["the route would reopen", "Harbour Today"]]);
    expect(outlets("Ferry chief John Sample, speaking on the Harbour Hour podcast, said the route would reopen.\n")).toEqual([["the route would reopen", "Harbour Hour"]]);
    expect(outlets("Ferry chief John Sample said on the Harbour Board committee that the route would reopen.\n")).toEqual([["the route would reopen", null]]);
  });
});

describe("an outlet that passes on unnamed sources", () => {
  it("'Sources cited by X said …' gives X to no named speaker, even the article's only one", () => {
    expect(outlets("The harbour talks were hard. Sources cited by Example Wire said the board pressed for higher fees.\nFerry chief John Sample said the talks would go on.\n")).toContainEqual([
      "the talks would go on",
      null,
    ]);
  });

  it("a lede 'X reports, citing an official' does not credit the whole story to X", () => {
    expect(outlets("Harbours are discussing new ferry routes, Example News reports, citing a senior port official.\nFerry chief John Sample said the talks would go on.\n")).toContainEqual([
      "the talks would go on",
      null,
    ]);
  });

  it("a lede 'X reported' about no one's words still credits the story", () => {
    expect(outlets("Harbours are discussing new ferry routes, Example News reported.\nFerry chief John Sample said the talks would go on.\n")).toContainEqual([
      "the talks would go on",
      "Example News",
    ]);
  });
});
