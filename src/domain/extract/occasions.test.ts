// The outlet cited and the venue on the forms real reporting uses (decision 0195), each on invented wording.
import { describe, expect, it } from "vitest";
import { findOutlets, findVenues } from "./context";
import { extractStatements } from "./extract";

const run = (text: string, outlet: string | null = null, publishedAt = "2025-03-12") =>
  extractStatements(text, { publishedAt, outlet, explain: true }).statements;
const outletsOf = (text: string, outlet: string | null = null) => run(text, outlet).map((s) => s.outletCited);

describe("outlets named in a sentence", () => {
  it("reads “According to X” at the start of a sentence as well as inside it", () => {
    expect(findOutlets("According to Sampleland News on Monday, the minister said talks would resume.")).toMatchObject([{ name: "Sampleland News", role: "citing" }]);
    // An unknown name after “according to” may be a person's.
    expect(findOutlets("According to Jane Example, the minister said talks would resume.")).toEqual([]);
    expect(findOutlets("According to the Associated Press, the minister said talks would resume.")).toMatchObject([{ name: "Associated Press", role: "citing" }]);
  });

  it("a name that ends on a kind of medium is an outlet even when the text does not call it one", () => {
    expect(findOutlets("The minister told Sampleland News that talks would resume.")).toMatchObject([{ name: "Sampleland News", role: "receiving" }]);
    expect(findOutlets("The minister told Jane Example that talks would resume.")).toEqual([]);
  });

  it("comments to an outlet, a broadcast on a channel", () => {
    expect(findOutlets("She said this in a commentary to the Financial Times.")).toMatchObject([{ name: "Financial Times", role: "receiving" }]);
    expect(findOutlets("He said so during a broadcast on “1+1” on Friday.")).toMatchObject([{ name: "1+1", role: "receiving" }]);
  });

  it("the outlet named after its verb, and the outlet whose correspondent reports", () => {
    expect(findOutlets("The remark was made at a briefing, reports Delfi.")).toMatchObject([{ name: "Delfi", role: "citing" }]);
    expect(findOutlets("The position was repeated at a briefing, an Examplewire correspondent reports.")).toMatchObject([{ name: "Examplewire", role: "citing" }]);
    expect(findOutlets("She said this in comments to the Financial Times, ZN.UA reports.")).toMatchObject([
      { name: "Financial Times", role: "receiving" },
      { name: "ZN.UA", role: "citing" },
    ]);
  });
});

describe("venues", () => {
  it("a briefing or a public discussion named at the start of a sentence, an address, a press conference with company", () => {
    expect(findVenues("During the briefing, the spokesman said talks would wait.").map((v) => v.venue)).toEqual(["briefing"]);
    expect(findVenues("She said this during a public discussion with colleagues.").map((v) => v.venue)).toEqual(["public discussion"]);
    expect(findVenues("In his evening address, the president said talks would wait.").map((v) => v.venue)).toEqual(["evening address"]);
    expect(findVenues("In an address to the Examplian parliament, she declared that aid would go on.").map((v) => v.venue)).toEqual(["address to the Examplian parliament"]);
    expect(findVenues("He said so during a press conference alongside Examplian Prime Minister Jane Example.").map((v) => v.venue)).toEqual([
      "press conference alongside Examplian Prime Minister Jane Example",
    ]);
    expect(findVenues("In a joint press conference on Wednesday, the two leaders spoke.").map((v) => v.venue)).toEqual(["joint press conference"]);
  });
});

describe("programmes", () => {
  it("a programme named with its channel is the outlet, a programme the data knows keeps its own name", () => {
    expect(findOutlets("She told Example Radio's Morning Edition programme that talks would wait.")).toMatchObject([{ name: "Example Radio Morning Edition", role: "receiving" }]);
    expect(findOutlets("He told NBC's Meet the Press that talks would wait.")).toMatchObject([{ name: "Meet the Press", role: "receiving" }]);
  });
});

describe("the outlet cited of a statement", () => {
  it("an outlet stated once in an “According to” sentence carries to the speaker's later statements", () => {
    const text = "Example story\nAccording to the Associated Press, Jens Stoltenberg said allies would keep their word to Kyiv.\nHe added that more air defence was on its way.\n";
    expect(outletsOf(text)).toEqual(["Associated Press", "Associated Press"]);
  });

  it("the publisher as interviewer is no outlet cited, and its interview ends an outlet named before", () => {
    const text = [
      "Example story",
      "Jens Stoltenberg told the news agency Examplewire on Monday that allies would keep their word to Kyiv.",
      "In a later interview with Sample News, Stoltenberg said the alliance would not be divided.",
      "“We stand together,” Stoltenberg said.",
    ].join("\n");
    expect(outletsOf(text, "Sample News")).toEqual(["Examplewire", null, null]);
    // The same brand with a media word of its own is the publisher too.
    expect(outletsOf(text, "Sample")).toEqual(["Examplewire", null, null]);
    expect(outletsOf(text, "Other Daily")).toEqual(["Examplewire", "Sample News", "Sample News"]);
  });

  it("a person the article names is never the outlet that received the words", () => {
    const text = "Example story\nIn a one-on-one interview with President Jane Example, the envoy was asked about talks.\n“Talks can wait,” Jane Example said.\n";
    expect(outletsOf(text)).toEqual([null]);
  });

  it("a social-media post is a new occasion: an interview named before no longer applies", () => {
    const text = [
      "Example story",
      "Jane Example told Sampleland News on Sunday that aid would continue.",
      "She wrote on social media, “Aid will continue, whatever it costs.”",
      "“We will not stop,” Jane Example said.",
    ].join("\n");
    expect(outletsOf(text)).toEqual(["Sampleland News", null, null]);
  });

  it("an outlet named later gives the words before it their outlet, unless the later sentence goes back to an earlier occasion", () => {
    const lede = "Example story\nJane Example said on Monday that aid would continue.\nShe told Sampleland News that the alliance would stand firm.\n";
    expect(outletsOf(lede)).toEqual(["Sampleland News", "Sampleland News"]);
    const earlier = "Example story\nJane Example said on Monday that aid would continue.\nEarlier, she told Sampleland News that the alliance would stand firm.\n";
    expect(outletsOf(earlier)).toEqual([null, "Sampleland News"]);
  });

  it("in the passive, the person after “by” is the one whose occasion the sentence tells", () => {
    const text = [
      "Example story",
      "The position of the acting Examplian President Jane Example was repeated at a briefing on Friday by the spokesman, John Sample, the news agency Examplewire reports.",
      "“Nothing has changed,” John Sample said.",
      "“We will see,” Jane Example said in a speech to students.",
    ].join("\n");
    const statements = run(text);
    expect(statements.map((s) => [s.speaker, s.outletCited, s.venue])).toEqual([
      ["John Sample", "Examplewire", "briefing"],
      ["Jane Example", null, "speech"],
    ]);
  });
});
