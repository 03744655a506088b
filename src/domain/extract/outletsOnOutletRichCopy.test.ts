// Outlets on copy where most words are told to a named outlet (decision 0645): a name the outlet data prints in lower
// case, a statement given to an outlet, two agencies credited together, the lede's credit for the whole story, a
// programme's title after the channel, a name joined by a spaced slash, and a post that goes on over the next
// paragraphs; words said to a named medium and a name with a lower-case particle. Each on invented wording.
import { describe, expect, it } from "vitest";
import { findOutlets } from "./context";
import { extractStatements } from "./extract";

// 2025-03-12 is a Wednesday.
const run = (text: string) => extractStatements(text, { publishedAt: "2025-03-12", outlet: "Example Post", explain: true }).statements;
const names = (sentence: string) => findOutlets(sentence).map((o) => `${o.role}: ${o.name}`);

describe("how an outlet is named", () => {
  it("a known outlet printed in its own lower-case form is an outlet; other lower-case words are not", () => {
    expect(names("In a long interview with dpa, Jane Example warned that the border would stay closed.")).toEqual(["receiving: dpa"]);
    expect(names("In an interview with the minister, Jane Example warned that the border would stay closed.")).toEqual([]);
    expect(names("Jane Example told n-tv that the border would stay closed.")).toEqual(["receiving: n-tv"]);
  });

  it("a statement given to an outlet names the outlet that received it", () => {
    expect(names("Jane Example said so in her statement to the Foreign Affairs magazine.")).toEqual(["receiving: Foreign Affairs"]);
    expect(names("Jane Example said in a statement to parliament that she would stay.")).toEqual([]);
  });

  it("two agencies credited together are both the chain, in the order printed; a second name that is no medium is left out", () => {
    expect(names("The ministry accused the bloc of stalling, Reuters and Agerpres reported.")).toEqual(["citing: Reuters", "citing: Agerpres"]);
    expect(names("The plan was dropped, according to Example News and Sample Radio.")).toEqual(["citing: Example News", "citing: Sample Radio"]);
    expect(names("The plan was dropped, according to Example News and John Sample.")).toEqual(["citing: Example News"]);
  });

  it("a capitalised word before a colon opens a programme's title, not more of the channel's name", () => {
    expect(names("In a long interview for Sky News Examplia: The Front Line, Jane Example spoke about the war.")).toEqual(["receiving: Sky News"]);
  });

  it("words said to a medium the text names as one, and a talk over with an outlet, name the outlet that received them", () => {
    expect(names("The minister stated this to the Examplian newspaper Diario de Exemplo while on a visit.")).toEqual(["receiving: Diario de Exemplo"]);
    expect(names("The minister stated this to the delegates of Sampleton.")).toEqual([]);
    expect(names("President Jane Example discussed the war with The Economist.")).toEqual(["receiving: The Economist"]);
    expect(names("President Jane Example discussed the war with President John Sample.")).toEqual([]);
  });

  it("a name joined by a slash is the same name with a space either side of the slash", () => {
    expect(names("Jane Example told RFE / RL that the border would stay closed.")).toEqual(["receiving: Radio Liberty"]);
  });
});

describe("how far an outlet reaches", () => {
  it("agencies that close the lede's account of no one's words passed the whole story on", () => {
    const statements = run(
      "The ministry on Tuesday accused the alliance of stalling, adding that it would watch the summit closely, Reuters and Agerpres reported.\n\nEarlier in the day, the alliance's chief sent a message to Jane Example, saying the war had failed.\n\n“We will follow this with care,” spokesman John Sample said.",
    );
    expect(statements.map((s) => s.outletCited)).toEqual(["Reuters; Agerpres", "Reuters; Agerpres"]);
    expect(statements[1].explain?.outletCited.rule).toBe("outlet-story-source");
  });

  it("a photo credit in the lede is no credit for the story", () => {
    const statements = run(
      "Jane Example greets the delegates before the talks in Sampleton, March 11, 2025. Photo via REUTERS\n\nEarlier in the day, the alliance's chief sent a message to Jane Example, saying the war had failed.\n\n“We will follow this with care,” spokesman John Sample said.",
    );
    expect(statements.map((s) => s.outletCited)).toEqual([null, null]);
  });

  it("a post goes on over the next paragraphs that hold only its author's words; another speaker's paragraph ends it", () => {
    const statements = run(
      "Foreign Minister Jane Example posted on the social network X that talks must wait.\n\nShe assured that her government would keep working with its partners.\n\n“Not everything can be said in public,” Jane Example continued.\n\nGeneral John Sample said that the shelling had stopped.\n\nJane Example said that the border would stay closed.",
    );
    expect(statements.map((s) => s.outletCited)).toEqual(["X", "X", "X", null, null]);
    expect(statements.map((s) => s.explain?.outletCited.rule)).toEqual(["outlet-chain", "outlet-post-continued", "outlet-post-continued", "outlet-none", "outlet-post-elsewhere"]);
  });
});
