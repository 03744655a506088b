// When and where a statement was said, on forms of real reporting (decision 0237), each on invented wording.
import { describe, expect, it } from "vitest";
import { findVenues } from "./context";
import { extractStatements } from "./extract";

// 2025-03-12 is a Wednesday.
const run = (text: string, publishedAt = "2025-03-12") => extractStatements(text, { publishedAt, outlet: null }).statements;
const datesOf = (text: string, publishedAt?: string) => run(text, publishedAt).map((s) => s.date);

describe("sentences that tell when someone spoke", () => {
  it("a lede that tells of an interview or of someone's message dates the remarks that follow", () => {
    expect(datesOf("Columnist Max Sample interviewed Foreign Minister Jane Example in Sampleton on March 3.\n\n“Talks must wait,” Jane Example said.")).toEqual(["2025-03-03"]);
    expect(datesOf("Minister Jane Example surprised her hosts in Sampleton on Monday with her blunt message.\n\n“Talks must wait,” Jane Example said.")).toEqual(["2025-03-10"]);
  });

  it("a decision reported with a verb that may mean agreeing is no occasion of anyone's words", () => {
    expect(datesOf("“Talks must wait,” Jane Example said.\n\nThe leaders agreed on Monday to meet again.")).toEqual(["2025-03-12"]);
  });
});

const venuesOf = (sentence: string) => findVenues(sentence).map((v) => v.venue);

describe("venues named as events (decision 0237)", () => {
  it("an event the speaker attended or spoke right after, told apart by a name, a topic or a place", () => {
    expect(venuesOf("Speaking at an Example Institute (EI) event in Sampleton on Friday, she said talks must wait.")).toEqual(["Example Institute (EI) event in Sampleton"]);
    expect(venuesOf("The minister attended the Example Group leaders' meeting held in Sampleton and said talks must wait.")).toEqual(["Example Group leaders' meeting held in Sampleton"]);
    expect(venuesOf("He spoke after a Sampleton summit.")).toEqual(["Sampleton summit"]);
    expect(venuesOf("Following a meeting on Examplestan in Sampleton, she said talks must wait.")).toEqual(["meeting on Examplestan in Sampleton"]);
    expect(venuesOf("He said so after an informal summit on support for Examplestan.")).toEqual(["informal summit on support for Examplestan"]);
    expect(venuesOf("She told the Example Contact Group meeting that talks must wait.")).toEqual(["Example Contact Group meeting"]);
  });

  it("no event without a name, no date taken for a topic, no meeting when the words went to the press afterwards", () => {
    expect(venuesOf("He spoke after the meeting.")).toEqual([]);
    expect(venuesOf("She spoke at the Sampleton summit on July 11.")).toEqual(["Sampleton summit"]);
    expect(venuesOf("“No,” he told reporters after an emergency meeting of ministers in Sampleton.")).toEqual([]);
  });

  it("an event named only by its date takes the name of the award given there", () => {
    expect(venuesOf("she said after receiving Example's 2024 Civic Courage Award at an October 8 event in Sampleton.")).toEqual(["Example Civic Courage Award event in Sampleton"]);
  });

  it("a briefing with a word of kind before it, a call and whom it was with, a press conference after a meeting", () => {
    expect(venuesOf("The spokesman, in a daily press briefing on Tuesday, said talks must wait.")).toEqual(["daily press briefing"]);
    expect(venuesOf("The president, in a phone call with Mr Example, said talks must wait.")).toEqual(["phone call with Mr Example"]);
    expect(venuesOf("she said during a press conference after meeting with Examplian President Jane Example in the capital.")).toEqual(["press conference after meeting with Examplian President Jane Example"]);
  });
});

describe("an event named again (decision 0237)", () => {
  it("“After the meeting, …” takes the day the article gave the meeting, whoever it was told of", () => {
    const text = "“Talks must wait,” Jane Example said on Wednesday.\n\nOn Monday, Jane Example met planners from ten countries in Sampleton.\n\nAfter the meeting, Jane Example warned that “any breach will be answered”.";
    expect(datesOf(text)).toEqual(["2025-03-12", "2025-03-10"]);
  });

  it("an event the article never dated leaves the speaker's stated date", () => {
    expect(datesOf("“Talks must wait,” Jane Example said on Monday.\n\nAfter the summit, she warned that “any breach will be answered”.")).toEqual(["2025-03-10", "2025-03-10"]);
  });
});

describe("a day still to come dates no words", () => {
  it("a lede that names the day of a meeting after the publication does not date the remarks", () => {
    const text = "Minister Jane Example said the next round of talks will be held in Sampleton on March 16.\n\n“Talks must go on,” Jane Example said.";
    expect(datesOf(text)).toEqual(["2025-03-12", "2025-03-12"]);
  });

  it("a day before the publication still dates them", () => {
    const text = "Minister Jane Example said in Sampleton on March 10 that the next round of talks was near.\n\n“Talks must go on,” Jane Example said.";
    expect(datesOf(text)).toEqual(["2025-03-10", "2025-03-10"]);
  });
});

describe("venues: talks held with someone, a chamber told", () => {
  it("talks or negotiations with a named person, and where", () => {
    expect(venuesOf("During negotiations with Prime Minister Jane Example in Sampleton, he stated that talks must wait.")).toEqual(["negotiations with Jane Example in Sampleton"]);
    expect(venuesOf("Examplia is in talks with Sampleland about gas, she said.")).toEqual([]);
  });

  it("the parliament a speaker told", () => {
    expect(venuesOf("He told the Examplian parliament that talks must wait.")).toEqual(["Examplian parliament"]);
    expect(venuesOf("She told parliament her plan had five points.")).toEqual(["parliament"]);
  });
});
