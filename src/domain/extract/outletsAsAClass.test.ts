// Outlets as a class of constructions (decision 0695): the reporter, the report and the written piece named with their
// outlet, "as X reported", a source set off at the end of a clause or inside the frame, words given on or in a medium
// the name itself must show to be one, and names that begin like an outlet's but are an institution's. Each on
// invented wording, written before any rule was.
import { describe, expect, it } from "vitest";
import { findOutlets } from "./context";
import { extractStatements } from "./extract";

const run = (text: string) => extractStatements(text, { publishedAt: "2025-03-05", outlet: "Example Post", explain: true }).statements;
const outletOf = (text: string) => run(text).map((s) => s.outletCited ?? "—");
const names = (sentence: string) => findOutlets(sentence).map((o) => `${o.role}: ${o.name}`);

describe("the outlet named with its reporter, its report or the piece it ran", () => {
  it("a correspondent or reporter of the outlet received the words; a place's correspondent names no outlet", () => {
    expect(names("Jane Example told a Reuters correspondent that the border would stay closed.")).toEqual(["receiving: Reuters"]);
    expect(names("Jane Example told a correspondent of Sample News that the border would stay closed.")).toEqual(["receiving: Sample News"]);
    expect(names("Jane Example told a Sampleton correspondent that the border would stay closed.")).toEqual([]);
  });

  it("a report of the outlet passed the words on; a report of an institution names none", () => {
    expect(names("According to a Bloomberg report, Jane Example wants the border closed.")).toEqual(["citing: Bloomberg"]);
    expect(names("The border stays closed, according to a report by Sample News.")).toEqual(["citing: Sample News"]);
    expect(names("The border stays closed, according to a Pentagon report.")).toEqual([]);
    expect(names("The border stays closed, according to a Sampleton Institute report.")).toEqual([]);
  });

  it("an op-ed, a column, an e-mail or written answers name the medium that ran or received them", () => {
    expect(names("In an op-ed in the Washington Post, Jane Example wrote that the border would stay closed.")).toEqual(["receiving: The Washington Post"]);
    expect(names("Writing in the Sample Times, Jane Example said the border would stay closed.")).toEqual(["receiving: Sample Times"]);
    expect(names("Jane Example said in an email to Reuters that the border would stay closed.")).toEqual(["receiving: Reuters"]);
    expect(names("In a letter to President John Sample, Jane Example wrote that the border would stay closed.")).toEqual([]);
    expect(names("Jane Example wrote in his blog that the border would stay closed.")).toEqual([]);
  });

  it("an interview given, published or aired names its medium; asked or interviewed by a person names none", () => {
    expect(names("Jane Example said in an interview given to Example Daily that the border would stay closed.")).toEqual(["receiving: Example Daily"]);
    expect(names("Jane Example said in an interview published on Sunday by Example Daily that the border would stay closed.")).toEqual(["receiving: Example Daily"]);
    expect(names("Asked by Sample TV whether it would open, Jane Example said the border would stay closed.")).toEqual(["receiving: Sample TV"]);
    expect(names("Asked by President John Sample, Jane Example said the border would stay closed.")).toEqual([]);
    expect(names("Responding to questions from Sample TV, Jane Example said the border would stay closed.")).toEqual(["receiving: Sample TV"]);
  });

  it("words said on a medium name it when the name is one; a day or a place after 'on' names none", () => {
    expect(names("Jane Example said on Sample TV that the border would stay closed.")).toEqual(["receiving: Sample TV"]);
    expect(names("Jane Example said on CNN that the border would stay closed.")).toEqual(["receiving: CNN"]);
    expect(names("Jane Example said on Monday that the border would stay closed.")).toEqual([]);
    expect(names("Jane Example said on Examplian television that the border would stay closed.")).toEqual([]);
  });
});

describe("how the name is read", () => {
  it("a name that goes on into an institution's is no outlet, even when an outlet's name begins it", () => {
    expect(names("Jane Example told the Atlantic Council that the border would stay closed.")).toEqual([]);
    expect(names("Jane Example told the Foreign Affairs Committee that the border would stay closed.")).toEqual([]);
    expect(names("The border stays closed, according to the Foreign Affairs Ministry.")).toEqual([]);
    expect(names("In an interview with the Sample Institute, Jane Example said the border would stay closed.")).toEqual([]);
  });

  it("a known outlet's name followed by 'of' and a place is another paper's", () => {
    expect(names("Jane Example told the Times of Sampleton that the border would stay closed.")).toEqual(["receiving: Times of Sampleton"]);
  });

  it("the person after an outlet's possessive, or before 'of' and the outlet, is not part of its name", () => {
    expect(names("Jane Example told Sample TV's John Doe that the border would stay closed.")).toEqual(["receiving: Sample TV"]);
    expect(names("Jane Example said in an interview with John Doe of Sample TV that the border would stay closed.")).toEqual(["receiving: Sample TV"]);
  });

  it("a possessive place or a kind printed after the name says what the name is; a country's adjective names nothing", () => {
    expect(names("Jane Example told Examplia's public broadcaster ARD that the border would stay closed.")).toEqual(["receiving: ARD"]);
    expect(names("Jane Example told the Sample news site that the border would stay closed.")).toEqual(["receiving: Sample"]);
    expect(names("Jane Example told the Italian daily that the border would stay closed.")).toEqual([]);
  });

  it("an unknown name read without case ends at its first word in lower case", () => {
    expect(names("Jane Example, in an interview with Sample TV aired on Sunday, said the border would stay closed.")).toEqual(["receiving: Sample TV"]);
  });
});

describe("a source set off at the end of the clause or inside its frame", () => {
  it("'as X reported' passes the words on", () => {
    expect(outletOf("Jane Example said the border would stay closed, as Reuters reported.")).toEqual(["Reuters"]);
    expect(outletOf("As Ukrinform reports, Jane Example said the border would stay closed.")).toEqual(["Ukrinform"]);
  });

  it("a short phrase after the clause's last comma that names an outlet is the frame, not the speaker's words", () => {
    const reported = run("Jane Example said the border would stay closed, the Example Daily newspaper reported on Monday.");
    expect(reported.map((s) => [s.quote, s.outletCited])).toEqual([["the border would stay closed", "Example Daily"]]);
    expect(outletOf("Jane Example said the border would stay closed, Example News quoted her as saying.")).toEqual(["Example News"]);
    expect(outletOf("Jane Example said the border would stay closed, Sample TV said on its website.")).toEqual(["Sample TV"]);
    expect(outletOf("Jane Example said the border would stay closed, in remarks carried by state news agency TASS.")).toEqual(["TASS"]);
    expect(outletOf("Jane Example said the border would stay closed, telling Sample TV the decision was final.")).toEqual(["Sample TV", "Sample TV"]);
  });

  it("a phrase after the last comma that names no outlet stays in the words", () => {
    const kept = run("Jane Example said the border would stay closed, in a rebuke to the Sample Council.");
    expect(kept.map((s) => [s.quote, s.outletCited])).toEqual([["the border would stay closed, in a rebuke to the Sample Council", null]]);
  });

  it("a source set off between the listener and 'that' is part of the frame", () => {
    expect(outletOf("Jane Example told Examplian broadcaster Suspilne, cited by Interfax, that the border would stay closed.")).toEqual(["Suspilne; Interfax"]);
    expect(outletOf("Jane Example said in an interview with Sample TV, as quoted by Interfax, that the border would stay closed.")).toEqual(["Sample TV; Interfax"]);
  });
});
